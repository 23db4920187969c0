"""Reliability E2 in the window: a keyring whose reads hang (a locked collection nobody unlocks).
The profiles dialog asks it off the UI thread: after the timeout it says "The keyring is locked
or not answering" with a Retry button, a QTimer kept ticking all along (the UI thread never
blocked), and Retry works once the keyring answers."""

from __future__ import annotations

import asyncio
import os
import threading

from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt, QTimer

from ingram_desk.services.events import EventHub
from ingram_desk.settings.credentials import CredentialStore
from ingram_desk.settings.profiles import Profile, ProfileKind, ProfileStore


class LockedKeyring(KeyringBackend):
    """Reads block until ``release`` is set (the user unlocks the keyring), then answer."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(60)
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


async def _until(check, timeout: float = 10.0) -> None:
    async with asyncio.timeout(timeout):
        while not check():
            await asyncio.sleep(0.02)


async def test_e2_locked_keyring_says_so_with_retry_and_never_blocks_the_ui(
    qtbot, make_main_window, ui_catalogue, tmp_path
) -> None:
    backend = LockedKeyring()
    backend.store[("ingram-desk", "acme")] = "s3cret-acme"
    profiles = ProfileStore(tmp_path / "profiles")
    profiles.save(Profile("acme", ProfileKind.INGRAM_SANDBOX, "20-222222", "NL", "client-id"))
    window = make_main_window(ui_catalogue, None, events=EventHub(), profiles=profiles,
                              credentials=CredentialStore(backend, timeout=0.5))  # fmt: skip
    ticks = 0

    def tick() -> None:
        nonlocal ticks
        ticks += 1

    timer = QTimer(window)
    timer.timeout.connect(tick)
    timer.start(10)
    try:
        dialog = window.open_profiles()
        dialog.profiles.setCurrentRow(0)  # acme: the dialog asks the keyring
        assert dialog.name.text() == "acme"
        await _until(dialog.retry_button.isVisible)
        assert ticks >= 10  # the event loop (the UI's) ran on while the keyring hung
        assert "The keyring is locked or not answering" in dialog.keyring_note.text()
        if os.environ.get("INGRAM_DESK_SHOTS"):
            dialog.grab().save(os.path.join(os.environ["INGRAM_DESK_SHOTS"], "keyring-locked.png"))
        dialog.test_connection()
        assert "keyring is locked" in dialog.result.text()  # said, not a hang or traceback

        backend.release.set()  # unlocked
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
        await _until(lambda: dialog.stored is not None)
        assert dialog.stored is True and not dialog.retry_button.isVisible()
        assert dialog.secret.placeholderText() == "stored — type to replace"
        assert "locked" not in dialog.keyring_note.text()
        dialog.close()
    finally:
        timer.stop()
        backend.release.set()
