"""The log view: every record the app logs (already redacted by logging_setup) in a read-only pane."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ingram_desk.logging_setup import RedactingFilter

__all__ = ["LogView", "QtLogHandler"]


class _Relay(QObject):
    record_logged = Signal(str)


class QtLogHandler(logging.Handler):
    """Logging handler that hands formatted records to the GUI thread through a queued signal."""

    def __init__(self, level: int = logging.INFO) -> None:
        super().__init__(level)
        self.relay = _Relay()
        self.addFilter(RedactingFilter())  # no token or secret ever reaches the screen
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.relay.record_logged.emit(self.format(record))
        except RuntimeError:  # relay deleted at shutdown
            pass


class LogView(QPlainTextEdit):
    """Read-only, bounded to the last 5,000 lines; attach() installs its handler on the root logger."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setMaximumBlockCount(5000)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.handler = QtLogHandler()
        self.handler.relay.record_logged.connect(self.appendPlainText)

    def attach(self, logger: logging.Logger | None = None) -> None:
        (logger or logging.getLogger()).addHandler(self.handler)

    def detach(self, logger: logging.Logger | None = None) -> None:
        (logger or logging.getLogger()).removeHandler(self.handler)
