"""Run ``engine.import_files`` in a child process, so its Python row loop never holds the GUI's GIL.

``import_in_subprocess`` has the importer's signature and guarantees; call it from a worker
thread (``asyncio.to_thread``). Progress ticks arrive in the calling thread; setting ``cancel``
asks the child to stop at its next batch (the previous catalogue stays live). If the child is
killed, the call raises ``CatalogueImportError`` and the store is exactly as before
(architecture §1d.5: the GIL contention of an in-process import slowed repaints by 42 %).
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .heap import child_allocator_env
from .layouts import UserMapping
from .priority import lower_process_priority
from .report import CancelFlag, CatalogueImportError, ImportReport, ProgressCallback

__all__ = ["import_in_subprocess"]


def _child(conn: Connection, cancel: Any, kwargs: dict[str, Any]) -> None:
    from .engine import import_files

    lower_process_priority(kwargs.pop("niceness", 0))

    def progress(tick: object) -> None:
        conn.send(("progress", tick))

    try:
        report = import_files(progress=progress, cancel=cancel, **kwargs)
    except BaseException as exc:
        try:
            conn.send(("error", exc))
        except Exception:  # an exception that does not pickle
            conn.send(("error", CatalogueImportError(f"{type(exc).__name__}: {exc}")))
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
    niceness: int = 0,
) -> ImportReport:
    """``engine.import_files`` in a spawned child process; same arguments, result and errors.

    ``niceness`` > 0 lowers the child's CPU priority (while a stage-1 snapshot serves searches).
    """
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe(duplex=False)
    child_cancel = ctx.Event()
    kwargs = {
        "db_path": Path(db_path), "price_file": Path(price_file), "stock_file": stock_file,
        "category_file": category_file, "mapping": mapping, "force": force, "currency": currency,
        "niceness": niceness,
    }  # fmt: skip
    process = ctx.Process(
        target=_child, args=(child, child_cancel, kwargs), name="catalogue-import", daemon=True
    )
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
            f"the import process died (exit code {process.exitcode}); the previous catalogue "
            "is unchanged"
        )
    kind, payload = outcome
    if kind == "error":
        raise payload
    return payload
