"""The SQLite journal's own concerns: durability settings, damaged files and backups, the driver
lock. What every journal must do is in test_journal_contract.py (run against SQLite and PostgreSQL)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.services.order_journal import (
    JournalError,
    OrderJournal,
    OrderState,
)


def draft(po: str = "PO-1") -> OrderDraft:
    return OrderDraft.from_request(
        {"customerOrderNumber": po, "lines": [{"ingramPartNumber": "DF4128", "quantity": 1}]}
    )


def test_journal_file_is_wal_with_full_sync(tmp_path: Path) -> None:
    j = OrderJournal(tmp_path / "orders-journal.sqlite3")
    assert j._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert j._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    j.close()


def test_a_damaged_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    j = OrderJournal(path)
    for i in range(50):
        j.save_draft(draft(f"PO-{i}"))
    j._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    j.close()
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096):  # scribble over every b-tree page but the header
        data[page * 4096 + 8 : page * 4096 + 300] = b"\xff" * 292
    path.write_bytes(bytes(data))
    with pytest.raises((JournalError, sqlite3.DatabaseError)):
        OrderJournal(path)


def test_backup_is_a_consistent_copy_and_a_damaged_journal_points_to_it(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    j = OrderJournal(path)
    for i in range(50):
        e = j.save_draft(draft(f"PO-{i}"))
    j.queue(e.draft_id, e.draft)
    assert j.backup(max_age_hours=24) == j.backup_path
    assert j.backup(max_age_hours=24) is None  # fresh enough: not redone at every start
    j.close()
    restored = OrderJournal(j.backup_path)
    assert len(restored.entries()) == 50
    assert restored.get(e.draft_id).state is OrderState.QUEUED
    restored.close()
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096 + 8 : page * 4096 + 300] = b"\xff" * 292
    path.write_bytes(bytes(data))
    # Damaged: set aside and restored from the backup, in words (issue 19 defect 6).
    restored = OrderJournal(path)
    assert restored.restore_note and "order search" in restored.restore_note
    assert len(restored.entries()) == 50
    # queued in the backup: it may have been sent after the backup, so it is checked first
    assert restored.get(e.draft_id).state is OrderState.RECONCILING
    restored.close()
    assert list(path.parent.glob(path.name + ".damaged-*"))


def test_only_one_driver_per_journal(tmp_path: Path) -> None:
    import subprocess
    import sys

    from ingram_desk.services.driver_lock import DriverLock

    path = tmp_path / "j.sqlite3"
    with DriverLock(path):
        probe = (
            "import sys; from pathlib import Path;"
            "from ingram_desk.services.driver_lock import DriverLock\n"
            "from ingram_desk.services.order_journal import JournalError\n"
            "try:\n DriverLock(Path(sys.argv[1])).acquire(); print('got it')\n"
            "except JournalError as e: print('refused:', e.message)"
        )
        out = subprocess.run(
            [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True
        ).stdout
        assert out.startswith("refused: Another Ingram Desk")
    # released: the next driver gets it
    with DriverLock(path):
        pass
