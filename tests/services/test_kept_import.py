"""An import is kept on disk from its gate to its swap: an app killed in between finishes it at
the next start (``finish_kept_import``), through the same import path; an import that ends
while the app runs, done, failed or cancelled, leaves nothing kept. Real child processes, a
real kill of the importing app, real files."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from ingram_desk.catalogue import kept_import
from ingram_desk.catalogue.engine import catalogue_root
from ingram_desk.catalogue.engine import import_files as engine_import
from ingram_desk.crash_points import CATALOGUE_CRASH_ENV
from ingram_desk.services.catalogue_service import (
    CATALOGUE_INTERIM,
    CatalogueBusy,
    CatalogueImportError,
    CatalogueService,
    ImportCancelled,
    UserMapping,
)
from ingram_desk.services.file_lock import FileLock
from tests.catalogue.builders import write_csv, write_dach
from tests.fixtures.catalogue import another_window_writing
from tests.services import catalogue_support
from tests.services.catalogue_support import NEW, skus

service = catalogue_support.service  # (the fixture: the old catalogue, served)

#: the app's import, killed once the import is kept: a window is watching (the commit waits
#: up to two seconds for its first search, which never comes), so the kill lands before it
_KILLED_APP = r"""
import asyncio, sys
from pathlib import Path
from ingram_desk.services.catalogue_service import CATALOGUE_INTERIM, CatalogueService

service = CatalogueService(Path(sys.argv[1]), two_stage_min_bytes=0)
service.events.subscribe(CATALOGUE_INTERIM, lambda info: None)
asyncio.run(service.import_files(Path(sys.argv[2]), category_file=Path(sys.argv[3])))
"""


def _kill_the_app_once_kept(db: Path, price: Path, categories: Path) -> None:
    env = {**os.environ, CATALOGUE_CRASH_ENV: "after_import_kept"}
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_APP, str(db), str(price), str(categories)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 70, done.stderr  # died at the crash point, nothing cleaned up


def test_an_import_the_app_was_killed_in_after_it_was_kept_finishes_at_the_next_start(
    tmp_path: Path, service: CatalogueService
) -> None:
    db = service.db_path
    price = write_dach(tmp_path / "Preisliste.csv", NEW)
    os.utime(price, (1_700_000_000, 1_700_000_000))
    categories = write_csv(tmp_path / "cats.csv", ["Code", "Name", "Parent"], [["C1", "Docks", ""]])
    service.close()
    _kill_the_app_once_kept(db, price, categories)
    price.unlink()  # the user's file may be gone by the next start: the kept copy is used

    restarted = CatalogueService(db, two_stage_min_bytes=0)
    try:
        assert restarted.catalogue.generation() == 1  # the old catalogue serves meanwhile
        assert skus(restarted.reader, "nw-77") == []
        kept = asyncio.run(restarted.kept_import())
        assert kept is not None and kept.price_file.name == "Preisliste.csv"
        assert kept.price_file.stat().st_mtime == 1_700_000_000  # its date kept with it
        assert set(kept.files) == {"price", "category"} and not kept.force
        phases: list[str] = []
        outcome = asyncio.run(
            restarted.finish_kept_import(kept, progress=lambda p: phases.append(p.phase))
        )
        assert outcome.report.source == "Preisliste.csv" and outcome.info.row_count == 30
        assert outcome.report.categories_loaded == 1
        assert outcome.changes.counts["new"] == 1
        assert skus(restarted.reader, "nw-77") == ["NEW001"]
        assert phases[0] == "searchable" and "kept" in phases and phases[-1] == "done"
        assert asyncio.run(restarted.kept_import()) is None
        assert not kept_import.kept_folder(catalogue_root(db)).exists()
    finally:
        restarted.close()


def test_an_import_the_app_closes_during_after_it_was_kept_is_kept_for_the_next_start(
    tmp_path: Path, service: CatalogueService
) -> None:
    """Closing the app cancels its tasks (``TaskRunner.shutdown``): unlike the user's Cancel,
    that keeps the kept import, which the next start finishes."""
    service.events.subscribe(CATALOGUE_INTERIM, lambda info: None)  # (the commit waits 2 s)

    async def close_once_kept() -> None:
        task = asyncio.current_task()

        def progress(tick: Any) -> None:
            if tick.phase == "kept":
                task.cancel()  # as the window's runner does when the app closes

        await service.import_files(write_dach(tmp_path / "new.csv", NEW), progress=progress)

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(close_once_kept())
    assert service.catalogue.generation() == 1 and skus(service.reader, "nw-77") == []
    kept = asyncio.run(service.kept_import())
    assert kept is not None and kept.price_file.name == "new.csv"
    asyncio.run(service.finish_kept_import(kept))
    assert skus(service.reader, "nw-77") == ["NEW001"]
    assert asyncio.run(service.kept_import()) is None


def test_closing_the_app_while_a_kept_import_is_finished_keeps_it_again(
    tmp_path: Path, service: CatalogueService
) -> None:
    """The next start finishes it, as it would have the first time."""
    service.events.subscribe(CATALOGUE_INTERIM, lambda info: None)  # (the commit waits 2 s)
    root = catalogue_root(service.db_path)
    kept = kept_import.keep(
        root, {"price": write_dach(tmp_path / "new.csv", NEW)},
        mapping=None, force=False, currency="EUR",
    )  # fmt: skip

    async def close_while_finishing() -> None:
        task = asyncio.current_task()

        def progress(tick: Any) -> None:
            if tick.phase == "searchable":
                task.cancel()  # as the window's runner does when the app closes

        await service.finish_kept_import(kept, progress=progress)

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(close_while_finishing())
    assert service.catalogue.generation() == 1 and skus(service.reader, "nw-77") == []
    assert asyncio.run(service.kept_import()) == kept


def test_a_finished_import_keeps_nothing_and_says_when_it_was_kept(
    tmp_path: Path, service: CatalogueService
) -> None:
    phases: list[str] = []
    asyncio.run(
        service.import_files(
            write_dach(tmp_path / "new.csv", NEW), progress=lambda p: phases.append(p.phase)
        )
    )
    assert phases.index("searchable") < phases.index("kept") < phases.index("done")
    assert asyncio.run(service.kept_import()) is None
    root = catalogue_root(service.db_path)
    assert not kept_import.kept_folder(root).exists()
    assert [p.name for p in root.parent.iterdir() if "kept" in p.name] == []


def test_a_failed_or_cancelled_import_keeps_nothing(
    tmp_path: Path, service: CatalogueService, monkeypatch: pytest.MonkeyPatch
) -> None:
    cancel = threading.Event()
    service.events.subscribe(CATALOGUE_INTERIM, lambda info: info.interim and cancel.set())
    with pytest.raises(ImportCancelled):
        asyncio.run(service.import_files(write_dach(tmp_path / "new.csv", NEW), cancel=cancel))
    assert asyncio.run(service.kept_import()) is None
    monkeypatch.setitem(os.environ, CATALOGUE_CRASH_ENV, "before_generation_pointer")
    with pytest.raises(CatalogueImportError, match="died"):  # the import child dies
        asyncio.run(service.import_files(write_dach(tmp_path / "new.csv", NEW)))
    assert asyncio.run(service.kept_import()) is None
    assert service.catalogue.generation() == 1 and skus(service.reader, "nw-77") == []


def test_the_kept_options_come_back_as_they_were_given(tmp_path: Path) -> None:
    root = tmp_path / "c.generations"
    price = tmp_path / "liste.csv"
    price.write_text("Artikel;Preis\nM1;1,50\n", encoding="utf-8")
    mapping = UserMapping.from_dict(
        {"columns": {"sku": "Artikel", "customer_price": "Preis"}, "delimiter": ";",
         "decimal_comma": True, "encoding": "utf-8"}
    )  # fmt: skip
    kept = kept_import.keep(root, {"price": price}, mapping=mapping, force=True, currency="CHF")
    found = kept_import.find(root)
    assert found == kept and found.mapping == mapping and found.currency == "CHF" and found.force
    assert found.price_file.read_bytes() == price.read_bytes()
    # run again from its own copies (the finishing import): kept as it is, not copied again
    assert kept_import.keep(root, found.files, mapping=None, force=False, currency="EUR") == kept
    if os.name == "posix":  # the copy of the user's file is theirs alone
        assert found.price_file.stat().st_mode & 0o777 == 0o600
        assert kept_import.kept_folder(root).stat().st_mode & 0o777 == 0o700


def test_a_half_kept_an_unreadable_or_an_overtaken_import_is_dropped_when_found(
    tmp_path: Path, service: CatalogueService
) -> None:
    root = catalogue_root(service.db_path)
    folder = kept_import.kept_folder(root)
    price = write_dach(tmp_path / "new.csv", NEW)
    half = folder.with_name(folder.name + ".part")
    half.mkdir()  # killed while copying: the import was not kept
    (half / "import.json").write_text("{", encoding="utf-8")
    assert kept_import.find(root) is None and not half.exists()

    kept_import.keep(root, {"price": price}, mapping=None, force=False, currency="EUR")
    (folder / "import.json").write_text("not json", encoding="utf-8")
    assert kept_import.find(root) is None and not folder.exists()

    kept_import.keep(root, {"price": price}, mapping=None, force=False, currency="EUR")
    engine_import(service.db_path, price)  # another generation went live since
    assert kept_import.find(root) is None and not folder.exists()


def test_a_big_import_is_kept_once_the_window_s_first_search_has_its_answer(
    tmp_path: Path, service: CatalogueService
) -> None:
    """The copy waits for the first search (copying beside it on the same cores and disk made
    that answer later); without one it is kept anyway, half a second after the snapshot
    serves."""
    answered: list[float] = []

    def search_late(_info: Any) -> None:
        def search() -> None:
            threading.Event().wait(0.3)  # a window busy a moment before it searches
            assert skus(service.reader, "nw-77") == ["NEW001"]
            answered.append(time.monotonic())

        threading.Thread(target=search, daemon=True).start()

    service.events.subscribe(CATALOGUE_INTERIM, search_late)
    ticks: dict[str, float] = {}
    asyncio.run(
        service.import_files(
            write_dach(tmp_path / "new.csv", NEW),
            progress=lambda tick: ticks.setdefault(tick.phase, time.monotonic()),
        )
    )
    assert answered and ticks["searchable"] + 0.3 < answered[0] < ticks["kept"]
    assert skus(service.reader, "nw-77") == ["NEW001"]


#: another window writing the catalogue: it holds the writer's lock as its import or stock
#: update does, until told to let go (a line on stdin)
def test_a_second_window_neither_writes_nor_finishes_the_import_another_window_runs(
    tmp_path: Path, service: CatalogueService
) -> None:
    """Two windows on one data folder: while one writes the catalogue (an import kept on disk,
    its generation being written), the other's imports and stock updates are refused with a
    clear message and change nothing, and its start does not take the running import for an
    interrupted one (finishing it again, then dropping its copy). Once the first is done, the
    second writes as before."""
    db = service.db_path
    price = write_dach(tmp_path / "Preisliste.csv", NEW)
    service.close()
    _kill_the_app_once_kept(db, price, write_csv(tmp_path / "c.csv", ["Code", "Name"], []))
    root = catalogue_root(db)
    on_disk = kept_import.find(root)
    assert on_disk is not None  # as the running window's import keeps it
    stock = tmp_path / "stock.csv"
    stock.write_text("ARTIKEL_NR|VMENGE\nA001|77\n", encoding="utf-8")
    second = CatalogueService(db, two_stage_min_bytes=0)
    try:
        with another_window_writing(db):
            assert asyncio.run(second.kept_import()) is None
            busy = (
                "another Ingram Desk window is updating this catalogue: try again once it is done"
            )
            for write in (
                lambda: second.import_files(write_dach(tmp_path / "mine.csv", NEW)),
                lambda: second.apply_stock(stock),
                lambda: second.finish_kept_import(on_disk),
            ):
                with pytest.raises(CatalogueBusy) as refused:
                    asyncio.run(write())
                assert str(refused.value) == busy
            assert second.catalogue.generation() == 1 and skus(second.reader, "nw-77") == []
            assert kept_import.find(root) == on_disk  # the other window's copy is left alone
            assert [p.name for p in root.iterdir() if p.name.endswith(".part")] == []
        kept = asyncio.run(second.kept_import())
        assert kept == on_disk  # nobody writes now: an interrupted import, finished here
        asyncio.run(second.finish_kept_import(kept))
        assert skus(second.reader, "nw-77") == ["NEW001"]
        asyncio.run(second.apply_stock(stock))
        assert second.catalogue.lookup("A001")[0].stock == 77
    finally:
        second.close()


def test_an_import_running_here_is_not_offered_as_interrupted_and_keeps_its_lock(
    tmp_path: Path, service: CatalogueService
) -> None:
    """Asked while this process's own import runs (kept on disk, its generation not yet
    written), there is no interrupted import, and asking does not let go of the import's
    lock: another process still cannot write; the import then ends as it would have."""
    service.events.subscribe(CATALOGUE_INTERIM, lambda info: None)  # (the commit waits 2 s)
    root = catalogue_root(service.db_path)
    probe = (
        "import sys; from pathlib import Path\n"
        "from ingram_desk.services.file_lock import FileLock\n"
        "print(FileLock(Path(sys.argv[1])).try_acquire())"
    )

    def free_elsewhere() -> bool:
        lock = root.parent / f"{root.name}.lock"
        out = subprocess.run(
            [sys.executable, "-c", probe, str(lock)], capture_output=True, text=True, check=True
        )
        return out.stdout.strip() == "True"

    async def scenario() -> tuple[Any, bool]:
        importing = asyncio.ensure_future(
            service.import_files(write_dach(tmp_path / "new.csv", NEW))
        )
        # (only the folder's name: ``find`` clears half-kept copies, the import's among them)
        while not kept_import.kept_folder(root).is_dir():
            assert not importing.done()
            await asyncio.sleep(0.01)
        here = await service.kept_import()
        elsewhere = await asyncio.to_thread(free_elsewhere)
        await importing
        return here, elsewhere

    assert asyncio.run(scenario()) == (None, False)
    assert skus(service.reader, "nw-77") == ["NEW001"]
    assert asyncio.run(service.kept_import()) is None and free_elsewhere()


def test_checking_the_catalogue_is_writable_waits_for_this_process_s_import_and_keeps_its_lock(
    service: CatalogueService,
) -> None:
    """``check_writable`` asked while this process writes (an import holding the writer's
    lock) waits for it instead of probing the lock it holds: the probe let go of it."""
    root = catalogue_root(service.db_path)
    elsewhere = FileLock(root.parent / f"{root.name}.lock")  # (a second handle conflicts too)

    async def scenario() -> tuple[bool, bool, bool]:
        async with service._writing, service._writer():  # as an import of this process
            checking = asyncio.ensure_future(service.check_writable())
            await asyncio.sleep(0.2)
            waited, taken = not checking.done(), elsewhere.try_acquire()
        await checking
        free = elsewhere.try_acquire()
        elsewhere.release()
        return waited, taken, free

    assert asyncio.run(scenario()) == (True, False, True)
