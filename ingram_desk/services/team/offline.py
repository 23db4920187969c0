"""While the team database cannot be reached: the desk keeps drafts in a local file and sends
nothing, because no PO can be claimed in the team's PO registry. When the database is back,
``catch_up`` moves each draft into the team journal (claiming its PO there); a draft whose PO a
colleague took meanwhile stays on the desk with the reason, so no draft is ever lost and no PO is
ever used twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ingram_desk.domain.errors import IngramError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.services.journal_port import Journal
from ingram_desk.services.order_journal import (
    JournalEntry,
    JournalError,
    OrderJournal,
    OrderState,
)
from ingram_desk.services.team.connection import TeamUnreachableError

__all__ = ["OFFLINE_FILE", "OfflineJournal", "catch_up"]

OFFLINE_FILE = "team-offline-drafts.sqlite3"


class OfflineJournal(OrderJournal):
    """The desk's own journal file, for drafts only, until the team database is back."""

    def __init__(self, path: Path, reason: IngramError | str, **kw: Any) -> None:
        super().__init__(path, **kw)
        self.offline_reason = reason
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS moved_to_team (draft_id TEXT PRIMARY KEY"
            " REFERENCES orders(draft_id), team_draft_id TEXT NOT NULL, at TEXT NOT NULL)"
        )

    def _refuse(self) -> TeamUnreachableError:
        return TeamUnreachableError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{reason}. The order stays a draft on this desk; nothing is sent until its PO can"
                " be claimed in the team database.",
            ),
            values={"reason": self.offline_reason},
        )

    def queue(self, draft_id: str, draft: OrderDraft) -> JournalEntry:
        raise self._refuse()

    def begin_attempt(self, draft_id: str, correlation_id: str) -> int:
        raise self._refuse()

    def entries(self, states: Iterable[OrderState] | None = None) -> list[JournalEntry]:
        moved = {r[0] for r in self._db.execute("SELECT draft_id FROM moved_to_team")}
        return [e for e in super().entries(states) if e.draft_id not in moved]

    def mark_moved(self, draft_id: str, team_draft_id: str) -> None:
        self._db.execute(
            "INSERT INTO moved_to_team(draft_id, team_draft_id, at) VALUES (?,?,?)",
            (draft_id, team_draft_id, self._now().isoformat()),
        )


def catch_up(offline: OfflineJournal, team: Journal) -> tuple[list[JournalEntry], list[str]]:
    """Move the desk's offline drafts into the team journal: (moved, kept with the reason)."""
    moved: list[JournalEntry] = []
    kept: list[str] = []
    for entry in offline.entries((OrderState.DRAFT,)):
        try:
            new = team.save_draft(entry.draft)
        except JournalError as exc:
            kept.append(
                f"draft with PO {entry.customer_po} stays on this desk: {exc.one_line()}"
                " (change its PO to send it)"
            )
            continue
        offline.mark_moved(entry.draft_id, new.draft_id)
        moved.append(new)
    return moved, kept
