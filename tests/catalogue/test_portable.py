"""The whole import and query path runs where Linux-only calls do not exist, as on Windows.

A ``sitecustomize`` put on ``PYTHONPATH`` (for the test's own Python process and every child it
spawns: the stage-1 snapshot and the store builder) deletes ``os.pread``, ``os.setpriority``
and ``os.nice`` and hides glibc from ctypes, then the real service imports a price file in two
stages, answers from the snapshot and from the store, and the user's file can be renamed and
deleted while the catalogue is open. Nothing in the production code knows about the test.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.fixtures.catalogue import SAMPLE_PRICE_FILE

ROOT = Path(__file__).resolve().parents[2]

_SHIM = """
import ctypes.util
import os
import pathlib

for _name in ("pread", "pwrite", "setpriority", "getpriority", "nice", "PRIO_PROCESS"):
    if hasattr(os, _name):
        delattr(os, _name)
ctypes.util.find_library = lambda name: None  # no glibc: no mallopt, no malloc_trim
_marks = os.environ.get("INGRAM_DESK_TEST_MARKS")
if _marks:
    pathlib.Path(_marks, str(os.getpid())).touch()
"""

_DRIVER = """
import asyncio, json, multiprocessing, os, sys, time
from pathlib import Path

from ingram_desk.services.catalogue_service import (
    CATALOGUE_INTERIM, CatalogueQuery, CatalogueService,
)

price, db = Path(sys.argv[1]), Path(sys.argv[2])
assert not hasattr(os, "pread") and not hasattr(os, "setpriority")
QUERIES = [CatalogueQuery(text="kabel"), CatalogueQuery(sort_key="customer_price"),
           CatalogueQuery(text="usb", sort_key="eta", descending=True)]


def held(pid):
    fds = Path(f"/proc/{pid}/fd")
    if not fds.is_dir():
        return []
    out = []
    for fd in fds.iterdir():
        try:
            if os.path.realpath(fd) == str(price.resolve()):
                out.append(str(fd))
        except OSError:
            pass
    return out


def answers(reader):
    out = []
    for q in QUERIES:
        ids = reader.query_ids(q).tolist()
        out.append([[p.sku, str(p.customer_price), str(p.eta)] for p in reader.read_rows(ids[:50])])
    return out


result = {}


def on_interim(info):
    if not info.interim:
        return
    reader = svc.reader
    deadline = time.monotonic() + 120
    while not reader.settled() and time.monotonic() < deadline:
        time.sleep(0.05)  # settled: pages are read back from the price file by offset
    result["settled"] = reader.settled()
    result["stage1"] = answers(reader)
    result["stage1_held"] = [h for c in multiprocessing.active_children() for h in held(c.pid)]


async def main():
    global svc
    svc = CatalogueService(db, two_stage_min_bytes=0)
    svc.events.subscribe(CATALOGUE_INTERIM, on_interim)
    outcome = await svc.import_files(price)
    result["rows"] = outcome.report.rows_imported
    result["store"] = answers(svc.reader)
    result["after_held"] = held(os.getpid()) + [
        h for c in multiprocessing.active_children() for h in held(c.pid)
    ]
    moved = price.with_name("renamed.csv")
    price.rename(moved)
    moved.unlink()
    result["after_delete"] = answers(svc.reader)
    result["lookup"] = [p.sku for p in await svc.lookup(result["store"][0][0][0])]
    svc.close()


asyncio.run(main())
print(json.dumps(result))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="simulates Windows elsewhere")
def test_import_and_queries_without_linux_only_calls(tmp_path: Path) -> None:
    shim, marks = tmp_path / "shim", tmp_path / "marks"
    shim.mkdir()
    marks.mkdir()
    (shim / "sitecustomize.py").write_text(textwrap.dedent(_SHIM))
    price = shutil.copy(SAMPLE_PRICE_FILE, tmp_path / "price_file.csv")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(shim), str(ROOT)]),
        "INGRAM_DESK_TEST_MARKS": str(marks),
    }
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, str(price), str(tmp_path / "c.sqlite3")],
        env=env, capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # the driver, the warm stage-1 child and the store-building child all ran without them
    assert len(list(marks.iterdir())) >= 3
    assert result["rows"] == 3000
    assert result["settled"] is True
    assert result["stage1"] == result["store"] == result["after_delete"]
    assert all(result["store"]), "every query finds rows"
    assert result["lookup"] == [result["store"][0][0][0]]
    # no handle on the user's file: not in the stage-1 child between page reads, none after
    assert result["stage1_held"] == [] and result["after_held"] == []
    assert not Path(price).exists()
