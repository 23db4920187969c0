"""The team's shared watch list, with who has seen what: the tracking service's ``WatchStore``
over the team database. A change is recorded by a compare-and-set on the watched order's
snapshot, so when several desks poll, exactly one reports it; every desk that reads a snapshot
is written down as having seen it (``seen_by``).

While the database cannot be reached ``load`` gives the list last read (``offline`` says why);
changing the list raises ``TeamUnreachableError``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from psycopg.types.json import Jsonb

from ingram_desk.services.team.account_table import AccountTable
from ingram_desk.services.team.pg_journal import TeamUnreachableError

__all__ = ["TeamWatchStore"]


class TeamWatchStore(AccountTable):
    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._known: dict[str, dict[str, Any]] = {}
        #: why ``load`` gave the list last read ("": it is the team's current one)
        self.offline = ""

    def load(self) -> dict[str, dict[str, Any]]:
        try:
            rows = self._run(
                lambda c: c.execute(
                    "SELECT item_key, payload FROM watch_list WHERE account=%s", (self.account,)
                ).fetchall()
            )
        except TeamUnreachableError as exc:
            self.offline = exc.one_line()
            return {k: dict(v) for k, v in self._known.items()}
        self.offline = ""
        self._known = {r["item_key"]: dict(r["payload"]) for r in rows}
        return {k: dict(v) for k, v in self._known.items()}

    def add(self, order_number: str) -> None:
        self._run(
            lambda c: c.execute(
                "INSERT INTO watch_list(account, item_key, payload, added_by, changed_at)"
                " VALUES (%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING",
                (self.account, order_number, Jsonb({}), self.desk_id, self._now()),
            )
        )

    def remove(self, order_number: str) -> None:
        self._run(
            lambda c: c.execute(
                "DELETE FROM watch_list WHERE account=%s AND item_key=%s",
                (self.account, order_number),
            )
        )

    def put(self, order_number: str, old: dict[str, Any], new: dict[str, Any]) -> bool:
        now = self._now()

        def write(c: Any) -> bool:
            with c.transaction():
                won = c.execute(
                    "UPDATE watch_list SET payload=%s, changed_at=%s"
                    " WHERE account=%s AND item_key=%s AND payload=%s",
                    (Jsonb(new), now, self.account, order_number, Jsonb(old)),
                ).rowcount
                if won:
                    self._seen(c, order_number, now)
            return bool(won)

        return self._run(write)

    def mark_seen(self, order_number: str) -> None:
        """This desk has shown the watched order's latest change to its user."""
        self._run(lambda c: self._seen(c, order_number, self._now()))

    def _seen(self, conn: Any, order_number: str, at: datetime) -> None:
        conn.execute(
            "INSERT INTO watch_seen(account, item_key, seen_by, seen_at) VALUES (%s,%s,%s,%s)"
            " ON CONFLICT (account, item_key, seen_by) DO UPDATE SET seen_at=excluded.seen_at",
            (self.account, order_number, self.desk_id, at),
        )

    def seen_by(self, order_number: str) -> dict[str, bool]:
        """Each desk that has seen the order: True when it has seen its latest change."""
        rows = self._run(
            lambda c: c.execute(
                "SELECT s.seen_by, s.seen_at >= w.changed_at AS latest FROM watch_seen s"
                " JOIN watch_list w USING (account, item_key)"
                " WHERE s.account=%s AND s.item_key=%s",
                (self.account, order_number),
            ).fetchall()
        )
        return {r["seen_by"]: bool(r["latest"]) for r in rows}
