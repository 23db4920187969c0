"""Paints catalogue cells from the model's page cache with one Python call per cell.

Qt's default delegate asks ``data()`` for seven roles per cell (≈2,100 Python calls per 1400×900
page, ≈26–45 ms here); this delegate overrides ``initStyleOption`` only and reads the
pre-formatted text straight from the page cache, which brings a page repaint near the 16 ms
budget (see ``bench/ui_bench.py``). Tooltips, copy and accessibility still go through ``data()``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from ingram_desk.ui.models.catalogue_model import NO_STOCK_BRUSH, CatalogueModel

__all__ = ["CatalogueDelegate"]

_TEXT = QPalette.ColorRole.Text


class CatalogueDelegate(QStyledItemDelegate):
    """Sets only what differs from the view's defaults: the text always, the alignment for
    right-aligned columns, the text colour for products without stock. Each Python-side touch
    of a Qt enum costs microseconds (``option.features |= …`` alone added ~8 ms per page), and
    the style draws any non-empty text, so nothing else is set."""

    def __init__(self, model: CatalogueModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model
        self._right = {
            i: c.alignment for i, c in enumerate(model.columns) if c.kind in ("money", "stock")
        }
        self._stock_col = next((i for i, c in enumerate(model.columns) if c.key == "stock"), -1)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row, column = index.row(), index.column()
        option.text = self.model.display_text(row, column)
        alignment = self._right.get(column)
        if alignment is not None:
            option.displayAlignment = alignment
            if column == self._stock_col and self.model.is_dimmed(row):
                option.palette.setBrush(_TEXT, NO_STOCK_BRUSH)
