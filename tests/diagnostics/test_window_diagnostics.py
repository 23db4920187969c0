"""The window's side of diagnostics: an exception in a Qt slot is logged and shown in the banner,
About shows the version and licence notices and copies diagnostics without secrets, and Help ▸
Show data folder opens the data folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication

from ingram_desk import __version__
from ingram_desk.diagnostics import start_diagnostics
from ingram_desk.logging_setup import log_file
from ingram_desk.sandbox.demo import DEMO_CLIENT_SECRET

pytestmark = pytest.mark.usefixtures("restore_hooks")


def test_exception_in_a_qt_slot_is_logged_and_shown_in_the_banner(
    qtbot: Any, make_main_window: Any, ui_catalogue: Any, tmp_path: Path
) -> None:
    window = make_main_window(ui_catalogue)
    logs = tmp_path / "logs"
    with qtbot.capture_exceptions() as captured:  # pytest-qt's hook stays chained after ours
        start_diagnostics("gui", logs)

        def broken_slot() -> None:
            raise ZeroDivisionError("slot divided by zero")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    assert [type(e[1]) for e in captured] == [ZeroDivisionError]
    assert "Unexpected error" in window.banner.text()
    assert "slot divided by zero" in window.banner.text()
    text = log_file(logs, "gui").read_text(encoding="utf-8")
    assert "Uncaught exception" in text and "ZeroDivisionError: slot divided by zero" in text


async def test_exception_in_an_event_loop_callback_is_logged_and_shown_in_the_banner(
    qtbot: Any, make_main_window: Any, ui_catalogue: Any, tmp_path: Path
) -> None:
    import asyncio

    from ingram_desk.diagnostics import on_loop_exception

    window = make_main_window(ui_catalogue)
    logs = tmp_path / "logs"
    start_diagnostics("gui", logs)
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(on_loop_exception)  # as app.run_gui does
    try:

        def callback() -> None:
            raise KeyError("callback lost its key")

        loop.call_soon(callback)
        for _ in range(100):
            if window.banner.isVisible():
                break
            await asyncio.sleep(0.02)
    finally:
        loop.set_exception_handler(None)
    assert "callback lost its key" in window.banner.text()
    text = log_file(logs, "gui").read_text(encoding="utf-8")
    assert "Uncaught exception in the event loop" in text and "KeyError" in text


def test_about_shows_version_licences_and_copies_diagnostics_without_secrets(
    qtbot: Any, make_main_window: Any, ui_catalogue: Any, tmp_path: Path
) -> None:
    window = make_main_window(
        ui_catalogue, profile_kind="demo", data_dir=tmp_path / "data", logs_dir=tmp_path / "logs"
    )
    dialog = window.about()
    qtbot.waitExposed(dialog)
    assert __version__ in dialog.title.text()
    licences = dialog.licences.toPlainText()
    assert "GNU Lesser General Public License" in licences
    assert "Copyright (c) 2024 Ingram Micro" in licences and "MIT License" in licences
    text = dialog.copy_diagnostics()
    assert QGuiApplication.clipboard().text() == text
    assert f"Ingram Desk {__version__}" in text
    for needle in ("Python 3.", "OS: ", "PySide6-Essentials: 6.", "polars: ", "Qt: 6."):
        assert needle in text
    assert "Profile kind: demo" in text
    assert f"Data folder: {tmp_path / 'data'}" in text
    assert "Keyring backend: " in text
    assert DEMO_CLIENT_SECRET not in text
    dialog.close()


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_show_data_folder_opens_the_data_folder(
    make_main_window: Any, ui_catalogue: Any, tmp_path: Path
) -> None:
    window = make_main_window(ui_catalogue, data_dir=tmp_path)
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        window.data_folder_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in catcher.urls] == [str(tmp_path)]
