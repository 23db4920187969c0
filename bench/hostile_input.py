"""How fast hostile input is refused (issue 19): each case runs the real command in a fresh child
process and reports wall time and peak RSS of that child.

    uv run python bench/hostile_input.py [--work DIR]

Cases: an order file with a 50 MB notes field, 100k nested arrays and ``1e999999999`` as a
quantity (``orders create``, demo profile); a ZIP that unpacks to 1 GB of line feeds and a
445-line price file with a runaway quote on line 11 (``catalogue import``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


_CHILD = (
    "import atexit, resource, runpy, sys\n"
    "atexit.register(lambda: sys.stderr.write("
    "'\\nMAXRSS %d\\n' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))\n"
    "sys.argv = ['ingram_desk', *sys.argv[1:]]\n"
    "runpy.run_module('ingram_desk', run_name='__main__')"
)


def run(data_dir: Path, *argv: str) -> tuple[float, float, int, str]:
    """Wall time, the child's own peak RSS (MB), exit code and first line of stderr."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, "--data-dir", str(data_dir), *argv],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    lines = proc.stderr.strip().splitlines()
    peak = next((int(x.split()[1]) / 1024 for x in lines if x.startswith("MAXRSS")), 0.0)
    message = next((x for x in lines if x.startswith("ingram-desk:")), "")
    return seconds, peak, proc.returncode, message[:110]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="hostile-"))
    work.mkdir(parents=True, exist_ok=True)
    line = {"ingramPartNumber": "DF4128", "quantity": 1}
    cases: list[tuple[str, Path, str]] = []

    notes = work / "notes-50mb.json"
    notes.write_text(json.dumps({"lines": [line], "notes": "x" * 50_000_000}))
    cases.append(("order: 50 MB notes", notes, "orders"))
    nested = work / "nested-100k.json"
    nested.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    cases.append(("order: 100k nested arrays", nested, "orders"))
    huge = work / "quantity-1e999999999.json"
    huge.write_text('{"lines":[{"ingramPartNumber":"DF4128","quantity":1e999999999}]}')
    cases.append(("order: quantity 1e999999999", huge, "orders"))

    bomb = work / "PRICE.ZIP"
    if not bomb.exists():
        with (
            zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive,
            archive.open("PRICE.TXT", "w", force_zip64=True) as member,
        ):
            for _ in range(1024):
                member.write(b"\n" * (1 << 20))
    cases.append(("price: ZIP of 1 GB line feeds", bomb, "catalogue"))
    sys.path.insert(0, str(ROOT))
    from tests.catalogue.test_hostile_files import runaway_file

    runaway = runaway_file(work / "runaway" / "PL.csv")
    cases.append(("price: runaway quote, line 11 of 445", runaway, "catalogue"))

    print(f"{'case':<38} {'exit':>4} {'seconds':>8} {'peak MB':>8}  message")
    for name, path, kind in cases:
        argv = (
            ("orders", "create", str(path))
            if kind == "orders"
            else ("catalogue", "import", str(path))
        )
        seconds, peak, code, message = run(work / "data", *argv)
        print(f"{name:<38} {code:>4} {seconds:>8.2f} {peak:>8.0f}  {message}")


if __name__ == "__main__":
    main()
