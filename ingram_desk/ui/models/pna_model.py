"""The P&A results grid: one row per requested item, expandable into one child row per warehouse.

Children show the warehouse's name and location inline (local vs central from seed 004's table),
backordered quantity and ETA. When the price file knows the article, differences between the file
and the live answer are highlighted with the file's figures in the tooltip ("file said 12 at 212.40").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ingram_desk.domain.availability import PnaResult, WarehouseAvailability
from ingram_desk.domain.product import Product
from ingram_desk.ui import formats
from ingram_desk.ui.domain_texts import warehouse_town
from ingram_desk.ui.models.columns import PNA_COLUMNS, format_value

__all__ = ["RESULT_ROLE", "PnaModel", "file_difference"]

#: the ``PnaResult`` behind a top-level row (or behind a warehouse row's parent)
RESULT_ROLE = Qt.ItemDataRole.UserRole + 1

_DISPLAY = Qt.ItemDataRole.DisplayRole
_CHANGED = QBrush(QColor("#fff3c4"))
_ON_CHANGED = QBrush(QColor("#3d2e00"))
_REJECTED = QBrush(QColor("#b3261e"))
_CENTRAL = QBrush(QColor("#5f6b7a"))
_BOLD = QFont()
_BOLD.setBold(True)


def file_difference(result: PnaResult, product: Product | None) -> dict[str, str]:
    """Columns ("price", "available") where the live answer differs from the price file, with
    the file's figure as text; empty when the file does not know the SKU or agrees."""
    if product is None or not result.ok:
        return {}
    diff: dict[str, str] = {}
    file_price = product.customer_price
    if (
        file_price is not None
        and result.customer_price is not None
        and file_price != result.customer_price
    ):
        diff["price"] = formats.money(file_price, result.currency)
    if product.stock is not None and product.stock != result.total_available:
        diff["available"] = formats.quantity(product.stock)
    if diff:
        stock = formats.quantity(product.stock) if product.stock is not None else "?"
        price = formats.money(file_price, result.currency) if file_price is not None else "?"
        diff["summary"] = QCoreApplication.translate(
            "PnaModel", "file said {stock} at {price}"
        ).format(stock=stock, price=price)
    return diff


class PnaModel(QAbstractItemModel):
    """Results of one live call. Internal id 0 marks a result row; ``n + 1`` a warehouse of row n."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = PNA_COLUMNS
        self._results: list[PnaResult] = []
        self._diffs: list[dict[str, str]] = []
        #: per row, the price file's description where Ingram gave none (an article it no
        #: longer knows: the clerk still sees which one it was)
        self._file_descriptions: list[str] = []
        self._col = {c.key: i for i, c in enumerate(self.columns)}

    def set_results(
        self, results: Sequence[PnaResult], file_products: Mapping[str, Product] | None = None
    ) -> None:
        file_products = file_products or {}
        self.beginResetModel()
        self._results = list(results)
        files = [file_products.get(r.sku or "") for r in self._results]
        self._diffs = [file_difference(r, f) for r, f in zip(self._results, files, strict=True)]
        self._file_descriptions = [
            f.description if f is not None and not r.description else ""
            for r, f in zip(self._results, files, strict=True)
        ]
        self.endResetModel()

    def clear(self) -> None:
        self.set_results([])

    @property
    def results(self) -> list[PnaResult]:
        return list(self._results)

    def result(self, index: QModelIndex | QPersistentModelIndex) -> PnaResult | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == 0 else index.internalId() - 1
        return self._results[row] if 0 <= row < len(self._results) else None

    def difference(self, row: int) -> dict[str, str]:
        return self._diffs[row]

    # Qt model interface ---------------------------------------------------------------------

    def index(
        self,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._results)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._results[parent.row()].warehouses)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.columns[section].title
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._result_data(index.row(), index.column(), role)
        result = self._results[index.internalId() - 1]
        return self._warehouse_data(result.warehouses[index.row()], index.column(), role, result)

    def _result_data(self, row: int, col: int, role: int) -> Any:
        result = self._results[row]
        column = self.columns[col]
        diff = self._diffs[row]
        if role == _DISPLAY:
            if not result.ok and column.key in ("available", "price", "eta"):
                return ""  # Ingram does not know the item: no "0 available" for it
            if column.key == "description" and self._file_descriptions[row]:
                return self._file_descriptions[row]
            text = format_value(column.kind, column.value(result), result.currency)
            if column.key == "status" and diff:
                return f"{text} · {diff['summary']}"
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment)
        if role == RESULT_ROLE:
            return result
        if role == Qt.ItemDataRole.BackgroundRole and column.key in diff:
            return _CHANGED
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.key in diff:
                return f"{diff['summary']}; live: {format_value(column.kind, column.value(result), result.currency)}"
            if column.key == "status" and result.status_message:
                return result.status_message
            if column.key == "description" and self._file_descriptions[row]:
                return self.tr("From the price file: {description}").format(
                    description=self._file_descriptions[row]
                )
            if column.key == "query":  # (narrow: a VPN and an EAN typed for one article)
                return result.query
        if role == Qt.ItemDataRole.ForegroundRole:
            if not result.ok:
                return _REJECTED
            if column.key in diff:  # dark text on the light highlight, also in dark mode
                return _ON_CHANGED
        return None

    def _warehouse_data(
        self, w: WarehouseAvailability, col: int, role: int, result: PnaResult
    ) -> Any:
        key = self.columns[col].key
        if role == _DISPLAY:
            if key == "description":
                kind = self.tr("central warehouse") if w.central else self.tr("local warehouse")
                town = warehouse_town(w.name)
                where = (
                    town + w.location[len(w.name) :]
                    if w.location.startswith(w.name)
                    else f"{town}, {w.location}"
                )
                unknown = "" if w.known else self.tr(" (not in the seed table)")
                return f"{where} ({w.id}) — {kind}{unknown}"
            if key == "available":
                return formats.quantity(w.available)
            if key == "eta":
                return format_value("eta", w.eta)
            if key == "status":
                parts = []
                if w.backordered:
                    parts.append(
                        self.tr("{n} backordered").format(n=formats.quantity(w.backordered))
                    )
                if w.on_order:
                    parts.append(
                        self.tr("{on_order} on order").format(on_order=formats.quantity(w.on_order))
                    )
                return ", ".join(parts)
            return ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[col].alignment)
        if role == Qt.ItemDataRole.ForegroundRole and w.central:
            return _CENTRAL
        if role == RESULT_ROLE:
            return result
        return None
