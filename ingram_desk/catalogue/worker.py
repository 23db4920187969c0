"""Run ``engine.import_files`` (and ``engine.apply_stock_file``) in a child process, so their
Python row loops never hold the GUI's GIL. A big price file is imported by ``interim`` instead,
which serves its snapshot before committing it (the same engine functions).

``import_in_subprocess`` has the importer's signature and guarantees,
``apply_stock_in_subprocess`` the stock file's; call them from a worker thread
(``asyncio.to_thread``). Progress ticks arrive in the calling thread; setting ``cancel``
asks the child to stop at its next batch (the previous catalogue stays live). If the child is
killed, the call raises ``CatalogueImportError`` and the store is exactly as before
(architecture §1d.5: the GIL contention of an in-process import slowed repaints by 42 %; a
200k-row stock file applied in a thread of the app stalled the window for 77–90 ms,
bench/feeds_bench.py).
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ingram_desk.domain.phrase import CatalogueTexts

from .heap import child_allocator_env
from .layouts import UserMapping
from .report import CancelFlag, CatalogueImportError, ImportReport, ProgressCallback

__all__ = ["apply_stock_in_subprocess", "import_in_subprocess"]


def _child(conn: Connection, cancel: Any, task: str, kwargs: dict[str, Any]) -> None:
    from . import engine

    def progress(tick: object) -> None:
        conn.send(("progress", tick))

    if task == "import_files":
        kwargs["progress"] = progress
    try:
        report = getattr(engine, task)(cancel=cancel, **kwargs)
    except BaseException as exc:
        try:
            conn.send(("error", exc))
        except Exception:  # an exception that does not pickle
            conn.send((
                "error",
                CatalogueImportError(CatalogueTexts.tr("the import failed: {error}", error=str(exc))),
            ))  # fmt: skip
    else:
        conn.send(("ok", report))
    finally:
        conn.close()


def import_in_subprocess(
    db_path: Path,
    price_file: Path,
    *,
    stock_file: Path | None = None,
    category_file: Path | None = None,
    mapping: UserMapping | None = None,
    force: bool = False,
    currency: str = "EUR",
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
) -> ImportReport:
    """``engine.import_files`` in a spawned child process; same arguments, result and errors."""
    kwargs = {
        "db_path": Path(db_path), "price_file": Path(price_file), "stock_file": stock_file,
        "category_file": category_file, "mapping": mapping, "force": force, "currency": currency,
    }  # fmt: skip
    return _run("import_files", kwargs, progress, cancel)


def apply_stock_in_subprocess(
    db_path: Path, stock_file: Path, *, cancel: CancelFlag | None = None
) -> ImportReport:
    """``engine.apply_stock_file`` in a spawned child process; same arguments, result and
    errors."""
    kwargs = {"db_path": Path(db_path), "stock_file": Path(stock_file)}
    return _run("apply_stock_file", kwargs, None, cancel)


def _run(
    task: str,
    kwargs: dict[str, Any],
    progress: ProgressCallback | None,
    cancel: CancelFlag | None,
) -> ImportReport:
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    child_cancel = ctx.Event()
    process = ctx.Process(
        target=_child, args=(child, child_cancel, task, kwargs), name="catalogue-import",
        daemon=True,
    )  # fmt: skip
    with child_allocator_env():  # polars' freed buffers returned at once (``heap``)
        process.start()
    child.close()
    outcome: tuple[str, Any] | None = None
    try:
        while outcome is None:
            if cancel is not None and cancel.is_set():
                child_cancel.set()
            if parent.poll(0.05):
                try:
                    kind, payload = parent.recv()
                except EOFError:
                    break
                if kind == "progress":
                    if progress is not None:
                        progress(payload)
                else:
                    outcome = (kind, payload)
            elif not process.is_alive() and not parent.poll(0):
                break
    finally:
        process.join(timeout=30)
        if process.is_alive():
            process.kill()
            process.join()
        parent.close()
    if outcome is None:
        raise CatalogueImportError(
            CatalogueTexts.tr(
                "the import process died (exit code {code}); the previous catalogue is unchanged",
                code=process.exitcode,
            )
        )
    kind, payload = outcome
    if kind == "error":
        raise payload
    return payload
