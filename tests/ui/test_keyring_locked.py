"""Reliability E2 in the window: a keyring whose reads hang (a locked collection nobody unlocks).
The profiles dialog asks it off the UI thread: after the timeout it says "The keyring is locked
or not answering" with a Retry button, a QTimer kept ticking all along (the UI thread never
blocked), and Retry works once the keyring answers."""

from __future__ import annotations

import asyncio
import os

import pytest
from PySide6.QtCore import Qt, QTimer

from ingram_desk.domain.errors import ConfigurationError
from ingram_desk.services.events import EventHub
from ingram_desk.settings.credentials import CredentialStore
from ingram_desk.settings.profiles import Profile, ProfileKind, ProfileStore
from tests.fixtures.client import LockedKeyring, save_sandbox_profile


class Ticks:
    """A QTimer counting its ticks: the count only grows while the UI's event loop runs."""

    def __init__(self, parent) -> None:
        self.count = 0
        self.timer = QTimer(parent)
        self.timer.timeout.connect(self._tick)
        self.timer.start(10)

    def _tick(self) -> None:
        self.count += 1


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
    ticks = Ticks(window)
    try:
        dialog = window.open_profiles()
        dialog.profiles.setCurrentRow(1)  # acme (the built-in demo is row 0): asks the keyring
        assert dialog.name.text() == "acme"
        await _until(dialog.retry_button.isVisible)
        assert ticks.count >= 10  # the event loop (the UI's) ran on while the keyring hung
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
        ticks.timer.stop()
        backend.release.set()


async def test_e2_at_start_a_hung_keyring_opens_the_window_offline_and_retry_connects(
    qtbot, sandbox, locked_keyring, tmp_path, monkeypatch
) -> None:
    """The app's own start (``open_app`` + ``start_session``): the keyring does not answer, so
    the window opens offline, sends nothing and says why with Retry; after the keyring is
    unlocked, Retry gives the client its secret, the app goes online and P&A works."""
    import argparse

    from ingram_desk import app
    from ingram_desk.paths import AppPaths
    from ingram_desk.settings import credentials

    monkeypatch.setattr(credentials, "KEYRING_TIMEOUT_S", 0.5)
    monkeypatch.delenv("INGRAM_CLIENT_SECRET", raising=False)
    paths = AppPaths(tmp_path / "data").ensure()
    save_sandbox_profile(paths.profiles_dir, sandbox)
    locked_keyring.store[(credentials.SERVICE, "acme")] = sandbox.config.client_secret
    args = argparse.Namespace(data_dir=paths.data_dir, profile="acme", api_url=None)
    async with app.open_app(args) as session:
        window = session.window
        ticks = Ticks(window)
        window.show()
        await app.start_session(session, args)
        assert window.isVisible()
        banner = window.banner
        assert "The keyring is locked or not answering" in banner.text()
        assert banner.retry_button.isVisible()
        assert window.status.connection_label.text() == "offline"
        sku = next(p.sku for p in sandbox.catalogue.products if p.stock > 5)
        with pytest.raises(ConfigurationError, match="keyring is locked"):
            await session.context.pna.check([sku])  # said, not sent
        assert sandbox.received_log() == []  # nothing reached Ingram, not even a token call
        if os.environ.get("INGRAM_DESK_SHOTS"):
            await asyncio.sleep(0.2)  # the status bar lays the shown label out
            window.grab().save(os.path.join(os.environ["INGRAM_DESK_SHOTS"], "keyring-start.png"))

        qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)  # still locked
        assert not banner.isVisible()
        await _until(banner.isVisible)  # said again after the timeout, with Retry
        assert banner.retry_button.isVisible() and not session.secret_wait.done
        assert ticks.count >= 20  # the UI's event loop ran on while the keyring hung

        locked_keyring.release.set()  # the user unlocks the keyring
        qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
        await _until(lambda: session.secret_wait.done)
        await _until(lambda: window.status.connection_label.text() == "online")
        results = await session.context.pna.check([sku])
        assert [r.sku for r in results] == [sku] and not banner.isVisible()
        ticks.timer.stop()


async def test_e2_saving_a_secret_to_a_hung_keyring_never_freezes_the_dialogs(
    qtbot, make_main_window, ui_catalogue, tmp_path
) -> None:
    """Keyring writes (the profile's secret, a feed's password) go off the UI thread: a keyring
    that does not answer is said after the timeout with Retry, the secret is kept for the
    session meanwhile, and Retry stores it once the keyring is unlocked."""
    from ingram_desk.feeds.config import FeedConfig
    from ingram_desk.services.feed_service import FeedService
    from ingram_desk.ui.dialogs.feed_settings_dialog import FeedSettingsDialog
    from tests.fixtures.ui import next_emission

    async def credentials_secret() -> str | None:
        return await credentials.get_secret_async("acme:feeds")

    backend = LockedKeyring()
    credentials = CredentialStore(backend, timeout=0.5)
    profiles = ProfileStore(tmp_path / "profiles")
    window = make_main_window(ui_catalogue, None, events=EventHub(), profiles=profiles,
                              credentials=credentials)  # fmt: skip
    ticks = Ticks(window)
    try:
        dialog = window.open_profiles()
        dialog.new_profile()
        dialog.name.setText("acme")
        dialog.customer_number.setText("20-222222")
        dialog.client_id.setText("client-id")
        dialog.secret.setText("s3cret-acme")
        saved = next_emission(dialog.saved)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert "storing the secret" in dialog.result.text()  # returned at once
        await asyncio.wait_for(saved, 10)
        assert ticks.count >= 10  # the UI's event loop ran on while the keyring hung
        assert "not</b> in the keyring yet" in dialog.result.text()
        assert "The keyring is locked or not answering" in dialog.keyring_note.text()
        assert dialog.retry_button.isVisible() and dialog.secret.text() == ""
        assert profiles.load("acme") is not None  # the profile itself is saved
        assert credentials.get_secret("acme") == "s3cret-acme"  # usable this session
        assert dialog.missing() == ""  # a connection test can use it
        if os.environ.get("INGRAM_DESK_SHOTS"):
            shot = os.path.join(os.environ["INGRAM_DESK_SHOTS"], "keyring-write-locked.png")
            dialog.grab().save(shot)

        backend.release.set()  # unlocked
        saved = next_emission(dialog.saved)
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
        await asyncio.wait_for(saved, 10)
        assert backend.store[("ingram-desk", "acme")] == "s3cret-acme"
        assert "secret kept in the system keyring" in dialog.result.text()
        assert not dialog.retry_button.isVisible()
        dialog.close()

        backend.release.clear()  # locked again: the feed password
        service = FeedService(tmp_path / "profile", FeedConfig(), credentials_secret,
                              ui_catalogue)  # fmt: skip
        feeds = FeedSettingsDialog(
            service, window.runner, lambda s: credentials.set_secret_async("acme:feeds", s),
            window,
        )  # fmt: skip
        feeds.show()
        feeds.secret.setText("feed-pass")
        saved = next_emission(feeds.saved)
        before = ticks.count
        feeds.save()
        await asyncio.wait_for(saved, 10)
        assert ticks.count - before >= 10
        assert "not in the keyring yet" in feeds.result.text() and feeds.retry_button.isVisible()
        backend.release.set()
        saved = next_emission(feeds.saved)
        qtbot.mouseClick(feeds.retry_button, Qt.MouseButton.LeftButton)
        await asyncio.wait_for(saved, 10)
        assert feeds.result.text() == "Saved." and not feeds.retry_button.isVisible()
        assert backend.store[("ingram-desk", "acme:feeds")] == "feed-pass"
        feeds.close()
    finally:
        ticks.timer.stop()
        backend.release.set()
