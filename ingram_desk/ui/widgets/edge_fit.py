"""A table whose right edge never cuts a column in two while a wide text column can give way.

A column cut by the view's edge shows no ellipsis: the catalogue's ETA "1/30/2026 · overdue"
read "1/30" on a 1440 px window with the detail pane open, a date that is not the one in the
file. ``EdgeFit`` narrows one wide column (the description, which elides its own text) just
enough that the column at the edge is shown whole, never below ``least``, and widens it back
to its full width as the view grows. Its full width is the designed one, or the one the clerk
dragged it to (a restored layout counts as hers).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView

__all__ = ["EdgeFit"]


class EdgeFit(QObject):
    """Keeps ``view``'s column ``column`` between ``least`` and its full width, as narrow as
    showing the column at the view's right edge whole needs (columns left of it never move)."""

    def __init__(self, view: QTableView, column: int, least: int = 160) -> None:
        super().__init__(view)
        self.view, self.column, self.least = view, column, least
        self.header = view.horizontalHeader()
        #: the width it gives way from (``None``: its width when first fitted)
        self.full: int | None = None
        self._fitting = False
        # another column moved, shown or hidden: fitted again once the header settled (not
        # while one is dragged wider: the columns right of this one would move under the mouse)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        self.header.sectionResized.connect(self._resized)
        self.header.sectionMoved.connect(self._later.start)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, logical: int, old: int, new: int) -> None:
        if logical != self.column:
            if not old or not new:  # (shown or hidden)
                self._later.start()
        elif not self._fitting and new > 0:  # (0: hidden)
            self.full = new  # sized by the clerk (or her layout restored): from there on

    def width_for(self, edge: int) -> int:
        """The column's width for a view ``edge`` pixels wide (at its left end)."""
        header = self.header
        full = header.sectionSize(self.column) if self.full is None else self.full
        at, passed = 0, False
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if header.isSectionHidden(logical):
                continue
            size = full if logical == self.column else header.sectionSize(logical)
            passed = passed or logical == self.column
            if at < edge < at + size:
                # the column the edge cuts: shown whole if it is this one or right of it and
                # this one can give the room; else as it is
                need = at + size - edge
                return full - need if passed and full - need >= self.least else full
            at += size
        return full

    def fit(self) -> None:
        header = self.header
        if header.isSectionHidden(self.column):
            return
        if self.full is None:
            self.full = header.sectionSize(self.column)
        width = self.width_for(self.view.viewport().width())
        if width != header.sectionSize(self.column):
            self._fitting = True
            try:
                header.resizeSection(self.column, width)
            finally:
                self._fitting = False

    @contextmanager
    def at_full_width(self) -> Iterator[None]:
        """The column at its full width meanwhile (saving a layout: a narrow window today must
        not narrow it on a wide one tomorrow)."""
        header, before = self.header, self.header.sectionSize(self.column)
        self._fitting = True
        try:
            if self.full is not None:
                header.resizeSection(self.column, self.full)
            yield
        finally:
            header.resizeSection(self.column, before)
            self._fitting = False
