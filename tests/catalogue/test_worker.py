"""The subprocess importer: same results and refusals as in-process, progress, cancel, death."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import Catalogue
from ingram_desk.catalogue.layouts import MappingRequired
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.report import CatalogueImportError, ImportCancelled, SanityGateError
from ingram_desk.catalogue.worker import apply_stock_in_subprocess, import_in_subprocess

from .builders import dach_row, write_dach


def test_import_in_subprocess_reports_progress_and_result(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    ticks = []
    src = write_dach(tmp_path / "PL.csv", [dach_row(f"W{i}") for i in range(50)] + [["x"]])
    report = import_in_subprocess(db, src, progress=ticks.append)
    assert report.rows_imported == 50 and report.problems[0].line == 52
    assert ticks[0].phase == "reading" and ticks[-1].phase == "done"
    assert len(Catalogue.open(db).query_ids(CatalogueQuery())) == 50


def test_refusals_cross_the_process_boundary(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    import_in_subprocess(db, write_dach(tmp_path / "a.csv", [dach_row(f"A{i}") for i in range(20)]))
    with pytest.raises(SanityGateError, match="looks incomplete") as info:
        import_in_subprocess(db, write_dach(tmp_path / "b.csv", [dach_row("B")]))
    assert info.value.report.rows_imported == 1
    odd = tmp_path / "odd.csv"
    odd.write_text("a;b;c\n1;2;3\n")
    with pytest.raises(MappingRequired) as missing:
        import_in_subprocess(db, odd)
    assert missing.value.header == ["a", "b", "c"]


def test_cancel_is_forwarded_to_the_child(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ImportCancelled):
        import_in_subprocess(db, write_dach(tmp_path / "a.csv", [dach_row("A")]), cancel=cancel)
    assert Catalogue.open(db).info().row_count == 0


def test_a_dying_child_is_an_error_not_a_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(os.environ, "INGRAM_DESK_CATALOGUE_CRASH_AT", "before_generation_pointer")
    with pytest.raises(CatalogueImportError, match="died"):
        import_in_subprocess(
            tmp_path / "c.sqlite3", write_dach(tmp_path / "a.csv", [dach_row("A")])
        )


def test_a_stock_file_is_applied_in_the_child_with_the_same_result_and_refusal(
    tmp_path: Path,
) -> None:
    db = tmp_path / "c.sqlite3"
    with pytest.raises(CatalogueImportError, match="import a price file first"):
        apply_stock_in_subprocess(db, _stock(tmp_path, "W0|3"))
    import_in_subprocess(db, write_dach(tmp_path / "a.csv", [dach_row(f"W{i}") for i in range(5)]))
    report = apply_stock_in_subprocess(db, _stock(tmp_path, "W0|7\nW1|0\nNOPE|2"))
    assert (report.stock_rows_applied, report.stock_rows_unknown) == (2, 1)
    cat = Catalogue.open(db)
    stock = {p.sku: p.stock for p in cat.read_rows(cat.query_ids(CatalogueQuery()))}
    assert stock["W0"] == 7 and stock["W1"] == 0 and cat.generation() == report.generation


def _stock(tmp_path: Path, lines: str) -> Path:
    path = tmp_path / "stock.csv"
    path.write_text("ARTIKEL_NR|VMENGE\n" + lines + "\n", encoding="utf-8")
    return path
