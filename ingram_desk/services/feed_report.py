"""What the feeds tell: each feed's outcome of a run, a run's report (``SyncReport``, also the
``--json`` of ``feeds sync``), and each feed's status (age, last run, next run, overdue) as the
status bar and ``feeds status`` show it. Plain data, kept apart from the schedule and transfers
of ``feed_service``; an error's values are kept as JSON keeps them (``plain_values``) so a stored
error is shown later in the clerk's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ingram_desk.domain.phrase import from_stored, stored
from ingram_desk.feeds.errors import FeedError

__all__ = [
    "OK_STATUSES",
    "FeedOutcome",
    "FeedStatus",
    "SyncReport",
    "iso_time",
    "phrased_values",
    "plain_values",
]

#: outcome statuses; the first three are successes
OK_STATUSES = ("imported", "skipped", "downloaded")


def iso_time(when: datetime | None) -> str | None:
    return when.isoformat() if when else None


def plain_values(values: dict[str, object]) -> dict[str, Any]:
    """An error's values as JSON keeps them: numbers stay numbers, a phrase its template (so
    the status shows it in the clerk's language later), anything else its text."""
    return {
        k: stored(v) if isinstance(v, str) else v if v is None or isinstance(v, int | float)
        else format(v)
        for k, v in values.items()
    }  # fmt: skip


def phrased_values(values: dict[str, Any]) -> dict[str, Any]:
    """Stored values as ``plain_values`` kept them: phrases again."""
    return {k: from_stored(v) if isinstance(v, str) else v for k, v in values.items()}


@dataclass
class FeedOutcome:
    kind: str
    status: str  #: imported, skipped, downloaded, missing, refused, failed
    remote_name: str | None = None
    size: int | None = None
    resumed_from: int | None = None
    rows: int | None = None
    message: str = ""
    remedy: str = ""
    error_kind: str | None = None
    file: str | None = None
    # ``message`` and ``remedy`` as marked English templates with their values, so the UI
    # shows them in the user's language (``ui.domain_texts.template_text``)
    template: str = ""
    remedy_template: str = ""
    values: dict[str, Any] = field(default_factory=dict)
    #: refused again without a transfer: the server still offers the very file the sanity
    #: check refused (the window said why then; an automatic run does not say it again)
    unchanged: bool = False

    @property
    def ok(self) -> bool:
        return self.status in OK_STATUSES

    def as_dict(self) -> dict[str, Any]:
        return {
            "feed": self.kind, "status": self.status, "ok": self.ok,
            "remote_name": self.remote_name, "size": self.size,
            "resumed_from": self.resumed_from, "rows": self.rows, "message": self.message,
            "remedy": self.remedy, "error": self.error_kind, "file": self.file,
            "unchanged": self.unchanged,
        }  # fmt: skip

    @classmethod
    def failed(cls, kind: str, exc: FeedError, status: str = "failed") -> FeedOutcome:
        return cls(kind, status, message=exc.message, remedy=exc.remedial_action,
                   error_kind=exc.kind, template=exc.template,
                   remedy_template=exc.remedy_template, values=plain_values(exc.values))  # fmt: skip


@dataclass
class SyncReport:
    started: datetime
    finished: datetime
    outcomes: list[FeedOutcome] = field(default_factory=list)
    changes: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(o.ok for o in self.outcomes)

    def errors(self) -> list[FeedOutcome]:
        return [o for o in self.outcomes if not o.ok]

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "started": self.started.isoformat(),
            "finished": self.finished.isoformat(),
            "feeds": [o.as_dict() for o in self.outcomes],
            "changes": self.changes,
        }


@dataclass(frozen=True)
class FeedStatus:
    kind: str
    enabled: bool
    data_time: datetime | None  #: the remote time of the file now live
    age_seconds: float | None
    last_attempt: datetime | None
    last_outcome: str | None
    last_message: str
    next_run: datetime | None
    overdue: bool
    due_now: bool = False  #: the next run would fetch it (its time has come, or a retry)
    # ``last_message`` as its marked template and values (empty for a state file of before)
    last_template: str = ""
    last_values: dict[str, Any] = field(default_factory=dict)

    def age(self) -> tuple[int, str] | None:
        """The data's age as (amount, "min" | "h" | "d"), None if never fetched (the UI words
        it in the user's language, ``age_text`` in English)."""
        if self.age_seconds is None:
            return None
        minutes = self.age_seconds / 60
        if minutes < 90:
            return max(0, round(minutes)), "min"
        if minutes < 48 * 60:
            return round(minutes / 60), "h"
        return round(minutes / 1440), "d"

    def age_text(self) -> str:
        """``stock 2 h old``, ``price 35 min old``, ``price never fetched``."""
        age = self.age()
        if age is None:
            return f"{self.kind} never fetched"
        return f"{self.kind} {age[0]} {age[1]} old"

    def as_dict(self) -> dict[str, Any]:
        return {
            "feed": self.kind, "enabled": self.enabled, "data_time": iso_time(self.data_time),
            "age_seconds": None if self.age_seconds is None else round(self.age_seconds),
            "age": self.age_text(), "last_attempt": iso_time(self.last_attempt),
            "last_outcome": self.last_outcome, "last_message": self.last_message,
            "next_run": iso_time(self.next_run), "overdue": self.overdue, "due_now": self.due_now,
        }  # fmt: skip
