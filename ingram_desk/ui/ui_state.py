"""Window geometry, table header layouts and pane sizes, remembered through QSettings in the
data folder.

This is the only module that touches QSettings: the settings file lives next to the rest of the
app's state (``<data dir>/ui-state.ini``), so tests and ``--data-dir`` never touch the user's config.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from ingram_desk.ui.widgets.header_fit import fit_titles, header_titles

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
        """The clerk's column order and widths; kept while the titles were in another language
        (or from before they were kept), a column too narrow for its title now is widened."""
        state = self.settings.value(f"headers/{key}")
        restored = isinstance(state, QByteArray) and header.restoreState(state)
        if restored and self.settings.value(f"headers/{key}.titles") != _titles(header):
            fit_titles(header)
        return restored

    def save_header(self, key: str, header: QHeaderView) -> None:
        self.settings.setValue(f"headers/{key}", header.saveState())
        self.settings.setValue(f"headers/{key}.titles", _titles(header))

    def restore_splitter(self, key: str, splitter: QSplitter) -> bool:
        """The clerk's pane sizes (the catalogue's categories, list and details)."""
        state = self.settings.value(f"splitters/{key}")
        return isinstance(state, QByteArray) and splitter.restoreState(state)

    def save_splitter(self, key: str, splitter: QSplitter) -> None:
        self.settings.setValue(f"splitters/{key}", splitter.saveState())

    def value(self, key: str, default: object = None) -> object:
        return self.settings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self.settings.setValue(key, value)

    def sync(self) -> None:
        self.settings.sync()


def _titles(header: QHeaderView) -> str:
    """The titles a header layout was kept with, as one string (QSettings' INI file reads a
    one-item list back as a string)."""
    return json.dumps(header_titles(header), ensure_ascii=False)
