"""Feeds benchmark: does the window stall while a feed downloads and imports?

    uv run python bench/feeds_bench.py [--rows 200000] [--protocol ftp|ftps|sftp] [--sample]

Starts ``ingram-desk sandbox serve --feed-rows N`` as its own process (a real feed server is
remote: its work must not share this process's GIL), opens the real MainWindow offscreen with
a fresh catalogue and the feeds controller, and for each protocol (all three by default) fetches
the daily price file (zip, download, unzip, import through the catalogue service), then runs a
whole sync and a forced hourly stock file, while a 10 ms QTimer on the qasync loop records the
gaps between its ticks. Prints per phase the time taken, the worst gap, p99, the count of gaps
over 50 ms and the GUI thread's longest run (CPU) between two ticks.

Each gap over 50 ms is explained from counters read at every tick (Linux): the CPU time the GUI
thread used in it, that of the other threads of this process (``time.process_time`` minus the
GUI thread's) and of its child processes, and how long a sibling process pinned to each CPU
(same priority, sleeping 2 ms at a time) waited for its CPU. The verdict: ``GC`` (the cyclic garbage collector ran for half the gap, in
any thread: it holds the GIL throughout), ``GUI busy`` (the GUI thread ran for half the gap: work
on the GUI thread), ``GIL`` (it did not, our other threads did), ``starved`` (nothing of ours ran
and the sibling on the CPU the GUI thread was on before or after the gap waited half of it;
``other CPU``: the other sibling did), else ``unexplained``. Each phase also gives its longest
garbage collection. The last lines give the worst gap per protocol with the load average.
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
        while not self._stop.is_set():
            frame = sys._current_frames().get(self._main)
            taken = time.perf_counter()
            stack: list[str] = []
            while frame is not None and len(stack) < 10:  # no source lines read: cheap
                code = frame.f_code
                stack.append(
                    f"{os.path.basename(code.co_filename)}:{frame.f_lineno} {code.co_name}"
                )
                frame = frame.f_back
            if stack:
                self.samples.append((taken, tuple(reversed(stack))))
            del frame
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


class Collections:
    """Every run of the cyclic garbage collector in this process (``gc.callbacks``): a
    collection holds the GIL from start to end, in whichever thread allocated last, so a gap
    it overlaps is named after it (``GC``)."""

    def __init__(self) -> None:
        import gc

        self.runs: list[tuple[float, float, int, str]] = []  # (start, end, generation, thread)
        self._began = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._began = now
        else:
            thread = threading.current_thread().name
            self.runs.append((self._began, now, info["generation"], thread))

    def during(self, start: float, end: float) -> list[tuple[float, int, str]]:
        """(ms inside [start, end], generation, thread) of the collections overlapping it."""
        return [
            ((min(b, end) - max(a, start)) * 1000, generation, thread)
            for a, b, generation, thread in list(self.runs)
            if a < end and b > start
        ]


COLLECTIONS = Collections()


def _read(path: str) -> str:
    try:
        with open(path, encoding="ascii") as f:
            return f.read()
    except OSError:
        return ""


def _proc_cpu_ms(pid: int) -> float:
    """utime + stime of process ``pid`` (and its threads) in ms (10 ms resolution)."""
    fields = _read(f"/proc/{pid}/stat").rpartition(")")[2].split()
    if len(fields) < 13:
        return 0.0
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


_WATCHER = """
import os, sys, time
cpu = int(sys.argv[1])
if cpu >= 0 and hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {cpu})
while True:
    t = time.perf_counter()
    time.sleep(0.002)
    late = time.perf_counter() - t - 0.002
    if late > 0.005:
        sys.stdout.write(f"{t:.6f} {late:.6f}\\n")
        sys.stdout.flush()
"""


class Watcher:
    """A separate process (its own GIL, same priority) on one CPU that sleeps 2 ms at a time
    and reports when it woke late: late by most of a gap on the CPU the GUI thread ran on
    before or after the gap means that CPU had no time for a runnable task (starvation)."""

    def __init__(self, cpu: int) -> None:
        self.late: list[tuple[float, float]] = []  # (sleep started, late by) in perf_counter s
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _WATCHER, str(cpu)], stdout=subprocess.PIPE, text=True
        )
        threading.Thread(target=self._read, name="watcher-reader", daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            t, late = line.split()
            self.late.append((float(t), float(late)))

    def late_during(self, start: float, end: float) -> float:
        """The longest the watcher waited for a CPU in [start, end], in ms."""
        return 1000 * max(
            (min(t + 0.002 + late, end) - max(t + 0.002, start)
             for t, late in list(self.late) if t + 0.002 < end and t + 0.002 + late > start),
            default=0.0,
        )  # fmt: skip

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


#: one watcher per CPU (``-1``: one unpinned, where CPUs cannot be chosen)
WATCHERS: dict[int, Watcher] = {}


def start_watchers() -> None:
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else [-1]
    WATCHERS.update({cpu: Watcher(cpu) for cpu in cpus})


class Probe:
    """Counters read on the GUI thread at every tick; a gap is the difference of two reads."""

    def __init__(self) -> None:
        self.gui = threading.main_thread()
        self.gui_tid = threading.get_native_id()

    def read(self) -> dict[str, float]:
        import multiprocessing

        # the whole process: Qt's and qasync's worker threads (where ``asyncio.to_thread`` runs)
        # are not in ``threading.enumerate()`` until they ask for their own Thread object
        out: dict[str, float] = {"t": time.perf_counter(), "process": time.process_time() * 1000}
        for thread in threading.enumerate():
            try:
                clock = time.pthread_getcpuclockid(thread.ident or 0)
                out[f"thread:{thread.name}"] = time.clock_gettime(clock) * 1000
            except (OSError, AttributeError):  # ended meanwhile; not POSIX
                pass
        for child in multiprocessing.active_children():
            if child.pid:
                out[f"child:{child.name}"] = _proc_cpu_ms(child.pid)
        stat = _read(f"/proc/self/task/{self.gui_tid}/stat").rpartition(")")[2].split()
        if len(stat) > 36:
            out["cpu"] = float(stat[36])  # the CPU the GUI thread runs on now
        status = _read(f"/proc/self/task/{self.gui_tid}/status")
        for line in status.splitlines():
            if line.startswith("nonvoluntary_ctxt_switches"):
                out["preempted"] = float(line.split()[1])
        cpu = _read("/proc/stat").split("\n", 1)[0].split()
        if len(cpu) > 8:  # the host's time not given to this VM's CPUs (all CPUs)
            out["steal_ms"] = int(cpu[8]) * 1000 / os.sysconf("SC_CLK_TCK")
        return out

    def explain(self, before: dict[str, float], after: dict[str, float]) -> tuple[str, str]:
        """(verdict, one line of figures) for the gap between two reads."""
        gap = (after["t"] - before["t"]) * 1000

        def delta(key: str) -> float:  # a thread or child started in the gap: all of it
            return after.get(key, 0.0) - before.get(key, 0.0)

        gui_key = f"thread:{self.gui.name}"
        gui = delta(gui_key)
        threads = {k[7:]: delta(k) for k in after if k.startswith("thread:") and k != gui_key}
        children = {k[6:]: delta(k) for k in after if k.startswith("child:")}
        ours = delta("process") - gui  # every thread of this process but the GUI thread
        threads["unnamed worker threads"] = max(0.0, ours - sum(threads.values()))
        waits = {cpu: w.late_during(before["t"], after["t"]) for cpu, w in WATCHERS.items()}
        # the GUI thread slept on one CPU and may run on another once it got one
        gui_cpus = sorted({int(before.get("cpu", -1)), int(after.get("cpu", -1))} & set(waits))
        late = max((waits[c] for c in gui_cpus), default=max(waits.values(), default=0.0))
        collected = COLLECTIONS.during(before["t"], after["t"])
        if sum(ms for ms, _g, _t in collected) >= 0.5 * gap:  # before GUI busy: it may run there
            verdict = "GC"
        elif gui >= 0.5 * gap:
            verdict = "GUI busy"
        elif ours >= 0.5 * gap:
            verdict = "GIL"
        elif late >= 0.5 * gap:
            verdict = "starved"
        elif max(waits.values(), default=0.0) >= 0.5 * gap:  # it may have queued there
            verdict = "starved (other CPU)"
        else:  # nothing of ours ran, yet its CPU's sibling was not kept waiting that long
            verdict = "unexplained"

        def top(parts: dict[str, float]) -> str:
            busy = sorted(((v, k) for k, v in parts.items() if v >= 1), reverse=True)[:3]
            return " (" + ", ".join(f"{k} {v:.0f}" for v, k in busy) + ")" if busy else ""

        line = (
            f"GUI thread CPU {gui:.0f} ms; other threads {ours:.0f} ms{top(threads)}; child "
            f"processes {sum(children.values()):.0f} ms{top(children)}; a sibling process on "
            f"the GUI thread's CPU ({'/'.join(map(str, gui_cpus)) or '?'}, before/after) "
            f"waited {late:.0f} ms for it (per CPU: "
            + ", ".join(f"{w:.0f}" for _cpu, w in sorted(waits.items()))
            + f" ms); steal {delta('steal_ms'):.0f} ms; GUI preempted "
            f"{delta('preempted'):.0f}x; load {os.getloadavg()[0]:.2f}"
            + "".join(f"; gc gen{g} {ms:.0f} ms in {t}" for ms, g, t in collected)
        )
        return verdict, line


#: per protocol: (worst gap ms, phase, verdict, load average)
WORST: dict[str, tuple[float, str, str, float]] = {}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def server_certificate(host: str, port: int, folder: Path) -> Path:
    """The sandbox's self-made TLS certificate, taken from an explicit-TLS FTP handshake (the
    server runs in its own process): the FTPS client then checks the server against it."""
    import ftplib
    import ssl

    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    ftp = ftplib.FTP_TLS(context=context, timeout=30)
    ftp.connect(host, port)
    ftp.auth()
    der = ftp.sock.getpeercert(binary_form=True)
    ftp.close()
    path = folder / "sandbox-cert.pem"
    path.write_text(ssl.DER_cert_to_PEM_cert(der))
    return path


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

    probe = Probe()
    reads: list[dict[str, float]] = [probe.read()]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: reads.append(probe.read()))
    timer.start()
    started = reads[0]["t"]
    result = await coro
    reads.append(probe.read())
    timer.stop()
    ticks = [r["t"] for r in reads]
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(ticks)]
    gui_key = f"thread:{threading.main_thread().name}"
    gui_cpu = [b.get(gui_key, 0.0) - a.get(gui_key, 0.0) for a, b in itertools.pairwise(reads)]
    figures = {
        "max_gui_cpu_ms": max(gui_cpu),
        "seconds": time.perf_counter() - started,
        "max_gap_ms": max(gaps),
        "p99_gap_ms": percentile(gaps, 0.99),
        "median_gap_ms": statistics.median(gaps),
        "over_50": sum(1 for g in gaps if g > 50),
        "ticks": len(ticks),
    }
    collected = COLLECTIONS.during(ticks[0], ticks[-1])
    figures["max_gc_ms"] = max((ms for ms, _g, _t in collected), default=0.0)
    figures["gc_runs"] = len(collected)
    load = os.getloadavg()[0]
    print(
        f"{label}: {figures['seconds']:.1f} s; event loop max gap {figures['max_gap_ms']:.0f} ms, "
        f"p99 {figures['p99_gap_ms']:.0f} ms, median {figures['median_gap_ms']:.1f} ms, "
        f"gaps > 50 ms: {figures['over_50']} of {figures['ticks']} ticks; the GUI thread's "
        f"longest run between ticks {figures['max_gui_cpu_ms']:.0f} ms CPU; longest garbage "
        f"collection {figures['max_gc_ms']:.0f} ms ({figures['gc_runs']} runs); load {load:.2f}",
        flush=True,
    )
    worst_verdict = ""
    for i, g in enumerate(gaps):
        if g > 50:
            verdict, line = probe.explain(reads[i], reads[i + 1])
            if g == figures["max_gap_ms"]:
                worst_verdict = verdict
            print(f"  {g:.0f} ms gap at +{ticks[i] - started:.1f} s: {verdict}: {line}")
            if SAMPLER is not None:
                print(SAMPLER.report(ticks[i], ticks[i + 1]))
    protocol = label.split(":")[0]
    if figures["max_gap_ms"] > WORST.get(protocol, (0.0,))[0]:
        phase = label.split(": ", 1)[1]
        WORST[protocol] = (figures["max_gap_ms"], phase, worst_verdict, load)
    return result, figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--protocol", action="append", choices=("ftp", "ftps", "sftp"))
    parser.add_argument(
        "--sample", action="store_true", help="print what the GUI thread ran during each gap"
    )
    args = parser.parse_args(argv)
    global SAMPLER
    start_watchers()
    if args.sample:
        SAMPLER = MainThreadSampler()
    protocols = args.protocol or ["ftp", "ftps", "sftp"]
    print("load average at start: " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))

    import qasync
    from PySide6.QtWidgets import QApplication

    from ingram_desk.collector import freeze_long_lived
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
            await catalogue.open()  # as the app's ``start_session``: the engine loads, then
            freeze_long_lived()  # the long-lived objects leave the garbage collector's walks
            host_port = urls[protocol].split("://")[1]
            host, port = host_port.rsplit(":", 1)
            config = FeedConfig(
                enabled=True, protocol=protocol, host=host, port=int(port), user=DEMO_FEED_USER,
                folder="NL", category_pattern="CATEGORY.csv",
                tls_ca_file=str(server_certificate(host, int(port), work)) if protocol == "ftps" else "",
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
        for protocol, (gap, phase, verdict, load) in WORST.items():
            print(
                f'WORST {protocol}: {gap:.0f} ms ({verdict or "under 50 ms"}) in "{phase}", '
                f"load {load:.2f}",
                flush=True,
            )
    finally:
        for watcher in WATCHERS.values():
            watcher.stop()
        proc.terminate()
        proc.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
