"""The desktop app as a user starts it: demo profile, sample catalogue imported, clean exit 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.mark.slow
def test_first_start_imports_the_sample_and_sigterm_exits_zero(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(data)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        store = data / "profiles" / "demo" / "catalogue.sqlite3"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not _has_rows(store):
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            time.sleep(0.2)
        assert _has_rows(store), "the sample catalogue was not imported on first start"
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err[-2000:]
    assert "Fatal Python error" not in err
    assert (data / "ui-state.ini").exists()  # the window saved its layout on the way out
    import json

    book = json.loads((data / "profiles" / "demo" / "address-book.json").read_text("utf-8"))
    assert len(book["addresses"]) == 2  # the demo's two sample ship-to addresses


def _has_rows(store: Path) -> bool:
    """The live catalogue generation beside the settings database ``store`` has rows."""
    from ingram_desk.catalogue.engine import catalogue_root
    from ingram_desk.catalogue.generation import current_name, read_info

    root = catalogue_root(store)
    name = current_name(root)
    return bool(name and int(read_info(root, name).get("row_count", 0)) > 0)


def test_an_unknown_profile_is_reported_and_exits_2(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(tmp_path), "--profile", "nosuch"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 2
    assert "No profile named 'nosuch'" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_profile_without_a_stored_secret_asks_for_it_instead_of_exiting(
    qtbot, sandbox, memory_keyring, tmp_path: Path, monkeypatch
) -> None:
    import argparse

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from ingram_desk.app import STARTUP_PROBE, run_gui
    from ingram_desk.paths import AppPaths
    from ingram_desk.settings.credentials import SERVICE
    from tests.fixtures.client import save_sandbox_profile

    monkeypatch.delenv("INGRAM_CLIENT_SECRET", raising=False)
    paths = AppPaths(tmp_path / "data").ensure()
    save_sandbox_profile(paths.profiles_dir, sandbox)
    asked: list[str] = []

    def answer() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QInputDialog) and w.isVisible():
                asked.append(w.labelText())
                w.setTextValue(sandbox.config.client_secret)
                w.accept()
                return
        QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    monkeypatch.setenv(STARTUP_PROBE, "0")  # open the window, search, close
    args = argparse.Namespace(data_dir=paths.data_dir, profile="acme", api_url=None)
    assert run_gui(args) == 0
    assert asked and "'acme' has no stored client secret" in asked[0]
    assert memory_keyring.get_password(SERVICE, "acme") == sandbox.config.client_secret
    assert "INGRAM_CLIENT_SECRET" not in os.environ


def test_the_profile_is_switched_from_the_menu_without_a_restart(
    qtbot, sandbox, memory_keyring, tmp_path: Path, monkeypatch
) -> None:
    """Tools → Switch profile lists the demo and saved profiles; choosing one reopens the window
    on it in the same process; closing that window ends the app with 0."""
    import argparse

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ingram_desk.app import run_gui
    from ingram_desk.paths import AppPaths
    from ingram_desk.settings.credentials import CredentialStore
    from ingram_desk.ui.main_window import MainWindow
    from tests.fixtures.client import save_sandbox_profile

    paths = AppPaths(tmp_path / "data").ensure()
    save_sandbox_profile(paths.profiles_dir, sandbox)
    CredentialStore().set_secret("acme", sandbox.config.client_secret)
    seen: list[tuple[str, list[str]]] = []

    def drive() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]  # fmt: skip
        if windows:
            w = windows[0]
            for box in (getattr(w, "welcome_box", None),):
                if box is not None:
                    box.close()
            w._fill_switch_menu()
            entries = [a.text() for a in w.switch_menu.actions()]
            if not seen or seen[-1][0] != w.windowTitle():
                seen.append((w.windowTitle(), entries))
                if w.services.profile_name == "demo":
                    next(a for a in w.switch_menu.actions() if a.text() == "acme").trigger()
                else:
                    w.close()
                    return
        QTimer.singleShot(50, drive)

    QTimer.singleShot(50, drive)
    args = argparse.Namespace(data_dir=paths.data_dir, profile=None, api_url=None)
    assert run_gui(args) == 0
    assert [t for t, _ in seen] == ["Ingram Desk — demo", "Ingram Desk — acme"]
    assert seen[0][1] == ["demo", "acme"]


def test_a_language_switch_reopens_the_same_profile_with_its_one_off_api_url(
    qtbot, qapp, sandbox, memory_keyring, tmp_path: Path
) -> None:
    """View → Language reopens the window on the same profile; a ``--api-url`` given for this
    run stays (a profile switch drops it: the other profile has its own address)."""
    import argparse

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ingram_desk.app import run_gui
    from ingram_desk.paths import AppPaths
    from ingram_desk.sandbox import demo
    from ingram_desk.settings.credentials import CredentialStore
    from ingram_desk.settings.profiles import Profile, ProfileKind, ProfileStore
    from ingram_desk.ui.i18n import install_language
    from ingram_desk.ui.main_window import MainWindow

    paths = AppPaths(tmp_path / "data").ensure()
    ProfileStore(paths.profiles_dir).save(
        Profile("acme", ProfileKind.CUSTOM, api_url="http://127.0.0.1:9",
                customer_number=demo.DEMO_CUSTOMER_NUMBER, country="NL",
                client_id=sandbox.config.client_id)
    )  # fmt: skip
    CredentialStore().set_secret("acme", sandbox.config.client_secret)
    seen: list[str] = []

    def drive() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]  # fmt: skip
        if windows:
            w = windows[0]
            seen.append(w.services.profile_name)
            if len(seen) == 1:
                w.set_language("de")
            else:
                w.close()
                return
        QTimer.singleShot(50, drive)

    QTimer.singleShot(50, drive)
    args = argparse.Namespace(data_dir=paths.data_dir, profile="acme", api_url=sandbox.url)
    try:
        assert run_gui(args) == 0
    finally:
        install_language(qapp, "en", tmp_path / "i18n")
    assert seen == ["acme", "acme"]
    assert args.profile == "acme" and args.api_url == sandbox.url


def test_the_demo_s_welcome_comes_once_the_sample_is_in_not_over_its_progress(
    qtbot, sandbox, memory_keyring, tmp_path: Path
) -> None:
    """First start on the demo: the sample is imported, then the welcome says what this is (shown
    at once, it covered the import's progress dialog)."""
    import argparse

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ingram_desk.app import run_gui
    from ingram_desk.paths import AppPaths
    from ingram_desk.ui.catalogue_import import IMPORT_TASK
    from ingram_desk.ui.main_window import MainWindow

    paths = AppPaths(tmp_path / "data").ensure()
    seen: list[bool] = []

    def drive() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]  # fmt: skip
        box = getattr(windows[0], "welcome_box", None) if windows else None
        if box is not None and box.isVisible():
            w = windows[0]
            seen.append(w.runner.is_running(IMPORT_TASK))
            box.close()
            w.close()
            return
        QTimer.singleShot(20, drive)

    QTimer.singleShot(20, drive)
    args = argparse.Namespace(data_dir=paths.data_dir, profile=None, api_url=None)
    assert run_gui(args) == 0
    assert seen == [False]  # shown once, and the import was over by then
