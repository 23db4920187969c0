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

from ingram_desk.logging_setup import register_secret

__all__ = ["Token", "TokenManager", "refresh_margin"]


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
