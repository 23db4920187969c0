"""The kept rows' problems are found once the snapshot serves (``problems.LaterChecks``): the
final report, the gate's refusal and the one-go import still hold every one, with its line and
column, in line order."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import (
    catalogue_root,
    commit_import,
    import_price_file,
    read_price_file,
)
from ingram_desk.catalogue.interim import InterimProcess
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.report import SanityGateError

from .builders import dach_row, write_dach


def _rows() -> list[list[str]]:
    """Line 2 fine, 3 a bad ETA, 4 no price (skipped), 5 negative stock, 6 repeats line 2."""
    return [
        dach_row("1000001", text1="CABLE"),
        dach_row("1000002", eta="99.99.2026"),
        dach_row("1000003", ek=""),
        dach_row("1000004", qty="-3"),
        dach_row("1000001", text1="CABLE NEW"),
    ]


EXPECTED = [
    (3, "ETA ignored: not a date: '99.99.2026' (column 25, VETA)", False),
    (4, "no customer price", True),
    (5, "negative stock -3 read as 0", False),
    (6, "duplicate SKU 1000001: replaces line 2", False),
]


def _problems(report) -> list[tuple[int, str, bool]]:
    return [(p.line, str(p.reason), p.skipped) for p in report.problems]


def test_the_kept_rows_problems_come_after_the_first_answer_and_reach_the_report(
    tmp_path: Path, db: Path
) -> None:
    pending = read_price_file(db, write_dach(tmp_path / "PL.csv", _rows()))
    # serving: the kept rows are not checked yet (every problem joins the report at once, in
    # line order)
    assert _problems(pending.report) == [] and pending.checks is not None
    assert pending.snap.query_ids(CatalogueQuery(text="cable")).tolist() == [4]
    report = commit_import(pending)
    assert _problems(report) == EXPECTED
    assert report.problem_count == 4 and report.duplicates_replaced == 1
    assert report.rows_imported == 3 and report.rows_skipped == 1


def test_the_one_go_import_reports_the_same(tmp_path: Path, db: Path) -> None:
    report = import_price_file(db, write_dach(tmp_path / "PL.csv", _rows()))
    assert _problems(report) == EXPECTED


def test_the_childs_report_holds_them_after_the_snapshot_settled(tmp_path: Path, db: Path) -> None:
    child = InterimProcess.spawn()
    try:
        child.load(db, write_dach(tmp_path / "PL.csv", _rows()))
        assert child.query_ids(CatalogueQuery(text="cable")).tolist() == [4]
        deadline = time.monotonic() + 20
        while not child.settled() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert child.settled()  # its cells are gone: the checks ran before
        report = child.commit()
    finally:
        child.close()
    assert _problems(report) == EXPECTED


def test_a_refusal_reports_every_problem_and_writes_nothing(tmp_path: Path, db: Path) -> None:
    no_price = [dach_row(f"20000{i}", ek="") for i in range(6)]
    rows = [*_rows(), *no_price]
    with pytest.raises(SanityGateError, match="lack a SKU or price") as gate:
        read_price_file(db, write_dach(tmp_path / "PL.csv", rows))
    problems = _problems(gate.value.report)
    assert problems[:4] == EXPECTED
    assert [line for line, _r, _s in problems[4:]] == list(range(7, 13))
    assert not any(catalogue_root(db).glob("*"))  # nothing written


def test_the_index_comes_first_and_the_keys_after_it_are_the_fresh_snapshots(
    tmp_path: Path, db: Path
) -> None:
    """Settling indexes first (searches scan the whole catalogue until then), then takes the
    change summary's keys and the problems: every cell they read is still there."""
    price = write_dach(tmp_path / "PL.csv", _rows())
    fresh = read_price_file(db, price)
    fresh.complete()
    pending = read_price_file(db, price)
    indexed_first: list[bool] = []
    keys = pending.snap.keys
    pending.snap.keys = lambda: (indexed_first.append(pending.snap._index is not None), keys())[1]
    pending.settle()
    assert indexed_first == [True] and pending.snap.settled
    assert pending.keys is not None and pending.keys.equals(fresh.keys)
    assert _problems(pending.report) == EXPECTED
