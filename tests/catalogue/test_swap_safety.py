"""The live catalogue survives refused, cancelled, failed and killed imports (reliability D3/D4)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import Catalogue, catalogue_root, import_files
from ingram_desk.catalogue.generation import current_name
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.report import CatalogueImportError, ImportCancelled, SanityGateError

from .builders import DACH_HEADER, dach_row, write_dach

ROOT = Path(__file__).resolve().parents[2]


def _catalogue(db: Path) -> list[tuple[str, str]]:
    """(sku, price) of every live row: equal lists mean exactly the same generation."""
    store = Catalogue.open(db)
    try:
        return [
            (p.sku, str(p.customer_price))
            for p in store.read_rows(store.query_ids(CatalogueQuery()))
        ]
    finally:
        store.close()


def _old_and_new(tmp_path: Path, new_rows: int = 30) -> tuple[Path, Path, Path]:
    db = tmp_path / "c.sqlite3"
    old = write_dach(tmp_path / "old.csv", [dach_row(f"OLD{i}", ek="1.00") for i in range(40)])
    import_files(db, old)
    new = write_dach(
        tmp_path / "new.csv", [dach_row(f"NEW{i}", ek="2.00") for i in range(new_rows)]
    )
    return db, old, new


def test_sanity_gate_refuses_a_much_smaller_file_unless_forced(tmp_path: Path) -> None:
    db, _old, _ = _old_and_new(tmp_path)
    before = _catalogue(db)
    small = write_dach(tmp_path / "small.csv", [dach_row(f"S{i}") for i in range(5)])
    with pytest.raises(SanityGateError, match=r"file looks incomplete \(5 rows vs 40"):
        import_files(db, small)
    assert _catalogue(db) == before
    report = import_files(db, small, force=True)
    assert report.rows_imported == 5 and len(_catalogue(db)) == 5


def test_sanity_gate_refuses_mostly_unusable_rows(tmp_path: Path) -> None:
    db, _old, _ = _old_and_new(tmp_path)
    before = _catalogue(db)
    rows = [dach_row(f"U{i}", ek="") for i in range(30)] + [dach_row(f"K{i}") for i in range(20)]
    with pytest.raises(SanityGateError, match="30 of 50 rows lack a SKU or price") as info:
        import_files(db, write_dach(tmp_path / "bad.csv", rows))
    assert info.value.report.rows_imported == 20
    assert _catalogue(db) == before


def test_empty_and_header_only_files_never_replace_the_catalogue(tmp_path: Path) -> None:
    db, _old, _ = _old_and_new(tmp_path)
    before = _catalogue(db)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(CatalogueImportError, match="is empty"):
        import_files(db, empty)
    with pytest.raises(SanityGateError, match="no usable rows"):
        import_files(db, write_dach(tmp_path / "h.csv", []), force=True)
    assert _catalogue(db) == before


def _folders(db: Path) -> list[str]:
    return sorted(p.name for p in catalogue_root(db).iterdir() if p.is_dir())


def test_cancel_leaves_the_previous_catalogue_and_no_leftovers(tmp_path: Path) -> None:
    db, _old, new = _old_and_new(tmp_path)
    before, folders = _catalogue(db), _folders(db)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ImportCancelled):
        import_files(db, new, cancel=cancel)
    assert _catalogue(db) == before and _folders(db) == folders


def test_cancel_from_progress_callback_mid_import(tmp_path: Path) -> None:
    db, _old, _ = _old_and_new(tmp_path)
    before, folders = _catalogue(db), _folders(db)
    big = write_dach(tmp_path / "big.csv", [dach_row(f"B{i}") for i in range(45_000)])
    cancel = threading.Event()
    seen = []

    def progress(tick) -> None:
        seen.append(tick)
        if len(seen) == 2:  # the read is done: cancel while the generation is written
            cancel.set()

    with pytest.raises(ImportCancelled):
        import_files(db, big, progress=progress, cancel=cancel)
    assert seen[0].phase == "reading" and seen[0].bytes_total == big.stat().st_size
    assert _catalogue(db) == before and _folders(db) == folders


def _run_import(db: Path, src: Path) -> subprocess.Popen:
    env = dict(os.environ)
    env.pop("INGRAM_DESK_CATALOGUE_CRASH_AT", None)
    code = (
        "import sys; from pathlib import Path;"
        "from ingram_desk.catalogue.engine import import_files;"
        "import_files(Path(sys.argv[1]), Path(sys.argv[2]))"
    )
    return subprocess.Popen([sys.executable, "-c", code, str(db), str(src)], env=env, cwd=ROOT)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_sigkill_at_a_random_moment_keeps_a_consistent_catalogue(tmp_path: Path) -> None:
    db, _old, _ = _old_and_new(tmp_path)
    before = _catalogue(db)
    big = write_dach(tmp_path / "big.csv", [dach_row(f"K{i}") for i in range(60_000)])
    proc = _run_import(db, big)
    time.sleep(1.0)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    after = _catalogue(db)
    assert after == before or len(after) == 60_000
    assert import_files(db, big, force=True).rows_imported == 60_000  # and the next one works


def test_raw_columns_survive_reopen_and_the_price_file_being_deleted(tmp_path: Path) -> None:
    db, _old, new = _old_and_new(tmp_path)
    import_files(db, new)
    live = current_name(catalogue_root(db))
    new.unlink()  # no handle is kept on the user's file (Windows would refuse this)
    [product] = Catalogue.open(db).lookup("NEW3")
    assert product.raw["ARTIKEL_NR"] == "NEW3" and len(product.raw) == len(DACH_HEADER)
    assert current_name(catalogue_root(db)) == live
