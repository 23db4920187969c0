"""Column widths that survive German: a column is given its designed width, or more when its title
in the user's language needs more ("Lagerbestand" is wider than "Stock")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QTreeView

__all__ = ["fit_column"]


def fit_column(view: QAbstractItemView, column: int, width: int) -> int:
    """Set ``column`` of a table or tree to ``width``, widened to show its whole title (with the
    header's margins and room for the sort arrow); returns the width set."""
    header: QHeaderView = (
        view.horizontalHeader() if isinstance(view, QTableView) else view.header()  # type: ignore[union-attr]
    )
    model = view.model()
    title = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else None
    style = header.style()
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    margin += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    need = header.fontMetrics().horizontalAdvance(str(title or "")) + margin
    width = max(width, need)
    if isinstance(view, (QTableView, QTreeView)):
        view.setColumnWidth(column, width)
    return width
