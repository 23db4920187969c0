"""The one HTTP layer: headers, tokens, the rate gate, retries, deadlines and error mapping.

No other module talks to httpx. Reads (searches, details, P&A — a POST but read-only) retry
5xx and transport errors with full-jitter backoff inside an overall deadline and a process-wide
retry budget. Order create (``send_order``) is never retried blindly: it raises
``OrderNotSentError`` only when the request provably never reached Ingram, and
``OrderOutcomeUnknownError`` whenever it might have (reliability §1.3).
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import httpx

from ingram_desk.domain.api_codes import http_code
from ingram_desk.domain.availability_windows import api_window_state
from ingram_desk.domain.errors import (
    ApiClosedError,
    AuthError,
    ConfigurationError,
    IngramError,
    OrderNotSentError,
    OrderOutcomeUnknownError,
    ResponseFormatError,
    ServerError,
    UnreachableError,
)
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.ingram.auth import TokenManager, request_token
from ingram_desk.ingram.config import ClientConfig
from ingram_desk.ingram.errors import error_from_response
from ingram_desk.ingram.rate_limit import Priority, RateBudget, RateGate
from ingram_desk.ingram.tls import refuse_tls_failure, ssl_context
from ingram_desk.logging_setup import register_secret

__all__ = ["ApiResponse", "IngramHttp", "new_correlation_id"]

log = logging.getLogger(__name__)

#: refuse bodies above this size before parsing (reliability §1.5)
MAX_BODY = 20_000_000
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def new_correlation_id() -> str:
    """32 hex characters: fits IM-CorrelationID's limit (a dashed UUID does not)."""
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class ApiResponse:
    status: int
    data: Any  #: parsed JSON, None for an empty body (204, 200 without body)
    correlation_id: str
    headers: Mapping[str, str]


#: turns an error answer (status, body, correlation id) into a typed error
ErrorDecoder = Callable[[int, bytes, str | None], IngramError]


class _Retryable(Exception):
    def __init__(self, error: IngramError) -> None:
        self.error = error


class IngramHttp:
    def __init__(
        self,
        config: ClientConfig,
        *,
        gate: RateGate | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        now: Callable[[], datetime] | None = None,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        no_secret = ConfigurationError(
            QT_TRANSLATE_NOOP("Errors", "No client id / client secret configured for this profile")
        )
        if not config.client_id:
            raise no_secret
        if not (config.customer_number and config.country):
            raise ConfigurationError(
                QT_TRANSLATE_NOOP("Errors", "The profile needs a customer number and a country")
            )
        self.config = config
        register_secret(config.client_secret)
        t = config.timeouts
        trust = ssl_context()  # the OS store, so a company proxy's root CA is honoured
        self._client = httpx.AsyncClient(
            verify=trust,
            base_url=config.base_url.rstrip("/"),
            timeout=httpx.Timeout(t.read, connect=t.connect),
            transport=transport,
            follow_redirects=False,
        )
        # Orders go out on a fresh connection every time: a stale pooled connection must never
        # be the cause of an ambiguous outcome (httpx#2983).
        self._order_client = httpx.AsyncClient(
            verify=trust,
            base_url=config.base_url.rstrip("/"),
            timeout=httpx.Timeout(t.order_read, connect=t.connect),
            limits=httpx.Limits(max_keepalive_connections=0),
            transport=transport,
            follow_redirects=False,
        )
        self.gate = gate or RateGate(max_reset_wait=config.retry.max_reset_wait)
        #: why no call may go out yet (no secret: a keyring that did not answer at start);
        #: ``use_secret`` lifts it
        self.secret_missing: IngramError | None = None if config.client_secret else no_secret
        self.tokens = TokenManager(self._fetch_token)
        self._now = now or (lambda: datetime.now(UTC))
        self._sleep = sleep
        self._budget = float(config.retry.budget)
        #: requests put on the wire (the benchmark divides by it)
        self.requests_sent = 0
        #: called with the gate's ``RateBudget`` after every answer (the status bar's feed)
        self.on_budget: Callable[[RateBudget], None] | None = None

    async def aclose(self) -> None:
        await self._client.aclose()
        await self._order_client.aclose()

    # ---- the secret -------------------------------------------------------------------------
    def wait_for_secret(self, why: IngramError) -> None:
        """Send nothing until ``use_secret``: every call raises ``why`` (the window opened
        while the keyring did not answer; reliability E2)."""
        self.secret_missing = why

    def use_secret(self, secret: str) -> None:
        """The secret has come (Retry after the keyring was unlocked): calls go out again."""
        register_secret(secret)
        self.config = replace(self.config, client_secret=secret)
        self.secret_missing = None

    def _check_secret(self) -> None:
        why = self.secret_missing
        if why is not None:  # a fresh error each time, with the same words
            raise type(why)(why.template, values=why.values, remedial_action=why.remedy_template)

    async def _fetch_token(self) -> tuple[str, float]:
        self._check_secret()  # never a token call without the secret
        return await request_token(self._client, self.config, self._backoff, self._token_throttled)

    # ---- guards -----------------------------------------------------------------------------
    def check_window(self) -> None:
        """Fail fast while the account country's API window is closed (seed 004)."""
        if not self.config.enforce_window:
            return
        state = api_window_state(self.config.country, self._now())
        if state is not None and not state.is_open:
            raise ApiClosedError(state.describe(), opens_at=state.opens_at)

    @property
    def unreachable(self) -> bool:
        """True while the retry budget is spent (the UI says "Ingram unreachable")."""
        return self._budget < 1

    def _budget_changed(self) -> None:
        if self.on_budget is not None:
            try:
                self.on_budget(self.gate.budget())
            except Exception:
                log.exception("rate budget listener failed")

    # ---- plumbing -----------------------------------------------------------------------
    def _headers(self, token: str, correlation_id: str, application_id: bool) -> dict[str, str]:
        h = {
            "Authorization": f"Bearer {token}",
            "IM-CustomerNumber": self.config.customer_number,
            "IM-CountryCode": self.config.country,
            "IM-CorrelationID": correlation_id,
            "IM-SenderID": self.config.sender_id,
            "Accept": "application/json",
        }
        if application_id:
            h["IM-ApplicationID"] = self.config.sender_id
        return h

    async def _token_throttled(self, headers: httpx.Headers) -> None:
        """A 429 from the token service holds every call until its reset, like any other 429."""
        hold = self.gate.note_429(headers)
        log.warning("429 from Ingram's token service; waiting %.1f s", hold)
        await self._sleep(hold)

    def _plain_headers(
        self, correlation_id: str, extra: Mapping[str, str] | None
    ) -> dict[str, str]:
        """Headers for a call that authenticates inside its body (IM-XML, SOAP): no token."""
        h = {"IM-CorrelationID": correlation_id, "IM-SenderID": self.config.sender_id}
        h.update(extra or {})
        return h

    @staticmethod
    def _raw(resp: httpx.Response, correlation_id: str) -> bytes:
        """The body as bytes for a caller that parses it itself (size-capped like JSON)."""
        body = resp.content
        if len(body) > MAX_BODY:
            raise ResponseFormatError(
                QT_TRANSLATE_NOOP("Errors", "Ingram's answer was too large ({size} bytes)"),
                values={"size": len(body)},
                status=resp.status_code,
                correlation_id=correlation_id,
            )
        return body

    async def _backoff(self, attempt: int) -> None:
        p = self.config.retry
        await self._sleep(random.uniform(0, min(p.cap, p.base * 2**attempt)))

    @staticmethod
    def _parse(resp: httpx.Response, correlation_id: str) -> Any:
        body = resp.content
        if len(body) > MAX_BODY:
            raise ResponseFormatError(
                QT_TRANSLATE_NOOP("Errors", "Ingram's answer was too large ({size} bytes)"),
                values={"size": len(body)},
                status=resp.status_code,
                correlation_id=correlation_id,
            )
        if resp.status_code == 204 or not body.strip():
            return None
        ctype = resp.headers.get("content-type", "")
        if ctype and "json" not in ctype.lower():
            raise ResponseFormatError(
                QT_TRANSLATE_NOOP("Errors", "Ingram sent {type} where JSON was expected"),
                values={"type": ctype.split(";")[0]},
                status=resp.status_code,
                reason="A proxy or gateway may have answered instead of Ingram.",
                remedial_action=QT_TRANSLATE_NOOP(
                    "Errors", "Retry later; if it persists, check the API URL."
                ),
                correlation_id=correlation_id,
            )
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ResponseFormatError(
                QT_TRANSLATE_NOOP("Errors", "Ingram's answer could not be read as JSON ({error})"),
                values={"error": exc.__class__.__name__},
                status=resp.status_code,
                reason="The response body was malformed or cut short.",
                remedial_action=QT_TRANSLATE_NOOP(
                    "Errors", "Retry the request; nothing was changed locally."
                ),
                correlation_id=correlation_id,
            ) from None

    # ---- reads ----------------------------------------------------------------------------
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Any = None,
        json_body: Any = None,
        priority: Priority = Priority.INTERACTIVE,
        application_id: bool = False,
        not_found_is_empty: bool = False,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        authenticate: bool = True,
        error_decoder: ErrorDecoder = error_from_response,
    ) -> ApiResponse:
        """A read-like call, retried per reliability §1.3 within the overall deadline.

        With ``authenticate=False`` (IM-XML/SOAP: the login is in the body) no token is fetched,
        ``content`` goes out as is with ``headers``, and ``data`` is the body's bytes.
        """
        self.check_window()
        self._check_secret()
        policy = self.config.retry
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.config.timeouts.overall
        attempt = 0
        auth_retried = False
        format_retried = False
        while True:
            correlation_id = new_correlation_id()
            try:
                remaining = deadline - loop.time()
                if remaining <= 0:
                    raise TimeoutError
                async with asyncio.timeout(remaining):
                    token = await self.tokens.token() if authenticate else ""
                    await self.gate.acquire(priority)
                    self.requests_sent += 1
                    if authenticate:
                        sent = self._headers(token, correlation_id, application_id)
                    else:
                        sent = self._plain_headers(correlation_id, headers)
                    resp = await self._client.request(
                        method,
                        path,
                        params=params,
                        json=json_body,
                        content=content,
                        headers=sent,
                    )
                self.gate.update(resp.headers)
                self._budget_changed()
                status = resp.status_code
                if status == 429:
                    hold = self.gate.note_429(resp.headers)
                    log.warning("429 from Ingram; holding all calls for %.1f s", hold)
                    if loop.time() + hold > deadline:
                        raise error_from_response(429, resp.content, correlation_id)
                    continue
                if status == 401 and authenticate and not auth_retried:
                    self.tokens.invalidate(token)
                    auth_retried = True
                    continue
                if status in (200, 201, 204, 207):
                    try:
                        if authenticate:
                            data = self._parse(resp, correlation_id)
                        else:
                            data = self._raw(resp, correlation_id)
                    except ResponseFormatError as exc:
                        if format_retried:
                            raise
                        format_retried = True
                        raise _Retryable(exc) from None
                    self._budget = min(float(policy.budget), self._budget + 1)
                    return ApiResponse(status, data, correlation_id, resp.headers)
                if status == 404 and not_found_is_empty:
                    return ApiResponse(status, None, correlation_id, resp.headers)
                error = error_decoder(status, resp.content, correlation_id)
                # (a SOAP Client fault arrives as HTTP 500 but is a refusal: not retried)
                if status in (500, 502, 503, 504) and isinstance(error, ServerError):
                    raise _Retryable(error)
                raise error
            except _Retryable as r:
                error = r.error
            except httpx.UnsupportedProtocol:
                raise ConfigurationError(
                    QT_TRANSLATE_NOOP("Errors", "The API URL is not usable: {url}"),
                    values={"url": self.config.base_url},
                ) from None
            except (httpx.TransportError, TimeoutError) as exc:
                refuse_tls_failure(exc, self.config.base_url)
                if isinstance(exc, TimeoutError) and loop.time() >= deadline:
                    raise UnreachableError(
                        QT_TRANSLATE_NOOP("Errors", "Ingram did not answer in time"),
                        reason="The overall deadline passed.",
                        remedial_action=http_code(504).remedial_action,
                        correlation_id=correlation_id,
                    ) from None
                error = UnreachableError(
                    QT_TRANSLATE_NOOP("Errors", "Could not reach Ingram ({problem})"),
                    values={"problem": type(exc).__name__},
                    reason="The connection failed or was dropped.",
                    remedial_action=http_code(503).remedial_action,
                    correlation_id=correlation_id,
                )
            attempt += 1
            if attempt >= policy.attempts or self._budget < 1 or loop.time() >= deadline:
                if self._budget < 1:
                    error.reason = (
                        "Ingram unreachable: automatic retries are paused until a call succeeds."
                    )
                raise error
            self._budget -= 1
            log.info("retrying %s %s after %s (attempt %d)", method, path, error.kind, attempt)
            await self._backoff(attempt - 1)

    # ---- order create -----------------------------------------------------------------------
    async def send_order(
        self,
        path: str,
        body: bytes,
        correlation_id: str,
        *,
        headers: Mapping[str, str] | None = None,
        authenticate: bool = True,
        error_decoder: ErrorDecoder = error_from_response,
    ) -> ApiResponse:
        """POST an order once (plus one resend after a gateway 401, which provably did nothing).

        ``authenticate=False`` (IM-XML/SOAP) sends ``body`` with ``headers`` and no token, and
        returns the answer's bytes unparsed; the same send-once classification applies.

        Raises ``OrderNotSentError`` (safe to resend), ``OrderOutcomeUnknownError`` (reconcile),
        ``ApiClosedError`` (not sent), or a 4xx ``IngramError`` (rejected, not placed).
        """
        self.check_window()
        if self.secret_missing is not None:  # nothing left: the order waits in the queue
            why = self.secret_missing
            raise OrderNotSentError(
                why.template, values=why.values, remedial_action=why.remedy_template,
                retry_after=30.0,
            )  # fmt: skip
        t = self.config.timeouts
        for auth_try in range(2):
            try:
                async with asyncio.timeout(t.overall):
                    token = await self.tokens.token() if authenticate else ""
                    await self.gate.acquire(Priority.ORDER)
            except TimeoutError:
                raise OrderNotSentError(
                    QT_TRANSLATE_NOOP("Errors", "Timed out waiting to send the order")
                ) from None
            except AuthError:
                raise
            except IngramError as exc:  # the token call failed: the order never left
                held = self.gate.budget().held_until
                wait = (held - datetime.now(UTC)).total_seconds() if held else None
                raise OrderNotSentError(
                    exc.template,
                    values=exc.values,
                    reason=exc.reason,
                    status=exc.status,
                    retry_after=max(wait, 1.0) if wait is not None else None,
                ) from None
            if authenticate:
                sent = self._headers(token, correlation_id, False)
                sent["Content-Type"] = "application/json"
            else:
                sent = self._plain_headers(correlation_id, headers)
            try:
                async with asyncio.timeout(t.order_overall):
                    self.requests_sent += 1
                    resp = await self._order_client.post(path, content=body, headers=sent)
            except _NOT_SENT as exc:
                refuse_tls_failure(exc, self.config.base_url)
                raise OrderNotSentError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Could not connect to Ingram ({error}); the order was not sent"
                    ),
                    values={"error": type(exc).__name__},
                    correlation_id=correlation_id,
                ) from None
            except (httpx.TransportError, TimeoutError) as exc:
                raise OrderOutcomeUnknownError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The connection failed after the order was sent ({error})"
                    ),
                    values={"error": type(exc).__name__},
                    reason="Ingram may or may not have placed the order.",
                    remedial_action=QT_TRANSLATE_NOOP(
                        "Errors", "Checking Ingram's order search for this PO before any resend."
                    ),
                    correlation_id=correlation_id,
                ) from None
            self.gate.update(resp.headers)
            self._budget_changed()
            status = resp.status_code
            if status == 429:
                wait = self.gate.note_429(resp.headers)
                raise OrderNotSentError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Ingram's rate limit refused the order; it will be sent after the reset",
                    ),
                    status=429,
                    correlation_id=correlation_id,
                    retry_after=wait,
                )
            if status == 401 and authenticate and auth_try == 0:
                self.tokens.invalidate(token)
                continue
            if status in (200, 201, 207):
                try:
                    if authenticate:
                        data = self._parse(resp, correlation_id)
                    else:
                        data = self._raw(resp, correlation_id)
                except ResponseFormatError as exc:
                    raise OrderOutcomeUnknownError(
                        exc.template,
                        values=exc.values,
                        status=status,
                        reason="The order may have been placed but the answer was unreadable.",
                        remedial_action=QT_TRANSLATE_NOOP(
                            "Errors", "Checking Ingram's order search for this PO."
                        ),
                        correlation_id=correlation_id,
                    ) from None
                return ApiResponse(status, data, correlation_id, resp.headers)
            error = error_decoder(status, resp.content, correlation_id)
            duplicate = status == 400 and "duplicate" in error.message.lower()
            if isinstance(error, ServerError) or duplicate:
                raise OrderOutcomeUnknownError(
                    error.template,
                    values=error.values,
                    status=status,
                    reason="Ingram may have placed the order before failing.",
                    remedial_action=QT_TRANSLATE_NOOP(
                        "Errors", "Checking Ingram's order search for this PO."
                    ),
                    correlation_id=correlation_id,
                )
            raise error
        raise AuthError(
            QT_TRANSLATE_NOOP(
                "Errors", "Ingram refused the token twice; check the client id and secret"
            ),
            status=401,
            remedial_action=http_code(401).remedial_action,
            correlation_id=correlation_id,
        )
