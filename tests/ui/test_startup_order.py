"""Defect 18: the window is built and shown before the slow parts start (the demo's feed
servers, ~1 s; the catalogue engine's polars and numpy, ~1 s; keyring's backend detection),
a desk without a team never loads the PostgreSQL driver, and the catalogue answers its first
search before the feeds start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import asyncio, sys
import qasync
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from ingram_desk.app import attach_feeds, open_app
from ingram_desk.cli.main import build_parser

async def main():
    args = build_parser().parse_args(["--data-dir", sys.argv[1]])
    async with open_app(args) as s:
        print("window", type(s.window).__name__)
        print("feeds-before-show", s.feeds, s.context.sandbox.feeds)
        print("psycopg", "psycopg" in sys.modules)
        print("sandbox-data", s.context.sandbox._dataset is not None)  # made on first call
        print("keyring-detected", "keyring.backends.null" in sys.modules)  # (the tests' backend)
        print("engine", *(m for m in ("polars", "numpy") if m in sys.modules))
        await s.catalogue.info()  # the first read loads the engine, in a worker thread
        print("engine-after", *(m for m in ("polars", "numpy") if m in sys.modules))
        await attach_feeds(s)
        print("feeds-after", s.feeds is not None, s.context.sandbox.feeds is not None)

with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
    runner.run(main())
"""

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _probe(script: str, data_dir: Path) -> list[str]:
    """``script``'s printed lines, run in a fresh process (what it imports is what a start does)."""
    proc = subprocess.run(
        [sys.executable, "-c", script, str(data_dir)],
        env=ENV, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout.splitlines()


def test_open_app_builds_the_window_before_the_feeds_and_loads_no_team_driver_nor_polars(
    tmp_path: Path,
) -> None:
    lines = _probe(PROBE, tmp_path)
    assert "window MainWindow" in lines
    assert "feeds-before-show None None" in lines  # nothing started before the first paint
    assert "psycopg False" in lines
    assert "sandbox-data False" in lines  # its products and orders wait for its first call
    assert "keyring-detected False" in lines  # its backends are looked for on first use
    assert "engine" in lines  # the window's modules and the built window load neither
    assert "engine-after polars numpy" in lines
    assert "feeds-after True True" in lines  # and started once asked for, after show


FIRST_START = """
import asyncio, sys
import qasync
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from ingram_desk.app import first_start, open_app
from ingram_desk.cli.main import build_parser

async def main():
    args = build_parser().parse_args(["--data-dir", sys.argv[1]])
    async with open_app(args) as s:
        s.window.show()
        tab = s.window.catalogue_tab
        tab.search_finished.connect(
            lambda n: print("answered", n, "feeds", s.feeds is not None, s.context.sandbox.feeds)
        )
        await first_start(s)
        print("started", "feeds", s.feeds is not None, s.context.sandbox.feeds is not None)

with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
    runner.run(main())
"""


def test_a_catalogue_answers_its_first_search_before_the_feeds_start(tmp_path: Path) -> None:
    """The demo's feed servers (certificate, keys, asyncssh: ~0.4 s of CPU on the GIL) start
    once the catalogue tab's first search has answered, not alongside it."""
    sample = Path(__file__).resolve().parents[2] / "resources" / "sample"
    subprocess.run(
        [sys.executable, "-m", "ingram_desk.cli.main", "--data-dir", str(tmp_path), "catalogue",
         "import", str(sample / "price_file.csv"), "--stock", str(sample / "stock_file.csv")],
        env=ENV, capture_output=True, check=True, timeout=120,
    )  # fmt: skip
    lines = _probe(FIRST_START, tmp_path)
    assert lines[0].startswith("answered ") and lines[0].endswith(" feeds False None"), lines
    assert int(lines[0].split()[1]) > 0  # the sample's rows, all listed
    assert "started feeds True True" in lines
