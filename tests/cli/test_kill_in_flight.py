"""Reliability A7/A8 by killing a real process: ``orders create`` runs in a child process against
a slowed sandbox and is killed (SIGKILL / TerminateProcess) at the crash point; the next run
recovers from the journal, and the sandbox's ledger says one order, never two."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from ingram_desk.crash_points import CRASH_ENV
from ingram_desk.ingram.client import IngramClient
from ingram_desk.ingram.config import ClientConfig
from ingram_desk.sandbox import demo
from ingram_desk.services.events import EventHub
from ingram_desk.services.order_journal import OrderJournal, OrderState
from ingram_desk.services.ordering_service import OrderingService
from tests.cli.test_two_processes import env_for, journal_path, ledger, stocked

pytestmark = pytest.mark.slow


def create_in_child(
    server: Any, d: Path, tmp_path: Path, crash_at: str | None = None
) -> subprocess.Popen[str]:
    f = tmp_path / "order.json"  # no PO: the app generates one, so no pre-flight search
    f.write_text(json.dumps({"lines": [{"ingramPartNumber": stocked(server), "quantity": 1}]}))
    return subprocess.Popen(
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(d), "--api-url", server.url,
         "orders", "create", str(f)],
        env=env_for(server) | ({CRASH_ENV: crash_at} if crash_at else {}),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def journal_state(d: Path) -> tuple[str, str, list[str | None]]:
    with closing(sqlite3.connect(journal_path(d))) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        po, state, draft_id = db.execute(
            "SELECT customer_po, state, draft_id FROM orders"
        ).fetchone()
        outcomes = [
            r[0] for r in db.execute("SELECT outcome FROM attempts WHERE draft_id=?", (draft_id,))
        ]
    return po, state, outcomes


def process_journal(server: Any, d: Path) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(d), "--api-url", server.url,
         "orders", "journal", "--process", "--json"],
        env=env_for(server), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    (order,) = json.loads(proc.stdout)["orders"]
    return order


def creates(server: Any) -> list[dict[str, Any]]:
    return [r for r in server.received_log() if r["path"] == "/resellers/v6/orders"]


def kill(proc: subprocess.Popen[str]) -> None:
    proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no cleanup runs
    proc.communicate(timeout=30)


async def test_a7_killed_after_the_in_flight_commit_before_sending(sandbox, tmp_path) -> None:
    d = tmp_path / "data"
    sandbox.faults.delay(60, path="/oauth")  # held at the token call: in flight, nothing sent
    child = create_in_child(sandbox, d, tmp_path)
    try:
        wait_for_state_any(d, "in_flight")
    finally:
        kill(child)
    po, state, outcomes = journal_state(d)
    assert state == "in_flight" and outcomes == [None] and creates(sandbox) == []
    sandbox.faults.clear()

    order = process_journal(sandbox, d)  # the restart: pessimistic, never straight to queued
    assert order["state"] == "reconciling" and creates(sandbox) == []

    # after the visibility window W: one resend, same PO and bytes → placed
    config = ClientConfig(
        base_url=sandbox.url, customer_number="20-222222", country="NL",
        client_id=sandbox.config.client_id, client_secret=sandbox.config.client_secret,
        sender_id=demo.DEMO_SENDER_ID,
    )  # fmt: skip
    async with IngramClient(config) as client:
        with OrderJournal(journal_path(d)) as journal:
            svc = OrderingService(client, journal, EventHub(), quiet_window=0)
            (waiting,) = journal.entries()
            entry = await svc.process(waiting.draft_id)  # its next check, W already over
    assert entry.state is OrderState.PLACED and entry.customer_po == po
    assert len(ledger(sandbox, po)) == 1 and len(creates(sandbox)) == 1


def test_a8_killed_after_sending_before_the_answer(sandbox, tmp_path) -> None:
    d = tmp_path / "data"
    # Ingram commits the order, then the answer is held back: the child is killed waiting.
    sandbox.faults.delay(60, path="/resellers/v6/orders", method="POST", after_processing=True)
    child = create_in_child(sandbox, d, tmp_path)
    try:
        deadline = time.monotonic() + 60
        while not sandbox.placed_orders():
            assert time.monotonic() < deadline and child.poll() is None
            time.sleep(0.05)
    finally:
        kill(child)
    po, state, outcomes = journal_state(d)
    assert state == "in_flight" and outcomes == [None]
    assert len(ledger(sandbox, po)) == 1
    sandbox.faults.clear()

    order = process_journal(sandbox, d)  # restart → reconciling → found by PO → placed
    assert order["state"] == "placed"
    assert order["ingram_order_numbers"] == [ledger(sandbox, po)[0]["number"]]
    assert len(ledger(sandbox, po)) == 1  # never resent
    assert len([r for r in creates(sandbox) if r.get("status") != "dropped"]) <= 1
    _, state, outcomes = journal_state(d)  # integrity_check ok, draft and journal intact
    assert state == "placed" and outcomes == ["unknown"]


def test_a8_killed_after_the_answer_before_it_is_journaled(sandbox, tmp_path) -> None:
    """The exact crash point: Ingram answered 201, the process dies before committing it."""
    d = tmp_path / "data"
    child = create_in_child(sandbox, d, tmp_path, crash_at="after_response_before_commit")
    _, err = child.communicate(timeout=120)
    assert child.returncode == 70, err  # died at the crash point, no cleanup ran
    po, state, outcomes = journal_state(d)  # integrity_check ok
    assert state == "in_flight" and outcomes == [None]
    (placed,) = ledger(sandbox, po)  # the sandbox committed it

    order = process_journal(sandbox, d)  # restart → reconciling → found by PO → placed
    assert order["state"] == "placed" and order["ingram_order_numbers"] == [placed["number"]]
    assert len(ledger(sandbox, po)) == 1 and len(creates(sandbox)) == 1  # never resent
    _, state, outcomes = journal_state(d)
    assert state == "placed" and outcomes == ["unknown"]


def test_a7_at_the_exact_crash_point_after_the_in_flight_commit(sandbox, tmp_path) -> None:
    d = tmp_path / "data"
    child = create_in_child(sandbox, d, tmp_path, crash_at="after_inflight_commit")
    _, err = child.communicate(timeout=120)
    assert child.returncode == 70, err
    _, state, outcomes = journal_state(d)
    assert state == "in_flight" and outcomes == [None] and creates(sandbox) == []
    order = process_journal(sandbox, d)  # pessimistic: reconciling, never straight to queued
    assert order["state"] == "reconciling" and creates(sandbox) == []


def wait_for_state_any(d: Path, state: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if journal_path(d).exists():
            with closing(sqlite3.connect(journal_path(d), timeout=5)) as db:
                try:
                    row = db.execute("SELECT state FROM orders").fetchone()
                except sqlite3.OperationalError:
                    row = None
            if row and row[0] == state:
                return
        time.sleep(0.05)
    raise AssertionError(f"the order never became {state}")
