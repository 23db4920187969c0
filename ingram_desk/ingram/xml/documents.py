"""Readers for the documents Ingram pushes: ``DespatchAdvice`` (ASN, with track & trace and
serials), ``Invoice`` (lines, serials, totals) and the asynchronous ``OrderResponse``
(reference ingram-xml.md §4.3, §9, §10). Bytes go through the one safe parser."""

from __future__ import annotations

from lxml import etree

from ingram_desk.domain.errors import ResponseFormatError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.pushed_document import DocumentLine, PushedDocument
from ingram_desk.ingram.xml import soap
from ingram_desk.ingram.xml.messages import display_order_number
from ingram_desk.ingram.xml.safe import parse_xml
from ingram_desk.ingram.xml.tree import all_of, attr, first, num, text, when, xml_int

__all__ = ["read_document"]


def read_document(data: bytes) -> PushedDocument:
    """Parse a pushed document (plain or SOAP-wrapped); ``ResponseFormatError`` if unknown."""
    root = soap.unwrap(parse_xml(data, what=QT_TRANSLATE_NOOP("Errors", "The document")))
    name = etree.QName(root).localname
    if name == "DespatchAdvice":
        return _despatch(root)
    if name == "Invoice":
        return _invoice(root)
    if name == "OrderResponse":
        return _confirmation(root)
    raise ResponseFormatError(
        QT_TRANSLATE_NOOP("Errors", "Not an Ingram document this app reads ({name})"),
        values={"name": name},
        reason="Known documents: DespatchAdvice, Invoice, OrderResponse.",
    )


def _despatch(root: etree._Element) -> PushedDocument:
    head = first(root, "DespatchAdviceHeader")
    dates = {attr(d, "Type"): when(text(d)) for d in all_of(first(root, "DateHeader"), "Date")}
    consignment = first(root, "ConsignmentHeader")
    tracking: dict[str, str | None] = {}
    lines = []
    for item in all_of(first(root, "LineHeader"), "LineItem"):
        product = first(item, "Product")
        numbers = []
        for ident in all_of(first(item, "PackageHeader"), "IdentificationHeader"):
            url = text(ident, "TrackingURL") or None
            for i in all_of(ident, "Identification"):
                number = attr(i, "TrackingNumber")
                if number:
                    numbers.append(number)
                    tracking.setdefault(number, url)
        lines.append(DocumentLine(
            attr(item, "LineNumber"), attr(product, "SKU"),
            text(product, "SKUDescription1"), xml_int(attr(product, "DespatchQuantity")),
            serial_numbers=_serials(product), tracking_numbers=tuple(numbers),
        ))  # fmt: skip
    for ident in all_of(first(root, "PackageHeader"), "IdentificationHeader"):
        for i in all_of(ident, "Identification"):
            if attr(i, "TrackingNumber"):
                tracking.setdefault(attr(i, "TrackingNumber"), text(ident, "TrackingURL") or None)
    return PushedDocument(
        "despatch_advice",
        text(head, "DespatchAdviceNumber"),
        text(head, "CustomerPO"),
        (),
        dates.get("Despatch") or dates.get("Document"),
        carrier=text(consignment, "CarrierName") or text(consignment, "CarrierCode"),
        tracking=tuple(tracking.items()),
        lines=tuple(lines),
    )


def _serials(el: etree._Element | None) -> tuple[str, ...]:
    found = (text(s) for s in all_of(first(el, "SerialNumberHeader"), "SerialNumber"))
    return tuple(s for s in found if s)


def _invoice(root: etree._Element) -> PushedDocument:
    head = first(root, "InvoiceHeader")
    orders = tuple(
        display_order_number(text(o)) for o in all_of(head, "OriginalOrderNumber") if text(o)
    )
    lines = []
    for header in all_of(root, "LineItemHeader"):
        for item in all_of(header, "LineItem"):
            product = first(item, "Product")
            money = first(item, "LineMonetaryInfo")
            lines.append(DocumentLine(
                attr(item, "LineNumber"), attr(product, "SKU"), text(product, "SKUDescription1"),
                xml_int(attr(product, "InvoicedQuantity")), num(text(money, "UnitPrice")),
                num(text(money, "LineItemAmount")), _serials(item),
            ))  # fmt: skip
    totals = {attr(t, "Type"): num(text(t)) for t in all_of(root, "TotalFinancial")}
    return PushedDocument(
        "invoice",
        text(head, "InvoiceNumber"),
        text(first(head, "CustomerPO")),
        orders,
        when(text(head, "InvoiceDate")),
        currency=text(root, "Currency", "CurrencyCode") or None,
        total=totals.get("TotalAmountDue"),
        lines=tuple(lines),
    )


def _confirmation(root: etree._Element) -> PushedDocument:
    block = first(root, "OrderInfo", "OrderNumbers")
    number = text(block, "BranchOrderNumber")
    if not number:
        raise ResponseFormatError(
            QT_TRANSLATE_NOOP("Errors", "The order confirmation named no order number")
        )
    lines = []
    for suffix in all_of(block, "OrderSuffix"):
        for pl in all_of(first(suffix, "LineInformation"), "ProductLine"):
            lines.append(DocumentLine(
                text(pl, "IngramLineNumber"), text(pl, "SKU"), text(pl, "LineError"),
                xml_int(text(pl, "OrderQuantity")), num(text(pl, "UnitPrice")),
            ))  # fmt: skip
    return PushedDocument(
        "order_confirmation",
        display_order_number(number),
        text(block, "CustomerPO"),
        (display_order_number(number),),
        when(text(root, "TransactionHeader", "TimeStamp")),
        lines=tuple(lines),
    )
