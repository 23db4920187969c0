"""``ingram-desk open FILE`` (the desktop entry's ``Exec=ingram-desk open %F``): the window opens,
imports the given file instead of the bundled sample, logs to gui.log, and SIGTERM exits 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import catalogue_root
from ingram_desk.catalogue.generation import current_name, read_info
from ingram_desk.sandbox.price_files import write_catalogue_files


def _row_count(store: Path) -> int:
    """Rows of the live catalogue generation beside the settings database ``store``."""
    root = catalogue_root(store)
    name = current_name(root)
    return int(read_info(root, name).get("row_count", 0)) if name else 0


@pytest.mark.slow
def test_open_imports_the_given_price_file(tmp_path: Path) -> None:
    price = tmp_path / "price list.csv"
    write_catalogue_files(price, 700)
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(data), "open", str(price)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        store = data / "profiles" / "demo" / "catalogue.sqlite3"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not _row_count(store):
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            time.sleep(0.2)
        assert _row_count(store) == 700  # the given file, not the 3,000-row sample
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err[-2000:]
    log = (data / "logs" / "gui.log").read_text(encoding="utf-8")
    assert "main window shown" in log
    assert not (data / "logs" / "cli.log").exists()
