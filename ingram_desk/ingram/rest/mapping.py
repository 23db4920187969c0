"""Lenient JSON → domain mapping for P&A, order create, order search (v5 and v6), details, invoices.

Every reader tolerates numbers/booleans as strings, objects where arrays belong and the
spelling variants listed in reference §13; unknown fields are ignored or kept in ``extra``.
"""

from __future__ import annotations

from typing import Any

from ingram_desk.domain.availability import PnaResult, WarehouseAvailability
from ingram_desk.domain.catalog_hit import CatalogHit
from ingram_desk.domain.errors import ResponseFormatError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.order_status import decode_hold_reason, decode_status
from ingram_desk.domain.placed_order import (
    CreatedOrder,
    CreateResult,
    InvoiceDetails,
    InvoiceLine,
    OrderDetails,
    OrderLine,
    OrderSummary,
    RejectedLine,
    Shipment,
    SubOrder,
    TrackingPackage,
)
from ingram_desk.domain.warehouses import find_warehouse
from ingram_desk.ingram.lenient import (
    as_bool,
    as_date,
    as_datetime,
    as_int,
    as_list,
    as_str,
    get,
    money,
)

__all__ = [
    "catalog_search",
    "create_result",
    "invoice_details",
    "order_details",
    "pna_results",
    "search_v5",
    "search_v6",
]

_PNA_KNOWN = {
    "index", "productstatuscode", "productstatusmessage", "ingrampartnumber", "vendorpartnumber",
    "upc", "description", "vendorname", "availability", "pricing", "acceptbackorder",
    "productclass",
}  # fmt: skip


def _warehouse(country: str, raw: dict[str, Any]) -> WarehouseAvailability:
    wid = as_str(get(raw, "warehouseId", "warehouseid"))
    location_text = as_str(get(raw, "location", "warehousedescription"))
    known = find_warehouse(country, wid)
    etas = [as_date(get(b, "etaDate", "etadate")) for b in as_list(get(raw, "backOrderInfo"))]
    etas.append(as_date(get(raw, "quantityBackorderedEta", "etadate")))
    eta = min((e for e in etas if e), default=None)
    return WarehouseAvailability(
        id=wid,
        name=known.name if known else (location_text.split(",")[0].strip() or wid),
        location=known.location if known else location_text,
        central=known.central if known else False,
        known=known is not None,
        available=as_int(get(raw, "quantityAvailable", "availablequantity")) or 0,
        backordered=as_int(get(raw, "quantityBackordered")) or 0,
        on_order=as_int(get(raw, "quantityOnOrder", "onorderquantity")),
        eta=eta,
    )


def pna_results(data: Any, queries: list[str], country: str) -> list[PnaResult]:
    """Map a v6 P&A answer (a bare array; tolerate ``{products:[...]}``) in request order."""
    if isinstance(data, dict):
        data = get(data, "products", "priceAndAvailability", default=[data])
    if not isinstance(data, list):
        raise ResponseFormatError(
            QT_TRANSLATE_NOOP("Errors", "Ingram's P&A answer was not a list of products")
        )
    items = [d for d in data if isinstance(d, dict)]
    by_index: dict[int, dict[str, Any]] = {}
    for pos, item in enumerate(items):
        idx = as_int(get(item, "index"))
        by_index[idx if idx is not None else pos] = item
    results = []
    for pos, query in enumerate(queries):
        item = by_index.get(pos)
        if item is None:
            item = _match(items, query) or {
                "productStatusCode": "E",
                "productStatusMessage": "No answer for this item",
            }
        results.append(_pna(item, query, country))
    return results


def _match(items: list[dict[str, Any]], query: str) -> dict[str, Any] | None:
    q = query.upper()
    for item in items:
        for key in ("ingramPartNumber", "vendorPartNumber", "upc", "customerPartNumber"):
            if as_str(get(item, key)).upper() == q:
                return item
    return None


def _pna(item: dict[str, Any], query: str, country: str) -> PnaResult:
    availability = get(item, "availability") or {}
    # The spec's own 207 example nests pricing inside availability (gotcha 17).
    pricing = get(item, "pricing") or get(availability, "pricing") or {}
    warehouses = tuple(
        _warehouse(country, w)
        for w in as_list(get(availability, "availabilityByWarehouse"))
        if isinstance(w, dict)
    )
    total = as_int(get(availability, "totalAvailability"))
    if total is None:
        total = sum(w.available for w in warehouses)
    return PnaResult(
        query=query,
        sku=as_str(get(item, "ingramPartNumber")) or None,
        vpn=as_str(get(item, "vendorPartNumber")) or None,
        upc=as_str(get(item, "upc")) or None,
        description=as_str(get(item, "description")),
        vendor_name=as_str(get(item, "vendorName")),
        customer_price=money(get(pricing, "customerPrice")),
        retail_price=money(get(pricing, "retailPrice")),
        currency=as_str(get(pricing, "currencyCode")) or None,
        available=bool(as_bool(get(availability, "available"))) or total > 0,
        total_available=total,
        warehouses=warehouses,
        status_code=as_str(get(item, "productStatusCode")) or None,
        status_message=as_str(get(item, "productStatusMessage")) or None,
        accept_backorder=as_bool(get(item, "acceptBackOrder")),
        product_class=as_str(get(item, "productClass")) or None,
        extra={k: v for k, v in item.items() if k.lower() not in _PNA_KNOWN},
    )


def create_result(status: int, data: Any, customer_po: str) -> CreateResult:
    if not isinstance(data, dict):
        raise ResponseFormatError(
            QT_TRANSLATE_NOOP("Errors", "Ingram's order-create answer was not an object"),
            status=status,
        )
    orders = []
    for o in as_list(get(data, "orders")):
        number = as_str(get(o, "ingramOrderNumber"))
        if not number:
            continue
        rejected = tuple(
            RejectedLine(
                as_str(get(r, "customerLinenumber", "customerLineNumber")),
                as_str(get(r, "ingramPartNumber")),
                as_int(get(r, "quantityOrdered")),
                as_str(get(r, "rejectCode")),
                as_str(get(r, "rejectReason")),
            )
            for r in as_list(get(o, "rejectedLineItems"))
        )
        orders.append(
            CreatedOrder(
                number,
                as_date(get(o, "ingramOrderDate")),
                as_str(get(o, "orderType")),
                money(get(o, "orderTotal")),
                as_str(get(o, "currencyCode")) or None,
                rejected,
            )
        )
    if not orders:
        raise ResponseFormatError(
            QT_TRANSLATE_NOOP("Errors", "Ingram's order-create answer named no order number"),
            status=status,
        )
    partial = status == 207 or bool(as_bool(get(data, "processedPartially")))
    po = as_str(get(data, "customerOrderNumber")) or customer_po
    return CreateResult(po, tuple(orders), partial, status)


def search_v6(data: Any) -> tuple[list[OrderSummary], int]:
    """v6 order search page → (rows, recordsFound). ``None`` (204) means no hits."""
    if data is None:
        return [], 0
    rows = []
    for o in as_list(get(data, "orders")):
        subs = tuple(
            SubOrder(
                as_str(get(s, "subOrderNumber")),
                None,
                as_str(get(s, "subOrderStatus")),
                total=money(get(s, "subOrderTotal")),
            )
            for s in as_list(get(o, "subOrders"))
            if isinstance(s, dict) and get(s, "subOrderNumber")
        )
        rows.append(
            OrderSummary(
                as_str(get(o, "ingramOrderNumber")),
                as_str(get(o, "customerOrderNumber")),
                as_datetime(get(o, "ingramOrderDate")),
                as_str(get(o, "orderStatus")),
                subs,
                money(get(o, "orderTotal")),
            )
        )
    return rows, as_int(get(data, "recordsFound")) or len(rows)


def search_v5(data: Any) -> tuple[list[OrderSummary], int]:
    """v5 OrderLookAPI page (either root/container spelling); FAILED/"No data found" → no hits."""
    root = get(data, "serviceresponse", "serviceResponse")
    if not isinstance(root, dict):
        raise ResponseFormatError(
            QT_TRANSLATE_NOOP("Errors", "Ingram's order search answer had no serviceresponse")
        )
    preamble = get(root, "responsepreamble") or {}
    body = get(root, "ordesearchresponse", "ordersearchresponse") or {}
    if as_str(get(preamble, "requeststatus", "responsestatus")).upper() == "FAILED":
        return [], 0
    rows = []
    for o in as_list(get(body, "orders")):
        subs = []
        for s in as_list(get(o, "suborders", "subOrders")):
            code = as_str(get(s, "statuscode"))
            hold_code = as_str(get(s, "holdreasoncode")) or None
            subs.append(
                SubOrder(
                    as_str(get(s, "subordernumber")),
                    code,
                    as_str(get(s, "status")) or decode_status(code).description,
                    hold_code,
                    decode_hold_reason(hold_code).description if hold_code else None,
                    as_str(get(s, "holdreason")) or None,
                )
            )
        first = subs[0] if subs else None
        rows.append(
            OrderSummary(
                as_str(get(o, "ordernumber")),
                as_str(get(o, "customerordernumber")),
                as_datetime(get(o, "entrytimestamp")),
                first.status if first else "",
                tuple(subs),
            )
        )
    return rows, as_int(get(body, "ordersfound")) or len(rows)


def _package(carrier: dict[str, Any], t: dict[str, Any]) -> TrackingPackage:
    return TrackingPackage(
        as_str(get(t, "trackingNumber")),
        as_str(get(carrier, "carrierCode")),
        as_str(get(carrier, "carrierName")),
        as_str(get(t, "trackingUrl")) or None,
        tuple(
            as_str(get(s, "serialNumber"))
            for s in as_list(get(t, "serialNumbers"))
            if get(s, "serialNumber")
        ),
    )


def _shipment(raw: dict[str, Any]) -> Shipment:
    packages: list[TrackingPackage] = []
    shipped = as_date(get(raw, "shippedDate"))
    for carrier in as_list(get(raw, "carrierDetails")):
        shipped = shipped or as_date(get(carrier, "shippedDate"))
        packages += [
            _package(carrier, t)
            for t in as_list(get(carrier, "trackingDetails"))
            if get(t, "trackingNumber")
        ]
    return Shipment(
        as_int(get(raw, "quantity")),
        as_str(get(raw, "shipFromWarehouseId")) or None,
        as_str(get(raw, "shipFromLocation")) or None,
        as_date(get(raw, "estimatedShipDate")),
        shipped,
        as_str(get(raw, "invoiceNumber")) or None,
        as_date(get(raw, "invoiceDate")),
        as_str(get(raw, "deliveryNumber")) or None,
        tuple(packages),
    )


def order_details(data: Any) -> OrderDetails:
    if not isinstance(data, dict) or not get(data, "ingramOrderNumber"):
        raise ResponseFormatError(
            QT_TRANSLATE_NOOP("Errors", "Ingram's order details answer had no order number")
        )
    lines = tuple(
        OrderLine(
            as_str(get(ln, "subOrderNumber")),
            as_str(get(ln, "ingramOrderLineNumber", "ingramLineNumber")),
            as_str(get(ln, "customerLineNumber")),
            as_str(get(ln, "lineStatus")),
            as_str(get(ln, "ingramPartNumber")),
            as_str(get(ln, "vendorPartNumber")),
            as_str(get(ln, "partDescription", "description")),
            money(get(ln, "unitPrice")),
            money(get(ln, "extendedPrice")),
            as_int(get(ln, "quantityOrdered")),
            as_int(get(ln, "quantityConfirmed")),
            as_int(get(ln, "quantityBackOrdered")),
            as_date(get(ln, "backOrderETADate", "promisedDeliveryDate")),
            tuple(_shipment(s) for s in as_list(get(ln, "shipmentDetails")) if isinstance(s, dict)),
        )
        for ln in as_list(get(data, "lines"))
        if isinstance(ln, dict)
    )
    return OrderDetails(
        as_str(get(data, "ingramOrderNumber")),
        as_str(get(data, "customerOrderNumber")),
        as_datetime(get(data, "ingramOrderDate")),
        as_str(get(data, "orderStatus")),
        money(get(data, "orderTotal")),
        as_str(get(data, "currencyCode")) or None,
        lines,
        extra={"miscellaneous_charges": as_list(get(data, "miscellaneousCharges"))},
    )


def invoice_details(data: Any) -> InvoiceDetails:
    if not isinstance(data, dict) or not get(data, "invoiceNumber"):
        raise ResponseFormatError(
            QT_TRANSLATE_NOOP("Errors", "Ingram's invoice answer had no invoice number")
        )
    totals = get(get(data, "summary") or {}, "totals") or {}
    return InvoiceDetails(
        as_str(get(data, "invoiceNumber")),
        as_str(get(data, "invoiceStatus")),
        as_date(get(data, "invoiceDate")),
        as_date(get(data, "invoiceDueDate")),
        as_str(get(data, "customerOrderNumber")),
        as_str(get(data, "ingramOrderNumber", "orderNumber")),
        as_str(get(get(data, "fxRateInfo") or {}, "invoiceCurrency", "currencyCode")) or None,
        money(get(totals, "invoicedAmountDue", "netInvoiceAmount")),
        tuple(
            InvoiceLine(
                as_str(get(ln, "ingramLineNumber")),
                as_str(get(ln, "ingramPartNumber")),
                as_str(get(ln, "productDescription")),
                as_int(get(ln, "quantity")),
                money(get(ln, "unitPrice")),
                money(get(ln, "extendedPrice")),
                tuple(as_str(get(s, "serialNumber")) for s in as_list(get(ln, "serialNumbers"))),
            )
            for ln in as_list(get(data, "lines"))
            if isinstance(ln, dict)
        ),
    )


def catalog_search(data: Any) -> tuple[list[CatalogHit], int]:
    """v6 product search page (booleans as "true"/"false"/""); ``None`` (404) means no hits."""
    if data is None:
        return [], 0
    hits = [
        CatalogHit(
            as_str(get(c, "ingramPartNumber")),
            as_str(get(c, "vendorPartNumber")),
            as_str(get(c, "upcCode", "upc")),
            as_str(get(c, "description")),
            as_str(get(c, "vendorName")),
            as_str(get(c, "category")),
            as_str(get(c, "subCategory")),
            as_bool(get(c, "discontinued")),
            as_bool(get(c, "authorizedToPurchase")),
            as_str(get(c, "replacementSku")),
        )
        for c in as_list(get(data, "catalog"))
        if isinstance(c, dict)
    ]
    return hits, as_int(get(data, "recordsFound")) or len(hits)
