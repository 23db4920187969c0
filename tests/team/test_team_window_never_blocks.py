"""The window never waits on the team database: with the server gone, the event loop keeps
running (a QTimer keeps ticking), saving a draft fails at once in one line, and once the server
is back the journal re-opens its connection on a worker thread and the same save succeeds."""

from __future__ import annotations

import asyncio
from typing import Any

import psycopg
from PySide6.QtCore import QTimer

from ingram_desk.services.events import EventHub
from ingram_desk.services.ordering_service import OrderingService
from ingram_desk.services.team import schema
from ingram_desk.services.team.pg_journal import PgJournal


def windows_journal(pg_factory: Any) -> tuple[Any, PgJournal]:
    """A private server, migrated, and a desk's journal in the window's mode."""
    server = pg_factory()
    with psycopg.connect(server.url(), autocommit=True) as conn:
        schema.migrate(conn, "tests")
    # an hour of reconnecting on the calling thread, were it not for the window's mode
    journal = PgJournal(server.url(), account="NL:20-222222", desk_id="ann", reconnect_wait=3600)
    journal.reconnect_in_background(retry=0.1)
    return server, journal


async def ticks(timer: QTimer, n: int) -> None:
    seen = 0
    done = asyncio.get_running_loop().create_future()

    def tick() -> None:
        nonlocal seen
        seen += 1
        if seen >= n and not done.done():
            done.set_result(None)

    timer.timeout.connect(tick)
    try:
        await asyncio.wait_for(done, 30)
    finally:
        timer.timeout.disconnect(tick)


async def test_the_window_keeps_running_while_the_team_database_is_down(
    qtbot, pg_factory, sandbox, client_factory, make_main_window, ui_catalogue
) -> None:  # type: ignore[no-untyped-def]
    server, journal = windows_journal(pg_factory)
    timer = QTimer()
    timer.setInterval(10)
    timer.start()
    try:
        async with client_factory(sandbox) as client:
            window = make_main_window(
                ui_catalogue, ordering=OrderingService(client, journal, EventHub())
            )
            tab = window.order_tab
            tab.po.setText("OFFLINE-1")
            assert tab.flush_draft() is not None  # online: saved in the team journal
            await asyncio.to_thread(server.stop)
            tab.po.setText("OFFLINE-2")
            assert tab.flush_draft() is None  # the server is gone: refused at once
            assert "team database" in tab.po_message.text()
            assert "unreachable" in tab.po_message.text()
            assert tab.flush_draft() is None  # still down: at once again, no waiting
            await ticks(timer, 5)  # the event loop runs while the database is down
            assert not journal.connected
            await asyncio.to_thread(server.start)
            while not journal.connected:  # re-opened by the worker thread
                await ticks(timer, 1)
            saved: Any = tab.flush_draft()
            assert saved is not None and saved.customer_po == "OFFLINE-2"
            assert [e.customer_po for e in journal.entries()] == ["OFFLINE-2"]
    finally:
        timer.stop()
        journal.close()
