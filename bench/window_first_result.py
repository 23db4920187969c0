"""Searchable after, as the clerk sees it: a big import started from the window, timed until the
window's own table shows the new catalogue's answer to the search it holds.

    uv run python bench/window_first_result.py PRICE_FILE LAYOUT [--seed 13] [--runs 3]

``catalogue_bench.py`` times the service (no window). Here, per run, in a fresh process and a
fresh data folder: the app's window on the demo profile (offscreen), its sample catalogue
imported, a search drawn with ``--seed`` from ``PRICE_FILE``'s own vocabulary
(``catalogue_bench.search_terms``) typed and a row selected, the import child warmed as when
the import dialog opens, then ``PRICE_FILE`` imported through the window (``CatalogueImporter``).
Printed, from the start of the import: when the snapshot served (``CATALOGUE_INTERIM``), when
the window's table showed the search's result from it, when the vendor list and category tree
were filled, when the import was done; and the first two as a share of the csv module's read
of the same file (median of three).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RUN = r"""
import asyncio, sys, time
from pathlib import Path
import qasync
from PySide6.QtWidgets import QApplication
from ingram_desk.app import open_app, sample_files
from ingram_desk.cli.main import build_parser
from ingram_desk.services.catalogue_service import CATALOGUE_INTERIM
sys.path.insert(0, sys.argv[4])
from catalogue_bench import LAYOUTS, search_terms

price, layout, seed, data = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[5]
text = search_terms(price, LAYOUTS[layout], seed)[0]

async def run():
    args = build_parser().parse_args(["--data-dir", data])
    marks = {}
    async with open_app(args) as session:
        window, catalogue = session.window, session.catalogue
        window.resize(1440, 860)
        window.show()
        sample, stock, category = sample_files()
        await catalogue.import_files(sample, stock_file=stock, category_file=category)
        await window.refresh_catalogue_state()
        tab = window.catalogue_tab
        tab.search.setText(text)
        tab.search.flush()
        while tab.runner.running_names():
            await asyncio.sleep(0.02)
        tab.table.selectRow(2)
        catalogue.prepare_import()  # as the import dialog does when it opens
        await asyncio.sleep(4)
        loaded = tab.load_filters

        async def load_filters():
            found = await loaded()
            marks.setdefault("lists", time.perf_counter() - started)
            return found

        tab.load_filters = load_filters
        catalogue.events.subscribe(
            CATALOGUE_INTERIM,
            lambda _info: marks.setdefault("served", time.perf_counter() - started),
        )
        tab.search_finished.connect(
            lambda _n: "served" in marks
            and marks.setdefault("shown", time.perf_counter() - started)
        )
        done = asyncio.get_running_loop().create_future()
        window.importer.imported.connect(lambda *_a: done.done() or done.set_result(None))
        started = time.perf_counter()
        window.importer.start(price)
        await asyncio.wait_for(done, 600)
        marks["done"] = time.perf_counter() - started
    return marks

app = QApplication.instance() or QApplication(sys.argv[:1])
with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
    marks = runner.run(run())
print(" ".join(f"{k}={v:.3f}" for k, v in marks.items()), f"search={text!r}")
"""


def main() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from catalogue_bench import LAYOUTS, csv_read_seconds

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("price_file", type=Path)
    parser.add_argument("layout", choices=sorted(LAYOUTS))
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    read = sorted(csv_read_seconds(args.price_file, LAYOUTS[args.layout]) for _ in range(3))[1]
    print(f"csv module read: {read:.2f} s")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as data:
            code = [str(args.price_file), args.layout, str(args.seed), str(ROOT / "bench"), data]
            out = subprocess.run(
                [sys.executable, "-c", _RUN, *code],
                check=True, cwd=ROOT, env=env, capture_output=True, text=True,
            )  # fmt: skip
        line = out.stdout.strip().splitlines()[-1]
        marks = dict(item.split("=", 1) for item in line.split(" ")[:4] if "=" in item)
        served, shown = float(marks["served"]), float(marks["shown"])
        print(
            f"snapshot served {served:.2f} s ({served / read:.2f}x), the window's result "
            f"{shown:.2f} s ({shown / read:.2f}x, +{(shown - served) * 1000:.0f} ms), lists "
            f"{float(marks['lists']):.2f} s, import done {float(marks['done']):.1f} s; "
            + line[line.index("search=") :]
        )


if __name__ == "__main__":
    main()
