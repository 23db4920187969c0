"""Sandbox order and invoice details: GET /resellers/v6.1/orders/{n} and /v6.1/invoices/{n}.

An order number shows every sub-order's lines; a sub-order number only its own. The sandbox-only
``simulateStatus`` (IM::SHIPPED, IM::PARTIALLY_SHIPPED, IM::HOLD, IM::INVOICED) answers a canned
variant of the order without changing it.
"""

from __future__ import annotations

import copy
import zlib
from datetime import date, timedelta
from typing import Any

from ingram_desk.sandbox.catalog_routes import Context
from ingram_desk.sandbox.dataset import CARRIERS
from ingram_desk.sandbox.orders import Line, Order, Shipment, SubOrder
from ingram_desk.sandbox.wire import ApiError, Request, Response, json_response, validation_error

__all__ = ["SIMULATIONS", "invoice_details", "order_details", "simulate"]

SIMULATIONS = ("IM::SHIPPED", "IM::PARTIALLY_SHIPPED", "IM::HOLD", "IM::INVOICED")


def _ship_all(sub: SubOrder, day: date, partial: bool) -> None:
    for k, line in enumerate(sub.lines):
        missing = line.quantity - line.shipped
        qty = max(1, missing // 2) if partial else missing
        if partial and k > 0:
            qty = 0
        if qty > 0:
            code, name = CARRIERS[k % len(CARRIERS)]
            line.shipments.append(Shipment(qty, f"81{zlib.crc32(sub.number.encode()) % 10**8:08d}", day.isoformat(), code, name, [f"3SIM{sub.number.replace('-', '')}{k}"]))  # fmt: skip
        line.backordered = line.quantity - line.shipped if partial else 0
        line.confirmed = line.quantity - line.backordered


def simulate(order: Order, mode: str, today: date) -> Order:
    """A copy of ``order`` as the sandbox-only ``simulateStatus`` value describes it."""
    sim = copy.deepcopy(order)
    for sub in sim.sub_orders:
        if mode == "IM::HOLD":
            sub.status_code, sub.hold_reason_code, sub.hold_reason = "S", "SH", "SALES HOLD"
            continue
        _ship_all(sub, today - timedelta(days=1), mode == "IM::PARTIALLY_SHIPPED")
        sub.status_code, sub.hold_reason_code, sub.hold_reason = "R", "", ""
        if mode == "IM::INVOICED":
            sub.status_code = "F"
            sub.invoice_number = sub.invoice_number or sub.number.replace("-", "")
            sub.invoice_date = sub.invoice_date or today.isoformat()
    return sim


def _line_status(sub: SubOrder, line: Line) -> str:
    state = sub.v6_status()
    if state in ("Canceled", "On Hold"):
        return state
    if line.shipped >= line.quantity:
        return "Delivered" if all(s.delivered_date for s in line.shipments) else "Shipped"
    return "Backordered" if line.backordered else "In Progress"


def _shipment_json(sub: SubOrder, s: Shipment, order: Order) -> dict[str, Any]:
    return {
        "quantity": s.quantity,
        "deliveryNumber": s.delivery_number,
        "estimatedShipDate": s.shipped_date,
        "shippedDate": s.shipped_date,
        "estimatedDeliveryDate": s.delivered_date or s.shipped_date,
        "shipFromWarehouseId": sub.warehouse_id,
        "shipFromLocation": sub.warehouse_location,
        "invoiceNumber": sub.invoice_number,
        "invoiceDate": sub.invoice_date,
        "carrierDetails": [
            {
                "carrierCode": s.carrier_code,
                "carrierName": s.carrier_name,
                "quantity": s.quantity,
                "shippedDate": s.shipped_date,
                "deliveredDate": s.delivered_date,
                "trackingDetails": [
                    {
                        "trackingNumber": t,
                        "trackingUrl": f"https://tracking.example.invalid/{s.carrier_code}/{t}",
                        "packageWeight": s.package_weight,
                        "cartonNumber": str(n + 1),
                        "quantityInBox": str(s.quantity),
                        "serialNumbers": [{"serialNumber": x} for x in s.serial_numbers],
                    }
                    for n, t in enumerate(s.tracking_numbers)
                ],
            }
        ],
    }


def _address(data: dict[str, Any]) -> dict[str, str]:
    keys = ("contact", "companyName", "addressLine1", "addressLine2", "addressLine3", "city",
            "state", "postalCode", "countryCode", "phoneNumber", "email")  # fmt: skip
    return {k: str(data[k]) for k in keys if data.get(k) not in (None, "")}


def _overall(states: list[str]) -> str:
    if states and all(s == "Canceled" for s in states):
        return "Canceled"
    for state in ("On Hold", "Backordered", "In Progress"):
        if state in states:
            return "Processing" if state == "In Progress" else state
    return "Delivered" if states and all(s == "Delivered" for s in states) else "Shipped"


def order_details(ctx: Context, req: Request) -> Response:
    number = req.params["number"].upper()
    customer = (req.header("IM-CustomerNumber") or "").strip()
    found = ctx.book.find_sub_order(number)
    if found is None or found[0].customer_number != customer:
        return json_response(404, {"errors": [{"id": number, "type": "/errors/validation-error", "message": "Order not found."}]})  # fmt: skip
    order, _ = found
    mode = (req.q("simulateStatus") or "").strip().upper()
    if mode:
        if mode not in SIMULATIONS:
            raise ApiError(validation_error("Validation failed", [("simulateStatus", mode, "unknown simulateStatus")]))  # fmt: skip
        order = simulate(order, mode, ctx.now().date())
    subs = [s for s in order.sub_orders if number in (order.number, s.number)]
    lines, states = [], []
    for sub in subs:
        for ln in sub.lines:
            state = _line_status(sub, ln)
            states.append(state)
            entry: dict[str, Any] = {
                "subOrderNumber": sub.number,
                "ingramOrderLineNumber": ln.ingram_line_number,
                "customerLineNumber": ln.customer_line_number,
                "lineStatus": state,
                "ingramPartNumber": ln.sku,
                "vendorPartNumber": ln.vpn,
                "vendorName": ln.vendor,
                "partDescription": ln.description,
                "upcCode": ln.upc,
                "unitWeight": float(ln.unit_weight),
                "weightUom": "KG",
                "unitPrice": float(ln.unit_price),
                "extendedPrice": round(float(ln.unit_price) * ln.quantity, 2),
                "taxAmount": 0,
                "currencyCode": order.currency,
                "quantityOrdered": ln.quantity,
                "quantityConfirmed": ln.confirmed,
                "quantityBackOrdered": ln.backordered,
                "lineNotes": ln.notes,
                "shipmentDetails": [_shipment_json(sub, s, order) for s in ln.shipments],
                "additionalAttributes": [],
                "links": [],
            }
            if ln.eta and ln.backordered:
                entry["backOrderETADate"] = ln.eta
                entry["promisedDeliveryDate"] = ln.eta
            if sub.invoice_number:
                entry["links"].append({"topic": "invoices", "type": "GET",
                                       "href": f"/resellers/v6.1/invoices/{sub.invoice_number}"})  # fmt: skip
            lines.append(entry)
    total = round(sum(s.total for s in subs), 2)
    payload = {
        "ingramOrderNumber": order.number,
        "ingramOrderDate": order.entry_timestamp,
        "orderType": order.order_type,
        "customerOrderNumber": order.customer_order_number,
        "endCustomerOrderNumber": order.end_customer_order_number,
        "vendorSalesOrderNumber": order.vendor_sales_order_number,
        "orderStatus": _overall(states),
        "orderTotal": total,
        "orderSubTotal": total,
        "freightCharges": 0,
        "currencyCode": order.currency,
        "totalWeight": round(
            sum(float(ln.unit_weight) * ln.quantity for s in subs for ln in s.lines), 2
        ),
        "totalTax": 0,
        "paymentTerms": "NET 30 DAYS",
        "notes": order.notes,
        "shipToInfo": _address(order.ship_to),
        "endUserInfo": _address(order.end_user),
        "lines": lines,
        "miscellaneousCharges": [],
    }
    return json_response(200, payload)


def invoice_details(ctx: Context, req: Request) -> Response:
    number = req.params["number"]
    customer = (req.header("IM-CustomerNumber") or "").strip()
    found = ctx.book.by_invoice(number)
    if found is None or found[0].customer_number != customer:
        return json_response(404, {"errors": [{"id": number, "type": "/errors/validation-error", "message": "No Records Found"}]})  # fmt: skip
    order, sub = found
    with_serials = (req.q("includeSerialNumbers") or "").lower() == "true"
    due = (date.fromisoformat(sub.invoice_date) + timedelta(days=30)).isoformat()
    lines = []
    for ln in sub.lines:
        entry: dict[str, Any] = {
            "ingramLineNumber": ln.ingram_line_number,
            "customerLineNumber": ln.customer_line_number,
            "ingramPartNumber": ln.sku,
            "upc": ln.upc,
            "vendorPartNumber": ln.vpn,
            "vendorName": ln.vendor,
            "productDescription": ln.description,
            "unitWeight": float(ln.unit_weight),
            "quantity": ln.shipped or ln.quantity,
            "unitPrice": float(ln.unit_price),
            "unitOfMeasure": "EA",
            "currencyCode": order.currency,
            "extendedPrice": round(float(ln.unit_price) * (ln.shipped or ln.quantity), 2),
            "taxPercentage": 0,
            "taxRate": 0,
            "taxAmount": 0,
            "quantityOrdered": ln.quantity,
            "quantityShipped": ln.shipped,
        }
        if with_serials:
            entry["serialNumbers"] = [
                {"serialNumber": x} for s in ln.shipments for x in s.serial_numbers
            ]
        lines.append(entry)
    net = round(sum(x["extendedPrice"] for x in lines), 2)
    payload = {
        "invoiceNumber": sub.invoice_number,
        "invoiceStatus": "Open",
        "invoiceDate": sub.invoice_date,
        "invoiceType": "Invoice",
        "invoiceDueDate": due,
        "customerOrderNumber": order.customer_order_number,
        "endCustomerOrderNumber": order.end_customer_order_number,
        "orderNumber": sub.number,
        "orderDate": order.entry_timestamp[:10],
        "ingramOrderNumber": order.number,
        "customerNumber": order.customer_number,
        "customerCountryCode": order.country,
        "billToID": "000",
        "notes": order.notes,
        "paymentTermsInfo": {
            "paymentTermsCode": "30",
            "paymentTermsDescription": "NET 30 DAYS",
            "paymentTermsDueDate": due,
        },
        "shipToInfo": _address(order.ship_to),
        "lines": lines,
        "summary": {
            "lines": {
                "productLineCount": len(lines),
                "productLineTotalQuantity": sum(x["quantity"] for x in lines),
            },
            "totals": {
                "netInvoiceAmount": net,
                "discountAmount": 0,
                "totalTaxAmount": 0,
                "invoicedAmountDue": net,
                "freightAmount": 0,
            },
        },
    }
    return json_response(200, payload)
