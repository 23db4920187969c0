"""One rate budget per Ingram account, shared by every desk through the team database.

``TeamRateGate`` is the desk's own ``RateGate`` (its pacing, its 429 hold, its priority queue)
plus one more step before each call: taking a unit of the account's budget in the
``rate_budget`` row. The unit is taken by a single ``UPDATE … RETURNING`` (the row lock makes
the desks take turns); background polling may not use the last units (``background_reserve``),
interactive calls leave the very last one to orders, so interactive P&A goes before background
polling on every desk. A 429 seen by any desk pauses every desk until the reset; the server's
own ``X-RateLimit-*`` headers keep the shared window aligned with Ingram's.
When the team database cannot be reached the desk falls back to its own gate (P&A and browsing
keep working), and ``team_online`` says so.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg

from ingram_desk.ingram.rate_limit import Priority, RateBudget, RateGate
from ingram_desk.services.team.pg_journal import connect_kwargs

__all__ = ["TeamRateGate"]

log = logging.getLogger(__name__)

_OPEN = """
INSERT INTO rate_budget(account, window_start, used, window_limit)
VALUES (%(account)s, now(), 0, %(limit)s) ON CONFLICT (account) DO NOTHING
"""
_TAKE = """
UPDATE rate_budget SET
    used = CASE WHEN window_start + %(period)s <= now() THEN 1 ELSE used + 1 END,
    window_start = CASE WHEN window_start + %(period)s <= now() THEN now() ELSE window_start END,
    window_limit = %(limit)s
WHERE account = %(account)s
  AND (paused_until IS NULL OR paused_until <= now())
  AND (window_start + %(period)s <= now() OR used < %(limit)s - %(keep)s)
RETURNING used, window_start + %(period)s AS resets_at, now() AS now
"""
_LOOK = """
SELECT used, window_limit, window_start + %(period)s AS resets_at, paused_until, now() AS now
FROM rate_budget WHERE account = %(account)s
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
        #: the team's last known state of the shared window
        self.shared_used: int | None = None
        self.shared_resets_at: datetime | None = None
        self.shared_paused_until: datetime | None = None
        self.shared_waits = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self._opened = False  # the account's budget row exists

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
        }

    async def _db(self) -> psycopg.AsyncConnection[Any] | None:
        if self._conn is not None and not self._conn.closed and not self._conn.broken:
            return self._conn
        try:
            self._conn = await psycopg.AsyncConnection.connect(
                self.url, **connect_kwargs(self._password), autocommit=True, connect_timeout=3
            )
        except psycopg.Error as exc:
            if self.team_online:
                log.warning("team budget: database unreachable (%s); pacing alone", exc)
            self.team_online = False
            self._conn = None
            return None
        self.team_online = True
        return self._conn

    async def _execute(self, sql: str, params: dict[str, Any]) -> tuple[Any, ...] | bool | None:
        """One statement on the budget connection; False when the database is unreachable."""
        if self._conn_lock is None:
            self._conn_lock = asyncio.Lock()
        async with self._conn_lock:
            conn = await self._db()
            if conn is None:
                return False
            try:
                cur = await conn.execute(sql, params)
                return await cur.fetchone() if cur.description else None
            except psycopg.OperationalError as exc:
                log.warning("team budget: %s; pacing alone", exc)
                self.team_online = False
                await conn.close()
                self._conn = None
                return False

    async def acquire(self, priority: Priority = Priority.INTERACTIVE) -> None:
        """This desk's turn first, then a unit of the account's shared budget."""
        await super().acquire(priority)
        if not self._opened:
            if await self._execute(_OPEN, self._params()) is False:
                return  # unreachable: the desk's own gate paces alone
            self._opened = True
        while True:
            row = await self._execute(_TAKE, self._params(priority))
            if row is False:
                return  # unreachable: the desk's own gate paces alone
            if row is not None:
                used, resets_at, _ = row  # type: ignore[misc]
                self.shared_used, self.shared_resets_at = used, resets_at
                return
            look = await self._execute(_LOOK, self._params(priority))
            if look is False:
                return
            used, _limit, resets_at, paused_until, now = look  # type: ignore[misc]
            self.shared_used, self.shared_resets_at = used, resets_at
            self.shared_paused_until = paused_until
            until = max(resets_at, paused_until or resets_at)
            wait = max(0.05, (until - now).total_seconds())
            self.shared_waits += 1
            # every desk waiting for the reset would fire together: spread them out
            await asyncio.sleep(min(wait, self.max_wait_step) + random.uniform(0, 0.2))

    def update(self, headers: Mapping[str, str]) -> None:
        """The server counts every desk's calls: its ``Remaining`` is the team's truth."""
        super().update(headers)
        h = {k.lower(): v for k, v in headers.items()}
        remaining = h.get("x-ratelimit-remaining", "").strip()
        if remaining.isdigit() and self._remaining is not None:
            self._spawn(self._sync_used(max(self._limit - int(remaining), 0)))

    async def _sync_used(self, used: int) -> None:
        await self._execute(
            "UPDATE rate_budget SET used = GREATEST(used, %(used)s)"
            " WHERE account = %(account)s AND window_start + %(period)s > now()",
            self._params() | {"used": used},
        )

    def note_429(self, headers: Mapping[str, str]) -> float:
        """Hold this desk, and every other desk of the team, until the reset."""
        wait = super().note_429(headers)
        self._spawn(self._pause(wait))
        return wait

    async def _pause(self, wait: float) -> None:
        await self._execute(
            "UPDATE rate_budget SET paused_until = GREATEST(coalesce(paused_until, now()),"
            " now() + %(wait)s), used = window_limit WHERE account = %(account)s",
            self._params() | {"wait": timedelta(seconds=wait)},
        )

    def _spawn(self, coro: Any) -> None:
        try:
            task = asyncio.get_running_loop().create_task(coro)
        except RuntimeError:
            coro.close()
            return
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

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
