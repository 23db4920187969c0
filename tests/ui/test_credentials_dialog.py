"""Profiles & credentials dialog: save to the keyring (or session only), test the connection."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt

from ingram_desk.sandbox import demo
from ingram_desk.services.events import EventHub
from ingram_desk.settings.credentials import SERVICE, CredentialStore
from ingram_desk.settings.profiles import Profile, ProfileKind, ProfileStore
from tests.fixtures.ui import next_emission


def _fill(dialog, sandbox, secret: str) -> None:
    dialog.new_profile()
    dialog.name.setText("acme-test")
    dialog.kind.setCurrentIndex(dialog.kind.findData(ProfileKind.CUSTOM.value))
    dialog.api_url.setText(sandbox.url)
    dialog.customer_number.setText(demo.DEMO_CUSTOMER_NUMBER)
    dialog.country.setCurrentText("NL")
    dialog.client_id.setText(sandbox.config.client_id)
    dialog.secret.setText(secret)


def _window(make_main_window, ui_catalogue, tmp_path, credentials):
    return make_main_window(
        ui_catalogue,
        None,
        events=EventHub(),
        profiles=ProfileStore(tmp_path / "profiles"),
        credentials=credentials,
    )


async def test_saved_secret_goes_to_the_keyring_and_the_connection_test_passes(
    qtbot, sandbox, memory_keyring, make_main_window, ui_catalogue, tmp_path
) -> None:
    window = _window(make_main_window, ui_catalogue, tmp_path, CredentialStore())
    dialog = window.open_profiles()
    _fill(dialog, sandbox, sandbox.config.client_secret)
    saved = next_emission(dialog.saved)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    await asyncio.wait_for(saved, 10)  # the keyring is written off the UI thread
    assert memory_keyring.store[(SERVICE, "acme-test")] == sandbox.config.client_secret
    assert "system keyring" in dialog.result.text()
    saved = (tmp_path / "profiles" / "acme-test" / "profile.json").read_text()
    assert sandbox.config.client_secret not in saved  # never in the profile file
    assert dialog.secret.text() == ""
    tested = next_emission(dialog.connection_tested)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)  # secret from the keyring
    ok, text = await asyncio.wait_for(tested, 15)
    assert ok and "token received" in text
    dialog.close()


async def test_wrong_secret_shows_ingrams_remedial_text_in_the_dialog(
    qtbot, sandbox, memory_keyring, make_main_window, ui_catalogue, tmp_path
) -> None:
    window = _window(make_main_window, ui_catalogue, tmp_path, CredentialStore())
    dialog = window.open_profiles()
    _fill(dialog, sandbox, "not-the-secret")
    tested = next_emission(dialog.connection_tested)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    ok, text = await asyncio.wait_for(tested, 15)
    assert not ok
    assert "Connection failed" in text and "Client Secret" in text  # seed's remedial action
    assert "not-the-secret" not in text
    assert dialog.test_button.isEnabled()
    dialog.close()


async def test_a_blank_or_bad_profile_name_is_named_before_testing_and_a_test_can_be_cancelled(
    qtbot, sandbox, memory_keyring, make_main_window, ui_catalogue, tmp_path
) -> None:
    window = _window(make_main_window, ui_catalogue, tmp_path, CredentialStore())
    dialog = window.open_profiles()
    _fill(dialog, sandbox, sandbox.config.client_secret)
    for name, words in (("", "Give the profile a name"), ("my profile!", "not a valid profile")):
        dialog.name.setText(name)
        tested = next_emission(dialog.connection_tested)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        ok, text = await asyncio.wait_for(tested, 5)
        assert not ok and words in text and "Testing" not in dialog.result.text()
        assert dialog.test_button.isEnabled() and not window.runner.is_running("test-connection")
    dialog.name.setText("acme-test")
    sandbox.faults.delay(5.0)  # a server that does not answer soon
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "Testing" in dialog.result.text() and dialog.cancel_test_button.isVisible()
    tested = next_emission(dialog.connection_tested)
    qtbot.mouseClick(dialog.cancel_test_button, Qt.MouseButton.LeftButton)
    ok, text = await asyncio.wait_for(tested, 5)
    assert not ok and "cancelled" in text
    for _ in range(100):
        if dialog.test_button.isEnabled():
            break
        await asyncio.sleep(0.02)
    assert dialog.test_button.isEnabled() and not dialog.cancel_test_button.isVisible()
    dialog.close()


async def test_without_a_keyring_the_secret_is_kept_for_this_session_only(
    qtbot, sandbox, make_main_window, ui_catalogue, tmp_path
) -> None:
    credentials = CredentialStore()  # the test run's null keyring backend
    assert credentials.session_only
    window = _window(make_main_window, ui_catalogue, tmp_path, credentials)
    dialog = window.open_profiles()
    assert "this session only" in dialog.keyring_note.text()
    _fill(dialog, sandbox, "s3cret-value")
    saved = next_emission(dialog.saved)
    dialog.save_profile()
    await asyncio.wait_for(saved, 10)
    assert "for this session only" in dialog.result.text()
    assert credentials.get_secret("acme-test") == "s3cret-value"
    assert "s3cret-value" not in "".join(
        p.read_text() for p in (tmp_path / "profiles").rglob("*") if p.is_file()
    )
    dialog.close()


async def test_an_xml_profile_is_saved_with_its_soap_settings_and_its_login_is_tested(
    qtbot, sandbox, memory_keyring, make_main_window, ui_catalogue, tmp_path
) -> None:
    window = _window(make_main_window, ui_catalogue, tmp_path, CredentialStore())
    dialog = window.open_profiles()
    _fill(dialog, sandbox, sandbox.config.client_secret)
    assert not dialog.soap_namespace.isEnabled()  # REST: the XML settings do not apply
    dialog.transport.setCurrentIndex(dialog.transport.findData("soap"))
    assert dialog.soap_namespace.isEnabled()
    dialog.soap_action.setText("urn:example/{message}")
    saved_signal = next_emission(dialog.saved)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    await asyncio.wait_for(saved_signal, 10)
    saved = ProfileStore(tmp_path / "profiles").load("acme-test")
    assert saved is not None and saved.transport == "soap"
    assert saved.xml.soap_action == "urn:example/{message}" and saved.xml.soap_path == "/soap"
    tested = next_emission(dialog.connection_tested)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    ok, text = await asyncio.wait_for(tested, 15)
    assert ok and "IM-XML over SOAP" in text and "login was accepted" in text
    assert [r.get("message") for r in sandbox.received_log()] == ["OrderStatusRequest"]
    _fill(dialog, sandbox, "wrong-password")
    dialog.transport.setCurrentIndex(dialog.transport.findData("xml"))
    tested = next_emission(dialog.connection_tested)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    ok, text = await asyncio.wait_for(tested, 15)
    assert not ok and "20007" in text and "wrong-password" not in text
    dialog.close()


def test_a_new_profile_starts_in_the_users_country_where_ingram_serves_it(
    qtbot, memory_keyring, make_main_window, ui_catalogue, tmp_path
) -> None:
    """Not the first of the list (AT): the locale's country (nl_BE → BE, en_GB → UK), else NL."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    try:
        window = _window(make_main_window, ui_catalogue, tmp_path, CredentialStore())
        for locale, country in (("nl_BE", "BE"), ("en_GB", "UK"), ("de_DE", "DE"), ("ja_JP", "NL")):
            QLocale.setDefault(QLocale(locale))
            dialog = window.open_profiles()
            dialog.country.setCurrentText("SE")
            dialog.new_profile()
            assert dialog.country.currentText() == country, locale
    finally:
        QLocale.setDefault(before)


def test_the_demo_profile_is_listed_read_only_with_why(
    qtbot, memory_keyring, make_main_window, ui_catalogue, tmp_path
) -> None:
    """As in the profile switcher: the demo first, then the saved profiles; choosing it shows
    it without letting it be saved or tested, and says why; New makes the form editable."""
    window = _window(make_main_window, ui_catalogue, tmp_path, CredentialStore())
    window.services.profiles.save(Profile("acme", ProfileKind.CUSTOM, country="DE"))
    dialog = window.open_profiles()
    dialog.reload()
    listed = [dialog.profiles.item(i).text() for i in range(dialog.profiles.count())]
    assert listed == ["demo", "acme"]
    assert "read-only" in dialog.profiles.item(0).toolTip()
    dialog.profiles.setCurrentRow(0)
    assert dialog.name.text() == "demo" and dialog.kind.currentData() == ProfileKind.DEMO.value
    assert dialog.demo_note.isVisibleTo(dialog) and "simulated Ingram" in dialog.demo_note.text()
    assert not dialog.save_button.isEnabled() and not dialog.test_button.isEnabled()
    assert not dialog.name.isEnabled() and not dialog.secret.isEnabled()
    dialog.profiles.setCurrentRow(1)
    assert dialog.name.text() == "acme" and dialog.save_button.isEnabled()
    assert not dialog.demo_note.isVisibleTo(dialog)
    dialog.profiles.setCurrentRow(0)
    dialog.new_profile()
    assert dialog.name.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.kind.currentData() != ProfileKind.DEMO.value  # a new profile is never a demo
    dialog.close()
