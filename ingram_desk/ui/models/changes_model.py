"""The articles an import changed (``services.catalogue_service.ChangeDetails``), a row each:
what changed, the article (as the catalogue has it, or had it where it was removed), the value
before and after and by how much. Sorted and filtered by a ``QSortFilterProxyModel`` on
``SORT_ROLE`` and ``KIND_ROLE``."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.product import Product
from ingram_desk.ui import formats

if TYPE_CHECKING:
    from ingram_desk.services.catalogue_service import Change, ChangeDetails

__all__ = ["COLUMNS", "KIND_ROLE", "KIND_TEXTS", "SKU_ROLE", "SORT_ROLE", "ChangesModel"]

# the change kind of a row (``query.CHANGE_KINDS``): what the dialog's filter compares
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
# what a header click sorts by: numbers where the column holds them
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# the row's SKU
SKU_ROLE = Qt.ItemDataRole.UserRole + 3

KIND_TEXTS = {
    "new": QT_TRANSLATE_NOOP("ChangesModel", "New"),
    "removed": QT_TRANSLATE_NOOP("ChangesModel", "Removed"),
    "price_up": QT_TRANSLATE_NOOP("ChangesModel", "Price rise"),
    "price_down": QT_TRANSLATE_NOOP("ChangesModel", "Price cut"),
    "back_in_stock": QT_TRANSLATE_NOOP("ChangesModel", "Back in stock"),
    "out_of_stock": QT_TRANSLATE_NOOP("ChangesModel", "Out of stock"),
}
_STOCK_KINDS = frozenset({"back_in_stock", "out_of_stock"})
COLUMNS = (
    QT_TRANSLATE_NOOP("ChangesModel", "Change"),
    QT_TRANSLATE_NOOP("ChangesModel", "Ingram SKU"),
    QT_TRANSLATE_NOOP("ChangesModel", "Vendor part no."),
    QT_TRANSLATE_NOOP("ChangesModel", "Vendor"),
    QT_TRANSLATE_NOOP("ChangesModel", "Description"),
    QT_TRANSLATE_NOOP("ChangesModel", "Before"),
    QT_TRANSLATE_NOOP("ChangesModel", "After"),
    QT_TRANSLATE_NOOP("ChangesModel", "Difference"),
)
_NUMBERS = range(5, 8)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_UP, _DOWN = QColor("#b3261e"), QColor("#1b7f3b")  # dearer is bad news for a buyer


def _number(text: str | None) -> Decimal | None:
    """A price or quantity as the summary writes it (``changes``: a decimal string or None)."""
    return None if text is None else Decimal(text)


@dataclass(frozen=True, slots=True)
class _Row:
    kind: str
    change: Change
    product: Product | None  # (None: removed, or not found)
    before: Decimal | None
    after: Decimal | None

    @property
    def sku(self) -> str:
        return self.change.sku

    @property
    def difference(self) -> Decimal | None:
        """Prices: the change as a fraction of the old price; stock: the change in units."""
        if self.before is None or self.after is None:
            return None
        if self.kind in _STOCK_KINDS:
            return self.after - self.before
        return (self.after - self.before) / self.before if self.before else None


class ChangesModel(QAbstractTableModel):
    def __init__(self, details: ChangeDetails, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = [
            _Row(kind, c, details.products.get(c.sku), _number(c.old), _number(c.new))
            for kind, changes in details.summary.items.items()
            for c in changes
        ]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            value = self._value(row, column)
            if isinstance(value, Decimal):  # prices and their percent apart from stock units
                return (row.kind in _STOCK_KINDS, float(value))
            return value
        if role == KIND_ROLE:
            return row.kind
        if role == SKU_ROLE:
            return row.sku
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == 7 and row.difference:
            rising = row.difference > 0
            return _DOWN if rising == (row.kind in _STOCK_KINDS) else _UP
        return None

    def _value(self, row: _Row, column: int) -> Any:
        named = row.product or row.change  # (a removed article: as the catalogue before had it)
        return (
            self.tr(KIND_TEXTS.get(row.kind, row.kind)),
            row.sku,
            named.vpn,
            named.vendor,
            named.description,
            row.before,
            row.after,
            row.difference,
        )[column]

    def _text(self, row: _Row, column: int) -> str:
        value = self._value(row, column)
        if column < 5:
            return value
        if value is None:
            return "—"
        if row.kind in _STOCK_KINDS:
            return formats.quantity(int(value)) if column < 7 else f"{int(value):+d}"
        if column == 7:
            return ("+" if value > 0 else "") + formats.percent(value, 1)
        return formats.money(value, row.product.currency if row.product else "")
