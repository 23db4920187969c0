"""Issue 19 defect 7: the data folder is private. On POSIX every folder the app writes is 0700
and every file 0600 (journal and its WAL, backup, logs, catalogue, settings, address book,
profiles, watch list); files left 0644 by earlier versions are tightened when opened. On Windows
each private folder gets a per-user ACL through ``icacls``. There is no Windows machine in CI: the
Windows branch is tested by the command it composes, its once-per-folder cache and its fallback
(icacls missing → a warning, the folder untouched); the real icacls run is tested only on Windows."""

from __future__ import annotations

import json
import logging
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from ingram_desk.cli.main import main
from ingram_desk.paths import (
    AppPaths,
    private_dir,
    private_file,
    restrict_windows_dir,
    windows_acl_args,
    write_private,
)
from ingram_desk.sandbox.dataset import load_catalogue
from ingram_desk.services.order_journal import OrderJournal
from ingram_desk.settings.address_book import AddressBook, SavedAddress
from ingram_desk.settings.preferences import Preferences, save_preferences

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX modes; Windows uses an ACL")
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


def test_windows_acl_command_gives_the_user_alone_full_control_inherited_inside(tmp_path) -> None:
    folder = tmp_path / "Ingram Desk" / "data"
    args = windows_acl_args(folder, "ACME\\jan")
    assert args[:2] == ["icacls", str(folder)]  # one argument, spaces and all: no shell quoting
    assert args[2:] == ["/inheritance:r", "/grant:r", "ACME\\jan:(OI)(CI)F", "/Q"]


def test_windows_acl_is_applied_once_per_folder_with_the_signed_in_user(
    tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("USERNAME", "jan")
    monkeypatch.setenv("USERDOMAIN", "ACME")
    ran: list[list[str]] = []
    folder = private_dir(tmp_path / "acl-once")

    def run(args) -> int:
        ran.append(list(args))
        return 0

    assert restrict_windows_dir(folder, run) and restrict_windows_dir(folder, run)
    assert ran == [windows_acl_args(folder, "ACME\\jan")]


@pytest.mark.parametrize("failure", ["missing", "refused", "hangs"])
def test_windows_acl_falls_back_to_the_inherited_acl_with_a_warning(
    tmp_path, monkeypatch, caplog, failure
) -> None:
    monkeypatch.setenv("USERNAME", "jan")
    folder = private_dir(tmp_path / f"acl-{failure}")

    def run(args) -> int:
        if failure == "missing":
            raise FileNotFoundError(2, "No such file", args[0])
        if failure == "hangs":
            raise subprocess.TimeoutExpired(args, 30)
        return 5  # icacls: access denied

    with caplog.at_level(logging.WARNING, logger="ingram_desk.paths"):
        assert restrict_windows_dir(folder, run) is False
    assert "inherited ACL stays" in caplog.text and folder.is_dir()


@pytest.mark.skipif(shutil.which("icacls") is not None, reason="icacls exists here")
def test_without_icacls_the_real_runner_falls_back(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("USERNAME", "jan")
    assert restrict_windows_dir(private_dir(tmp_path / "no-icacls")) is False


@pytest.mark.skipif(os.name != "nt", reason="a real icacls run needs Windows")
def test_windows_private_dir_grants_only_the_user(tmp_path) -> None:
    folder = private_dir(tmp_path / "acl-real")
    shown = subprocess.run(["icacls", str(folder)], capture_output=True, text=True).stdout
    assert "(OI)(CI)(F)" in shown and "BUILTIN\\Users" not in shown and "(I)" not in shown
