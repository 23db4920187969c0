"""Stage 1 in a child process: the polars snapshot served to the app while stage 2 builds the store.

Why a process: the snapshot of a million rows holds a few hundred MB and polars keeps both cores
busy while it reads; in a child neither lands in the GUI process, and the child's memory is given
back the moment stage 2 has swapped its generation in (``close``). Why warm: importing polars
costs most of a second, so ``InterimProcess.spawn()`` may be called ahead (the app does it when
the user opens the import dialog); ``load`` then only reads the file.

The parent talks to the child over two pipes, one for queries and lookups (worker threads) and
one for page reads (the GUI thread), each answered by its own thread in the child, so a page
never waits behind a search. Errors the import would raise anyway (``MappingRequired``,
``SanityGateError``, an empty file) come back as themselves; anything else means "no interim
stage" (``InterimUnavailable``) and stage 2 imports alone, as before. A child whose parent
vanished exits at the pipe's EOF; an idle warm child exits after ``IDLE_SECONDS``.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from array import array
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ingram_desk.domain.phrase import CatalogueTexts
from ingram_desk.domain.product import Product

from .categories import CategoryNode
from .heap import child_allocator_env, release_free_memory, return_big_blocks
from .layouts import MappingError, MappingRequired, UserMapping
from .priority import lower_thread_priority
from .query import CatalogueInfo, ChangeSummary
from .report import CancelFlag, CatalogueImportError, ImportCancelled

__all__ = ["IDLE_SECONDS", "INTERIM_GENERATION", "InterimProcess", "InterimUnavailable"]

#: the child's searches and settling, below its page reads (which the window waits for) and
#: above stage 2 (15): a search sorting on both cores must not slow a page read down
NICENESS = 5
#: a warm child nobody loaded exits after this long
IDLE_SECONDS = 600.0
#: what ``generation()`` reports while the interim snapshot is the live catalogue
INTERIM_GENERATION = -1
#: errors a stage-1 load passes on unchanged (stage 2 would raise the same)
_PASS_ON = (MappingRequired, MappingError, CatalogueImportError)


class InterimUnavailable(Exception):
    """Stage 1 cannot serve this file (encoding, a failure in the child): import without it."""


class InterimProcess:
    """One child process holding (at most) one snapshot; see the module docstring.

    After ``load`` it reads like ``engine.Catalogue``: ``query_ids``, ``read_rows``,
    ``lookup``, ``vendors``, ``category_tree``, ``info``, ``generation``, ``changes``.
    """

    def __init__(self, process: Any, queries: Connection, pages: Connection) -> None:
        self._process = process
        self._queries, self._pages = queries, pages
        self._query_lock, self._page_lock = threading.Lock(), threading.Lock()
        self._serial = 0
        self.summary: dict[str, Any] = {}
        self.loaded = False
        self.closed = False

    @classmethod
    def spawn(cls) -> InterimProcess:
        """Start a warm child (returns at once; polars loads in the child meanwhile)."""
        ctx = multiprocessing.get_context("spawn")
        queries, child_queries = ctx.Pipe()
        pages, child_pages = ctx.Pipe()
        process = ctx.Process(
            target=_child_main,
            args=(child_queries, child_pages),
            name="catalogue-interim",
            daemon=True,
        )
        with child_allocator_env():  # (read as polars loads: set here, in the child, too late)
            process.start()
        child_queries.close()
        child_pages.close()
        return cls(process, queries, pages)

    @property
    def alive(self) -> bool:
        return not self.closed and self._process.is_alive()

    # --- loading -------------------------------------------------------------------------

    def load(
        self,
        db_path: Path,
        price_file: Path,
        *,
        category_file: Path | None = None,
        mapping: UserMapping | None = None,
        force: bool = False,
        currency: str = "EUR",
        cancel: CancelFlag | None = None,
    ) -> dict[str, Any]:
        """Read ``price_file`` into the child's snapshot (blocking; a few seconds at 1M rows).

        Returns the summary (``rows``, ``skipped``, ``layout``, ``encoding``, ``delimiter``,
        ``source``, ``seconds``). Raises the import's own errors, ``ImportCancelled``, or
        ``InterimUnavailable`` (then import without a stage 1).
        """
        kwargs = {
            "db_path": str(db_path), "price_file": str(price_file),
            "category_file": str(category_file) if category_file else None, "mapping": mapping,
            "force": force, "currency": currency,
        }  # fmt: skip
        try:
            answer = self._call(self._queries, self._query_lock, "load", (kwargs,), cancel)
        except ImportCancelled:
            self.close()
            raise
        self.summary = answer
        self.loaded = True
        return answer

    # --- the reader interface ------------------------------------------------------------

    def query_ids(self, query: Any, cancel: threading.Event | None = None) -> array:
        return self._call(self._queries, self._query_lock, "query_ids", (query,))

    def read_rows(self, ids: array | Sequence[int]) -> list[Product]:
        """Empty once closed: a view still holding this reader repaints blank until it re-runs
        its query against the store that replaced the snapshot."""
        if not len(ids) or self.closed:
            return []
        try:
            return self._call(self._pages, self._page_lock, "read_rows", (array("q", ids),))
        except InterimUnavailable:
            return []

    def lookup(self, code: str) -> list[Product]:
        return self._call(self._queries, self._query_lock, "lookup", (code,))

    def vendors(self) -> list[tuple[str, int]]:
        return self._call(self._queries, self._query_lock, "vendors", ())

    def category_tree(self) -> list[CategoryNode]:
        return self._call(self._queries, self._query_lock, "category_tree", ())

    def generation(self) -> int:
        return INTERIM_GENERATION

    def settled(self) -> bool:
        """Whether the snapshot has reached its compact form (see ``Snapshot.settle``)."""
        return bool(self._call(self._queries, self._query_lock, "settled", ()))

    def info(self) -> CatalogueInfo:
        s = self.summary
        return CatalogueInfo(
            row_count=int(s.get("rows", 0)), generation=INTERIM_GENERATION,
            layout=s.get("layout", ""), encoding=s.get("encoding", ""),
            source=s.get("source", ""), price_file_time=s.get("price_file_time", ""),
            stock_file_time="", imported_at="", rows_skipped=int(s.get("skipped", 0)),
            interim=True, price_file_dated=bool(s.get("price_file_dated", False)),
        )  # fmt: skip

    def changes(self, limit: int = 1000) -> ChangeSummary:
        """Nothing yet: what changed is worked out by stage 2."""
        return ChangeSummary()

    # --- plumbing ------------------------------------------------------------------------

    def _call(
        self,
        conn: Connection,
        lock: threading.Lock,
        method: str,
        args: tuple,
        cancel: CancelFlag | None = None,
    ) -> Any:
        if self.closed:
            raise InterimUnavailable("the interim catalogue is closed")
        with lock:
            self._serial += 1
            serial = self._serial
            try:
                conn.send((serial, method, args))
                while True:
                    if cancel is not None:
                        while not conn.poll(0.05):
                            if cancel.is_set():
                                raise ImportCancelled(
                                    "import cancelled; the previous catalogue is unchanged"
                                )
                            if not self._process.is_alive():
                                raise EOFError
                    got, kind, payload = conn.recv()
                    if got == serial:
                        break
            except (EOFError, OSError, BrokenPipeError):
                raise InterimUnavailable(
                    f"the interim catalogue process ended (exit code {self._process.exitcode})"
                ) from None
        if kind == "ok":
            return payload
        if kind == "unavailable":
            raise InterimUnavailable(payload)
        raise payload

    def close(self) -> None:
        """End the child (its memory goes back to the system); safe to call twice."""
        if self.closed:
            return
        self.closed = True
        for conn in (self._queries, self._pages):
            try:
                conn.close()
            except OSError:
                pass
        self._process.join(timeout=2)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()


# --- the child -----------------------------------------------------------------------------


def _child_main(queries: Connection, pages: Connection) -> None:
    return_big_blocks()  # and numpy's and Python's through glibc (``heap``)
    state: dict[str, Any] = {}
    threading.Thread(
        target=_serve, args=(pages, state, _page_methods), name="pages", daemon=True
    ).start()
    # this thread and polars' pool (started from it) below the page reads the window waits for
    lower_thread_priority(NICENESS)
    import polars

    from . import snapshot  # noqa: F401

    polars.select(polars.lit(1)).lazy().collect()  # warm: the pool's threads start now, niced
    _serve(queries, state, _query_methods, idle=IDLE_SECONDS)


def _serve(
    conn: Connection,
    state: dict[str, Any],
    methods: Callable[[dict[str, Any]], dict[str, Callable[..., Any]]],
    idle: float | None = None,
) -> None:
    table = methods(state)
    while True:
        try:
            if idle is not None and "snapshot" not in state and not conn.poll(idle):
                os._exit(0)  # warm and never used
            serial, method, args = conn.recv()
        except (EOFError, OSError):
            os._exit(0)  # the parent closed us or is gone
        try:
            result: tuple[str, Any] = ("ok", table[method](*args))
        except InterimUnavailable as exc:
            result = ("unavailable", str(exc))
        except _PASS_ON as exc:
            result = ("error", exc)
        except Exception as exc:  # a bug or a polars failure: no interim stage, never a crash
            result = ("unavailable", f"{type(exc).__name__}: {exc}")
        try:
            conn.send((serial, *result))
        except (OSError, ValueError):
            os._exit(0)


def _query_methods(state: dict[str, Any]) -> dict[str, Callable[..., Any]]:
    def load(kwargs: dict[str, Any]) -> dict[str, Any]:
        state["snapshot"] = None
        snap, summary = _load(**kwargs)
        state["snapshot"] = snap
        # serving already; the compact form (~400 MB less at 1M rows) is made meanwhile

        def settle() -> None:
            snap.settle()
            release_free_memory()

        threading.Thread(target=settle, name="settle", daemon=True).start()
        return summary

    def snap() -> Any:
        found = state.get("snapshot")
        if found is None:
            raise InterimUnavailable("no snapshot loaded")
        return found

    return {
        "load": load,
        "query_ids": lambda q: snap().query_ids(q),
        "lookup": lambda code: snap().lookup(code),
        "vendors": lambda: snap().vendors(),
        "category_tree": lambda: snap().category_tree(),
        "settled": lambda: snap().settled,
    }


def _page_methods(state: dict[str, Any]) -> dict[str, Callable[..., Any]]:
    def read_rows(ids: array) -> list[Product]:
        found = state.get("snapshot")
        if found is None:
            raise InterimUnavailable("no snapshot loaded")
        return found.read_rows(ids)

    return {"read_rows": read_rows}


def _load(
    db_path: str,
    price_file: str,
    category_file: str | None,
    mapping: UserMapping | None,
    force: bool,
    currency: str,
) -> tuple[Any, dict[str, Any]]:
    from .detect import plan_import
    from .engine import catalogue_root
    from .file_date import file_date
    from .generation import current_name, read_info
    from .parse import SnapshotUnsupported, build_snapshot
    from .report import ImportReport, sanity_gate
    from .schema import connect, ensure_base
    from .side_files import read_categories
    from .sniff import open_source

    started = time.perf_counter()
    try:
        source = open_source(Path(price_file))
    except (OSError, ValueError) as exc:
        raise CatalogueImportError(
            CatalogueTexts.tr("cannot read {file}: {error}", file=str(price_file), error=str(exc))
        ) from None
    conn = connect(Path(db_path))
    try:
        ensure_base(conn)  # the settings: remembered mappings
        plan = plan_import(conn, source, mapping)
    finally:
        conn.close()
    root = catalogue_root(Path(db_path))
    live = current_name(root)
    previous = int(read_info(root, live).get("row_count", 0)) if live else 0
    categories = read_categories(Path(category_file), ImportReport()) if category_file else None
    try:
        snap = build_snapshot(source, plan, currency=currency, categories=categories)
    except SnapshotUnsupported as exc:
        raise InterimUnavailable(str(exc)) from None
    report = snap.report(source.name)
    report.previous_rows = previous
    sanity_gate(report, force)
    dated = file_date(source, encoding=plan.encoding, delimiter=plan.delimiter)
    summary = {
        "price_file_time": dated.at, "price_file_dated": dated.carried, "rows": snap.row_count, "skipped": snap.rows_unusable, "layout": report.layout,
        "encoding": report.encoding, "delimiter": report.delimiter, "source": source.name,
        "seconds": time.perf_counter() - started,
    }  # fmt: skip
    return snap, summary
