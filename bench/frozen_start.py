"""Start-up time of the frozen app (the PyInstaller folder), as a user would meet it.

    python bench/frozen_start.py [--app build/dist/ingram-desk] [--runs 5]

Measures, from process launch: ``ingram-desk --version`` to exit, and the windowed ``IngramDesk``
to the log line "main window shown" (then SIGTERM, which must exit 0). The first run of each is
the coldest this machine allows without root (files possibly in the page cache since the build);
to measure a true cold start, drop the caches first (``echo 3 > /proc/sys/vm/drop_caches``) or
reboot. Uses the current DISPLAY with xcb if there is one, else Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def time_version(app: Path) -> float:
    started = time.perf_counter()
    subprocess.run([str(app / "ingram-desk"), "--version"], check=True, capture_output=True)
    return time.perf_counter() - started


def time_window(app: Path, data: Path, env: dict[str, str]) -> float:
    log = data / "logs" / "gui.log"
    before = log.read_text(encoding="utf-8").count("main window shown") if log.exists() else 0
    started = time.perf_counter()
    proc = subprocess.Popen(
        [str(app / "IngramDesk"), "--data-dir", str(data)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        while True:
            if log.exists() and log.read_text(encoding="utf-8").count("main window shown") > before:
                shown = time.perf_counter() - started
                break
            if proc.poll() is not None:
                raise SystemExit(f"the app exited with {proc.returncode} before its window")
            if time.perf_counter() - started > 60:
                raise SystemExit("no window after 60 s")
            time.sleep(0.02)
        time.sleep(1.0)
        proc.send_signal(signal.SIGTERM)
        if proc.wait(timeout=60) != 0:
            raise SystemExit(f"SIGTERM: exit {proc.returncode}")
    finally:
        if proc.poll() is None:
            proc.kill()
    return shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "build" / "dist" / "ingram-desk")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "xcb" if env.get("DISPLAY") else "offscreen"
    versions = [time_version(args.app) for _ in range(args.runs)]
    with tempfile.TemporaryDirectory() as tmp:
        windows = [time_window(args.app, Path(tmp) / "data", env) for _ in range(args.runs)]
    print(f"platform {env['QT_QPA_PLATFORM']}, {args.runs} runs, {sys.platform}")
    print(
        f"--version: first {versions[0]:.2f} s, median of the rest "
        f"{statistics.median(versions[1:] or versions):.2f} s"
    )
    print(
        f"window shown: first start (empty data folder) {windows[0]:.2f} s, median of the rest "
        f"{statistics.median(windows[1:] or windows):.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
