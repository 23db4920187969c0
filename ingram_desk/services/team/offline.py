"""While the team database cannot be reached: the desk keeps drafts in a local file and sends
nothing, because no PO can be claimed in the team's PO registry. When the database is back,
``catch_up`` moves each draft into the team journal (claiming its PO there); a draft whose PO a
colleague took meanwhile stays on the desk with the reason, so no draft is ever lost and no PO is
ever used twice.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ingram_desk.domain.errors import IngramError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.domain.phrase import JournalTexts
from ingram_desk.services.journal_port import Journal
from ingram_desk.services.journal_records import (
    JournalEntry,
    JournalError,
    OrderState,
    StaleStateError,
)
from ingram_desk.services.order_journal import OrderJournal
from ingram_desk.services.team.connection import TeamUnreachableError

__all__ = ["OFFLINE_FILE", "DraftsKeptOffline", "OfflineJournal", "catch_up", "catch_up_file"]

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
        # a draft of this file that is an edit of the team's draft ``team_draft_id``: it
        # updates that draft at catch-up instead of joining as a new one
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS edit_of_team (draft_id TEXT PRIMARY KEY"
            " REFERENCES orders(draft_id), team_draft_id TEXT NOT NULL)"
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

    def moved_to(self, draft_id: str) -> str | None:
        """The team's id of a draft that moved there (None: it did not, or is not this file's)."""
        row = self._db.execute(
            "SELECT team_draft_id FROM moved_to_team WHERE draft_id=?", (draft_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def holds(self, draft_id: str) -> bool:
        """Whether ``draft_id`` is a draft of this file that has not moved to the team."""
        row = self._db.execute("SELECT 1 FROM orders WHERE draft_id=?", (draft_id,)).fetchone()
        return row is not None and self.moved_to(draft_id) is None

    def keep_edit(self, team_draft_id: str, draft: OrderDraft) -> JournalEntry:
        """Keep an edit of the team's draft ``team_draft_id`` until catch-up."""
        entry = self.save_draft(draft)
        self._db.execute(
            "INSERT INTO edit_of_team(draft_id, team_draft_id) VALUES (?,?)",
            (entry.draft_id, team_draft_id),
        )
        return entry

    def edit_of(self, draft_id: str) -> str | None:
        """The team draft that ``draft_id`` edits (None: a new draft)."""
        row = self._db.execute(
            "SELECT team_draft_id FROM edit_of_team WHERE draft_id=?", (draft_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def pending_edits(self) -> dict[str, str]:
        """Team draft id → this file's edit of it, for the edits not yet caught up."""
        rows = self._db.execute(
            "SELECT team_draft_id, draft_id FROM edit_of_team"
            " WHERE draft_id NOT IN (SELECT draft_id FROM moved_to_team)"
        )
        return {str(r[0]): str(r[1]) for r in rows}

    def unlink_edit(self, draft_id: str) -> None:
        """The team draft is no longer a draft: the edit stays here as a draft of its own."""
        self._db.execute("DELETE FROM edit_of_team WHERE draft_id=?", (draft_id,))

    def mark_moved(self, draft_id: str, team_draft_id: str) -> None:
        self._db.execute(
            "INSERT INTO moved_to_team(draft_id, team_draft_id, at) VALUES (?,?,?)",
            (draft_id, team_draft_id, self._now().isoformat()),
        )


def catch_up(offline: OfflineJournal, team: Journal) -> tuple[list[JournalEntry], list[str]]:
    """Move the desk's offline drafts into the team journal: (moved, kept with the reason). An
    edit of a team draft updates it by id; if that draft was submitted or deleted meanwhile,
    the edit stays on the desk as a draft of its own (never a duplicate, never lost)."""
    moved: list[JournalEntry] = []
    kept: list[str] = []
    for entry in offline.entries((OrderState.DRAFT,)):
        team_draft_id = offline.edit_of(entry.draft_id)
        try:
            new = team.save_draft(entry.draft, team_draft_id)
        except TeamUnreachableError:  # gone again: the rest waits for the next catch-up
            raise
        except StaleStateError:  # the team's draft is no longer a draft
            offline.unlink_edit(entry.draft_id)
            kept.append(
                JournalTexts.tr(
                    "edit of draft {po} stays on this desk: a colleague submitted or deleted it"
                    " (change its PO to send it)",
                    po=entry.customer_po,
                )
            )
            continue
        except JournalError as exc:
            kept.append(
                JournalTexts.tr(
                    "draft with PO {po} stays on this desk: {error} (change its PO to send it)",
                    po=entry.customer_po,
                    error=exc.phrase(),
                )
            )
            continue
        offline.mark_moved(entry.draft_id, new.draft_id)
        moved.append(new)
    return moved, kept


def catch_up_file(path: Path, team: Journal) -> tuple[list[str], list[str]]:
    """Back online: the offline drafts in ``path`` join the team journal; what moved, and what
    stayed with the reason, one line each (the command line and the window catch up here)."""
    if not path.exists():
        return [], []
    with OfflineJournal(path, "") as local:
        moved, kept = catch_up(local, team)
    return [f"draft PO {e.customer_po} moved to the team journal" for e in moved], kept


def _on_desk(entry: JournalEntry) -> JournalEntry:
    return dataclasses.replace(entry, on_desk=True)


class DraftsKeptOffline:
    """The window's team journal with the desk's offline file beside it. A new draft, or an
    edit of a team draft, saved while the team database is not joined or unreachable goes
    into the file (listed with ``on_desk``) instead of waiting in the form, where closing the
    app lost it; its edits stay there until ``catch_up`` (on the worker thread, once the desk has joined or
    re-joined) moves it, after which its offline id stands for its team id. Nothing of the
    file is ever queued. Everything else is the team journal's."""

    def __init__(self, team: Journal, path: Path) -> None:
        self.team = team
        self.path = path
        #: offline drafts wait for a catch-up (set by an offline save; cleared by ``catch_up``)
        self.waiting = path.exists()
        self._moving = threading.Lock()  # an edit never lands in the file while it moves
        self._listed: list[JournalEntry] = []  # the team's list as last read

    def __getattr__(self, name: str) -> Any:
        return getattr(self.team, name)

    def _local(self, reason: IngramError | str = "") -> OfflineJournal | None:
        return OfflineJournal(self.path, reason) if self.path.exists() else None

    def save_draft(self, draft: OrderDraft, draft_id: str | None = None) -> JournalEntry:
        with self._moving:
            local = self._local() if draft_id is not None else None
            if local is not None and draft_id is not None:
                with local:
                    if local.holds(draft_id):
                        self.waiting = True
                        return _on_desk(local.save_draft(draft, draft_id))
                    draft_id = local.moved_to(draft_id) or draft_id
                    pending = local.pending_edits().get(draft_id)
                    if pending is not None:  # the team draft's edit kept here: edited again
                        self.waiting = True
                        return _on_desk(local.save_draft(draft, pending))
            try:
                return self.team.save_draft(draft, draft_id)
            except TeamUnreachableError as exc:
                with OfflineJournal(self.path, exc) as kept:
                    self.waiting = True
                    if draft_id is None:
                        return _on_desk(kept.save_draft(draft))
                    return _on_desk(kept.keep_edit(draft_id, draft))  # updates it at catch-up

    def get(self, draft_id: str) -> JournalEntry:
        local = self._local()
        if local is not None:
            with local:
                if local.holds(draft_id):
                    return _on_desk(local.get(draft_id))
                pending = local.pending_edits().get(draft_id)
                if pending is not None:
                    return _on_desk(local.get(pending))
                draft_id = local.moved_to(draft_id) or draft_id
        return self.team.get(draft_id)

    def entries(self, states: Iterable[OrderState] | None = None) -> list[JournalEntry]:
        """The team's entries and the desk's offline drafts; while the team database is out
        of reach and the desk holds offline drafts, the team's as last read beside them."""
        states = None if states is None else tuple(states)
        local = self._local()
        kept: list[JournalEntry] = []
        edited: dict[str, str] = {}
        if local is not None:
            with local:
                kept = [_on_desk(e) for e in local.entries(states)]
                edited = local.pending_edits()

        def team_side(listed: list[JournalEntry]) -> list[JournalEntry]:
            # a team draft with an edit kept on this desk is listed once: as the edit
            return [e for e in listed if not (e.state is OrderState.DRAFT and e.draft_id in edited)]

        try:
            listed = self.team.entries(states)
        except TeamUnreachableError:
            if not kept or states is not None:
                raise
            return team_side(self._listed) + kept
        if states is None:
            self._listed = listed
        return team_side(listed) + kept

    def queue(self, draft_id: str, draft: OrderDraft) -> JournalEntry:
        local = self._local()
        if local is not None:
            with local:
                if local.holds(draft_id):
                    return local.queue(draft_id, draft)  # refused: no PO claimed yet
                draft_id = local.moved_to(draft_id) or draft_id
        return self.team.queue(draft_id, draft)

    def catch_up(self) -> tuple[list[str], list[str]]:
        """Move the offline drafts into the team journal (off the GUI thread): what moved, and
        what stayed with the reason, one line each."""
        with self._moving:
            self.waiting = False
            try:
                return catch_up_file(self.path, self.team)
            except TeamUnreachableError:  # lost again meanwhile: tried again once re-joined
                self.waiting = True
                return [], []
