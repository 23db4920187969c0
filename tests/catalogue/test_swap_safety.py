"""The live catalogue survives refused, cancelled, failed and killed imports (reliability D3/D4)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ingram_desk.catalogue.importer import import_catalogue
from ingram_desk.catalogue.report import (
    CatalogueImportError,
    ImportCancelled,
    SanityGateError,
)
from ingram_desk.catalogue.schema import generation_tables
from ingram_desk.catalogue.store import CatalogueQuery, CatalogueStore

from .builders import dach_row, write_dach

ROOT = Path(__file__).resolve().parents[2]


def _catalogue(db: Path) -> list[tuple[str, str]]:
    """(sku, price) of every live row: equal lists mean exactly the same generation."""
    store = CatalogueStore.open(db)
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
    import_catalogue(db, old)
    new = write_dach(
        tmp_path / "new.csv", [dach_row(f"NEW{i}", ek="2.00") for i in range(new_rows)]
    )
    return db, old, new


def test_sanity_gate_refuses_a_much_smaller_file_unless_forced(tmp_path: Path) -> None:
    db, _old, _ = _old_and_new(tmp_path)
    before = _catalogue(db)
    small = write_dach(tmp_path / "small.csv", [dach_row(f"S{i}") for i in range(5)])
    with pytest.raises(SanityGateError, match=r"file looks incomplete \(5 rows vs 40"):
        import_catalogue(db, small)
    assert _catalogue(db) == before
    report = import_catalogue(db, small, force=True)
    assert report.rows_imported == 5 and len(_catalogue(db)) == 5


def test_sanity_gate_refuses_mostly_unusable_rows(tmp_path: Path) -> None:
    db, _old, _ = _old_and_new(tmp_path)
    before = _catalogue(db)
    rows = [dach_row(f"U{i}", ek="") for i in range(30)] + [dach_row(f"K{i}") for i in range(20)]
    with pytest.raises(SanityGateError, match="30 of 50 rows lack a SKU or price") as info:
        import_catalogue(db, write_dach(tmp_path / "bad.csv", rows))
    assert info.value.report.rows_imported == 20
    assert _catalogue(db) == before


def test_empty_and_header_only_files_never_replace_the_catalogue(tmp_path: Path) -> None:
    db, _old, _ = _old_and_new(tmp_path)
    before = _catalogue(db)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(CatalogueImportError, match="is empty"):
        import_catalogue(db, empty)
    with pytest.raises(SanityGateError, match="no usable rows"):
        import_catalogue(db, write_dach(tmp_path / "h.csv", []), force=True)
    assert _catalogue(db) == before


def test_cancel_leaves_the_previous_catalogue_and_no_leftovers(tmp_path: Path) -> None:
    db, _old, new = _old_and_new(tmp_path)
    before = _catalogue(db)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ImportCancelled):
        import_catalogue(db, new, cancel=cancel)
    assert _catalogue(db) == before
    conn = sqlite3.connect(db)
    assert list(generation_tables(conn)) == [1]


def test_cancel_from_progress_callback_mid_import(tmp_path: Path) -> None:
    db, _old, _ = _old_and_new(tmp_path)
    before = _catalogue(db)
    big = write_dach(tmp_path / "big.csv", [dach_row(f"B{i}") for i in range(45_000)])
    cancel = threading.Event()
    seen = []

    def progress(tick) -> None:
        seen.append(tick)
        if tick.rows >= 20_000:
            cancel.set()

    with pytest.raises(ImportCancelled):
        import_catalogue(db, big, progress=progress, cancel=cancel)
    assert seen[0].phase == "reading" and seen[0].bytes_total == big.stat().st_size
    assert seen[0].eta_seconds is not None and seen[0].rows_per_second > 0
    assert _catalogue(db) == before


def _run_import(db: Path, src: Path, crash_at: str | None) -> subprocess.Popen:
    env = dict(os.environ)
    env.pop("INGRAM_DESK_CATALOGUE_CRASH_AT", None)
    if crash_at:
        env["INGRAM_DESK_CATALOGUE_CRASH_AT"] = crash_at
    code = (
        "import sys; from pathlib import Path;"
        "from ingram_desk.catalogue.importer import import_catalogue;"
        "import_catalogue(Path(sys.argv[1]), Path(sys.argv[2]))"
    )
    return subprocess.Popen([sys.executable, "-c", code, str(db), str(src)], env=env, cwd=ROOT)


@pytest.mark.parametrize(
    ("crash_at", "survivor"),
    [("after_batch_1", "old"), ("before_swap_commit", "old"), ("after_swap_commit", "new")],
)
def test_killed_import_leaves_exactly_one_generation(
    tmp_path: Path, crash_at: str, survivor: str
) -> None:
    db, old, new = _old_and_new(tmp_path)
    before = _catalogue(db)
    assert _run_import(db, new, crash_at).wait(60) == 70
    store = CatalogueStore.open(db)
    assert store.integrity_check() == "ok"
    after = _catalogue(db)
    if survivor == "old":
        assert after == before
    else:
        assert [sku for sku, _ in after] == [f"NEW{i}" for i in range(30)]
    # the next import cleans up whatever the killed one left behind
    import_catalogue(db, old, force=True)
    assert len(generation_tables(sqlite3.connect(db))) == 1
    leftovers = sorted(p.name for p in tmp_path.glob("c.sqlite3.*") if "-wal" not in p.name)
    assert leftovers == [f"c.sqlite3.source{CatalogueStore.open(db).generation()}"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_sigkill_at_a_random_moment_keeps_a_consistent_catalogue(tmp_path: Path) -> None:
    db, _old, _ = _old_and_new(tmp_path)
    before = _catalogue(db)
    big = write_dach(tmp_path / "big.csv", [dach_row(f"K{i}") for i in range(60_000)])
    proc = _run_import(db, big, None)
    time.sleep(1.0)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert CatalogueStore.open(db).integrity_check() == "ok"
    after = _catalogue(db)
    assert after == before or len(after) == 60_000


def test_raw_columns_survive_reopen_and_degrade_when_the_copy_is_gone(tmp_path: Path) -> None:
    db, _old, new = _old_and_new(tmp_path)
    import_catalogue(db, new)
    [product] = CatalogueStore.open(db).lookup("NEW3")
    assert product.raw["ARTIKEL_NR"] == "NEW3"
    assert not list(tmp_path.glob("c.sqlite3.source1"))  # the replaced generation's copy went
    for kept in tmp_path.glob("c.sqlite3.source*"):
        kept.unlink()
    [product] = CatalogueStore.open(db).lookup("NEW3")
    assert product.sku == "NEW3" and dict(product.raw) == {}


def test_disk_full_during_import_keeps_the_old_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _old, _ = _old_and_new(tmp_path)
    before = _catalogue(db)
    pages = sqlite3.connect(db).execute("PRAGMA page_count").fetchone()[0]
    monkeypatch.setenv("INGRAM_DESK_CATALOGUE_MAX_PAGES", str(pages + 30))
    big = write_dach(tmp_path / "big.csv", [dach_row(f"F{i}") for i in range(5000)])
    with pytest.raises(CatalogueImportError, match="database or disk is full"):
        import_catalogue(db, big)
    monkeypatch.delenv("INGRAM_DESK_CATALOGUE_MAX_PAGES")
    assert _catalogue(db) == before
    assert CatalogueStore.open(db).integrity_check() == "ok"
    assert list(generation_tables(sqlite3.connect(db))) == [1]
    assert not list(tmp_path.glob("c.sqlite3.fts*.tmp"))
    assert import_catalogue(db, big).rows_imported == 5000  # space again: it works
