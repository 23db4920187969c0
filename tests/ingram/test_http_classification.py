"""How the HTTP layer classifies answers (reliability §1.3), with a scripted server transport.

The transport plays Ingram's side only (scripted status codes, dropped connections, bad
bodies); everything on our side is the real client. Loopback scenarios against the sandbox are
in ``test_client_sandbox.py``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

import httpx
import pytest

from ingram_desk.domain.errors import (
    ApiClosedError,
    AuthError,
    BadRequestError,
    OrderNotSentError,
    OrderOutcomeUnknownError,
    ResponseFormatError,
    ServerError,
)
from ingram_desk.ingram.client import IngramClient
from ingram_desk.ingram.config import ClientConfig, RetryPolicy

Handler = Callable[[httpx.Request], httpx.Response]
TOKEN = {"access_token": "tok-1", "token_type": "Bearer", "expires_in": "86399"}


class Script:
    """Answers the token call, then each API call from a list of handlers in turn."""

    def __init__(self, *steps: Handler | int) -> None:
        self.steps = list(steps)
        self.api_calls: list[httpx.Request] = []
        self.token_calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/oauth30/token"):
            self.token_calls += 1
            return httpx.Response(200, json={**TOKEN, "access_token": f"tok-{self.token_calls}"})
        self.api_calls.append(request)
        step = self.steps.pop(0) if self.steps else 200
        if isinstance(step, int):
            return httpx.Response(step, json=[] if step < 300 else {"errors": []})
        return step(request)


def client(script: Script, **kw: object) -> IngramClient:
    config = ClientConfig(
        base_url="http://ingram.test",
        customer_number="20-222222",
        country=str(kw.pop("country", "NL")),
        client_id="app",
        client_secret="fake-secret-value",
        retry=RetryPolicy(base=0.001, cap=0.002),
    )
    return IngramClient(config, transport=httpx.MockTransport(script), **kw)  # type: ignore[arg-type]


def drop(request: httpx.Request) -> httpx.Response:
    raise httpx.RemoteProtocolError("Server disconnected without sending a response")


def refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused")


async def test_reads_retry_5xx_then_succeed() -> None:
    s = Script(500, 503, lambda r: httpx.Response(200, json=[{"ingramPartNumber": "A"}]))
    async with client(s) as c:
        (r,) = await c.price_and_availability(["A"])
    assert r.sku == "A" and len(s.api_calls) == 3
    assert len({req.headers["IM-CorrelationID"] for req in s.api_calls}) == 3


async def test_reads_give_up_after_the_attempt_limit_with_the_seed_remedy() -> None:
    s = Script(502, 502, 502, 502, 502)
    async with client(s) as c:
        with pytest.raises(ServerError) as exc:
            await c.price_and_availability(["A"])
    assert len(s.api_calls) == 4
    assert "contact your local ecommerce representative" in exc.value.one_line()


async def test_a_401_refreshes_the_token_once_and_retries_once() -> None:
    s = Script(401, lambda r: httpx.Response(200, json=[]))
    async with client(s) as c:
        await c.price_and_availability(["A"])
    assert s.token_calls == 2
    assert [r.headers["Authorization"] for r in s.api_calls] == ["Bearer tok-1", "Bearer tok-2"]


async def test_a_second_401_is_an_auth_error_not_a_loop() -> None:
    s = Script(401, 401, 401)
    async with client(s) as c:
        with pytest.raises(AuthError) as exc:
            await c.price_and_availability(["A"])
    assert len(s.api_calls) == 2
    assert "Check App ID and Client Secret" in exc.value.one_line()


async def test_malformed_json_is_retried_once_then_a_clear_error() -> None:
    bad = lambda r: httpx.Response(  # noqa: E731
        200, content=b'[{"ingramPartNumber": "A"', headers={"content-type": "application/json"}
    )
    s = Script(bad, bad)
    async with client(s) as c:
        with pytest.raises(ResponseFormatError) as exc:
            await c.price_and_availability(["A"])
    assert "could not be read as JSON" in exc.value.message
    assert exc.value.correlation_id == s.api_calls[-1].headers["IM-CorrelationID"]


async def test_an_html_page_is_not_fed_to_the_json_parser() -> None:
    def html(r: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>proxy</html>", headers={"content-type": "text/html"})

    s = Script(html, html)
    async with client(s) as c:
        with pytest.raises(ResponseFormatError, match="text/html"):
            await c.price_and_availability(["A"])


async def test_headers_are_what_ingram_requires() -> None:
    s = Script(lambda r: httpx.Response(200, json=[]))
    async with client(s) as c:
        await c.price_and_availability(["A"])
    h = s.api_calls[0].headers
    assert h["IM-CustomerNumber"] == "20-222222" and h["IM-CountryCode"] == "NL"
    assert len(h["IM-CorrelationID"]) == 32 and h["IM-SenderID"]
    params = s.api_calls[0].url.params
    assert params["includeAvailability"] == "true" and params["includePricing"] == "true"


def _order_body() -> bytes:
    return json.dumps({"customerOrderNumber": "PO1", "lines": []}).encode()


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        (drop, OrderOutcomeUnknownError),
        (500, OrderOutcomeUnknownError),
        (504, OrderOutcomeUnknownError),
        (refuse, OrderNotSentError),
        (429, OrderNotSentError),
        (400, BadRequestError),
        (
            lambda r: httpx.Response(
                201, content=b"{oops", headers={"content-type": "application/json"}
            ),
            OrderOutcomeUnknownError,
        ),
        (
            lambda r: httpx.Response(
                400, json={"errors": [{"message": "Duplicate customer order number"}]}
            ),
            OrderOutcomeUnknownError,
        ),
    ],
)
async def test_order_create_is_sent_once_and_classified(
    step: Handler | int, expected: type[Exception]
) -> None:
    s = Script(step)
    async with client(s) as c:
        with pytest.raises(expected):
            await c.create_order(_order_body(), "PO1", "a" * 32)
    assert len(s.api_calls) == 1  # never retried
    assert s.api_calls[0].headers["IM-CorrelationID"] == "a" * 32


async def test_order_create_resends_once_after_a_gateway_401() -> None:
    placed = {"orders": [{"ingramOrderNumber": "20-AAAAA"}]}
    s = Script(401, lambda r: httpx.Response(201, json=placed))
    async with client(s) as c:
        result = await c.create_order(_order_body(), "PO1", "b" * 32)
    assert result.order_numbers == ("20-AAAAA",)
    assert len(s.api_calls) == 2


async def test_order_body_may_never_allow_duplicate_pos() -> None:
    s = Script()
    body = b'{"additionalAttributes":[{"attributeName":"allowDuplicateCustomerOrderNumber"}]}'
    async with client(s) as c:
        with pytest.raises(ValueError):
            await c.create_order(body, "PO1", "c" * 32)
    assert s.api_calls == []


async def test_closed_api_window_fails_fast_without_a_call() -> None:
    s = Script()
    night = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)  # 03:00 in London
    async with client(s, country="UK", now=lambda: night) as c:
        with pytest.raises(ApiClosedError) as exc:
            await c.price_and_availability(["A"])
    assert str(exc.value).startswith("Ingram's API for UK is closed until 06:00 local time")
    assert s.api_calls == [] and s.token_calls == 0


async def test_tls_verification_failure_is_a_configuration_error_not_retried() -> None:
    from ingram_desk.domain.errors import ConfigurationError

    def bad_cert(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")

    s = Script(bad_cert, bad_cert)
    async with client(s) as c:
        with pytest.raises(ConfigurationError, match="certificate"):
            await c.price_and_availability(["A"])
        with pytest.raises(ConfigurationError):
            await c.create_order(_order_body(), "PO1", "d" * 32)
    assert len(s.api_calls) == 2  # one each, no retries
