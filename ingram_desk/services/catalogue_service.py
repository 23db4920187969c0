"""Async face of the catalogue for the UI: queries and imports run in threads, results are domain
objects, and import progress hops back onto the event loop before any callback sees it.

The UI never imports ``ingram_desk.catalogue``; it gets ``CatalogueQuery``, ``CategoryNode``,
``CatalogueInfo`` and the page reader (``reader.read_rows(ids)``) from here.
"""

from __future__ import annotations

import asyncio
import threading
import time
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ingram_desk.catalogue.categories import CategoryNode
from ingram_desk.catalogue.history import ChangeSummary
from ingram_desk.catalogue.importer import apply_stock_file, import_catalogue
from ingram_desk.catalogue.layouts import (
    ALIASES,
    LIST_FIELDS,
    MappingError,
    MappingRequired,
    UserMapping,
    guess_columns,
)
from ingram_desk.catalogue.report import (
    CatalogueImportError,
    ImportCancelled,
    ImportProgress,
    ImportReport,
    SanityGateError,
)
from ingram_desk.catalogue.store import (
    SORT_KEYS,
    CatalogueInfo,
    CatalogueQuery,
    CatalogueStore,
    QueryCancelled,
)
from ingram_desk.catalogue.worker import import_in_subprocess
from ingram_desk.domain.product import Product
from ingram_desk.services.events import EventHub

__all__ = [
    "CATALOGUE_REPLACED",
    "LIST_FIELDS",
    "MAPPABLE_FIELDS",
    "SORT_KEYS",
    "CatalogueImportError",
    "CatalogueInfo",
    "CatalogueQuery",
    "CatalogueService",
    "CategoryNode",
    "ChangeSummary",
    "ImportCancelled",
    "ImportOutcome",
    "ImportProgress",
    "MappingError",
    "MappingRequired",
    "SanityGateError",
    "SearchResult",
    "UserMapping",
    "guess_columns",
]

#: the canonical fields a column mapping may name (the UI's mapping step offers these)
MAPPABLE_FIELDS: tuple[str, ...] = tuple(ALIASES)

#: payload: ``ImportOutcome`` after a price file (or stock file) became the live catalogue
CATALOGUE_REPLACED = "catalogue_replaced"


@dataclass(frozen=True, slots=True)
class SearchResult:
    ids: array  # array('q') of row ids in view order
    seconds: float
    generation: int


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    report: ImportReport
    changes: ChangeSummary
    info: CatalogueInfo


class CatalogueService:
    """One catalogue file. ``reader`` serves pages synchronously in the GUI thread (≈1 ms per
    100 rows, its own SQLite connection); everything else is awaited and runs in a thread."""

    def __init__(
        self, db_path: Path, events: EventHub | None = None, *, in_subprocess: bool = True
    ) -> None:
        self.db_path = Path(db_path)
        self.store = CatalogueStore.open(self.db_path)
        self.events = events or EventHub()
        #: imports run in a spawned child process: a thread would hold the GUI's GIL (stalls
        #: of ~0.9 s measured at 1M rows); ``False`` imports in a thread of this process
        self.in_subprocess = in_subprocess

    @property
    def reader(self) -> CatalogueStore:
        return self.store

    async def search(self, query: CatalogueQuery) -> SearchResult:
        """Ordered ids for a view; cancelling the awaiting task interrupts the SQLite query."""
        cancel = threading.Event()
        started = time.perf_counter()

        def run() -> tuple[array, int]:
            return self.store.query_ids(query, cancel), self.store.generation()

        try:
            ids, generation = await asyncio.to_thread(run)
        except asyncio.CancelledError:
            cancel.set()
            raise
        except QueryCancelled:
            raise asyncio.CancelledError() from None
        return SearchResult(ids, time.perf_counter() - started, generation)

    async def vendors(self) -> list[str]:
        return [name for name, _count in await asyncio.to_thread(self.store.vendors)]

    async def category_tree(self) -> list[CategoryNode]:
        return await asyncio.to_thread(self.store.category_tree)

    async def info(self) -> CatalogueInfo:
        return await asyncio.to_thread(self.store.info)

    async def lookup(self, code: str) -> list[Product]:
        """Exact SKU / VPN / EAN match; several products mean the code is ambiguous."""
        return await asyncio.to_thread(self.store.lookup, code)

    async def products_by_sku(self, skus: Sequence[str]) -> dict[str, Product]:
        def run() -> dict[str, Product]:
            found: dict[str, Product] = {}
            for sku in skus:
                for p in self.store.lookup(sku):
                    if p.sku == sku:
                        found[sku] = p
            return found

        return await asyncio.to_thread(run)

    async def import_files(
        self,
        price_file: Path,
        *,
        stock_file: Path | None = None,
        category_file: Path | None = None,
        mapping: UserMapping | None = None,
        force: bool = False,
        progress: Callable[[ImportProgress], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> ImportOutcome:
        """Import in a child process (watched from a worker thread); ``progress`` is called on
        the event loop's thread.

        Cancelling the awaiting task sets the cancel flag: the previous catalogue stays live.
        Raises ``ImportCancelled``, ``SanityGateError``, ``CatalogueImportError``, or
        ``MappingRequired`` (``.header``, ``.samples``: ask the user, retry with ``mapping``; a
        mapping is remembered for that header, so the same file shape needs none next time).
        """
        loop = asyncio.get_running_loop()
        cancel = cancel or threading.Event()

        def report_progress(p: ImportProgress) -> None:
            if progress is not None:
                loop.call_soon_threadsafe(progress, p)

        importer = import_in_subprocess if self.in_subprocess else import_catalogue

        def run() -> ImportOutcome:
            report = importer(
                self.db_path,
                Path(price_file),
                stock_file=Path(stock_file) if stock_file else None,
                category_file=Path(category_file) if category_file else None,
                mapping=mapping,
                force=force,
                progress=report_progress,
                cancel=cancel,
            )
            return ImportOutcome(report, self.store.changes(), self.store.info())

        try:
            outcome = await asyncio.to_thread(run)
        except asyncio.CancelledError:
            cancel.set()
            raise
        self.events.emit(CATALOGUE_REPLACED, outcome)
        return outcome

    async def apply_stock(self, stock_file: Path) -> ImportOutcome:
        """Apply an Hourly Stock File to the live catalogue (by SKU, in one transaction)."""

        def run() -> ImportOutcome:
            report = apply_stock_file(self.db_path, Path(stock_file))
            return ImportOutcome(report, self.store.changes(), self.store.info())

        outcome = await asyncio.to_thread(run)
        self.events.emit(CATALOGUE_REPLACED, outcome)
        return outcome

    def close(self) -> None:
        self.store.close()
