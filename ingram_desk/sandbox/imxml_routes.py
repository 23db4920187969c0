"""The sandbox's IM-XML 2.0 endpoint (``POST /imxml``) and its SOAP 1.1 twin (``POST /soap``).

Same products and orders as the REST side: P&A and order create run the REST route handlers and
answer their results as IM-XML; status, detail and tracking read the same order book, so an
order placed by XML shows in the REST search and the other way round. The ``LoginID``/
``Password`` are the sandbox's OAuth client id/secret and stand for its demo customer; the
country is the header's ``CountryCode``. Classic error numbers: 20007 bad login, 20002 not
authorised, 20086 order not found; per-item ``SKUStatus`` in P&A. The sandbox parses with its
own locked-down lxml parser (it never imports client code).
"""

from __future__ import annotations

import json
import re
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from typing import Any

from lxml import etree

from ingram_desk.domain.warehouses import warehouses_for
from ingram_desk.sandbox import catalog_routes, order_routes
from ingram_desk.sandbox.catalog_routes import Context
from ingram_desk.sandbox.orders import Order, SubOrder
from ingram_desk.sandbox.search_routes import _visible
from ingram_desk.sandbox.wire import Request, Response

__all__ = ["SOAP11_NS", "XmlAccount", "message_name", "serve_imxml"]

SOAP11_NS = "http://schemas.xmlsoap.org/soap/envelope/"
MAX_REQUEST = 1_000_000
BAD_LOGIN, NOT_AUTHORISED, ORDER_NOT_FOUND = "20007", "20002", "20086"
_MESSAGES = {
    "PNARequest": "PNAResponse",
    "OrderRequest": "OrderResponse",
    "OrderStatusRequest": "OrderStatusResponse",
    "OrderDetailRequest": "OrderDetailResponse",
    "OrderTrackingRequest": "OrderTrackingResponse",
}
#: v6 sub-order states in the classic status vocabulary (guide §6, upper case as in samples)
_CLASSIC = {
    "Processing": "OPEN",
    "Backordered": "OPEN",
    "On Hold": "CUSTOMER HOLD",
    "Shipped": "SHIPPED",
    "Delivered": "INVOICED",
    "Canceled": "VOIDED",
}


@dataclass
class XmlAccount:
    """Who may log in, and which messages are refused with 20002 (a test switch)."""

    login: str
    password: str
    customer_number: str
    refused: set[str] = field(default_factory=set)


class _Refused(Exception):
    def __init__(self, number: str, text: str) -> None:
        super().__init__(text)
        self.number, self.text = number, text


_FIRST_MESSAGE = re.compile(rb"<(?:[\w.-]+:)?(\w+(?:Request|Response))\b")


def message_name(body: bytes) -> str:
    """The IM-XML message a request carries (for the receive log), without parsing it."""
    found = _FIRST_MESSAGE.search(body[:4096])
    return found.group(1).decode() if found else ""


def _parse(body: bytes) -> etree._Element:
    """Locked down like the app's parser: no entities, DTDs, network; size capped first."""
    if len(body) > MAX_REQUEST:
        raise ValueError("request too large")
    if b"<!DOCTYPE" in body[:4096].upper():
        raise ValueError("DOCTYPE not allowed")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        remove_pis=True, remove_comments=True,
    )  # fmt: skip
    return etree.fromstring(body, parser)


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname


def _find(el: etree._Element | None, *path: str) -> etree._Element | None:
    for name in path:
        if el is None:
            return None
        el = el.find(f"{{*}}{name}")
    return el


def _text(el: etree._Element | None, *path: str) -> str:
    node = _find(el, *path) if path else el
    return "" if node is None else "".join(node.itertext()).strip()


def _add(parent: etree._Element, tag: str, value: object = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tag, {k: str(v) for k, v in attrs.items()})
    if value is not None:
        el.text = str(value)
    return el


def _money(value: Any) -> str:
    return f"{float(value or 0):.2f}"


def _branch_order(number: str) -> str:
    """``20-RF1AB`` → the 7-character BranchOrderNumber ``20RF1AB``."""
    return number.replace("-", "")[:7]


def _suffix(sub: SubOrder) -> str:
    return sub.number.rsplit("-", 1)[-1]


def _response(
    name: str, request: etree._Element, error: _Refused | None, now: datetime
) -> etree._Element:
    root = etree.Element(name)
    _add(root, "Version", _text(request, "Version") or "2.0")
    h = _add(root, "TransactionHeader")
    _add(h, "SenderID", _text(request, "TransactionHeader", "ReceiverID") or "INGRAM")
    _add(h, "ReceiverID", _text(request, "TransactionHeader", "SenderID"))
    _add(h, "ErrorStatus", error.text if error else "", ErrorNumber=error.number if error else "")
    _add(h, "DocumentID", "{" + str(uuid.uuid4()).upper() + "}")
    tid = _text(request, "TransactionHeader", "TransactionID")
    if tid:
        _add(h, "TransactionID", tid)
    _add(h, "TimeStamp", now.strftime("%Y-%m-%dT%H:%M:%S"))
    return root


def _xml(root: etree._Element, soap: bool, status: int = 200) -> Response:
    if soap:
        env = etree.Element(f"{{{SOAP11_NS}}}Envelope", nsmap={"soap": SOAP11_NS})
        etree.SubElement(env, f"{{{SOAP11_NS}}}Body").append(root)
        root = env
    body = etree.tostring(root, xml_declaration=True, encoding="ISO-8859-1")
    return Response(status, body, "text/xml; charset=ISO-8859-1")


def _fault(code: str, text: str) -> Response:
    env = etree.Element(f"{{{SOAP11_NS}}}Envelope", nsmap={"soap": SOAP11_NS})
    fault = etree.SubElement(etree.SubElement(env, f"{{{SOAP11_NS}}}Body"), f"{{{SOAP11_NS}}}Fault")
    _add(fault, "faultcode", f"soap:{code}")
    _add(fault, "faultstring", text)
    body = etree.tostring(env, xml_declaration=True, encoding="UTF-8")
    return Response(500, body, "text/xml; charset=utf-8")


def serve_imxml(ctx: Context, req: Request, account: XmlAccount, *, soap: bool) -> Response:
    """Answer one IM-XML (or SOAP-wrapped) request."""
    try:
        root = _parse(req.body)
    except (ValueError, etree.XMLSyntaxError) as exc:
        if soap:
            return _fault("Client", f"Malformed request: {str(exc)[:80]}")
        return Response(400, b"Malformed XML request", "text/plain")
    if soap:
        if _local(root) != "Envelope" or etree.QName(root).namespace != SOAP11_NS:
            return _fault("Client", "Not a SOAP 1.1 envelope")
        body = _find(root, "Body")
        children = [c for c in body if isinstance(c.tag, str)] if body is not None else []
        if not children:
            return _fault("Client", "Empty SOAP body")
        root = children[0]
    name = _local(root)
    if name not in _MESSAGES:
        if soap:
            return _fault("Client", f"Unknown message {name}")
        return Response(400, f"Unknown message {name}".encode(), "text/plain")
    now = ctx.now()
    try:
        country = _login(root, account)
        if name in account.refused:
            raise _Refused(NOT_AUTHORISED, "Customer is not allowed to execute current transaction")
        inner = _inner_request(req, account, country)
        out = _HANDLERS[name](ctx, root, inner, _response(_MESSAGES[name], root, None, now))
    except _Refused as exc:
        out = _response(_MESSAGES[name], root, exc, now)
    return _xml(out, soap)


def _login(root: etree._Element, account: XmlAccount) -> str:
    h = _find(root, "TransactionHeader")
    login, password = _text(h, "LoginID"), _text(h, "Password")
    country = _text(h, "CountryCode").upper()
    ok = secrets.compare_digest(login.encode(), account.login.encode()) and secrets.compare_digest(
        password.encode(), account.password.encode()
    )
    if not ok or len(country) != 2 or not country.isalpha():
        raise _Refused(BAD_LOGIN, "LoginID, or Password or CountryCode is incorrect")
    return "UK" if country == "GB" else country


def _inner_request(req: Request, account: XmlAccount, country: str, body: Any = None) -> Request:
    headers = Message()
    headers["IM-CustomerNumber"] = account.customer_number
    headers["IM-CountryCode"] = country
    headers["IM-CorrelationID"] = req.header("IM-CorrelationID") or uuid.uuid4().hex
    data = b"" if body is None else json.dumps(body).encode()
    return Request("POST", req.path, req.raw_path, {}, headers, data, account.login)


def _with_body(inner: Request, body: Any, query: dict[str, list[str]] | None = None) -> Request:
    return Request(inner.method, inner.path, inner.raw_path, query or {}, inner.headers,
                   json.dumps(body).encode(), inner.client_id)  # fmt: skip


# ---- P&A ---------------------------------------------------------------------------------------
def _pna(ctx: Context, root: etree._Element, inner: Request, out: etree._Element) -> etree._Element:
    items = [i for i in root.iterfind("{*}PNAInformation")]
    if not items:
        raise _Refused("20001", "At least one PNAInformation is required")
    products = []
    for item in items:
        for attr, key in (("SKU", "ingramPartNumber"), ("ManufacturerPartNumber", "vendorPartNumber"), ("UPC", "upc")):  # fmt: skip
            if (item.get(attr) or "").strip():
                products.append({key: item.get(attr).strip()})
                break
        else:
            products.append({"ingramPartNumber": ""})
    query = {"includeavailability": ["true"], "includepricing": ["true"]}
    answer = json.loads(catalog_routes.price_and_availability(ctx, _with_body(inner, {"products": products}, query)).body)  # fmt: skip
    table = warehouses_for(inner.header("IM-CountryCode") or "")
    for item, entry in zip(items, answer, strict=False):
        pa = _add(out, "PriceAndAvailability", **{k: v for k, v in item.attrib.items() if k in ("SKU", "Quantity", "ManufacturerPartNumber", "UPC")})  # fmt: skip
        if entry.get("productStatusCode") == "E":
            _add(pa, "SKUStatus", "ERROR: SKU not found")
            continue
        pa.set("SKU", entry["ingramPartNumber"])
        pricing = entry.get("pricing") or {}
        _add(pa, "Price", _money(pricing.get("customerPrice")))
        _add(pa, "SpecialPriceFlag", "Y" if pricing.get("webDiscountsAvailable") else "")
        _add(pa, "ManufacturerPartNumber", entry.get("vendorPartNumber", ""))
        _add(pa, "ManufacturerPartNumberOccurs", "1")
        _add(pa, "VendorNumber", entry.get("vendorNumber", ""))
        _add(pa, "Description", str(entry.get("description", ""))[:100])
        _add(pa, "ReserveInventoryFlag", "N")
        _add(pa, "AvailableRebQty", "0")
        for w in (entry.get("availability") or {}).get("availabilityByWarehouse", []):
            known = next(
                (x for x in (table.all if table else ()) if x.id == w["warehouseId"]), None
            )
            b = _add(pa, "Branch", Name=known.name if known else w["location"], ID=w["warehouseId"])
            _add(b, "Availability", w.get("quantityAvailable", 0))
            on_order = sum(int(x.get("quantity", 0)) for x in w.get("backOrderInfo", []))
            _add(b, "OnOrder", on_order)
            _add(b, "ETADate", w.get("quantityBackorderedEta", ""))
        _add(pa, "UPC", entry.get("upc", ""))
        _add(pa, "CustomerPartNumber", "")
    return out


# ---- order create ------------------------------------------------------------------------------
def _order_body(root: etree._Element) -> dict[str, Any]:
    head = _find(root, "OrderHeaderInformation")
    addressing = _find(head, "AddressingInformation")
    options = _find(head, "ProcessingOptions")
    shipment_opts = _find(options, "ShipmentOptions")
    body: dict[str, Any] = {"customerOrderNumber": _text(addressing, "CustomerPO")}
    if _text(addressing, "EndUserPO"):
        body["endCustomerOrderNumber"] = _text(addressing, "EndUserPO")
    if _text(head, "DynamicMessage", "MessageLines"):
        body["notes"] = _text(head, "DynamicMessage", "MessageLines")
    body["acceptBackOrder"] = _text(shipment_opts, "BackOrderFlag").upper() != "N"
    address = _find(addressing, "ShipTo", "Address")
    if address is not None:
        body["shipToInfo"] = {k: v for k, v in {
            "contact": _text(addressing, "ShipToAttention"),
            "companyName": _text(address, "ShipToAddress1"),
            "addressLine1": _text(address, "ShipToAddress2") or _text(address, "ShipToAddress1"),
            "addressLine2": _text(address, "ShipToAddress3"),
            "city": _text(address, "ShipToCity"),
            "state": _text(address, "ShipToProvince"),
            "postalCode": _text(address, "ShipToPostalCode"),
            "countryCode": _text(address, "ShipToCountryCode"),
        }.items() if v}  # fmt: skip
    shipment: dict[str, Any] = {}
    if _text(options, "CarrierCode"):
        shipment["carrierCode"] = _text(options, "CarrierCode")
    if _text(shipment_opts, "SplitShipmentFlag").upper() == "N":
        shipment["shipComplete"] = "C"
    if shipment:
        body["shipmentDetails"] = shipment
    if _text(options, "AutoRelease").upper() == "H":
        body["additionalAttributes"] = [
            {"attributeName": "allowOrderOnCustomerHold", "attributeValue": "true"}
        ]
    lines = []
    for i, pl in enumerate(_find(root, "OrderLineInformation").iterfind("{*}ProductLine"), 1):
        cln = _text(pl, "CustomerLineNumber").lstrip("0") or str(i)
        qty = _text(pl, "Quantity")
        line: dict[str, Any] = {
            "customerLineNumber": cln,
            "ingramPartNumber": _text(pl, "SKU"),
            "quantity": int(qty) if qty.isdigit() else qty,
        }
        if _text(pl, "RequestedPrice"):
            line["unitPrice"] = float(_text(pl, "RequestedPrice"))
        lines.append(line)
    body["lines"] = lines
    return body


def _order(
    ctx: Context, root: etree._Element, inner: Request, out: etree._Element
) -> etree._Element:
    if _find(root, "OrderLineInformation") is None or _find(root, "OrderHeaderInformation") is None:
        raise _Refused("20010", "OrderHeaderInformation and OrderLineInformation are required")
    body = _order_body(root)
    resp = order_routes.create_order(ctx, _with_body(inner, body))
    answer = json.loads(resp.body)
    if resp.status >= 400:
        errors = answer.get("errors") or [{}]
        message = errors[0].get("message", "Order refused")
        details = "; ".join(f.get("message", "") for f in errors[0].get("fields", []))
        raise _Refused("20100", f"{message}: {details}" if details else message)
    if _text(root, "Version") == "2.5":
        ack = etree.Element("OrderAcknowledgement")
        for child in out:
            ack.append(child)
        info = _add(ack, "OrderInformation")  # the XSD's name (the guide's sample: OrderInfo)
        _add(info, "CustomerPO", body["customerOrderNumber"])
        _add(info, "EndUserPO", body.get("endCustomerOrderNumber", ""))
        return ack
    info = _add(out, "OrderInfo")
    rejected = answer.get("rejectedLineItems") or []
    for n, order in enumerate(answer.get("orders", [])):
        rejected = order.get("rejectedLineItems") or (rejected if n == 0 else [])
        numbers = _add(info, "OrderNumbers")
        _add(numbers, "BranchOrderNumber", _branch_order(order["ingramOrderNumber"]))
        _add(numbers, "CustomerPO", answer.get("customerOrderNumber", ""))
        _add(numbers, "AddressErrorMessage", "", AddressErrorType="")
        suffix = _add(numbers, "OrderSuffix", Suffix="11")
        _add(suffix, "SuffixErrorResponse", SuffixErrorType="")
        lines = _add(suffix, "LineInformation")
        for ln in order.get("lines", []):
            _product_line(lines, ln, "")
        for r in rejected:
            _product_line(lines, {
                "ingramPartNumber": r.get("ingramPartNumber", ""), "unitPrice": 0,
                "ingramLineNumber": "000", "customerLineNumber": r.get("customerLinenumber", ""),
                "quantityOrdered": r.get("quantityOrdered", 0), "quantityConfirmed": 0,
                "quantityBackOrdered": 0,
            }, f"{r.get('rejectCode', '')} {r.get('rejectReason', '')}".strip()[:50])  # fmt: skip
    return out


def _product_line(parent: etree._Element, ln: dict[str, Any], error: str) -> None:
    pl = _add(parent, "ProductLine")
    _add(pl, "LineError", error)
    _add(pl, "SKU", ln.get("ingramPartNumber", ""))
    _add(pl, "UnitPrice", _money(ln.get("unitPrice")))
    _add(pl, "IngramLineNumber", ln.get("ingramLineNumber", ""))
    cln = str(ln.get("customerLineNumber", ""))
    _add(pl, "CustomerLineNumber", f"{int(cln):03d}" if cln.isdigit() else cln[:3])
    ship = (ln.get("shipmentDetails") or [{}])[0]
    _add(pl, "ShipFromBranch", ship.get("shipFromWarehouseId", "")[:2])
    _add(pl, "OrderQuantity", ln.get("quantityOrdered", 0))
    _add(pl, "AllocatedQuantity", ln.get("quantityConfirmed", 0))
    _add(pl, "BackOrderedQuantity", ln.get("quantityBackOrdered", 0))
    _add(pl, "BackOrderETADate", ln.get("backOrderETADate", ""))
    _add(pl, "PriceDerivedFlag")
    _add(pl, "ForeignCurrency", "0.00")
    _add(pl, "FreightRate", "0.00")
    _add(pl, "TransitDays", "1")
    _add(pl, "LineBillToSuffix", "000")


# ---- status, detail, tracking ------------------------------------------------------------------
def _orders_for(ctx: Context, inner: Request, po: str, number: str = "") -> list[Order]:
    po = po.strip().upper()
    found = [
        o for o in reversed(_visible(ctx, inner.header("IM-CustomerNumber") or ""))
        if o.customer_order_number.strip().upper() == po
        and (not number or _branch_order(o.number) == number.strip().upper())
    ]  # fmt: skip
    if not po or not found:
        raise _Refused(ORDER_NOT_FOUND, "Order Not Found")
    return found


def _status(
    ctx: Context, root: etree._Element, inner: Request, out: etree._Element
) -> etree._Element:
    po = _text(root, "OrderHeaderInfo", "CustomerPO")
    orders = _orders_for(ctx, inner, po)
    info = _add(out, "OrderStatusInformation")
    po_el = _add(info, "CustomerPO", Number=orders[0].customer_order_number)
    for order in orders:
        oi = _add(po_el, "OrderInfo")
        _add(oi, "BranchOrderNumber", _branch_order(order.number))
        _add(oi, "OrderEntryDate", order.entry_timestamp[:10])
        for sub in order.sub_orders:
            s = _add(oi, "OrderSuffix", ID=_suffix(sub))
            _add(s, "ShipFromBranch", sub.warehouse_location, Number=sub.warehouse_id)
            _add(s, "OrderStatus", _CLASSIC.get(sub.v6_status(), "OPEN"))
            _add(s, "TotalSales", _money(sub.total))
            if sub.invoice_date:
                _add(s, "InvoiceDate", sub.invoice_date)
            shipped = [sh.shipped_date for ln in sub.lines for sh in ln.shipments]
            if shipped:
                _add(s, "ShippedDate", max(shipped))
            _add(s, "OrderCreditMemo", Code="")  # [1..n] in the schema; none in the sandbox
    return out


def _detail(
    ctx: Context, root: etree._Element, inner: Request, out: etree._Element
) -> etree._Element:
    head = _find(root, "OrderHeaderInfo")
    order = _orders_for(ctx, inner, _text(head, "CustomerPO"), _text(head, "BranchOrderNumber"))[0]
    info = _add(out, "OrderInformation")
    _add(info, "BranchOrderNumber", _branch_order(order.number))
    _add(info, "CustomerPO", order.customer_order_number)
    if order.end_customer_order_number:
        _add(info, "EndUserPO", order.end_customer_order_number[:18])
    weight = sum(float(ln.unit_weight) * ln.quantity for s in order.sub_orders for ln in s.lines)
    _add(info, "OrderWeight", f"{weight:.1f}")
    _add(info, "OrderEntryDate", order.entry_timestamp[:10])
    totals = _add(info, "OrderTotals")
    _add(totals, "SalesTotal", _money(order.total))
    _add(totals, "FreightTotal", "0.00")
    _add(totals, "TaxTotal", "0.00")
    _add(totals, "GrandTotal", _money(order.total))
    _add(totals, "CurrencyCode", order.currency)
    for sub in order.sub_orders:
        s = _add(info, "OrderSuffix", ID=_suffix(sub))
        _add(s, "ShipFromBranch", sub.warehouse_location, Number=sub.warehouse_id)
        _add(s, "OrderStatus", _CLASSIC.get(sub.v6_status(), "OPEN"))
        carriers = [sh for ln in sub.lines for sh in ln.shipments]
        if carriers:
            _add(s, "Carrier", carriers[0].carrier_name, Code=carriers[0].carrier_code[:2])
        if sub.invoice_date:
            _add(s, "InvoiceDate", sub.invoice_date)
        if carriers:
            _add(s, "OrderShipDate", max(sh.shipped_date for sh in carriers))
        detail = _add(s, "OrderLineDetail")
        for ln in sub.lines:
            pl = _add(detail, "ProductLine")
            _add(pl, "SKU", ln.sku)
            _add(pl, "ManufacturerPartNumber", ln.vpn)
            _add(pl, "SKUDescription", ln.description[:216])
            _add(pl, "OrderQuantity", ln.quantity)
            _add(pl, "ShipQuantity", ln.shipped)
            _add(pl, "BackOrderQuantity", ln.backordered)
            if ln.eta and ln.backordered:
                _add(pl, "BackOrderETADate", ln.eta)
            _add(pl, "UnitPrice", _money(ln.unit_price))
            _add(pl, "LineSalesTotal", _money(float(ln.unit_price) * ln.quantity))
            _add(pl, "CustomerLineNumber", f"{int(ln.customer_line_number):03d}" if ln.customer_line_number.isdigit() else ln.customer_line_number[:3])  # fmt: skip
            _add(pl, "IngramLineNumber", ln.ingram_line_number)
            serials = [x for sh in ln.shipments for x in sh.serial_numbers]
            if serials:
                sn = _add(pl, "SkuSerialNumber")
                for x in serials:
                    _add(sn, "SerialNumber", x[:30])
    return out


def _tracking(
    ctx: Context, root: etree._Element, inner: Request, out: etree._Element
) -> etree._Element:
    head = _find(root, "TrackingRequestHeader")
    po = _text(head, "CustomerPO")
    orders = _orders_for(ctx, inner, po, _text(head, "BranchOrderNumber"))
    _add(out, "CustomerPO", po)
    for order in orders:
        o = _add(out, "Order")
        _add(o, "BranchOrderNumber", _branch_order(order.number))
        ships = [
            (sub, ln, sh) for sub in order.sub_orders for ln in sub.lines for sh in ln.shipments
        ]
        _add(o, "TotalWeight", f"{sum(float(sh.package_weight) for _, _, sh in ships):.1f}")
        _add(o, "CartonCount", sum(len(sh.tracking_numbers) for _, _, sh in ships))
        for sub in order.sub_orders:
            sub_ships = [(ln, sh) for ln in sub.lines for sh in ln.shipments]
            if not sub_ships:
                continue
            s = _add(o, "Suffix", SuffixNumber=_suffix(sub))
            _add(s, "Carrier", sub_ships[0][1].carrier_name, Code=sub_ships[0][1].carrier_code[:2])
            box = 0
            for ln, sh in sub_ships:
                for t in sh.tracking_numbers:
                    box += 1
                    p = _add(s, "Package", ID=t)
                    _add(p, "ShipDate", sh.shipped_date)
                    _add(p, "BoxNumber", f"{box:03d}")
                    _add(p, "BoxWeight", sh.package_weight)
                    _add(
                        p, "TrackingURL", f"https://tracking.example.invalid/{sh.carrier_code}/{t}"
                    )
                    detail = _add(_add(p, "Contents"), "ContentDetail")
                    _add(detail, "SKU", ln.sku)
                    _add(detail, "Quantity", sh.quantity)
                    _add(detail, "IngramLineNumber", ln.ingram_line_number)
    return out


_Handler = Callable[[Context, etree._Element, Request, etree._Element], etree._Element]
_HANDLERS: dict[str, _Handler] = {
    "PNARequest": _pna,
    "OrderRequest": _order,
    "OrderStatusRequest": _status,
    "OrderDetailRequest": _detail,
    "OrderTrackingRequest": _tracking,
}
