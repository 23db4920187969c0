"""The selected order's details as rich text: lines, shipments with carrier and clickable tracking
numbers, serial numbers, invoices (``invoice:`` links load an invoice's summary)."""

from __future__ import annotations

from datetime import date
from html import escape
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from ingram_desk.domain.order_status import decode_hold_reason
from ingram_desk.domain.placed_order import InvoiceDetails, OrderDetails, OrderSummary
from ingram_desk.domain.pushed_document import PushedDocument
from ingram_desk.ui import formats
from ingram_desk.ui.domain_texts import hold_action, hold_text, ingram_state_text
from ingram_desk.ui.models.columns import format_value

__all__ = ["OrderDetailPane", "details_html", "documents_html", "tracking_url"]

#: public tracking pages for carriers whose answers carry no URL (prefix of the carrier name)
CARRIER_URLS: dict[str, str] = {
    "UPS": "https://www.ups.com/track?tracknum={}",
    "DHL": "https://www.dhl.com/en/express/tracking.html?AWB={}",
    "FEDEX": "https://www.fedex.com/fedextrack/?trknbr={}",
    "TNT": "https://www.tnt.com/express/en_gc/site/shipping-tools/tracking.html?cons={}",
    "DPD": "https://tracking.dpd.de/status/en_US/parcel/{}",
    "GLS": "https://gls-group.com/track/{}",
    "POSTNL": "https://jouw.postnl.nl/track-and-trace/{}",
}


def tracking_url(carrier_name: str, carrier_code: str, number: str, url: str | None) -> str | None:
    if url:
        return url
    key = (carrier_name or carrier_code or "").upper().replace(" ", "")
    for prefix, pattern in CARRIER_URLS.items():
        if key.startswith(prefix):
            return pattern.format(quote(number))
    return None


def _d(value: object) -> str:
    return formats.date_text(value) if isinstance(value, date) else ""


def holds_html(summary: OrderSummary | None) -> str:
    """The search row's holds, decoded, with what the purchaser can do about each."""
    if summary is None:
        return ""
    items = []
    for sub in summary.sub_orders:
        if sub.hold_reason_code:
            hold = decode_hold_reason(sub.hold_reason_code)
            note = (
                QCoreApplication.translate("OrderDetailPane", " (Ingram: {note})").format(
                    note=escape(sub.hold_explanation)
                )
                if sub.hold_explanation
                else ""
            )
            items.append(
                f"<li><b>{escape(sub.sub_order_number)}: {escape(hold.code)} "
                f"{escape(hold_text(hold))}</b>{note} — {escape(hold_action(hold))}</li>"
            )
    return (
        QCoreApplication.translate(
            "OrderDetailPane", "<p style='color:#8a4b00'>On hold:</p><ul>{v0}</ul>"
        ).format(v0="".join(items))
        if items
        else ""
    )


def details_html(details: OrderDetails, summary: OrderSummary | None = None) -> str:
    cur = details.currency or ""
    total = escape(formats.money(details.total, cur)) if details.total is not None else "—"
    out = [
        QCoreApplication.translate("OrderDetailPane", "<h3>Order {order} — PO {po}</h3>").format(
            order=escape(details.ingram_order_number), po=escape(details.customer_order_number)
        ),
        QCoreApplication.translate(
            "OrderDetailPane", "<p>Status: <b>{status}</b> · created {created} · total {total}</p>"
        ).format(
            status=escape(ingram_state_text(details.status)),
            created=_d(details.order_date),
            total=total,
        ),
        "" if details.status.lower().startswith("cancel") else holds_html(summary),
        "<table cellspacing='0' cellpadding='3' border='1' style='border-color:#c8c8c8'>",
        QCoreApplication.translate(
            "OrderDetailPane",
            "<tr><th>Sub-order</th><th>Line</th><th>SKU</th><th>Description</th><th>Status</th>"
            "<th>Qty</th><th>Confirmed</th><th>Backorder (ETA)</th><th>Price</th>"
            "<th>Shipments and tracking</th><th>Serial numbers</th></tr>",
        ),
    ]
    for ln in details.lines:
        ships = []
        for sh in ln.shipments:
            links = []
            for p in sh.packages:
                url = tracking_url(p.carrier_name, p.carrier_code, p.tracking_number, p.url)
                num = escape(p.tracking_number)
                links.append(f"<a href='{escape(url)}'>{num}</a>" if url else num)
                links[-1] = f"{escape(p.carrier_name or p.carrier_code)} {links[-1]}"
            inv = sh.invoice_number
            inv_link = (
                QCoreApplication.translate(
                    "OrderDetailPane", " · invoice <a href='invoice:{number}'>{number}</a>"
                ).format(number=escape(inv))
                if inv
                else ""
            )
            ships.append(
                QCoreApplication.translate(
                    "OrderDetailPane", "{quantity} shipped {date} {warehouse}: {links}"
                ).format(
                    quantity=sh.quantity or "",
                    date=_d(sh.shipped_date),
                    warehouse=escape(sh.warehouse_location or ""),
                    links=", ".join(links),
                )
                + inv_link
            )
        backorder = ""
        if ln.quantity_backordered:
            eta = (
                format_value("eta", ln.backorder_eta)
                if ln.backorder_eta
                else QCoreApplication.translate("OrderDetailPane", "no ETA")
            )
            backorder = f"{ln.quantity_backordered} ({eta})"
        price = escape(formats.money(ln.unit_price, cur)) if ln.unit_price is not None else ""
        state = escape(ingram_state_text(ln.status))
        out.append(
            f"<tr><td>{escape(ln.sub_order_number)}</td><td>{escape(ln.line_number)}</td>"
            f"<td>{escape(ln.sku)}</td><td>{escape(ln.description)}</td>"
            f"<td>{state}</td><td align='right'>{ln.quantity_ordered or ''}</td>"
            f"<td align='right'>{ln.quantity_confirmed or ''}</td><td>{backorder}</td>"
            f"<td align='right'>{price}</td><td>{'<br>'.join(ships)}</td>"
            f"<td>{escape(', '.join(ln.serial_numbers))}</td></tr>"
        )
    out.append("</table>")
    if details.invoice_numbers:
        links = ", ".join(
            f"<a href='invoice:{escape(n)}'>{escape(n)}</a>" for n in details.invoice_numbers
        )
        out.append(
            QCoreApplication.translate("OrderDetailPane", "<p>Invoices: {links}</p>").format(
                links=links
            )
        )
    return "".join(out)


def invoice_html(inv: InvoiceDetails) -> str:
    due = escape(formats.money(inv.amount_due, inv.currency)) if inv.amount_due is not None else "—"
    return QCoreApplication.translate(
        "OrderDetailPane",
        "<hr><h4>Invoice {number}</h4><p>{status} · dated {dated} · due {due_date} · "
        "amount due {due} · lines: {lines}</p>",
    ).format(
        lines=len(inv.lines),
        number=escape(inv.invoice_number),
        status=escape(inv.status),
        dated=_d(inv.invoice_date),
        due_date=_d(inv.due_date),
        due=due,
    )


def documents_html(docs: list[PushedDocument]) -> str:
    """Despatch advice, invoices and confirmations Ingram pushed for this order (the inbox)."""
    if not docs:
        return ""
    out = [
        QCoreApplication.translate("OrderDetailPane", "<hr><h4>Documents from Ingram (inbox)</h4>")
    ]
    for doc in docs:
        head = f"<b>{escape(doc.label)} {escape(doc.number)}</b> · {_d(doc.issued)}"
        if doc.carrier:
            head += f" · {escape(doc.carrier)}"
        if doc.total is not None:
            head += QCoreApplication.translate("OrderDetailPane", " · total {total}").format(
                total=escape(formats.money(doc.total, doc.currency))
            )
        links = []
        for number, url in doc.tracking:
            link = tracking_url(doc.carrier, "", number, url)
            links.append(f"<a href='{escape(link)}'>{escape(number)}</a>" if link else escape(number))  # fmt: skip
        if links:
            head += QCoreApplication.translate("OrderDetailPane", " · tracking {links}").format(
                links=", ".join(links)
            )
        out.append(f"<p>{head}</p><ul>")
        for ln in doc.lines:
            amount = formats.money(ln.amount, doc.currency) if ln.amount is not None else ""
            price = f" · {escape(amount)}" if amount else ""
            serials = (
                QCoreApplication.translate("OrderDetailPane", " · serials {serials}").format(
                    serials=escape(", ".join(ln.serial_numbers))
                )
                if ln.serial_numbers
                else ""
            )
            out.append(
                f"<li>{escape(ln.line_number)} {escape(ln.sku)} × {ln.quantity or ''} "
                f"{escape(ln.description)}{price}{serials}</li>"
            )
        out.append("</ul>")
    return "".join(out)


class OrderDetailPane(QTextBrowser):
    """Emits ``invoice_requested(number)`` for ``invoice:`` links; web links open in a browser."""

    invoice_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._clicked)
        self.details: OrderDetails | None = None
        self.summary: OrderSummary | None = None
        self.documents: list[PushedDocument] = []
        self.show_placeholder()

    def show_placeholder(self, text: str = "") -> None:
        self.details = None
        text = text or self.tr("Select an order to see its details.")
        self.setHtml(f"<p style='color:#5f6b7a'>{escape(text)}</p>")

    def show_details(
        self,
        details: OrderDetails,
        summary: OrderSummary | None = None,
        documents: list[PushedDocument] | None = None,
    ) -> None:
        self.details, self.summary, self.documents = details, summary, list(documents or [])
        self.setHtml(details_html(details, summary) + documents_html(self.documents))

    def add_invoice(self, invoice: InvoiceDetails) -> None:
        if self.details is not None:
            self.setHtml(
                details_html(self.details, self.summary)
                + documents_html(self.documents)
                + invoice_html(invoice)
            )

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "invoice":
            self.invoice_requested.emit(url.path())
        else:
            QDesktopServices.openUrl(url)
