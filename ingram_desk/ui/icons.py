"""Finds the app's icons: installed package data, the checkout's ``resources/``, or PyInstaller's
unpack folder (``sys._MEIPASS``), in that order."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

from ingram_desk.paths import resource_path

__all__ = ["ICON_SIZES", "app_icon", "icon_file"]

#: PNG sizes shipped in ``resources/icons`` (``ingram-desk-<size>.png``), plus the SVG
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def icon_file(name: str) -> Path | None:
    """Path of ``resources/icons/<name>`` wherever the app runs from, or None."""
    candidates = [resource_path("icons", name)]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources" / "icons" / name)
    return next((p for p in candidates if p.exists()), None)


def app_icon() -> QIcon:
    """The window/taskbar icon with every shipped size (empty icon if none is found)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = icon_file(f"ingram-desk-{size}.png")
        if path is not None:
            icon.addFile(str(path))
    return icon
