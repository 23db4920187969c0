"""Column declarations for every table, in one place: key, header, alignment, sort key, formatter.

Models read values with ``Column.value(obj)`` (native: Decimal, int, date) and views format them
through the delegate named in ``kind`` (see ``ui/delegates``), so sorting and display never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ingram_desk.domain.availability import PnaResult
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.ui import formats

__all__ = ["CATALOGUE_COLUMNS", "PNA_COLUMNS", "Column", "format_value"]

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    #: the English header, marked for translation; ``title`` is what the user reads
    header: str
    get: Callable[[Any], Any]
    #: "text", "money", "stock", "date", "status": picks the formatter/delegate
    kind: str = "text"
    #: the store's sort key for this column, or "" when the column cannot be sorted
    sort_key: str = ""
    width: int = 100

    @property
    def title(self) -> str:
        """The header in the user's language."""
        return QCoreApplication.translate("Columns", self.header)

    @property
    def alignment(self) -> Qt.AlignmentFlag:
        return _RIGHT if self.kind in ("money", "stock") else _LEFT

    def value(self, obj: Any) -> Any:
        return self.get(obj)


def format_value(kind: str, value: Any, currency: str | None = None) -> str:
    """Display text for a native value in the clerk's locale (``ui.formats``); the delegates
    and the clipboard both use this. Money shows its currency when one is given."""
    if value is None or value == "":
        return ""
    if kind == "money":
        return formats.money(value, currency)
    if kind == "date":
        return formats.date_text(value)
    if kind == "eta":  # always with the year; a date already past is marked
        return formats.eta_text(value)
    if kind == "stock":
        return formats.quantity(value)
    return str(value)


CATALOGUE_COLUMNS: tuple[Column, ...] = (
    Column("sku", QT_TRANSLATE_NOOP("Columns", "SKU"), lambda p: p.sku, sort_key="sku", width=80),
    Column(
        "vpn",
        QT_TRANSLATE_NOOP("Columns", "Vendor part no."),
        lambda p: p.vpn,
        sort_key="vpn",
        width=125,
    ),
    Column(
        "vendor",
        QT_TRANSLATE_NOOP("Columns", "Vendor"),
        lambda p: p.vendor,
        sort_key="vendor",
        width=100,
    ),
    Column(
        "description",
        QT_TRANSLATE_NOOP("Columns", "Description"),
        lambda p: p.description,
        sort_key="description",
        width=330,
    ),
    Column(
        "price",
        QT_TRANSLATE_NOOP("Columns", "Your price"),
        lambda p: p.customer_price,
        "money",
        "customer_price",
        width=92,
    ),
    Column(
        "currency",
        QT_TRANSLATE_NOOP("Columns", "Cur."),
        lambda p: p.currency,
        sort_key="currency",
        width=45,
    ),
    Column(
        "stock",
        QT_TRANSLATE_NOOP("Columns", "Stock"),
        lambda p: p.stock,
        "stock",
        "stock",
        width=60,
    ),
    Column("eta", QT_TRANSLATE_NOOP("Columns", "ETA"), lambda p: p.eta, "eta", "eta", width=150),
    Column(
        "category",
        QT_TRANSLATE_NOOP("Columns", "Category"),
        lambda p: p.category,
        sort_key="category",
        width=220,
    ),
    Column("ean", "EAN", lambda p: p.ean, sort_key="ean", width=120),
)


def _pna_status(r: PnaResult) -> str:
    if not r.ok:
        # Ingram's "Product not found for IngramPartNumber:  …" in the clerk's language (the
        # tooltip keeps Ingram's words); any other reason as Ingram gives it
        if (r.status_message or "").casefold().startswith("product not found"):
            return QCoreApplication.translate("Columns", "Not found at Ingram")
        return r.status_message or QCoreApplication.translate("Columns", "Rejected by Ingram")
    return r.status_message or (
        QCoreApplication.translate("Columns", "Available")
        if r.total_available
        else QCoreApplication.translate("Columns", "Not in stock")
    )


PNA_COLUMNS: tuple[Column, ...] = (
    Column("query", QT_TRANSLATE_NOOP("Columns", "You asked for"), lambda r: r.query, width=105),
    Column("sku", QT_TRANSLATE_NOOP("Columns", "SKU"), lambda r: r.sku or "", width=80),
    Column(
        "vpn", QT_TRANSLATE_NOOP("Columns", "Vendor part no."), lambda r: r.vpn or "", width=125
    ),
    Column(
        "description",
        QT_TRANSLATE_NOOP("Columns", "Description"),
        lambda r: r.description,
        width=300,
    ),
    Column(
        "price",
        QT_TRANSLATE_NOOP("Columns", "Your price"),
        lambda r: r.customer_price,
        "money",
        width=92,
    ),
    Column("currency", QT_TRANSLATE_NOOP("Columns", "Cur."), lambda r: r.currency or "", width=45),
    Column(
        "available",
        QT_TRANSLATE_NOOP("Columns", "Available"),
        lambda r: r.total_available,
        "stock",
        width=70,
    ),
    Column("eta", QT_TRANSLATE_NOOP("Columns", "ETA"), lambda r: r.eta, "eta", width=150),
    Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), _pna_status, "status", width=260),
)
