"""Rate limiting (X-RateLimit-*, 429 until reset) and the fault switches, from Python and over HTTP."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import httpx
import pytest

from tests.sandbox.helpers import Api

CATALOG = "/resellers/v6/catalog"


def _sku(sandbox) -> str:
    return next(p.sku for p in sandbox.catalogue.products if p.stock > 5 and not p.central_only
                and p.category.product_type not in ("SWL", "SERV"))  # fmt: skip


def test_rate_limit_headers_on_every_answer_and_429_until_reset(sandbox_factory):
    sb = sandbox_factory(rate_limit=3, rate_period=60)
    api = Api(sb)
    token_answer = api.http.post("/oauth/oauth30/token", data={"grant_type": "client_credentials",
                                 "client_id": sb.config.client_id, "client_secret": sb.config.client_secret})  # fmt: skip
    assert token_answer.headers["X-RateLimit-Limit"] == "3"
    answers = [api.get(CATALOG) for _ in range(3)]
    assert [r.status_code for r in answers] == [200, 200, 200]
    assert [r.headers["X-RateLimit-Remaining"] for r in answers] == ["2", "1", "0"]
    reset = int(answers[0].headers["X-RateLimit-Reset"])
    assert abs(reset - (sb.clock().timestamp() + 60) * 1000) < 5000  # epoch milliseconds
    limited = api.get(CATALOG)
    assert limited.status_code == 429
    assert limited.headers["X-RateLimit-Remaining"] == "0"
    assert limited.headers["X-RateLimit-Reset"] == str(reset)
    sb.advance(30)
    assert api.get(CATALOG).status_code == 429
    sb.advance(31)
    again = api.get(CATALOG)
    assert again.status_code == 200
    assert again.headers["X-RateLimit-Remaining"] == "2"
    assert int(again.headers["X-RateLimit-Reset"]) > reset
    api.close()


def test_every_answer_carries_rate_headers(sandbox, api):
    answers = [httpx.get(f"{sandbox.url}{CATALOG}"), api.get("/resellers/v6/no-such-route")]
    sandbox.faults.fail_next(1, status=503, path="/catalog")
    answers += [api.get(CATALOG), api.post("/resellers/v6/orders", json={})]
    assert [r.status_code for r in answers] == [401, 404, 503, 400]
    for r in answers:
        for name in ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"):
            assert name in r.headers


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_fail_next_n_calls(sandbox, api, status):
    sandbox.faults.fail_next(2, status=status, path="/catalog")
    assert [api.get(CATALOG).status_code for _ in range(3)] == [status, status, 200]
    assert api.get("/resellers/v6/orders/search").status_code == 200


def test_failure_body_is_ingrams_error_shape(sandbox, api):
    sandbox.faults.fail_next(1, status=500)
    body = api.get(CATALOG).json()
    assert body["errors"][0]["type"] == "/errors/server-error"


def test_fail_after_processing_places_the_order(sandbox, api):
    sandbox.faults.fail_next(1, status=500, path="/v6/orders", method="POST", after_processing=True)
    r = api.order(
        "PO-500", [{"customerLineNumber": "1", "ingramPartNumber": _sku(sandbox), "quantity": 1}]
    )
    assert r.status_code == 500
    assert [o["customer_order_number"] for o in sandbox.placed_orders()] == ["PO-500"]


def test_drop_connection_after_processing_the_order(sandbox, api):
    """Reliability A1: the order is placed but the client never hears back."""
    sandbox.faults.drop_connection(1, path="/resellers/v6/orders", method="POST")
    with pytest.raises(httpx.RemoteProtocolError):
        api.order(
            "PO-LOST",
            [{"customerLineNumber": "1", "ingramPartNumber": _sku(sandbox), "quantity": 1}],
        )
    assert [o["customer_order_number"] for o in sandbox.placed_orders()] == ["PO-LOST"]
    found = api.get("/resellers/v6/orders/search", params={"customerOrderNumber": "PO-LOST"}).json()
    assert found["recordsFound"] == 1
    dup = api.order(
        "PO-LOST", [{"customerLineNumber": "1", "ingramPartNumber": _sku(sandbox), "quantity": 1}]
    )
    assert dup.status_code == 400


def test_drop_before_processing_places_nothing(sandbox, api):
    sandbox.faults.drop_connection(1, path="/v6/orders", after_processing=False)
    with pytest.raises(httpx.RemoteProtocolError):
        api.order(
            "PO-NOT",
            [{"customerLineNumber": "1", "ingramPartNumber": _sku(sandbox), "quantity": 1}],
        )
    assert sandbox.placed_orders() == []


def test_delay_before_answering(sandbox, api):
    sandbox.faults.delay(0.4, n=1, path="/catalog")
    started = time.monotonic()
    assert api.get(CATALOG).status_code == 200
    assert time.monotonic() - started >= 0.4


def test_delay_longer_than_the_read_timeout_still_commits(sandbox, api):
    sandbox.faults.delay(1.0, n=1, path="/v6/orders", after_processing=True)
    with pytest.raises(httpx.ReadTimeout):
        api.http.post(
            "/resellers/v6/orders",
            json={"customerOrderNumber": "PO-SLOW",
                  "lines": [{"customerLineNumber": "1", "ingramPartNumber": _sku(sandbox), "quantity": 1}]},
            headers=api.headers(),
            timeout=0.3,
        )  # fmt: skip
    assert [o["customer_order_number"] for o in sandbox.placed_orders()] == ["PO-SLOW"]


@pytest.mark.parametrize("kind", ["json", "html", "empty"])
def test_malformed_bodies(sandbox, api, kind):
    sandbox.faults.malformed(1, body=kind, path="/catalog")
    r = api.get(CATALOG)
    assert r.status_code == 200
    with pytest.raises(ValueError):
        r.json()
    if kind == "html":
        assert r.headers["Content-Type"].startswith("text/html")


def test_truncated_body_breaks_the_read(sandbox, api):
    sandbox.faults.malformed(1, body="truncated", path="/catalog")
    with pytest.raises(httpx.RemoteProtocolError):
        api.get(CATALOG)


def test_slow_drip_sends_one_byte_at_a_time(sandbox, api):
    sandbox.faults.slow_drip(1, interval=0.05, path="/catalog")
    started = time.monotonic()
    with httpx.stream("GET", f"{sandbox.url}{CATALOG}", params={"vendorPartNumber": "none"},
                      headers=api.headers(), timeout=5) as r:  # fmt: skip
        chunks = list(r.iter_raw())
    assert r.status_code == 404
    assert len(chunks) > 5  # arrived in pieces
    assert time.monotonic() - started >= 0.05 * len(b"".join(chunks)) * 0.8


def test_slow_drip_slower_than_the_read_timeout(sandbox, api):
    sandbox.faults.slow_drip(1, interval=0.8, path="/orders/search")
    with pytest.raises(httpx.ReadTimeout):
        api.http.get(
            "/resellers/v6/orders/search",
            headers=api.headers(),
            timeout=httpx.Timeout(2.0, read=0.3),
        )


def test_throttle_with_and_without_reset_headers(sandbox, api):
    sandbox.faults.throttle(1, reset_in=15)
    r = api.get(CATALOG)
    assert r.status_code == 429
    reset = int(r.headers["X-RateLimit-Reset"])
    assert abs(reset - (sandbox.clock().timestamp() + 15) * 1000) < 2000
    sandbox.faults.throttle(1, reset_in=None)
    bare = api.get(CATALOG)
    assert bare.status_code == 429 and "X-RateLimit-Reset" not in bare.headers


def test_token_endpoint_can_fail(sandbox):
    sandbox.faults.fail_next(1, status=503, path="/oauth")
    with httpx.Client(base_url=sandbox.url) as c:
        form = {"grant_type": "client_credentials", "client_id": sandbox.config.client_id,
                "client_secret": sandbox.config.client_secret}  # fmt: skip
        assert c.post("/oauth/oauth30/token", data=form).status_code == 503
        assert c.post("/oauth/oauth30/token", data=form).status_code == 200


def test_short_token_lifetime_switch(sandbox):
    sandbox.faults.set_token_lifetime(3)
    api = Api(sandbox)
    assert api.get(CATALOG).status_code == 200
    sandbox.advance(4)
    assert api.get(CATALOG).status_code == 401
    api.close()


def test_api_windows_closed_for_uk_at_1am_london(sandbox):
    sandbox.clock.set(datetime(2026, 1, 14, 1, 0, tzinfo=UTC))  # 01:00 London, a Wednesday
    sandbox.faults.enforce_api_windows()
    uk, nl = Api(sandbox, country="UK"), Api(sandbox, country="NL")
    closed = uk.get(CATALOG)
    assert closed.status_code == 500
    assert closed.json()["errors"][0]["type"] == "/errors/server-error"
    assert nl.get(CATALOG).status_code == 200  # NL is open all day
    sandbox.clock.set(datetime(2026, 1, 14, 6, 1, tzinfo=UTC))
    assert uk.get(CATALOG).status_code == 200
    sandbox.clock.set(datetime(2026, 1, 14, 0, 15, tzinfo=UTC))  # window runs to 00:30
    assert uk.get(CATALOG).status_code == 200
    sandbox.faults.enforce_api_windows(status=503)
    sandbox.clock.set(datetime(2026, 1, 14, 0, 45, tzinfo=UTC))
    assert uk.get(CATALOG).status_code == 503
    uk.close()
    nl.close()


def test_windows_are_off_by_default(sandbox):
    sandbox.clock.set(datetime(2026, 1, 14, 3, 0, tzinfo=UTC))
    api = Api(sandbox, country="DE")
    assert api.get(CATALOG).status_code == 200
    api.close()


def test_hidden_new_orders_appear_in_search_after_the_delay(sandbox, api):
    sandbox.faults.hide_new_orders(180)
    api.order(
        "PO-LATE", [{"customerLineNumber": "1", "ingramPartNumber": _sku(sandbox), "quantity": 1}]
    )
    assert (
        api.get(
            "/resellers/v6/orders/search", params={"customerOrderNumber": "PO-LATE"}
        ).status_code
        == 204
    )
    assert (
        api.v5_search(customerordernumber="PO-LATE").json()["serviceresponse"]["responsepreamble"][
            "requeststatus"
        ]
        == "FAILED"
    )
    sandbox.advance(181)
    assert (
        api.get(
            "/resellers/v6/orders/search", params={"customerOrderNumber": "PO-LATE"}
        ).status_code
        == 200
    )


def test_idle_keep_alive_connections_are_closed(sandbox, api):
    sandbox.faults.set_idle_timeout(0.3)
    fresh = Api(sandbox)
    assert fresh.get(CATALOG).status_code == 200
    time.sleep(0.6)
    assert fresh.get(CATALOG).status_code == 200  # httpx reconnects after the server closed it
    fresh.close()


def test_faults_over_http_and_inspection_routes(sandbox, api):
    with httpx.Client(base_url=sandbox.url) as control:
        r = control.post(
            "/_sandbox/faults", json={"fail_next": {"n": 1, "status": 502, "path": "catalog"}}
        )
        assert r.status_code == 200 and r.json()["rules"][0]["status"] == 502
        assert api.get(CATALOG).status_code == 502
        assert control.post("/_sandbox/faults", json={"explode": {}}).status_code == 400
        control.post("/_sandbox/faults", json={"drop_connection": {"n": 1, "path": "/v6/orders"}})
        with pytest.raises(httpx.RemoteProtocolError):
            api.order(
                "PO-HTTP",
                [{"customerLineNumber": "1", "ingramPartNumber": _sku(sandbox), "quantity": 1}],
            )
        placed = control.get("/_sandbox/orders").json()["orders"]
        assert [o["customer_order_number"] for o in placed] == ["PO-HTTP"]
        assert len(control.get("/_sandbox/orders", params={"all": "1"}).json()["orders"]) > 40
        log = control.get("/_sandbox/log").json()["received"]
        assert [e["status"] for e in log[-2:]] == [502, "dropped"]
        moved = control.post("/_sandbox/clock", json={"advance": 3600}).json()["now"]
        assert datetime.fromisoformat(moved) > datetime.now(UTC)
        control.post("/_sandbox/faults", json={"enforce_api_windows": {"on": True}, "clear": {}})
        assert control.get("/_sandbox/faults").json()["api_windows"] is False
        control.post("/_sandbox/faults", json={"fail_next": {"n": None, "status": 503}})
        assert control.delete("/_sandbox/faults").json()["rules"] == []


def test_fail_every_second_call_for_a_storm(sandbox, api):
    sandbox.faults.fail_next(None, status=503, path="/catalog", every=2)
    assert [api.get(CATALOG).status_code for _ in range(6)] == [200, 503, 200, 503, 200, 503]
    sandbox.faults.clear()
    assert api.get(CATALOG).status_code == 200


def test_hidden_order_still_blocks_a_resend_with_the_same_po(sandbox, api):
    """Reliability A6: invisible in search beyond the window, the resend is refused as duplicate."""
    sandbox.faults.hide_new_orders(3600)
    line = [{"customerLineNumber": "1", "ingramPartNumber": _sku(sandbox), "quantity": 1}]
    assert api.order("PO-A6", line).status_code == 201
    assert (
        api.get("/resellers/v6/orders/search", params={"customerOrderNumber": "PO-A6"}).status_code
        == 204
    )
    resend = api.order("PO-A6", line)
    assert resend.status_code == 400
    assert resend.json()["errors"][0]["fields"][0]["field"] == "customerOrderNumber"
    assert len(sandbox.placed_orders()) == 1
