"""Start-up times of the real entry point, each in a fresh process (issue 17, defect 18).

    uv run python bench/startup_bench.py [--runs 5] [--data-dir DIR]

* ``ingram-desk --help`` and ``--version``: launch to exit (target ≤ 150 ms);
* the window: launch to visible, and to the catalogue answering a search (target ≤ 1.0 s),
  on the demo profile of ``--data-dir`` (its catalogue is what is measured: import a 1M-row file
  there first with ``ingram-desk --data-dir DIR catalogue import PRICE.csv``; without one the
  bundled 3,000-row sample is imported before timing). Offscreen unless a display is wanted.

Prints the median and the worst of ``--runs`` runs per item. Measured as installed: with the
modules' bytecode cached (pip and the frozen app compile it; ``uv sync`` does not, and with
``PYTHONDONTWRITEBYTECODE=1`` set every start compiles ~400 modules, +0.6 s): the children run
without that variable, after one untimed start that writes the cache.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = [sys.executable, "-m", "ingram_desk.cli.main"]
#: the children's environment: bytecode cached, as an installed app has it
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _cli(args: list[str], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([*EXE, *args], check=True, capture_output=True, cwd=ROOT, env=ENV)
        out.append(time.perf_counter() - t0)
    return out


def _window(data_dir: Path, runs: int) -> tuple[list[float], list[float], str]:
    visible, searchable, hits = [], [], ""
    env = {**ENV, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for run in range(runs + 1):  # the first, untimed, writes the bytecode cache
        env["INGRAM_DESK_STARTUP_PROBE"] = repr(time.time())
        proc = subprocess.run(
            [*EXE, "--data-dir", str(data_dir)], env=env, capture_output=True, text=True,
            cwd=ROOT, timeout=120, check=True,
        )  # fmt: skip
        lines = dict(line.split(" ", 1) for line in proc.stdout.splitlines() if " " in line)
        if not run:
            continue
        visible.append(float(lines["visible"]))
        seconds, _, hits = lines["searchable"].partition(" ")
        searchable.append(float(seconds))
    return visible, searchable, hits


def _rows(data_dir: Path) -> str:
    return subprocess.run(
        [*EXE, "--data-dir", str(data_dir), "catalogue", "info"], capture_output=True, text=True,
        cwd=ROOT, env=ENV,
    ).stdout.split(":", 1)[-1].split("rows")[0].strip()  # fmt: skip


def _show(name: str, values: list[float], target: float) -> None:
    med, worst = statistics.median(values), max(values)
    ok = "ok" if med <= target else "OVER"
    print(f"{name:<34} median {med * 1000:7.0f} ms  worst {worst * 1000:7.0f} ms  "
          f"(target {target * 1000:.0f} ms: {ok})")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, help="data folder with the catalogue to open")
    args = parser.parse_args()
    _cli(["--version"], 1)  # untimed: writes the bytecode cache
    _show("ingram-desk --help", _cli(["--help"], args.runs), 0.150)
    _show("ingram-desk --version", _cli(["--version"], args.runs), 0.150)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.data_dir or Path(tmp)
        info = subprocess.run(
            [*EXE, "--data-dir", str(data_dir), "catalogue", "info"], capture_output=True,
            text=True, cwd=ROOT,
        )  # fmt: skip
        if info.returncode != 0:  # no catalogue yet: the bundled sample
            sample = ROOT / "resources" / "sample"
            subprocess.run(
                [*EXE, "--data-dir", str(data_dir), "catalogue", "import",
                 str(sample / "price_file.csv"), "--stock", str(sample / "stock_file.csv")],
                check=True, capture_output=True, cwd=ROOT,
            )  # fmt: skip
        rows = _rows(data_dir)
        visible, searchable, hits = _window(data_dir, args.runs)
        print(f"catalogue: {rows} rows")
        if _rows(data_dir) != rows:  # the probe's start runs the feeds: one may have imported
            print(f"  (the demo's feeds replaced it meanwhile: now {_rows(data_dir)} rows)")
        _show("window visible", visible, 1.0)
        _show(f"catalogue searched ('monitor', {hits})", searchable, 1.0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
