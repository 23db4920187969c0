"""Search-as-you-type line edit: emits ``search_changed`` once typing pauses (debounced)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

__all__ = ["SearchField"]


class SearchField(QLineEdit):
    """Every keystroke restarts a short timer; the tab's named search task preempts the last one."""

    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, delay_ms: int = 120) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search SKU, vendor part no., EAN or words   (Ctrl+F)"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.text()))
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.flush)

    def flush(self) -> None:
        """Search now (Enter), without waiting for the pause."""
        self._timer.stop()
        self.search_changed.emit(self.text())
