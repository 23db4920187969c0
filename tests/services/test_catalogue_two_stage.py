"""A big price-file import through the service: one child reads the file once, its snapshot serves
the new catalogue within seconds, the same child then commits it as the generation that takes
over at its swap, and a failed or cancelled commit brings the previous catalogue back unchanged.
Real child processes, real files."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from ingram_desk.catalogue.interim import InterimProcess
from ingram_desk.services.catalogue_service import (
    CATALOGUE_INTERIM,
    CATALOGUE_REPLACED,
    CatalogueImportError,
    CatalogueService,
    ImportCancelled,
    MappingRequired,
    SanityGateError,
    UserMapping,
)
from tests.catalogue.builders import ENGLISH_HEADER, dach_row, english_row, write_csv, write_dach
from tests.services import catalogue_support
from tests.services.catalogue_support import NEW, OLD, skus

service = catalogue_support.service  # (the fixture: the old catalogue, served)


def test_the_new_file_is_searchable_from_the_snapshot_before_the_store_swaps(
    tmp_path: Path, service: CatalogueService
) -> None:
    seen: list[tuple[str, Any]] = []

    def interim(info: Any) -> None:  # runs on the loop before the child commits
        reader = service.reader
        seen.append(("interim", info))
        seen.append(("reader", type(reader).__name__))
        seen.append(("snapshot finds", skus(reader, "nw-77")))
        seen.append(("generation finds", skus(service.catalogue, "nw-77")))

    service.events.subscribe(CATALOGUE_INTERIM, interim)
    service.events.subscribe(CATALOGUE_REPLACED, lambda o: seen.append(("replaced", o)))
    phases: list[str] = []
    outcome = asyncio.run(
        service.import_files(
            write_dach(tmp_path / "new.csv", NEW), progress=lambda p: phases.append(p.phase)
        )
    )
    labels = [label for label, _ in seen]
    assert labels == ["interim", "reader", "snapshot finds", "generation finds", "replaced"]
    info = seen[0][1]
    assert info.interim and info.row_count == 30 and info.source == "new.csv"
    assert dict(seen[1:4]) == {
        "reader": "InterimProcess", "snapshot finds": ["NEW001"], "generation finds": [],
    }  # fmt: skip
    assert phases[0] == "searchable" and phases[-1] == "done"
    assert service.reader is service.catalogue and skus(service.reader, "nw-77") == ["NEW001"]
    report = outcome.report
    assert 0 < report.seconds_until_searchable < report.seconds
    assert outcome.changes.counts["new"] == 1 and outcome.changes.counts["removed"] == 1


def test_the_child_dying_in_the_commit_brings_the_old_catalogue_back(
    tmp_path: Path, service: CatalogueService, monkeypatch: pytest.MonkeyPatch
) -> None:
    infos: list[Any] = []
    service.events.subscribe(CATALOGUE_INTERIM, infos.append)
    monkeypatch.setitem(os.environ, "INGRAM_DESK_CATALOGUE_CRASH_AT", "before_generation_pointer")
    with pytest.raises(CatalogueImportError, match="died"):
        asyncio.run(service.import_files(write_dach(tmp_path / "new.csv", NEW)))
    assert [i.interim for i in infos] == [True, False]  # previewed, then taken back
    assert infos[1].row_count == 30 and infos[1].source == "old.csv"
    assert service.reader is service.catalogue
    assert skus(service.reader, "nw-77") == [] and len(skus(service.reader, "old")) == 30
    assert service.catalogue.generation() == 1  # the old generation, as it was


def test_the_sanity_gate_refuses_in_stage_one_and_nothing_changes(
    tmp_path: Path, service: CatalogueService
) -> None:
    infos: list[Any] = []
    service.events.subscribe(CATALOGUE_INTERIM, infos.append)
    with pytest.raises(SanityGateError, match="looks incomplete"):
        asyncio.run(service.import_files(write_dach(tmp_path / "tiny.csv", [dach_row("T1")])))
    assert infos == [] and service.catalogue.info().source == "old.csv"
    outcome = asyncio.run(service.import_files(tmp_path / "tiny.csv", force=True))
    assert outcome.info.row_count == 1 and outcome.info.source == "tiny.csv"


def test_a_cp1252_file_takes_both_stages_and_the_one_stage_service_imports_as_before(
    tmp_path: Path,
) -> None:
    rows = [english_row(f"C{i}", f"Y-{i}", "1.234,56", vendor="Müller") for i in range(5)]
    src = write_csv(tmp_path / "p.csv", ENGLISH_HEADER, rows, delimiter=";", encoding="cp1252")
    for two_stage in (True, False):
        svc = CatalogueService(
            tmp_path / f"c{two_stage}.sqlite3", two_stage=two_stage, two_stage_min_bytes=0
        )
        infos: list[Any] = []
        svc.events.subscribe(CATALOGUE_INTERIM, infos.append)
        try:
            assert asyncio.run(svc.import_files(src)).info.row_count == 5
            if two_stage:  # the snapshot served first, like for any UTF-8 file
                assert [(i.interim, i.row_count) for i in infos] == [(True, 5)]
            else:
                assert infos == []  # no snapshot: the generation alone, when it is ready
                asyncio.run(svc.import_files(write_dach(tmp_path / "d.csv", OLD)))
                assert infos == []
        finally:
            svc.close()


def test_small_files_skip_stage_one(tmp_path: Path) -> None:
    svc = CatalogueService(tmp_path / "c.sqlite3")  # the default threshold: 16 MB
    infos: list[Any] = []
    svc.events.subscribe(CATALOGUE_INTERIM, infos.append)
    try:
        outcome = asyncio.run(svc.import_files(write_dach(tmp_path / "old.csv", OLD)))
        assert outcome.info.row_count == 30 and infos == []
    finally:
        svc.close()


def test_prepare_import_keeps_one_warm_child_which_close_ends(tmp_path: Path) -> None:
    svc = CatalogueService(tmp_path / "c.sqlite3")
    svc.prepare_import()
    warm = svc._warm
    svc.prepare_import()  # the user opened the dialog twice: still the same child
    assert isinstance(warm, InterimProcess) and svc._warm is warm and warm.alive
    svc.close()
    assert warm.closed and not warm._process.is_alive()


@pytest.mark.parametrize("min_bytes", [0, 1 << 30])  # served by the spare child; in one go
def test_the_spare_child_is_not_running_once_an_import_finished(
    tmp_path: Path, min_bytes: int
) -> None:
    svc = CatalogueService(tmp_path / "c.sqlite3", two_stage_min_bytes=min_bytes)
    try:
        svc.prepare_import()  # the import dialog opened
        warm = svc._warm
        assert warm is not None and warm.alive
        asyncio.run(svc.import_files(write_dach(tmp_path / "new.csv", NEW)))
        assert svc._warm is None and warm.closed and not warm._process.is_alive()
        assert multiprocessing.active_children() == []  # nothing of the import stays
        assert skus(svc.catalogue, "nw-77") == ["NEW001"]
    finally:
        svc.close()


def test_two_imports_at_once_run_one_after_the_other(service, tmp_path) -> None:
    """A feed's scheduled import can start while the user's own is still running (found by
    bench/feeds_bench.py: the feeds timer fired during a 30 s import and both failed with 'no
    such table: fts_g1_data'). They run in turn; the last one started is the catalogue."""
    first = write_dach(tmp_path / "first.csv", NEW)
    second = write_dach(tmp_path / "second.csv", [*NEW, dach_row("TWO002", text1="SECOND DOCK")])

    async def both() -> list[Any]:
        return await asyncio.gather(service.import_files(first), service.import_files(second))

    one, two = asyncio.run(both())
    assert one.report.rows_imported == len(NEW) and two.report.rows_imported == len(NEW) + 1
    assert skus(service.reader, "SECOND DOCK") == ["TWO002"]
    assert skus(service.reader, "BRAND NEW DOCK") == ["NEW001"]


def test_a_big_import_reads_the_file_in_one_child_process(
    tmp_path: Path, service: CatalogueService
) -> None:
    """No second process parses the file: every child seen during the import is the one
    that serves the snapshot (the one-go importer's child would show up as ``catalogue-import``)."""
    seen: set[tuple[str, int | None]] = set()
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            seen.update((p.name, p.pid) for p in multiprocessing.active_children())
            done.wait(0.005)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        outcome = asyncio.run(service.import_files(write_dach(tmp_path / "new.csv", NEW)))
    finally:
        done.set()
        watcher.join()
    assert outcome.info.source == "new.csv" and outcome.changes.counts["new"] == 1
    assert len(seen) == 1 and {name for name, _pid in seen} == {"catalogue-interim"}


def test_cancel_while_the_snapshot_serves_brings_the_old_catalogue_back(
    tmp_path: Path, service: CatalogueService
) -> None:
    cancel = threading.Event()
    infos: list[Any] = []

    def interim(info: Any) -> None:
        infos.append(info)
        if info.interim:  # the user cancels once the snapshot serves: the commit stops
            cancel.set()

    service.events.subscribe(CATALOGUE_INTERIM, interim)
    with pytest.raises(ImportCancelled):
        asyncio.run(service.import_files(write_dach(tmp_path / "new.csv", NEW), cancel=cancel))
    assert [i.interim for i in infos] == [True, False]
    assert service.reader is service.catalogue and service.catalogue.generation() == 1
    assert skus(service.reader, "nw-77") == [] and len(skus(service.reader, "old")) == 30


def test_the_mapping_asked_for_is_used_and_remembered_by_the_one_child(
    tmp_path: Path, service: CatalogueService
) -> None:
    header = "Artikel;Bezeichnung;Preis;Hersteller"
    lines = [f"M{i:03d};Ding {i};1.234,{i:02d};Acme" for i in range(30)]
    (tmp_path / "liste.csv").write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    with pytest.raises(MappingRequired) as raised:
        asyncio.run(service.import_files(tmp_path / "liste.csv"))
    assert raised.value.header == header.split(";")
    mapping = UserMapping.from_dict(
        {"columns": {"sku": "Artikel", "description": ["Bezeichnung"],
                     "customer_price": "Preis", "vendor": "Hersteller"}}
    )  # fmt: skip
    outcome = asyncio.run(service.import_files(tmp_path / "liste.csv", mapping=mapping))
    assert outcome.report.layout == "mapped" and outcome.info.row_count == 30
    again = asyncio.run(service.import_files(tmp_path / "liste.csv"))  # remembered: no dialog
    assert again.report.layout == "mapped" and skus(service.reader, "ding 7") == ["M007"]


@pytest.mark.parametrize("min_bytes", [0, 1 << 30])  # the import's child commits; in one go
def test_one_generation_stays_on_disk_between_imports(
    tmp_path: Path, min_bytes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer keeps the generation before its own for the app, which reads the new one
    once the swap is done and deletes the older: a second generation doubled the disk used
    until the next import. Where a folder is still mapped (Windows refuses the delete), it
    goes at the next swap."""
    from ingram_desk.catalogue import generation
    from ingram_desk.catalogue.engine import catalogue_root

    svc = CatalogueService(tmp_path / "c.sqlite3", two_stage_min_bytes=min_bytes)
    root = catalogue_root(svc.db_path)

    def folders() -> list[str]:
        return sorted(p.name for p in root.iterdir() if p.is_dir())

    try:
        asyncio.run(svc.import_files(write_dach(tmp_path / "old.csv", OLD)))
        first = folders()
        asyncio.run(svc.import_files(write_dach(tmp_path / "new.csv", NEW)))
        second = folders()
        assert len(first) == len(second) == 1 and first != second
        assert second == [generation.current_name(root)]
        assert skus(svc.catalogue, "nw-77") == ["NEW001"]
        stock = tmp_path / "stock.csv"
        stock.write_text("ARTIKEL_NR|VMENGE\nNEW001|77\n", encoding="utf-8")
        real_rmtree = generation.shutil.rmtree

        def mapped(path: object, *args: object, **kw: object) -> None:
            if Path(str(path)).name in second:  # another reader still maps it
                raise PermissionError(32, "used by another process", str(path))
            real_rmtree(path, *args, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(generation.shutil, "rmtree", mapped)
        asyncio.run(svc.apply_stock(stock))
        assert svc.catalogue.lookup("NEW001")[0].stock == 77
        assert len(folders()) == 2 and second[0] in folders()  # could not go yet
        monkeypatch.setattr(generation.shutil, "rmtree", real_rmtree)
        asyncio.run(svc.import_files(write_dach(tmp_path / "again.csv", NEW)))
        assert folders() == [generation.current_name(root)]
        assert svc.catalogue.lookup("NEW001")[0].sku == "NEW001"
    finally:
        svc.close()
