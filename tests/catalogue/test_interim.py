"""The stage-1 child process: serves the snapshot across the process boundary, passes on the
import's own refusals, says "unavailable" for files it does not read, and always goes away."""

from __future__ import annotations

import os
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ingram_desk.catalogue.engine import Catalogue, import_price_file
from ingram_desk.catalogue.interim import (
    BACKGROUND_NICENESS,
    INTERIM_GENERATION,
    NICENESS,
    InterimProcess,
    InterimUnavailable,
)
from ingram_desk.catalogue.layouts import MappingRequired
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.report import CatalogueImportError, ImportCancelled, SanityGateError

from .builders import ENGLISH_HEADER, dach_row, english_row, write_csv, write_dach


@pytest.fixture
def child() -> InterimProcess:
    process = InterimProcess.spawn()
    yield process
    process.close()


def _gone(process: InterimProcess, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while process._process.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    return not process._process.is_alive()


def test_a_loaded_snapshot_serves_every_reader_call(
    tmp_path: Path, db: Path, child: InterimProcess
) -> None:
    rows = [
        dach_row("1000001", "AN-GS108-EU", "ACME", "SWITCH 8 PORT", ek="61.75", qty="12",
                 ean="0123456789012", g1="Netzwerk", g2="Switches"),
        dach_row("1000002", "U2724DE", "DELL", "MONITOR 27", ek="389.00", qty="0"),
    ]  # fmt: skip
    summary = child.load(db, write_dach(tmp_path / "PL.csv", rows))
    assert summary["rows"] == 2 and summary["layout"] == "dach_impulse"
    assert child.query_ids(CatalogueQuery(text="gs108")).tolist() == [1]
    assert child.query_ids(CatalogueQuery(sort_key="customer_price", descending=True)).tolist() == [
        2, 1,
    ]  # fmt: skip
    [switch] = child.read_rows([1])
    assert switch.customer_price == Decimal("61.75") and switch.stock == 12
    assert [p.sku for p in child.lookup("123456789012")] == ["1000001"]
    by_sku = child.products_by_sku(["1000002", "100000", "AN-GS108-EU"])  # exact SKUs only
    assert list(by_sku) == ["1000002"] and by_sku["1000002"].vendor == "DELL"
    assert child.vendors() == [("ACME", 1), ("DELL", 1)]
    assert [n.path for n in child.category_tree()] == ["Netzwerk", "Zubehör"]
    info = child.info()
    assert info.interim and info.row_count == 2 and info.generation == INTERIM_GENERATION
    assert child.generation() == INTERIM_GENERATION and not child.changes().counts
    # a page read while a search runs in another thread: separate channels, both answered
    results: list[int] = []
    worker = threading.Thread(
        target=lambda: results.extend(child.query_ids(CatalogueQuery(text="monitor")))
    )
    worker.start()
    assert [p.sku for p in child.read_rows([2, 1])] == ["1000002", "1000001"]
    worker.join()
    assert results == [2]
    deadline = time.monotonic() + 20
    while not child.settled() and time.monotonic() < deadline:  # compacts in the background
        time.sleep(0.05)
    assert child.settled()
    assert [p.sku for p in child.read_rows([2, 1])] == ["1000002", "1000001"]  # same answers
    # below the window's process, so its searches never stretch the window's painting
    child_nice = os.getpriority(os.PRIO_PROCESS, child._process.pid)
    assert child_nice == min(os.getpriority(os.PRIO_PROCESS, 0) + NICENESS, 19)
    assert child.query_ids(CatalogueQuery(text="gs108", sort_key="sku")).tolist() == [1]
    child.close()
    assert _gone(child)
    assert child.read_rows([1]) == []  # a view still holding it repaints blank, no error
    with pytest.raises(InterimUnavailable):
        child.query_ids(CatalogueQuery())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values")
def test_the_commit_runs_below_the_searches_and_the_searches_below_the_pages(
    tmp_path: Path, db: Path, child: InterimProcess
) -> None:
    """Three levels in the child once the rows' store is made: page reads (the window waits
    for them), then searches and polars' pool, then the commit (and the settling)."""
    base = os.getpriority(os.PRIO_PROCESS, 0)
    pid = child._process.pid

    def levels(expected: list[int]) -> list[int]:
        deadline = time.monotonic() + 10  # (the child lowers its threads as they start)
        while True:
            tasks = Path(f"/proc/{pid}/task").iterdir()
            found = sorted({os.getpriority(os.PRIO_PROCESS, int(task.name)) for task in tasks})
            if found == expected or time.monotonic() > deadline:
                return found
            time.sleep(0.02)

    pages, searches = base, min(base + NICENESS, 19)
    assert levels([pages, searches]) == [pages, searches]  # (the commit thread waits, as is)
    rows = [dach_row(f"{i:07}", f"VP-{i}") for i in range(2000)]
    child.load(db, write_dach(tmp_path / "PL.csv", rows))
    assert child.query_ids(CatalogueQuery(text="vp-17")).tolist()[:1] == [18]
    child.commit()
    expected = [pages, searches, min(base + BACKGROUND_NICENESS, 19)]
    assert levels(expected) == expected
    assert child.query_ids(CatalogueQuery(text="vp-17")).tolist()[:1] == [18]


def test_the_snapshot_settles_once_the_first_search_is_answered(
    tmp_path: Path, db: Path, child: InterimProcess
) -> None:
    """The window searches the moment the snapshot serves; settling waits for that answer and
    its first page (beside it, on the same cores, it made the first answer 3-4x slower at 1M
    rows)."""
    rows = [dach_row(f"{i:07}", f"VP-{i}", vendor=f"V{i % 40}") for i in range(3000)]
    child.load(db, write_dach(tmp_path / "PL.csv", rows))
    ids = child.query_ids(CatalogueQuery(text="vp-17"))
    assert ids.tolist()[:1] == [18]
    time.sleep(0.8)  # (a few thousand rows settle in well under that)
    assert not child.settled()  # still waiting for the first search's first page
    assert child.read_rows(ids[:100])[0].sku == "0000017"
    deadline = time.monotonic() + 20
    while not child.settled() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert child.settled()
    assert child.query_ids(CatalogueQuery(text="vp-17")).tolist()[:1] == [18]


def test_each_answer_says_how_long_the_child_took_and_what_the_import_was_doing(
    tmp_path: Path, db: Path, child: InterimProcess
) -> None:
    """What the bench breaks searches during an import down by: the seconds the child spent
    and the import's step when the call came (a settle step, then the commit's phase)."""
    rows = [dach_row(f"{i:07}", f"VP-{i}", vendor=f"V{i % 40}") for i in range(300)]
    child.load(db, write_dach(tmp_path / "PL.csv", rows))
    ids = child.query_ids(CatalogueQuery(text="vp-17"))
    seconds, stage = child.served["query_ids"]
    assert seconds >= 0 and stage == "read"  # settling waits for this first answer's page
    child.read_rows(ids[:100])
    assert child.served["read_rows"][1] == "read"
    child.commit()
    child.query_ids(CatalogueQuery(text="vp-17"))
    assert child.served["query_ids"][1] == "settled, commit done"


def test_the_imports_own_refusals_come_back_as_themselves(tmp_path: Path, db: Path) -> None:
    import_price_file(db, write_dach(tmp_path / "a.csv", [dach_row(f"A{i}") for i in range(20)]))
    small = write_dach(tmp_path / "b.csv", [dach_row("B")])
    first = InterimProcess.spawn()
    try:
        with pytest.raises(SanityGateError, match="looks incomplete") as gate:
            first.load(db, small)
        assert gate.value.report.rows_imported == 1 and gate.value.report.previous_rows == 20
        assert first.load(db, small, force=True)["rows"] == 1  # the user insisted
        odd = tmp_path / "odd.csv"
        odd.write_text("a;b;c\n1;2;3\n")
        with pytest.raises(MappingRequired) as missing:
            first.load(db, odd)
        assert missing.value.header == ["a", "b", "c"]
    finally:
        first.close()


def test_a_cp1252_file_serves_from_the_child_too(
    tmp_path: Path, db: Path, child: InterimProcess
) -> None:
    rows = [english_row("B1", "Y-1", "1.234,56", vendor="Müller")]
    src = write_csv(tmp_path / "p.csv", ENGLISH_HEADER, rows, delimiter=";", encoding="cp1252")
    assert child.load(db, src)["encoding"] == "cp1252"
    (found,) = child.read_rows(child.query_ids(CatalogueQuery(text="müller")))
    assert (found.sku, found.customer_price) == ("B1", Decimal("1234.56"))


def test_cancel_while_loading_ends_the_child(tmp_path: Path, db: Path) -> None:
    process = InterimProcess.spawn()
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ImportCancelled):
        process.load(db, write_dach(tmp_path / "PL.csv", [dach_row("C1")]), cancel=cancel)
    assert process.closed and _gone(process)


def test_a_warm_child_ends_when_its_parent_lets_go() -> None:
    process = InterimProcess.spawn()
    assert process.alive
    process._queries.close()  # what the OS does to the pipes when the app dies
    process._pages.close()
    assert _gone(process)
    assert process._process.exitcode == 0


def test_commit_writes_the_loaded_snapshot_while_queries_are_answered(
    tmp_path: Path, db: Path, child: InterimProcess
) -> None:
    import_price_file(db, write_dach(tmp_path / "a.csv", [dach_row(f"A{i}") for i in range(4)]))
    new = [*(dach_row(f"A{i}") for i in range(3)), dach_row("N1", "NEW-77", text1="FRESH DOCK")]
    child.load(db, write_dach(tmp_path / "b.csv", new))
    seen: list[tuple[str, list[int]]] = []

    def progress(tick: Any) -> None:
        # the commit runs in the child meanwhile: the query channel still answers
        seen.append((tick.phase, child.query_ids(CatalogueQuery(text="fresh")).tolist()))

    report = child.commit(progress=progress)
    assert seen == [("indexing", [4]), ("swapping", [4]), ("done", [4])]
    assert report.rows_imported == 4 and report.generation == 2 and report.source == "b.csv"
    live = Catalogue.open(db)
    try:
        assert live.generation() == 2 and live.info().source == "b.csv"
        assert [p.sku for p in live.read_rows(live.query_ids(CatalogueQuery(text="new-77")))] == [
            "N1"
        ]
        changes = live.changes()
        assert changes.counts["new"] == 1 and changes.counts["removed"] == 1
    finally:
        live.close()
    assert child.query_ids(CatalogueQuery(text="fresh")).tolist() == [4]  # serves until closed


def _old_catalogue(tmp_path: Path, db: Path) -> None:
    import_price_file(db, write_dach(tmp_path / "a.csv", [dach_row(f"A{i}") for i in range(4)]))


def _live(db: Path) -> tuple[int, str, list[str]]:
    live = Catalogue.open(db)
    try:
        skus = [p.sku for p in live.read_rows(live.query_ids(CatalogueQuery()))]
        return live.generation(), live.info().source, skus
    finally:
        live.close()


def test_cancel_during_the_commit_leaves_the_old_generation(
    tmp_path: Path, db: Path, child: InterimProcess
) -> None:
    _old_catalogue(tmp_path, db)
    before = _live(db)
    child.load(db, write_dach(tmp_path / "b.csv", [dach_row(f"B{i}") for i in range(4)]))
    cancel = threading.Event()
    phases: list[str] = []

    def progress(tick: Any) -> None:
        phases.append(tick.phase)
        cancel.set()  # the user cancels while the commit runs

    with pytest.raises(ImportCancelled):
        child.commit(progress=progress, cancel=cancel)
    assert phases == ["indexing"] and _live(db) == before == (1, "a.csv", ["A0", "A1", "A2", "A3"])
    assert child.alive and child.query_ids(CatalogueQuery(text="B2")).tolist() == [3]


def test_a_child_dying_in_the_commit_leaves_the_old_generation(
    tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _old_catalogue(tmp_path, db)
    before = _live(db)
    monkeypatch.setitem(os.environ, "INGRAM_DESK_CATALOGUE_CRASH_AT", "before_generation_rename")
    process = InterimProcess.spawn()  # (the child inherits the armed crash point)
    try:
        process.load(db, write_dach(tmp_path / "b.csv", [dach_row(f"B{i}") for i in range(4)]))
        with pytest.raises(CatalogueImportError, match="died"):
            process.commit()
    finally:
        process.close()
    assert _live(db) == before


def test_closing_while_calls_are_in_flight_ends_them_as_unavailable(
    tmp_path: Path, db: Path
) -> None:
    """The swap closes the child while the window's searches and page reads may be waiting on
    it: each ends with ``InterimUnavailable`` (the service then asks the new generation),
    never with the pipe's own error (a TypeError when it was closed under a read)."""
    rows = [dach_row(f"{i:07}", f"VP-{i}", vendor=f"V{i % 40}") for i in range(3000)]
    process = InterimProcess.spawn()
    process.load(db, write_dach(tmp_path / "PL.csv", rows))
    errors: list[BaseException] = []
    calls = [0]

    def hammer(call: object) -> None:
        try:
            while True:
                call()  # type: ignore[operator]
                calls[0] += 1
        except BaseException as exc:  # what ended the calls is the point
            errors.append(exc)

    workers = [
        threading.Thread(target=hammer, args=(lambda: process.query_ids(CatalogueQuery()),)),
        threading.Thread(target=hammer, args=(lambda: process.vendors(),)),
        threading.Thread(target=hammer, args=(lambda: process._call(
            process._pages, process._page_lock, "read_rows", (list(range(1, 65)),)
        ),)),
    ]  # fmt: skip
    for worker in workers:
        worker.start()
    deadline = time.monotonic() + 30
    while calls[0] < 30 and time.monotonic() < deadline:
        time.sleep(0.01)
    process.close()
    for worker in workers:
        worker.join(timeout=30)
    assert calls[0] >= 30 and len(errors) == 3
    assert all(isinstance(e, InterimUnavailable) for e in errors), errors
    assert _gone(process)


def test_a_commit_told_a_search_comes_waits_for_its_answer(
    tmp_path: Path, db: Path, child: InterimProcess
) -> None:
    """The window searches the moment the snapshot serves: the commit (which settles too)
    starts once that search was answered, not beside it on the same cores."""
    rows = [dach_row(f"{i:07}", f"VP-{i}") for i in range(3000)]
    child.load(db, write_dach(tmp_path / "PL.csv", rows))
    phases: list[str] = []
    done: list[Any] = []
    committing = threading.Thread(
        target=lambda: done.append(
            child.commit(progress=lambda t: phases.append(t.phase), after_first_search=True)
        )
    )
    committing.start()
    time.sleep(0.8)  # (a few thousand rows commit in well under that)
    assert phases == [] and not child.settled()  # waiting for the first search
    ids = child.query_ids(CatalogueQuery(text="vp-17"))
    assert child.read_rows(ids[:100])[0].sku == "0000017"  # its first page
    committing.join(30)
    assert phases[0] == "indexing" and phases[-1] == "done"
    assert done[0].rows_imported == 3000 and done[0].generation == 1
