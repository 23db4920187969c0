"""Async face of the catalogue for the UI: queries and imports run in threads, results are domain
objects, and import progress hops back onto the event loop before any callback sees it.

The UI never imports ``ingram_desk.catalogue``; it gets ``CatalogueQuery``, ``CategoryNode``
(and ``categories_named``), ``CatalogueInfo`` and the page reader (``reader.read_rows(ids)``)
from here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from array import array
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ingram_desk.catalogue.categories import CategoryNode
from ingram_desk.catalogue.categories import named as categories_named
from ingram_desk.catalogue.interim import InterimProcess, InterimUnavailable
from ingram_desk.catalogue.layouts import (
    ALIASES,
    LIST_FIELDS,
    REQUIRED,
    MappingError,
    MappingRequired,
    UserMapping,
    guess_columns,
)
from ingram_desk.catalogue.query import (
    SORT_KEYS,
    CatalogueInfo,
    CatalogueQuery,
    Change,
    ChangeSummary,
    QueryCancelled,
)
from ingram_desk.catalogue.report import (
    CatalogueBusy,
    CatalogueImportError,
    ImportCancelled,
    ImportProgress,
    ImportReport,
    SanityGateError,
)
from ingram_desk.catalogue.schema import (
    CatalogueDamagedError,
    catalogue_root,
    open_base,
    set_aside_damaged,
)
from ingram_desk.catalogue.worker import apply_stock_in_subprocess, import_in_subprocess
from ingram_desk.crash_points import CATALOGUE_CRASH_ENV, crash_point
from ingram_desk.domain.phrase import CatalogueTexts
from ingram_desk.domain.product import Product
from ingram_desk.services.events import EventHub
from ingram_desk.services.file_lock import FileLock

if TYPE_CHECKING:  # the engine loads polars and numpy (~1 s): not before the window shows
    from ingram_desk.catalogue.engine import Catalogue
    from ingram_desk.catalogue.kept_import import KeptImport

__all__ = [
    "CATALOGUE_INTERIM",
    "CATALOGUE_REPLACED",
    "LIST_FIELDS",
    "MAPPABLE_FIELDS",
    "REQUIRED_FIELDS",
    "SORT_KEYS",
    "CatalogueBusy",
    "CatalogueImportError",
    "CatalogueInfo",
    "CatalogueQuery",
    "CatalogueService",
    "CategoryNode",
    "Change",
    "ChangeDetails",
    "ChangeSummary",
    "ImportCancelled",
    "ImportOutcome",
    "ImportProgress",
    "MappingError",
    "MappingRequired",
    "SanityGateError",
    "SearchResult",
    "UserMapping",
    "categories_named",
    "guess_columns",
]

#: the canonical fields a column mapping may name (the UI's mapping step offers these)
MAPPABLE_FIELDS: tuple[str, ...] = tuple(ALIASES)
#: the fields an import cannot do without (a mapping naming these two imports)
REQUIRED_FIELDS: tuple[str, ...] = REQUIRED

log = logging.getLogger(__name__)
#: from this size a price file's snapshot serves while the import commits (below it, the
#: whole import takes about a second: 16 MB is ~50,000 DACH rows)
TWO_STAGE_MIN_BYTES = 16 << 20
#: a big import's copy (``kept_import``) waits this long at most for the window's first search
#: to be answered (it answers within ~0.1 s; the commit itself waits up to 2 s for it)
_KEEP_AFTER_SECONDS = 0.5

T = TypeVar("T")

#: payload: ``ImportOutcome`` after a price file (or stock file) became the live catalogue
CATALOGUE_REPLACED = "catalogue_replaced"
#: payload: ``CatalogueInfo``: an import's stage-1 snapshot now serves the catalogue
#: (``info.interim``), or it was dropped because the commit failed (the previous catalogue is back)
CATALOGUE_INTERIM = "catalogue_interim"


@dataclass(frozen=True, slots=True)
class SearchResult:
    ids: array  # row ids in view order (array('I'))
    seconds: float
    generation: int


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    report: ImportReport
    #: what the import changed; a stock file applied alone: what it changed (stock back or gone)
    changes: ChangeSummary
    info: CatalogueInfo


@dataclass(frozen=True, slots=True)
class ChangeDetails:
    """What the live catalogue changed against the one before, each listed article still in
    it with its product (a removed one is described in the summary: ``query.Change``)."""

    summary: ChangeSummary
    products: dict[str, Product]


class CatalogueService:
    """One catalogue (``engine.Catalogue``: the live generation beside the settings database).
    ``reader`` serves pages synchronously in the GUI thread (≈1 ms per 100 rows); everything
    else is awaited and runs in a thread.

    A big price-file import runs in two stages (``two_stage``) in one child process
    (``InterimProcess``): it reads the file once into a snapshot that serves every query within
    seconds (``CATALOGUE_INTERIM``), then commits that snapshot as the new generation; the swap
    ends the snapshot. A failed or cancelled commit drops the snapshot and the previous
    generation serves again, unchanged. A small file is read and committed in one go, by the
    same two engine functions (``worker.import_in_subprocess``).
    """

    def __init__(
        self,
        db_path: Path,
        events: EventHub | None = None,
        *,
        in_subprocess: bool = True,
        two_stage: bool = True,
        two_stage_min_bytes: int = TWO_STAGE_MIN_BYTES,
    ) -> None:
        self.db_path = Path(db_path)
        #: words for the purchaser when a damaged catalogue was set aside at start
        self.damaged_note: str | None = None
        try:
            open_base(self.db_path)
        except CatalogueDamagedError as exc:
            # Re-importable: set the damaged file aside and start empty; an import rebuilds it.
            aside = set_aside_damaged(self.db_path)
            self.damaged_note = f"{exc} It was set aside as {aside.name}."
            log.warning("%s", self.damaged_note)
            open_base(self.db_path)
        self._catalogue: Catalogue | None = None
        self._catalogue_lock = threading.Lock()
        self.events = events or EventHub()
        #: imports run in a spawned child process: a thread would hold the GUI's GIL (stalls
        #: of ~0.9 s measured at 1M rows); ``False`` imports in a thread of this process
        self.in_subprocess = in_subprocess
        #: serve an import's snapshot while it commits the generation (needs ``in_subprocess``)
        self.two_stage = two_stage and in_subprocess
        #: smaller files are imported in one go: it finishes before serving would pay off
        self.two_stage_min_bytes = two_stage_min_bytes
        self._interim: InterimProcess | None = None
        self._warm: InterimProcess | None = None
        #: imports and stock updates write the catalogue in turn: a feed's scheduled import can
        #: start while the user's own runs (both failed, or the older one won, without this)
        self._writing = asyncio.Lock()
        # and one process at a time (a second window on the same data folder): held while
        # this one writes (``_writer``)
        root = catalogue_root(self.db_path)
        self._writer_lock = FileLock(root.parent / f"{root.name}.lock")

    @property
    def catalogue(self) -> Catalogue:
        """The live generation; the engine is imported on first use, which the window makes
        in a worker thread after it is shown (``info()``/``search()``), never at start. A
        damaged generation is set aside then (``damaged_note`` says so; the window shows it
        after that first read)."""
        if self._catalogue is None:
            with self._catalogue_lock:
                if self._catalogue is None:
                    from ingram_desk.catalogue.engine import Catalogue
                    from ingram_desk.catalogue.generation import set_aside_damaged as aside_gen

                    root = catalogue_root(self.db_path)
                    aside = aside_gen(root)  # a damaged generation: re-importable, like the db
                    if aside:
                        self.damaged_note = f"{aside}; import the price file again to rebuild it."
                        log.warning("%s", self.damaged_note)
                    self._catalogue = Catalogue(root)
        return self._catalogue

    async def open(self) -> None:
        """Open the live generation now (off the event loop): a damaged one is set aside and
        ``damaged_note`` says so. Imports call it first, so they rebuild a damaged catalogue.
        One row is read here too: a page's one-off costs (the first mapped pages, the value
        readers' first calls: ~30 ms at 1M rows) are paid in this thread, not by the window's
        first page on the GUI thread."""
        await asyncio.to_thread(lambda: self.catalogue.read_rows([1]))  # (ids start at 1)

    @property
    def reader(self) -> Catalogue | InterimProcess:
        """What serves the catalogue now: the live generation, or an import's stage-1 snapshot."""
        return self._interim or self.catalogue

    @property
    def serving_snapshot(self) -> bool:
        """True while an import's stage-1 snapshot serves: its reads cross to a busy child
        process and can take a frame or more (a view must not wait for them on the GUI
        thread); the live generation's own reads take a few ms a page."""
        return self._interim is not None

    def prepare_import(self) -> None:
        """Start the stage-1 child ahead (call it when the user is about to pick a file):
        polars loads while they choose, so the import itself only reads the file. The next
        import takes it, and it ends with that import (a small file's too, which it does not
        serve); not picked, it exits after ``interim.IDLE_SECONDS``."""
        if self.two_stage and (self._warm is None or not self._warm.alive):
            self._warm = InterimProcess.spawn()

    async def search(self, query: CatalogueQuery) -> SearchResult:
        """Ordered ids for a view; cancelling the awaiting task interrupts the query."""
        cancel = threading.Event()
        started = time.perf_counter()

        def run() -> tuple[array, int]:
            return self._read(lambda r: (r.query_ids(query, cancel), r.generation()))

        try:
            ids, generation = await asyncio.to_thread(run)
        except asyncio.CancelledError:
            cancel.set()
            raise
        except QueryCancelled:
            raise asyncio.CancelledError() from None
        return SearchResult(ids, time.perf_counter() - started, generation)

    def _read(self, read: Callable[[Catalogue | InterimProcess], T]) -> T:
        """``read`` on what serves now; on the live generation when an import's snapshot ends
        under it (its child closed at the swap)."""
        try:
            return read(self.reader)
        except InterimUnavailable:
            return read(self.catalogue)

    async def vendors(self) -> list[str]:
        found = await asyncio.to_thread(self._read, lambda r: r.vendors())
        return [name for name, _count in found]

    async def category_tree(self) -> list[CategoryNode]:
        return await asyncio.to_thread(self._read, lambda r: r.category_tree())

    async def info(self) -> CatalogueInfo:
        return await asyncio.to_thread(self._read, lambda r: r.info())

    async def lookup(self, code: str) -> list[Product]:
        """Exact SKU / VPN / EAN match; several products mean the code is ambiguous."""
        return await asyncio.to_thread(self._read, lambda r: r.lookup(code))

    async def change_details(self) -> ChangeDetails:
        """The live catalogue's change summary (``changes``) with the listed articles' products
        (the catalogue's own: an import's snapshot serving beside it has none yet)."""

        def run() -> ChangeDetails:
            summary = self.catalogue.changes()
            kept = [c.sku for k, items in summary.items.items() if k != "removed" for c in items]
            return ChangeDetails(summary, self.catalogue.products_by_sku(kept))

        return await asyncio.to_thread(run)

    async def products_by_sku(self, skus: Sequence[str]) -> dict[str, Product]:
        """The products of exactly these SKUs (those the catalogue has)."""
        return await asyncio.to_thread(self._read, lambda r: r.products_by_sku(skus))

    async def import_files(
        self,
        price_file: Path,
        *,
        stock_file: Path | None = None,
        category_file: Path | None = None,
        mapping: UserMapping | None = None,
        force: bool = False,
        currency: str = "EUR",
        progress: Callable[[ImportProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> ImportOutcome:
        """Import in a child process (watched from a worker thread); ``progress`` is called on
        the event loop's thread.

        Cancelling the awaiting task sets the cancel flag: the previous catalogue stays live
        (and a big import already kept stays kept, for the next start: the app is closing);
        the cancel flag set by the user (``ImportCancelled``) forgets it.
        Raises ``ImportCancelled``, ``SanityGateError``, ``CatalogueImportError``, or
        ``MappingRequired`` (``.header``, ``.samples``: ask the user, retry with ``mapping``; a
        mapping is remembered for that header, so the same file shape needs none next time).
        ``currency`` applies where the file names none. The window and ``ingram-desk catalogue
        import`` both import through here.
        """
        # the lock first: imports run in the order they were asked for (``open`` waits for a
        # thread, and two imports' threads may end in either order)
        async with self._writing, self._writer():  # one import (or stock update) at a time
            await self.open()
            loop = asyncio.get_running_loop()
            cancel = cancel or threading.Event()

            def report_progress(p: ImportProgress) -> None:
                if progress is not None:
                    loop.call_soon_threadsafe(progress, p)

            started = time.perf_counter()
            interim = await self._stage_one(
                price_file, category_file, mapping, force, currency, cancel
            )
            searching = False  # (a window told the snapshot serves searches it at once)
            kept: asyncio.Future[None] | None = None
            if interim is not None:
                self._interim = interim
                info = await asyncio.to_thread(interim.info)  # a call into the child
                report_progress(ImportProgress("searchable", info.row_count, 0, 0, 0.0, None))
                searching = self.events.subscribed(CATALOGUE_INTERIM)
                self.events.emit(CATALOGUE_INTERIM, info)
                files = {"price": price_file, "stock": stock_file, "category": category_file}
                # the copy waits for the window's first search (as the child's settling
                # does): beside it, on the same cores and disk, that answer came ~15 ms later
                answer = interim.first_answer if searching else None
                kept = asyncio.ensure_future(
                    self._keep(
                        files, mapping, force, currency, info.row_count, report_progress, answer
                    )
                )
            if self.in_subprocess:
                importer = import_in_subprocess
            else:
                from ingram_desk.catalogue.engine import import_files as importer
            stock = Path(stock_file) if stock_file else None

            def run() -> ImportOutcome:
                if interim is not None:  # the file read once: its snapshot is committed
                    report = interim.commit(
                        stock_file=stock, progress=report_progress, cancel=cancel,
                        after_first_search=searching,
                    )  # fmt: skip
                    # the user's wait: from the start of the load
                    report.seconds_until_searchable = interim.summary["searchable_after"]
                    report.seconds = time.perf_counter() - started
                else:
                    report = importer(
                        self.db_path,
                        Path(price_file),
                        stock_file=stock,
                        category_file=Path(category_file) if category_file else None,
                        mapping=mapping,
                        force=force,
                        currency=currency,
                        progress=report_progress,
                        cancel=cancel,
                    )
                return ImportOutcome(report, self.catalogue.changes(), self.catalogue.info())

            try:
                outcome = await asyncio.to_thread(run)
            except asyncio.CancelledError:  # the app closes (or Ctrl-C): a kept import is
                cancel.set()  # finished at the next start; the user's Cancel drops it below
                await self._end_interim(interim, reverted=True)
                raise
            except BaseException:
                await self._end_interim(interim, reverted=True)
                await self._drop_kept(kept)
                raise
            await self._end_interim(interim, reverted=False)
            await self._drop_kept(kept)  # its generation is live
            await self._swapped(outcome)
            return outcome

    async def _stage_one(
        self,
        price_file: Path,
        category_file: Path | None,
        mapping: UserMapping | None,
        force: bool,
        currency: str,
        cancel: threading.Event,
    ) -> InterimProcess | None:
        """The import's child with its snapshot loaded (the read half); ``None`` when the file
        is imported in one go instead. Raises what the import itself would (gate, mapping,
        unreadable file)."""
        interim, self._warm = self._warm, None  # this import's, used or not: none stays after
        if not self.two_stage or _size(price_file) < self.two_stage_min_bytes:
            if interim is not None:  # a small file is imported in one go: the spare child goes
                await asyncio.to_thread(interim.close)  # (~70 MB idle for IDLE_SECONDS else)
            return None
        if interim is None or not interim.alive:  # none warm: spawning one takes 7–25 ms,
            interim = await asyncio.to_thread(InterimProcess.spawn)  # not on the GUI thread
        started = time.perf_counter()
        try:
            await asyncio.to_thread(
                interim.load,
                self.db_path,
                Path(price_file),
                category_file=Path(category_file) if category_file else None,
                mapping=mapping,
                force=force,
                currency=currency,
                cancel=cancel,
            )
        except InterimUnavailable as exc:
            log.info("catalogue import without a stage-1 snapshot: %s", exc)
            interim.close()
            return None
        except BaseException:
            interim.close()
            raise
        interim.summary["searchable_after"] = time.perf_counter() - started
        return interim

    async def _keep(
        self,
        files: dict[str, Path | None],
        mapping: UserMapping | None,
        force: bool,
        currency: str,
        rows: int,
        report_progress: Callable[[ImportProgress], None],
        answer: threading.Event | None = None,
    ) -> None:
        """Keep the import on disk (``kept_import``) while its generation is written, then
        tick "kept": from here an app killed before the swap finishes it at the next start.
        Failing to keep it (a full disk) costs only that: the import goes on. ``answer``: set
        once the first search has its answer; the copy starts then (or after
        ``_KEEP_AFTER_SECONDS``, well before the commit would start without a search)."""
        from ingram_desk.catalogue import kept_import

        if answer is not None:
            await asyncio.to_thread(answer.wait, _KEEP_AFTER_SECONDS)
        chosen = {kind: Path(path) for kind, path in files.items() if path is not None}
        try:
            await asyncio.to_thread(
                kept_import.keep, self._root(), chosen,
                mapping=mapping, force=force, currency=currency,
            )  # fmt: skip
        except OSError as exc:
            log.warning("the import could not be kept while it is written: %s", exc)
            return
        report_progress(ImportProgress("kept", rows, 0, 0, 0.0, None))
        crash_point("after_import_kept", CATALOGUE_CRASH_ENV)  # (kill tests: the app dies)

    async def _drop_kept(self, kept: asyncio.Future[None] | None) -> None:
        """The import ended (its generation live, or none: the previous one serves): forget
        the kept copy, once it is made."""
        if kept is None:
            return
        from ingram_desk.catalogue import kept_import

        await asyncio.gather(kept, return_exceptions=True)
        await asyncio.to_thread(kept_import.drop, self._root())

    def _root(self) -> Path:
        return catalogue_root(self.db_path)

    @contextlib.asynccontextmanager
    async def _writer(self) -> AsyncIterator[None]:
        """This process writes the catalogue while inside (an OS lock beside it, ``FileLock``).
        Raises ``CatalogueBusy`` while another process does: two windows importing at once
        each deleted the other's unfinished generation as left by a killed writer, and one
        would finish the other's kept import as if it had been interrupted."""
        try:
            free = await asyncio.to_thread(self._writer_lock.try_acquire)
        except OSError as exc:
            raise CatalogueImportError(
                CatalogueTexts.tr("cannot write the catalogue: {error}", error=str(exc))
            ) from None
        if not free:
            raise CatalogueBusy(
                CatalogueTexts.tr(
                    "another Ingram Desk window is updating this catalogue: try again once it "
                    "is done"
                )
            )
        try:
            yield
        finally:
            self._writer_lock.release()

    async def check_writable(self) -> None:
        """Return once this process could write the catalogue; raise ``CatalogueBusy`` as an
        import would while another process writes it (``catalogue resume`` says so where it
        would find nothing to finish: that import's copy is kept for its own sake). Waits for
        an import of this process (probing the lock it holds would let go of it)."""
        async with self._writing, self._writer():
            pass

    async def kept_import(self) -> KeptImport | None:
        """An import the app was stopped in, after its gate and before its swap (kept on
        disk, ``kept_import``): ``finish_kept_import`` runs it again. ``None`` while an import
        runs, here or in another process (its copy is kept for its own sake)."""
        from ingram_desk.catalogue import kept_import

        def find() -> KeptImport | None:
            lock = self._writer_lock
            try:
                if not lock.try_acquire():  # another process writes
                    return None
            except OSError:  # (the folder unwritable: nothing could be finished either)
                return None
            try:
                return kept_import.find(self._root())
            finally:
                lock.release()

        if self._writing.locked():  # an import or stock update of this process runs
            return None
        async with self._writing:  # (none starts here while the lock is probed)
            return await asyncio.to_thread(find)

    async def finish_kept_import(
        self,
        kept: KeptImport,
        progress: Callable[[ImportProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> ImportOutcome:
        """Run the kept import again from its kept files and options (``import_files``); it
        is forgotten once done, cancelled by the user or failed (which leaves the catalogue as
        it is, as any import does), and stays kept when the app closes meanwhile."""
        from ingram_desk.catalogue import kept_import

        try:
            outcome = await self.import_files(
                kept.price_file, stock_file=kept.files.get("stock"),
                category_file=kept.files.get("category"), mapping=kept.mapping,
                force=kept.force, currency=kept.currency, progress=progress, cancel=cancel,
            )  # fmt: skip
        except (asyncio.CancelledError, CatalogueBusy):
            # the app closes: finished at the next start, as ``import_files`` keeps it; or
            # another window writes the catalogue (its import, whose copy this may be)
            raise
        except BaseException:
            await asyncio.to_thread(kept_import.drop, self._root())
            raise
        # (a small file is imported in one go: ``import_files`` kept no copy of its own)
        await asyncio.to_thread(kept_import.drop, self._root())
        return outcome

    async def _end_interim(self, interim: InterimProcess | None, *, reverted: bool) -> None:
        if interim is None:
            return
        self._interim = None  # the live generation serves from now on
        # Joining the child takes tens of ms (70 ms measured in bench/feeds_bench.py): never on
        # the GUI thread.
        await asyncio.to_thread(interim.close)
        if reverted:
            self.events.emit(CATALOGUE_INTERIM, self.catalogue.info())

    async def apply_stock(self, stock_file: Path) -> ImportOutcome:
        """Apply an Hourly Stock File to the live catalogue (by SKU, as a new generation), in a
        child process like an import (see ``in_subprocess``)."""

        def run() -> ImportOutcome:  # the new generation is mapped here, off the GUI thread
            if self.in_subprocess:
                report = apply_stock_in_subprocess(self.db_path, Path(stock_file))
            else:
                from ingram_desk.catalogue.engine import apply_stock_file

                report = apply_stock_file(self.db_path, Path(stock_file))  # the engine's
            # what it changed (the last import's summary stays for File › What changed)
            return ImportOutcome(report, self.catalogue.stock_changes(), self.catalogue.info())

        async with self._writing, self._writer():
            outcome = await asyncio.to_thread(run)
            await self._swapped(outcome)
        return outcome

    async def _swapped(self, outcome: ImportOutcome) -> None:
        """A new generation serves: the one before it goes (the writer kept it for this
        process, which reads the new one now), then the views hear of it."""
        await asyncio.to_thread(self.catalogue.let_older_go)
        self.events.emit(CATALOGUE_REPLACED, outcome)

    def close(self) -> None:
        for child in (self._interim, self._warm):
            if child is not None:
                child.close()
        self._interim = self._warm = None
        if self._catalogue is not None:
            self._catalogue.close()


def _size(path: Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0  # the import itself reports the unreadable file
