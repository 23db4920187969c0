"""The team's shared watch list, with who has seen what: the tracking service's ``WatchStore``
over the team database. A change is recorded by a compare-and-set on the watched order's
snapshot, so when several desks poll, exactly one reports it; it counts up the order's
``change_no`` and keeps what changed. Each desk has seen an order's changes up to its own
``seen_no`` (``watch_seen``), so every user has their own "not seen yet" marks.

Every change is announced on ``WATCH_CHANNEL`` in its own transaction (only committed changes
are heard), so the other desks' marks follow within a second (``live.TeamListener``).
While the database cannot be reached ``load`` and ``unseen`` give what they last read
(``offline`` says why); changing the list raises ``TeamUnreachableError``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from psycopg.types.json import Jsonb

from ingram_desk.services.team.account_table import AccountTable
from ingram_desk.services.team.connection import TeamUnreachableError

__all__ = ["WATCH_CHANNEL", "TeamWatchStore"]

WATCH_CHANNEL = "ingram_desk_watch"


class TeamWatchStore(AccountTable):
    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._known: dict[str, dict[str, Any]] = {}
        self._unseen: dict[str, tuple[str, ...]] = {}
        #: why ``load`` gave the list last read ("": it is the team's current one)
        self.offline = ""

    def _write(self, order_number: str, sql: str, args: tuple[Any, ...]) -> int:
        """One change of the order's row, announced to every desk when it changed a row."""

        def write(c: Any) -> int:
            with c.transaction():
                changed = c.execute(sql, args).rowcount
                if changed:
                    c.execute("SELECT pg_notify(%s, %s)", (WATCH_CHANNEL,
                              f"{self.account}|{order_number}"))  # fmt: skip
            return int(changed)

        return self._run(write)

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
        self._write(
            order_number,
            "INSERT INTO watch_list(account, item_key, payload, added_by, changed_at)"
            " VALUES (%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING",
            (self.account, order_number, Jsonb({}), self.desk_id, self._now()),
        )

    def remove(self, order_number: str) -> None:
        self._write(
            order_number,
            "DELETE FROM watch_list WHERE account=%s AND item_key=%s",
            (self.account, order_number),
        )

    def put(
        self, order_number: str, old: dict[str, Any], new: dict[str, Any],
        changes: Sequence[str] = (),
    ) -> bool:  # fmt: skip
        """Record ``new`` if the snapshot is still ``old``; ``changes`` (none for the first
        snapshot) become a change every desk has not seen yet."""
        return bool(
            self._write(
                order_number,
                "UPDATE watch_list SET payload=%s, changed_at=%s,"
                " change_no=change_no + %s, changes=%s"
                " WHERE account=%s AND item_key=%s AND payload=%s",
                (Jsonb(new), self._now(), 1 if changes else 0, Jsonb(list(changes)),
                 self.account, order_number, Jsonb(old)),
            )
        )  # fmt: skip

    def note(self, order_number: str, changes: Sequence[str]) -> None:
        """A change a pushed document reported: the order is watched from now on, and the
        change is one nobody has seen yet."""
        self._write(
            order_number,
            "INSERT INTO watch_list(account, item_key, payload, added_by, changed_at,"
            " change_no, changes) VALUES (%s,%s,%s,%s,%s,1,%s)"
            " ON CONFLICT (account, item_key) DO UPDATE SET changed_at=excluded.changed_at,"
            " change_no=watch_list.change_no + 1, changes=excluded.changes",
            (self.account, order_number, Jsonb({}), self.desk_id, self._now(),
             Jsonb(list(changes))),
        )  # fmt: skip

    def unseen(self) -> dict[str, tuple[str, ...]]:
        """Watched orders whose latest change this desk has not shown yet, with what changed."""
        try:
            rows = self._run(
                lambda c: c.execute(
                    "SELECT w.item_key, w.changes FROM watch_list w LEFT JOIN watch_seen s"
                    " ON s.account=w.account AND s.item_key=w.item_key AND s.seen_by=%s"
                    " WHERE w.account=%s AND w.change_no > coalesce(s.seen_no, 0)",
                    (self.desk_id, self.account),
                ).fetchall()
            )
        except TeamUnreachableError as exc:
            self.offline = exc.one_line()
            return dict(self._unseen)
        self.offline = ""
        self._unseen = {r["item_key"]: tuple(map(str, r["changes"])) for r in rows}
        return dict(self._unseen)

    def mark_seen(self, order_number: str) -> None:
        """This desk has shown the watched order's changes to its user."""
        self._write(
            order_number,
            "INSERT INTO watch_seen(account, item_key, seen_by, seen_at, seen_no)"
            " SELECT account, item_key, %s, %s, change_no FROM watch_list"
            " WHERE account=%s AND item_key=%s ON CONFLICT (account, item_key, seen_by)"
            " DO UPDATE SET seen_at=excluded.seen_at, seen_no=excluded.seen_no",
            (self.desk_id, self._now(), self.account, order_number),
        )

    def seen_by(self, order_number: str) -> dict[str, bool]:
        """Each desk that has opened the order: True when it has seen its latest change."""
        rows = self._run(
            lambda c: c.execute(
                "SELECT s.seen_by, s.seen_no >= w.change_no AS latest FROM watch_seen s"
                " JOIN watch_list w USING (account, item_key)"
                " WHERE s.account=%s AND s.item_key=%s",
                (self.account, order_number),
            ).fetchall()
        )
        return {r["seen_by"]: bool(r["latest"]) for r in rows}
