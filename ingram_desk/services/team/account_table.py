"""What the team's per-account tables besides the journal (address book, watch list) share: they
hold no connection of their own but go through the desk's team journal's (``PgJournal.run``).
So they connect where, and when, the journal does: in the window a lost connection is re-opened
by the journal's worker thread and a call meanwhile fails at once (``TeamUnreachableError``),
so the GUI thread never waits on the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

__all__ = ["AccountTable", "TeamConnection"]

T = TypeVar("T")


class TeamConnection(Protocol):
    """The desk's way to the team database (``PgJournal``)."""

    account: str
    desk_id: str

    def run(self, fn: Callable[[Any], T], done: Callable[[Any], T | None] | None = None) -> T: ...


class AccountTable:
    def __init__(self, team: TeamConnection, *, now: Callable[[], datetime] | None = None) -> None:
        self.team = team
        self.account = team.account
        self.desk_id = team.desk_id
        self._now = now or (lambda: datetime.now(UTC))

    def _run(self, fn: Callable[[Any], T]) -> T:
        return self.team.run(fn)
