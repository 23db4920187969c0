"""Despatch advice and invoice documents for the sandbox's orders, written into a folder the way
an e-mail rule or EDI mailbox would drop Ingram's pushed documents (reference ingram-xml.md §9,
§10). An order that has not shipped yet is written as if shipped and invoiced today (the same
canned variant REST's ``simulateStatus=IM::INVOICED`` answers); the order itself is unchanged."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from lxml import etree

from ingram_desk.sandbox.detail_routes import simulate
from ingram_desk.sandbox.orders import Order, Shipment, SubOrder

__all__ = ["write_documents"]


def _add(parent: etree._Element, tag: str, value: object = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tag, {k: str(v) for k, v in attrs.items()})
    if value is not None:
        el.text = str(value)
    return el


def _ymd(iso: str) -> str:
    return iso[:10].replace("-", "")


def _branch_order(number: str) -> str:
    return number.replace("-", "")[:7]


def despatch_advice(order: Order, sub: SubOrder, delivery: str, ships: list) -> etree._Element:
    root = etree.Element("DespatchAdvice")
    first: Shipment = ships[0][1]
    head = _add(root, "DespatchAdviceHeader")
    _add(head, "DespatchAdviceNumber", f"DA{_branch_order(sub.number)}{delivery}"[:35])
    _add(head, "CustomerPO", order.customer_order_number)
    _add(root, "IMAccountNumber", order.customer_number)
    dates = _add(root, "DateHeader")
    _add(dates, "Date", _ymd(first.shipped_date), Type="Document")
    _add(dates, "Date", _ymd(first.shipped_date), Type="Despatch")
    _add(dates, "Date", _ymd(order.entry_timestamp), Type="Order")
    address = _add(root, "Address", Type="ShipTo")
    _add(address, "Name", str(order.ship_to.get("companyName") or "DEMO RESELLER BV")[:35])
    _add(address, "City", str(order.ship_to.get("city") or "UTRECHT")[:35])
    _add(address, "CountryCode", order.country[:3])
    consignment = _add(root, "ConsignmentHeader")
    _add(consignment, "SequenceNumber", "1")
    _add(consignment, "NumberOfPackages", sum(len(s.tracking_numbers) for _, s in ships))
    _add(consignment, "CarrierCode", first.carrier_code)
    _add(consignment, "CarrierName", first.carrier_name)
    lines = _add(root, "LineHeader")
    for n, (line, shipment) in enumerate(ships, 1):
        item = _add(lines, "LineItem", LineNumber=str(n))
        product = _add(item, "Product", SKU=line.sku, DespatchQuantity=str(shipment.quantity))
        _add(product, "Item", line.upc, Type="EN")
        _add(product, "ManufacturerSKU", line.vpn)
        _add(product, "SKUDescription1", line.description[:35])
        serials = shipment.serial_numbers or [
            f"S{line.sku}{k:04d}" for k in range(1, shipment.quantity + 1)
        ]
        header = _add(product, "SerialNumberHeader")
        for serial in serials:
            _add(header, "SerialNumber", serial)
        package = _add(_add(item, "PackageHeader"), "IdentificationHeader")
        for t in shipment.tracking_numbers:
            _add(package, "Identification", TrackingNumber=t)
        if shipment.tracking_numbers:
            t = shipment.tracking_numbers[0]
            _add(
                package,
                "TrackingURL",
                f"https://tracking.example.invalid/{shipment.carrier_code}/{t}",
            )
    _add(root, "TotalLinesShipped", len(ships))
    return root


def invoice(order: Order, sub: SubOrder) -> etree._Element:
    root = etree.Element("Invoice")
    head = _add(root, "InvoiceHeader")
    _add(head, "InvoiceType", "Invoice")
    _add(head, "InvoiceNumber", sub.invoice_number)
    _add(head, "InvoiceDate", _ymd(sub.invoice_date))
    _add(head, "CustomerPO", order.customer_order_number)
    _add(head, "OriginalOrderNumber", _branch_order(order.number))
    _add(root, "IMAccountNumber", order.customer_number)
    _add(_add(root, "Currency"), "CurrencyCode", order.currency)
    _add(_add(root, "PaymentTerms"), "TermsCode", "030")
    items = _add(root, "LineItemHeader")
    total = 0.0
    for n, line in enumerate(sub.lines, 1):
        qty = line.shipped or line.quantity
        amount = float(line.unit_price) * qty
        total += amount
        item = _add(items, "LineItem", LineNumber=str(n))
        product = _add(item, "Product", SKU=line.sku, InvoicedQuantity=str(qty))
        _add(product, "EANCode", line.upc)
        _add(product, "ManufacturerSKU", line.vpn)
        _add(product, "SKUDescription1", line.description[:35])
        serials = [s for sh in line.shipments for s in sh.serial_numbers]
        if serials:
            header = _add(item, "SerialNumberHeader")
            for serial in serials:
                _add(header, "SerialNumber", serial)
        _add(item, "Tax", "0.00", Type="VAT")
        money = _add(item, "LineMonetaryInfo")
        _add(money, "UnitPrice", f"{float(line.unit_price):.2f}")
        _add(money, "LineItemAmount", f"{amount:.2f}")
    _add(root, "TotalInformation", len(sub.lines), Type="OrderLines")
    _add(root, "TotalFinancial", f"{total:.2f}", Type="TotalLineItemAmount")
    _add(root, "TotalFinancial", f"{total:.2f}", Type="TotalAmountDue")
    return root


def write_documents(orders: list[Order], folder: Path, today: date) -> list[Path]:
    """One DespatchAdvice per shipment and one Invoice per invoiced sub-order, as files."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for order in orders:
        shipped = any(ln.shipments for s in order.sub_orders for ln in s.lines)
        view = order if shipped else simulate(order, "IM::INVOICED", today)
        for sub in view.sub_orders:
            by_delivery: dict[str, list] = {}
            for line in sub.lines:
                for shipment in line.shipments:
                    by_delivery.setdefault(shipment.delivery_number, []).append((line, shipment))
            docs = [
                (f"DESADV_{_branch_order(sub.number)}_{d}.xml", despatch_advice(order, sub, d, s))
                for d, s in by_delivery.items()
            ]
            if sub.invoice_number:
                docs.append((f"INVOIC_{sub.invoice_number}.xml", invoice(order, sub)))
            for name, root in docs:
                path = folder / name
                tmp = path.with_suffix(".tmp")
                tmp.write_bytes(etree.tostring(root, xml_declaration=True, encoding="ISO-8859-1"))
                os.replace(tmp, path)
                written.append(path)
    return written
