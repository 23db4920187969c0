"""Team-mode benchmark: order-create throughput and P&A latency with 1, 3 and 10 desks sharing
one PostgreSQL team database (journal, PO registry, shared rate budget) and one sandbox.

    uv run python bench/team_bench.py [--desks 1 3 10] [--orders 20] [--pna 30]

Each desk runs in its own thread with its own event loop, journal connection, budget connection
and HTTP client, as separate desks would. The sandbox's rate limit is lifted (the budget is still
taken from the database for every call) so the figures show the software's own cost, not
Ingram's 60 calls a minute. A solo desk on its SQLite journal is measured for comparison.
PostgreSQL is started in a temporary folder (Debian's postgresql package), with fsync on.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import threading
import time
from pathlib import Path
from tempfile import TemporaryDirectory

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingram_desk.domain.order_draft import OrderDraft  # noqa: E402
from ingram_desk.ingram.client import IngramClient  # noqa: E402
from ingram_desk.ingram.config import ClientConfig  # noqa: E402
from ingram_desk.sandbox.server import SandboxConfig, SandboxServer  # noqa: E402
from ingram_desk.services.events import EventHub  # noqa: E402
from ingram_desk.services.order_journal import OrderJournal, OrderState  # noqa: E402
from ingram_desk.services.ordering_service import OrderingService  # noqa: E402
from ingram_desk.services.team import schema  # noqa: E402
from ingram_desk.services.team.budget import TeamRateGate  # noqa: E402
from ingram_desk.services.team.pg_journal import PgJournal  # noqa: E402

ACCOUNT = "NL:20-222222"


def start_postgres() -> object:
    from tests.fixtures import postgres

    server = postgres._make_server()
    server.stop()
    server.fsync = True
    server.start()
    return server


async def one_desk(
    sandbox: SandboxServer, url: str | None, folder: Path, n: int, orders: int, pna: int,
    results: dict[str, list[float]],
) -> None:  # fmt: skip
    config = ClientConfig(
        base_url=sandbox.url, customer_number="20-222222", country="NL",
        client_id=sandbox.config.client_id, client_secret=sandbox.config.client_secret,
    )  # fmt: skip
    if url is None:
        journal = OrderJournal(folder / f"desk{n}.sqlite3")
        gate = None
    else:
        journal = PgJournal(url, account=ACCOUNT, desk_id=f"bench{n}")  # type: ignore[assignment]
        gate = TeamRateGate(url, account=ACCOUNT, limit=1_000_000, period=60.0)
    client = IngramClient(config, gate=gate)
    ordering = OrderingService(client, journal, EventHub(), po_prefix=f"B{n}")
    sku = next(p.sku for p in sandbox.catalogue.products if p.stock > 1000 and not p.discontinued)
    try:
        await client.price_and_availability([sku])  # token and connection warm
        start = time.perf_counter()
        for _ in range(orders):
            draft = OrderDraft.from_request(
                {"customerOrderNumber": "", "lines": [{"ingramPartNumber": sku, "quantity": 1}]}
            )
            entry = await ordering.submit_draft(draft)
            assert entry.state is OrderState.PLACED, entry
        results["order_time"].append(time.perf_counter() - start)
        for _ in range(pna):
            t0 = time.perf_counter()
            await client.price_and_availability([sku])
            results["pna"].append((time.perf_counter() - t0) * 1000)
    finally:
        await client.aclose()
        if gate is not None:
            await gate.aclose()
        journal.close()


def run(sandbox: SandboxServer, url: str | None, desks: int, orders: int, pna: int,
        folder: Path) -> dict[str, float]:  # fmt: skip
    results: dict[str, list[float]] = {"order_time": [], "pna": []}
    errors: list[BaseException] = []

    def desk(n: int) -> None:
        try:
            asyncio.run(one_desk(sandbox, url, folder, n, orders, pna, results))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    wall = max(results["order_time"])
    q = statistics.quantiles(results["pna"], n=20)
    return {
        "orders_per_s": desks * orders / wall,
        "pna_p50_ms": statistics.median(results["pna"]),
        "pna_p95_ms": q[18],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--desks", type=int, nargs="+", default=[1, 3, 10])
    ap.add_argument("--orders", type=int, default=20, help="orders per desk")
    ap.add_argument("--pna", type=int, default=30, help="P&A calls per desk")
    args = ap.parse_args()
    sandbox = SandboxServer(SandboxConfig(rate_limit=1_000_000)).start()
    pg = start_postgres()
    try:
        print(f"{'store':<10} {'desks':>5} {'orders/s':>9} {'P&A p50 ms':>11} {'P&A p95 ms':>11}")
        with TemporaryDirectory() as tmp:
            r = run(sandbox, None, 1, args.orders, args.pna, Path(tmp))
            print(f"{'sqlite':<10} {1:>5} {r['orders_per_s']:>9.1f} {r['pna_p50_ms']:>11.1f}"
                  f" {r['pna_p95_ms']:>11.1f}")  # fmt: skip
            for desks in args.desks:
                import psycopg

                from tests.fixtures.postgres import new_database

                url = new_database(pg, template="template0")  # type: ignore[arg-type]
                with psycopg.connect(url, autocommit=True) as conn:
                    schema.migrate(conn, "bench")
                r = run(sandbox, url, desks, args.orders, args.pna, Path(tmp))
                print(f"{'postgres':<10} {desks:>5} {r['orders_per_s']:>9.1f}"
                      f" {r['pna_p50_ms']:>11.1f} {r['pna_p95_ms']:>11.1f}")  # fmt: skip
    finally:
        import shutil

        pg.stop()  # type: ignore[attr-defined]
        shutil.rmtree(pg.root, ignore_errors=True)  # type: ignore[attr-defined]
        sandbox.stop()


if __name__ == "__main__":
    main()
