"""``ingram-desk screenshots``: the whole app lifecycle in a child process, exit code 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage


@pytest.mark.slow
def test_screenshots_writes_four_large_pngs_and_exits_zero(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(tmp_path / "data"),
         "screenshots", str(out)],
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    for name in ("catalogue.png", "pna.png", "order.png", "orders.png"):
        image = QImage(str(out / name))
        assert image.width() >= 1200 and image.height() >= 750, name
    # the start's feed file replaced the sample catalogue: the list of what it changed
    assert not QImage(str(out / "changes.png")).isNull()
    # first start on the demo profile imported the sample catalogue into the data folder
    assert (tmp_path / "data" / "profiles" / "demo" / "catalogue.sqlite3").exists()


@pytest.mark.slow
def test_screenshots_on_an_xml_profile_show_pushed_documents_and_the_inbox(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(tmp_path / "data"),
         "--transport", "xml", "screenshots", str(out)],
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    for name in ("catalogue.png", "pna.png", "order.png", "orders.png", "inbox.png"):
        assert not QImage(str(out / name)).isNull(), name
    inbox = tmp_path / "data" / "profiles" / "demo" / "inbox" / "inbox.json"
    assert '"matched": false' in inbox.read_text(encoding="utf-8")  # the unknown one is kept
