"""Column declarations for every table, in one place: key, header, alignment, sort key, formatter.

Models read values with ``Column.value(obj)`` (native: Decimal, int, date) and views format them
through the delegate named in ``kind`` (see ``ui/delegates``), so sorting and display never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from ingram_desk.domain.availability import PnaResult
from ingram_desk.ui import formats

__all__ = ["CATALOGUE_COLUMNS", "PNA_COLUMNS", "Column", "format_value"]

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str
    get: Callable[[Any], Any]
    #: "text", "money", "stock", "date", "status": picks the formatter/delegate
    kind: str = "text"
    #: the store's sort key for this column, or "" when the column cannot be sorted
    sort_key: str = ""
    width: int = 100

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
    Column("sku", "SKU", lambda p: p.sku, sort_key="sku", width=80),
    Column("vpn", "Vendor part no.", lambda p: p.vpn, sort_key="vpn", width=125),
    Column("vendor", "Vendor", lambda p: p.vendor, sort_key="vendor", width=100),
    Column(
        "description", "Description", lambda p: p.description, sort_key="description", width=330
    ),
    Column("price", "Your price", lambda p: p.customer_price, "money", "customer_price", width=92),
    Column("currency", "Cur.", lambda p: p.currency, sort_key="currency", width=45),
    Column("stock", "Stock", lambda p: p.stock, "stock", "stock", width=60),
    Column("eta", "ETA", lambda p: p.eta, "eta", "eta", width=150),
    Column("category", "Category", lambda p: p.category, sort_key="category", width=220),
    Column("ean", "EAN", lambda p: p.ean, sort_key="ean", width=120),
)


def _pna_status(r: PnaResult) -> str:
    if not r.ok:
        return r.status_message or "Rejected by Ingram"
    return r.status_message or ("Available" if r.total_available else "Not in stock")


PNA_COLUMNS: tuple[Column, ...] = (
    Column("query", "You asked for", lambda r: r.query, width=105),
    Column("sku", "SKU", lambda r: r.sku or "", width=80),
    Column("vpn", "Vendor part no.", lambda r: r.vpn or "", width=125),
    Column("description", "Description", lambda r: r.description, width=300),
    Column("price", "Your price", lambda r: r.customer_price, "money", width=92),
    Column("currency", "Cur.", lambda r: r.currency or "", width=45),
    Column("available", "Available", lambda r: r.total_available, "stock", width=70),
    Column("eta", "ETA", lambda r: r.eta, "eta", width=150),
    Column("status", "Status", _pna_status, "status", width=260),
)
