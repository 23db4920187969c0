"""One rate gate per profile: paces to the server's announced limit, honours its headers and 429s,
and serves order traffic before interactive work before background polling (reliability §1.4).

State, and why each piece exists:

* ``_tokens``: a proactive leaky bucket (burst ``limit/6``) refilled at limit/period, so normal
  use never reaches the server's limit at all. The limit comes from ``X-RateLimit-Limit``; the
  period is learnt from the reset time seen on the first call of a fresh window.
* ``_remaining``/``_reset_at``: the server's own count (``X-RateLimit-Remaining``, ``-Reset`` in
  epoch *milliseconds*), decremented locally per call so concurrent calls don't all spend the
  last unit. At 0 everything waits for the reset; at ``reserve`` or less, background waits.
* ``_hold_until``: set by a 429; nothing is sent before it (reset, ``Retry-After`` or fallback).
* ``_waiting``: a heap of (priority, arrival) tickets; only the head may go, so a background
  poll never overtakes an order or an interactive request.

Clocks and sleep are injectable so the gate's arithmetic is testable without waiting.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import IntEnum

__all__ = ["Priority", "RateBudget", "RateGate"]


class Priority(IntEnum):
    ORDER = 0  #: order create and reconciliation
    INTERACTIVE = 1  #: a user is waiting (P&A, searches, details)
    BACKGROUND = 2  #: watch-list polling


@dataclass(frozen=True, slots=True)
class RateBudget:
    """What the status bar shows."""

    limit: int
    period: float
    remaining: int | None  #: the server's last word, locally decremented; None when unknown
    resets_at: datetime | None
    held_until: datetime | None  #: set while a 429 hold is in force
    throttled: int  #: 429s seen so far
    #: whose budget this is, for the status bar: "" (this desk's), "team" (shared by the team's
    #: desks), or a plain note such as "this desk only: team database unreachable"
    scope: str = ""


class RateGate:
    def __init__(
        self,
        *,
        limit: int = 60,
        period: float = 60.0,
        reserve: int = 3,
        fallback_wait: float = 60.0,
        max_reset_wait: float = 65.0,
        jitter: float = 0.25,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self._limit = limit
        self._period = period
        self._reserve = reserve
        self._fallback_wait = fallback_wait
        self._max_reset_wait = max_reset_wait
        self._jitter = jitter
        self._mono = monotonic
        self._wall = wall
        self._sleep = sleep
        self._tokens = float(self._burst())
        self._refilled_at = monotonic()
        self._remaining: int | None = None
        self._reset_at: float | None = None  # monotonic
        self._hold_until = 0.0  # monotonic
        self._waiting: list[tuple[int, int]] = []
        self._seq = itertools.count()
        self._changed: asyncio.Event | None = None
        self.throttled = 0
        self.sent = 0

    # ---- pacing -------------------------------------------------------------------------
    def _burst(self) -> int:
        return max(1, self._limit // 6)

    def _refill(self, now: float) -> None:
        rate = self._limit / self._period
        self._tokens = min(float(self._burst()), self._tokens + (now - self._refilled_at) * rate)
        self._refilled_at = now

    def delay_for(self, priority: Priority) -> float:
        """Seconds this priority must still wait before sending (0 = go now)."""
        now = self._mono()
        delay = max(0.0, self._hold_until - now)
        if self._reset_at is not None and self._reset_at <= now:
            self._remaining, self._reset_at = None, None
        if (
            self._remaining is not None
            and self._reset_at is not None
            and (
                self._remaining <= 0
                or (priority >= Priority.BACKGROUND and self._remaining <= self._reserve)
            )
        ):
            delay = max(delay, self._reset_at - now)
        return max(delay, self._pacing_delay(now))

    def _pacing_delay(self, now: float) -> float:
        """The proactive bucket's own wait: one unit refills every period/limit seconds."""
        self._refill(now)
        return (1 - self._tokens) * self._period / self._limit if self._tokens < 1 else 0.0

    def _consume(self) -> None:
        self._tokens -= 1
        if self._remaining is not None:
            self._remaining -= 1
        self.sent += 1

    async def acquire(self, priority: Priority = Priority.INTERACTIVE) -> None:
        """Wait for this call's turn; returns when it may be sent."""
        ticket = (int(priority), next(self._seq))
        heapq.heappush(self._waiting, ticket)
        try:
            while True:
                if self._waiting[0] == ticket:
                    delay = self.delay_for(priority)
                    if delay <= 0:
                        delay = await self._shared_turn(priority)
                    if delay <= 0:
                        self._waiting.remove(ticket)  # (a more urgent one may have come)
                        heapq.heapify(self._waiting)
                        self._consume()
                        return
                    if delay > 1.0:  # waiting for a reset: don't all fire together
                        delay += random.uniform(0, self._jitter)
                    await self._wait(delay)
                else:
                    await self._wait(None)
        finally:
            if ticket in self._waiting:
                self._waiting.remove(ticket)
                heapq.heapify(self._waiting)
            self._notify()

    async def _shared_turn(self, priority: Priority) -> float:
        """A unit of a budget shared beyond this process, taken while this call heads the
        queue (so a desk queues there with its most urgent call, one at a time): 0 when
        taken, else seconds to wait. Alone, there is none: 0."""
        return 0.0

    async def _wait(self, delay: float | None) -> None:
        if self._changed is None:
            self._changed = asyncio.Event()
        changed = asyncio.ensure_future(self._changed.wait())
        waits: set[asyncio.Future[object]] = {changed}
        if delay is not None:
            waits.add(asyncio.ensure_future(self._sleep(delay)))
        try:
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for w in waits:
                w.cancel()

    def _notify(self) -> None:
        if self._changed is not None:
            self._changed.set()
        self._changed = asyncio.Event()

    # ---- what the server said -----------------------------------------------------------
    def _reset_from(self, headers: Mapping[str, str]) -> float | None:
        """Monotonic time of ``X-RateLimit-Reset`` (epoch ms), skew-corrected, or None if implausible."""
        raw = headers.get("x-ratelimit-reset")
        if not raw:
            return None
        try:
            reset_epoch = float(raw) / 1000.0
        except ValueError:
            return None
        now_wall = self._wall()
        skew = 0.0
        date_header = headers.get("date")
        if date_header:
            try:
                skew = parsedate_to_datetime(date_header).timestamp() - now_wall
            except (TypeError, ValueError, IndexError):
                skew = 0.0
            if abs(skew) < 2:  # Date has 1 s resolution; ignore sub-second noise
                skew = 0.0
        delta = reset_epoch - skew - now_wall
        if not -60.0 <= delta <= 300.0:
            return None
        return self._mono() + min(max(delta, 0.0), self._max_reset_wait)

    def update(self, headers: Mapping[str, str]) -> None:
        """Read ``X-RateLimit-*`` after every response (headers with lower-case keys ok)."""
        h = {k.lower(): v for k, v in headers.items()}
        limit = h.get("x-ratelimit-limit")
        if limit and limit.strip().isdigit() and int(limit) > 0 and int(limit) != self._limit:
            self._limit = int(limit)
            self._tokens = min(self._tokens, float(self._burst()))
        remaining = h.get("x-ratelimit-remaining")
        reset = self._reset_from(h)
        if remaining is not None and remaining.strip().lstrip("-").isdigit() and reset is not None:
            value = int(remaining)
            if value == self._limit - 1:
                # First call of a fresh window: the time to its reset is the server's period
                # (the headers announce the limit but not the period).
                self._period = min(max(reset - self._mono(), 1.0), 3600.0)
            same_window = self._reset_at is not None and abs(self._reset_at - reset) < 1.0
            if same_window and self._remaining is not None:
                value = min(value, self._remaining)
            self._remaining, self._reset_at = value, reset
        self._notify()

    def note_429(self, headers: Mapping[str, str]) -> float:
        """Hold everything until the reset; returns the hold in seconds."""
        h = {k.lower(): v for k, v in headers.items()}
        self.throttled += 1
        wait: float | None = None
        reset = self._reset_from(h)
        if reset is not None:
            wait = reset - self._mono()
        retry_after = h.get("retry-after")
        if wait is None and retry_after and retry_after.strip().isdigit():
            wait = float(retry_after)
        if wait is None:
            wait = self._fallback_wait
        wait = min(max(wait, 0.0), self._max_reset_wait)
        self._hold_until = max(self._hold_until, self._mono() + wait)
        self._remaining = 0
        self._reset_at = self._mono() + wait
        self._notify()
        return wait

    def budget(self) -> RateBudget:
        now_m, now_w = self._mono(), self._wall()

        def at(m: float | None) -> datetime | None:
            if m is None or m <= now_m:
                return None
            return datetime.fromtimestamp(now_w + (m - now_m), UTC)

        return RateBudget(
            self._limit,
            self._period,
            self._remaining,
            at(self._reset_at),
            at(self._hold_until),
            self.throttled,
        )
