"""Tracking against the sandbox: search iterator, details, cancel, and the watch list noticing
what changed at Ingram between two polls (status, shipment, tracking number)."""

from __future__ import annotations

from pathlib import Path

from ingram_desk.domain.order_draft import DraftLine, OrderDraft
from ingram_desk.sandbox.orders import Shipment
from ingram_desk.services.events import WATCH_CHANGED, EventHub
from ingram_desk.services.order_journal import OrderJournal, OrderState
from ingram_desk.services.tracking_service import (
    SearchCriteria,
    TrackingService,
    journal_line_counts,
)


async def test_search_iterates_every_page(sandbox, client_factory, tmp_path: Path) -> None:
    async with client_factory(sandbox) as c:
        svc = TrackingService(c, tmp_path / "watch.json")
        rows = [row async for row, _ in svc.search(SearchCriteria(), page_size=10)]
    seeded = {o.number for o in sandbox.orders.all()}
    assert {r.ingram_order_number for r in rows} == seeded
    assert len(rows) == len(seeded)  # each order once


async def test_watch_list_reports_status_shipment_and_tracking_changes(
    sandbox, client_factory, tmp_path: Path
) -> None:
    order = next(
        o
        for o in sandbox.orders.all()
        if len(o.sub_orders) == 1 and o.sub_orders[0].status_code == "R" and
        not any(ln.shipments for ln in o.sub_orders[0].lines)
    )  # fmt: skip
    events = EventHub()
    seen: list[object] = []
    events.subscribe(WATCH_CHANGED, seen.append)
    async with client_factory(sandbox) as c:
        svc = TrackingService(c, tmp_path / "watch.json", events)
        svc.watch(order.number)
        assert await svc.poll() == []  # first poll only takes the baseline
        assert await svc.poll() == []  # nothing changed
        line = order.sub_orders[0].lines[0]
        line.shipments.append(
            Shipment(line.quantity, "8000123", "2026-11-23", "UG", "UPS GROUND", ["1ZTEST0001"])
        )
        order.sub_orders[0].status_code = "F"
        (change,) = await svc.poll()
    assert change.order_number == order.number
    assert "new tracking number 1ZTEST0001" in change.changes
    assert any(" status: " in c and "→ Shipped" in c for c in change.changes)
    assert any("new shipment" in c for c in change.changes)
    assert seen == [change]
    assert svc.watched() == [order.number]
    calls = [r for r in sandbox.received if order.number in r["path"]]
    assert len(calls) == 3


async def test_cancel_only_works_on_customer_hold(sandbox, client_factory, tmp_path) -> None:
    held = next(o for o in sandbox.orders.all() if o.customer_hold)
    async with client_factory(sandbox) as c:
        svc = TrackingService(c, tmp_path / "watch.json")
        await svc.cancel(held.number)
        details = await svc.details(held.number)
    assert details.status.lower().startswith("cancel")


async def test_rows_carry_the_account_currency_and_locally_known_line_counts(
    sandbox, client_factory, tmp_path: Path
) -> None:
    """Ingram's searches carry no currency and no line count: the rows get the account's
    currency, and line counts from this desk's journal and from details already read, with
    no details call made for them (the grid must not spend the 60-calls budget)."""
    ours, other, read = [o for o in sandbox.orders.all() if len(o.sub_orders) == 1][:3]
    journal = OrderJournal(tmp_path / "journal.sqlite3")
    draft = OrderDraft("PO-OURS-1", (DraftLine("A", 1), DraftLine("B", 2), DraftLine("C", 3)))
    entry = journal.save_draft(draft)
    journal.transition(entry.draft_id, OrderState.DRAFT, OrderState.PLACED, "test",
                       ingram_order_numbers=(ours.number,))  # fmt: skip
    async with client_factory(sandbox) as c:
        svc = TrackingService(
            c, tmp_path / "watch.json", account_currency="EUR",
            journal_lines=journal_line_counts(journal),
        )  # fmt: skip
        details = await svc.details(read.number)
        sandbox.received.clear()
        rows = {r.ingram_order_number: r async for r, _ in svc.search(SearchCriteria())}
        paths = {r["path"].lower() for r in sandbox.received}
        assert paths == {"/resellers/v5/orders/search"}, paths  # no details read
    journal.close()
    assert {r.currency for r in rows.values()} == {"EUR"}
    assert rows[ours.number].line_count == 3  # from the journal
    assert rows[read.number].line_count == len(details.lines)  # from the details read
    assert rows[other.number].line_count is None  # not known: the grid shows "–"
    assert details.currency  # Ingram's own, or the account's when its answer has none
