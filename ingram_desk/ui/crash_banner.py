"""Shows uncaught exceptions (a Qt slot, a worker thread) in the window's error banner.

``diagnostics`` logs them first and then tells its listeners from whatever thread raised; the
signal here carries the exception to the GUI thread (queued when it comes from another one).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ingram_desk.diagnostics import add_crash_listener, remove_crash_listener
from ingram_desk.ui.widgets.error_banner import ErrorBanner

__all__ = ["CrashBanner"]


class CrashBanner(QObject):
    crashed = Signal(object)

    def __init__(self, banner: ErrorBanner) -> None:
        super().__init__(banner)
        self.banner = banner
        self.crashed.connect(self._show)
        add_crash_listener(self.crashed.emit)

    def detach(self) -> None:
        remove_crash_listener(self.crashed.emit)

    def _show(self, exc: BaseException) -> None:
        self.banner.show_error(exc, context=self.tr("Unexpected error (logged)"))
