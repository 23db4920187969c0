"""Sandbox v5 order details: GET /resellers/v5/orders/{n}, where v5 search's HATEOAS links point.

Shape from Ingram's 2024 spec (``get-v5-orders-details``): only HTTP 200, failure in the preamble;
``orderstatus``/``linestatus`` carry text, ``shipmentdetails[].status`` the one-letter code.
Query keys (``customernumber``, ``isocountrycode``, ``simulate``) are read in any casing.
"""

from __future__ import annotations

from typing import Any

from ingram_desk.domain.order_status import decode_status
from ingram_desk.sandbox.catalog_routes import Context
from ingram_desk.sandbox.detail_routes import SIMULATIONS, simulate
from ingram_desk.sandbox.orders import Line, SubOrder
from ingram_desk.sandbox.wire import ApiError, Request, Response, json_response, validation_error

__all__ = ["order_details_v5"]


def _not_found() -> Response:
    return json_response(
        200,
        {
            "serviceresponse": {
                "responsepreamble": {"responsestatus": "FAILED", "statuscode": "404",
                                     "responsemessage": "Order Not Found"},
                "orderdetailresponse": {"ordernumber": "Not Found",
                                        "customerordernumber": "Not-Found",
                                        "orderstatus": "Not-Found"},
            }
        },
    )  # fmt: skip


def _line(sub: SubOrder, ln: Line) -> dict[str, Any]:
    status = decode_status(sub.status_code).description.upper()
    if ln.shipments and ln.shipped >= ln.quantity and sub.status_code not in ("V",):
        status = "SHIPPED"
    words = ln.description.split(" ", 3)
    return {
        "linenumber": ln.customer_line_number,
        "globallinenumber": ln.ingram_line_number,
        "ordersuffix": sub.number.rsplit("-", 1)[-1],
        "erpordernumber": sub.number,
        "linestatus": status,
        "partnumber": ln.sku,
        "manufacturerpartnumber": ln.vpn,
        "vendorname": ln.vendor,
        "vendorcode": ln.vendor[:4].upper(),
        "partdescription1": " ".join(words[:3]),
        "partdescription2": words[3] if len(words) > 3 else "",
        "unitweight": ln.unit_weight,
        "unitprice": float(ln.unit_price),
        "extendedprice": round(float(ln.unit_price) * ln.quantity, 2),
        "taxamount": 0,
        "requestedquantity": str(ln.quantity),
        "confirmedquantity": str(ln.confirmed),
        "backorderquantity": str(ln.backordered),
        "serialnumberdetails": [
            {"serialnumber": x} for s in ln.shipments for x in s.serial_numbers
        ],
        "trackingnumber": [t for s in ln.shipments for t in s.tracking_numbers],
        "shipmentdetails": [
            {
                "quantity": s.quantity,
                "shipmentdate": s.shipped_date,
                "shipfromwarehouseid": sub.warehouse_id,
                "warehousename": sub.warehouse_location,
                "invoicenumber": sub.invoice_number,
                "invoicedate": sub.invoice_date,
                "status": sub.status_code,
                "statusdescription": decode_status(sub.status_code).description.upper(),
                "shippeddate": s.shipped_date,
                "holdreasoncodedescription": sub.hold_reason or "NO DESCRIPTION",
                "carriertype": "SML",
                "carriercode": s.carrier_code,
                "carriername": s.carrier_name,
                "packagedetails": {
                    "trackingnumber": s.tracking_numbers[0] if s.tracking_numbers else "",
                    "packageweight": s.package_weight,
                    "cartonnumber": "1",
                    "quantityinbox": str(s.quantity),
                },
            }
            for s in ln.shipments
        ],
        "backorderetadate": ln.eta if ln.backordered else "",
    }


def order_details_v5(ctx: Context, req: Request) -> Response:
    customer, country = req.q("customernumber"), req.q("isocountrycode")
    missing = [(k, "", f"{k} is required") for k, v in
               (("customernumber", customer), ("isocountrycode", country)) if not v]  # fmt: skip
    if missing:
        raise ApiError(validation_error("Validation failed", missing))
    number = req.params["number"].upper()
    found = ctx.book.find_sub_order(number)
    if found is None or found[0].customer_number != (customer or "").strip():
        return _not_found()
    order = found[0]
    mode = (req.q("simulate") or "").strip().upper()
    if mode in SIMULATIONS:
        order = simulate(order, mode, ctx.now().date())
    subs = [s for s in order.sub_orders if number in (order.number, s.number)]
    first = subs[0]
    ship_to = order.ship_to
    total = round(sum(s.total for s in subs), 2)
    detail = {
        "ordernumber": number,
        "ordertype": order.order_type,
        "customerordernumber": order.customer_order_number,
        "enduserponumber": order.end_customer_order_number,
        "orderstatus": decode_status(first.status_code).description.upper(),
        "entrytimestamp": order.entry_timestamp,
        "entrymethoddescription": "API" if order.placed_via_api else "WEB",
        "ordertotalvalue": total,
        "ordersubtotal": total,
        "freightamount": "0.00",
        "currencycode": order.currency,
        "totalweight": f"{sum(float(ln.unit_weight) * ln.quantity for s in subs for ln in s.lines):.2f}",
        "totaltax": "0.00",
        "shiptoaddress": {
            "name": str(ship_to.get("companyName", "")),
            "attention": str(ship_to.get("contact", "")),
            "addressline1": str(ship_to.get("addressLine1", "")),
            "city": str(ship_to.get("city", "")),
            "postalcode": str(ship_to.get("postalCode", "")),
            "countrycode": str(ship_to.get("countryCode", "")),
        },
        "lines": [_line(s, ln) for s in subs for ln in s.lines],
    }
    preamble = {"responsestatus": "SUCCESS", "statuscode": "200", "responsemessage": "Data Found"}
    return json_response(
        200, {"serviceresponse": {"responsepreamble": preamble, "orderdetailresponse": detail}}
    )
