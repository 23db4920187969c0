"""OAuth2 client-credentials tokens: cached in memory, renewed early, one refresh at a time.

Guarantees: however many calls wait, one token request is in flight; every waiter gets its
result (or its error). The token is never written anywhere; it is registered with the log
redactor. A call that got a 401 calls ``invalidate(token)`` and retries once with a new one.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

from ingram_desk.domain.api_codes import http_code
from ingram_desk.domain.errors import (
    AuthError,
    RateLimitedError,
    ResponseFormatError,
    ServerError,
    UnreachableError,
)
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.ingram.config import ClientConfig
from ingram_desk.ingram.errors import decode_error_body
from ingram_desk.ingram.lenient import as_str, get
from ingram_desk.ingram.tls import refuse_tls_failure
from ingram_desk.logging_setup import register_secret

__all__ = ["Token", "TokenManager", "refresh_margin", "request_token"]


@dataclass(frozen=True, slots=True)
class Token:
    value: str
    lifetime: float  #: seconds, from ``expires_in`` (a string on the wire)
    obtained_at: float  #: monotonic clock

    def __repr__(self) -> str:
        return f"Token(lifetime={self.lifetime})"


def refresh_margin(lifetime: float) -> float:
    """Renew when less than max(10 % of the lifetime, 5 min) remains, but never before half-life."""
    return min(max(0.1 * lifetime, 300.0), 0.5 * lifetime)


class TokenManager:
    """Single-flight token cache. ``fetch`` returns (access_token, expires_in seconds)."""

    def __init__(
        self,
        fetch: Callable[[], Awaitable[tuple[str, float]]],
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self._clock = clock
        self._token: Token | None = None
        self._lock = asyncio.Lock()
        #: number of token requests made (for the status line and tests)
        self.fetch_count = 0

    def _fresh(self, token: Token | None) -> bool:
        if token is None:
            return False
        age = self._clock() - token.obtained_at
        return age < token.lifetime - refresh_margin(token.lifetime)

    async def token(self) -> str:
        token = self._token
        if self._fresh(token):
            assert token is not None
            return token.value
        async with self._lock:
            # Someone else may have refreshed while we waited for the lock.
            if self._fresh(self._token):
                assert self._token is not None
                return self._token.value
            self.fetch_count += 1
            value, lifetime = await self._fetch()
            register_secret(value)
            self._token = Token(value, float(lifetime), self._clock())
            return value

    def invalidate(self, value: str) -> None:
        """Drop ``value`` if it is still the cached token (a 401 said it is no good)."""
        if self._token is not None and self._token.value == value:
            self._token = None

    @property
    def has_token(self) -> bool:
        return self._token is not None


async def request_token(
    client: httpx.AsyncClient,
    config: ClientConfig,
    backoff: Callable[[int], Awaitable[None]],
    throttled: Callable[[httpx.Headers], Awaitable[None]] | None = None,
) -> tuple[str, float]:
    """POST the client-credentials form (never a URL with secrets); 5xx and no answer are
    retried with ``backoff``, a 429 waits for the reset (``throttled``) and is retried; only a
    400/401/403 is a refusal, an ``AuthError`` at once (no retry loop). Throttling or a 5xx that
    outlasts the attempts is a ``RateLimitedError`` / ``ServerError``, never an ``AuthError``: an
    order waiting for a token goes back to the queue instead of needing attention."""
    form = {
        "grant_type": "client_credentials",
        "client_id": config.client_id,
        "client_secret": config.client_secret,
    }
    policy = config.retry
    for attempt in range(policy.attempts):
        try:
            async with asyncio.timeout(config.timeouts.overall):
                resp = await client.post(
                    config.resolved_token_url(),
                    data=form,
                    headers={"Accept": "application/json"},
                )
        except (httpx.TransportError, TimeoutError) as exc:
            refuse_tls_failure(exc, config.resolved_token_url())
            if attempt + 1 >= policy.attempts:
                raise UnreachableError(
                    QT_TRANSLATE_NOOP("Errors", "Could not reach Ingram's token service ({error})"),
                    reason="No answer from the token endpoint.",
                    remedial_action=QT_TRANSLATE_NOOP(
                        "Errors", "Check the network and the API URL of this profile."
                    ),
                    values={"error": type(exc).__name__},
                ) from None
            await backoff(attempt)
            continue
        if resp.status_code == 200:
            try:
                data = resp.json()
                token = as_str(get(data, "access_token"))
                lifetime = float(as_str(get(data, "expires_in")) or 3600)
            except (ValueError, TypeError):
                token = ""
                lifetime = 0.0
            if not token:
                raise ResponseFormatError(
                    QT_TRANSLATE_NOOP("Errors", "Ingram's token service sent an unreadable answer"),
                    status=200,
                    reason="The token response had no access_token.",
                    remedial_action=http_code(500).remedial_action,
                )
            return token, lifetime
        if resp.status_code == 429 and attempt + 1 < policy.attempts:
            await (throttled(resp.headers) if throttled is not None else backoff(attempt))
            continue
        if resp.status_code >= 500 and attempt + 1 < policy.attempts:
            await backoff(attempt)
            continue
        message, _ = decode_error_body(resp.content)
        if resp.status_code == 429 or resp.status_code >= 500:
            cls_busy = RateLimitedError if resp.status_code == 429 else ServerError
            raise cls_busy(
                f"Ingram's token service is busy ({resp.status_code}); retrying later",
                status=resp.status_code,
                reason="Throttling or a server error, not a refusal of the credentials.",
                remedial_action=http_code(resp.status_code).remedial_action,
            )
        code = http_code(401 if resp.status_code in (400, 401, 403) else resp.status_code)
        cls = AuthError if resp.status_code < 500 else ServerError
        raise cls(
            f"Ingram refused the client id / secret ({resp.status_code})"
            + (f": {message}" if message else ""),
            status=resp.status_code,
            reason=code.reason,
            remedial_action=code.remedial_action,
        )
    raise AssertionError("unreachable")
