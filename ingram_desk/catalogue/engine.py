"""The catalogue's one engine: a price file becomes a generation folder, and the live
generation answers every read.

How a query is answered, the one way: ``Catalogue.query_ids(CatalogueQuery)`` hands it to the
live generation's settled snapshot (``generation.open_generation``: its columns memory-mapped),
which looks words up in its word index, scans its part-number buffer, filters with its
columns and orders by its sort ranks; ``read_rows`` decodes a page from the rows kept in the
folder. A new generation becomes live when its pointer file is swapped; every query sees it
on its next call (``generation()`` changes: re-run the view's query), while page reads keep to
the generation the view's ids came from until a query has opened the new one.

How a file becomes a generation, in two halves: ``read_price_file`` detects
(``detect.plan_import``, with the mappings remembered in the settings database), parses
(``parse.build_snapshot``, values through ``values``) and holds the result to the sanity gate;
what the first answer does not need (the kept rows' problems, the change summary's keys) is
taken once the snapshot serves (``PendingImport.complete``); ``commit_import`` indexes
(``Snapshot.settle``), works out the change summary (``changes``), joined by SKU with the previous
generation, and swaps (``generation.write_generation``). ``import_files`` runs both in one go;
a big file's child (``interim``) serves the snapshot in between. Either way the file is read
once.
"""

from __future__ import annotations

import threading
import time
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import polars as pl

from ingram_desk.domain.phrase import CatalogueTexts, Phrase
from ingram_desk.domain.product import Product

from .categories import CategoryNode
from .changes import CHANGES_LISTED, change_summary, describe_removed, stock_change_summary
from .detect import ImportPlan, plan_import
from .file_date import FileDate, file_date, newer
from .generation import current_name, open_generation, read_info, read_table, remove_stale
from .generation import products_by_sku as skus_read
from .generation import write_generation as _write
from .heap import return_big_blocks
from .layouts import UserMapping, header_signature
from .parse import SnapshotUnsupported, build_snapshot, unreadable
from .problems import LaterChecks
from .query import (
    CHANGE_KINDS,
    CatalogueInfo,
    CatalogueQuery,
    Change,
    ChangeSummary,
    QueryCancelled,
)
from .report import (
    CancelFlag,
    CatalogueImportError,
    ImportCancelled,
    ImportReport,
    ProgressCallback,
    ProgressMeter,
    SanityGateError,
    sanity_gate,
)
from .schema import catalogue_root, connect, ensure_base, open_base
from .side_files import read_categories, read_stock
from .snapshot import Snapshot, SnapshotCancelled
from .sniff import SourceFile, open_source

__all__ = [
    "Catalogue",
    "PendingImport",
    "apply_stock_file",
    "catalogue_root",
    "commit_import",
    "import_files",
    "import_price_file",
    "read_price_file",
]

#: what a stock file may change per row
STOCK_COLUMNS = ("stock", "in_stock", "eta", "warehouse")


#: (generation folder name, its snapshot, its info) before anything is opened
_UNOPENED: tuple[str | None, Snapshot | None, dict[str, Any]] = (None, None, {})


class Catalogue:
    """The live catalogue under ``root``; one instance may be shared by threads.

    Queries, look-ups and ``info``/``changes`` read the pointer file and open a generation
    swapped in since (in the calling thread: a worker's, ~30 ms at 200k rows). Page reads
    (``read_rows``, on the GUI thread) never do: they read the generation opened last, the one
    the view's ids came from, so the window never opens a generation nor waits for a thread
    that is opening one."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        # a sort's or search's big temporaries (a few MB each at a million rows) in mappings of
        # their own, returned when freed: from the heap, they left ~35 MB of holes resident
        # after the first sorts and searches (``heap``; a no-op off glibc)
        return_big_blocks()
        self._lock = threading.Lock()  # one opener at a time
        #: replaced whole, so a reader never pairs one generation's snapshot with another's info
        self._opened = _UNOPENED

    @classmethod
    def open(cls, db_path: Path) -> Catalogue:
        """The catalogue kept beside the settings database ``db_path`` (created if missing);
        cheap: a generation is mapped on first use. Raises ``CatalogueDamagedError`` when the
        settings database is damaged."""
        open_base(Path(db_path))  # created if missing, as the settings live there
        return cls(catalogue_root(db_path))

    def _live(self) -> tuple[Snapshot | None, dict[str, Any]]:
        """The generation the pointer names now, opened here if it was not yet."""
        name = current_name(self.root)
        opened = self._opened
        if name != opened[0] or opened is _UNOPENED:
            with self._lock:
                opened = self._opened
                if name != opened[0] or opened is _UNOPENED:
                    snap = open_generation(self.root, name) if name else None
                    info = read_info(self.root, name) if name else {}
                    opened = self._opened = (name, snap, info)
        return opened[1], opened[2]

    def close(self) -> None:
        """Let the mapped generation go (its folder may then be deleted, on Windows too)."""
        with self._lock:
            self._opened = _UNOPENED

    def let_older_go(self) -> list[str]:
        """Delete every generation but the live one, which this catalogue opens first (so it
        maps no older one): the app calls it once an import or a stock file is swapped in.
        The writer left the one before it for this reader; kept, it took a second generation's
        disk until the next import. Returns the names deleted."""
        self._live()
        return remove_stale(self.root, keep_previous=False)

    def generation(self) -> int:
        """The live generation's number; it changes when an import or stock file is swapped in."""
        return int(self._live()[1].get("generation", 0))

    def query_ids(self, query: CatalogueQuery, cancel: threading.Event | None = None) -> array:
        """The ordered row ids of a view. Raises ``QueryCancelled`` when ``cancel`` is set
        while it runs, ``ValueError`` for an unknown sort key."""
        snap = self._live()[0]
        if snap is None:
            return array("I")
        try:
            return snap.query_ids(query, cancel)
        except SnapshotCancelled:
            raise QueryCancelled() from None

    def read_rows(self, ids: array | list[int]) -> list[Product]:
        """The products for ``ids`` from the generation opened last (see the class); the live
        one when none is open yet or the one opened last was deleted meanwhile."""
        snap = self._opened[1] if self._opened is not _UNOPENED else self._live()[0]
        if snap is None:
            return []
        try:
            return snap.read_rows(ids)
        except OSError:  # its folder removed (two swaps by another process since): the live one
            snap = self._live()[0]
            return snap.read_rows(ids) if snap is not None else []

    def lookup(self, code: str) -> list[Product]:
        snap = self._live()[0]
        return snap.lookup(code) if snap is not None else []

    def products_by_sku(self, skus: Iterable[str]) -> dict[str, Product]:
        """The products of exactly these SKUs (``generation.products_by_sku``)."""
        snap, name = self._live()[0], self._opened[0]
        return skus_read(self.root, name, skus, snap) if name else {}

    def vendors(self) -> list[tuple[str, int]]:
        snap = self._live()[0]
        return snap.vendors() if snap is not None else []

    def category_tree(self) -> list[CategoryNode]:
        snap = self._live()[0]
        return snap.category_tree() if snap is not None else []

    def info(self) -> CatalogueInfo:
        info = self._live()[1]
        return CatalogueInfo(
            row_count=int(info.get("row_count", 0)), generation=int(info.get("generation", 0)),
            layout=info.get("layout", ""), encoding=info.get("encoding", ""),
            source=info.get("source", ""), price_file_time=info.get("price_file_time", ""),
            price_file_dated=bool(info.get("price_file_dated", False)),
            stock_file_time=info.get("stock_file_time", ""),
            imported_at=info.get("imported_at", ""), rows_skipped=int(info.get("rows_skipped", 0)),
        )  # fmt: skip

    def changes(self, limit: int = CHANGES_LISTED) -> ChangeSummary:
        """What the last import changed against the catalogue before it (empty after the
        first); an hourly stock file since leaves it as it was."""
        return self._summary("changes", limit)

    def stock_changes(self, limit: int = CHANGES_LISTED) -> ChangeSummary:
        """What the last stock file applied alone changed (stock back or gone; empty when an
        import came after it)."""
        return self._summary("stock_changes", limit)

    def _summary(self, key: str, limit: int) -> ChangeSummary:
        info = self._live()[1]
        found = info.get(key, {})
        return ChangeSummary(
            generation=int(info.get("generation", 0)),
            counts={k: int(found.get(k, {}).get("count", 0)) for k in CHANGE_KINDS},
            items={
                k: [Change(*item) for item in found.get(k, {}).get("items", [])[:limit]]
                for k in CHANGE_KINDS
            },
        )


@dataclass(slots=True)
class PendingImport:
    """A price file read into a snapshot that passed the sanity gate (``read_price_file``):
    what ``commit_import`` makes the live generation. The snapshot may serve queries (and
    settle) in between; ``complete`` runs first."""

    db_path: Path
    source: SourceFile
    plan: ImportPlan
    snap: Snapshot
    report: ImportReport
    dated: FileDate
    mapping: UserMapping | None
    started: float
    #: what the change summary joins on (``Snapshot.keys``), taken by ``complete``
    keys: pl.DataFrame | None = None
    #: the kept rows' problems, not yet in ``report`` (``problems.LaterChecks``)
    checks: LaterChecks | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def settle(self) -> None:
        """The snapshot indexed first (searches scan until then), then ``complete``, then the
        rest of ``Snapshot.settle`` (whoever comes first; the other waits for it)."""
        self.snap.index()
        self.complete()
        self.snap.settle()

    def complete(self) -> None:
        """What the first answer does not need, done once the snapshot is indexed and before
        it settles (its cells then go; whoever comes first, once): the change summary's keys
        and the kept rows' problems into the report."""
        with self._lock:
            if self.keys is None:
                self.snap.stage = "keys"
                self.keys = self.snap.keys()
            if self.checks is not None:
                self.checks.finish()
                self.checks = None


def read_price_file(
    db_path: Path,
    price_file: Path,
    *,
    category_file: Path | None = None,
    mapping: UserMapping | None = None,
    force: bool = False,
    currency: str = "EUR",
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
) -> PendingImport:
    """The read half of an import: open ``price_file``, plan it (remembered mappings), read it
    into a snapshot (searchable at once) and hold it to the sanity gate.

    Blocking. Raises ``SanityGateError``, ``ImportCancelled``, ``MappingRequired`` or
    ``CatalogueImportError``; nothing is written.
    """
    started = time.perf_counter()
    report = ImportReport()
    try:
        source = open_source(Path(price_file))
    except (OSError, ValueError) as exc:
        raise CatalogueImportError(
            CatalogueTexts.tr("cannot read {file}: {error}", file=str(price_file), error=str(exc))
        ) from None
    report.source = source.name
    root = catalogue_root(db_path)
    remove_stale(root)
    settings = connect(Path(db_path))
    try:
        ensure_base(settings)
        plan = plan_import(settings, source, mapping)
    except OSError as exc:  # (its first MB unreadable: a damaged ZIP member)
        raise CatalogueImportError(Phrase.join([source.name, unreadable(exc)], ": ")) from None
    finally:
        settings.close()
    report.layout, report.encoding = plan.columns.layout, plan.encoding
    report.delimiter = plan.delimiter
    # (a Windows-1252 file is what Ingram's DACH feeds are: its name is in the report's
    # details; Latin-1 is the fallback for bytes Windows-1252 does not define)
    if plan.encoding == "latin-1":
        report.warnings.append(
            CatalogueTexts.tr("not UTF-8: read as {encoding}", encoding=plan.encoding)
        )
    categories = read_categories(Path(category_file), report) if category_file else None
    ProgressMeter(progress, source.size).tick("reading", 0, 0, force=True)
    try:
        snap, checks = build_snapshot(
            source, plan, currency=currency, categories=categories, report=report
        )
    except SnapshotUnsupported as exc:
        rows = [ln for ln in source.sample().splitlines()[plan.head :] if ln.strip()]
        if len(rows) <= plan.has_header:
            sanity_gate(report, force)  # a header and nothing else: no usable rows
        # the file's name, then parse's reason as the phrase it is (shown in the user's language)
        raise CatalogueImportError(Phrase.join([source.name, exc.args[0]], ": ")) from None
    _check_cancel(cancel)
    report.rows_imported = snap.row_count
    report.rows_skipped = snap.rows_unusable
    report.rows_without_sku_or_price = snap.rows_unusable - snap.rows_misshapen
    live = current_name(root)
    report.previous_rows = int(read_info(root, live).get("row_count", 0)) if live else 0
    try:
        sanity_gate(report, force)
    except SanityGateError:
        if checks is not None:  # the refusal's report holds every problem too
            checks.finish()
        raise
    dated = file_date(source, encoding=plan.encoding, delimiter=plan.delimiter)
    return PendingImport(
        Path(db_path), source, plan, snap, report, dated, mapping, started, checks=checks
    )


def commit_import(
    pending: PendingImport,
    *,
    stock_file: Path | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
) -> ImportReport:
    """The commit half: settle the snapshot, keep stock a newer stock file gave, work out the
    change summary against the live generation, write and swap the new generation, remember
    the mapping; then apply ``stock_file`` over it, if given.

    Blocking. Raises ``ImportCancelled`` or ``CatalogueImportError``; in every case the
    previous generation stays live, unchanged.
    """
    snap, report, source, plan = pending.snap, pending.report, pending.source, pending.plan
    db_path, root = pending.db_path, catalogue_root(pending.db_path)
    meter = ProgressMeter(progress, source.size)
    meter.tick("indexing", report.rows_imported, source.size, force=True)
    try:
        pending.settle()  # (waits for a settle already under way)
    except OSError as exc:  # the rows' store's temporary file (its folder full, ...)
        raise CatalogueImportError(
            CatalogueTexts.tr("cannot write the catalogue: {error}", error=str(exc))
        ) from None
    _check_cancel(cancel)
    live = current_name(root)
    before = read_info(root, live) if live else {}
    old_keys = read_table(root, live, "keys") if live else None  # (read after the peak)
    keys = pending.keys
    assert keys is not None  # (taken by ``complete``)
    price_time, stock_time = pending.dated.at, before.get("stock_file_time", "")
    if old_keys is not None and newer(stock_time, price_time):
        # the hourly stock file applied last is newer than this price file: its values stay
        # (and the change summary reports no stock change it did not see)
        keys = keep_stock(keys, old_keys)
        snap.apply_stock(keys)
        report.warnings.append(
            CatalogueTexts.tr("stock kept from the stock file of {when} (newer)", when=stock_time)
        )
    else:
        stock_time = ""
    report.generation = int(before.get("generation", 0)) + 1
    info = {
        "generation": report.generation, "row_count": report.rows_imported,
        "rows_skipped": report.rows_skipped, "layout": report.layout,
        "encoding": report.encoding, "delimiter": report.delimiter, "source": report.source,
        "price_file_time": price_time, "price_file_dated": pending.dated.carried,
        "stock_file_time": stock_time,
        "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "changes": change_summary(old_keys, keys) if old_keys is not None else {},
    }  # fmt: skip
    if live and info["changes"]:  # (the catalogue before is mapped for this only)
        removed = [item[0] for item in info["changes"]["removed"]["items"]]
        described = skus_read(root, live, removed, keys=old_keys) if removed else {}
        describe_removed(info["changes"], described)
    _check_cancel(cancel)
    meter.tick("swapping", report.rows_imported, source.size, force=True)
    try:
        _write(snap, root, info=info, tables={"keys": keys})
    except OSError as exc:
        raise CatalogueImportError(
            CatalogueTexts.tr("cannot write the catalogue: {error}", error=str(exc))
        ) from None
    report.seconds_until_searchable = time.perf_counter() - pending.started
    if pending.mapping is not None and plan.has_header:  # remembered for the next file's shape
        settings = connect(Path(db_path))
        try:
            settings.execute(
                "INSERT OR REPLACE INTO mappings (signature, mapping) VALUES (?, ?)",
                (header_signature(list(plan.columns.header)), pending.mapping.to_json()),
            )
        finally:
            settings.close()
    remove_stale(root)
    if stock_file is not None:
        stocked = apply_stock_file(db_path, stock_file, cancel=cancel, against=old_keys)
        report.stock_rows_applied = stocked.stock_rows_applied
        report.stock_rows_unknown = stocked.stock_rows_unknown
        report.generation = stocked.generation
        for problem in stocked.problems:
            report.add_problem(problem.line, problem.reason, skipped=problem.skipped)
    report.seconds = time.perf_counter() - pending.started
    meter.tick("done", report.rows_imported, source.size, force=True)
    return report


def import_files(
    db_path: Path,
    price_file: Path,
    *,
    stock_file: Path | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
    **kw: Any,
) -> ImportReport:
    """Make ``price_file`` the live catalogue kept beside the settings database ``db_path``,
    then apply ``stock_file`` over it: ``read_price_file`` (``kw``: its keywords) and
    ``commit_import`` in this process, one after the other.

    Blocking. Raises ``SanityGateError``, ``ImportCancelled``, ``MappingRequired`` or
    ``CatalogueImportError``; in every case the previous generation stays live, unchanged.
    """
    pending = read_price_file(db_path, price_file, progress=progress, cancel=cancel, **kw)
    return commit_import(pending, stock_file=stock_file, progress=progress, cancel=cancel)


#: a price file alone (``import_files`` without ``stock_file``)
import_price_file = import_files


def _check_cancel(cancel: CancelFlag | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ImportCancelled("import cancelled; the previous catalogue is unchanged")


#: the parts a stock file changes; a stock file's generation links every other one
STOCK_PARTS = frozenset(
    {"derived.in_stock", "rank.stock", "rank.eta", *(f"stock.{k}" for k in STOCK_COLUMNS)}
)


def apply_stock_file(
    db_path: Path,
    stock_file: Path,
    *,
    cancel: CancelFlag | None = None,
    against: pl.DataFrame | Literal["live"] | None = "live",
) -> ImportReport:
    """Apply an Hourly Stock File (partial, by SKU) to the live catalogue as a new generation
    that shares every part but the stock columns with it. Raises ``CatalogueImportError`` (no
    catalogue yet, unreadable file) or ``ImportCancelled``; the live generation is then as it
    was.

    Its own change summary (stock back or gone) is kept apart from the last import's
    (``Catalogue.stock_changes``). ``against``: instead, the keys before a price file imported
    with it (``commit_import``: one summary of both, its removed articles as described there);
    ``None``: a first import."""
    started = time.perf_counter()
    report = ImportReport(source=Path(stock_file).name, layout="stock")
    root = catalogue_root(db_path)
    live = current_name(root)
    snap = open_generation(root, live) if live else None
    keys = read_table(root, live, "keys") if live else None
    if live is None or snap is None or keys is None:
        raise CatalogueImportError(CatalogueTexts.tr("no catalogue yet: import a price file first"))
    updates, columns = read_stock(Path(stock_file), report)
    if cancel is not None and cancel.is_set():
        raise ImportCancelled("stock update cancelled; nothing changed")
    new = pl.DataFrame(
        {
            "sku": [u.sku for u in updates], "q": [u.stock for u in updates],
            "e": [u.eta for u in updates], "w": [u.warehouse for u in updates],
        },
        schema={"sku": pl.String, "q": pl.Int64, "e": pl.String, "w": pl.String},
    ).unique("sku", keep="last", maintain_order=True)  # fmt: skip
    before_keys = keys
    joined = keys.join(new, on="sku", how="left", maintain_order="left")
    hit = pl.col("q").is_not_null()
    applied = keys.select("sku").join(new, on="sku", how="semi").height
    report.stock_rows_applied = applied
    report.stock_rows_unknown = len(updates) - applied
    keys = joined.select(
        "sku", "price", pl.when(hit).then(pl.col("q")).otherwise(pl.col("stock")).alias("stock"),
        pl.when(hit).then(pl.col("q") > 0).otherwise(pl.col("in_stock")).alias("in_stock"),
        pl.when(hit & ("eta" in columns)).then(pl.col("e").str.to_date("%Y-%m-%d"))
        .otherwise(pl.col("eta")).alias("eta"),
        pl.when(hit & ("warehouse" in columns)).then(pl.col("w"))
        .otherwise(pl.col("warehouse")).alias("warehouse"),
        (pl.col("stocked") | hit).alias("stocked"),
    )  # fmt: skip
    snap.apply_stock(keys)
    info = read_info(root, live)
    if isinstance(against, str):
        info["stock_changes"] = stock_change_summary(before_keys, keys)
    elif against is not None:
        changes = change_summary(against, keys)
        if "removed" in info.get("changes", {}):
            changes["removed"] = info["changes"]["removed"]  # (described, the same articles)
        info["changes"] = changes
    info["generation"] = report.generation = int(info.get("generation", 0)) + 1
    info["stock_file_time"] = file_date(open_source(Path(stock_file))).at
    try:
        _write(snap, root, info=info, tables={"keys": keys}, reuse=(live, STOCK_PARTS))
    except OSError as exc:
        raise CatalogueImportError(
            CatalogueTexts.tr("cannot write the catalogue: {error}", error=str(exc))
        ) from None
    remove_stale(root)
    report.rows_imported = report.stock_rows_applied
    report.seconds = time.perf_counter() - started
    return report


def keep_stock(new: pl.DataFrame, old: pl.DataFrame) -> pl.DataFrame:
    """``new`` keys with the stock values a stock file gave the same SKUs in ``old``."""
    given = old.filter("stocked").select("sku", *(pl.col(k).alias(f"{k}_s") for k in STOCK_COLUMNS))
    joined = new.join(given, on="sku", how="left", maintain_order="left")
    hit = pl.col("stock_s").is_not_null() | pl.col("in_stock_s").is_not_null()
    kept = [
        pl.when(hit).then(pl.col(f"{k}_s")).otherwise(pl.col(k)).alias(k) for k in STOCK_COLUMNS
    ]
    return joined.select("sku", "price", *kept, (pl.col("stocked") | hit).alias("stocked"))
