"""The one place errors appear: an inline banner with the remedy and the correlation id to quote."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ingram_desk.domain.errors import IngramError
from ingram_desk.ui.domain_texts import error_remedy, error_text

__all__ = ["ErrorBanner", "describe_error"]


def describe_error(exc: BaseException) -> tuple[str, str, str]:
    """(message, remedial action, correlation id) for any exception, domain or not."""
    if isinstance(exc, IngramError):
        remedy = error_remedy(exc) if exc.remedial_action != "None required." else ""
        message = error_text(exc)
        if exc.fields:
            message += " — " + "; ".join(f"{f.field}: {f.message}" for f in exc.fields)
        return message, remedy, exc.correlation_id or ""
    text = str(exc) or type(exc).__name__
    return (
        f"{type(exc).__name__}: {text}",
        QCoreApplication.translate("ErrorBanner", "See the log for details."),
        "",
    )


class ErrorBanner(QFrame):
    """Hidden until ``show_error``; Dismiss hides it, Show log asks the window for the log view,
    Retry (only when ``show_error`` was given one) runs the action again."""

    log_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setStyleSheet(
            "#errorBanner { background: #fdecea; border: 1px solid #e0a39c; border-radius: 4px; }"
            "#errorBanner QLabel { color: #611a15; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.hide()
        self.retry_button.clicked.connect(self._retry)
        self._retry_action: Callable[[], None] | None = None
        log_button = QPushButton(self.tr("Show log"), self)
        log_button.clicked.connect(self.log_requested)
        dismiss = QPushButton(self.tr("Dismiss"), self)
        dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(log_button)
        layout.addWidget(dismiss)
        self.last_error: BaseException | None = None
        self.hide()

    def show_error(
        self, exc: BaseException, *, context: str = "", retry: Callable[[], None] | None = None
    ) -> None:
        """Show ``exc``; with ``retry``, a Retry button that hides the banner and calls it."""
        self.last_error = exc
        self._retry_action = retry
        self.retry_button.setVisible(retry is not None)
        message, remedy, correlation = describe_error(exc)
        parts = [f"<b>{_esc(context + ': ' if context else '')}{_esc(message)}</b>"]
        if remedy:
            parts.append(_esc(remedy))
        if correlation:
            parts.append(
                self.tr("Correlation id to quote to Ingram: <code>{v0}</code>").format(
                    v0=_esc(correlation)
                )
            )
        self.label.setText("<br>".join(parts))
        self.show()

    def _retry(self) -> None:
        action, self._retry_action = self._retry_action, None
        self.retry_button.hide()
        self.hide()
        if action is not None:
            action()

    def text(self) -> str:
        return self.label.text()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
