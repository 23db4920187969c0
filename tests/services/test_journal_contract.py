"""One set of journal tests run against both implementations of the journal interface: the solo
SQLite file and the team PostgreSQL database (a real server started by the suite)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.services.journal_port import Journal
from ingram_desk.services.order_journal import (
    JournalError,
    OrderJournal,
    OrderState,
    StaleStateError,
)

Opener = Callable[..., Journal]


def draft(po: str = "PO-1") -> OrderDraft:
    return OrderDraft.from_request(
        {"customerOrderNumber": po, "lines": [{"ingramPartNumber": "DF4128", "quantity": 1}]}
    )


@pytest.fixture(params=["sqlite", "postgres"])
def open_journal(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Opener]:
    """``open_journal(desk="a", now=None)``: a journal of one store; two desks share it."""
    opened: list[Any] = []
    if request.param == "sqlite":

        def make(desk: str = "a", now: Callable[[], datetime] | None = None) -> Journal:
            j = OrderJournal(tmp_path / "orders-journal.sqlite3", now=now)
            opened.append(j)
            return j

    else:
        from ingram_desk.services.team.pg_journal import PgJournal

        url = request.getfixturevalue("team_url")

        def make(desk: str = "a", now: Callable[[], datetime] | None = None) -> Journal:
            j = PgJournal(url, account="NL:20-222222", desk_id=desk, now=now)
            opened.append(j)
            return j

    yield make
    for j in opened:
        j.close()


def test_in_flight_is_committed_before_sending_and_seen_by_another_connection(
    open_journal: Opener,
) -> None:
    j = open_journal()
    e = j.save_draft(draft())
    j.queue(e.draft_id, e.draft)
    j.begin_attempt(e.draft_id, "c" * 32)
    other = open_journal("b")  # another process, or the next start
    seen = other.get(e.draft_id)
    assert seen.state is OrderState.IN_FLIGHT
    assert seen.frozen_body == draft().frozen_bytes()
    assert [a.correlation_id for a in other.attempts(e.draft_id)] == ["c" * 32]


def test_double_submit_produces_one_queued_row_and_one_attempt(open_journal: Opener) -> None:
    j = open_journal()
    e = j.save_draft(draft())
    j.queue(e.draft_id, e.draft)
    with pytest.raises(StaleStateError):
        j.queue(e.draft_id, e.draft)
    j.begin_attempt(e.draft_id, "a" * 32)
    with pytest.raises(StaleStateError):
        open_journal("b").begin_attempt(e.draft_id, "b" * 32)  # another desk's claim loses
    assert len(j.attempts(e.draft_id)) == 1


def test_submitted_orders_cannot_be_edited_and_pos_are_unique(open_journal: Opener) -> None:
    j = open_journal()
    e = j.save_draft(draft("PO-A"))
    j.save_draft(draft("PO-A"), e.draft_id)  # autosave of the same draft is fine
    with pytest.raises(JournalError, match="already used by another order"):
        j.save_draft(draft("po-a"))  # another draft with the same PO is not
    with pytest.raises(JournalError, match="already used by another order"):
        open_journal("b").save_draft(draft("Po-A"))  # nor on another desk
    other = j.save_draft(draft("PO-B"))
    with pytest.raises(JournalError, match="already used by another order"):
        j.save_draft(draft("PO-A"), other.draft_id)  # nor by renaming another draft
    j.save_draft(draft("PO-C"), other.draft_id)  # a free PO is fine
    j.queue(e.draft_id, e.draft)
    with pytest.raises(StaleStateError):
        j.save_draft(draft("PO-A"), e.draft_id)
    assert {x.customer_po for x in j.entries()} == {"PO-A", "PO-C"}


def test_restart_turns_in_flight_into_reconciling_never_queued(open_journal: Opener) -> None:
    j = open_journal()
    e = j.save_draft(draft())
    j.queue(e.draft_id, e.draft)
    j.begin_attempt(e.draft_id, "c" * 32)
    j.close()  # the app dies here
    j2 = open_journal()
    (recovered,) = j2.recover_in_flight()
    assert recovered.state is OrderState.RECONCILING
    assert recovered.unknown_since is not None
    assert j2.attempts(e.draft_id)[0].outcome == "unknown"
    assert [ev.to_state for ev in j2.events(e.draft_id)] == [
        OrderState.DRAFT,
        OrderState.QUEUED,
        OrderState.IN_FLIGHT,
        OrderState.RECONCILING,
    ]
    assert j2.due()[0].draft_id == e.draft_id
    assert j2.recover_in_flight() == []


def test_transitions_are_compare_and_set_with_fields_and_an_audit_row(
    open_journal: Opener,
) -> None:
    t0 = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
    clock = [t0]
    j = open_journal(now=lambda: clock[0])
    e = j.save_draft(draft())
    j.queue(e.draft_id, e.draft)
    attempt = j.begin_attempt(e.draft_id, "d" * 32)
    clock[0] = t0 + timedelta(seconds=5)
    j.end_attempt(attempt, "placed", 201)
    placed = j.transition(
        e.draft_id, OrderState.IN_FLIGHT, OrderState.PLACED, "placed: Ingram order 20-AB",
        ingram_order_numbers=("20-AB",), last_error=None, next_action_at=None,
    )  # fmt: skip
    assert placed.state is OrderState.PLACED and placed.ingram_order_numbers == ("20-AB",)
    assert placed.updated_at == t0 + timedelta(seconds=5)
    assert j.attempts(e.draft_id)[0].outcome == "placed"
    assert j.attempts(e.draft_id)[0].http_status == 201
    with pytest.raises(StaleStateError):
        j.transition(e.draft_id, OrderState.IN_FLIGHT, OrderState.REJECTED, "late")
    with pytest.raises(StaleStateError):
        j.update(e.draft_id, OrderState.QUEUED, checks=1)
    assert j.events(e.draft_id)[-1].reason == "placed: Ingram order 20-AB"
    assert j.entries((OrderState.PLACED,))[0].draft_id == e.draft_id


def test_due_honours_next_action_time(open_journal: Opener) -> None:
    t0 = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
    j = open_journal(now=lambda: t0)
    e = j.save_draft(draft())
    j.queue(e.draft_id, e.draft)
    j.update(e.draft_id, OrderState.QUEUED, next_action_at=t0 + timedelta(minutes=1))
    assert j.due(t0) == []
    assert [x.draft_id for x in j.due(t0 + timedelta(minutes=2))] == [e.draft_id]


def test_audit_trail_is_append_only(open_journal: Opener, request: pytest.FixtureRequest) -> None:
    j = open_journal()
    j.save_draft(draft())
    if isinstance(j, OrderJournal):
        import sqlite3

        with pytest.raises(sqlite3.DatabaseError):
            j._db.execute("DELETE FROM events")
    else:
        import psycopg

        with psycopg.connect(j.url, autocommit=True) as conn:  # type: ignore[attr-defined]
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                conn.execute("DELETE FROM events")
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                conn.execute("UPDATE events SET reason='x'")
    assert len(j.events()) == 1


def test_reasons_and_last_errors_keep_their_template_and_older_plain_texts_read_as_text(
    open_journal: Opener,
) -> None:
    """A reason or last error said as a Phrase comes back as the same English text (CLI, log)
    with its template, values and count (the window translates it); a plain text (a row written
    before phrases) comes back as it was."""
    from ingram_desk.domain.errors import BadRequestError
    from ingram_desk.domain.phrase import JournalTexts, Phrase

    j = open_journal()
    e = j.save_draft(draft())
    j.queue(e.draft_id, e.draft)
    error = BadRequestError(
        "Ingram refused the order: {why}", values={"why": "bad ship-to"}, correlation_id="c1"
    ).phrase()
    rejected = JournalTexts.tr("%n line(s) rejected by Ingram ({reasons})", "", 2, reasons="x")
    j.transition(
        e.draft_id,
        OrderState.QUEUED,
        OrderState.REJECTED,
        JournalTexts.tr("rejected by Ingram: {error}", error=error),
        last_error=rejected,
    )
    seen = open_journal("b")
    reason = seen.events(e.draft_id)[-1].reason
    assert reason == "rejected by Ingram: Ingram refused the order: bad ship-to (correlation id c1)"
    assert isinstance(reason, Phrase) and reason.template == "rejected by Ingram: {error}"
    inner = reason.values["error"]
    assert isinstance(inner, Phrase) and inner.values["p0"].values == {"why": "bad ship-to"}
    last = seen.get(e.draft_id).last_error
    assert last == "2 lines rejected by Ingram (x)" and isinstance(last, Phrase)
    assert last.count == 2 and last.context == "JournalTexts"
    assert seen.get(e.draft_id).as_json()["last_error"] == "2 lines rejected by Ingram (x)"

    f = j.save_draft(draft("PO-2"))
    j.queue(f.draft_id, f.draft)
    j.transition(f.draft_id, OrderState.QUEUED, OrderState.REJECTED, "old text", last_error="old")
    assert seen.events(f.draft_id)[-1].reason == "old text"
    assert type(seen.events(f.draft_id)[-1].reason) is str
    assert type(seen.get(f.draft_id).last_error) is str
