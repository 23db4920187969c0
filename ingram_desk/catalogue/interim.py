"""A big import in one child process: it reads the price file once, serves the snapshot to the
app within seconds, settles it, and on request writes the new generation from it.

``load`` runs the import's read half (``engine.read_price_file``: plan, read, sanity gate) and
the snapshot then answers every query while it settles in the background; ``commit`` runs the
commit half (``engine.commit_import``: keep newer stock, change summary, write, swap, remember
the mapping) on what the child holds, while queries are still answered. The same two functions
import a small file in one go (``engine.import_files``), so there is one way to import.

Why a process: the snapshot of a million rows holds a few hundred MB and polars keeps both cores
busy while it reads; in a child neither lands in the GUI process, and the child's memory is given
back the moment the app lets it go after the swap (``close``). Why warm: importing polars
costs most of a second, so ``InterimProcess.spawn()`` may be called ahead (the app does it when
the user opens the import dialog); ``load`` then only reads the file.

The parent talks to the child over three pipes, one for queries and lookups (worker threads),
one for page reads (the GUI thread) and one for the commit, each answered by its own thread in
the child, so a page never waits behind a search and a search never waits for the commit.
Errors the import raises (``MappingRequired``, ``SanityGateError``, ``ImportCancelled``, an
unreadable file) come back as themselves; a failure of the child while loading means "no
interim stage" (``InterimUnavailable``: the file is imported in one go), while committing an
import error. A child whose parent vanished exits at the pipe's EOF; an idle warm child exits
after ``IDLE_SECONDS``.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
import time
from array import array
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
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
from .report import (
    CancelFlag,
    CatalogueImportError,
    ImportCancelled,
    ImportReport,
    ProgressCallback,
)

__all__ = ["IDLE_SECONDS", "INTERIM_GENERATION", "InterimProcess", "InterimUnavailable"]

# the child's searches, settling and commit, below its page reads (which the window waits
# for): a search sorting on both cores must not slow a page read down
NICENESS = 5
# the settling and the commit further below the searches once the word index serves: beside
# them on two cores a search took twice as long as alone (their work in polars' pool is shared,
# but their own threads' and numpy's is not). The word index itself is made at ``NICENESS``
# (searches scan until it serves), as the rows' store was when it came first (round 24), each
# slice of it once no search is under way (round 27)
BACKGROUND_NICENESS = 15
# how long a thread holding the GIL keeps it from one asking for it (Python's default: 5 ms):
# a page read lets the GIL go at each block it reads and decompresses, and beside a settle step
# running Python code each return cost up to the interval (100 rows: ~175 ms; at 1 ms ~45-85)
GIL_SWITCH_SECONDS = 0.001
# a warm child nobody loaded exits after this long
IDLE_SECONDS = 600.0
# what ``generation()`` reports while the interim snapshot is the live catalogue
INTERIM_GENERATION = -1
# a loaded snapshot settles once a search was answered (with its first page), or after this
# long without one
SETTLE_AFTER_SECONDS = 2.0
# errors a load or commit passes on unchanged (the one-process import raises the same)
_PASS_ON = (MappingRequired, MappingError, CatalogueImportError)

log = logging.getLogger(__name__)


class InterimUnavailable(Exception):
    """Stage 1 cannot serve this file (encoding, a failure in the child): import without it."""


class InterimProcess:
    """One child process holding (at most) one snapshot; see the module docstring.

    After ``load`` it reads like ``engine.Catalogue``: ``query_ids``, ``read_rows``,
    ``lookup``, ``vendors``, ``category_tree``, ``info``, ``generation``, ``changes``.
    """

    def __init__(
        self, process: Any, queries: Connection, pages: Connection, commits: Connection, stop: Any
    ) -> None:
        self._process = process
        self._queries, self._pages, self._commits = queries, pages, commits
        self._stop = stop  # the commit's cancel flag, shared with the child
        self._query_lock, self._page_lock = threading.Lock(), threading.Lock()
        self._commit_lock = threading.Lock()
        self._serial = 0
        self.summary: dict[str, Any] = {}
        #: per method, its last call's (seconds in the child, what the import was doing then)
        self.served: dict[str, tuple[float, str]] = {}
        self.loaded = False
        self.closed = False
        #: set once a search after ``load`` has its answer: its ids and first page, or no ids
        #: (the child's ``_answered``); the caller's own disk work waits for it, as settling does
        self.first_answer = threading.Event()

    @classmethod
    def spawn(cls) -> InterimProcess:
        """Start a warm child (returns at once; polars loads in the child meanwhile)."""
        ctx = multiprocessing.get_context("spawn")
        queries, child_queries = ctx.Pipe()
        pages, child_pages = ctx.Pipe()
        commits, child_commits = ctx.Pipe()
        stop = ctx.Event()
        process = ctx.Process(
            target=_child_main,
            args=(child_queries, child_pages, child_commits, stop),
            name="catalogue-interim",
            daemon=True,
        )
        with child_allocator_env():  # (read as polars loads: set here, in the child, too late)
            process.start()
        for end in (child_queries, child_pages, child_commits):
            end.close()
        return cls(process, queries, pages, commits, stop)

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
        """The import's read half in the child (``engine.read_price_file``): the snapshot then
        serves queries and settles in the background (blocking; a few seconds at 1M rows).

        Returns the summary (``rows``, ``skipped``, ``layout``, ``encoding``, ``delimiter``,
        ``source``, ``price_file_time``, ``price_file_dated``, ``seconds``). Raises the
        import's own errors, ``ImportCancelled`` (the child ends), or ``InterimUnavailable``
        (then import in one go).
        """
        kwargs = {
            "db_path": str(db_path), "price_file": str(price_file),
            "category_file": str(category_file) if category_file else None, "mapping": mapping,
            "force": force, "currency": currency,
        }  # fmt: skip
        self.first_answer.clear()
        try:
            answer = self._call(self._queries, self._query_lock, "load", (kwargs,), cancel)
        except ImportCancelled:
            self.close()
            raise
        self.summary = answer
        self.loaded = True
        return answer

    def commit(
        self,
        *,
        stock_file: Path | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelFlag | None = None,
        after_first_search: bool = False,
    ) -> ImportReport:
        """The import's commit half on the loaded snapshot (``engine.commit_import``), while it
        keeps answering queries; blocking. ``progress`` ticks arrive in the calling thread;
        ``cancel`` stops it at its next step. ``after_first_search``: a search is on its way
        (the window's, told the snapshot serves): the commit starts once it was answered (or
        after ``SETTLE_AFTER_SECONDS``), as settling does, not beside it on the same cores.
        Raises ``ImportCancelled``, ``CatalogueImportError`` (also when the child dies); the
        previous generation then stays live, unchanged."""
        if self.closed or not self.loaded:
            raise CatalogueImportError(CatalogueTexts.tr("no price file loaded to commit"))
        kwargs = {
            "stock_file": str(stock_file) if stock_file else None,
            "after_first_search": after_first_search,
        }
        conn = self._commits
        with self._commit_lock:
            if cancel is not None and cancel.is_set():
                self._stop.set()
            try:
                conn.send((0, "commit", (kwargs,)))
                while True:
                    while not conn.poll(0.05):
                        if cancel is not None and cancel.is_set():
                            self._stop.set()
                        if not self._process.is_alive() and not conn.poll(0):
                            raise EOFError
                    _serial, kind, payload = conn.recv()
                    if kind != "progress":
                        break
                    if progress is not None:
                        progress(payload)
                    if cancel is not None and cancel.is_set():
                        self._stop.set()  # at once: the child checks it at its next step
            except (EOFError, OSError):
                raise CatalogueImportError(
                    CatalogueTexts.tr(
                        "the import process died (exit code {code}); the previous catalogue is"
                        " unchanged",
                        code=str(self._process.exitcode),
                    )
                ) from None
        if kind == "ok":
            return payload
        raise payload if isinstance(payload, BaseException) else CatalogueImportError(payload)

    # --- the reader interface ------------------------------------------------------------

    def query_ids(self, query: Any, cancel: threading.Event | None = None) -> array:
        ids = self._call(self._queries, self._query_lock, "query_ids", (query,))
        if not ids:  # no page follows: the answer is complete
            self.first_answer.set()
        return ids

    def read_rows(self, ids: array | Sequence[int]) -> list[Product]:
        """Empty once closed: a view still holding this reader repaints blank until it re-runs
        its query against the store that replaced the snapshot."""
        if not len(ids) or self.closed:
            return []
        try:
            return self._call(self._pages, self._page_lock, "read_rows", (array("q", ids),))
        except InterimUnavailable:
            return []
        finally:
            self.first_answer.set()

    def lookup(self, code: str) -> list[Product]:
        return self._call(self._queries, self._query_lock, "lookup", (code,))

    def products_by_sku(self, skus: Iterable[str]) -> dict[str, Product]:
        return self._call(self._queries, self._query_lock, "products_by_sku", (list(skus),))

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
        """Nothing yet: what changed is worked out by ``commit``."""
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
            if self.closed:  # closed while this call waited for the pipe
                raise InterimUnavailable("the interim catalogue is closed")
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
                    got, kind, payload, served = conn.recv()
                    if got == serial:
                        break
            except (EOFError, OSError, BrokenPipeError):
                raise InterimUnavailable(
                    f"the interim catalogue process ended (exit code {self._process.exitcode})"
                ) from None
            finally:
                if self.closed:  # ``close`` left this pipe to the call in flight on it
                    with suppress(OSError):
                        conn.close()
        self.served[method] = served
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
        # A pipe a call is waiting on is not closed under it (its read would fail with a
        # TypeError, not EOF): that call closes it. The child exits at the first pipe closed;
        # the waiting call then ends with ``InterimUnavailable``.
        closed_one = False
        for conn, lock in (
            (self._pages, self._page_lock),
            (self._queries, self._query_lock),
            (self._commits, self._commit_lock),
        ):
            if lock.acquire(blocking=False):
                try:
                    with suppress(OSError):
                        conn.close()
                    closed_one = True
                finally:
                    lock.release()
        if not closed_one:  # all busy: end the child, which ends every call
            self._process.terminate()
        self._process.join(timeout=2)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()


# --- the child -----------------------------------------------------------------------------


def _child_main(queries: Connection, pages: Connection, commits: Connection, stop: Any) -> None:
    # numpy's and Python's big blocks through glibc returned (``heap``). It costs the read
    # ~0.4 s of page faults at 1M rows (file_lines' temporaries mapped afresh per block), but
    # set only after the read, the settled child peaked ~20 MB higher
    return_big_blocks()
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    state: dict[str, Any] = {}
    threading.Thread(
        target=_serve, args=(pages, state, _page_methods), name="pages", daemon=True
    ).start()
    # this thread and polars' pool (started from it) below the page reads the window waits for
    lower_thread_priority(NICENESS)
    import polars

    from . import engine  # noqa: F401  (all a load runs: ~0.1 s not spent once it is asked)

    polars.select(polars.lit(1)).lazy().collect()  # warm: the pool's threads start now, niced
    threading.Thread(  # niced too, like the settling it continues
        target=_serve_commits, args=(commits, state, stop), name="commit", daemon=True
    ).start()
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
        began, stage = time.perf_counter(), _stage(state)
        try:
            result: tuple[str, Any] = ("ok", table[method](*args))
        except InterimUnavailable as exc:
            result = ("unavailable", str(exc))
        except _PASS_ON as exc:
            result = ("error", exc)
        except Exception as exc:  # a bug or a polars failure: no interim stage, never a crash
            result = ("unavailable", f"{type(exc).__name__}: {exc}")
        try:  # with where the child spent the time, and what the import was doing then
            conn.send((serial, *result, (time.perf_counter() - began, stage)))
        except (OSError, ValueError):
            os._exit(0)


def _stage(state: dict[str, Any]) -> str:
    """What the import is doing: the snapshot's settle step, and the commit's phase."""
    snap, commit = state.get("snapshot"), state.get("commit")
    found = snap.stage if snap is not None else "loading"
    return f"{found}, commit {commit}" if commit else found


def _query_methods(state: dict[str, Any]) -> dict[str, Callable[..., Any]]:
    def load(kwargs: dict[str, Any]) -> dict[str, Any]:
        from .engine import read_price_file

        state["snapshot"] = state["pending"] = state["commit"] = None
        pending = read_price_file(**kwargs)
        answered = state["answered"] = threading.Event()
        state["snapshot"] = pending.snap
        state["pending"] = pending
        # serving already; the compact form (~400 MB less at 1M rows) is made meanwhile, once
        # the first search (the window's, the moment the snapshot serves) has its answer and
        # first page: settling beside it on the same cores made that answer 3-4x slower

        def settle() -> None:
            answered.wait(SETTLE_AFTER_SECONDS)
            pending.snap.word_index()
            lower_thread_priority(BACKGROUND_NICENESS)
            pending.settle()  # the index first: searches scan until then
            release_free_memory()

        threading.Thread(target=settle, name="settle", daemon=True).start()
        report = pending.report
        return {
            "price_file_time": pending.dated.at, "price_file_dated": pending.dated.carried,
            "rows": report.rows_imported, "skipped": report.rows_skipped,
            "layout": report.layout, "encoding": report.encoding,
            "delimiter": report.delimiter, "source": report.source,
            "seconds": time.perf_counter() - pending.started,
        }  # fmt: skip

    def snap() -> Any:
        found = state.get("snapshot")
        if found is None:
            raise InterimUnavailable("no snapshot loaded")
        return found

    def query_ids(query: Any) -> array:
        ids = None
        try:
            ids = snap().query_ids(query)
            return ids
        finally:
            if not ids:  # no page follows: the answer is complete (else: its first page)
                _answered(state)

    return {
        "load": load,
        "query_ids": query_ids,
        "lookup": lambda code: snap().lookup(code),
        # (no kept keys before the generation is written: a lookup each, ~10 ms at 1M rows)
        "products_by_sku": lambda skus: {
            p.sku: p for sku in skus for p in snap().lookup(sku) if p.sku == sku
        },
        "vendors": lambda: snap().vendors(),
        "category_tree": lambda: snap().category_tree(),
        "settled": lambda: snap().settled,
    }


def _page_methods(state: dict[str, Any]) -> dict[str, Callable[..., Any]]:
    def read_rows(ids: array) -> list[Product]:
        found = state.get("snapshot")
        if found is None:
            raise InterimUnavailable("no snapshot loaded")
        try:
            return found.read_rows(ids)
        finally:
            _answered(state)

    return {"read_rows": read_rows}


def _answered(state: dict[str, Any]) -> None:
    """The first search has its answer (its ids and their first page): the snapshot may
    settle and the commit start (on the same cores, they made that page read wait ~0.3 s)."""
    answered = state.get("answered")
    if answered is not None:
        answered.set()


def _serve_commits(conn: Connection, state: dict[str, Any], stop: Any) -> None:
    """Answer the commit pipe: the loaded import's commit half, its progress ticks sent ahead
    of the answer. Never a fall-back to another import: anything unexpected is an import error
    (the previous generation is live, unchanged)."""
    from .engine import commit_import

    while True:
        try:
            serial, _method, (kwargs,) = conn.recv()
        except (EOFError, OSError):
            os._exit(0)  # the parent closed us or is gone

        def progress(tick: Any, serial: int = serial) -> None:
            state["commit"] = tick.phase
            conn.send((serial, "progress", tick))

        pending = state.get("pending")
        answered = state.get("answered")
        if kwargs.get("after_first_search") and answered is not None:
            answered.wait(SETTLE_AFTER_SECONDS)
        try:
            if pending is None:
                raise CatalogueImportError(CatalogueTexts.tr("no price file loaded to commit"))
            pending.snap.word_index()  # (or waits for it: then the rest below the searches)
            lower_thread_priority(BACKGROUND_NICENESS)
            stock = kwargs.get("stock_file")
            report = commit_import(
                pending, stock_file=Path(stock) if stock else None, progress=progress, cancel=stop
            )
            result: tuple[str, Any] = ("ok", report)
        except _PASS_ON as exc:  # ImportCancelled and the gate among them
            result = ("error", exc)
        except Exception as exc:  # a bug or a polars failure: an import error, never a crash
            log.exception("catalogue commit failed")  # the traceback for support, not the user
            result = ("error", CatalogueImportError(
                CatalogueTexts.tr("the import failed: {error}", error=str(exc))
            ))  # fmt: skip
        finally:
            stop.clear()
        release_free_memory()
        try:
            conn.send((serial, *result))
        except (OSError, ValueError):
            os._exit(0)
