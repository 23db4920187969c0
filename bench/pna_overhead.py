"""Client-side overhead per P&A call against the embedded sandbox on loopback.

    uv run python bench/pna_overhead.py [--calls 300] [--items 20]

Runs the same P&A request two ways on one event loop: bare httpx (token fetched once,
headers prebuilt, JSON decoded) and through ``IngramClient.price_and_availability`` (token
cache, rate gate, retries wrapper, deadline, lenient mapping to domain objects). The
difference per call is the client's own overhead. The sandbox's rate limit is raised so the
gate never waits.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from ingram_desk.ingram.client import IngramClient, pna_product
from ingram_desk.ingram.config import ClientConfig
from ingram_desk.ingram.rate_limit import RateGate
from ingram_desk.sandbox import demo
from ingram_desk.sandbox.server import SandboxConfig, SandboxServer


async def bench(url: str, skus: list[str], calls: int) -> tuple[list[float], list[float]]:
    config = ClientConfig(
        base_url=url,
        customer_number=demo.DEMO_CUSTOMER_NUMBER,
        country=demo.DEMO_COUNTRY,
        client_id=demo.DEMO_CLIENT_ID,
        client_secret=demo.DEMO_CLIENT_SECRET,
        enforce_window=False,
    )
    raw_times: list[float] = []
    client_times: list[float] = []
    async with httpx.AsyncClient(base_url=url) as raw:
        tok = await raw.post(
            "/oauth/oauth30/token",
            data={
                "grant_type": "client_credentials",
                "client_id": config.client_id,
                "client_secret": config.client_secret,
            },
        )
        token = tok.json()["access_token"]
        body = {"products": [pna_product(s) for s in skus]}
        async with IngramClient(config, gate=RateGate(limit=1_000_000, period=1.0)) as client:
            await client.price_and_availability(skus)  # warm up: token, connection
            await raw.post("/resellers/v6/catalog/priceandavailability", json=body)
            for _ in range(calls):
                headers = {
                    "Authorization": f"Bearer {token}",
                    "IM-CustomerNumber": config.customer_number,
                    "IM-CountryCode": config.country,
                    "IM-CorrelationID": uuid.uuid4().hex,
                    "IM-SenderID": "bench",
                }
                t0 = time.perf_counter()
                r = await raw.post(
                    "/resellers/v6/catalog/priceandavailability",
                    params={"includeAvailability": "true", "includePricing": "true"},
                    json=body,
                    headers=headers,
                )
                r.json()
                raw_times.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                await client.price_and_availability(skus)
                client_times.append(time.perf_counter() - t0)
    return raw_times, client_times


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--calls", type=int, default=300)
    ap.add_argument("--items", type=int, default=20)
    args = ap.parse_args()
    cfg = SandboxConfig(
        host="127.0.0.1",
        port=0,
        client_id=demo.DEMO_CLIENT_ID,
        client_secret=demo.DEMO_CLIENT_SECRET,
        rate_limit=1_000_000,
        rate_period=60.0,
    )
    with SandboxServer(cfg) as server:
        skus = list(demo.DEMO_SKUS[: args.items]) if hasattr(demo, "DEMO_SKUS") else []
        if len(skus) < args.items:
            skus += [f"ZZ{i:04d}" for i in range(args.items - len(skus))]
        raw, ours = asyncio.run(bench(server.url, skus, args.calls))
    med_raw, med_ours = statistics.median(raw) * 1000, statistics.median(ours) * 1000
    p95 = sorted(ours)[int(len(ours) * 0.95)] * 1000
    print(f"P&A, {args.items} items, {args.calls} calls each, loopback sandbox")
    print(f"  bare httpx      median {med_raw:7.2f} ms")
    print(f"  IngramClient    median {med_ours:7.2f} ms   p95 {p95:7.2f} ms")
    print(f"  client overhead median {med_ours - med_raw:7.2f} ms per call")
    return 0


if __name__ == "__main__":
    sys.exit(main())
