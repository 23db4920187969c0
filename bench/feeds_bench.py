"""Feeds benchmark: does the window stall while a feed downloads and imports?

    uv run python bench/feeds_bench.py [--rows 200000] [--protocol ftp --protocol sftp]

Starts ``ingram-desk sandbox serve --feed-rows N`` as its own process (a real feed server is
remote: its work must not share this process's GIL), opens the real MainWindow offscreen with
a fresh catalogue and the feeds controller, and for each protocol fetches the daily price file
(zip, download, unzip, import through the catalogue service) and then an hourly stock file,
while a 10 ms QTimer on the qasync loop records the gaps between its ticks. Prints per run the
time taken and the worst gap, p99 and the count of gaps over 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


class MainThreadSampler:
    """``--sample``: a thread that records the GUI thread's Python stack every 2 ms, so each gap
    over 50 ms can be printed with what the GUI thread was running during it (a sample taken
    while the thread waits in Qt's event loop shows qasync's idle frames)."""

    def __init__(self, interval: float = 0.002) -> None:
        self.interval = interval
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self._main = threading.main_thread().ident
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sampler", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import traceback

        while not self._stop.is_set():
            frame = sys._current_frames().get(self._main)
            if frame is not None:
                stack = tuple(
                    f"{Path(f.filename).name}:{f.lineno} {f.name}"
                    for f in traceback.extract_stack(frame)[-10:]
                )
                self.samples.append((time.perf_counter(), stack))
            time.sleep(self.interval)

    def report(self, start: float, end: float) -> str:
        import collections

        inside = [stack for t, stack in self.samples if start <= t <= end]
        if not inside:
            return "    (no sample: the GIL was held elsewhere, or the thread ran C++ only)"
        lines = []
        for stack, n in collections.Counter(inside).most_common(2):
            lines.append(f"    {n} of {len(inside)} samples:\n      " + "\n      ".join(stack))
        return "\n".join(lines)

    def stop(self) -> None:
        self._stop.set()


SAMPLER: MainThreadSampler | None = None


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def serve(rows: int) -> tuple[subprocess.Popen[str], dict[str, str]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "ingram_desk", "sandbox", "serve", "--feed-rows", str(rows)],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    assert proc.stdout is not None
    urls: dict[str, str] = {}
    while len(urls) < 3:
        line = proc.stdout.readline()
        if not line:
            raise SystemExit("sandbox serve ended early")
        if line.startswith("feeds on "):
            url = line.split()[-1]
            urls[url.split("://")[0]] = url
    return proc, urls


async def measure(label: str, coro) -> tuple[object, dict[str, float]]:
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    result = await coro
    ticks.append(time.perf_counter())
    timer.stop()
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]
    late = [f"{ticks[i] - started:.1f} s ({g:.0f} ms)" for i, g in enumerate(gaps) if g > 50]
    figures = {
        "seconds": time.perf_counter() - started,
        "max_gap_ms": max(gaps),
        "p99_gap_ms": percentile(gaps, 0.99),
        "median_gap_ms": statistics.median(gaps),
        "over_50": sum(1 for g in gaps if g > 50),
        "ticks": len(ticks),
    }
    print(
        f"{label}: {figures['seconds']:.1f} s; event loop max gap {figures['max_gap_ms']:.0f} ms, "
        f"p99 {figures['p99_gap_ms']:.0f} ms, median {figures['median_gap_ms']:.1f} ms, "
        f"gaps > 50 ms: {figures['over_50']} of {figures['ticks']} ticks",
        flush=True,
    )
    if late:
        print(f"  gaps over 50 ms start at: {', '.join(late)}")
        if SAMPLER is not None:
            for i, g in enumerate(gaps):
                if g > 50:
                    print(f"  during the {g:.0f} ms gap at +{ticks[i] - started:.1f} s:")
                    print(SAMPLER.report(ticks[i], ticks[i + 1]))
    return result, figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--protocol", action="append", choices=("ftp", "sftp"))
    parser.add_argument(
        "--sample", action="store_true", help="print what the GUI thread ran during each gap"
    )
    args = parser.parse_args(argv)
    global SAMPLER
    if args.sample:
        SAMPLER = MainThreadSampler()
    protocols = args.protocol or ["ftp", "sftp"]
    print("load average at start: " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))

    import qasync
    from PySide6.QtWidgets import QApplication

    from ingram_desk.feeds.config import FeedConfig
    from ingram_desk.feeds.remote import open_client
    from ingram_desk.feeds.transfer import Connection, fetch_entry
    from ingram_desk.sandbox.feed_servers import DEMO_FEED_PASSWORD, DEMO_FEED_USER
    from ingram_desk.services.catalogue_service import (
        CATALOGUE_INTERIM,
        CATALOGUE_REPLACED,
        CatalogueService,
    )
    from ingram_desk.services.events import EventHub
    from ingram_desk.services.feed_service import FeedService
    from ingram_desk.ui.feeds_panel import FeedsController
    from ingram_desk.ui.main_window import MainWindow, WindowServices
    from ingram_desk.ui.ui_state import UiState

    started = time.perf_counter()
    proc, urls = serve(args.rows)
    print(
        f"feed server with a {args.rows:,}-row price file ready in {time.perf_counter() - started:.0f} s"
    )
    app = QApplication.instance() or QApplication([])
    app.setQuitOnLastWindowClosed(False)
    work = Path(tempfile.mkdtemp(prefix="ingram-desk-feeds-bench-"))

    async def secret() -> str:
        return DEMO_FEED_PASSWORD

    mark = [time.perf_counter()]  # events are printed relative to the measurement's start

    async def run() -> None:
        for protocol in protocols:
            folder = work / protocol
            folder.mkdir(parents=True)
            catalogue = CatalogueService(folder / "catalogue.sqlite3")
            window = MainWindow(WindowServices(catalogue, None, EventHub()), UiState(folder / "ui"))
            window.resize(1400, 900)
            window.show()
            host_port = urls[protocol].split("://")[1]
            host, port = host_port.rsplit(":", 1)
            config = FeedConfig(
                enabled=True, protocol=protocol, host=host, port=int(port), user=DEMO_FEED_USER,
                folder="NL", category_pattern="CATEGORY.csv",
            )  # fmt: skip
            service = FeedService(folder / "profile", config, secret, catalogue)
            # no scheduled run of its own in the middle of a measurement (a 30 s import overlapped
            # the controller's 30 s check and measured two imports at once)
            controller = FeedsController(window, service, check_every_ms=3_600_000)
            for topic in (CATALOGUE_INTERIM, CATALOGUE_REPLACED):
                catalogue.events.subscribe(
                    topic,
                    lambda _p, t=topic: print(f"  [{t} at +{time.perf_counter() - mark[0]:.1f} s]"),
                )
            await asyncio.sleep(0.5)
            # the two halves alone first: download + unzip (worker thread), then the import
            client = await asyncio.to_thread(open_client, config, DEMO_FEED_PASSWORD, folder / "kh")
            entries = await asyncio.to_thread(client.list)
            await asyncio.to_thread(client.close)  # clients are used off the GUI thread only
            entry = next(e for e in entries if e.name.startswith("PRICE_"))
            conn = Connection(
                functools.partial(open_client, config, DEMO_FEED_PASSWORD, folder / "kh")
            )
            path, _ = await measure(
                f"{protocol}: price file download + unzip only",
                asyncio.to_thread(
                    fetch_entry, conn, entry, folder / "dl", cancel=threading.Event()
                ),
            )
            await asyncio.to_thread(conn.reset)
            mark[0] = time.perf_counter()
            await measure(f"{protocol}: price file import only (catalogue service)",
                          catalogue.import_files(path))  # fmt: skip
            await asyncio.sleep(1.0)
            mark[0] = time.perf_counter()
            report, _ = await measure(
                f"{protocol}: feeds sync (price + stock + category fetched and imported)",
                service.sync(),
            )
            price = next(o for o in report.outcomes if o.kind == "price")
            print(f"  price: {price.status}, {price.size:,} bytes zipped, {price.rows or 0:,} rows")
            await asyncio.sleep(1.0)  # the window refreshes its catalogue
            _, _ = await measure(f"{protocol}: stock file again (forced)",
                                 service.sync(["stock"], force=True))  # fmt: skip
            controller.close()
            window.close()
            catalogue.close()

    try:
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            runner.run(run())
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
