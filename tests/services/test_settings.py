"""Profiles as versioned JSON without secrets; secrets only in the keyring or in memory."""

from __future__ import annotations

import json
from pathlib import Path

import keyring.backends.fail
import keyring.backends.null

from ingram_desk.settings.credentials import SERVICE, CredentialStore
from ingram_desk.settings.profiles import Profile, ProfileKind, ProfileStore
from tests.fixtures.client import MemoryKeyring


def test_profile_round_trip_and_migration(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles")
    p = Profile("acme", ProfileKind.PRODUCTION, "20-222222", "NL", "app-id")
    store.save(p)
    assert store.load("acme") == p
    assert store.names() == ["acme"]
    assert p.base_url() == "https://api.ingrammicro.com:443"
    old = tmp_path / "profiles" / "old" / "profile.json"
    old.parent.mkdir(parents=True)
    old.write_text(json.dumps({"name": "old", "environment": "sandbox"}))
    assert store.load("old").kind is ProfileKind.INGRAM_SANDBOX  # type: ignore[union-attr]


def test_secret_goes_to_the_keyring_entry_for_the_profile(memory_keyring: MemoryKeyring) -> None:
    creds = CredentialStore()
    assert not creds.session_only and creds.notice is None
    assert creds.set_secret("acme", "s3cret-value") is True
    assert memory_keyring.store[(SERVICE, "acme")] == "s3cret-value"
    assert CredentialStore().get_secret("acme") == "s3cret-value"


def test_without_a_keyring_the_secret_lives_in_memory_only(tmp_path: Path) -> None:
    for backend in (keyring.backends.null.Keyring(), keyring.backends.fail.Keyring()):
        creds = CredentialStore(backend)
        assert creds.session_only
        assert creds.notice and "this session only" in creds.notice
        assert creds.set_secret("acme", "mem-only-secret") is False
        assert creds.get_secret("acme") == "mem-only-secret"
        assert CredentialStore(backend).get_secret("acme") is None  # next run: gone
    assert not any(tmp_path.rglob("*"))


async def test_a_hanging_keyring_times_out() -> None:
    import threading

    from ingram_desk.domain.errors import ConfigurationError

    release = threading.Event()

    class Hanging(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            release.wait(5)
            return None

    creds = CredentialStore(Hanging(), timeout=0.1)
    try:
        await creds.get_secret_async("acme")
        raise AssertionError("expected a timeout")
    except ConfigurationError as exc:
        assert "locked or not answering" in exc.message
    finally:
        release.set()


def test_preferences_round_trip_migrate_and_survive_damage(tmp_path: Path) -> None:
    from ingram_desk.settings.preferences import Preferences, load_preferences, save_preferences

    path = tmp_path / "settings.json"
    assert load_preferences(path) == Preferences()
    save_preferences(path, Preferences(active_profile="acme", watch_poll_seconds=60))
    assert load_preferences(path).active_profile == "acme"
    path.write_text(json.dumps({"profile": "old", "someday": 1}))
    assert load_preferences(path).active_profile == "old"
    path.write_text("{broken")
    assert load_preferences(path) == Preferences()


def test_profile_carrier_list_survives_a_save_as_upper_case_codes(tmp_path: Path) -> None:
    from ingram_desk.settings.profiles import OrderPreferences

    store = ProfileStore(tmp_path)
    prefs = OrderPreferences(carrier_code="UG", carriers=("GN", "UG"))
    store.save(Profile("acme", ProfileKind.PRODUCTION, "20-1", "NL", "id", orders=prefs))
    assert store.load("acme").orders.carriers == ("GN", "UG")  # type: ignore[union-attr]
    # hand-edited JSON (a list, lower case) is normalised on load
    path = next(tmp_path.rglob("*.json"))
    data = json.loads(path.read_text())
    data["orders"]["carriers"] = ["gn", " wc "]
    path.write_text(json.dumps(data))
    assert store.load("acme").orders.carriers == ("GN", "WC")  # type: ignore[union-attr]
