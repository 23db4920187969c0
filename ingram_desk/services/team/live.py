"""Live across desks: every journal change in the team database is announced with NOTIFY (in the
same transaction, so only committed changes are heard); each desk LISTENs and re-emits the order
as ``ORDER_STATE_CHANGED`` on its own event hub, so its Orders tab and status bar follow a
colleague's orders within a second, without polling Ingram once per desk. Changes of the team's
watch list (watched, unwatched, a change recorded, seen) come as ``WATCH_LIST_CHANGED``, so the
marks follow a colleague's desk without waiting for this desk's next poll.

The listener reconnects after a dropped connection and then announces every order of the account
changed meanwhile (catch-up) and has the watch-list marks re-read, so a desk that was cut off
misses nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

import psycopg

from ingram_desk.services.events import ORDER_STATE_CHANGED, WATCH_LIST_CHANGED, EventHub
from ingram_desk.services.journal_port import Journal
from ingram_desk.services.journal_records import JournalError
from ingram_desk.services.team.connection import connect_kwargs
from ingram_desk.services.team.pg_journal import NOTIFY_CHANNEL
from ingram_desk.services.team.watch_list import WATCH_CHANNEL

__all__ = ["TeamListener"]

log = logging.getLogger(__name__)


class TeamListener:
    def __init__(
        self,
        url: str,
        journal: Journal,
        events: EventHub,
        *,
        account: str,
        password: str | None = None,
        retry: float = 2.0,
    ) -> None:
        self.url = url
        self.journal = journal
        self.events = events
        self.account = account
        self._password = password
        self.retry = retry
        self.connected = asyncio.Event()
        self.heard = 0
        #: called with True/False when the team database comes and goes (the status bar)
        self.on_online: Callable[[bool], None] | None = None

    async def run(self) -> None:
        """Listen until cancelled; reconnect (with catch-up) whenever the connection drops."""
        since: datetime | None = None
        while True:
            try:
                conn = await psycopg.AsyncConnection.connect(
                    self.url, **connect_kwargs(self._password), autocommit=True,
                    connect_timeout=5,
                )  # fmt: skip
            except psycopg.Error as exc:
                log.warning("team listener: %s; retrying", str(exc).strip().splitlines()[:1])
                await asyncio.sleep(self.retry)
                continue
            try:
                async with conn:
                    await conn.execute(f"LISTEN {NOTIFY_CHANNEL}; LISTEN {WATCH_CHANNEL}")
                    now = (await (await conn.execute("SELECT now()")).fetchone())[0]  # type: ignore[index]
                    if since is not None:
                        await self._catch_up(conn, since)
                        self.events.emit(WATCH_LIST_CHANGED, "")
                    since = now
                    self._online(True)
                    async for note in conn.notifies():
                        account, _, key = note.payload.partition("|")
                        if account == self.account and note.channel == WATCH_CHANNEL:
                            self.events.emit(WATCH_LIST_CHANGED, key)  # an order number
                        elif account == self.account:
                            self._announce(key)  # a draft id
                        since = datetime.now(since.tzinfo)
            except psycopg.OperationalError as exc:
                log.warning("team listener lost the database (%s); reconnecting", exc)
                self._online(False)
                await asyncio.sleep(self.retry)

    def _online(self, up: bool) -> None:
        if up:
            self.connected.set()
        else:
            self.connected.clear()
        if self.on_online is not None:
            self.on_online(up)

    async def _catch_up(self, conn: Any, since: datetime) -> None:
        cur = await conn.execute(
            "SELECT draft_id FROM orders WHERE account=%s AND updated_at >= %s ORDER BY seq",
            (self.account, since),
        )
        for (draft_id,) in await cur.fetchall():
            self._announce(draft_id)

    def _announce(self, draft_id: str) -> None:
        try:
            entry = self.journal.get(draft_id)
        except JournalError:
            return  # another author's private draft, or gone
        self.heard += 1
        self.events.emit(ORDER_STATE_CHANGED, entry)
