"""Everything about the selected product: canonical fields, stock and ETA, links, raw columns."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from ingram_desk.domain.product import Product
from ingram_desk.ui import formats
from ingram_desk.ui.models.columns import format_value

__all__ = ["DetailPane", "product_html"]


def product_html(p: Product) -> str:
    def row(label: str, value: object) -> str:
        text = "" if value is None else str(value)
        return f"<tr><th align=left>{escape(label)}</th><td>{escape(text)}</td></tr>"

    price = format_value("money", p.customer_price, p.currency)
    retail = format_value("money", p.retail_price, p.currency)
    if p.stock is not None:
        stock = formats.quantity(p.stock)
    elif p.in_stock:
        stock = QCoreApplication.translate("DetailPane", "in stock")
    else:  # (no stock column in the file, or its cell empty)
        stock = QCoreApplication.translate("DetailPane", "unknown")
    rows = [
        row(QCoreApplication.translate("DetailPane", "SKU"), p.sku),
        row(QCoreApplication.translate("DetailPane", "Vendor part no."), p.vpn),
        row("EAN", p.ean),
        row(QCoreApplication.translate("DetailPane", "Vendor"), p.vendor),
        row(QCoreApplication.translate("DetailPane", "Category"), p.category or p.category_code),
        row(QCoreApplication.translate("DetailPane", "Your price"), price or "—"),
        row(QCoreApplication.translate("DetailPane", "Retail price"), retail or "—"),
        row(QCoreApplication.translate("DetailPane", "Stock (from the files)"), stock),
        row(QCoreApplication.translate("DetailPane", "ETA"), format_value("eta", p.eta) or "—"),
        row(
            QCoreApplication.translate("DetailPane", "Warehouse (from the files)"),
            p.stock_warehouse or "—",
        ),
    ]
    if p.status:
        rows.append(row(QCoreApplication.translate("DetailPane", "Status"), p.status))
    if p.icecat_id:
        rows.append(row(QCoreApplication.translate("DetailPane", "Icecat product id"), p.icecat_id))
    links = [
        f'<a href="{escape(url)}">{label}</a>'
        for label, url in (
            (QCoreApplication.translate("DetailPane", "Datasheet"), p.datasheet_url),
            (QCoreApplication.translate("DetailPane", "Image"), p.image_url),
        )
        if url
    ]
    raw = "".join(row(k, v) for k, v in p.raw.items())
    return (
        f"<h3>{escape(p.description)}</h3>"
        f"<table cellspacing=2 cellpadding=2>{''.join(rows)}</table>"
        + (f"<p>{' · '.join(links)}</p>" if links else "")
        + (
            QCoreApplication.translate(
                "DetailPane", "<h4>All columns in the file</h4><table cellspacing=2>{raw}</table>"
            ).format(raw=raw)
            if raw
            else ""
        )
    )


class DetailPane(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.setMinimumWidth(260)
        self.show_product(None)

    def show_product(self, product: Product | None) -> None:
        self.product = product
        if product is None:
            self.setHtml(
                self.tr("<p style='color:#777'>Select a product to see all its fields.</p>")
            )
        else:
            self.setHtml(product_html(product))
