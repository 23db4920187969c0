"""A right click on a table's column titles shows or hides its columns: a purchaser on a laptop
hides what she never reads (the currency beside a price that shows it, the EAN) and sees the
rest without scrolling sideways; "Reset columns" brings back the designed order and widths.
Hidden columns are part of the header's layout, kept for the next start with its widths and
order (``UiState.save_header``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu

from ingram_desk.ui.widgets.header_fit import header_titles

__all__ = ["ColumnMenu"]


class ColumnMenu(QObject):
    """The column titles' context menu of ``header``: a tick per column, in the order shown.
    Made before the clerk's layout is restored: the header's layout then is the designed one."""

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self.header = header
        self._sizes = [header.sectionSize(i) for i in range(header.count())]
        self._hidden = {i for i in range(header.count()) if header.isSectionHidden(i)}
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show)

    def menu(self) -> QMenu:
        """The menu as it is now; the last column shown cannot be hidden."""
        header = self.header
        menu = QMenu(header)
        titles = header_titles(header)
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            action = QAction(titles[column] or "—", menu)
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(shown != [column])
            action.toggled.connect(lambda on, c=column: self._set_shown(c, on))
            menu.addAction(action)
        menu.addSeparator()
        every = menu.addAction(self.tr("Show all columns"))
        every.setEnabled(len(shown) < header.count())
        every.triggered.connect(self._show_all)
        menu.addAction(self.tr("Reset columns")).triggered.connect(self.reset)
        return menu

    def reset(self) -> None:
        """The designed columns: their order, widths and which are shown (the sort stays)."""
        header = self.header
        for column in range(min(header.count(), len(self._sizes))):
            header.moveSection(header.visualIndex(column), column)
            header.setSectionHidden(column, column in self._hidden)
            header.resizeSection(column, self._sizes[column])

    def _set_shown(self, column: int, on: bool) -> None:
        self.header.setSectionHidden(column, not on)

    def _show_all(self) -> None:
        for column in range(self.header.count()):
            self.header.showSection(column)

    def _show(self, pos: QPoint) -> None:
        menu = self.menu()
        menu.exec(self.header.viewport().mapToGlobal(pos))
        menu.deleteLater()
