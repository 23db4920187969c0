"""The ordering state machine end to end over a scripted Ingram transport: every outcome class
of §1.3 lands in the right journal state, and nothing is ever placed twice.

``Ledger`` plays Ingram's side (what Ingram "really" did); the client, service and journal are
the real ones. The same scenarios run against the embedded sandbox over loopback in
``test_ordering_sandbox.py``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.ingram.client import IngramClient
from ingram_desk.ingram.config import ClientConfig, RetryPolicy
from ingram_desk.services.events import ORDER_STATE_CHANGED, EventHub
from ingram_desk.services.order_journal import OrderJournal, OrderState
from ingram_desk.services.ordering_service import OrderingService


class Ledger:
    """Ingram's truth: orders placed per PO. ``script`` decides how each create is answered."""

    def __init__(self) -> None:
        self.orders: dict[str, list[str]] = {}
        self.script: list[str] = []  # "ok", "drop_after", "500_after", "500_before", "refuse"
        self.creates = 0
        self.searches = 0

    def place(self, po: str) -> str:
        number = f"20-{sum(len(v) for v in self.orders.values()) + 1:05d}"
        self.orders.setdefault(po.upper(), []).append(number)
        return number

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t", "expires_in": "86399"})
        if path == "/resellers/v6/orders/search":
            self.searches += 1
            po = request.url.params.get("customerOrderNumber", "").upper()
            numbers = self.orders.get(po, [])
            if not numbers:
                return httpx.Response(204)
            orders = [{"ingramOrderNumber": n, "customerOrderNumber": po} for n in numbers]
            return httpx.Response(200, json={"recordsFound": len(orders), "orders": orders})
        if path == "/resellers/v6/orders" and request.method == "POST":
            self.creates += 1
            how = self.script.pop(0) if self.script else "ok"
            if how == "refuse":
                raise httpx.ConnectError("refused")
            if how == "500_before":
                return httpx.Response(500, json={"errors": [{"message": "ERP issue"}]})
            if how == "400":
                return httpx.Response(400, json={"errors": [{"message": "Bad SKU"}]})
            body = json.loads(request.content)
            number = self.place(body["customerOrderNumber"])
            if how == "drop_after":
                raise httpx.RemoteProtocolError("Server disconnected without sending a response")
            if how == "500_after":
                return httpx.Response(500, json={"errors": [{"message": "timeout"}]})
            return httpx.Response(
                201,
                json={
                    "customerOrderNumber": body["customerOrderNumber"],
                    "orders": [{"ingramOrderNumber": number}],
                },
            )
        return httpx.Response(404)


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def make(
    tmp_path: Path,
    ledger: Ledger,
    *,
    country: str = "NL",
    clock: Clock | None = None,
    handler: object = None,
    **kw: object,
) -> OrderingService:
    clock = clock or Clock(datetime(2026, 11, 24, 12, 0, tzinfo=UTC))
    config = ClientConfig(
        base_url="http://ingram.test",
        customer_number="20-222222",
        country=country,
        client_id="app",
        client_secret="fake-secret",
        retry=RetryPolicy(base=0.001, cap=0.002),
    )
    transport = httpx.MockTransport(handler or ledger)  # type: ignore[arg-type]
    client = IngramClient(config, transport=transport, now=clock)
    journal = OrderJournal(tmp_path / "orders-journal.sqlite3", now=clock)
    return OrderingService(client, journal, EventHub(), now=clock, **kw)  # type: ignore[arg-type]


def draft(po: str = "", generated: bool = True) -> OrderDraft:
    return OrderDraft.from_request(
        {"customerOrderNumber": po, "lines": [{"ingramPartNumber": "DF4128", "quantity": 2}]},
        po_generated=generated,
    )


async def test_placed_on_201_with_the_order_number_and_an_audit_trail(tmp_path: Path) -> None:
    ledger = Ledger()
    svc = make(tmp_path, ledger)
    seen: list[OrderState] = []
    svc.events.subscribe(ORDER_STATE_CHANGED, lambda e: seen.append(e.state))
    entry = await svc.submit_draft(draft())
    assert entry.state is OrderState.PLACED
    assert entry.ingram_order_numbers == tuple(ledger.orders[entry.customer_po.upper()])
    assert seen[-3:] == [OrderState.QUEUED, OrderState.IN_FLIGHT, OrderState.PLACED]
    reasons = [e.reason for e in svc.journal.events(entry.draft_id)]
    assert reasons[-1].startswith("placed: Ingram order 20-")


@pytest.mark.parametrize("how", ["drop_after", "500_after"])
async def test_lost_response_is_reconciled_to_exactly_one_order(tmp_path: Path, how: str) -> None:
    ledger = Ledger()
    ledger.script = [how]
    svc = make(tmp_path, ledger)
    entry = await svc.submit_draft(draft())
    assert entry.state is OrderState.PLACED
    assert len(ledger.orders[entry.customer_po.upper()]) == 1
    assert ledger.creates == 1
    states = [e.to_state for e in svc.journal.events(entry.draft_id)]
    assert OrderState.RECONCILING in states


async def test_failure_before_placing_waits_the_quiet_window_then_resends_same_bytes(
    tmp_path: Path,
) -> None:
    ledger = Ledger()
    ledger.script = ["500_before"]
    clock = Clock(datetime(2026, 11, 24, 12, 0, tzinfo=UTC))
    svc = make(tmp_path, ledger, clock=clock, quiet_window=600)
    entry = await svc.submit_draft(draft())
    assert entry.state is OrderState.RECONCILING  # never straight back to queued
    clock.at += timedelta(seconds=300)
    assert (await svc.run_due())[0].state is OrderState.RECONCILING
    assert ledger.creates == 1
    clock.at += timedelta(seconds=301)
    (entry,) = await svc.run_due()
    assert entry.state is OrderState.PLACED
    assert ledger.creates == 2 and len(ledger.orders[entry.customer_po.upper()]) == 1
    attempts = svc.journal.attempts(entry.draft_id)
    assert [a.outcome for a in attempts] == ["unknown", "placed"]


async def test_connect_error_is_not_sent_and_requeued(tmp_path: Path) -> None:
    ledger = Ledger()
    ledger.script = ["refuse"]
    svc = make(tmp_path, ledger)
    entry = await svc.submit_draft(draft())
    assert entry.state is OrderState.QUEUED and entry.next_action_at is not None
    assert ledger.orders == {}


async def test_validation_400_is_rejected_not_placed(tmp_path: Path) -> None:
    ledger = Ledger()
    ledger.script = ["400"]
    svc = make(tmp_path, ledger)
    entry = await svc.submit_draft(draft())
    assert entry.state is OrderState.REJECTED and "Bad SKU" in (entry.last_error or "")


async def test_restart_with_an_order_in_flight_reconciles_and_does_not_resend(
    tmp_path: Path,
) -> None:
    ledger = Ledger()
    svc = make(tmp_path, ledger)
    entry = svc.save_draft(draft())
    svc.journal.queue(entry.draft_id, entry.draft)
    svc.journal.begin_attempt(entry.draft_id, "f" * 32)
    ledger.place(entry.customer_po)  # Ingram got it; then the app was killed
    svc.journal.close()

    svc2 = make(tmp_path, ledger)
    (recovered,) = await svc2.recover()
    assert recovered.state is OrderState.PLACED
    assert ledger.creates == 0
    assert len(ledger.orders[entry.customer_po.upper()]) == 1


async def test_window_closed_queues_then_sends_when_it_opens(tmp_path: Path) -> None:
    ledger = Ledger()
    clock = Clock(datetime(2026, 11, 24, 3, 0, tzinfo=UTC))  # 03:00 in London: UK closed
    svc = make(tmp_path, ledger, country="UK", clock=clock)
    entry = await svc.submit_draft(draft())
    assert entry.state is OrderState.QUEUED
    assert "closed until 06:00" in (entry.last_error or "")
    assert entry.next_action_at == datetime(2026, 11, 24, 6, 0, tzinfo=UTC)
    assert await svc.run_due() == []  # not due before the window opens
    assert ledger.creates == 0
    clock.at = datetime(2026, 11, 24, 6, 0, 1, tzinfo=UTC)
    (entry,) = await svc.run_due()
    assert entry.state is OrderState.PLACED and ledger.creates == 1


async def test_hand_typed_po_already_at_ingram_is_not_sent(tmp_path: Path) -> None:
    ledger = Ledger()
    ledger.place("MY-PO-7")
    svc = make(tmp_path, ledger)
    entry = await svc.submit_draft(draft("MY-PO-7", generated=False))
    assert entry.state is OrderState.NEEDS_ATTENTION
    assert ledger.creates == 0


async def test_resends_are_bounded_then_needs_attention(tmp_path: Path) -> None:
    ledger = Ledger()
    ledger.script = ["500_before"] * 5
    clock = Clock(datetime(2026, 11, 24, 12, 0, tzinfo=UTC))
    svc = make(tmp_path, ledger, clock=clock, quiet_window=60, max_resends=2)
    entry = await svc.submit_draft(draft())
    for _ in range(6):
        clock.at += timedelta(seconds=61)
        await svc.run_due()
    entry = svc.journal.get(entry.draft_id)
    assert entry.state is OrderState.NEEDS_ATTENTION
    assert ledger.creates == 3


async def test_unconfirmable_order_needs_attention_after_the_reconcile_deadline(
    tmp_path: Path,
) -> None:
    ledger = Ledger()
    ledger.script = ["500_before"]
    clock = Clock(datetime(2026, 11, 24, 12, 0, tzinfo=UTC))
    svc = make(tmp_path, ledger, clock=clock, quiet_window=10_000, reconcile_deadline=3600)
    entry = await svc.submit_draft(draft())
    clock.at += timedelta(seconds=3601)
    (entry,) = await svc.run_due()
    assert entry.state is OrderState.NEEDS_ATTENTION
    assert "before doing anything else" in svc.journal.events(entry.draft_id)[-1].reason
    assert ledger.creates == 1


async def test_token_failure_before_an_order_is_not_a_rejection(tmp_path: Path) -> None:
    ledger = Ledger()

    def broken_token(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, text="<html>gateway</html>")
        return ledger(request)

    svc = make(tmp_path, ledger, handler=broken_token)
    entry = await svc.submit_draft(draft())
    assert entry.state is OrderState.QUEUED  # not sent, will be tried again
    assert ledger.creates == 0


async def test_the_driver_recovers_then_sends_due_orders_until_cancelled(tmp_path: Path) -> None:
    import asyncio

    ledger = Ledger()
    svc = make(tmp_path, ledger)
    queued = svc.save_draft(draft())
    svc.journal.queue(queued.draft_id, queued.draft)
    stuck = svc.save_draft(draft())
    svc.journal.queue(stuck.draft_id, stuck.draft)
    svc.journal.begin_attempt(stuck.draft_id, "e" * 32)  # left in flight by a crash
    driver = asyncio.create_task(svc.run_forever(interval=0.01))
    for _ in range(100):
        await asyncio.sleep(0.01)
        if svc.journal.get(queued.draft_id).state is OrderState.PLACED:
            break
    driver.cancel()
    try:
        await driver
    except asyncio.CancelledError:
        pass
    assert svc.journal.get(queued.draft_id).state is OrderState.PLACED
    # never sent before the crash and not yet past the quiet window: still being checked
    assert svc.journal.get(stuck.draft_id).state is OrderState.RECONCILING
    assert ledger.creates == 1
