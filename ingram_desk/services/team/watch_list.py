"""The team's shared watch list, with who has seen what: the tracking service's ``WatchStore``
over the team database. A change is recorded by a compare-and-set on the watched order's
snapshot, so when several desks poll, exactly one reports it; every desk that reads a snapshot
is written down as having seen it (``seen_by``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from ingram_desk.services.team.pg_journal import connect_kwargs, server_label, unreachable

__all__ = ["TeamWatchStore"]


class TeamWatchStore:
    def __init__(
        self,
        url: str,
        *,
        account: str,
        desk_id: str,
        password: str | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.url = url
        self.account = account
        self.desk_id = desk_id
        self._password = password
        self._now = now or (lambda: datetime.now(UTC))
        self._conn: psycopg.Connection[Any] | None = None

    def _db(self) -> psycopg.Connection[Any]:
        if self._conn is None or self._conn.closed or self._conn.broken:
            try:
                self._conn = psycopg.connect(
                    self.url, **connect_kwargs(self._password), autocommit=True,
                    connect_timeout=5,
                )  # fmt: skip
            except psycopg.Error as exc:
                raise unreachable(server_label(self.url), exc) from None
        return self._conn

    def load(self) -> dict[str, dict[str, Any]]:
        rows = self._db().execute(
            "SELECT item_key, payload FROM watch_list WHERE account=%s", (self.account,)
        )
        return {k: dict(p) for k, p in rows.fetchall()}

    def add(self, order_number: str) -> None:
        self._db().execute(
            "INSERT INTO watch_list(account, item_key, payload, added_by, changed_at)"
            " VALUES (%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING",
            (self.account, order_number, Jsonb({}), self.desk_id, self._now()),
        )

    def remove(self, order_number: str) -> None:
        self._db().execute(
            "DELETE FROM watch_list WHERE account=%s AND item_key=%s", (self.account, order_number)
        )

    def put(self, order_number: str, old: dict[str, Any], new: dict[str, Any]) -> bool:
        conn = self._db()
        now = self._now()
        with conn.transaction():
            won = conn.execute(
                "UPDATE watch_list SET payload=%s, changed_at=%s"
                " WHERE account=%s AND item_key=%s AND payload=%s",
                (Jsonb(new), now, self.account, order_number, Jsonb(old)),
            ).rowcount
            if won:
                self._seen(conn, order_number, now)
        return bool(won)

    def mark_seen(self, order_number: str) -> None:
        """This desk has shown the watched order's latest change to its user."""
        self._seen(self._db(), order_number, self._now())

    def _seen(self, conn: Any, order_number: str, at: datetime) -> None:
        conn.execute(
            "INSERT INTO watch_seen(account, item_key, seen_by, seen_at) VALUES (%s,%s,%s,%s)"
            " ON CONFLICT (account, item_key, seen_by) DO UPDATE SET seen_at=excluded.seen_at",
            (self.account, order_number, self.desk_id, at),
        )

    def seen_by(self, order_number: str) -> dict[str, bool]:
        """Each desk that has seen the order: True when it has seen its latest change."""
        rows = self._db().execute(
            "SELECT s.seen_by, s.seen_at >= w.changed_at FROM watch_seen s JOIN watch_list w"
            " USING (account, item_key) WHERE s.account=%s AND s.item_key=%s",
            (self.account, order_number),
        )
        return {who: bool(latest) for who, latest in rows.fetchall()}

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
