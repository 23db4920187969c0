"""Issue 19 defect 6 and scenario D7: damaged stores are detected, set aside and recovered, and
the user is told in words (never a ``sqlite3.DatabaseError`` traceback)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ingram_desk.sandbox.dataset import load_catalogue
from ingram_desk.services.order_journal import OrderJournal, OrderState

SAMPLE = Path(__file__).parents[2] / "resources" / "sample" / "price_file.csv"


def cli(data_dir: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(data_dir), *argv],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def damage_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = b"\x00garbage" * 12 + b"\x00" * 4  # "file is not a database"
    path.write_bytes(bytes(data))


def place_one(d: Path, tmp_path: Path, po: str) -> None:
    sku = next(p.sku for p in load_catalogue().products if p.stock > 10)
    f = tmp_path / f"{po}.json"
    f.write_text(json.dumps({"customerOrderNumber": po,
                             "lines": [{"ingramPartNumber": sku, "quantity": 1}]}))  # fmt: skip
    assert cli(d, "orders", "create", str(f)).returncode == 0


def test_damaged_journal_is_set_aside_and_restored_from_its_backup(tmp_path: Path) -> None:
    d = tmp_path / "data"
    place_one(d, tmp_path, "DMG-1")  # the first start also writes the daily backup
    journal = d / "profiles" / "demo" / "orders-journal.sqlite3"
    for side in ("-wal", "-shm"):
        journal.with_name(journal.name + side).unlink(missing_ok=True)
    damage_header(journal)

    proc = cli(d, "orders", "journal", "--json")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and "DatabaseError" not in proc.stderr
    assert "damaged" in proc.stderr and "restored from the backup" in proc.stderr
    assert "order search" in proc.stderr
    orders = json.loads(proc.stdout)["orders"]
    assert [(o["customer_po"], o["state"]) for o in orders] == [("DMG-1", "placed")]
    assert list(journal.parent.glob("orders-journal.sqlite3.damaged-*"))
    with OrderJournal(journal) as j:  # healthy again, and quiet
        assert j.restore_note is None and j.entries()[0].state is OrderState.PLACED


def test_damaged_journal_without_a_backup_is_one_line_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "orders-journal.sqlite3"
    OrderJournal(path).close()
    damage_header(path)
    before = path.read_bytes()
    proc = subprocess.run(
        [sys.executable, "-c",
         "import sys; from pathlib import Path\n"
         "from ingram_desk.services.order_journal import OrderJournal, JournalError\n"
         "try:\n OrderJournal(Path(sys.argv[1]))\n"
         "except JournalError as e: print(e.one_line())", str(path)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "damaged" in proc.stdout and "no backup" in proc.stdout and proc.stderr == ""
    assert path.read_bytes() == before  # nothing moved or overwritten


def test_damaged_catalogue_says_so_and_import_recovers(tmp_path: Path) -> None:
    d = tmp_path / "data"
    assert cli(d, "catalogue", "import", str(SAMPLE)).returncode == 0
    db = next((d / "profiles" / "demo").glob("catalogue*.sqlite3"))
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    damage_header(db)
    for argv in (("catalogue", "info"), ("catalogue", "search", "cable")):
        proc = cli(d, *argv)
        assert proc.returncode == 1, proc.stdout
        assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1
        assert "damaged" in proc.stderr and "import" in proc.stderr
    proc = cli(d, "catalogue", "import", str(SAMPLE))
    assert proc.returncode == 0, proc.stderr
    assert "damaged" in proc.stderr or "damaged" in proc.stdout  # said what it did
    assert list(db.parent.glob(db.name + ".damaged-*"))
    proc = cli(d, "catalogue", "info")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr


def test_the_window_s_catalogue_service_sets_a_damaged_store_aside(tmp_path: Path) -> None:
    from ingram_desk.services.catalogue_service import CatalogueService

    db = tmp_path / "catalogue.sqlite3"
    CatalogueService(db, in_subprocess=False).close()
    damage_header(db)
    service = CatalogueService(db, in_subprocess=False)
    try:
        assert service.damaged_note and "import the price file again" in service.damaged_note
        assert list(tmp_path.glob("catalogue.sqlite3.damaged-*"))
    finally:
        service.close()


def _draft(po: str):
    from ingram_desk.domain.order_draft import OrderDraft

    return OrderDraft.from_request(
        {"customerOrderNumber": po, "lines": [{"ingramPartNumber": "SKU-1", "quantity": 1}]}
    )


def test_d7_journal_copied_without_its_wal_is_restored_from_the_newer_backup(
    tmp_path: Path,
) -> None:
    """An unclean copy: the main file without its -wal, where the -wal held committed work.
    It passes quick_check, but it is older than its backup: set aside, restored, and the
    unsent orders named for a check at Ingram before anything is sent."""
    import shutil
    import sqlite3
    from contextlib import closing

    live = tmp_path / "live" / "orders-journal.sqlite3"
    copy = tmp_path / "copy" / "orders-journal.sqlite3"
    with OrderJournal(live) as j:
        j.save_draft(_draft("D7-OLD"))
        j._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # D7-OLD is in the main file
        late = j.save_draft(_draft("D7-NEW"))
        j.queue(late.draft_id, late.draft)  # committed, but only in the -wal
        j.backup()  # the backup copies the committed state, -wal included
        copy.parent.mkdir()
        shutil.copy2(live, copy)  # the copy misses the -wal
        shutil.copy2(j.backup_path, copy.with_name(j.backup_path.name))
    with closing(sqlite3.connect(copy)) as db:  # on its own the copy looks healthy…
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert [r[0] for r in db.execute("SELECT customer_po FROM orders")] == ["D7-OLD"]

    with OrderJournal(copy) as j:  # …but not next to its backup
        note = j.restore_note
        states = {e.customer_po: e.state for e in j.entries()}
        assert j._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert note is not None and "older than its own backup" in note and "-wal" in note
    assert "restored from the backup of" in note and "order search" in note
    assert "D7-NEW" in note  # the order to check at Ingram, by PO
    assert states == {"D7-OLD": OrderState.DRAFT, "D7-NEW": OrderState.RECONCILING}
    assert list(copy.parent.glob("orders-journal.sqlite3.damaged-*"))  # kept for support
    with OrderJournal(copy) as j:  # healthy now, and quiet
        assert j.restore_note is None


def test_d7_a_journal_ahead_of_its_backup_is_the_normal_case(tmp_path: Path) -> None:
    path = tmp_path / "orders-journal.sqlite3"
    with OrderJournal(path) as j:
        j.backup()
        j.save_draft(_draft("D7-LATER"))
    with OrderJournal(path) as j:
        assert j.restore_note is None and [e.customer_po for e in j.entries()] == ["D7-LATER"]
