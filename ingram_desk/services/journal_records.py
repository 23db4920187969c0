"""The order journal's records: an order's state, its entry, its events and send attempts, and the
journal's errors. Both journals (SQLite ``order_journal``, PostgreSQL ``team.pg_journal``) return
these, so the services and the window read one shape whichever journal a desk uses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from ingram_desk.domain.errors import IngramError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.order_draft import OrderDraft

__all__ = [
    "Attempt",
    "JournalEntry",
    "JournalError",
    "JournalEvent",
    "OrderState",
    "StaleStateError",
]


class OrderState(StrEnum):
    DRAFT = "draft"
    QUEUED = "queued"
    IN_FLIGHT = "in_flight"
    RECONCILING = "reconciling"
    PLACED = "placed"
    REJECTED = "rejected"
    NEEDS_ATTENTION = "needs_attention"

    @property
    def final(self) -> bool:
        return self in (OrderState.PLACED, OrderState.REJECTED)

    @property
    def label(self) -> str:
        """Plain words for the purchaser (in English; the UI shows ``state_text``)."""
        return {
            "draft": QT_TRANSLATE_NOOP("OrderState", "Draft"),
            "queued": QT_TRANSLATE_NOOP("OrderState", "Waiting to send"),
            "in_flight": QT_TRANSLATE_NOOP("OrderState", "Sending…"),
            "reconciling": QT_TRANSLATE_NOOP(
                "OrderState", "Ingram has not confirmed yet; checking"
            ),
            "placed": QT_TRANSLATE_NOOP("OrderState", "Placed"),
            "rejected": QT_TRANSLATE_NOOP("OrderState", "Rejected by Ingram (not placed)"),
            "needs_attention": QT_TRANSLATE_NOOP("OrderState", "Needs your attention"),
        }[self.value]


class JournalError(IngramError):
    kind = "journal"


class StaleStateError(JournalError):
    """A compare-and-set lost: the order was not in the expected state."""

    kind = "stale_state"


@dataclass(frozen=True, slots=True)
class JournalEntry:
    draft_id: str
    customer_po: str
    state: OrderState
    draft: OrderDraft
    frozen_body: bytes | None
    attempts: int
    resends: int
    checks: int
    preflight_done: bool
    next_action_at: datetime | None
    unknown_since: datetime | None
    ingram_order_numbers: tuple[str, ...]
    last_error: str | None
    created_at: datetime
    updated_at: datetime
    # in a team: who wrote the draft (the desk's name; "" on a solo desk); False while it is
    # its author's private draft (listed only on the author's desk); written on this desk
    # (always, on a solo desk): only its author may make a draft private
    author: str = ""
    shared: bool = True
    mine: bool = True
    # a team desk's draft kept in its own file while the team database was out of reach
    # (``team.offline.DraftsKeptOffline``): it joins the team once the database is back
    on_desk: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "draft_id": self.draft_id,
            "customer_po": self.customer_po,
            "state": self.state.value,
            "ingram_order_numbers": list(self.ingram_order_numbers),
            "attempts": self.attempts,
            "last_error": self.last_error,
            "next_action_at": self.next_action_at.isoformat() if self.next_action_at else None,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class JournalEvent:
    draft_id: str
    from_state: OrderState | None
    to_state: OrderState
    reason: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Attempt:
    id: int
    draft_id: str
    correlation_id: str
    started_at: datetime
    ended_at: datetime | None
    outcome: str | None
    http_status: int | None
    error: str | None
