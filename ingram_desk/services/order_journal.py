"""The order journal: one SQLite file (WAL, ``synchronous=FULL``) that makes every order durable.

States: draft → queued → in_flight → placed / rejected / needs_attention, and in_flight →
reconciling when the outcome is unknown. Every transition is a compare-and-set
(``UPDATE … WHERE state IN (…)``) committed before the caller acts on it, and is appended to the
``events`` audit table (rows are never deleted). ``begin_attempt`` commits the in-flight state
and the attempt row *before* the first byte is sent; ``recover_in_flight`` turns anything found
in flight at start into reconciling, never back into queued.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.domain.phrase import JournalTexts, from_stored, stored
from ingram_desk.paths import private_file
from ingram_desk.services.journal_records import (
    Attempt,
    JournalEntry,
    JournalError,
    JournalEvent,
    OrderState,
    StaleStateError,
)

if TYPE_CHECKING:
    from ingram_desk.services.driver_lock import DriverLock

__all__ = [
    "Attempt",
    "JournalEntry",
    "JournalError",
    "JournalEvent",
    "OrderJournal",
    "OrderState",
    "StaleStateError",
]

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (
    draft_id TEXT PRIMARY KEY,
    customer_po TEXT NOT NULL UNIQUE CHECK (length(customer_po) BETWEEN 1 AND 35),
    state TEXT NOT NULL,
    draft_json TEXT NOT NULL,
    frozen_body BLOB,
    frozen_sha256 TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    resends INTEGER NOT NULL DEFAULT 0,
    checks INTEGER NOT NULL DEFAULT 0,
    preflight_done INTEGER NOT NULL DEFAULT 0,
    next_action_at TEXT,
    unknown_since TEXT,
    ingram_order_numbers TEXT NOT NULL DEFAULT '[]',
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY,
    draft_id TEXT NOT NULL REFERENCES orders(draft_id),
    correlation_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    outcome TEXT,
    http_status INTEGER,
    error TEXT
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    draft_id TEXT NOT NULL REFERENCES orders(draft_id),
    from_state TEXT,
    to_state TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS orders_state ON orders(state);
CREATE TRIGGER IF NOT EXISTS events_append_only BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
"""


# how long opening waits out another process's switch of a new journal to WAL
_OPEN_PATIENCE_S = 10.0


def _ts(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class OrderJournal:
    """Owns one writer connection; use from one thread (the event loop's)."""

    def __init__(self, path: Path, *, now: Callable[[], datetime] | None = None) -> None:
        self.path = path
        self._now = now or (lambda: datetime.now(UTC))
        #: set when a damaged journal was set aside and restored from its backup (words for the
        #: purchaser: what happened and which orders to check at Ingram)
        self.restore_note: str | None = None
        problem = self._open()
        if problem is not None:
            self._restore(problem)

    def _open(self) -> str | None:
        """Open and check the file; returns what is wrong with it (None: healthy). Two
        processes opening a new journal at once can meet in SQLite's switch to WAL, where it
        answers "locked" at once instead of waiting (a deadlock it refuses): tried again for
        a few seconds before the journal is called locked."""
        deadline = time.monotonic() + _OPEN_PATIENCE_S
        while True:
            try:
                return self._open_once()
            except JournalError:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.05)

    def _open_once(self) -> str | None:
        path = self.path
        private_file(path, create=True)  # SQLite gives its -wal/-shm the same mode
        for side in ("-wal", "-shm"):
            private_file(path.with_name(path.name + side))
        self._db = sqlite3.connect(path, isolation_level=None, timeout=5.0)
        self._db.row_factory = sqlite3.Row
        try:
            for pragma in (
                "journal_mode=WAL",
                "synchronous=FULL",
                "foreign_keys=ON",
                "busy_timeout=5000",
            ):
                self._db.execute(f"PRAGMA {pragma}")
            check = self._db.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                self._db.close()
                return str(check)
            self._db.executescript(_SCHEMA)
            behind = self._behind_backup()
            if behind is not None:
                self._db.close()
                return behind
        except sqlite3.DatabaseError as exc:
            self._db.close()
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise JournalError(
                    f"The order journal {path.name} is locked by another program"
                ) from None
            return str(exc)
        return None

    def _behind_backup(self) -> str | None:
        """What the backup holds that the journal lost (None: nothing). The backup is a copy of
        this file, so it can never be ahead of it, unless committed transactions went missing:
        a journal copied without its ``-wal`` file passes ``quick_check`` but is older than its
        backup. The audit trail is append-only, so its last event and the orders tell."""
        backup = self.backup_path
        if not backup.exists():
            return None
        try:
            with closing(sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)) as b:
                last = b.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
                kept = {r[0] for r in b.execute("SELECT draft_id FROM orders")}
        except sqlite3.DatabaseError:
            return None  # a damaged backup is said when (if ever) it is needed
        here = self._db.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
        mine = {r[0] for r in self._db.execute("SELECT draft_id FROM orders")}
        if last <= here and kept <= mine:
            return None
        return (
            f"older than its own backup: {len(kept - mine)} order(s) and {max(0, last - here)}"
            " change(s) missing, as when it is copied without its -wal file"
        )

    def _restore(self, problem: str) -> None:
        """Set the damaged file aside and reopen from the backup; every order that was queued
        or in flight is then checked at Ingram by PO before anything is sent again."""
        path, backup = self.path, self.backup_path
        if not backup.exists():
            raise JournalError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The order journal {path} is damaged ({problem}) and there is no backup to"
                    " restore. It was left as it is; nothing was sent.",
                ),
                remedial_action=QT_TRANSLATE_NOOP(
                    "Errors", "Keep the file for support; check Ingram's order search."
                ),
                values={"path": path, "problem": problem},
            )
        stamp = self._now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.damaged-{stamp}")
        for side in ("", "-wal", "-shm"):
            src = path.with_name(path.name + side)
            if src.exists():
                os.replace(src, aside.with_name(aside.name + side))
        taken = datetime.fromtimestamp(backup.stat().st_mtime).astimezone()
        source = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
        private_file(path, create=True)
        dest = sqlite3.connect(path)
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
        again = self._open()
        if again is not None:
            raise JournalError(
                f"The order journal {path.name} is damaged ({problem}) and so is its backup"
                f" ({again}); the damaged file is at {aside}."
            )
        unsure = self.entries((OrderState.QUEUED, OrderState.IN_FLIGHT))
        now = self._now()
        for entry in unsure:
            self.transition(
                entry.draft_id,
                entry.state,
                OrderState.RECONCILING,
                JournalTexts.tr(
                    "journal restored from the backup of {taken}; checking Ingram before any send",
                    taken=f"{taken:%Y-%m-%d %H:%M}",
                ),
                unknown_since=now,
                next_action_at=now,
                checks=0,
            )
        pos = ", ".join(e.customer_po for e in unsure[:10]) + (" …" if len(unsure) > 10 else "")
        self.restore_note = (
            f"The order journal was damaged ({problem}). It was set aside as {aside.name} and"
            f" restored from the backup of {taken:%Y-%m-%d %H:%M}. Check Ingram's order search"
            " for orders placed after that time"
            + (
                f"; {len(unsure)} unsent order(s) are being checked at Ingram before any"
                f" send: {pos}."
                if unsure
                else "."
            )
        )
        log.warning("%s", self.restore_note)

    @property
    def backup_path(self) -> Path:
        return self.path.with_name(self.path.stem + ".backup" + self.path.suffix)

    def backup(self, max_age_hours: float | None = None) -> Path | None:
        """Copy the journal to ``backup_path`` with SQLite's online backup (a consistent copy).

        With ``max_age_hours``, only when the last backup is older than that (call at start).
        Returns the backup's path, or None when a fresh enough one exists.
        """
        target = self.backup_path
        if max_age_hours is not None and target.exists():
            age = self._now().timestamp() - target.stat().st_mtime
            if age < max_age_hours * 3600:
                return None
        # One temp file per process: two processes starting (or closing) at once must not
        # unlink the copy the other is writing (SQLite then fails with "disk I/O error").
        tmp = target.with_name(f"{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
        try:
            private_file(tmp, create=True)
            dest = sqlite3.connect(tmp)
            try:
                self._db.backup(dest)
            finally:
                dest.close()
            tmp.replace(target)
        except (sqlite3.Error, OSError) as exc:  # a missed backup never stops an order
            log.warning("order journal backup skipped: %s", exc)
            tmp.unlink(missing_ok=True)
            return None
        return target

    def backup_if_healthy(self) -> Path | None:
        """A fresh backup at the end of a session, unless the journal fails its quick check
        (a damaged file must never overwrite the last good backup)."""
        try:
            if self._db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return None
            return self.backup()
        except sqlite3.Error as exc:
            log.warning("order journal backup skipped: %s", exc)
            return None

    def close(self) -> None:
        self._db.close()

    def driver_lock(self) -> DriverLock:
        """One outbox driver per journal file across processes (reliability §1.7 rule 6)."""
        from ingram_desk.services.driver_lock import DriverLock

        return DriverLock(self.path)

    def __enter__(self) -> OrderJournal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- reading ------------------------------------------------------------------------
    def _entry(self, row: sqlite3.Row) -> JournalEntry:
        return JournalEntry(
            row["draft_id"],
            row["customer_po"],
            OrderState(row["state"]),
            OrderDraft.from_json(row["draft_json"]),
            row["frozen_body"],
            row["attempts"],
            row["resends"],
            row["checks"],
            bool(row["preflight_done"]),
            _ts(row["next_action_at"]),
            _ts(row["unknown_since"]),
            tuple(json.loads(row["ingram_order_numbers"])),
            from_stored(row["last_error"]),
            _ts(row["created_at"]),  # type: ignore[arg-type]
            _ts(row["updated_at"]),  # type: ignore[arg-type]
        )

    def get(self, draft_id: str) -> JournalEntry:
        row = self._db.execute("SELECT * FROM orders WHERE draft_id=?", (draft_id,)).fetchone()
        if row is None:
            raise JournalError(
                QT_TRANSLATE_NOOP("Errors", "No order {draft_id} in the journal"),
                values={"draft_id": draft_id},
            )
        return self._entry(row)

    def entries(self, states: Iterable[OrderState] | None = None) -> list[JournalEntry]:
        sql, args = "SELECT * FROM orders", ()
        if states is not None:
            wanted = tuple(s.value for s in states)
            sql += f" WHERE state IN ({','.join('?' * len(wanted))})"
            args = wanted  # type: ignore[assignment]
        rows = self._db.execute(sql + " ORDER BY created_at, rowid", args).fetchall()
        return [self._entry(r) for r in rows]

    def due(self, at: datetime | None = None) -> list[JournalEntry]:
        """Queued or reconciling orders whose next action time has come."""
        at = at or self._now()
        return [
            e
            for e in self.entries((OrderState.QUEUED, OrderState.RECONCILING))
            if e.next_action_at is None or e.next_action_at <= at
        ]

    def events(self, draft_id: str | None = None) -> list[JournalEvent]:
        sql = "SELECT * FROM events" + (" WHERE draft_id=?" if draft_id else "") + " ORDER BY id"
        rows = self._db.execute(sql, (draft_id,) if draft_id else ()).fetchall()
        return [
            JournalEvent(
                r["draft_id"],
                OrderState(r["from_state"]) if r["from_state"] else None,
                OrderState(r["to_state"]),
                from_stored(r["reason"]) or "",
                _ts(r["at"]),  # type: ignore[arg-type]
            )
            for r in rows
        ]

    def attempts(self, draft_id: str) -> list[Attempt]:
        rows = self._db.execute(
            "SELECT * FROM attempts WHERE draft_id=? ORDER BY id", (draft_id,)
        ).fetchall()
        return [
            Attempt(
                r["id"],
                r["draft_id"],
                r["correlation_id"],
                _ts(r["started_at"]),  # type: ignore[arg-type]
                _ts(r["ended_at"]),
                r["outcome"],
                r["http_status"],
                r["error"],
            )
            for r in rows
        ]

    # ---- writing --------------------------------------------------------------------------
    def _tx(self) -> _Tx:
        return _Tx(self._db)

    def _event(self, draft_id: str, old: str | None, new: str, reason: str, at: str) -> None:
        self._db.execute(
            "INSERT INTO events(draft_id, from_state, to_state, reason, at) VALUES (?,?,?,?,?)",
            (draft_id, old, new, stored(reason), at),
        )

    def save_draft(self, draft: OrderDraft, draft_id: str | None = None) -> JournalEntry:
        """Insert a new draft, or overwrite one that is still a draft (autosave)."""
        now = self._now().isoformat()
        po = draft.customer_po.strip()
        with self._tx():
            clash = self._db.execute(
                "SELECT draft_id, state FROM orders WHERE customer_po=? COLLATE NOCASE", (po,)
            ).fetchone()
            if clash is not None and clash["draft_id"] != draft_id:
                raise JournalError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "PO {po} is already used by another order in the journal ({state})",
                    ),
                    values={"po": po, "state": clash["state"]},
                )
            if draft_id is None:
                draft_id = uuid.uuid4().hex
                self._db.execute(
                    "INSERT INTO orders(draft_id, customer_po, state, draft_json, created_at,"
                    " updated_at) VALUES (?,?,?,?,?,?)",
                    (draft_id, po, OrderState.DRAFT.value, draft.to_json(), now, now),
                )
                self._event(
                    draft_id, None, OrderState.DRAFT.value, JournalTexts.tr("draft created"), now
                )
            else:
                cur = self._db.execute(
                    "UPDATE orders SET customer_po=?, draft_json=?, updated_at=?"
                    " WHERE draft_id=? AND state=?",
                    (po, draft.to_json(), now, draft_id, OrderState.DRAFT.value),
                )
                if cur.rowcount != 1:
                    raise StaleStateError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "Only a draft can be edited; this order was submitted"
                        )
                    )
        return self.get(draft_id)

    def transition(
        self,
        draft_id: str,
        expected: OrderState | tuple[OrderState, ...],
        new: OrderState,
        reason: str,
        **fields: Any,
    ) -> JournalEntry:
        """Compare-and-set ``expected`` → ``new`` with extra column updates, plus an audit row."""
        expected_t = expected if isinstance(expected, tuple) else (expected,)
        now = self._now().isoformat()
        cols = {"state": new.value, "updated_at": now}
        for key, value in fields.items():
            if key == "ingram_order_numbers":
                value = json.dumps(list(value))
            elif isinstance(value, datetime):
                value = value.isoformat()
            cols[key] = stored(value) if key == "last_error" else value
        sets = ", ".join(f"{k}=?" for k in cols)
        marks = ",".join("?" * len(expected_t))
        with self._tx():
            old = self._db.execute(
                "SELECT state FROM orders WHERE draft_id=?", (draft_id,)
            ).fetchone()
            cur = self._db.execute(
                f"UPDATE orders SET {sets} WHERE draft_id=? AND state IN ({marks})",
                (*cols.values(), draft_id, *(s.value for s in expected_t)),
            )
            if cur.rowcount != 1:
                raise StaleStateError(
                    QT_TRANSLATE_NOOP("Errors", "Order {draft_id} is {state}, not {expected}"),
                    values={
                        "draft_id": draft_id,
                        "state": old["state"] if old else "missing",
                        "expected": "/".join(s.value for s in expected_t),
                    },
                )
            if old["state"] != new.value or reason:
                self._event(draft_id, old["state"], new.value, reason, now)
        return self.get(draft_id)

    def update(self, draft_id: str, state: OrderState, **fields: Any) -> JournalEntry:
        """Change bookkeeping columns without a state change (no audit row)."""
        now = self._now().isoformat()
        cols: dict[str, Any] = {"updated_at": now}
        for key, value in fields.items():
            cols[key] = value.isoformat() if isinstance(value, datetime) else value
        if "last_error" in cols:
            cols["last_error"] = stored(cols["last_error"])
        sets = ", ".join(f"{k}=?" for k in cols)
        with self._tx():
            cur = self._db.execute(
                f"UPDATE orders SET {sets} WHERE draft_id=? AND state=?",
                (*cols.values(), draft_id, state.value),
            )
            if cur.rowcount != 1:
                raise StaleStateError(
                    QT_TRANSLATE_NOOP("Errors", "Order {draft_id} is no longer {state}"),
                    values={"draft_id": draft_id, "state": state.value},
                )
        return self.get(draft_id)

    def queue(self, draft_id: str, draft: OrderDraft) -> JournalEntry:
        """Freeze the exact bytes and lock the PO: draft → queued."""
        body = draft.frozen_bytes()
        return self.transition(
            draft_id,
            OrderState.DRAFT,
            OrderState.QUEUED,
            JournalTexts.tr("submitted by the user"),
            draft_json=draft.to_json(),
            customer_po=draft.customer_po.strip(),
            frozen_body=body,
            frozen_sha256=hashlib.sha256(body).hexdigest(),
            next_action_at=None,
        )

    def begin_attempt(self, draft_id: str, correlation_id: str) -> int:
        """queued → in_flight and a new attempt row, committed durably before anything is sent."""
        now = self._now().isoformat()
        with self._tx():
            cur = self._db.execute(
                "UPDATE orders SET state=?, attempts=attempts+1, updated_at=?"
                " WHERE draft_id=? AND state=?",
                (OrderState.IN_FLIGHT.value, now, draft_id, OrderState.QUEUED.value),
            )
            if cur.rowcount != 1:
                raise StaleStateError(
                    QT_TRANSLATE_NOOP("Errors", "Order {draft_id} is not queued; not sending it"),
                    values={"draft_id": draft_id},
                )
            self._event(
                draft_id,
                OrderState.QUEUED.value,
                OrderState.IN_FLIGHT.value,
                JournalTexts.tr(
                    "sending (correlation id {correlation_id})", correlation_id=correlation_id
                ),
                now,
            )
            attempt = self._db.execute(
                "INSERT INTO attempts(draft_id, correlation_id, started_at) VALUES (?,?,?)",
                (draft_id, correlation_id, now),
            )
        return int(attempt.lastrowid or 0)

    def end_attempt(
        self, attempt_id: int, outcome: str, http_status: int | None = None, error: str = ""
    ) -> None:
        with self._tx():
            self._db.execute(
                "UPDATE attempts SET ended_at=?, outcome=?, http_status=?, error=? WHERE id=?",
                (self._now().isoformat(), outcome, http_status, error[:500] or None, attempt_id),
            )

    def recover_in_flight(self) -> list[JournalEntry]:
        """At start: every in-flight order's outcome is unknown → reconciling (never queued)."""
        recovered = []
        for entry in self.entries((OrderState.IN_FLIGHT,)):
            now = self._now()
            with self._tx():
                self._db.execute(
                    "UPDATE attempts SET outcome='unknown', ended_at=?, error=?"
                    " WHERE draft_id=? AND outcome IS NULL",
                    (now.isoformat(), "app stopped while the order was in flight", entry.draft_id),
                )
            recovered.append(
                self.transition(
                    entry.draft_id,
                    OrderState.IN_FLIGHT,
                    OrderState.RECONCILING,
                    JournalTexts.tr("found in flight at start; checking Ingram before any resend"),
                    unknown_since=now,
                    next_action_at=now,
                    checks=0,
                )
            )
        return recovered


class _Tx:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error) on an autocommit connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")
