"""Render missing PNG sizes of the app icon from resources/icons/ingram-desk.svg.

    QT_QPA_PLATFORM=offscreen uv run python packaging/linux/render_icons.py

Desktops look up hicolor icons at 16, 22, 24, 32, 48, 64, 128, 256 and 512 pixels (and the SVG as
"scalable"); sizes that already have a PNG are left alone (the small ones may be hand-tuned).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def main() -> int:
    sys.path.insert(0, str(ICONS.parents[1]))
    from ingram_desk.ui.icons import ICON_SIZES

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs an application)
    renderer = QSvgRenderer(str(ICONS / "ingram-desk.svg"))
    for size in ICON_SIZES:
        target = ICONS / f"ingram-desk-{size}.png"
        if target.exists():
            continue
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
