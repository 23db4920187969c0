"""Reliability §7 B-scenarios on loopback: slow drip vs the overall deadline, stale keep-alive
connections, the token endpoint failing at start."""

from __future__ import annotations

import asyncio

import pytest

from ingram_desk.domain.errors import OrderOutcomeUnknownError, UnreachableError
from ingram_desk.ingram.config import Timeouts
from ingram_desk.ingram.http import new_correlation_id


def stocked(server) -> str:  # type: ignore[no-untyped-def]
    return next(p.sku for p in server.catalogue.products if p.stock > 10 and not p.discontinued)


async def test_slow_drip_read_is_cut_by_the_overall_deadline(sandbox, client_factory) -> None:
    sandbox.faults.slow_drip(n=None, interval=0.3, path="priceandavailability")
    timeouts = Timeouts(read=5.0, overall=1.0)
    async with client_factory(sandbox, timeouts=timeouts) as c:
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        with pytest.raises(UnreachableError, match="did not answer in time"):
            await c.price_and_availability([stocked(sandbox)])
        assert loop.time() - t0 < 2.0  # the per-chunk read timeout alone would never fire


async def test_slow_drip_order_create_is_an_unknown_outcome(sandbox, client_factory) -> None:
    sandbox.faults.slow_drip(n=1, interval=0.3, path="/resellers/v6/orders")
    body = b'{"customerOrderNumber":"DRIP-1","lines":[{"ingramPartNumber":"%s","quantity":1}]}'
    timeouts = Timeouts(read=5.0, order_read=5.0, order_overall=1.0)
    async with client_factory(sandbox, timeouts=timeouts) as c:
        with pytest.raises(OrderOutcomeUnknownError):
            await c.create_order(body % stocked(sandbox).encode(), "DRIP-1", new_correlation_id())
    assert [o["customer_order_number"] for o in sandbox.placed_orders()] == ["DRIP-1"]


async def test_reads_and_orders_survive_the_server_closing_idle_connections(
    sandbox, client_factory
) -> None:
    sandbox.faults.set_idle_timeout(0.2)
    sku = stocked(sandbox)
    async with client_factory(sandbox) as c:
        await c.price_and_availability([sku])
        await asyncio.sleep(0.5)  # the server has closed our pooled connection by now
        (r,) = await c.price_and_availability([sku])
        assert r.ok
        await asyncio.sleep(0.5)
        body = b'{"customerOrderNumber":"IDLE-1","lines":[{"ingramPartNumber":"%s","quantity":1}]}'
        result = await c.create_order(body % sku.encode(), "IDLE-1", new_correlation_id())
    assert result.order_numbers  # a fresh connection: no ambiguous failure


async def test_token_endpoint_down_at_start_is_retried(sandbox, client_factory) -> None:
    sandbox.faults.fail_next(2, status=503, path="/oauth/")
    async with client_factory(sandbox) as c:
        (r,) = await c.price_and_availability([stocked(sandbox)])
    assert r.ok
    assert [x["status"] for x in sandbox.received if "/oauth/" in x["path"]] == [503, 503, 200]


async def test_retry_budget_empties_in_an_outage_and_refills_on_success(
    sandbox, client_factory
) -> None:
    from ingram_desk.domain.errors import ServerError
    from ingram_desk.ingram.config import RetryPolicy

    sku = stocked(sandbox)
    rule = sandbox.faults.fail_next(None, status=503, path="priceandavailability")
    async with client_factory(sandbox, retry=RetryPolicy(base=0.01, cap=0.02, budget=3)) as c:
        with pytest.raises(ServerError):
            await c.price_and_availability([sku])  # 1 try + 3 retries: the budget is spent
        assert c.http.unreachable
        with pytest.raises(ServerError) as exc:
            await c.price_and_availability([sku])  # fails fast: one call, no retry storm
        assert "Ingram unreachable" in exc.value.reason
        calls = [r for r in sandbox.received if "priceandavailability" in r["path"]]
        assert len(calls) == 5
        sandbox.faults.clear()
        assert rule.remaining is None
        (r,) = await c.price_and_availability([sku])  # the probe succeeds
        assert r.ok and not c.http.unreachable
