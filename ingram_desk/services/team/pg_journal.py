"""The order journal in the team's PostgreSQL database: the same interface and state machine as
the solo SQLite journal, shared by every desk of the team.

Exactly once across desks:
* every transition is a compare-and-set on the order's row (``UPDATE … WHERE state=…`` under
  the row lock PostgreSQL takes), so of two desks claiming the same queued order exactly one
  moves it to in flight and sends it; the other's claim fails and it leaves the order alone;
* the PO registry (one row per account and customer PO) is claimed when the draft takes its PO,
  so a second desk cannot even queue the same PO;
* each running desk holds a session advisory lock on a random run key, written on the orders it
  sends. The server drops it when the desk dies (``kill -9``, power cut), so any desk that finds
  an order in flight under a free run key knows nobody is sending it and reconciles it by PO.
The desk's connection (joining, reconnects) is ``connection.DeskConnection``; a write whose
commit was lost in a drop is recognised by its operation id instead of being done twice.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

import psycopg

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.domain.phrase import JournalTexts, from_stored, stored
from ingram_desk.services.journal_records import (
    Attempt,
    JournalEntry,
    JournalError,
    JournalEvent,
    OrderState,
    StaleStateError,
)
from ingram_desk.services.team.connection import DeskConnection

__all__ = ["NOTIFY_CHANNEL", "PgJournal"]

NOTIFY_CHANNEL = "ingram_desk_orders"
_COLUMNS = {
    "shared", "customer_po", "draft_json", "frozen_body", "frozen_sha256", "attempts", "resends", "checks",
    "preflight_done", "next_action_at", "unknown_since", "ingram_order_numbers", "last_error",
}  # fmt: skip


#: an order with its author's readable name (the desk that wrote it)
_SELECT = (
    "SELECT o.*, d.name AS author_name FROM orders o LEFT JOIN desks d ON d.desk_id = o.author"
)


class _TeamGate:
    """Every desk of a team may drive the outbox; the per-order compare-and-set picks the sender."""

    held = True

    def try_acquire(self) -> bool:
        return True

    def release(self) -> None:
        return None


class PgJournal(DeskConnection):
    """The team's order journal over the desk's connection; use from one thread."""

    def __init__(
        self,
        url: str,
        *,
        account: str,
        desk_id: str,
        desk_name: str = "",
        author: str = "",
        now: Callable[[], datetime] | None = None,
        reconnect_wait: float = 30.0,
        connect_timeout: int = 5,
        password: str | None = None,
        connect_now: bool = True,
    ) -> None:
        self.account = account
        self.author = author or desk_id
        self._now = now or (lambda: datetime.now(UTC))
        self.restore_note: str | None = None
        #: orders this process moved to in flight and has not finished yet
        self._sending: set[str] = set()
        super().__init__(
            url,
            desk_id=desk_id,
            desk_name=desk_name,
            reconnect_wait=reconnect_wait,
            connect_timeout=connect_timeout,
            password=password,
            connect_now=connect_now,
        )

    def driver_lock(self) -> _TeamGate:
        return _TeamGate()

    def backup(self, max_age_hours: float | None = None) -> None:
        """The server's own backups cover the team's journal (README: team set-up)."""
        return None

    def backup_if_healthy(self) -> None:
        return None

    # ---- reading ------------------------------------------------------------------------
    def _entry(self, row: dict[str, Any]) -> JournalEntry:
        body = row["frozen_body"]
        return JournalEntry(
            row["draft_id"],
            row["customer_po"],
            OrderState(row["state"]),
            OrderDraft.from_json(row["draft_json"]),
            bytes(body) if body is not None else None,
            row["attempts"],
            row["resends"],
            row["checks"],
            bool(row["preflight_done"]),
            row["next_action_at"],
            row["unknown_since"],
            tuple(json.loads(row["ingram_order_numbers"])),
            from_stored(row["last_error"]),
            row["created_at"],
            row["updated_at"],
            row["author_name"] or row["author"],
            row["shared"],
            row["author"] == self.author,
        )

    def get(self, draft_id: str) -> JournalEntry:
        row = self.run(
            lambda c: c.execute(
                _SELECT + " WHERE o.draft_id=%s AND o.account=%s AND (o.shared OR o.author=%s)",
                (draft_id, self.account, self.author),
            ).fetchone()
        )
        if row is None:
            raise JournalError(
                QT_TRANSLATE_NOOP("Errors", "No order {draft_id} in the journal"),
                values={"draft_id": draft_id},
            )
        return self._entry(row)

    def entries(self, states: Iterable[OrderState] | None = None) -> list[JournalEntry]:
        """The account's orders: shared ones and this author's private drafts."""
        sql = _SELECT + " WHERE o.account=%s AND (o.shared OR o.author=%s)"
        args: list[Any] = [self.account, self.author]
        if states is not None:
            sql += " AND o.state = ANY(%s)"
            args.append([s.value for s in states])
        rows = self.run(lambda c: c.execute(sql + " ORDER BY o.created_at, o.seq", args).fetchall())
        return [self._entry(r) for r in rows]

    def due(self, at: datetime | None = None) -> list[JournalEntry]:
        at = at or self._now()
        return [
            e
            for e in self.entries((OrderState.QUEUED, OrderState.RECONCILING))
            if e.next_action_at is None or e.next_action_at <= at
        ]

    def events(self, draft_id: str | None = None) -> list[JournalEvent]:
        sql = "SELECT e.* FROM events e JOIN orders o USING (draft_id) WHERE o.account=%s"
        args: list[Any] = [self.account]
        if draft_id:
            sql += " AND e.draft_id=%s"
            args.append(draft_id)
        rows = self.run(lambda c: c.execute(sql + " ORDER BY e.id", args).fetchall())
        return [
            JournalEvent(
                r["draft_id"],
                OrderState(r["from_state"]) if r["from_state"] else None,
                OrderState(r["to_state"]),
                from_stored(r["reason"]) or "",
                r["at"],
            )
            for r in rows
        ]

    def attempts(self, draft_id: str) -> list[Attempt]:
        rows = self.run(
            lambda c: c.execute(
                "SELECT * FROM attempts WHERE draft_id=%s ORDER BY id", (draft_id,)
            ).fetchall()
        )
        return [
            Attempt(
                r["id"],
                r["draft_id"],
                r["correlation_id"],
                r["started_at"],
                r["ended_at"],
                r["outcome"],
                r["http_status"],
                r["error"],
            )
            for r in rows
        ]

    # ---- writing --------------------------------------------------------------------------
    def _event(self, c: Any, draft_id: str, old: str | None, new: str, reason: str,
               at: datetime, op_id: str | None = None) -> None:  # fmt: skip
        c.execute(
            "INSERT INTO events(draft_id, from_state, to_state, reason, desk_id, op_id, at)"
            " VALUES (%s,%s,%s,%s,%s,%s,%s)",
            (draft_id, old, new, stored(reason), self.desk_id, op_id, at),
        )
        c.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, f"{self.account}|{draft_id}"))

    def _op_landed(self, op_id: str, draft_id: str) -> Callable[[Any], JournalEntry | None]:
        def check(c: Any) -> JournalEntry | None:
            row = c.execute("SELECT 1 FROM events WHERE op_id=%s", (op_id,)).fetchone()
            return self.get(draft_id) if row else None

        return check

    def save_draft(self, draft: OrderDraft, draft_id: str | None = None) -> JournalEntry:
        """Insert a new draft and claim its PO, or overwrite one that is still a draft."""
        now = self._now()
        po = draft.customer_po.strip()
        new_id = draft_id or uuid.uuid4().hex
        op_id = uuid.uuid4().hex

        def write(c: Any) -> JournalEntry:
            with c.transaction():
                clash = c.execute(
                    "SELECT r.draft_id, o.state FROM po_registry r JOIN orders o USING (draft_id)"
                    " WHERE r.account=%s AND r.po_key=%s",
                    (self.account, po.upper()),
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
                    c.execute(
                        "INSERT INTO orders(draft_id, account, customer_po, state, draft_json,"
                        " author, created_at, updated_at) VALUES (%s,%s,%s,%s,%s,%s,%s,%s)",
                        (new_id, self.account, po, OrderState.DRAFT.value, draft.to_json(),
                         self.author, now, now),
                    )  # fmt: skip
                    claimed = c.execute(
                        "INSERT INTO po_registry(account, po_key, customer_po, draft_id, desk_id,"
                        " claimed_at) VALUES (%s,%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING"
                        " RETURNING draft_id",
                        (self.account, po.upper(), po, new_id, self.desk_id, now),
                    ).fetchone()
                    if claimed is None:  # another desk claimed it a moment ago
                        raise JournalError(
                            QT_TRANSLATE_NOOP(
                                "Errors", "PO {po} is already used by another order in the journal"
                            ),
                            values={"po": po},
                        )
                    self._event(c, new_id, None, OrderState.DRAFT.value, JournalTexts.tr("draft created"), now,
                                op_id)  # fmt: skip
                else:
                    cur = c.execute(
                        "UPDATE orders SET customer_po=%s, draft_json=%s, updated_at=%s"
                        " WHERE draft_id=%s AND account=%s AND state=%s",
                        (po, draft.to_json(), now, draft_id, self.account,
                         OrderState.DRAFT.value),
                    )  # fmt: skip
                    if cur.rowcount != 1:
                        raise StaleStateError(
                            QT_TRANSLATE_NOOP(
                                "Errors", "Only a draft can be edited; this order was submitted"
                            )
                        )
                    try:
                        c.execute(
                            "UPDATE po_registry SET po_key=%s, customer_po=%s, claimed_at=%s"
                            " WHERE draft_id=%s AND po_key<>%s",
                            (po.upper(), po, now, draft_id, po.upper()),
                        )
                    except psycopg.errors.UniqueViolation:
                        raise JournalError(
                            QT_TRANSLATE_NOOP(
                                "Errors", "PO {po} is already used by another order in the journal"
                            ),
                            values={"po": po},
                        ) from None
            return self.get(new_id)

        landed = self._op_landed(op_id, new_id) if draft_id is None else None
        return self.run(write, landed)

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
        now = self._now()
        cols: dict[str, Any] = {"state": new.value, "updated_at": now}
        for key, value in fields.items():
            if key not in _COLUMNS:
                raise ValueError(f"not a journal column: {key}")
            if key == "ingram_order_numbers":
                value = json.dumps(list(value))
            elif key == "preflight_done":
                value = int(value)
            cols[key] = stored(value) if key == "last_error" else value
        if new is not OrderState.IN_FLIGHT:
            cols["in_flight_run"] = None
        sets = ", ".join(f"{k}=%s" for k in cols)
        op_id = uuid.uuid4().hex

        def write(c: Any) -> JournalEntry:
            with c.transaction():
                old = c.execute(
                    "SELECT state FROM orders WHERE draft_id=%s AND account=%s FOR UPDATE",
                    (draft_id, self.account),
                ).fetchone()
                if old is None or old["state"] not in {s.value for s in expected_t}:
                    raise StaleStateError(
                        QT_TRANSLATE_NOOP("Errors", "Order {draft_id} is {state}, not {expected}"),
                        values={
                            "draft_id": draft_id,
                            "state": old["state"] if old else "missing",
                            "expected": "/".join(s.value for s in expected_t),
                        },
                    )
                c.execute(f"UPDATE orders SET {sets} WHERE draft_id=%s", (*cols.values(), draft_id))
                if old["state"] != new.value or reason:
                    self._event(c, draft_id, old["state"], new.value, reason, now, op_id)
            return self.get(draft_id)

        entry = self.run(write, self._op_landed(op_id, draft_id))
        if new is not OrderState.IN_FLIGHT:
            self._sending.discard(draft_id)
        return entry

    def update(self, draft_id: str, state: OrderState, **fields: Any) -> JournalEntry:
        """Change bookkeeping columns without a state change (no audit row)."""
        cols: dict[str, Any] = {"updated_at": self._now()}
        for key, value in fields.items():
            if key not in _COLUMNS:
                raise ValueError(f"not a journal column: {key}")
            cols[key] = int(value) if key == "preflight_done" else value
        if "last_error" in cols:
            cols["last_error"] = stored(cols["last_error"])
        sets = ", ".join(f"{k}=%s" for k in cols)

        def write(c: Any) -> int:
            cur = c.execute(
                f"UPDATE orders SET {sets} WHERE draft_id=%s AND account=%s AND state=%s",
                (*cols.values(), draft_id, self.account, state.value),
            )
            return cur.rowcount

        if self.run(write) != 1:
            raise StaleStateError(
                QT_TRANSLATE_NOOP("Errors", "Order {draft_id} is no longer {state}"),
                values={"draft_id": draft_id, "state": state.value},
            )
        return self.get(draft_id)

    def queue(self, draft_id: str, draft: OrderDraft) -> JournalEntry:
        """Freeze the exact bytes; the PO stays claimed in the registry: draft → queued."""
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
            shared=True,  # a private draft, once submitted, is the team's order like any other
        )

    def set_shared(self, draft_id: str, shared: bool) -> JournalEntry:
        """Make a draft private (listed only on its author's desk) or shared with the team;
        only its author may, and only while it is a draft. Its PO stays claimed either way."""
        now = self._now()

        def write(c: Any) -> int:
            with c.transaction():
                cur = c.execute(
                    "UPDATE orders SET shared=%s, updated_at=%s WHERE draft_id=%s AND account=%s"
                    " AND author=%s AND state=%s",
                    (shared, now, draft_id, self.account, self.author, OrderState.DRAFT.value),
                )
                if cur.rowcount == 1:
                    c.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL,
                              f"{self.account}|{draft_id}"))  # fmt: skip
            return cur.rowcount

        if self.run(write) != 1:
            raise StaleStateError(
                "Only its author can make a draft private or shared, and only while it is a draft"
            )
        return self.get(draft_id)

    def begin_attempt(self, draft_id: str, correlation_id: str) -> int:
        """Claim the queued order for this desk (queued → in flight, under its run key) and add
        the attempt row, committed before anything is sent. Another desk's claim fails."""
        now = self._now()

        def write(c: Any) -> int:
            with c.transaction():
                cur = c.execute(
                    "UPDATE orders SET state=%s, attempts=attempts+1, updated_at=%s,"
                    " in_flight_run=%s, in_flight_desk=%s"
                    " WHERE draft_id=%s AND account=%s AND state=%s",
                    (OrderState.IN_FLIGHT.value, now, self.run_key, self.desk_id, draft_id,
                     self.account, OrderState.QUEUED.value),
                )  # fmt: skip
                if cur.rowcount != 1:
                    raise StaleStateError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "Order {draft_id} is not queued; not sending it"
                        ),
                        values={"draft_id": draft_id},
                    )
                self._event(
                    c, draft_id, OrderState.QUEUED.value, OrderState.IN_FLIGHT.value,
                    JournalTexts.tr("sending from desk {desk} (correlation id {correlation_id})",
                                    desk=self.desk_name, correlation_id=correlation_id), now,
                )  # fmt: skip
                row = c.execute(
                    "INSERT INTO attempts(draft_id, correlation_id, desk_id, started_at)"
                    " VALUES (%s,%s,%s,%s) RETURNING id",
                    (draft_id, correlation_id, self.desk_id, now),
                ).fetchone()
            return int(row["id"])

        def landed(c: Any) -> int | None:
            row = c.execute(
                "SELECT id FROM attempts WHERE correlation_id=%s", (correlation_id,)
            ).fetchone()
            return int(row["id"]) if row else None

        attempt = self.run(write, landed)
        self._sending.add(draft_id)
        return attempt

    def end_attempt(
        self, attempt_id: int, outcome: str, http_status: int | None = None, error: str = ""
    ) -> None:
        now = self._now()
        self.run(
            lambda c: c.execute(
                "UPDATE attempts SET ended_at=%s, outcome=%s, http_status=%s, error=%s WHERE id=%s",
                (now, outcome, http_status, error[:500] or None, attempt_id),
            )
        )

    def recover_in_flight(self) -> list[JournalEntry]:
        """Orders in flight under a run key nobody holds any more (that desk died, or this
        process lost the send) become reconciling; those another live desk is sending stay."""

        def orphans(c: Any) -> list[tuple[str, int, str]]:
            c.execute("UPDATE desks SET last_seen=now() WHERE desk_id=%s", (self.desk_id,))
            rows = c.execute(
                "SELECT draft_id, in_flight_run, in_flight_desk FROM orders"
                " WHERE account=%s AND state=%s",
                (self.account, OrderState.IN_FLIGHT.value),
            ).fetchall()
            found = []
            for r in rows:
                run = r["in_flight_run"]
                if run == self.run_key:
                    if r["draft_id"] in self._sending:
                        continue
                elif run is not None:
                    free = c.execute("SELECT pg_try_advisory_lock(%s) AS free", (run,))
                    if not free.fetchone()["free"]:
                        continue  # that desk is alive and sending it
                    c.execute("SELECT pg_advisory_unlock(%s)", (run,))
                found.append((r["draft_id"], run, r["in_flight_desk"] or "?"))
            return found

        recovered = []
        for draft_id, run, desk in self.run(orphans):
            now = self._now()
            op_id = uuid.uuid4().hex

            def write(c: Any, draft_id: str = draft_id, run: int = run, desk: str = desk,
                      now: datetime = now, op_id: str = op_id) -> bool:  # fmt: skip
                with c.transaction():
                    cur = c.execute(
                        "UPDATE orders SET state=%s, unknown_since=%s, next_action_at=%s,"
                        " checks=0, updated_at=%s, in_flight_run=NULL"
                        " WHERE draft_id=%s AND state=%s AND in_flight_run IS NOT DISTINCT FROM %s",
                        (OrderState.RECONCILING.value, now, now, now, draft_id,
                         OrderState.IN_FLIGHT.value, run),
                    )  # fmt: skip
                    if cur.rowcount != 1:
                        return False
                    c.execute(
                        "UPDATE attempts SET outcome='unknown', ended_at=%s, error=%s"
                        " WHERE draft_id=%s AND outcome IS NULL",
                        (now, f"desk {desk} stopped while the order was in flight", draft_id),
                    )
                    self._event(
                        c, draft_id, OrderState.IN_FLIGHT.value, OrderState.RECONCILING.value,
                        JournalTexts.tr("found in flight from desk {desk}, which stopped;"
                                        " checking Ingram before any resend", desk=desk),
                        now, op_id,
                    )  # fmt: skip
                return True

            def landed(c: Any, op_id: str = op_id) -> bool | None:
                row = c.execute("SELECT 1 FROM events WHERE op_id=%s", (op_id,)).fetchone()
                return True if row else None

            if self.run(write, landed):
                self._sending.discard(draft_id)
                recovered.append(self.get(draft_id))
        return recovered
