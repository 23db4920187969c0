"""Where a start's time goes (issue 17, defect 18): marks from launch to the first search.

    uv run python bench/startup_timeline.py --data-dir DIR [--runs 3]

Each run is a fresh process like ``bench/startup_bench.py``'s (its probe: visible, then a
"monitor" search while ``start_session`` runs alongside), with hooks that mark, in wall time
since launch and the process's CPU time (``os.times()``: it depends less on the machine's
load), when: the app's modules are imported, the window is built and shown, the engine is
imported, the generation opened, each query and page read done, the feeds attached. The GUI
thread's stalls over 50 ms are marked with the CPU the process used meanwhile: a stall with
little CPU is the machine not running us (load), one with as much CPU as wall is our own work
holding the GUI thread or the GIL. Prints each run's marks.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROBE = "INGRAM_DESK_STARTUP_PROBE"
MARKS: list[tuple[float, float, str, str]] = []


def mark(what: str) -> None:
    t = os.times()
    launched = float(os.environ[PROBE])
    MARKS.append((time.time() - launched, t.user + t.system, threading.current_thread().name, what))


def _wrap(owner: Any, name: str, before: str | None, after: str | None) -> None:
    """Mark around ``owner.name`` (``{n}`` in a mark: the length of the result)."""
    original = getattr(owner, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if before:
            mark(before)
        result = original(*args, **kwargs)
        if after:
            mark(after.format(n=len(result) if hasattr(result, "__len__") else ""))
        return result

    setattr(owner, name, wrapped)


def _hook() -> None:
    """Install the marks (in the child, before the app runs); the engine's once it is imported."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    import ingram_desk.app as app
    import ingram_desk.services.catalogue_service as service
    from ingram_desk.ui.main_window import MainWindow

    mark("app, service and window modules imported")
    opened, hooked = service.CatalogueService.catalogue.fget, threading.Lock()

    def catalogue(self: Any) -> Any:
        with hooked:  # (the first reads race from several threads)
            if "ingram_desk.catalogue.engine" not in sys.modules:
                mark("engine import starts")
                import ingram_desk.catalogue.engine as engine

                mark("engine imported (polars, numpy)")
                _wrap(engine, "open_generation", None, "generation opened")
                _wrap(engine.Catalogue, "query_ids", None, "query answered: {n} ids")
                _wrap(engine.Catalogue, "read_rows", None, "page read: {n} rows")
        return opened(self)

    service.CatalogueService.catalogue = property(catalogue)  # type: ignore[method-assign]
    attach = app.attach_feeds

    async def attach_feeds(session: Any) -> Any:
        mark("feeds attaching")
        result = await attach(session)
        mark("feeds attached")
        return result

    app.attach_feeds = attach_feeds
    _wrap(MainWindow, "__init__", "window built: starts", "window built")
    show = MainWindow.show

    def shown(self: Any) -> None:
        show(self)
        mark("window shown")
        clock, last = QElapsedTimer(), [0, os.times()]
        clock.start()
        ticker = QTimer(self)

        def tick() -> None:
            now, cpu = clock.elapsed(), os.times()
            if now - last[0] > 50:
                used = (cpu.user + cpu.system - last[1].user - last[1].system) * 1000
                mark(f"GUI thread stalled {now - last[0]} ms (process CPU meanwhile {used:.0f} ms)")
            last[:] = [now, cpu]

        ticker.timeout.connect(tick)
        ticker.start(5)

    MainWindow.show = shown  # type: ignore[method-assign]


def _child(data_dir: str) -> int:
    mark("python up")
    _hook()
    from ingram_desk.cli.main import main

    try:
        return main(["--data-dir", data_dir])
    finally:
        for wall, cpu, thread, what in MARKS:
            print(f"{wall * 1000:7.0f} ms  cpu {cpu * 1000:6.0f} ms  {thread[:14]:14}  {what}")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data-dir", required=True, help="data folder with the catalogue")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return _child(args.data_dir)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for run in range(args.runs + 1):  # the first, untimed, writes the bytecode cache
        env[PROBE] = repr(time.time())
        proc = subprocess.run(
            [sys.executable, __file__, "--child", "--data-dir", args.data_dir],
            env=env, capture_output=True, text=True, cwd=ROOT, timeout=120, check=True,
        )  # fmt: skip
        if run:
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")  # (POSIX)
            print(f"run {run} (load average {load:.1f}):\n{proc.stdout}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
