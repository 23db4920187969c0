"""Fair turns on the shared budget with three desks as separate processes against one sandbox
and one team database, through a 429 storm: two busy desks and one with a few calls. Not
timed: the order in which the desks were served (each desk writes down every call it finished,
in the team database) must give the small desk its fair share of the positions, every run, and
the busy desks turns."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from typing import Any

import psycopg
import pytest

pytestmark = pytest.mark.slow

DESK = r"""
import asyncio, sys
import psycopg
from ingram_desk.ingram.client import IngramClient
from ingram_desk.ingram.config import ClientConfig
from ingram_desk.services.team.budget import TeamRateGate

team, api, client_id, secret, sku, calls, name = sys.argv[1:8]


async def main() -> None:
    gate = TeamRateGate(team, account="NL:20-222222", limit=10, period=3.0)
    config = ClientConfig(base_url=api, customer_number="20-222222", country="NL",
                          client_id=client_id, client_secret=secret)
    client = IngramClient(config, gate=gate)
    conn = await psycopg.AsyncConnection.connect(team, autocommit=True)
    await conn.execute("INSERT INTO ready VALUES (%s)", (name,))
    while (await (await conn.execute("SELECT count(*) FROM ready")).fetchone())[0] < 3:
        await asyncio.sleep(0.05)  # every desk starts asking at the same moment

    async def one() -> None:
        await client.price_and_availability([sku])
        await conn.execute("INSERT INTO served(desk) VALUES (%s)", (name,))

    try:
        await asyncio.gather(*(one() for _ in range(int(calls))))
    finally:
        await client.aclose()
        await gate.aclose()
        await conn.close()


asyncio.run(main())
"""


def test_three_desk_processes_share_a_429_storm_fairly(sandbox_factory: Any, team_url: str) -> None:
    server = sandbox_factory(rate_limit=10, rate_period=3.0)
    server.faults.throttle(n=3, reset_in=2.0, path="priceandavailability")
    sku = next(p.sku for p in server.catalogue.products if not p.discontinued)
    with psycopg.connect(team_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE ready (desk TEXT); CREATE TABLE served (n BIGSERIAL, desk TEXT)")
    cfg = server.config
    procs = []
    for name, calls in (("busy1", 12), ("busy2", 12), ("small", 4)):
        args = [team_url, server.url, cfg.client_id, cfg.client_secret, sku, str(calls), name]
        cmd = [sys.executable, "-c", DESK, *args]
        pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
        procs.append(subprocess.Popen(cmd, env=dict(os.environ), text=True, **pipes))
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    with psycopg.connect(team_url, autocommit=True) as conn:
        served = [d for (d,) in conn.execute("SELECT desk FROM served ORDER BY n").fetchall()]
    assert Counter(served) == {"busy1": 12, "busy2": 12, "small": 4}
    assert sum(1 for e in server.received_log() if e.get("status") == 429) <= 5
    # Fair turns: among desks waiting in the database the least served goes first, and a call
    # that drew one of the storm's 429s waits for the team's reset in that same queue, so it
    # keeps its place. While three desks wait the small desk has one position in three: its
    # k-th call is served among the first 3k (plus two: responses may finish out of order).
    small = [n for n, desk in enumerate(served, 1) if desk == "small"]
    assert all(n <= 3 * k + 2 for k, n in enumerate(small, 1)), served
    for n in range(1, len(served) + 1):  # the busy desks take turns too
        head = Counter(served[:n])
        assert abs(head["busy1"] - head["busy2"]) <= 3, served
