"""The client against the embedded sandbox over loopback: P&A, tokens, 429s, 5xx, bad bodies,
credentials, and seed 004's "Recommended Tests" for order lookups."""

from __future__ import annotations

import asyncio
import itertools
import time
from datetime import date, datetime
from typing import Any

import httpx
import pytest

from ingram_desk.domain.errors import AuthError, ResponseFormatError, ServerError
from ingram_desk.ingram.client import SearchCriteria


def sku_where(server: Any, pred: Any) -> str:
    return next(p.sku for p in server.catalogue.products if pred(p))


def api_calls(server: Any, fragment: str) -> list[dict[str, Any]]:
    return [r for r in server.received if fragment.lower() in r["path"].lower()]


async def test_pna_resolves_nl_warehouses_eta_and_flags_unknown_skus(sandbox, client_factory):
    in_stock = sku_where(sandbox, lambda p: p.stock > 20 and not p.central_only)
    eta_sku = sku_where(sandbox, lambda p: p.stock == 0 and p.eta_days and not p.central_only)
    async with client_factory(sandbox) as c:
        ok, eta, bad = await c.price_and_availability([in_stock, eta_sku, "NOPE99"])
    assert ok.ok and ok.currency == "EUR" and ok.customer_price is not None
    assert {(w.id, w.name, w.central) for w in ok.warehouses} >= {
        ("NL01", "Tilburg", False),
        ("PEDE", "Straubing", True),
    }
    assert sum(w.available for w in ok.warehouses) == ok.total_available
    assert eta.total_available == 0 and eta.eta is not None
    assert not bad.ok and bad.status_code == "E"
    assert len(api_calls(sandbox, "priceandavailability")) == 1  # one call for all items


async def test_single_flight_token_and_refresh_after_mid_session_expiry(
    sandbox_factory, client_factory
):
    sandbox = sandbox_factory(rate_limit=600)  # a burst of 100: the gate does not pace here
    sku = sku_where(sandbox, lambda p: p.stock > 0)
    async with client_factory(sandbox) as c:
        await asyncio.gather(*(c.price_and_availability([sku]) for _ in range(8)))
        assert len(api_calls(sandbox, "/oauth/")) == 1
        sandbox.faults.expire_tokens()  # the server forgets every token it issued
        results = await asyncio.gather(*(c.price_and_availability([sku]) for _ in range(8)))
    assert all(r[0].ok for r in results)
    assert len(api_calls(sandbox, "/oauth/")) == 2  # one refresh however many calls waited
    assert c.http.tokens.fetch_count == 2
    statuses = [r["status"] for r in api_calls(sandbox, "priceandavailability")]
    assert statuses.count(401) <= 8 and statuses.count(200) == 16


async def test_token_that_expires_by_time_is_renewed(sandbox_factory, client_factory):
    server = sandbox_factory(token_lifetime=3600)
    sku = sku_where(server, lambda p: p.stock > 0)
    async with client_factory(server) as c:
        await c.price_and_availability([sku])
        server.advance(3601)  # sandbox time passes; our cached token is now dead there
        (r,) = await c.price_and_availability([sku])
    assert r.ok and len(api_calls(server, "/oauth/")) == 2


async def test_429_from_another_client_sharing_credentials_waits_for_the_reset(
    sandbox_factory, client_factory
):
    server = sandbox_factory(rate_limit=4, rate_period=2.0)
    sku = sku_where(server, lambda p: p.stock > 0)
    async with client_factory(server) as c:
        await c.price_and_availability([sku])  # learns limit 4 per 2 s
        # Another workstation with the same credentials burns the rest of the window.
        token = (
            await httpx.AsyncClient(base_url=server.url).post(
                "/oauth/oauth30/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": server.config.client_id,
                    "client_secret": server.config.client_secret,
                },
            )
        ).json()["access_token"]
        async with httpx.AsyncClient(base_url=server.url) as other:
            for _ in range(3):
                await other.get(
                    "/resellers/v6/orders/search",
                    headers={
                        "Authorization": f"Bearer {token}",
                        "IM-CustomerNumber": "20-222222",
                        "IM-CountryCode": "NL",
                        "IM-CorrelationID": "x" * 32,
                    },
                )
        t0 = time.monotonic()
        (r,) = await c.price_and_availability([sku])
        waited = time.monotonic() - t0
    assert r.ok
    pna = [x["status"] for x in api_calls(server, "priceandavailability")]
    assert pna.count(429) <= 1  # at most one refused call, then it waits: never hammers
    assert waited > 0.5 and c.budget().limit == 4


async def test_429_storm_is_sat_out_until_each_reset(sandbox, client_factory):
    sku = sku_where(sandbox, lambda p: p.stock > 0)
    sandbox.faults.throttle(n=3, reset_in=0.6, path="priceandavailability")
    async with client_factory(sandbox) as c:
        t0 = time.monotonic()
        (r,) = await c.price_and_availability([sku])
        elapsed = time.monotonic() - t0
        throttled = c.budget().throttled
    assert r.ok and throttled == 3
    calls = api_calls(sandbox, "priceandavailability")
    assert [x["status"] for x in calls] == [429, 429, 429, 200]
    stamps = [datetime.fromisoformat(x["at"]) for x in calls]
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(stamps)]
    assert min(gaps) >= 0.5  # each retry waited for the announced reset
    assert elapsed >= 1.5


async def test_5xx_then_success_for_reads(sandbox, client_factory):
    sandbox.faults.fail_next(2, status=503, path="/orders/search")
    async with client_factory(sandbox) as c:
        rows, total = await c.search_orders_v6(SearchCriteria(customer_po="PO-SPLIT-4711"))
    assert total == 2 and len(rows) == 2
    statuses = [x["status"] for x in api_calls(sandbox, "/orders/search")]
    assert statuses == [503, 503, 200]


async def test_5xx_storm_gives_up_with_the_seed_remedy(sandbox, client_factory):
    sandbox.faults.fail_next(None, status=502, path="/orders/search")
    async with client_factory(sandbox) as c:
        with pytest.raises(ServerError) as exc:
            await c.search_orders_v6(SearchCriteria(customer_po="X"))
    assert "contact your local ecommerce representative" in exc.value.one_line()
    assert len(api_calls(sandbox, "/orders/search")) == 4


@pytest.mark.parametrize("body", ["json", "html", "truncated"])
async def test_malformed_answers_are_a_clear_error(sandbox, client_factory, body):
    sku = sku_where(sandbox, lambda p: p.stock > 0)
    sandbox.faults.malformed(n=None, body=body, path="priceandavailability")
    async with client_factory(sandbox) as c:
        with pytest.raises((ResponseFormatError, Exception)) as exc:
            await c.price_and_availability([sku])
    err = exc.value
    assert getattr(err, "kind", "") in ("bad_response", "unreachable")
    assert getattr(err, "correlation_id", None)


async def test_wrong_secret_is_one_401_and_a_remedy_not_a_loop(sandbox, client_factory):
    async with client_factory(sandbox, client_secret="wrong-secret-1234") as c:
        with pytest.raises(AuthError) as exc:
            await c.price_and_availability(["X"])
    assert "Check App ID and Client Secret" in exc.value.one_line()
    assert len(api_calls(sandbox, "/oauth/")) == 1
    assert "wrong-secret-1234" not in exc.value.one_line()


# ---- seed 004 "Recommended Tests" (order lookups, v5 OrderLookAPI) ----------------------------


def seeded(server: Any, pred: Any) -> Any:
    return next(o for o in server.orders.all() if pred(o))


async def test_lookup_by_ingram_sales_order_number(sandbox, client_factory):
    order = seeded(sandbox, lambda o: len(o.sub_orders) == 1)
    async with client_factory(sandbox) as c:
        rows, _ = await c.search_orders_v5(SearchCriteria(order_number=order.number))
    assert [r.ingram_order_number for r in rows] == [order.number]


async def test_lookup_by_order_number_status_and_time_range(sandbox, client_factory):
    order = seeded(sandbox, lambda o: len(o.sub_orders) == 1 and o.sub_orders[0].status_code)
    day = date.fromisoformat(order.entry_timestamp[:10])
    criteria = SearchCriteria(
        order_number=order.number, status=order.sub_orders[0].status_code, since=day, until=day
    )
    async with client_factory(sandbox) as c:
        rows, _ = await c.search_orders_v5(criteria)
        wrong_status, _ = await c.search_orders_v5(
            SearchCriteria(order_number=order.number, status="Z")
        )
    assert [r.ingram_order_number for r in rows] == [order.number]
    assert wrong_status == []


async def test_order_with_many_shipments_paged_two_at_a_time(sandbox, client_factory):
    order = seeded(sandbox, lambda o: len(o.sub_orders) >= 5)
    async with client_factory(sandbox) as c:
        got = [
            row
            async for row, _ in c.iter_orders(
                SearchCriteria(order_number=order.number), page_size=2
            )
        ]
    assert len(got) == 1  # one order, its sub-orders merged across pages
    subs = [s.sub_order_number for s in got[0].sub_orders]
    assert subs == [s.number for s in order.sub_orders]  # none missing, none twice
    assert len(api_calls(sandbox, "/v5/orders/search")) == 3


async def test_lookup_by_customer_po_with_several_sales_orders(sandbox, client_factory):
    async with client_factory(sandbox) as c:
        rows = [r async for r, _ in c.iter_orders(SearchCriteria(customer_po="PO-SPLIT-4711"))]
    assert len(rows) == 2
    assert {r.customer_order_number for r in rows} == {"PO-SPLIT-4711"}


async def test_hold_reason_codes_are_decoded(sandbox, client_factory):
    order = seeded(sandbox, lambda o: o.sub_orders[0].hold_reason_code == "CH")
    async with client_factory(sandbox) as c:
        (row,), _ = await c.search_orders_v5(SearchCriteria(order_number=order.number))
    sub = row.sub_orders[0]
    assert sub.hold_reason_code == "CH" and sub.hold_reason and sub.hold_explanation


async def test_invalid_search_criteria_is_no_results_with_a_clear_reason(sandbox, client_factory):
    async with client_factory(sandbox) as c:
        rows, total = await c.search_orders_v5(SearchCriteria(customer_po="NO-SUCH-PO-EVER"))
    assert (rows, total) == ([], 0)


async def test_details_invoice_and_cancel(sandbox, client_factory):
    shipped = seeded(sandbox, lambda o: any(s.invoice_number for s in o.sub_orders))
    async with client_factory(sandbox) as c:
        d = await c.order_details(shipped.number)
        assert d.lines and d.tracking_numbers and d.invoice_numbers
        inv = await c.invoice_details(d.invoice_numbers[0])
        assert inv.invoice_number == d.invoice_numbers[0] and inv.lines
        await c.cancel_order(seeded(sandbox, lambda o: o.customer_hold).number)
        with pytest.raises(Exception) as exc:
            await c.cancel_order(seeded(sandbox, lambda o: not o.customer_hold).number)
    assert getattr(exc.value, "status", None) in (405, 400)


async def test_every_answer_feeds_the_budget_listener(sandbox, client_factory):
    seen = []
    async with client_factory(sandbox) as c:
        c.http.on_budget = seen.append
        await c.search_orders_v6(SearchCriteria(customer_po="PO-SPLIT-4711"))
        await c.order_details(seeded(sandbox, lambda o: True).number)
    assert len(seen) == 2
    assert seen[-1].limit == 60 and seen[-1].remaining == 58


async def test_invalid_access_token_with_revoked_credentials_stops_after_one_refresh(
    sandbox, client_factory
):
    """Seed 004 "Invalid Access token. Always test this scenario." """
    sku = sku_where(sandbox, lambda p: p.stock > 0)
    async with client_factory(sandbox) as c:
        await c.price_and_availability([sku])
        sandbox.config.client_secret = "rotated-on-the-portal"  # our secret is no longer valid
        sandbox.faults.expire_tokens()
        with pytest.raises(AuthError) as exc:
            await c.price_and_availability([sku])
    assert "Check App ID and Client Secret" in exc.value.one_line()
    assert [x["status"] for x in api_calls(sandbox, "/oauth/")] == [200, 401]
    assert [x["status"] for x in api_calls(sandbox, "priceandavailability")] == [200, 401]
