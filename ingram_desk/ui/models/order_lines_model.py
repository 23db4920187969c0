"""The order form's lines: SKU, description, editable quantity and special bid, your price with
its source and age, line totals, and what a live P&A said changed since the line was added.

Only SKU, quantity and special bid go into the draft (the journal); description and price are
looked up again when a draft is reopened, so a stale price is never frozen into a request.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.order_draft import DraftLine
from ingram_desk.ui import formats

__all__ = ["LINE_ROLE", "FormLine", "OrderLinesModel"]

#: the ``FormLine`` behind a row
LINE_ROLE = Qt.ItemDataRole.UserRole + 1

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ROOT = QModelIndex()
_CHANGED = QBrush(QColor("#fff3c4"))
_ON_CHANGED = QBrush(QColor("#3d2e00"))
_REJECTED = QBrush(QColor("#fde0dc"))
_ON_REJECTED = QBrush(QColor("#8c1d18"))


@dataclass(frozen=True, slots=True)
class FormLine:
    sku: str
    quantity: int
    description: str = ""
    unit_price: Decimal | None = None
    currency: str = ""
    #: where the price comes from and how old it is ("price file of 23 Nov 06:12", "live 14:02")
    price_source: str = ""
    special_bid: str = ""
    #: what the last live P&A said changed since the line was added ("" = nothing)
    live_note: str = ""
    #: a live P&A answered for this line since it was added
    live_checked: bool = False
    #: the last live P&A refused this line (unknown SKU, not orderable): it cannot be placed
    live_rejected: bool = False

    @property
    def total(self) -> Decimal | None:
        return None if self.unit_price is None else self.unit_price * self.quantity

    def to_draft_line(self) -> DraftLine:
        return DraftLine(sku=self.sku, quantity=self.quantity, special_bid_number=self.special_bid)


#: (key, header, editable)
COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("sku", QT_TRANSLATE_NOOP("OrderLinesModel", "SKU"), False),
    ("description", QT_TRANSLATE_NOOP("OrderLinesModel", "Description"), False),
    ("quantity", QT_TRANSLATE_NOOP("OrderLinesModel", "Qty"), True),
    ("unit_price", QT_TRANSLATE_NOOP("OrderLinesModel", "Your price"), False),
    ("currency", QT_TRANSLATE_NOOP("OrderLinesModel", "Cur."), False),
    ("total", QT_TRANSLATE_NOOP("OrderLinesModel", "Line total"), False),
    ("price_source", QT_TRANSLATE_NOOP("OrderLinesModel", "Price from"), False),
    ("special_bid", QT_TRANSLATE_NOOP("OrderLinesModel", "Special bid"), True),
    ("live_note", QT_TRANSLATE_NOOP("OrderLinesModel", "Live check"), False),
)
_COL = {key: i for i, (key, _, _) in enumerate(COLUMNS)}


class OrderLinesModel(QAbstractTableModel):
    """Rows are ``FormLine``s; ``lines_edited`` fires after any change the user made."""

    lines_edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[FormLine] = []

    # ---- API -------------------------------------------------------------------------------
    @property
    def lines(self) -> list[FormLine]:
        return list(self._lines)

    def set_lines(self, lines: list[FormLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def add(self, line: FormLine) -> None:
        """Add a line, or add the quantity to an existing line with the same SKU."""
        for row, old in enumerate(self._lines):
            if old.sku.upper() == line.sku.upper():
                self.replace_row(row, replace(old, quantity=old.quantity + line.quantity))
                return
        n = len(self._lines)
        self.beginInsertRows(QModelIndex(), n, n)
        self._lines.append(line)
        self.endInsertRows()

    def replace_row(self, row: int, line: FormLine) -> None:
        self._lines[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._lines):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._lines[row]
                self.endRemoveRows()

    def order_total(self) -> Decimal | None:
        totals = [ln.total for ln in self._lines]
        if not totals or any(t is None for t in totals):
            return None
        return sum((t for t in totals if t is not None), Decimal(0))

    def currency(self) -> str:
        return next((ln.currency for ln in self._lines if ln.currency), "")

    # ---- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section][1])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if COLUMNS[index.column()][2] else base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._lines)):
            return None
        line = self._lines[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "live_note" and line.live_checked and not line.live_note:
                return self.tr("✓ unchanged")
            if key == "live_note" and line.live_rejected:
                return self.tr("✗ not accepted: {live_note}").format(live_note=line.live_note)
            value = line.total if key == "total" else getattr(line, key)
            if isinstance(value, Decimal):
                return formats.money(value, line.currency)
            if key == "quantity":
                return formats.quantity(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return line.quantity if key == "quantity" else getattr(line, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if key in ("quantity", "unit_price", "total") else _LEFT)
        if role == Qt.ItemDataRole.BackgroundRole and line.live_rejected:
            return _REJECTED
        if role == Qt.ItemDataRole.ForegroundRole and line.live_rejected:
            return _ON_REJECTED
        if role == Qt.ItemDataRole.BackgroundRole and line.live_note and key == "live_note":
            return _CHANGED
        if role == Qt.ItemDataRole.ForegroundRole and line.live_note and key == "live_note":
            return _ON_CHANGED
        if role == Qt.ItemDataRole.ToolTipRole and key == "live_note" and line.live_note:
            return line.live_note
        if role == LINE_ROLE:
            return line
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        line = self._lines[index.row()]
        key = COLUMNS[index.column()][0]
        if key == "quantity":
            try:  # the spin box gives an int; typed or pasted text is read in the clerk's locale
                qty = value if isinstance(value, int) else formats.parse_quantity(str(value))
            except formats.ParseError:
                return False
            if qty is None:
                return False
            if qty < 1:
                return False
            new = replace(line, quantity=qty)
        elif key == "special_bid":
            new = replace(line, special_bid=str(value).strip()[:20])
        else:
            return False
        self.replace_row(index.row(), new)
        self.lines_edited.emit()
        return True
