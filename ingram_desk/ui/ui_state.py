"""Window geometry and table header layouts, remembered through QSettings in the data folder.

This is the only module that touches QSettings: the settings file lives next to the rest of the
app's state (``<data dir>/ui-state.ini``), so tests and ``--data-dir`` never touch the user's config.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow

__all__ = ["UiState"]


class UiState:
    def __init__(self, data_dir: Path) -> None:
        self.settings = QSettings(str(data_dir / "ui-state.ini"), QSettings.Format.IniFormat)

    def restore_window(self, window: QMainWindow) -> bool:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            window.restoreState(state)
        return bool(restored)

    def save_window(self, window: QMainWindow) -> None:
        self.settings.setValue("window/geometry", window.saveGeometry())
        self.settings.setValue("window/state", window.saveState())

    def restore_header(self, key: str, header: QHeaderView) -> bool:
        state = self.settings.value(f"headers/{key}")
        return isinstance(state, QByteArray) and header.restoreState(state)

    def save_header(self, key: str, header: QHeaderView) -> None:
        self.settings.setValue(f"headers/{key}", header.saveState())

    def value(self, key: str, default: object = None) -> object:
        return self.settings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self.settings.setValue(key, value)

    def sync(self) -> None:
        self.settings.sync()
