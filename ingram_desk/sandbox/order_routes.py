"""Sandbox order create (POST /resellers/v6/orders) and cancel (DELETE /resellers/v6/orders/{n}).

Validation follows the v6 schema limits (reference §5.1). A duplicate customer PO is refused with
400 unless ``allowDuplicateCustomerOrderNumber`` is true (Ingram documents the switch, not the
refusal, so the shape is ours). Lines are split into one order per shipping source: local
warehouse (type S), central warehouse (type S) and vendor/e-delivery (type D).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ingram_desk.domain.warehouses import CURRENCY_BY_COUNTRY, Warehouse
from ingram_desk.sandbox.catalog_routes import Context, country_of, stock_by_warehouse
from ingram_desk.sandbox.dataset import branch_for
from ingram_desk.sandbox.orders import Line, Order, SubOrder
from ingram_desk.sandbox.products import Product
from ingram_desk.sandbox.wire import (
    ApiError,
    Request,
    Response,
    error_body,
    json_response,
    parse_bool,
    validation_error,
)

__all__ = ["cancel_order", "create_order", "placed_order_number"]

_B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

#: (object, field) → max length, from the v6 OrderCreateRequest schema.
_LIMITS: dict[str, dict[str, int]] = {
    "": {"customerOrderNumber": 35, "endCustomerOrderNumber": 35, "billToAddressId": 10},
    "resellerInfo": {"companyName": 40, "addressLine1": 70, "addressLine2": 70,
                     "addressLine3": 70, "city": 25, "state": 3, "postalCode": 10,
                     "countryCode": 10},
    "shipToInfo": {"addressId": 10, "contact": 70, "companyName": 40, "addressLine1": 70,
                   "addressLine2": 70, "addressLine3": 70, "city": 25, "state": 3,
                   "postalCode": 10, "countryCode": 10},
    "endUserInfo": {"contact": 70, "companyName": 40, "addressLine1": 70, "addressLine2": 70,
                    "addressLine3": 70, "city": 25, "state": 3, "postalCode": 10,
                    "countryCode": 10},
    "shipmentDetails": {"carrierCode": 10, "shipComplete": 1, "shippingInstructions": 132},
}  # fmt: skip
_DIRECT_TYPES = ("SWL", "SERV")  #: licences and warranties ship from the vendor (order type D)
_VENDOR_SOURCE = Warehouse("VD", "Vendor direct", False)


def placed_order_number(country: str, n: int) -> str:
    body = ""
    value = n * 41 + 2000
    for _ in range(3):
        value, r = divmod(value, 36)
        body = _B36[r] + body
    return f"{branch_for(country)}-RF{body}"


def _attributes(items: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict) and item.get("attributeName"):
                out[str(item["attributeName"]).lower()] = str(item.get("attributeValue", ""))
    return out


def _is_date(value: Any) -> bool:
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return len(str(value)) == 10


def _validate(body: Any) -> list[tuple[str, str, str]]:
    if not isinstance(body, dict):
        return [("body", "", "Request body must be a JSON object")]
    fields: list[tuple[str, str, str]] = []
    po = body.get("customerOrderNumber")
    if not isinstance(po, str) or not po.strip():
        fields.append(("customerOrderNumber", str(po or ""), "customerOrderNumber is required"))
    for section, limits in _LIMITS.items():
        obj = body.get(section, {}) if section else body
        if obj is None:
            continue
        if not isinstance(obj, dict):
            fields.append((section, "", f"{section} must be an object"))
            continue
        for name, limit in limits.items():
            value = obj.get(name)
            if value is not None and not isinstance(value, str | int | float):
                fields.append((f"{section}.{name}".strip("."), "", "must be a string"))
            elif value is not None and len(str(value)) > limit:
                path = f"{section}.{name}" if section else name
                fields.append((path, str(value), f"{name} must be at most {limit} characters"))
    shipment = body.get("shipmentDetails")
    if isinstance(shipment, dict):
        when = shipment.get("requestedDeliveryDate")
        if when is not None and not _is_date(when):
            fields.append(
                ("shipmentDetails.requestedDeliveryDate", str(when), "expected yyyy-MM-dd")
            )
        mode = shipment.get("shipComplete")
        if mode is not None and str(mode) not in ("true", "C", "P", "E"):
            fields.append(("shipmentDetails.shipComplete", str(mode), "one of true, C, P, E"))
    lines = body.get("lines")
    if not isinstance(lines, list) or not lines:
        fields.append(("lines", "", "At least one line is required"))
        return fields
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if not isinstance(line, dict):
            fields.append((f"lines[{i}]", "", "line must be an object"))
            continue
        cln = line.get("customerLineNumber")
        if cln is not None:
            text = str(cln)
            if len(text) > 3 or (text.isdigit() and not 1 <= int(text) <= 884):
                fields.append(
                    (f"lines[{i}].customerLineNumber", text, "customerLineNumber must be 1-884")
                )
            elif text in seen:
                fields.append((f"lines[{i}].customerLineNumber", text, "duplicate line number"))
            seen.add(text)
        sku = line.get("ingramPartNumber")
        if sku is not None and len(str(sku)) > 18:
            fields.append((f"lines[{i}].ingramPartNumber", str(sku), "max 18 characters"))
    return fields


def _source(ctx: Context, country: str, p: Product) -> Warehouse:
    if p.category.product_type in _DIRECT_TYPES:
        return _VENDOR_SOURCE
    spread = stock_by_warehouse(p, country)
    if p.central_only:
        return spread[-1][0]
    stocked = [w for w, qty in spread if qty > 0]
    return stocked[0] if stocked else spread[0][0]


def _rejected(cln: str, line: dict[str, Any], code: str, reason: str) -> dict[str, Any]:
    qty = line.get("quantity")
    return {
        "customerLinenumber": cln,
        "ingramPartNumber": str(line.get("ingramPartNumber") or ""),
        "vendorPartNumber": str(line.get("vendorPartNumber") or ""),
        "quantityOrdered": qty if isinstance(qty, int) and not isinstance(qty, bool) else 0,
        "rejectCode": code,
        "rejectReason": reason,
    }


def create_order(ctx: Context, req: Request) -> Response:
    body = req.json()
    fields = _validate(body)
    if fields:
        raise ApiError(validation_error("Validation failed", fields))
    customer = (req.header("IM-CustomerNumber") or "").strip()
    country = country_of(req)
    currency = CURRENCY_BY_COUNTRY.get(country, "USD")
    attrs = _attributes(body.get("additionalAttributes"))
    po = body["customerOrderNumber"].strip().upper()
    allow_dup = parse_bool(attrs.get("allowduplicatecustomerordernumber", "")) is True
    on_hold = parse_bool(attrs.get("alloworderoncustomerhold", "")) is True
    accept_backorder = parse_bool(body.get("acceptBackOrder", True)) is not False
    now = ctx.now()

    groups: dict[str, tuple[Warehouse, list[Line]]] = {}
    rejected: list[dict[str, Any]] = []
    for i, raw in enumerate(body["lines"]):
        cln = str(raw.get("customerLineNumber") or i + 1)
        qty = raw.get("quantity")
        sku = raw.get("ingramPartNumber")
        vpn = raw.get("vendorPartNumber")
        p = ctx.catalogue.find(sku=str(sku) if sku else None, vpn=str(vpn) if vpn else None)
        if p is None:
            rejected.append(_rejected(cln, raw, "EN", f"SKU-NOTFOUND    {sku or vpn or ''}"))
            continue
        if isinstance(qty, bool) or not isinstance(qty, int) or qty < 1:
            rejected.append(_rejected(cln, raw, "EQ", "ERROR-INVALID-QTY"))
            continue
        source = _source(ctx, country, p)
        available = dict((w.id, q) for w, q in stock_by_warehouse(p, country)).get(source.id, qty)
        if source is _VENDOR_SOURCE:
            available = qty
        if not accept_backorder and available < qty:
            rejected.append(_rejected(cln, raw, "EB", "ERROR-NO-BACKORDER-ALLOWED"))
            continue
        confirmed = min(qty, available)
        price = raw.get("unitPrice")
        line = Line(
            ingram_line_number="",
            customer_line_number=cln,
            sku=p.sku,
            vpn=p.vpn,
            vendor=p.vendor,
            description=p.description,
            upc=p.ean,
            quantity=qty,
            confirmed=confirmed,
            backordered=qty - confirmed,
            unit_price=str(p.price_in(currency)) if price is None else f"{float(price):.2f}",
            unit_weight=str(p.weight),
            eta=(now.date() + timedelta(days=p.eta_days or 14)).isoformat()
            if qty > confirmed
            else "",
            notes=str(raw.get("notes") or ""),
        )
        groups.setdefault(source.id, (source, []))[1].append(line)

    if not groups:
        return json_response(
            400,
            error_body(
                "/errors/validation-failed",
                "No valid lines in the order",
                [("lines", r["ingramPartNumber"], r["rejectReason"]) for r in rejected],
            ),
        )
    with ctx.book.lock:
        if not allow_dup and ctx.book.po_in_use(customer, po):
            raise ApiError(
                validation_error(
                    "Duplicate customer order number",
                    [("customerOrderNumber", po, "Customer order number already exists")],
                )
            )
        orders = []
        for source, lines in groups.values():
            number = placed_order_number(country, ctx.book.placed_count + 1)
            for k, line in enumerate(lines, start=1):
                line.ingram_line_number = f"{k:03d}"
            hold = ("O", "IM", "CUSTOMER HOLD") if on_hold else ("", "", "")
            order = Order(
                number=number,
                customer_number=customer,
                country=country,
                customer_order_number=po,
                entry_timestamp=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
                order_type="D" if source is _VENDOR_SOURCE else "S",
                currency=currency,
                sub_orders=[SubOrder(f"{number}-11", *hold, source.id, source.location, lines)],
                end_customer_order_number=str(body.get("endCustomerOrderNumber") or ""),
                notes=str(body.get("notes") or ""),
                customer_hold=on_hold,
                ship_to=dict(body.get("shipToInfo") or {}),
                end_user=dict(body.get("endUserInfo") or {}),
                visible_from=(now + timedelta(seconds=ctx.search_delay())).isoformat(),
                placed_via_api=True,
                correlation_id=req.header("IM-CorrelationID") or "",
            )
            ctx.book.add(order)
            orders.append(order)
    payload = _create_payload(body, po, orders, rejected)
    return json_response(207 if rejected else 201, payload)


def _create_payload(
    body: dict[str, Any], po: str, orders: list[Order], rejected: list[dict[str, Any]]
) -> dict[str, Any]:
    out_orders = []
    for n, order in enumerate(orders):
        sub = order.sub_orders[0]
        entry: dict[str, Any] = {
            "numberOfLinesWithSuccess": len(sub.lines),
            "numberOfLinesWithError": len(rejected) if n == 0 else 0,
            "numberOfLinesWithWarning": sum(1 for ln in sub.lines if ln.backordered),
            "ingramOrderNumber": order.number,
            "ingramOrderDate": order.entry_timestamp[:10],
            "notes": order.notes,
            "orderType": order.order_type,
            "orderTotal": order.total,
            "freightCharges": 0,
            "totalTax": 0,
            "currencyCode": order.currency,
            "lines": [
                {
                    "subOrderNumber": sub.number,
                    "ingramLineNumber": ln.ingram_line_number,
                    "customerLineNumber": ln.customer_line_number,
                    "lineStatus": "Backordered" if ln.backordered else "Open",
                    "ingramPartNumber": ln.sku,
                    "vendorPartNumber": ln.vpn,
                    "unitPrice": float(ln.unit_price),
                    "extendedUnitPrice": round(float(ln.unit_price) * ln.quantity, 2),
                    "quantityOrdered": ln.quantity,
                    "quantityConfirmed": ln.confirmed,
                    "quantityBackOrdered": ln.backordered,
                    "notes": ln.notes,
                    "shipmentDetails": [
                        {
                            "shipFromWarehouseId": sub.warehouse_id,
                            "shipFromLocation": sub.warehouse_location,
                        }
                    ],
                }
                for ln in sub.lines
            ],
            "links": [
                {"topic": "orders", "href": f"/resellers/v6.1/orders/{order.number}", "type": "GET"}
            ],
        }
        if n == 0 and rejected:
            entry["rejectedLineItems"] = rejected
        out_orders.append(entry)
    return {
        "customerOrderNumber": po,
        "endCustomerOrderNumber": str(body.get("endCustomerOrderNumber") or ""),
        "billToAddressId": str(body.get("billToAddressId") or "000"),
        "orderSplit": len(orders) > 1,
        "processedPartially": bool(rejected),
        "purchaseOrderTotal": round(sum(o.total for o in orders), 2),
        "orders": out_orders,
    }


def cancel_order(ctx: Context, req: Request) -> Response:
    number = req.params["number"].upper()
    customer = (req.header("IM-CustomerNumber") or "").strip()
    with ctx.book.lock:
        order = ctx.book.get(number)
        if order is None or order.customer_number != customer:
            return json_response(404, error_body("/errors/validation-error", "Order not found."))
        if not order.customer_hold:
            return json_response(
                405,
                error_body(
                    "/errors/validation-error",
                    "Order can not be deleted as the order is not no hold.",
                ),
            )
        ctx.book.cancel(order)
    return Response(200, b"", "application/json")
