"""``ingram-desk screenshots OUTDIR --lang de`` on a fresh data folder: the translation is compiled
on demand there and the pictures are written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage


@pytest.mark.slow
def test_screenshots_in_german_compile_the_translation_and_write_the_pictures(
    tmp_path: Path,
) -> None:
    out, data = tmp_path / "shots", tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(data),
         "screenshots", str(out), "--lang", "de"],
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert (data / "i18n" / "ingram_desk_de.qm").stat().st_size > 10_000
    for name in ("catalogue.png", "pna.png", "order.png", "orders.png"):
        image = QImage(str(out / name))
        assert image.width() >= 1200 and image.height() >= 500, name
