"""Issue 19 defect 7: the data folder is private. On POSIX every folder the app writes is 0700
and every file 0600 (journal and its WAL, backup, logs, catalogue, settings, address book,
profiles, watch list); files left 0644 by earlier versions are tightened when opened. On Windows
the per-user profile folder's ACL does that job (paths.py says why); only the POSIX modes are
tested here, and the Windows path is skipped rather than faked."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from ingram_desk.cli.main import main
from ingram_desk.paths import AppPaths, private_file, write_private
from ingram_desk.sandbox.dataset import load_catalogue
from ingram_desk.services.order_journal import OrderJournal
from ingram_desk.settings.address_book import AddressBook, SavedAddress
from ingram_desk.settings.preferences import Preferences, save_preferences

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX modes; Windows uses the profile ACL")
SAMPLE = Path(__file__).parents[2] / "resources" / "sample" / "price_file.csv"


def modes(root: Path) -> dict[str, int]:
    return {
        str(p.relative_to(root)): stat.S_IMODE(p.stat().st_mode) for p in [root, *root.rglob("*")]
    }


@posix_only
def test_everything_the_app_writes_is_private(tmp_path: Path, capsys) -> None:
    old = os.umask(0o022)  # a typical desktop umask: would give 0644 / 0755
    try:
        d = tmp_path / "data"
        sku = next(p.sku for p in load_catalogue().products if p.stock > 10)
        order = tmp_path / "order.json"
        order.write_text(json.dumps({"lines": [{"ingramPartNumber": sku, "quantity": 1}]}))
        assert main(["--data-dir", str(d), "orders", "create", str(order)]) == 0
        assert main(["--data-dir", str(d), "catalogue", "import", str(SAMPLE)]) == 0
        profile = AppPaths(d).profile_dir("demo")
        AddressBook(profile / "address-book.json").save(SavedAddress("HQ", {"city": "Leeds"}))
        save_preferences(d / "settings.json", Preferences())
    finally:
        os.umask(old)
    capsys.readouterr()
    found = modes(d)
    names = " ".join(found)
    for needed in ("orders-journal.sqlite3", "cli.log", "address-book.json",
                   "settings.json", ".backup"):  # fmt: skip
        assert needed in names
    assert any("catalogue" in n or n.endswith(".db") or "sqlite" in n for n in found)
    loose = {n: oct(m) for n, m in found.items()
             if m != (0o700 if (d / n).is_dir() else 0o600)}  # fmt: skip
    assert loose == {}


@posix_only
def test_existing_world_readable_files_are_tightened_on_open(tmp_path: Path) -> None:
    d = tmp_path / "data"
    (d / "logs").mkdir(parents=True)
    d.chmod(0o755)
    old_log = d / "logs" / "cli.log"
    old_log.write_text("old\n")
    old_log.chmod(0o644)
    journal = d / "profiles" / "demo" / "orders-journal.sqlite3"
    journal.parent.mkdir(parents=True)
    OrderJournal(journal).close()
    journal.chmod(0o644)
    journal.parent.chmod(0o755)

    AppPaths(d).ensure()
    OrderJournal(journal).close()
    assert stat.S_IMODE(d.stat().st_mode) == 0o700
    assert stat.S_IMODE(journal.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(old_log.stat().st_mode) == 0o600
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600


def test_write_private_replaces_atomically_and_private_file_creates_empty(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "x.json"
    write_private(target, "one")
    write_private(target, b"two")
    assert target.read_text() == "two" and not (tmp_path / "sub" / "x.json.tmp").exists()
    made = private_file(tmp_path / "new.bin", create=True)
    assert made.exists() and made.stat().st_size == 0
    if os.name != "nt":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert stat.S_IMODE(made.stat().st_mode) == 0o600
