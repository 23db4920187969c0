"""A one-line label that ends in "…" where its text does not fit, instead of cutting a letter in
half ("stock of 9:" at 1440 px); the owner puts the whole text in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget

__all__ = ["ElidedLabel"]


class ElidedLabel(QLabel):
    """Its size hint is the whole text's (its minimum with ``gives_way``); its minimum is only
    what ``setMinimumWidth`` asks (1 px by default), so a long text never raises the window's
    minimum width. The tooltip is the whole text unless the owner sets another after ``setText``."""

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, gives_way: bool = False
    ) -> None:
        super().__init__(text, parent)
        self.setMinimumWidth(1)
        self.setToolTip(text)
        # asks only its minimum: in a layout with a stretch factor it takes the room the other
        # fields leave, so they are shown whole before it is (the status bar's catalogue field)
        self.gives_way = gives_way

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.minimumWidth(), hint.height()) if self.gives_way else hint

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """What is painted: the text, elided to the width there is."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        QFrame.paintEvent(self, event)  # the style sheet's background and frame
        painter = QPainter(self)
        self.style().drawItemText(
            painter, self.contentsRect(), int(self.alignment()), self.palette(),
            self.isEnabled(), self.shown_text(), self.foregroundRole(),
        )  # fmt: skip
        painter.end()
