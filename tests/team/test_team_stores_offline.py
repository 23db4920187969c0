"""The team's address book and watch list go through the desk's team journal's connection, so
the window never waits on the database for them either: with the server gone, the event loop
keeps ticking, the order form offers the addresses last read and says why, watching an order
says the team database is unreachable, and once the journal's worker has re-opened the
connection both are the team's again."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QTimer

from ingram_desk.services.events import EventHub
from ingram_desk.services.ordering_service import OrderingService
from ingram_desk.services.team.address_book import TeamAddressBook
from ingram_desk.services.team.watch_list import TeamWatchStore
from ingram_desk.services.tracking_service import TrackingService
from ingram_desk.settings.address_book import SavedAddress
from tests.team.test_team_window_never_blocks import ticks, windows_journal


async def test_address_book_and_watch_list_never_block_the_window(
    qtbot, pg_factory, sandbox, client_factory, make_main_window, ui_catalogue, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    server, journal = windows_journal(pg_factory)
    book, store = TeamAddressBook(journal), TeamWatchStore(journal)
    book.save(SavedAddress("Depot", {"companyName": "Acme", "city": "Utrecht"}))
    store.add("20-RD111")
    assert [e.name for e in book.entries()] == ["Depot"] and list(store.load()) == ["20-RD111"]
    timer = QTimer()
    timer.setInterval(10)
    timer.start()
    try:
        await asyncio.to_thread(server.stop)
        async with client_factory(sandbox) as client:
            events = EventHub()
            window = make_main_window(
                ui_catalogue,
                events=events,
                ordering=OrderingService(client, journal, events),
                tracking=TrackingService(client, tmp_path / "w.json", events, store=store),
                address_book=book,
            )  # built with the server gone: no wait, no connection of their own
            await ticks(timer, 5)
            form = window.order_tab
            assert [form.ship_to.itemText(i) for i in range(form.ship_to.count())][1:] == [
                "Depot"
            ]  # the addresses last read
            assert "unreachable" in form.ship_to.toolTip()
            notes: list[tuple[str, str]] = []
            window.orders_tab.notifier.notified.connect(lambda *a: notes.append(a))
            window.orders_tab.notifier.watch("20-RD222")
            assert "unreachable" in notes[-1][1]
            assert window.orders_tab.notifier.watched == {"20-RD111"}
            await ticks(timer, 5)  # the event loop runs while the database is down
            await asyncio.to_thread(server.start)
            while not journal.connected:  # re-opened by the journal's worker thread
                await ticks(timer, 1)
            book.save(SavedAddress("Shop", {"companyName": "Acme Shop"}))
            form.reload_addresses()
            assert form.ship_to.toolTip() == ""
            assert form.ship_to.findText("Shop") > 0
            window.orders_tab.notifier.watch("20-RD222")
            assert set(store.load()) == {"20-RD111", "20-RD222"}
    finally:
        timer.stop()
        journal.close()
