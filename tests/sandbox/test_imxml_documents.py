"""The sandbox writes despatch advice and invoices for its orders (``POST /_sandbox/documents``)."""

from __future__ import annotations

from pathlib import Path

import httpx

from ingram_desk.ingram.xml.documents import read_document


def test_documents_route_writes_despatch_advice_and_invoices_for_an_order(sandbox, tmp_path):
    order = next(
        o for o in sandbox.orders.all()
        if any(s.invoice_number for s in o.sub_orders)
        and any(ln.shipments for s in o.sub_orders for ln in s.lines)
    )  # fmt: skip
    resp = httpx.post(
        f"{sandbox.url}/_sandbox/documents",
        json={"folder": str(tmp_path / "out"), "order": order.number},
    )
    assert resp.status_code == 200
    docs = [read_document(Path(p).read_bytes()) for p in resp.json()["written"]]
    kinds = {d.kind for d in docs}
    assert kinds == {"despatch_advice", "invoice"}
    deliveries = {sh.delivery_number for s in order.sub_orders for ln in s.lines for sh in ln.shipments}  # fmt: skip
    assert sum(d.kind == "despatch_advice" for d in docs) == len(deliveries)
    tracking = {t for d in docs for t, _ in d.tracking}
    assert tracking == {t for s in order.sub_orders for ln in s.lines for sh in ln.shipments for t in sh.tracking_numbers}  # fmt: skip
    invoice = next(d for d in docs if d.kind == "invoice")
    assert (
        invoice.order_numbers == (order.number,)
        and invoice.customer_po == order.customer_order_number
    )


def test_an_unshipped_placed_order_is_written_as_shipped_and_invoiced_without_changing_it(
    sandbox, tmp_path
):
    placed = sandbox.orders.all()[-1]
    before = placed.to_json()
    written = sandbox.write_documents(tmp_path, placed.number)
    assert {p.name.split("_")[0] for p in written} == {"DESADV", "INVOIC"}
    assert placed.to_json() == before
    resp = httpx.post(f"{sandbox.url}/_sandbox/documents", json={})
    assert resp.status_code == 400  # no folder given
