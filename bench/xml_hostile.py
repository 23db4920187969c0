"""Hostile XML against the one safe parser: how long each refusal takes and whether memory grows.

    uv run python bench/xml_hostile.py [--repeat 200]

Each document (billion laughs, quadratic blow-up, external entity, external DTD on a loopback
port, 100 MB body, a non-XML body, 100 000 nested elements) is refused ``--repeat`` times; the
script prints the worst and median time per refusal and the process's peak RSS before and after
(``resource`` on POSIX; ``tracemalloc`` peak of Python allocations everywhere).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingram_desk.ingram.xml.safe import XmlRefusedError, parse_xml  # noqa: E402


def corpus() -> dict[str, bytes]:
    laughs = ['<!ENTITY l0 "lol">'] + [
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    blob = "x" * 50_000
    return {
        "billion laughs": (f"<!DOCTYPE r [{''.join(laughs)}]><r>&l9;</r>").encode(),
        "quadratic blow-up": (
            f'<!DOCTYPE r [<!ENTITY a "{blob}">]><r>{"&a;" * 50_000}</r>'
        ).encode(),
        "external entity": b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>',
        "external DTD": b'<!DOCTYPE r SYSTEM "http://127.0.0.1:9/x.dtd"><r/>',
        "100 MB body": b"<r>" + b" " * (100 * 1024 * 1024) + b"</r>",
        "non-XML body": b'{"products": [' + b'{"sku": "X"},' * 1000 + b"]}",
        "100k nesting": b"<a>" * 100_000 + b"</a>" * 100_000,
    }


def rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    docs = corpus()
    before = rss_mb()
    tracemalloc.start()
    print(f"{'document':<20} {'median ms':>10} {'worst ms':>10}  refused because")
    for name, body in docs.items():
        times = []
        reason = ""
        for _ in range(args.repeat):
            start = time.perf_counter()
            try:
                parse_xml(body)
            except XmlRefusedError as exc:
                reason = exc.message[:60]
            else:
                raise SystemExit(f"{name} was NOT refused")
            times.append((time.perf_counter() - start) * 1000)
        print(f"{name:<20} {statistics.median(times):>10.3f} {max(times):>10.3f}  {reason}")
    _, peak = tracemalloc.get_traced_memory()
    after = rss_mb()
    print(f"tracemalloc peak during the refusals: {peak / 1e6:.1f} MB (the 100 MB input itself is"
          " allocated by this script, not by the parser)")  # fmt: skip
    if before is not None and after is not None:
        print(f"peak RSS: {before:.0f} MB before, {after:.0f} MB after {args.repeat} rounds")


if __name__ == "__main__":
    main()
