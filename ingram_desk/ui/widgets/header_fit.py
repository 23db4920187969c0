"""Column widths that survive German: a column is given its designed width, or more when its title
in the user's language needs more ("Lagerbestand" is wider than "Stock"); a layout kept from
another language is widened where a title no longer fits (``fit_titles``); what a table's
columns leave of its width (``spare_width``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QTreeView

__all__ = ["fit_column", "fit_titles", "header_titles", "spare_width"]


def _header(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    return view.header()  # type: ignore[attr-defined]


def _title_width(header: QHeaderView, column: int) -> int:
    """What ``column``'s whole title needs: its text, the header's margins, the sort arrow."""
    model = header.model()
    title = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else None
    style = header.style()
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    margin += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return header.fontMetrics().horizontalAdvance(str(title or "")) + margin


def fit_column(view: QAbstractItemView, column: int, width: int) -> int:
    """Set ``column`` of a table or tree to ``width``, widened to show its whole title (with the
    header's margins and room for the sort arrow); returns the width set."""
    width = max(width, _title_width(_header(view), column))
    if isinstance(view, (QTableView, QTreeView)):
        view.setColumnWidth(column, width)
    return width


def header_titles(header: QHeaderView) -> list[str]:
    """The titles of ``header``'s columns, in the user's language."""
    model = header.model()
    if model is None:
        return []
    across = Qt.Orientation.Horizontal
    return [str(model.headerData(i, across) or "") for i in range(header.count())]


def fit_titles(header: QHeaderView) -> None:
    """Widen each shown column narrower than its whole title; wider ones keep their width."""
    for column in range(header.count()):
        if not header.isSectionHidden(column):
            need = _title_width(header, column)
            if header.sectionSize(column) < need:
                header.resizeSection(column, need)


def spare_width(view: QTableView) -> int:
    """The width of ``view`` its columns do not use: the last one shown stretches to the edge,
    so what it has beyond its content and its whole title is spare."""
    header = view.horizontalHeader()
    used = header.length()
    shown = [header.logicalIndex(v) for v in range(header.count())]
    last = next((i for i in reversed(shown) if not header.isSectionHidden(i)), -1)
    if header.stretchLastSection() and last >= 0:
        natural = max(view.sizeHintForColumn(last), _title_width(header, last))
        used += natural - header.sectionSize(last)
    return view.viewport().width() - used
