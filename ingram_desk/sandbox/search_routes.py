"""Sandbox order searches: v5 (seed 004 envelope, ``ordesearchresponse`` spelling) and v6.

v5 pages over sub-orders (shipments), as seed 004's "multiple shipments using pagenumber and
pagesize" scenario implies; an order whose shipments span pages appears on each page with the
sub-orders of that page. v6 pages over orders.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ingram_desk.domain.order_status import decode_status
from ingram_desk.sandbox.catalog_routes import Context, page_links, paging
from ingram_desk.sandbox.orders import Order, SubOrder
from ingram_desk.sandbox.wire import (
    ApiError,
    Request,
    Response,
    json_response,
    parse_int,
    validation_error,
)

__all__ = ["search_v5", "search_v6"]

#: S24's v5 filter codes mapped onto seed codes (the seed's own codes are used as they are).
_V5_SPEC_CODES = {"P": ("", "W"), "4": ("R",), "any": None}


def _visible(ctx: Context, customer: str) -> list[Order]:
    """The customer's orders, newest first, without those not yet searchable."""
    now = ctx.now()
    return [
        o
        for o in reversed(ctx.book.all())
        if o.customer_number == customer
        and (not o.visible_from or datetime.fromisoformat(o.visible_from) <= now)
    ]


def _v5_preamble(status: str, message: str) -> dict[str, str]:
    return {"requeststatus": status, "returnmessage": message}


def _v5_failed(message: str, page: str = "1") -> Response:
    return json_response(
        200,
        {
            "serviceresponse": {
                "responsepreamble": _v5_preamble("FAILED", message),
                "ordesearchresponse": {"ordersfound": "0", "pagesize": "0", "pagenumber": page},
            }
        },
    )


def _parse_stamp(text: str) -> datetime | None:
    try:
        stamp = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return stamp if stamp.tzinfo else None


def search_v5(ctx: Context, req: Request) -> Response:
    customer, country = req.q("customernumber"), req.q("isocountrycode")
    missing = [(k, "", f"{k} is required") for k, v in
               (("customerNumber", customer), ("isocountrycode", country)) if not v]  # fmt: skip
    if missing:
        raise ApiError(validation_error("Validation failed", missing))
    assert customer is not None and country is not None
    raw_size, raw_page = req.q("pagesize"), req.q("pagenumber")
    size = 25 if raw_size is None else parse_int(raw_size)
    page = 1 if raw_page is None else parse_int(raw_page)
    if size is None or not 1 <= size <= 100:
        return _v5_failed("Invalid search criteria: pagesize must be between 1 and 100")
    if page is None or page < 1:
        return _v5_failed("Invalid search criteria: pagenumber must be 1 or more")
    start = end = None
    for key in ("startcreatetimestamp", "endcreatetimestamp"):
        raw = req.q(key)
        if raw:
            stamp = _parse_stamp(raw)
            if stamp is None:
                return _v5_failed(f"Invalid search criteria: {key} must be a UTC date-time")
            start, end = (stamp, end) if key.startswith("start") else (start, stamp)
    number = (req.q("ordernumber") or "").strip().upper()
    po = (req.q("customerordernumber") or "").strip().upper()
    status = (req.q("orderstatus") or "").strip()
    codes: tuple[str, ...] | None = None
    if status:
        codes = _V5_SPEC_CODES.get(status, (status.upper(),))
    rows: list[tuple[Order, SubOrder]] = []
    for order in _visible(ctx, customer.strip()):
        if po and order.customer_order_number.upper() != po:
            continue
        entered = _parse_stamp(order.entry_timestamp)
        if (start and entered and entered < start) or (end and entered and entered > end):
            continue
        for sub in order.sub_orders:
            if number and number not in (order.number, sub.number):
                continue
            if codes is not None and sub.status_code not in codes:
                continue
            rows.append((order, sub))
    if not rows:
        return _v5_failed("No data found", str(page))
    chunk = rows[(page - 1) * size : page * size]
    result: dict[str, Any] = {"ordersfound": str(len(rows)), "pagesize": str(size),
                              "pagenumber": str(page), "orders": []}  # fmt: skip
    query = f"customerNumber={customer}&isoCountryCode={country}"
    grouped: dict[str, dict[str, Any]] = {}
    for order, sub in chunk:
        entry = grouped.get(order.number)
        if entry is None:
            entry = grouped[order.number] = {
                "ordernumber": order.number,
                "entrytimestamp": order.entry_timestamp,
                "customerordernumber": order.customer_order_number,
                "suborders": [],
                "links": {"topic": "orders", "type": "GET",
                          "href": f"/resellers/v5/orders/{order.number}?{query}"},
            }  # fmt: skip
            result["orders"].append(entry)
        links = [{"topic": "orders", "type": "GET",
                  "href": f"/resellers/v5/orders/{sub.number}?{query}"}]  # fmt: skip
        if sub.invoice_number:
            links.append({"topic": "invoices", "type": "GET",
                          "href": f"/resellers/v5/invoices/{sub.number}?{query}"})  # fmt: skip
        entry["suborders"].append(
            {
                "subordernumber": sub.number,
                "statuscode": sub.status_code,
                "status": decode_status(sub.status_code).description.upper(),
                "holdreasoncode": sub.hold_reason_code,
                "holdreason": sub.hold_reason,
                "links": links,
            }
        )
    preamble = (
        _v5_preamble("SUCCESS", "Data found")
        if chunk
        else _v5_preamble("SUCCESS", "No Data Found for given Search Criteria.")
    )
    return json_response(
        200, {"serviceresponse": {"responsepreamble": preamble, "ordesearchresponse": result}}
    )


_V6_STATUS_FILTER = {
    "SHIPPED": {"Shipped", "Delivered"},
    "PROCESSING": {"Processing"},
    "ON HOLD": {"On Hold"},
    "BACKORDERED": {"Backordered"},
    "CANCELLED": {"Canceled"},
}


def _date_arg(req: Request, key: str, count: int) -> list[date]:
    raw = [v for value in req.qs(key) for v in value.split(",") if v.strip()]
    try:
        days = [date.fromisoformat(v.strip()) for v in raw]
    except ValueError:
        days = []
    if len(days) != count or len(raw) != count:
        raise ApiError(
            validation_error(
                "input date format error expected format is - yyyy-MM-dd",
                [(key, ",".join(raw), "expected format is - yyyy-MM-dd")],
            )
        )
    return days


def _has(order: Order, pred) -> bool:
    return any(pred(ln) for sub in order.sub_orders for ln in sub.lines)


def search_v6(ctx: Context, req: Request) -> Response:
    size, page = paging(req)
    customer = (req.header("IM-CustomerNumber") or "").strip()
    orders = _visible(ctx, customer)
    text = {k: (req.q(k) or "").strip().upper() for k in (
        "ingramOrderNumber", "customerOrderNumber", "endCustomerOrderNumber", "ingramPartNumber",
        "vendorPartNumber", "serialNumber", "trackingNumber", "vendorName")}  # fmt: skip
    wanted: set[str] = set()
    for value in [req.q("orderStatus") or "", *req.qs("orderStatus-in")]:
        for part in value.split(","):
            if part.strip():
                key = part.strip().upper().replace("_", " ")
                if key not in _V6_STATUS_FILTER:
                    raise ApiError(validation_error(
                        "Validation failed", [("orderStatus", part, "unknown order status")]))  # fmt: skip
                wanted |= _V6_STATUS_FILTER[key]
    day = _date_arg(req, "ingramOrderDate", 1)[0] if req.qs("ingramOrderDate") else None
    span = _date_arg(req, "ingramOrderDate-bt", 2) if req.qs("ingramOrderDate-bt") else None

    def keep(o: Order) -> bool:
        entered = date.fromisoformat(o.entry_timestamp[:10])
        checks = [
            not text["ingramOrderNumber"] or text["ingramOrderNumber"] in (o.number, *(s.number for s in o.sub_orders)),
            not text["customerOrderNumber"] or o.customer_order_number.upper() == text["customerOrderNumber"],
            not text["endCustomerOrderNumber"] or o.end_customer_order_number.upper() == text["endCustomerOrderNumber"],
            not text["ingramPartNumber"] or _has(o, lambda ln: ln.sku == text["ingramPartNumber"]),
            not text["vendorPartNumber"] or _has(o, lambda ln: ln.vpn.upper() == text["vendorPartNumber"]),
            not text["vendorName"] or _has(o, lambda ln: ln.vendor.upper() == text["vendorName"]),
            not text["serialNumber"] or _has(o, lambda ln: any(text["serialNumber"] in [x.upper() for x in s.serial_numbers] for s in ln.shipments)),
            not text["trackingNumber"] or _has(o, lambda ln: any(text["trackingNumber"] in [x.upper() for x in s.tracking_numbers] for s in ln.shipments)),
            not wanted or any(s.v6_status() in wanted for s in o.sub_orders),
            day is None or entered == day,
            span is None or span[0] <= entered <= span[1],
        ]  # fmt: skip
        return all(checks)

    hits = [o for o in orders if keep(o)]
    if not hits:
        return Response(204, b"", "application/json")
    chunk = hits[(page - 1) * size : page * size]
    payload: dict[str, Any] = {
        "recordsFound": len(hits),
        "pageSize": size,
        "pageNumber": page,
        "orders": [
            {
                "ingramOrderNumber": o.number,
                "ingramOrderDate": o.entry_timestamp,
                "customerOrderNumber": o.customer_order_number,
                "vendorSalesOrderNumber": o.vendor_sales_order_number,
                "vendorName": o.sub_orders[0].lines[0].vendor if o.sub_orders[0].lines else "",
                "endUserCompanyName": str(o.end_user.get("companyName", "")),
                "orderTotal": o.total,
                "orderStatus": o.v6_status(),
                "subOrders": [
                    {
                        "subOrderNumber": s.number,
                        "subOrderTotal": s.total,
                        "subOrderStatus": s.v6_status(),
                        "links": [
                            {
                                "topic": "orders",
                                "href": f"/resellers/v6.1/orders/{s.number}",
                                "type": "GET",
                            }
                        ],
                    }
                    for s in o.sub_orders
                ],
                "links": {
                    "topic": "orders",
                    "href": f"/resellers/v6.1/orders/{o.number}",
                    "type": "GET",
                },
            }
            for o in chunk
        ],
    }
    payload.update(page_links(req, page, size, len(hits), "/resellers/v6/orders/search"))
    return json_response(200, payload)
