"""macOS hands documents opened from Finder (the Info.plist's document types: price files) to the
app as ``QFileOpenEvent`` on the application object, not as arguments; this relays them to the
window's importer, as ``ingram-desk open FILE`` does on Windows and Linux.

It is an application-wide event filter, so ``app.run_gui`` installs it on macOS only: elsewhere
files arrive as arguments and every event would pay for a Python call.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

__all__ = ["FileOpenRelay"]


class FileOpenRelay(QObject):
    def __init__(self, app: QObject, window: Any) -> None:
        super().__init__(window)
        self._app = app
        self.window = window
        app.installEventFilter(self)

    def detach(self) -> None:
        self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_open = event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent)
        if is_open and event.file():
            self.window.importer.start_many([Path(event.file())])
            return True
        return False
