"""Reliability §7 order scenarios against the embedded sandbox over loopback.

The sandbox's ledger (``placed_orders()``) and receive log (``received``) say what Ingram
"really" did; the journal says what we believe. They must agree: one order per PO, always.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.ingram.http import new_correlation_id
from ingram_desk.services.events import EventHub
from ingram_desk.services.order_journal import OrderJournal, OrderState
from ingram_desk.services.ordering_service import OrderingService


def stocked(server: Any) -> str:
    return next(p.sku for p in server.catalogue.products if p.stock > 10 and not p.discontinued)


def draft(server: Any) -> OrderDraft:
    return OrderDraft.from_request(
        {"lines": [{"ingramPartNumber": stocked(server), "quantity": 1}]}
    )


def service(client: Any, tmp_path: Path, **kw: Any) -> OrderingService:
    now = kw.pop("now", None)
    journal = OrderJournal(tmp_path / "orders-journal.sqlite3", now=now)
    return OrderingService(client, journal, EventHub(), now=now, **kw)


def ledger(server: Any, po: str) -> list[dict[str, Any]]:
    return [o for o in server.placed_orders() if o["customer_order_number"].upper() == po.upper()]


def creates(server: Any) -> list[dict[str, Any]]:
    return [
        r for r in server.received if r["method"] == "POST" and r["path"] == "/resellers/v6/orders"
    ]


async def test_placed_order_is_in_ingram_and_in_the_journal(sandbox, client_factory, tmp_path):
    async with client_factory(sandbox) as c:
        svc = service(c, tmp_path)
        entry = await svc.submit_draft(draft(sandbox))
    assert entry.state is OrderState.PLACED
    (placed,) = ledger(sandbox, entry.customer_po)
    assert entry.ingram_order_numbers == (placed["number"],)
    assert placed["correlation_id"] == svc.journal.attempts(entry.draft_id)[0].correlation_id


async def test_response_lost_after_placing_is_reconciled_to_exactly_one_order(
    sandbox, client_factory, tmp_path
):
    sandbox.faults.drop_connection(n=1, path="/resellers/v6/orders", method="POST")
    async with client_factory(sandbox) as c:
        svc = service(c, tmp_path)
        entry = await svc.submit_draft(draft(sandbox))
    assert entry.state is OrderState.PLACED
    assert len(ledger(sandbox, entry.customer_po)) == 1
    assert len(creates(sandbox)) == 1  # found by search, never resent
    trail = [e.to_state for e in svc.journal.events(entry.draft_id)]
    assert trail[-3:] == [OrderState.IN_FLIGHT, OrderState.RECONCILING, OrderState.PLACED]


async def test_5xx_after_placing_and_unreadable_201_are_reconciled_not_resent(
    sandbox, client_factory, tmp_path
):
    sandbox.faults.fail_next(1, status=504, path="/resellers/v6/orders", after_processing=True)
    async with client_factory(sandbox) as c:
        svc = service(c, tmp_path)
        first = await svc.submit_draft(draft(sandbox))
        sandbox.faults.malformed(n=1, body="truncated", path="/resellers/v6/orders", method="POST")
        second = await svc.submit_draft(draft(sandbox))
    for entry in (first, second):
        assert entry.state is OrderState.PLACED
        assert len(ledger(sandbox, entry.customer_po)) == 1
    assert len(creates(sandbox)) == 2


async def test_failure_before_placing_is_resent_with_the_same_po_after_the_quiet_window(
    sandbox, client_factory, tmp_path
):
    sandbox.faults.fail_next(1, status=500, path="/resellers/v6/orders", method="POST")
    async with client_factory(sandbox, now=sandbox.clock) as c:
        svc = service(c, tmp_path, now=sandbox.clock, quiet_window=120)
        entry = await svc.submit_draft(draft(sandbox))
        assert entry.state is OrderState.RECONCILING and ledger(sandbox, entry.customer_po) == []
        sandbox.advance(60)
        await svc.run_due()
        assert svc.journal.get(entry.draft_id).state is OrderState.RECONCILING
        assert len(creates(sandbox)) == 1  # still inside the quiet window: no resend
        sandbox.advance(61)
        (entry,) = await svc.run_due()
    assert entry.state is OrderState.PLACED
    assert len(ledger(sandbox, entry.customer_po)) == 1
    assert len(creates(sandbox)) == 2
    attempts = svc.journal.attempts(entry.draft_id)
    assert [a.outcome for a in attempts] == ["unknown", "placed"]


async def test_slow_search_visibility_is_waited_out_without_a_duplicate(
    sandbox, client_factory, tmp_path
):
    sandbox.faults.hide_new_orders(90)
    sandbox.faults.drop_connection(n=1, path="/resellers/v6/orders", method="POST")
    async with client_factory(sandbox, now=sandbox.clock) as c:
        svc = service(c, tmp_path, now=sandbox.clock, quiet_window=600)
        entry = await svc.submit_draft(draft(sandbox))
        assert entry.state is OrderState.RECONCILING
        for _ in range(4):
            sandbox.advance(30)
            await svc.run_due()
        entry = svc.journal.get(entry.draft_id)
    assert entry.state is OrderState.PLACED
    assert len(ledger(sandbox, entry.customer_po)) == 1 and len(creates(sandbox)) == 1


async def test_restart_with_an_order_in_flight_reconciles_it_and_never_resends(
    sandbox, client_factory, tmp_path
):
    async with client_factory(sandbox) as c:
        svc = service(c, tmp_path)
        entry = svc.save_draft(draft(sandbox))
        entry = svc.journal.queue(entry.draft_id, entry.draft)
        correlation_id = new_correlation_id()
        svc.journal.begin_attempt(entry.draft_id, correlation_id)
        assert entry.frozen_body is not None
        await c.create_order(entry.frozen_body, entry.customer_po, correlation_id)
        svc.journal.close()  # killed before the answer was recorded

    async with client_factory(sandbox) as c2:
        svc2 = service(c2, tmp_path)
        (recovered,) = await svc2.recover()
    assert recovered.state is OrderState.PLACED
    assert len(ledger(sandbox, entry.customer_po)) == 1 and len(creates(sandbox)) == 1


async def test_restart_with_an_order_that_never_left_is_sent_once_after_the_quiet_window(
    sandbox, client_factory, tmp_path
):
    async with client_factory(sandbox, now=sandbox.clock) as c:
        svc = service(c, tmp_path, now=sandbox.clock, quiet_window=300)
        entry = svc.save_draft(draft(sandbox))
        svc.journal.queue(entry.draft_id, entry.draft)
        svc.journal.begin_attempt(entry.draft_id, new_correlation_id())
        svc.journal.close()  # killed before the first byte went out

    async with client_factory(sandbox, now=sandbox.clock) as c2:
        svc2 = service(c2, tmp_path, now=sandbox.clock, quiet_window=300)
        (state,) = await svc2.recover()
        assert state.state is OrderState.RECONCILING and creates(sandbox) == []
        sandbox.advance(301)
        (placed,) = await svc2.run_due()
    assert placed.state is OrderState.PLACED
    assert len(ledger(sandbox, entry.customer_po)) == 1


async def test_window_closed_queues_then_sends_when_it_opens(sandbox, client_factory, tmp_path):
    sandbox.clock.set(datetime(2026, 11, 24, 2, 0, tzinfo=UTC))  # 02:00 London: UK closed
    sandbox.faults.enforce_api_windows(True)
    async with client_factory(sandbox, country="UK", now=sandbox.clock) as c:
        svc = service(c, tmp_path, now=sandbox.clock)
        entry = await svc.submit_draft(draft(sandbox))
        assert entry.state is OrderState.QUEUED
        assert "Ingram's API for UK is closed until 06:00 local time" in (entry.last_error or "")
        assert creates(sandbox) == []
        sandbox.advance(timedelta(hours=4, seconds=5).total_seconds())
        (entry,) = await svc.run_due()
    assert entry.state is OrderState.PLACED
    assert len(ledger(sandbox, entry.customer_po)) == 1


async def test_hand_typed_po_already_used_at_ingram_is_held_not_sent(
    sandbox, client_factory, tmp_path
):
    raw = {
        "customerOrderNumber": "PO-SPLIT-4711",
        "lines": [{"ingramPartNumber": stocked(sandbox), "quantity": 1}],
    }
    async with client_factory(sandbox) as c:
        svc = service(c, tmp_path)
        entry = await svc.submit_draft(OrderDraft.from_request(raw))
    assert entry.state is OrderState.NEEDS_ATTENTION
    assert len(entry.ingram_order_numbers) == 2 and creates(sandbox) == []


async def test_rejected_order_is_not_placed(sandbox, client_factory, tmp_path):
    raw = {"lines": [{"ingramPartNumber": "NOSUCH", "quantity": 1}]}
    async with client_factory(sandbox) as c:
        svc = service(c, tmp_path)
        entry = await svc.submit_draft(OrderDraft.from_request(raw))
    assert entry.state is OrderState.REJECTED
    assert ledger(sandbox, entry.customer_po) == []


async def test_cancelled_while_sending_is_reconciled_not_resent(sandbox, client_factory, tmp_path):
    import asyncio

    sandbox.faults.delay(0.5, n=1, path="/resellers/v6/orders", method="POST")
    async with client_factory(sandbox) as c:
        svc = service(c, tmp_path)
        entry = svc.save_draft(draft(sandbox))
        task = asyncio.create_task(svc.submit(entry.draft_id))
        await asyncio.sleep(0.2)
        task.cancel()  # the app closes mid-request
        try:
            await task
        except asyncio.CancelledError:
            pass
        assert svc.journal.get(entry.draft_id).state is OrderState.RECONCILING
        await asyncio.sleep(0.6)  # Ingram finishes processing the request it got
        (entry,) = await svc.run_due()
    assert entry.state is OrderState.PLACED
    assert len(ledger(sandbox, entry.customer_po)) == 1 and len(creates(sandbox)) == 1


async def test_copy_as_new_gets_a_fresh_po(sandbox, client_factory, tmp_path):
    async with client_factory(sandbox) as c:
        svc = service(c, tmp_path)
        raw = {"lines": [{"ingramPartNumber": "NOSUCH", "quantity": 1}]}
        rejected = await svc.submit_draft(OrderDraft.from_request(raw))
        copy = svc.copy_as_new(rejected.draft_id)
    assert copy.state is OrderState.DRAFT
    assert copy.customer_po != rejected.customer_po
    assert copy.draft.lines == rejected.draft.lines


async def test_partial_207_and_split_orders_keep_every_order_number(
    sandbox, client_factory, tmp_path
):
    central = next(p.sku for p in sandbox.catalogue.products if p.central_only and p.stock > 5)
    raw = {
        "lines": [
            {"ingramPartNumber": stocked(sandbox), "quantity": 1},
            {"ingramPartNumber": central, "quantity": 1},
            {"ingramPartNumber": "NOSUCH", "quantity": 1},
        ]
    }
    async with client_factory(sandbox) as c:
        svc = service(c, tmp_path)
        entry = await svc.submit_draft(OrderDraft.from_request(raw))
    assert entry.state is OrderState.PLACED
    placed = ledger(sandbox, entry.customer_po)
    assert sorted(entry.ingram_order_numbers) == sorted(o["number"] for o in placed)
    assert len(placed) == 2
    assert "1 line rejected" in svc.journal.events(entry.draft_id)[-1].reason
    assert svc.journal.attempts(entry.draft_id)[-1].outcome == "partial"
