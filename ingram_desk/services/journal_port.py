"""The one journal interface: the solo SQLite journal and the team PostgreSQL journal both keep it.

The ordering service, the command line and the window use only what is here, so the transports
(REST, XML) and the two stores stay interchangeable; one set of tests runs against both.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, Protocol

from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.services.journal_records import (
    Attempt,
    JournalEntry,
    JournalEvent,
    OrderState,
)

__all__ = ["DriverGate", "Journal"]


class DriverGate(Protocol):
    """Who may drive the outbox: one process per SQLite file, every desk of a team."""

    @property
    def held(self) -> bool: ...

    def try_acquire(self) -> bool: ...

    def release(self) -> None: ...


class Journal(Protocol):
    restore_note: str | None

    def get(self, draft_id: str) -> JournalEntry: ...

    def entries(self, states: Iterable[OrderState] | None = None) -> list[JournalEntry]: ...

    def due(self, at: datetime | None = None) -> list[JournalEntry]: ...

    def events(self, draft_id: str | None = None) -> list[JournalEvent]: ...

    def attempts(self, draft_id: str) -> list[Attempt]: ...

    def save_draft(self, draft: OrderDraft, draft_id: str | None = None) -> JournalEntry: ...

    def transition(
        self,
        draft_id: str,
        expected: OrderState | tuple[OrderState, ...],
        new: OrderState,
        reason: str,
        **fields: Any,
    ) -> JournalEntry: ...

    def update(self, draft_id: str, state: OrderState, **fields: Any) -> JournalEntry: ...

    def queue(self, draft_id: str, draft: OrderDraft) -> JournalEntry: ...

    def begin_attempt(self, draft_id: str, correlation_id: str) -> int: ...

    def end_attempt(
        self, attempt_id: int, outcome: str, http_status: int | None = None, error: str = ""
    ) -> None: ...

    def recover_in_flight(self) -> list[JournalEntry]: ...

    def driver_lock(self) -> DriverGate: ...

    def backup(self, max_age_hours: float | None = None) -> Any: ...

    def backup_if_healthy(self) -> Any: ...

    def close(self) -> None: ...
