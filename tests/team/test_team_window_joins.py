"""The window joins the team database off the GUI thread: with a server that accepts the
connection but does not answer (slow, or gone behind a firewall), the window is shown and its
event loop runs while the connect attempt is still under way; the status bar and the Order tab
say "Connecting to the team database …", P&A works, and a draft is kept on the desk. Once the
attempt fails the desk says the database is unreachable and keeps working, as it does when the
server is down."""

from __future__ import annotations

import argparse
import asyncio
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ingram_desk import app
from ingram_desk.paths import AppPaths
from tests.fixtures.client import save_sandbox_profile


@contextmanager
def silent_server() -> Iterator[tuple[int, threading.Event, Callable[[], None]]]:
    """A TCP port that accepts and reads but never answers: (port, a client is connected,
    hang up every connection)."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    connected = threading.Event()

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            accepted.append(conn)
            connected.set()

    threading.Thread(target=serve, daemon=True).start()

    def hang_up() -> None:
        for conn in accepted:
            conn.close()

    try:
        yield listener.getsockname()[1], connected, hang_up
    finally:
        listener.close()
        hang_up()


async def until(check: Callable[[], bool]) -> None:
    async def wait() -> None:
        while not check():
            await asyncio.sleep(0.02)

    await asyncio.wait_for(wait(), 20)


@contextmanager
def window_desk(
    sandbox: Any, root: Path, url: str, monkeypatch: Any
) -> Iterator[tuple[AppPaths, argparse.Namespace]]:
    """A desk's data folder with the sandbox profile, and the window's arguments to join ``url``
    (the application does not quit when its last window closes: shutdown is awaited)."""
    paths = AppPaths(root).ensure()
    save_sandbox_profile(paths.profiles_dir, sandbox)
    monkeypatch.setenv("INGRAM_CLIENT_SECRET", sandbox.config.client_secret)
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    qt_app.setQuitOnLastWindowClosed(False)  # as run_gui sets it
    try:
        yield paths, argparse.Namespace(data_dir=root, profile="acme", api_url=None, team=url)
    finally:
        qt_app.setQuitOnLastWindowClosed(True)


async def test_the_window_shows_and_works_while_the_team_database_does_not_answer(
    qtbot: Any, sandbox: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    with silent_server() as (port, connected, hang_up):
        url = f"postgresql://desk:pw@127.0.0.1:{port}/team?sslmode=disable"
        with window_desk(sandbox, tmp_path / "data", url, monkeypatch) as (_, args):
            async with app.open_app(args) as session:
                window, journal = session.window, session.context.journal
                ticks = []
                timer = QTimer(window)
                timer.timeout.connect(lambda: ticks.append(1))
                timer.start(10)
                window.show()
                await until(connected.is_set)  # the worker thread's connect attempt is under way
                await until(lambda: len(ticks) >= 5)  # and the GUI thread's event loop runs
                assert window.isVisible()
                assert not journal.joined.is_set()
                # still the first attempt: it ends only when the server hangs up (or in 5 s)
                assert (
                    "Connecting to the team database 127.0.0.1" in window.status.work_label.text()
                )
                assert "Connecting to the team database" in window.order_tab.po_message.text()
                sku = next(p.sku for p in sandbox.catalogue.products if p.stock > 5)
                results = await session.context.pna.check([sku])  # P&A works meanwhile
                assert [r.sku for r in results] == [sku]
                window.order_tab.po.setText("JOINING-1")
                kept = window.order_tab.flush_draft()  # at once, into the desk's offline file
                assert kept is not None and kept.on_desk
                assert "Saved on this desk" in window.order_tab.po_message.text()

                hang_up()  # the attempt fails: the desk says so and keeps working
                await until(lambda: "unreachable" in window.status.work_label.text())
                assert not journal.joined.is_set()
                assert [r.sku for r in await session.context.pna.check([sku])] == [sku]
                timer.stop()


async def test_once_joined_the_window_lists_the_teams_drafts(
    qtbot: Any, sandbox: Any, tmp_path: Any, monkeypatch: Any, team_url: str
) -> None:
    """Joining on the worker thread, then the drafts a colleague saved are read."""
    from ingram_desk.domain.order_draft import OrderDraft
    from ingram_desk.services.team.desk import account_key
    from ingram_desk.services.team.pg_journal import PgJournal

    with PgJournal(team_url, account=account_key("NL", "20-222222"), desk_id="carl") as carl:
        line = {"lines": [{"ingramPartNumber": "DF4128", "quantity": 1}]}
        carl.save_draft(OrderDraft.from_request({"customerOrderNumber": "CARL-1", **line}))
    with window_desk(sandbox, tmp_path / "data", team_url, monkeypatch) as (_, args):
        async with app.open_app(args) as session:
            window = session.window
            window.show()
            await until(session.context.journal.joined.is_set)
            selector = window.order_tab.drafts
            await until(
                lambda: any("CARL-1" in selector.itemText(i) for i in range(selector.count()))
            )
            assert "Connecting" not in window.status.work_label.text()
