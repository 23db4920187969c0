"""Exactly once across desks: two and three desks as separate processes, each with its own data
folder, joined to one team database (a real PostgreSQL server) and one sandbox. The sandbox's
ledger says what Ingram really did; the team journal says what the desks believe."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest

from ingram_desk.services.team import schema
from tests.fixtures.postgres import PgServer

pytestmark = pytest.mark.slow


def stocked(server: Any) -> str:
    return next(p.sku for p in server.catalogue.products if p.stock > 10 and not p.discontinued)


def desk(server: Any, data_dir: Path, team: str, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env.update(
        INGRAM_CLIENT_ID=server.config.client_id,
        INGRAM_CLIENT_SECRET=server.config.client_secret,
        INGRAM_CUSTOMER_NUMBER="20-222222",
        INGRAM_COUNTRY="NL",
    )
    return subprocess.Popen(
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(data_dir), "--team", team,
         "--api-url", server.url, *args],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def order_file(tmp_path: Path, po: str, sku: str) -> Path:
    f = tmp_path / f"{po}.json"
    f.write_text(
        json.dumps({"customerOrderNumber": po, "lines": [{"ingramPartNumber": sku, "quantity": 1}]})
    )
    return f


def ledger(server: Any, po: str) -> list[dict[str, Any]]:
    return [o for o in server.placed_orders() if o["customer_order_number"].upper() == po.upper()]


def team_row(url: str, po: str) -> dict[str, Any] | None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.row_factory = psycopg.rows.dict_row
        return conn.execute(
            "SELECT state, ingram_order_numbers, in_flight_desk FROM orders WHERE customer_po=%s",
            (po,),
        ).fetchone()


def wait_until(check: Any, timeout: float = 60.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.parametrize("desks", [2, 3])
def test_the_same_po_from_several_desks_at_once_is_one_order(
    sandbox, team_url: str, tmp_path: Path, desks: int
) -> None:
    sandbox.faults.delay(1.0, path="/resellers/v6/orders", method="POST")
    f = order_file(tmp_path, "TEAM-SAME", stocked(sandbox))
    procs = [
        desk(sandbox, tmp_path / f"desk{i}", team_url, "orders", "create", str(f))
        for i in range(desks)
    ]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    assert len(ledger(sandbox, "TEAM-SAME")) == 1
    placed = [r for r in results if r[0] == 0]
    refused = [r for r in results if r[0] != 0]
    assert len(placed) == 1 and placed[0][1].startswith("placed: "), results
    assert len(refused) == desks - 1
    for _, _, err in refused:
        assert "PO TEAM-SAME is already used by another order in the journal" in err
        assert "Traceback" not in err
    assert team_row(team_url, "TEAM-SAME")["state"] == "placed"  # type: ignore[index]


class SandboxProcess:
    """``ingram-desk sandbox serve`` as its own process; its ledger and faults through the
    control routes (what ``desk`` and ``ledger`` need of a sandbox)."""

    def __init__(self) -> None:
        from ingram_desk.sandbox.server import SandboxConfig

        self.config = SandboxConfig()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "ingram_desk", "sandbox", "serve", "--no-feeds",
             "--client-id", self.config.client_id, "--client-secret", self.config.client_secret],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip().removeprefix("listening on ")
        assert self.url.startswith("http://127.0.0.1:"), self.proc.communicate(timeout=30)

    def _call(self, method: str, route: str, body: Any = None) -> Any:
        import httpx

        r = httpx.request(method, self.url + route, json=body, timeout=30)
        r.raise_for_status()
        return r.json()

    def placed_orders(self) -> list[dict[str, Any]]:
        return list(self._call("GET", "/_sandbox/orders")["orders"])

    def fault(self, **actions: Any) -> None:
        self._call("POST", "/_sandbox/faults", actions)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.communicate(timeout=30)


@pytest.fixture
def sandbox_process() -> Any:
    server = SandboxProcess()
    yield server
    server.stop()


def test_the_same_po_from_three_desk_processes_against_a_sandbox_process(
    sandbox_process: SandboxProcess, team_url: str, tmp_path: Path
) -> None:
    """Everything a separate process: three desks, each with its own data folder, one
    ``sandbox serve`` process, one PostgreSQL server."""
    from ingram_desk.sandbox.dataset import load_catalogue

    spec = sandbox_process.config.data
    sku = next(p.sku for p in load_catalogue(spec.products, spec.seed).products
               if p.stock > 10 and not p.discontinued)  # fmt: skip
    sandbox_process.fault(delay={"seconds": 1.0, "path": "/resellers/v6/orders", "method": "POST"})
    f = order_file(tmp_path, "TEAM-PROC", sku)
    procs = [
        desk(sandbox_process, tmp_path / f"desk{i}", team_url, "orders", "create", str(f))
        for i in range(3)
    ]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    assert len(ledger(sandbox_process, "TEAM-PROC")) == 1
    assert sorted(r[0] == 0 for r in results) == [False, False, True], results
    for code, _out, err in results:
        assert "Traceback" not in err
        if code:
            assert "PO TEAM-PROC is already used by another order in the journal" in err
    assert team_row(team_url, "TEAM-PROC")["state"] == "placed"  # type: ignore[index]


def test_any_desk_sends_a_queued_order_and_exactly_one_does(
    sandbox, team_url: str, tmp_path: Path
) -> None:
    """Orders queued by one desk while three desks process the queue at once: each is sent by
    exactly one desk (the compare-and-set on its row picks it)."""
    from ingram_desk.domain.order_draft import OrderDraft
    from ingram_desk.services.team.pg_journal import PgJournal

    sku = stocked(sandbox)
    sandbox.faults.delay(0.3, path="/resellers/v6/orders", method="POST")
    pos = [f"TEAM-Q{i}" for i in range(6)]
    with PgJournal(team_url, account="NL:20-222222", desk_id="queuer") as j:
        for po in pos:
            e = j.save_draft(
                OrderDraft.from_request(
                    {"customerOrderNumber": po, "lines": [{"ingramPartNumber": sku, "quantity": 1}]}
                )
            )
            j.queue(e.draft_id, e.draft)
    procs = [
        desk(sandbox, tmp_path / f"desk{i}", team_url, "orders", "journal", "--process")
        for i in range(3)
    ]
    for p in procs:
        _out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
    for po in pos:
        assert len(ledger(sandbox, po)) == 1, po
        assert team_row(team_url, po)["state"] == "placed"  # type: ignore[index]
    with psycopg.connect(team_url, autocommit=True) as conn:
        senders = conn.execute("SELECT count(DISTINCT desk_id), count(*) FROM attempts").fetchone()
    assert senders[1] == len(pos)  # one attempt per order, whichever desk made it


@pytest.mark.parametrize("crash", ["ingram_has_it", "before_ingram_has_it"])
def test_kill_9_of_the_sending_desk_in_flight_is_reconciled_by_another_desk(
    sandbox, team_url: str, tmp_path: Path, crash: str
) -> None:
    sku = stocked(sandbox)
    after = crash == "ingram_has_it"
    sandbox.faults.delay(30.0, n=1, path="/resellers/v6/orders", method="POST",
                         after_processing=after)  # fmt: skip
    f = order_file(tmp_path, "TEAM-KILL", sku)
    sender = desk(sandbox, tmp_path / "desk1", team_url, "orders", "create", str(f))
    row = lambda: team_row(team_url, "TEAM-KILL")  # noqa: E731
    wait_until(lambda: (r := row()) is not None and r["state"] == "in_flight", what="in flight")
    if after:
        wait_until(lambda: len(ledger(sandbox, "TEAM-KILL")) == 1, what="Ingram has the order")
    else:
        time.sleep(0.5)
    sender.send_signal(signal.SIGKILL)
    sender.wait(timeout=30)
    other = desk(sandbox, tmp_path / "desk2", team_url, "orders", "journal", "--process", "--json")
    out, err = other.communicate(timeout=120)
    assert other.returncode == 0, err
    (entry,) = json.loads(out)["orders"]
    if after:
        assert entry["state"] == "placed"
        assert entry["ingram_order_numbers"] == [ledger(sandbox, "TEAM-KILL")[0]["number"]]
    else:
        # Ingram has not shown it yet: checked again later, resent only after the quiet window
        assert entry["state"] == "reconciling"
    assert len(ledger(sandbox, "TEAM-KILL")) <= 1
    with psycopg.connect(team_url, autocommit=True) as conn:
        reasons = [r[0] for r in conn.execute("SELECT reason FROM events ORDER BY id")]
    assert any("which stopped; checking Ingram" in r for r in reasons)


def desk_backends(url: str, waiting: bool = False) -> int:
    """Server sessions of desk processes (``waiting``: those blocked on a row lock)."""
    with psycopg.connect(url, autocommit=True) as conn:
        sql = "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'ingram-desk%%'"
        if waiting:
            sql += " AND wait_event_type = 'Lock'"
        return int(conn.execute(sql).fetchone()[0])  # type: ignore[index]


def only_order(url: str) -> dict[str, Any]:
    """The one order in the team journal ({} while there is none yet)."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.row_factory = psycopg.rows.dict_row
        rows = conn.execute("SELECT customer_po, state FROM orders").fetchall()
    assert len(rows) <= 1, rows
    return dict(rows[0]) if rows else {}


def reconcile_on_another_desk(sandbox: Any, url: str, tmp_path: Path) -> dict[str, Any]:
    wait_until(lambda: desk_backends(url) == 0, what="the killed desk's sessions to end")
    other = desk(sandbox, tmp_path / "desk2", url, "orders", "journal", "--process", "--json")
    out, err = other.communicate(timeout=120)
    assert other.returncode == 0 and "Traceback" not in err, err
    (entry,) = json.loads(out)["orders"]
    with psycopg.connect(url, autocommit=True) as conn:
        reasons = [r[0] for r in conn.execute("SELECT reason FROM events ORDER BY id")]
    assert any("which stopped; checking Ingram" in r for r in reasons)
    return dict(entry)


def test_kill_9_after_the_in_flight_commit_before_sending(
    sandbox, team_url: str, tmp_path: Path
) -> None:
    """Crash point after_inflight_commit: in flight in the team journal, nothing sent (the desk
    is held at its token call). The other desk finds nothing at Ingram and resends nothing
    before the quiet window."""
    sandbox.faults.delay(60.0, n=1, path="/oauth")
    f = tmp_path / "order.json"  # no PO: generated, so no pre-flight search before the send
    f.write_text(json.dumps({"lines": [{"ingramPartNumber": stocked(sandbox), "quantity": 1}]}))
    sender = desk(sandbox, tmp_path / "desk1", team_url, "orders", "create", str(f))
    wait_until(lambda: only_order(team_url).get("state") == "in_flight", what="in flight")
    sender.kill()
    sender.communicate(timeout=30)
    po = only_order(team_url)["customer_po"]
    entry = reconcile_on_another_desk(sandbox, team_url, tmp_path)
    assert entry["state"] == "reconciling"
    assert ledger(sandbox, po) == []


def test_kill_9_after_ingrams_answer_before_the_placed_commit(
    sandbox, team_url: str, tmp_path: Path
) -> None:
    """Crash point after_response_before_commit: Ingram placed the order and answered, and the
    desk dies while its "placed" transaction waits (the test holds the order's row lock), so
    that transaction never commits. The other desk finds the order by PO: one order, placed."""
    sandbox.faults.delay(3.0, n=1, path="/resellers/v6/orders", method="POST",
                         after_processing=True)  # fmt: skip
    f = order_file(tmp_path, "TEAM-ANSWERED", stocked(sandbox))
    sender = desk(sandbox, tmp_path / "desk1", team_url, "orders", "create", str(f))
    wait_until(lambda: len(ledger(sandbox, "TEAM-ANSWERED")) == 1, what="Ingram has the order")
    with psycopg.connect(team_url) as lock:  # the row lock: the desk's commit waits for it
        lock.execute("SELECT 1 FROM orders WHERE customer_po='TEAM-ANSWERED' FOR UPDATE")
        wait_until(lambda: desk_backends(team_url, waiting=True) > 0, what="the placed commit")
        sender.kill()
        sender.communicate(timeout=30)
        lock.rollback()
    assert team_row(team_url, "TEAM-ANSWERED")["state"] == "in_flight"  # type: ignore[index]
    entry = reconcile_on_another_desk(sandbox, team_url, tmp_path)
    assert entry["state"] == "placed"
    (placed,) = ledger(sandbox, "TEAM-ANSWERED")
    assert entry["ingram_order_numbers"] == [placed["number"]]


def test_the_database_restarted_mid_send_loses_nothing_and_duplicates_nothing(
    sandbox, pg_factory: Any, tmp_path: Path
) -> None:
    server: PgServer = pg_factory()
    with psycopg.connect(server.url(), autocommit=True) as conn:
        schema.migrate(conn, "tests")
    url = server.url()
    sandbox.faults.delay(3.0, n=1, path="/resellers/v6/orders", method="POST",
                         after_processing=True)  # fmt: skip
    f = order_file(tmp_path, "TEAM-RESTART", stocked(sandbox))
    sender = desk(sandbox, tmp_path / "desk1", url, "orders", "create", str(f))
    wait_until(lambda: len(ledger(sandbox, "TEAM-RESTART")) == 1, what="Ingram has the order")
    server.restart()  # while the desk waits for Ingram's answer
    out, err = sender.communicate(timeout=120)
    assert sender.returncode == 0, err
    assert out.startswith("placed: "), (out, err)
    assert len(ledger(sandbox, "TEAM-RESTART")) == 1
    assert team_row(url, "TEAM-RESTART")["state"] == "placed"  # type: ignore[index]
    with psycopg.connect(url, autocommit=True) as conn:
        to_states = [r[0] for r in conn.execute("SELECT to_state FROM events ORDER BY id")]
    assert to_states == ["draft", "queued", "in_flight", "placed"]
