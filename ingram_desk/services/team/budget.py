"""One rate budget per Ingram account, shared by every desk through the team database.

``TeamRateGate`` is the desk's own ``RateGate`` (its pacing and its priority queue) plus one
more step before each call: taking a unit of the account's budget in the ``rate_budget`` row, in
one round trip under that row's lock (the schema's ``rate_take``).
The turns are fair: each desk's
units of this window and the one before are counted (``rate_desks``), and while desks wait, a
unit goes only to a waiting desk that no other waiting desk of the same or a more urgent
priority has been served less than, so a desk with a few calls is not kept behind a busy desk's
many and no desk starves (a desk gone quiet stops counting after a few seconds).
Background polling may not use the last units (``background_reserve``),
interactive calls leave the very last one to orders, so interactive P&A goes before background
polling on every desk. The holds are team facts: a 429 seen by any desk, or the server's
``Remaining: 0``, pauses the account in the database until the reset, and the desk's own gate
does not hold on them. So a call that drew the 429 waits in the database's queue like every other
and, once the reset comes, the fair order decides who goes first (a desk that waited out its own
hold first would lose its place to the desks already queued). The server's ``X-RateLimit-*``
headers keep the shared count aligned with Ingram's.
When the team database cannot be reached the desk falls back to its own gate, holds included
(P&A and browsing keep working), and ``team_online`` says so.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import psycopg

from ingram_desk.ingram.rate_limit import Priority, RateBudget, RateGate
from ingram_desk.services.team.connection import connect_kwargs

__all__ = ["TeamRateGate"]

log = logging.getLogger(__name__)
# seconds a desk paces alone after the team database failed to answer, before trying again
RETRY_AFTER_S = 30.0
T = TypeVar("T")

_OPEN = """
INSERT INTO rate_budget(account, window_start, used, window_limit)
VALUES (%(account)s, now(), 0, %(limit)s) ON CONFLICT (account) DO NOTHING
"""
# one fair turn, in one round trip: the schema's rate_take (v2) does it under the row's lock
_TURN = """
SELECT o_took, o_room, o_used, o_resets_at, o_paused_until, o_now FROM rate_take(
    %(account)s, %(desk)s, %(limit)s, %(period)s, %(keep)s, %(alive)s)
"""


class TeamRateGate(RateGate):
    def __init__(
        self,
        url: str,
        *,
        account: str,
        password: str | None = None,
        background_reserve: int = 6,
        max_wait_step: float = 5.0,
        **gate: Any,
    ) -> None:
        super().__init__(**gate)
        self.url = url
        self.account = account
        self._password = password
        self.background_reserve = background_reserve
        self.max_wait_step = max_wait_step
        self._conn: psycopg.AsyncConnection[Any] | None = None
        self._conn_lock: asyncio.Lock | None = None
        self.team_online = True
        # after a failed attempt the desk paces alone until then (``time.monotonic``): a
        # server that accepts and never answers cost every P&A call a 3 s connect attempt
        self._retry_at = 0.0
        #: the team's last known state of the shared window
        self.shared_used: int | None = None
        self.shared_resets_at: datetime | None = None
        self.shared_paused_until: datetime | None = None
        self.shared_waits = 0
        self._tasks: set[asyncio.Task[None]] = set()
        #: team pauses this desk is still writing: its next turn waits for them
        self._pausing: set[asyncio.Task[None]] = set()
        self._opened = False  # the account's budget row exists
        #: this desk (process) in ``rate_desks``: its turns on the shared budget
        self.desk_key = uuid.uuid4().hex[:16]

    def _keep(self, priority: Priority) -> int:
        if priority >= Priority.BACKGROUND:
            return max(self.background_reserve, 1)
        return 1 if priority == Priority.INTERACTIVE else 0

    def _params(self, priority: Priority = Priority.ORDER) -> dict[str, Any]:
        return {
            "account": self.account,
            "limit": self._limit,
            "period": timedelta(seconds=self._period),
            "keep": self._keep(priority),
            "desk": self.desk_key,
            "alive": timedelta(seconds=self.max_wait_step + 2),
        }

    async def _db(self) -> psycopg.AsyncConnection[Any] | None:
        if self._conn is not None and not self._conn.closed and not self._conn.broken:
            return self._conn
        if time.monotonic() < self._retry_at:
            return None  # still pacing alone after a failed attempt
        try:
            self._conn = await psycopg.AsyncConnection.connect(
                self.url, **connect_kwargs(self._password), autocommit=True, connect_timeout=3
            )
        except psycopg.Error as exc:
            if self.team_online:
                log.warning("team budget: database unreachable (%s); pacing alone", exc)
            self.team_online = False
            self._conn = None
            self._retry_at = time.monotonic() + RETRY_AFTER_S
            return None
        self.team_online = True
        return self._conn

    async def _execute(self, sql: str, params: dict[str, Any]) -> tuple[Any, ...] | bool | None:
        """One statement on the budget connection; False when the database is unreachable."""

        async def one(conn: psycopg.AsyncConnection[Any]) -> tuple[Any, ...] | None:
            cur = await conn.execute(sql, params)
            return await cur.fetchone() if cur.description else None

        return await self._on_connection(one)

    async def _on_connection(self, work: Callable[[Any], Awaitable[T]]) -> T | bool:
        """``work(conn)`` on the budget connection; False when the database is unreachable."""
        if self._conn_lock is None:
            self._conn_lock = asyncio.Lock()
        async with self._conn_lock:
            conn = await self._db()
            if conn is None:
                return False
            try:
                return await work(conn)
            except psycopg.OperationalError as exc:
                log.warning("team budget: %s; pacing alone", exc)
                self.team_online = False
                await conn.close()
                self._conn = None
                self._retry_at = time.monotonic() + RETRY_AFTER_S
                return False

    def delay_for(self, priority: Priority) -> float:
        """While the team's database paces, this desk keeps only its own bucket: the holds
        (a 429, the server's count at 0) wait in the database, in the fair queue."""
        if self.team_online and self._opened:
            return self._pacing_delay(self._mono())
        return super().delay_for(priority)

    async def _shared_turn(self, priority: Priority) -> float:
        """A unit of the account's shared budget, in fair turns: while other desks wait, the
        least served of them (this window and the one before, the more urgent priority first)
        takes the next unit, so a desk with a few calls is never kept waiting behind a busy
        desk's many. Asked while this call heads the desk's own queue: the desk waits in the
        database with one call at a time, its most urgent, so its waiting mark stands until
        that call is served (several calls of one desk waiting at once cleared each other's)."""
        if not self._opened:
            if await self._execute(_OPEN, self._params()) is False:
                return self.delay_for(priority)  # unreachable: the desk's own gate paces alone
            self._opened = True
        if self._pausing:  # the 429 this desk just drew holds the team before its next turn
            await asyncio.gather(*list(self._pausing), return_exceptions=True)
        turn = await self._on_connection(lambda c: self._turn(c, priority))
        if turn is True:
            return 0.0
        if turn is False:  # unreachable: the desk's own gate paces alone, its holds included
            return self.delay_for(priority)
        self.shared_waits += 1
        # every desk waiting for the reset would fire together: spread them out
        return turn + random.uniform(0, 0.2 if turn > 0.1 else 0.02)

    async def _turn(self, conn: Any, priority: Priority) -> bool | float:
        """One try (the database's ``rate_take``): True when a unit was taken, else how long
        to wait before the next try."""
        cur = await conn.execute(_TURN, self._params(priority))
        took, room, used, resets_at, paused_until, now = await cur.fetchone()
        self.shared_used, self.shared_resets_at = used, resets_at
        self.shared_paused_until = paused_until
        if took:
            return True
        if room:
            return 0.02  # a less served desk is waiting: it takes its unit at once
        until = max(resets_at, paused_until or resets_at)
        return max(0.05, min((until - now).total_seconds(), self.max_wait_step))

    def update(self, headers: Mapping[str, str]) -> None:
        """The server counts every desk's calls: its ``Remaining`` is the team's truth."""
        super().update(headers)
        h = {k.lower(): v for k, v in headers.items()}
        remaining = h.get("x-ratelimit-remaining", "").strip()
        if remaining.isdigit() and self._remaining is not None:
            self._spawn(self._sync_used(max(self._limit - int(remaining), 0)))
            if int(remaining) == 0 and self._reset_at is not None:  # the team waits for the reset
                self._spawn(self._pause(self._reset_at - self._mono()), self._pausing)

    async def _sync_used(self, used: int) -> None:
        await self._execute(
            "UPDATE rate_budget SET used = GREATEST(used, %(used)s)"
            " WHERE account = %(account)s AND window_start + %(period)s > now()",
            self._params() | {"used": used},
        )

    def note_429(self, headers: Mapping[str, str]) -> float:
        """Hold every desk of the team until the reset: the hold is written in the database
        (this desk's own hold serves only when the database is unreachable)."""
        wait = super().note_429(headers)
        self._spawn(self._pause(wait), self._pausing)
        return wait

    async def _pause(self, wait: float) -> None:
        await self._execute(
            "UPDATE rate_budget SET paused_until = GREATEST(coalesce(paused_until, now()),"
            " now() + %(wait)s), used = window_limit WHERE account = %(account)s",
            self._params() | {"wait": timedelta(seconds=wait)},
        )

    def _spawn(self, coro: Any, *also: set[asyncio.Task[None]]) -> None:
        try:
            task = asyncio.get_running_loop().create_task(coro)
        except RuntimeError:
            coro.close()
            return
        for tasks in (self._tasks, *also):
            tasks.add(task)
            task.add_done_callback(tasks.discard)

    def budget(self) -> RateBudget:
        """What the status bar shows: the team's remaining budget when it is known."""
        own = super().budget()
        now = datetime.now(UTC)
        if not self.team_online:
            return replace(own, scope="this desk only: team database unreachable")
        if self.shared_used is None:
            return own
        if self.shared_resets_at is not None and self.shared_resets_at <= now:
            return replace(own, remaining=self._limit, scope="team")
        return replace(
            own,
            remaining=max(self._limit - self.shared_used, 0),
            resets_at=self.shared_resets_at,
            scope="team",
        )

    async def aclose(self) -> None:
        for task in list(self._tasks):
            await asyncio.gather(task, return_exceptions=True)
        if self._conn is not None:
            await self._conn.close()
            self._conn = None
