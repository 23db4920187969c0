"""The catalogue's table view: typed text asks for a search, and an empty result says why."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QTableView, QWidget

__all__ = ["CatalogueTable"]


class CatalogueTable(QTableView):
    """Text typed in it asks for a search (``typed``), where Qt's own keyboard search read
    every row's text for an item starting with it: at a million rows, page after page, the
    window froze for minutes. With no rows it shows ``empty_text`` (what was searched and
    what to try), where an empty white grid said nothing."""

    typed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""

    def keyboardSearch(self, search: str) -> None:
        self.typed.emit(search)

    def set_empty_text(self, text: str) -> None:
        """What the view says while the model has no rows ("": nothing)."""
        if text != self.empty_text:
            self.empty_text = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if not self.empty_text or model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        try:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(24, 24, -24, -24)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(area, int(flags) | int(Qt.TextFlag.TextWordWrap), self.empty_text)
        finally:
            painter.end()
