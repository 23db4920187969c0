"""Issue 19 defect 5: two processes on one data folder, as real subprocesses against the sandbox.

Every process that sends takes the journal's driver lock, waits for it or hands the order to the
holder, and reports the true outcome; the sandbox's ledger says what Ingram really did.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from ingram_desk.ingram.client import IngramClient
from ingram_desk.ingram.config import ClientConfig
from ingram_desk.services.events import EventHub
from ingram_desk.services.order_journal import OrderJournal, OrderState
from ingram_desk.services.ordering_service import OrderingService

pytestmark = pytest.mark.slow


def stocked(server: Any) -> str:
    return next(p.sku for p in server.catalogue.products if p.stock > 10 and not p.discontinued)


def env_for(server: Any) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        INGRAM_CLIENT_ID=server.config.client_id,
        INGRAM_CLIENT_SECRET=server.config.client_secret,
        INGRAM_CUSTOMER_NUMBER="20-222222",
        INGRAM_COUNTRY="NL",
    )
    return env


def start_create(server: Any, data_dir: Path, order_file: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(data_dir),
         "--api-url", server.url, "orders", "create", str(order_file)],
        env=env_for(server), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def order_file(tmp_path: Path, po: str, sku: str) -> Path:
    f = tmp_path / f"{po}.json"
    f.write_text(
        json.dumps({"customerOrderNumber": po, "lines": [{"ingramPartNumber": sku, "quantity": 1}]})
    )
    return f


def ledger(server: Any, po: str) -> list[dict[str, Any]]:
    return [o for o in server.placed_orders() if o["customer_order_number"].upper() == po.upper()]


def journal_path(data_dir: Path) -> Path:
    return data_dir / "profiles" / "env" / "orders-journal.sqlite3"


def wait_for_state(data_dir: Path, po: str, state: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if journal_path(data_dir).exists():
            with closing(sqlite3.connect(journal_path(data_dir), timeout=5)) as db:
                try:
                    row = db.execute(
                        "SELECT state FROM orders WHERE customer_po=?", (po,)
                    ).fetchone()
                except sqlite3.OperationalError:
                    row = None
            if row and row[0] == state:
                return
        time.sleep(0.05)
    raise AssertionError(f"{po} never became {state}")


def test_two_pos_from_two_processes_both_exit_0_placed(sandbox, tmp_path) -> None:
    """The second starts while the first is in flight (it used to turn the first's order into
    'reconciling' and both exited 1)."""
    sandbox.faults.delay(3.0, path="/resellers/v6/orders", method="POST")  # a slow answer
    sku, d = stocked(sandbox), tmp_path / "data"
    procs = [start_create(sandbox, d, order_file(tmp_path, "TWO-A", sku))]
    wait_for_state(d, "TWO-A", "in_flight")
    procs.append(start_create(sandbox, d, order_file(tmp_path, "TWO-B", sku)))
    outs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0, err
        assert out.startswith("placed: ") and "Traceback" not in err
    for po in ("TWO-A", "TWO-B"):
        assert len(ledger(sandbox, po)) == 1
    with OrderJournal(journal_path(d)) as journal:
        assert {e.customer_po: e.state for e in journal.entries()} == {
            "TWO-A": OrderState.PLACED, "TWO-B": OrderState.PLACED,
        }  # fmt: skip


def test_same_file_from_two_processes_at_once_is_one_order_and_both_tell_the_truth(
    sandbox, tmp_path
) -> None:
    sandbox.faults.delay(1.0, path="/resellers/v6/orders", method="POST")
    sku, d = stocked(sandbox), tmp_path / "data"
    f = order_file(tmp_path, "SAME-1", sku)
    procs = [start_create(sandbox, d, f) for _ in range(2)]
    results = [(p, *p.communicate(timeout=120)) for p in procs]
    assert len(ledger(sandbox, "SAME-1")) == 1
    placed = [r for r in results if r[0].returncode == 0]
    refused = [r for r in results if r[0].returncode != 0]
    assert len(placed) == 1 and len(refused) == 1
    assert placed[0][1].startswith("placed: ")
    assert "already used by another order in the journal" in refused[0][2]
    assert "Traceback" not in refused[0][2] and "not in_flight" not in refused[0][2]


async def test_the_command_line_hands_its_order_to_the_window_that_drives_the_journal(
    sandbox, tmp_path
) -> None:
    """A process holding the driver lock (what the window's outbox driver does) sends the
    order the command queued; the command reports it placed."""
    from ingram_desk.sandbox import demo

    d = tmp_path / "data"
    path = journal_path(d)
    path.parent.mkdir(parents=True)
    config = ClientConfig(
        base_url=sandbox.url, customer_number="20-222222", country="NL",
        client_id=sandbox.config.client_id, client_secret=sandbox.config.client_secret,
        sender_id=demo.DEMO_SENDER_ID,
    )  # fmt: skip
    async with IngramClient(config) as client:
        window = OrderingService(client, OrderJournal(path), EventHub())
        driver = asyncio.create_task(window.run_forever(interval=0.2))
        await asyncio.sleep(0.3)
        assert window._driver.held
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "ingram_desk", "--data-dir", str(d), "--api-url", sandbox.url,
            "orders", "create", str(order_file(tmp_path, "HAND-1", stocked(sandbox))),
            env=env_for(sandbox), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, err = await asyncio.wait_for(proc.communicate(), 120)
        driver.cancel()
        with pytest.raises(asyncio.CancelledError):
            await driver
        window.journal.close()
    assert proc.returncode == 0, err.decode()
    assert out.decode().startswith("placed: ")
    (placed,) = ledger(sandbox, "HAND-1")
    # the window's process sent it: its attempt row carries the correlation id Ingram saw
    with OrderJournal(path) as journal:
        (entry,) = journal.entries()
        assert journal.attempts(entry.draft_id)[0].correlation_id == placed["correlation_id"]
    assert not window._driver.held


def test_journal_process_says_when_another_process_drives(sandbox, tmp_path) -> None:
    from ingram_desk.services.driver_lock import DriverLock

    d = tmp_path / "data"
    path = journal_path(d)
    path.parent.mkdir(parents=True)
    with DriverLock(path):
        proc = subprocess.run(
            [sys.executable, "-m", "ingram_desk", "--data-dir", str(d), "--api-url", sandbox.url,
             "orders", "journal", "--process"],
            env=env_for(sandbox), capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    assert proc.returncode == 0
    assert "another Ingram Desk process is sending orders" in proc.stderr
