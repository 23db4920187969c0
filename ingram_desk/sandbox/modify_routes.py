"""Sandbox order modify: PUT /resellers/v6/orders/{n} (reference §8.2).

Only orders created on customer hold, within 24 hours of entry; ``actionCode=release`` releases
the hold. Line changes are ADD/UPDATE/DELETE on the first sub-order; bad ones come back in
``rejectedLineItems`` (EN unknown SKU, EQ bad quantity, EL unknown line) with 207. Spec declares
no 405 here, so refusals are 400; an unknown order is 404 without a body, as the spec lists it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ingram_desk.sandbox.catalog_routes import Context, country_of, stock_by_warehouse
from ingram_desk.sandbox.orders import Line, Order
from ingram_desk.sandbox.wire import (
    ApiError,
    Request,
    Response,
    error_body,
    json_response,
    validation_error,
)

__all__ = ["modify_order"]

_MODIFY_WINDOW = timedelta(hours=24)


def _modify_line(
    ctx: Context, order: Order, raw: dict[str, Any], country: str
) -> dict[str, Any] | None:
    """Apply one ADD/UPDATE/DELETE line change; returns a rejected-line entry or None."""
    sub = order.sub_orders[0]
    action = str(raw.get("addUpdateDeleteLine") or "").upper()
    number = str(raw.get("ingramLineNumber") or "")
    qty = raw.get("quantity")
    reject = {
        "ingramLineNumber": number,
        "customerLineNumber": str(raw.get("customerLineNumber") or ""),
        "ingramPartNumber": str(raw.get("ingramPartNumber") or ""),
        "quantityOrdered": qty if isinstance(qty, int) and not isinstance(qty, bool) else 0,
    }
    valid_qty = isinstance(qty, int) and not isinstance(qty, bool) and qty > 0
    if action == "ADD":
        p = ctx.catalogue.find(sku=str(raw.get("ingramPartNumber") or ""))
        if p is None:
            return {
                **reject,
                "rejectCode": "EN",
                "rejectReason": f"SKU-NOTFOUND    {reject['ingramPartNumber']}",
            }
        if not valid_qty:
            return {**reject, "rejectCode": "EQ", "rejectReason": "ERROR-INVALID-QTY"}
        assert isinstance(qty, int)
        next_no = max((int(ln.ingram_line_number) for ln in sub.lines), default=0) + 1
        available = dict((w.id, q) for w, q in stock_by_warehouse(p, country)).get(
            sub.warehouse_id, qty
        )
        confirmed = min(qty, available)
        sub.lines.append(
            Line(
                f"{next_no:03d}",
                reject["customerLineNumber"] or str(next_no),
                p.sku,
                p.vpn,
                p.vendor,
                p.description,
                p.ean,
                qty,
                confirmed,
                qty - confirmed,
                str(p.price_in(order.currency)),
                str(p.weight),
            )
        )
        return None
    line = next((ln for ln in sub.lines if ln.ingram_line_number == number), None)
    if action not in ("UPDATE", "DELETE") or line is None:
        return {**reject, "rejectCode": "EL", "rejectReason": "ERROR-LINE-NOT-FOUND"}
    if action == "DELETE":
        sub.lines.remove(line)
        return None
    if not valid_qty:
        return {**reject, "rejectCode": "EQ", "rejectReason": "ERROR-INVALID-QTY"}
    assert isinstance(qty, int)
    line.quantity, line.confirmed, line.backordered = qty, qty, 0
    return None


def modify_order(ctx: Context, req: Request) -> Response:
    """PUT /resellers/v6/orders/{n}: change or release (``actionCode=release``) a held order."""
    customer = (req.header("IM-CustomerNumber") or "").strip()
    body = req.json() if req.body else {}
    if not isinstance(body, dict):
        raise ApiError(validation_error("Validation failed", [("body", "", "expected an object")]))
    notes = body.get("notes")
    if notes is not None and len(str(notes)) > 132:
        raise ApiError(
            validation_error("Validation failed", [("notes", str(notes), "max 132 characters")])
        )
    release = (req.q("actionCode") or "").strip().lower() == "release"
    with ctx.book.lock:
        order = ctx.book.get(req.params["number"])
        if order is None or order.customer_number != customer:
            return Response(404, b"", "application/json")
        entered = datetime.fromisoformat(order.entry_timestamp.replace("Z", "+00:00"))
        if not order.customer_hold or ctx.now() - entered > _MODIFY_WINDOW:
            return json_response(
                400,
                error_body("/errors/validation-error",
                           "Order can not be modified: it is not on customer hold or older than 24 hours."),
            )  # fmt: skip
        rejected = [
            r
            for raw in body.get("lines") or []
            if isinstance(raw, dict)
            and (r := _modify_line(ctx, order, raw, country_of(req))) is not None
        ]
        if notes is not None:
            order.notes = str(notes)
        if isinstance(body.get("shipToInfo"), dict):
            order.ship_to = dict(body["shipToInfo"])
        if release:
            order.customer_hold = False
            for sub in order.sub_orders:
                sub.status_code, sub.hold_reason_code, sub.hold_reason = "", "", ""
        ctx.book.save()
        sub = order.sub_orders[0]
        payload: dict[str, Any] = {
            "ingramOrderNumber": order.number,
            "changeDescription": "Order released" if release else "Order modified",
            "orderModifiedDate": ctx.now().isoformat(),
            "customerOrderNumber": order.customer_order_number,
            "endCustomerOrderNumber": order.end_customer_order_number,
            "orderTotal": order.total,
            "notes": order.notes,
            "orderSubTotal": order.total,
            "freightCharges": 0,
            "totalTax": 0,
            "orderStatus": "ON HOLD" if order.customer_hold else "PROCESSING",
            "billToAddressId": "000",
            "lines": [
                {
                    "subOrderNumber": sub.number,
                    "ingramLineNumber": ln.ingram_line_number,
                    "customerLineNumber": ln.customer_line_number,
                    "ingramPartNumber": ln.sku,
                    "vendorPartNumber": ln.vpn,
                    "quantityOrdered": ln.quantity,
                    "quantityConfirmed": ln.confirmed,
                    "quantityBackOrdered": ln.backordered,
                }
                for ln in sub.lines
            ],
        }
        if rejected:
            payload["rejectedLineItems"] = rejected
    return json_response(207 if rejected else 200, payload)
