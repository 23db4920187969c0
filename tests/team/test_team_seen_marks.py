"""Who has seen what, in the window: two desks' windows on one team database and one sandbox.
A watched order changes; whichever desk's poll records the change, each desk's Orders tab marks
it not seen yet (● and bold) until that desk's user opens it, and opening it on one desk leaves
the other desk's mark alone; and a colleague's watch-list change reaches the other desk's marks
live (LISTEN/NOTIFY), without that desk polling."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

from PySide6.QtCore import Qt

from ingram_desk.sandbox.orders import Shipment
from ingram_desk.services.events import EventHub
from ingram_desk.services.ordering_service import OrderingService
from ingram_desk.services.team.live import TeamListener
from ingram_desk.services.team.pg_journal import PgJournal
from ingram_desk.services.team.watch_list import TeamWatchStore
from ingram_desk.services.tracking_service import TrackingService
from tests.ui.orders_support import next_signal
from tests.ui.test_orders_tab import MARK, search_all

ACCOUNT = "NL:20-222222"


@asynccontextmanager
async def desk(
    name: str, team_url: str, sandbox: Any, client_factory: Any, make_main_window: Any,
    catalogue: Any, tmp_path: Any, *, listen: bool = False,
) -> AsyncIterator[Any]:  # fmt: skip
    """One desk's window: its own journal connection, client and data folder (and, with
    ``listen``, the team listener the window runs)."""
    journal = PgJournal(team_url, account=ACCOUNT, desk_id=f"d-{name}", desk_name=f"{name}@pc")
    journal.reconnect_in_background(retry=0.1)
    client = client_factory(sandbox)
    events = EventHub()
    window = make_main_window(
        catalogue,
        events=events,
        ordering=OrderingService(client, journal, events),
        tracking=TrackingService(
            client, tmp_path / name / "watchlist.json", events, store=TeamWatchStore(journal)
        ),
    )
    listener = TeamListener(team_url, journal, events, account=ACCOUNT) if listen else None
    task = asyncio.create_task(listener.run()) if listener else None
    try:
        if listener is not None:
            await asyncio.wait_for(listener.connected.wait(), 10)
        yield window
    finally:  # the client before the window (tests/ui/orders_support.py says why)
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        await window.runner.shutdown()
        await client.aclose()
        window.orders_tab.notifier.close()
        window.close()  # before its journal: closing reads what is still pending
        journal.close()


async def poll(window: Any) -> int:
    polled = next_signal(window.orders_tab.notifier.polled)
    window.orders_tab.notifier.poll_now()
    (changed,) = await polled
    return int(changed)


def mark(window: Any, number: str) -> tuple[str, bool]:
    model = window.orders_tab.model
    row = model.rows_of(number)[0]
    font = model.index(row, 1).data(Qt.ItemDataRole.FontRole)
    return model.index(row, MARK).data(), bool(font and font.bold())


def unshipped_order(sandbox: Any) -> Any:
    """A released order with nothing shipped yet: its first shipment is a change."""
    return next(
        o for o in sandbox.orders.all()
        if len(o.sub_orders) == 1 and o.sub_orders[0].status_code == "R"
        and not any(ln.shipments for ln in o.sub_orders[0].lines)
    )  # fmt: skip


async def test_each_desk_has_its_own_seen_marks(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue, team_url: str, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    order = unshipped_order(sandbox)
    async with AsyncExitStack() as stack:
        parts = (team_url, sandbox, client_factory, make_main_window, ui_catalogue, tmp_path)
        ann, bob = [await stack.enter_async_context(desk(n, *parts)) for n in ("ann", "bob")]
        for w in (ann, bob):
            await search_all(qtbot, w.orders_tab)
        ann.orders_tab.notifier.watch(order.number)
        assert await poll(ann) == 0  # the first snapshot
        bob.orders_tab.notifier.refresh_marks()  # ann's watch, read from the team's list
        for w in (ann, bob):
            assert mark(w, order.number) == ("◉", False)  # watched on both desks, nothing new
        line = order.sub_orders[0].lines[0]
        line.shipments.append(
            Shipment(line.quantity, "8000123", "2026-11-23", "UG", "UPS GROUND", ["1ZSEEN01"])
        )
        order.sub_orders[0].status_code = "F"
        assert await poll(bob) == 1  # bob's desk records the change
        assert await poll(ann) == 0  # ann's finds it recorded, and marks it for ann
        for w in (ann, bob):
            assert mark(w, order.number) == ("●", True)
            assert "1ZSEEN01" in " ".join(w.orders_tab.notifier.unseen[order.number])
        shown = next_signal(ann.orders_tab.details_shown)
        ann.orders_tab.table.selectRow(ann.orders_tab.model.rows_of(order.number)[0])  # opened
        await shown
        assert mark(ann, order.number) == ("◉", False)
        bob.orders_tab.notifier.refresh_marks()
        assert mark(bob, order.number) == ("●", True)  # bob has not opened it yet
        assert await poll(ann) == 0  # seen on ann's desk stays seen
        assert mark(ann, order.number) == ("◉", False)


async def until(shown: Callable[[], bool]) -> None:
    """Wait (the listener works on this loop) until ``shown()``; a desk that never hears the
    change fails the test after 10 s."""

    async def wait() -> None:
        while not shown():
            await asyncio.sleep(0.05)

    await asyncio.wait_for(wait(), 10)


async def test_a_colleagues_watch_list_change_reaches_the_other_desk_live(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue, team_url: str, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    order = unshipped_order(sandbox)
    async with AsyncExitStack() as stack:
        parts = (team_url, sandbox, client_factory, make_main_window, ui_catalogue, tmp_path)
        ann = await stack.enter_async_context(desk("ann", *parts))
        bob = await stack.enter_async_context(desk("bob", *parts, listen=True))
        for w in (ann, bob):
            await search_all(qtbot, w.orders_tab)
        polls = []
        bob.orders_tab.notifier.polled.connect(polls.append)
        assert mark(bob, order.number) == ("", False)
        ann.orders_tab.notifier.watch(order.number)  # on ann's desk: bob's shows it, unpolled
        await until(lambda: mark(bob, order.number) == ("◉", False))
        assert await poll(ann) == 0  # the first snapshot
        line = order.sub_orders[0].lines[0]
        line.shipments.append(
            Shipment(line.quantity, "8000123", "2026-11-23", "UG", "UPS GROUND", ["1ZLIVE01"])
        )
        order.sub_orders[0].status_code = "F"
        assert await poll(ann) == 1  # ann's desk records the change: bob's marks it unseen
        await until(lambda: mark(bob, order.number) == ("●", True))
        assert "1ZLIVE01" in " ".join(bob.orders_tab.notifier.unseen[order.number])
        ann.orders_tab.notifier.unwatch(order.number)
        await until(lambda: mark(bob, order.number) == ("", False))
        assert polls == []  # bob's desk never polled: it heard every change
