"""The app was closed during an import, after the import was kept: its next start finishes it
in the import dialog, saying so, instead of importing the demo's sample or losing it. A real
app start (window, service, import child) in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.catalogue.builders import dach_row, write_dach

PROBE = """
import asyncio, sys
from pathlib import Path
import qasync
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from ingram_desk.app import open_app, start_session
from ingram_desk.catalogue.engine import catalogue_root
from ingram_desk.catalogue.kept_import import keep
from ingram_desk.cli.main import build_parser
from ingram_desk.ui.catalogue_import import CatalogueImporter

finish = CatalogueImporter.finish_kept
def finish_kept(self, kept):
    finish(self, kept)
    print("dialog", self.dialog.windowTitle(), "|", self.dialog.phase.text())
CatalogueImporter.finish_kept = finish_kept

async def main():
    args = build_parser().parse_args(["--data-dir", sys.argv[1]])
    async with open_app(args) as s:
        s.window.show()
        root = catalogue_root(s.catalogue.db_path)
        keep(root, {"price": Path(sys.argv[2])}, mapping=None, force=False, currency="EUR")
        done = asyncio.get_running_loop().create_future()
        s.window.importer.imported.connect(done.set_result)
        s.window.importer.import_failed.connect(lambda m: done.set_exception(RuntimeError(m)))
        await start_session(s, args)
        outcome = await asyncio.wait_for(done, 60)
        print("imported", outcome.info.row_count, outcome.report.source)
        print("kept after", await s.catalogue.kept_import())
        print("shows", s.window.importer.dialog.phase.text())
        s.window.importer.dialog.grab().save(sys.argv[3])

with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
    runner.run(main())
"""


def test_a_kept_import_is_finished_at_the_next_start_in_the_import_dialog(
    tmp_path: Path,
) -> None:
    price = write_dach(
        tmp_path / "Preisliste.csv",
        [dach_row(f"K{i:03d}", text1=f"KEPT ARTICLE {i}") for i in range(40)],
    )
    picture = tmp_path / "dialog.png"
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data"), str(price), str(picture)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = proc.stdout.splitlines()
    assert (
        "dialog Importing Preisliste.csv | Finishing the import of Preisliste.csv, interrupted "
        "when Ingram Desk closed…" in lines
    ), lines
    # the kept file, not the demo's sample (which an empty demo catalogue imports at start)
    assert "imported 40 Preisliste.csv" in lines, lines
    assert "kept after None" in lines and "shows Done." in lines
    assert picture.stat().st_size > 0
