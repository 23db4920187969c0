"""IM-XML 2.0 requests built with lxml, and answers read into the domain objects REST gives.

Element names, order and cardinalities follow reference ingram-xml.md §2–§7 (PNARequest,
OrderRequest 2.0/2.5, OrderStatusRequest, OrderDetailRequest, OrderTrackingRequest). An order
request is derived deterministically from the journal's frozen v6 body, so a resend after a
lost answer carries the same PO, lines and prices.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from lxml import etree

from ingram_desk.domain.availability import PnaResult, WarehouseAvailability
from ingram_desk.domain.errors import ResponseFormatError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.placed_order import (
    CreatedOrder,
    CreateResult,
    OrderDetails,
    OrderLine,
    OrderSummary,
    RejectedLine,
    Shipment,
    SubOrder,
    TrackingPackage,
)
from ingram_desk.domain.warehouses import CURRENCY_BY_COUNTRY, find_warehouse, warehouses_for
from ingram_desk.ingram.xml.errors import error_from_status
from ingram_desk.ingram.xml.tree import add, all_of, attr, first, num, text, when, xml_int

__all__ = [
    "Credentials",
    "branch_order_number",
    "display_order_number",
    "local_branches",
    "order_detail_request",
    "order_request",
    "order_status_request",
    "order_tracking_request",
    "pna_request",
    "raise_for_status",
    "read_create",
    "read_detail",
    "read_pna",
    "read_status",
    "read_tracking",
]


#: the classic order status texts (guide §6, compared case-insensitively) → seed 004 codes, so
#: the Orders grid decodes an IM-XML status into the same badge as a REST one
CLASSIC_STATUS_CODES = {
    "OPEN": "", "OPEN ORDER": "", "ORDER NOT PRINTED": "W", "ORDER PRINTED": "R",
    "RELEASED": "R", "PICKED": "1", "INSPECTED": "2", "PACKED": "3", "SHIPPED": "4",
    "INVOICED": "F", "BILLED": "I", "PAID": "I", "FORCED BILLED": "I", "BILL FOR HISTORY": "U",
    "BILLING ERROR": "E", "SHIPPED WITH BILLING ERROR": "E", "CUSTOMER HOLD": "O",
    "SALES HOLD": "S", "CREDIT HOLD": "C", "TAG HOLD": "H", "TRANSFERRED": "T", "VOIDED": "V",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Credentials:
    """The ``TransactionHeader`` fields (login/password from the keyring, never logged)."""

    sender_id: str
    receiver_id: str
    country_code: str
    login: str
    password: str = ""

    def __repr__(self) -> str:
        return f"Credentials(login={self.login!r}, country_code={self.country_code!r})"


def _root(
    name: str, creds: Credentials, transaction_id: str, version: str = "2.0"
) -> etree._Element:
    root = etree.Element(name)
    add(root, "Version", version)
    h = add(root, "TransactionHeader")
    add(h, "SenderID", creds.sender_id[:18])
    add(h, "ReceiverID", creds.receiver_id[:18])
    add(h, "CountryCode", creds.country_code[:2])
    add(h, "LoginID", creds.login)
    add(h, "Password", creds.password)
    if transaction_id:
        add(h, "TransactionID", transaction_id[:18])
    return root


# ---- order numbers ---------------------------------------------------------------------------
def branch_order_number(order_number: str) -> str:
    """``20-RF1AB`` (as shown everywhere) → ``20RF1AB`` (IM-XML's 7-character BranchOrderNumber);
    a sub-order's ``-11`` suffix is dropped."""
    parts = order_number.strip().upper().split("-")
    if len(parts) >= 2 and len(parts[0]) == 2:
        return parts[0] + parts[1]
    return parts[0]


def display_order_number(branch_order: str) -> str:
    """The guide's ``40-48043`` form of a 7-character BranchOrderNumber (branch – order)."""
    b = branch_order.strip().upper()
    return f"{b[:2]}-{b[2:]}" if len(b) == 7 and "-" not in b else b


# ---- requests --------------------------------------------------------------------------------
def pna_request(
    creds: Credentials, products: list[dict[str, str]], transaction_id: str = ""
) -> etree._Element:
    """``PNARequest``: one ``PNAInformation`` per product (SKU, VPN or UPC), ShowDetail 2."""
    root = _root("PNARequest", creds, transaction_id)
    key = {"ingramPartNumber": "SKU", "vendorPartNumber": "ManufacturerPartNumber", "upc": "UPC"}
    for product in products:
        ((name, value),) = product.items()
        add(root, "PNAInformation", **{key[name]: value, "Quantity": "1"})
    add(root, "ShowDetail", "2")
    return root


def _cut(value: Any, size: int) -> str:
    return str(value or "").strip()[:size]


def order_request(
    creds: Credentials,
    frozen_body: bytes,
    *,
    transaction_id: str = "",
    ship_from_branches: str = "",
    asynchronous: bool = False,
) -> etree._Element:
    """``OrderRequest`` (2.0, or 2.5 asynchronous) from the journal's frozen v6 order body."""
    body = json.loads(frozen_body)
    root = _root("OrderRequest", creds, transaction_id, "2.5" if asynchronous else "2.0")
    head = add(root, "OrderHeaderInformation")
    addressing = add(head, "AddressingInformation")
    add(addressing, "CustomerPO", _cut(body.get("customerOrderNumber"), 18))
    ship_to = body.get("shipToInfo") or {}
    add(addressing, "ShipToAttention", _cut(ship_to.get("contact") or "PURCHASING", 35))
    if body.get("endCustomerOrderNumber"):
        add(addressing, "EndUserPO", _cut(body["endCustomerOrderNumber"], 18))
    if ship_to.get("addressId"):
        add(add(addressing, "ShipTo"), "Suffix").append(_leaf("ShipToSuffix", _cut(ship_to["addressId"], 3)))  # fmt: skip
    elif ship_to.get("addressLine1"):
        address = add(add(addressing, "ShipTo"), "Address")
        add(
            address,
            "ShipToAddress1",
            _cut(ship_to.get("companyName") or ship_to["addressLine1"], 35),
        )
        for n, key in ((2, "addressLine1"), (3, "addressLine2")):
            if ship_to.get("companyName") and ship_to.get(key):
                add(address, f"ShipToAddress{n}", _cut(ship_to[key], 35))
        add(address, "ShipToCity", _cut(ship_to.get("city"), 21))
        if ship_to.get("state"):
            add(address, "ShipToProvince", _cut(ship_to["state"], 2))
        add(address, "ShipToPostalCode", _cut(ship_to.get("postalCode"), 9))
        if ship_to.get("countryCode"):
            add(address, "ShipToCountryCode", _cut(ship_to["countryCode"], 2))
        if ship_to.get("email"):
            add(address, "ShipToEmailAddress", _cut(ship_to["email"], 80))
    options = add(head, "ProcessingOptions")
    shipment = body.get("shipmentDetails") or {}
    if shipment.get("carrierCode"):
        # never cut: a shortened code would choose another carrier; Ingram refuses a bad one
        add(options, "CarrierCode", str(shipment["carrierCode"]).strip())
    attrs = {
        str(a.get("attributeName", "")).lower(): str(a.get("attributeValue", ""))
        for a in body.get("additionalAttributes") or []
        if isinstance(a, dict)
    }
    hold = attrs.get("alloworderoncustomerhold", "").lower() == "true"
    add(options, "AutoRelease", "H" if hold else "1")
    add(options, "KillOrderAfterLineError", "N")
    so = add(options, "ShipmentOptions")
    add(so, "BackOrderFlag", "N" if body.get("acceptBackOrder") is False else "Y")
    add(so, "SplitShipmentFlag", "N" if shipment.get("shipComplete") else "Y")
    add(so, "SplitLine", "N")
    add(so, "ShipFromBranches", ship_from_branches[:20] or "00")
    if shipment.get("requestedDeliveryDate"):
        add(so, "DeliveryDate", _cut(shipment["requestedDeliveryDate"], 10))
    if body.get("notes"):
        add(add(head, "DynamicMessage"), "MessageLines", _cut(body["notes"], 175))
    lines = add(root, "OrderLineInformation")
    for i, line in enumerate(body.get("lines") or [], 1):
        pl = add(lines, "ProductLine")
        add(pl, "SKU", str(line.get("ingramPartNumber") or "").strip())  # never cut a SKU
        add(pl, "Quantity", int(line.get("quantity") or 0))
        if line.get("specialBidNumber"):
            bid = add(pl, "SpecialBid")
            add(bid, "SpecialBidNumber", _cut(line["specialBidNumber"], 35))
        add(pl, "CustomerLineNumber", f"{int(line.get('customerLineNumber') or i):03d}"[:3])
        if line.get("unitPrice") is not None:
            add(pl, "RequestedPrice", f"{float(line['unitPrice']):.2f}")
    add(root, "ShowDetail", "2")
    return root


def _leaf(tag: str, value: str) -> etree._Element:
    el = etree.Element(tag)
    el.text = value
    return el


def order_status_request(
    creds: Credentials, customer_po: str, transaction_id: str = ""
) -> etree._Element:
    root = _root("OrderStatusRequest", creds, transaction_id)
    add(add(root, "OrderHeaderInfo"), "CustomerPO", _cut(customer_po, 18))
    return root


def order_detail_request(
    creds: Credentials, order_number: str, customer_po: str, transaction_id: str = ""
) -> etree._Element:
    root = _root("OrderDetailRequest", creds, transaction_id)
    head = add(root, "OrderHeaderInfo")
    add(head, "BranchOrderNumber", branch_order_number(order_number))
    add(head, "CustomerPO", _cut(customer_po, 18))
    add(root, "ShowDetail", "2")
    return root


def order_tracking_request(
    creds: Credentials, order_number: str, customer_po: str, transaction_id: str = ""
) -> etree._Element:
    root = _root("OrderTrackingRequest", creds, transaction_id)
    head = add(root, "TrackingRequestHeader")
    add(head, "BranchOrderNumber", branch_order_number(order_number))
    add(head, "CustomerPO", _cut(customer_po, 18))
    add(root, "ShowDetail", "2")
    return root


# ---- answers ---------------------------------------------------------------------------------
def raise_for_status(root: etree._Element, correlation_id: str | None = None) -> None:
    """Raise the typed error for a non-empty ``TransactionHeader/ErrorStatus``."""
    status = first(root, "TransactionHeader", "ErrorStatus")
    if status is None:
        return
    number, message = attr(status, "ErrorNumber"), text(status)
    if number or message:
        raise error_from_status(number, message, correlation_id)


def _expect(root: etree._Element, name: str) -> None:
    if etree.QName(root).localname != name:
        raise ResponseFormatError(
            QT_TRANSLATE_NOOP("Errors", "Ingram answered with {got} where {name} was expected"),
            values={"got": repr(etree.QName(root).localname), "name": name},
        )


def read_pna(root: etree._Element, queries: list[str], country: str) -> list[PnaResult]:
    """``PNAResponse`` → one ``PnaResult`` per query, in order (positional, else by SKU/VPN)."""
    _expect(root, "PNAResponse")
    raise_for_status(root)
    items = all_of(root, "PriceAndAvailability")
    currency = CURRENCY_BY_COUNTRY.get(country.upper())
    out = []
    for pos, query in enumerate(queries):
        item = items[pos] if pos < len(items) else _match(items, query)
        out.append(_pna(item, query, country, currency))
    return out


def _match(items: list[etree._Element], query: str) -> etree._Element | None:
    q = query.split(":", 1)[-1].strip().upper()
    for item in items:
        if q in (
            attr(item, "SKU").upper(),
            text(item, "ManufacturerPartNumber").upper(),
            text(item, "UPC"),
        ):
            return item
    return None


def _pna(item: etree._Element | None, query: str, country: str, currency: str | None) -> PnaResult:
    if item is None:
        return PnaResult(query, None, None, None, "", "", None, None, None, False, 0,
                         status_code="E", status_message="No answer for this item")  # fmt: skip
    sku_status = text(item, "SKUStatus")
    branches = all_of(item, "Branch")
    warehouses = tuple(_branch(b, country) for b in branches)
    total = sum(w.available for w in warehouses)
    status_code, message = None, None
    if sku_status:
        status_code, message = "E", sku_status
    elif not branches:
        status_code, message = "E", "Ingram lists no warehouse for this SKU (no longer exists)"
    return PnaResult(
        query=query,
        sku=attr(item, "SKU") or None,
        vpn=text(item, "ManufacturerPartNumber") or attr(item, "ManufacturerPartNumber") or None,
        upc=text(item, "UPC") or None,
        description=text(item, "Description"),
        vendor_name=text(item, "VendorName") or text(item, "VendorNumber"),
        customer_price=num(text(item, "Price")),
        retail_price=None,
        currency=currency if text(item, "Price") else None,
        available=total > 0,
        total_available=total,
        warehouses=warehouses,
        status_code=status_code,
        status_message=message,
        extra={"special_price": text(item, "SpecialPriceFlag") == "Y"},
    )


def _branch(b: etree._Element, country: str) -> WarehouseAvailability:
    wid = attr(b, "ID")
    name = attr(b, "Name")
    known = find_warehouse(country, wid)
    return WarehouseAvailability(
        id=wid,
        name=known.name if known else (name.split(",")[0].strip() or wid),
        location=known.location if known else name,
        central=known.central if known else False,
        known=known is not None,
        available=max(0, xml_int(text(b, "Availability")) or 0),
        backordered=0,
        on_order=xml_int(text(b, "OnOrder")),
        eta=when(text(b, "ETADate")),
    )


def read_create(root: etree._Element, customer_po: str) -> CreateResult | None:
    """``OrderResponse`` → ``CreateResult``; ``OrderAcknowledgement`` (2.5) → None (accepted,
    not yet numbered). Raises the typed error for ``ErrorStatus``."""
    name = etree.QName(root).localname
    if name not in ("OrderResponse", "OrderAcknowledgement"):
        _expect(root, "OrderResponse")
    raise_for_status(root)
    if name == "OrderAcknowledgement":
        info = first(root, "OrderInformation")
        if info is None:  # the guide's sample names it OrderInfo
            info = first(root, "OrderInfo")
        if info is None or not text(info, "CustomerPO"):
            raise ResponseFormatError(
                QT_TRANSLATE_NOOP("Errors", "Ingram's order acknowledgement named no PO")
            )
        return None
    numbers = all_of(first(root, "OrderInfo"), "OrderNumbers")
    orders = []
    for block in numbers:
        number = text(block, "BranchOrderNumber")
        if not number:
            continue
        rejected = []
        total = 0.0
        for suffix in all_of(block, "OrderSuffix"):
            for pl in all_of(first(suffix, "LineInformation"), "ProductLine"):
                error = text(pl, "LineError")
                qty = xml_int(text(pl, "OrderQuantity"))
                if error:
                    rejected.append(RejectedLine(
                        str(xml_int(text(pl, "CustomerLineNumber")) or text(pl, "CustomerLineNumber")),
                        text(pl, "SKU"), qty, "E", error,
                    ))  # fmt: skip
                else:
                    total += float(num(text(pl, "UnitPrice")) or 0) * (qty or 0)
        orders.append(CreatedOrder(
            display_order_number(number), None, "", num(f"{total:.2f}"), None, tuple(rejected)
        ))  # fmt: skip
    if not orders:
        raise ResponseFormatError(
            QT_TRANSLATE_NOOP("Errors", "Ingram's XML order answer named no order number")
        )
    partial = any(o.rejected_lines for o in orders)
    po = text(first(numbers[0], "CustomerPO")) or customer_po
    return CreateResult(po, tuple(orders), partial, 207 if partial else 201)


def read_status(root: etree._Element) -> list[OrderSummary]:
    """``OrderStatusResponse`` → one row per Ingram order behind the PO (20086 → no rows)."""
    _expect(root, "OrderStatusResponse")
    status = first(root, "TransactionHeader", "ErrorStatus")
    if attr(status, "ErrorNumber") == "20086":
        return []
    raise_for_status(root)
    rows = []
    for po_el in all_of(first(root, "OrderStatusInformation"), "CustomerPO"):
        po = attr(po_el, "Number")
        for info in all_of(po_el, "OrderInfo"):
            number = display_order_number(text(info, "BranchOrderNumber"))
            subs = tuple(
                SubOrder(
                    f"{number}-{attr(s, 'ID')}",
                    CLASSIC_STATUS_CODES.get(text(s, "OrderStatus").upper()),
                    text(s, "OrderStatus"),
                    total=num(text(s, "TotalSales")),
                )
                for s in all_of(info, "OrderSuffix")
            )
            totals = [s.total for s in subs if s.total is not None]
            rows.append(OrderSummary(
                number, po, when(text(info, "OrderEntryDate")),
                subs[0].status if subs else "", subs, sum(totals) if totals else None,
            ))  # fmt: skip
    return rows


def read_tracking(
    root: etree._Element,
) -> dict[tuple[str, str], list[tuple[str, int, TrackingPackage, date | None]]]:
    """``OrderTrackingResponse`` → {(suffix, Ingram line): [(suffix, quantity, package, ship date)]}."""
    _expect(root, "OrderTrackingResponse")
    status = first(root, "TransactionHeader", "ErrorStatus")
    if attr(status, "ErrorNumber") == "20086":
        return {}
    raise_for_status(root)
    out: dict[tuple[str, str], list[tuple[str, int, TrackingPackage, date | None]]] = {}
    for order in all_of(root, "Order"):
        for suffix in all_of(order, "Suffix"):
            sid = attr(suffix, "SuffixNumber")
            carrier = first(suffix, "Carrier")
            for pkg in all_of(suffix, "Package"):
                shipped = when(text(pkg, "ShipDate"))
                for detail in all_of(first(pkg, "Contents"), "ContentDetail"):
                    package = TrackingPackage(
                        attr(pkg, "ID"), attr(carrier, "Code"), text(carrier),
                        text(pkg, "TrackingURL") or None,
                    )  # fmt: skip
                    key = (sid, text(detail, "IngramLineNumber"))
                    out.setdefault(key, []).append(
                        (sid, xml_int(text(detail, "Quantity")) or 0, package, shipped)
                    )
    return out


def read_detail(
    root: etree._Element,
    tracking: dict[tuple[str, str], list[tuple[str, int, TrackingPackage, date | None]]],
    country: str,
) -> OrderDetails:
    """``OrderDetailResponse`` (+ the tracking answer) → ``OrderDetails`` with shipments/serials."""
    _expect(root, "OrderDetailResponse")
    raise_for_status(root)
    info = first(root, "OrderInformation")
    if info is None or not text(info, "BranchOrderNumber"):
        raise ResponseFormatError(
            QT_TRANSLATE_NOOP("Errors", "Ingram's XML order detail named no order number")
        )
    number = display_order_number(text(info, "BranchOrderNumber"))
    lines = []
    statuses = []
    for suffix in all_of(info, "OrderSuffix"):
        sid = attr(suffix, "ID")
        status = text(suffix, "OrderStatus")
        statuses.append(status)
        branch = first(suffix, "ShipFromBranch")
        wid = attr(branch, "Number")
        known = find_warehouse(country, wid)
        for pl in all_of(first(suffix, "OrderLineDetail"), "ProductLine"):
            line_no = text(pl, "IngramLineNumber")
            serials = tuple(
                s.removeprefix("SER#:").strip()
                for s in (text(x) for x in all_of(first(pl, "SkuSerialNumber"), "SerialNumber"))
                if s
            )
            shipments = []
            for _sid, qty, package, shipped in tracking.get((sid, line_no), []):
                shipments.append(Shipment(
                    qty, wid or None, known.location if known else text(branch) or None,
                    None, shipped, None, None, None,
                    (TrackingPackage(package.tracking_number, package.carrier_code,
                                     package.carrier_name, package.url, serials),),
                ))  # fmt: skip
                serials = ()  # serials go with the line's first package
            shipped_qty = xml_int(text(pl, "ShipQuantity")) or 0
            if not shipments and shipped_qty:
                shipments.append(Shipment(
                    shipped_qty, wid or None, known.location if known else None, None,
                    when(text(suffix, "OrderShipDate")), None, None, None,
                ))  # fmt: skip
            backordered = xml_int(text(pl, "BackOrderQuantity"))
            lines.append(OrderLine(
                f"{number}-{sid}", line_no,
                str(xml_int(text(pl, "CustomerLineNumber")) or text(pl, "CustomerLineNumber")),
                status, text(pl, "SKU"), text(pl, "ManufacturerPartNumber"),
                text(pl, "SKUDescription"), num(text(pl, "UnitPrice")),
                num(text(pl, "LineSalesTotal")), xml_int(text(pl, "OrderQuantity")),
                (xml_int(text(pl, "OrderQuantity")) or 0) - (backordered or 0),
                backordered, when(text(pl, "BackOrderETADate")), tuple(shipments),
            ))  # fmt: skip
    totals = first(info, "OrderTotals")
    currency = text(totals, "CurrencyCode") or CURRENCY_BY_COUNTRY.get(country.upper())
    return OrderDetails(
        number,
        text(info, "CustomerPO"),
        when(text(info, "OrderEntryDate")),
        statuses[0] if len(set(statuses)) == 1 else ", ".join(dict.fromkeys(statuses)),
        num(text(totals, "SalesTotal")),
        currency,
        tuple(lines),
    )


def local_branches(country: str) -> str:
    """Default ShipFromBranches: the country's local warehouse ids (seed 004), comma-separated."""
    table = warehouses_for(country)
    if table is None:
        return ""
    return ",".join(w.id for w in table.local)[:20]
