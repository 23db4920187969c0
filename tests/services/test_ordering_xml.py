"""The journal's exactly-once guarantees on the IM-XML transport (plain and SOAP), against the
sandbox: lost answer after the order was taken, 5xx and unreadable answers, a crash in flight,
a restart, the duplicate-PO guard and rejections. The sandbox's ledger is the truth."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.ingram.http import new_correlation_id
from ingram_desk.services.events import EventHub
from ingram_desk.services.order_journal import OrderJournal, OrderState
from ingram_desk.services.ordering_service import OrderingService

SOAP = pytest.mark.parametrize("use_soap", [False, True], ids=["xml", "soap"])


def path(use_soap: bool) -> str:
    return "/soap" if use_soap else "/imxml"


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
    return [r for r in server.received_log() if r.get("message") == "OrderRequest"]


@SOAP
async def test_placed_over_xml_is_in_ingram_and_in_the_journal(sandbox, xml_client_factory, tmp_path, use_soap):  # fmt: skip
    async with xml_client_factory(sandbox, soap=use_soap) as c:
        entry = await service(c, tmp_path).submit_draft(draft(sandbox))
    assert entry.state is OrderState.PLACED
    (placed,) = ledger(sandbox, entry.customer_po)
    assert entry.ingram_order_numbers == (placed["number"],)


@SOAP
async def test_answer_lost_after_the_order_was_taken_is_reconciled_by_po_not_resent(
    sandbox, xml_client_factory, tmp_path, use_soap
):
    sandbox.faults.drop_connection(n=1, path=path(use_soap), method="POST")
    async with xml_client_factory(sandbox, soap=use_soap) as c:
        svc = service(c, tmp_path)
        entry = await svc.submit_draft(draft(sandbox))
    assert entry.state is OrderState.PLACED
    assert len(ledger(sandbox, entry.customer_po)) == 1 and len(creates(sandbox)) == 1
    trail = [e.to_state for e in svc.journal.events(entry.draft_id)]
    assert trail[-3:] == [OrderState.IN_FLIGHT, OrderState.RECONCILING, OrderState.PLACED]
    statuses = [r for r in sandbox.received_log() if r.get("message") == "OrderStatusRequest"]
    assert statuses  # reconciled through OrderStatusRequest by customer PO


@pytest.mark.parametrize("fault", ["504", "malformed", "truncated"])
async def test_5xx_or_unreadable_answer_after_placing_is_reconciled(
    sandbox, xml_client_factory, tmp_path, fault
):
    if fault == "504":
        sandbox.faults.fail_next(1, status=504, path="/imxml", after_processing=True)
    else:
        body = "json" if fault == "malformed" else "truncated"
        sandbox.faults.malformed(n=1, body=body, path="/imxml", method="POST")
    async with xml_client_factory(sandbox) as c:
        entry = await service(c, tmp_path).submit_draft(draft(sandbox))
    assert entry.state is OrderState.PLACED
    assert len(ledger(sandbox, entry.customer_po)) == 1 and len(creates(sandbox)) == 1


async def test_failure_before_placing_is_resent_with_the_same_po_after_the_quiet_window(
    sandbox, xml_client_factory, tmp_path
):
    sandbox.faults.fail_next(1, status=500, path="/imxml", method="POST")
    async with xml_client_factory(sandbox, now=sandbox.clock) as c:
        svc = service(c, tmp_path, now=sandbox.clock, quiet_window=120)
        entry = await svc.submit_draft(draft(sandbox))
        assert entry.state is OrderState.RECONCILING and ledger(sandbox, entry.customer_po) == []
        sandbox.advance(60)
        await svc.run_due()
        assert len(creates(sandbox)) == 1
        sandbox.advance(61)
        (entry,) = await svc.run_due()
    assert entry.state is OrderState.PLACED
    assert len(ledger(sandbox, entry.customer_po)) == 1 and len(creates(sandbox)) == 2
    assert [a.outcome for a in svc.journal.attempts(entry.draft_id)] == ["unknown", "placed"]


@SOAP
async def test_crash_in_flight_then_restart_reconciles_and_never_resends(
    sandbox, xml_client_factory, tmp_path, use_soap
):
    async with xml_client_factory(sandbox, soap=use_soap) as c:
        svc = service(c, tmp_path)
        entry = svc.save_draft(draft(sandbox))
        entry = svc.journal.queue(entry.draft_id, entry.draft)
        correlation_id = new_correlation_id()
        svc.journal.begin_attempt(entry.draft_id, correlation_id)
        assert entry.frozen_body is not None
        await c.create_order(entry.frozen_body, entry.customer_po, correlation_id)
        svc.journal.close()  # killed before the answer was recorded

    async with xml_client_factory(sandbox, soap=use_soap) as c2:
        (recovered,) = await service(c2, tmp_path).recover()
    assert recovered.state is OrderState.PLACED
    assert len(ledger(sandbox, entry.customer_po)) == 1 and len(creates(sandbox)) == 1


async def test_restart_with_an_order_that_never_left_is_sent_once_after_the_quiet_window(
    sandbox, xml_client_factory, tmp_path
):
    async with xml_client_factory(sandbox, now=sandbox.clock) as c:
        svc = service(c, tmp_path, now=sandbox.clock, quiet_window=300)
        entry = svc.save_draft(draft(sandbox))
        svc.journal.queue(entry.draft_id, entry.draft)
        svc.journal.begin_attempt(entry.draft_id, new_correlation_id())
        svc.journal.close()

    async with xml_client_factory(sandbox, now=sandbox.clock) as c2:
        svc2 = service(c2, tmp_path, now=sandbox.clock, quiet_window=300)
        (state,) = await svc2.recover()
        assert state.state is OrderState.RECONCILING and creates(sandbox) == []
        sandbox.advance(301)
        (placed,) = await svc2.run_due()
    assert placed.state is OrderState.PLACED and len(ledger(sandbox, entry.customer_po)) == 1


@SOAP
async def test_hand_typed_po_already_used_at_ingram_is_held_not_sent(
    sandbox, xml_client_factory, tmp_path, use_soap
):
    raw = {"customerOrderNumber": "PO-SPLIT-4711",
           "lines": [{"ingramPartNumber": stocked(sandbox), "quantity": 1}]}  # fmt: skip
    async with xml_client_factory(sandbox, soap=use_soap) as c:
        entry = await service(c, tmp_path).submit_draft(OrderDraft.from_request(raw))
    assert entry.state is OrderState.NEEDS_ATTENTION
    assert len(entry.ingram_order_numbers) == 2 and creates(sandbox) == []


@SOAP
async def test_rejected_over_xml_is_not_placed(sandbox, xml_client_factory, tmp_path, use_soap):
    raw = {"lines": [{"ingramPartNumber": "NOSUCH", "quantity": 1}]}
    async with xml_client_factory(sandbox, soap=use_soap) as c:
        entry = await service(c, tmp_path).submit_draft(OrderDraft.from_request(raw))
    assert entry.state is OrderState.REJECTED
    assert ledger(sandbox, entry.customer_po) == []


async def test_bad_login_needs_attention_and_places_nothing(sandbox, xml_client_factory, tmp_path):
    async with xml_client_factory(sandbox, client_secret="not-the-secret") as c:
        entry = await service(c, tmp_path).submit_draft(draft(sandbox))
    assert entry.state is OrderState.NEEDS_ATTENTION
    assert "20007" in (entry.last_error or "") and sandbox.placed_orders() == []


async def test_async_order_acknowledged_but_not_yet_visible_is_reconciled_not_resent(
    sandbox, xml_client_factory, tmp_path
):
    from ingram_desk.ingram.xml.config import XmlConfig

    sandbox.faults.hide_new_orders(90)  # acknowledged now, in the status answers only later
    async with xml_client_factory(sandbox, xml=XmlConfig(async_orders=True), now=sandbox.clock) as c:  # fmt: skip
        svc = service(c, tmp_path, now=sandbox.clock, quiet_window=600)
        entry = await svc.submit_draft(draft(sandbox))
        assert entry.state is OrderState.RECONCILING
        assert "acknowledged" in (entry.last_error or "")
        for _ in range(4):
            sandbox.advance(30)
            await svc.run_due()
        entry = svc.journal.get(entry.draft_id)
    assert entry.state is OrderState.PLACED
    assert len(ledger(sandbox, entry.customer_po)) == 1 and len(creates(sandbox)) == 1


async def test_watch_list_polls_an_order_found_by_po_in_an_earlier_session(
    sandbox, xml_client_factory, tmp_path
):
    """IM-XML looks orders up by number and PO together: the PO found by a search is kept in
    the profile's index, so after a restart the watch list still polls the order."""
    from ingram_desk.ingram.client import SearchCriteria
    from ingram_desk.sandbox.orders import Shipment
    from ingram_desk.services.tracking_service import TrackingService

    order = next(
        o for o in sandbox.orders.all()
        if len(o.sub_orders) == 1 and not any(ln.shipments for ln in o.sub_orders[0].lines)
    )  # fmt: skip
    index = tmp_path / "xml-order-pos.json"
    async with xml_client_factory(sandbox, po_index=index) as c:
        tracking = TrackingService(c, tmp_path / "watch.json")
        criteria = SearchCriteria(customer_po=order.customer_order_number)
        rows = [r async for r, _ in tracking.search(criteria)]
        assert [r.ingram_order_number for r in rows] == [order.number]
        tracking.watch(order.number)
        assert await tracking.poll() == []  # the baseline
    line = order.sub_orders[0].lines[0]
    line.shipments.append(
        Shipment(line.quantity, "8000999", "2026-11-23", "UG", "UPS GROUND", ["1ZXML0001"])
    )
    async with xml_client_factory(sandbox, po_index=index) as c2:  # a new session
        (change,) = await TrackingService(c2, tmp_path / "watch.json").poll()
    assert change.order_number == order.number
    assert any("1ZXML0001" in text for text in change.changes)
    async with xml_client_factory(sandbox) as c3:  # without the index the PO is unknown
        assert await TrackingService(c3, tmp_path / "watch.json").poll() == []
