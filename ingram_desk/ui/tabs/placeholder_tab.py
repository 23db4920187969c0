"""Placeholder for the Order and Orders tabs until their issue lands (they get the same wiring)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

__all__ = ["PlaceholderTab"]


class PlaceholderTab(QWidget):
    """Collects lines handed over by the Catalogue/P&A tabs so nothing the user did is lost."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.pending_lines: list[tuple[str, int]] = []
        self.label = QLabel(f"<h2>{title}</h2><p>{text}</p>", self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.lines_label = QLabel("", self)
        self.lines_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.lines_label)
        layout.addStretch(2)

    def add_lines(self, lines: list[tuple[str, int]]) -> None:
        self.pending_lines.extend(lines)
        text = ", ".join(f"{qty} × {sku}" for sku, qty in self.pending_lines)
        self.lines_label.setText(
            self.tr("Lines waiting for the order form: {text}").format(text=text)
        )
