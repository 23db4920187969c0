"""Live across desks through LISTEN/NOTIFY on a real server: a colleague's order and each of its
state changes reach this desk's event hub (what the Orders tab and status bar follow)."""

from __future__ import annotations

import asyncio

from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.services.events import ORDER_STATE_CHANGED, EventHub
from ingram_desk.services.order_journal import JournalEntry, OrderState
from ingram_desk.services.team.live import TeamListener
from ingram_desk.services.team.pg_journal import PgJournal

ACCOUNT = "NL:20-222222"


async def test_an_order_placed_on_one_desk_shows_on_the_other_within_seconds(
    team_url: str,
) -> None:
    ann = PgJournal(team_url, account=ACCOUNT, desk_id="ann")
    bob = PgJournal(team_url, account=ACCOUNT, desk_id="bob")
    other = PgJournal(team_url, account="US:1", desk_id="carl")  # another account: not heard
    hub = EventHub()
    seen: list[JournalEntry] = []
    hub.subscribe(ORDER_STATE_CHANGED, seen.append)
    listener = TeamListener(team_url, bob, hub, account=ACCOUNT)
    task = asyncio.create_task(listener.run())
    try:
        await asyncio.wait_for(listener.connected.wait(), 10)
        line = {"lines": [{"ingramPartNumber": "DF4128", "quantity": 1}]}

        async def shows(state: OrderState) -> None:
            while not (seen and seen[-1].state is state):
                await asyncio.sleep(0.02)

        e = ann.save_draft(OrderDraft.from_request({"customerOrderNumber": "LIVE-1", **line}))
        other.save_draft(OrderDraft.from_request({"customerOrderNumber": "ELSE-1", **line}))
        await asyncio.wait_for(shows(OrderState.DRAFT), 5)
        ann.queue(e.draft_id, e.draft)
        await asyncio.wait_for(shows(OrderState.QUEUED), 5)
        ann.begin_attempt(e.draft_id, "l" * 32)
        await asyncio.wait_for(shows(OrderState.IN_FLIGHT), 5)
        ann.transition(e.draft_id, OrderState.IN_FLIGHT, OrderState.PLACED, "placed: 20-X",
                       ingram_order_numbers=("20-X",))  # fmt: skip
        await asyncio.wait_for(shows(OrderState.PLACED), 5)
        assert {s.customer_po for s in seen} == {"LIVE-1"}
        assert seen[-1].ingram_order_numbers == ("20-X",)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        for j in (ann, bob, other):
            j.close()


async def test_a_listener_cut_off_catches_up_after_the_server_restarts(pg_factory) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    from ingram_desk.services.team import schema

    server = pg_factory()
    with psycopg.connect(server.url(), autocommit=True) as conn:
        schema.migrate(conn, "tests")
    url = server.url()
    hub = EventHub()
    seen: list[JournalEntry] = []
    hub.subscribe(ORDER_STATE_CHANGED, seen.append)
    bob = PgJournal(url, account=ACCOUNT, desk_id="bob")
    listener = TeamListener(url, bob, hub, account=ACCOUNT, retry=0.2)
    task = asyncio.create_task(listener.run())
    try:
        await asyncio.wait_for(listener.connected.wait(), 10)
        await asyncio.to_thread(server.stop)
        while listener.connected.is_set():
            await asyncio.sleep(0.05)
        await asyncio.to_thread(server.start)
        # written while the listener is still reconnecting: heard through the catch-up
        with PgJournal(url, account=ACCOUNT, desk_id="ann") as ann:
            line = {"lines": [{"ingramPartNumber": "DF4128", "quantity": 1}]}
            ann.save_draft(OrderDraft.from_request({"customerOrderNumber": "GAP-1", **line}))

        async def heard() -> None:
            while not any(s.customer_po == "GAP-1" for s in seen):
                await asyncio.sleep(0.05)

        await asyncio.wait_for(heard(), 15)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        bob.close()
