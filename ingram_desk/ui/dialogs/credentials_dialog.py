"""Profiles & credentials: create and edit profiles, keep the secret in the keyring (or for this
session only when there is none) and test the connection with a token plus one real call.
With the desk's feeds, a second **Test connection** lists what the open profile's feed server
holds (the same ``FeedListing`` and service call as Tools › Feeds…)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ingram_desk.domain.errors import ConfigurationError, IngramError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.warehouses import CURRENCY_BY_COUNTRY
from ingram_desk.services.connection_check import check_connection
from ingram_desk.settings.profiles import (
    DEMO_PROFILE,
    PROFILE_NAME,
    Profile,
    ProfileKind,
    ProfileStore,
)
from ingram_desk.ui.async_tasks import TaskRunner
from ingram_desk.ui.domain_texts import error_remedy, error_text
from ingram_desk.ui.feeds_panel import FeedsController
from ingram_desk.ui.widgets.error_banner import describe_error
from ingram_desk.ui.widgets.feed_listing import FeedListing

__all__ = ["CredentialsDialog"]

log = logging.getLogger(__name__)
TEST_TASK = "test-connection"
KEYRING_TASK = "keyring-read"
KEYRING_WRITE_TASK = "keyring-write"
FEEDS_TEST_TASK = "feeds-test"
#: a connection test gives up after this long (it also has a Cancel button)
TEST_TIMEOUT_S = 30.0
_KINDS = (
    (ProfileKind.INGRAM_SANDBOX, QT_TRANSLATE_NOOP("CredentialsDialog", "Ingram sandbox")),
    (ProfileKind.PRODUCTION, QT_TRANSLATE_NOOP("CredentialsDialog", "Production (live orders)")),
    (ProfileKind.CUSTOM, QT_TRANSLATE_NOOP("CredentialsDialog", "Custom API URL")),
)


_TRANSPORTS = (
    ("rest", QT_TRANSLATE_NOOP("CredentialsDialog", "REST API (default)")),
    ("xml", QT_TRANSLATE_NOOP("CredentialsDialog", "IM-XML 2.0 (HTTPS POST)")),
    ("soap", QT_TRANSLATE_NOOP("CredentialsDialog", "IM-XML in SOAP 1.1")),
)


_DEMO_READ_ONLY = QT_TRANSLATE_NOOP(
    "CredentialsDialog",
    "Built in and read-only: the demo talks to the simulated Ingram inside the app and needs no "
    "credentials. For your own Ingram account, press New.",
)
_DEMO_NOTE_HTML = "<p style='background:#eef3f8; padding:6px'>{why}</p>"


def default_country() -> str:
    """A new profile's country: the user's locale's, where Ingram has a price file for it
    (``nl_BE`` → BE, ``de_DE`` → DE), else NL (the seed's home ground), never just the first
    of the list."""
    code = QLocale.territoryToCode(QLocale().territory()).upper()
    code = "UK" if code == "GB" else code  # the seed says UK where ISO says GB
    return code if code in CURRENCY_BY_COUNTRY else "NL"


class CredentialsDialog(QDialog):
    """Non-modal; ``connection_tested`` carries the outcome text (tests await it)."""

    connection_tested = Signal(bool, str)
    saved = Signal(str)

    def __init__(
        self,
        store: ProfileStore,
        credentials: Any,
        runner: TaskRunner,
        parent: QWidget | None = None,
        feeds: FeedsController | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Profiles & credentials"))
        self.store, self.credentials, self.runner = store, credentials, runner
        self.feeds = feeds
        self.profiles = QListWidget(self)
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind, label in _KINDS:
            self.kind.addItem(self.tr(label), kind.value)  # Qt turns a StrEnum into str
        # shown for the built-in demo only: a saved profile cannot be made a demo
        self.kind.addItem(
            self.tr("Demo (the simulated Ingram inside the app)"), ProfileKind.DEMO.value
        )
        self.kind.model().item(self.kind.count() - 1).setEnabled(False)
        self.api_url = QLineEdit(self)
        self.api_url.setPlaceholderText(
            self.tr("only for a custom API, e.g. http://127.0.0.1:8080")
        )
        self.customer_number = QLineEdit(self)
        self.country = QComboBox(self)
        self.country.addItems(sorted(CURRENCY_BY_COUNTRY))
        self.country.setCurrentText(default_country())
        self.client_id = QLineEdit(self)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_id = QLineEdit("IngramDesk", self)
        # IM-XML / SOAP (issue 14): the login and password are the client id and secret above
        self.transport = QComboBox(self)
        for value, label in _TRANSPORTS:
            self.transport.addItem(self.tr(label), value)
        self.transport.setToolTip(
            self.tr(
                "REST is Ingram's current API. IM-XML sends the classic XML transactions (login and"
                " password = the client id and secret above); SOAP wraps them in a SOAP 1.1 envelope."
            )
        )
        self.xml_path = QLineEdit("/imxml", self)
        self.soap_path = QLineEdit("/soap", self)
        self.soap_namespace = QLineEdit(self)
        self.soap_namespace.setPlaceholderText(
            self.tr("none (as in IM-XML); from Ingram's onboarding kit")
        )
        self.soap_action = QLineEdit("{message}", self)
        self.soap_action.setToolTip(self.tr("SOAPAction header; {message} becomes e.g. PNARequest"))
        self.xml_country = QLineEdit(self)
        self.xml_country.setPlaceholderText(self.tr("the profile's country"))
        self.xml_country.setMaxLength(2)
        self._xml_fields = (
            self.xml_path, self.soap_path, self.soap_namespace, self.soap_action, self.xml_country,
        )  # fmt: skip
        form = QFormLayout()
        for label, widget in (
            (self.tr("Name"), self.name), (self.tr("Environment"), self.kind), (self.tr("API URL"), self.api_url),
            (self.tr("Customer number"), self.customer_number), (self.tr("Country"), self.country),
            (self.tr("Client id (App ID)"), self.client_id), (self.tr("Client secret"), self.secret),
            (self.tr("Sender id"), self.sender_id), (self.tr("Transport"), self.transport),
            (self.tr("IM-XML path"), self.xml_path), (self.tr("SOAP path"), self.soap_path),
            (self.tr("SOAP body namespace"), self.soap_namespace), ("SOAPAction", self.soap_action),
            (self.tr("XML country code"), self.xml_country),
        ):  # fmt: skip
            form.addRow(label, widget)
        self.transport.currentIndexChanged.connect(self._transport_changed)
        self._transport_changed()
        self.keyring_note = QLabel(
            credentials.notice or self.tr("The secret is stored in the system keyring."), self
        )
        self.keyring_note.setWordWrap(True)
        self._note = self.keyring_note.text()
        #: is a secret stored for the profile shown? None while the keyring has not answered
        self.stored: bool | None = None
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setToolTip(self.tr("Ask the keyring again (unlock it first)"))
        self.retry_button.hide()
        self._retry: Callable[[], None] = self.read_keyring  # what Retry does again
        self.retry_button.clicked.connect(self._retry_keyring)
        note_row = QHBoxLayout()
        note_row.addWidget(self.keyring_note, 1)
        note_row.addWidget(self.retry_button)
        self.result = QLabel("", self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_button = QPushButton(self.tr("New"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.cancel_test_button = QPushButton(self.tr("Cancel test"), self)
        self.cancel_test_button.hide()
        close = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.test_button, self.cancel_test_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(note_row)
        right.addWidget(self.result)
        right.addStretch(1)
        right.addLayout(buttons)
        if feeds is not None:
            right.addLayout(self._feeds_part(feeds))
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Profiles</b>"), self))
        left.addWidget(self.profiles, 1)
        self.demo_note = QLabel(_DEMO_NOTE_HTML.format(why=self.tr(_DEMO_READ_ONLY)), self)
        self.demo_note.setWordWrap(True)
        self.demo_note.hide()
        right.insertWidget(0, self.demo_note)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)
        self.resize(760, 420)

        self.profiles.currentTextChanged.connect(self.load_profile)
        self.new_button.clicked.connect(self.new_profile)
        self.save_button.clicked.connect(self.save_profile)
        self.test_button.clicked.connect(self.test_connection)
        self.cancel_test_button.clicked.connect(self.cancel_test)
        close.clicked.connect(self.close)
        self.reload()

    def _feeds_part(self, feeds: FeedsController) -> QVBoxLayout:
        """The open profile's feed server: Test connection (its listing) and Feed settings…"""
        c = feeds.service.config
        where = f"{c.protocol.upper()} {c.host}" if c.host else self.tr("no server set")
        title = QLabel(
            self.tr("<b>File feeds</b> of the open profile ({where})").format(where=where), self
        )
        self.feed_test_button = QPushButton(self.tr("Test feed connection"), self)
        self.feed_test_button.setToolTip(
            self.tr("List the files on the feed server and the feed of each")
        )
        self.feed_test_button.clicked.connect(self.test_feeds)
        settings = QPushButton(self.tr("Feed settings…"), self)
        settings.clicked.connect(feeds.open_settings)
        self.feed_listing = FeedListing(self)
        row = QHBoxLayout()
        row.addWidget(self.feed_test_button)
        row.addWidget(settings)
        row.addStretch(1)
        part = QVBoxLayout()
        part.addWidget(title)
        part.addLayout(row)
        part.addWidget(self.feed_listing, 1)
        self.resize(760, 640)
        return part

    def test_feeds(self) -> None:
        """List the open profile's feed server with its saved settings and keyring secret."""
        assert self.feeds is not None
        service = self.feeds.service
        if self.feed_listing.check(service.config):
            self.runner.start(
                FEEDS_TEST_TASK, self.feed_listing.test(service, service.config, None),
                busy=[self.feed_test_button],
            )  # fmt: skip

    def _transport_changed(self) -> None:
        xml = self.transport.currentData() != "rest"
        for edit in self._xml_fields:
            edit.setEnabled(xml)

    def reload(self, select: str | None = None) -> None:
        """The built-in demo first (read-only, greyed, the tooltip says why), then the saved
        profiles, as the profile switcher lists them."""
        self.profiles.clear()
        self.profiles.addItems(
            [DEMO_PROFILE, *(n for n in self.store.names() if n != DEMO_PROFILE)]
        )
        if self.store.load(DEMO_PROFILE) is None:
            demo = self.profiles.item(0)
            demo.setText(DEMO_PROFILE)
            demo.setForeground(QColor("#5f6b7a"))
            demo.setToolTip(self.tr(_DEMO_READ_ONLY))
        if select:
            matches = self.profiles.findItems(select, Qt.MatchFlag.MatchExactly)
            if matches:
                self.profiles.setCurrentItem(matches[0])

    def _show_read_only(self, read_only: bool) -> None:
        """The built-in demo is shown, not edited: nothing to save or test, no secret."""
        self.demo_note.setVisible(read_only)
        for w in (
            self.name, self.kind, self.api_url, self.customer_number, self.country,
            self.client_id, self.secret, self.sender_id, self.transport, *self._xml_fields,
            self.save_button, self.test_button,
        ):  # fmt: skip
            w.setEnabled(not read_only)
        if not read_only:
            self._transport_changed()

    def new_profile(self) -> None:
        self.profiles.clearSelection()
        self.profiles.setCurrentRow(-1)
        self._show_read_only(False)
        self.kind.setCurrentIndex(0)
        for edit in (self.name, self.api_url, self.customer_number, self.client_id, self.secret):
            edit.clear()
        self.country.setCurrentText(default_country())
        self.name.setFocus()

    def load_profile(self, name: str) -> None:
        profile = self.store.load(name) if name else None
        if profile is None and name == DEMO_PROFILE:
            self._show_read_only(True)
            for edit in (self.api_url, self.customer_number, self.client_id, self.secret):
                edit.clear()
            self.name.setText(DEMO_PROFILE)
            self.kind.setCurrentIndex(self.kind.findData(ProfileKind.DEMO.value))
            self.secret.setPlaceholderText(self.tr("none needed"))
            self.result.clear()
            return
        if profile is None:
            return
        self._show_read_only(False)
        self.name.setText(profile.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(profile.kind.value)))
        self.api_url.setText(profile.api_url)
        self.customer_number.setText(profile.customer_number)
        self.country.setCurrentText(profile.country)
        self.client_id.setText(profile.client_id)
        self.sender_id.setText(profile.sender_id)
        self.transport.setCurrentIndex(max(0, self.transport.findData(profile.transport)))
        x = profile.xml
        self.xml_path.setText(x.path)
        self.soap_path.setText(x.soap_path)
        self.soap_namespace.setText(x.soap_namespace)
        self.soap_action.setText(x.soap_action)
        self.xml_country.setText(x.country_code)
        self.secret.clear()
        self.read_keyring()

    def read_keyring(self) -> None:
        """Whether a secret is stored, read off the UI thread: a locked keyring that never
        answers gives "locked or not answering" and Retry after its timeout (E2)."""
        self.stored = None
        self.secret.setPlaceholderText(self.tr("asking the keyring…"))
        self.retry_button.hide()
        self.runner.start(
            KEYRING_TASK, self._read_keyring(self.name.text().strip()), background=True
        )

    async def _read_keyring(self, name: str) -> None:
        try:
            secret = await self.credentials.get_secret_async(name)
        except IngramError as exc:
            self.secret.setPlaceholderText("")
            self._keyring_failed(exc, self.read_keyring)
            return
        if name != self.name.text().strip():
            return  # another profile was chosen meanwhile
        self.stored = bool(secret)
        self.keyring_note.setText(self._note)
        self.keyring_note.setStyleSheet("")
        self.secret.setPlaceholderText(self.tr("stored — type to replace") if secret else "")

    def _keyring_failed(self, exc: IngramError, retry: Callable[[], None]) -> None:
        """The keyring did not answer a read or a write: said here, Retry does it again."""
        self._retry = retry
        self.keyring_note.setText(f"<b>{error_text(exc)}.</b> {error_remedy(exc)}")
        self.keyring_note.setStyleSheet("color:#b3261e;")
        self.retry_button.show()

    def _retry_keyring(self) -> None:
        self.retry_button.hide()
        self._retry()

    def profile(self) -> Profile:
        base = self.store.load(self.name.text().strip()) or Profile(
            self.name.text().strip(), ProfileKind.CUSTOM
        )
        return replace(
            base,
            kind=ProfileKind(self.kind.currentData()),
            api_url=self.api_url.text().strip(),
            customer_number=self.customer_number.text().strip(),
            country=self.country.currentText(),
            client_id=self.client_id.text().strip(),
            sender_id=self.sender_id.text().strip() or "IngramDesk",
            transport=str(self.transport.currentData()),
            xml=replace(
                base.xml,
                path=self.xml_path.text().strip() or "/imxml",
                soap_path=self.soap_path.text().strip() or "/soap",
                soap_namespace=self.soap_namespace.text().strip(),
                soap_action=self.soap_action.text().strip() or "{message}",
                country_code=self.xml_country.text().strip().upper(),
            ),
        )

    def typed_secret(self) -> str | None:
        """The secret typed in the form; None: use the stored one (read off the UI thread)."""
        return self.secret.text() or None

    def save_profile(self) -> None:
        """The profile file now; a typed secret goes to the keyring off the UI thread (a
        locked keyring says so after its timeout, with Retry; the dialog never freezes)."""
        try:
            profile = self.profile()
            self.store.save(profile)
        except ValueError as exc:
            self.result.setText(self.tr("<b>Not saved:</b> {exc}").format(exc=exc))
            return
        secret = self.secret.text()
        self.secret.clear()
        if not secret:
            self.reload(select=profile.name)
            self.result.setText(self.tr("Saved profile {name}.").format(name=profile.name))
            self.saved.emit(profile.name)
            return
        self.profiles.blockSignals(True)  # the form shows it already: no keyring read now
        try:
            self.reload(select=profile.name)
        finally:
            self.profiles.blockSignals(False)
        self._save_secret(profile.name, secret)

    def _save_secret(self, name: str, secret: str) -> None:
        self.retry_button.hide()
        self.result.setText(
            self.tr("Saved profile {name}; storing the secret in the keyring…").format(name=name)
        )
        self.runner.start(
            KEYRING_WRITE_TASK, self._write_secret(name, secret), busy=[self.save_button]
        )

    async def _write_secret(self, name: str, secret: str) -> None:
        try:
            kept = await self.credentials.set_secret_async(name, secret)
        except IngramError as exc:  # kept for this session meanwhile; Retry writes it again
            self.stored = True
            self._keyring_failed(exc, lambda: self._save_secret(name, secret))
            self.result.setText(
                self.tr(
                    "Saved profile {name}; the secret is <b>not</b> in the keyring yet (kept for"
                    " this session): unlock the keyring and Retry."
                ).format(name=name)
            )
            self.saved.emit(name)
            return
        self.stored = True
        self.keyring_note.setText(self._note)
        self.keyring_note.setStyleSheet("")
        self.secret.setPlaceholderText(self.tr("stored — type to replace"))
        where = (
            self.tr("in the system keyring")
            if kept
            else self.tr("for this session only (no keyring)")
        )
        self.result.setText(
            self.tr("Saved profile {name}; secret kept {where}.").format(name=name, where=where)
        )
        self.saved.emit(name)

    def missing(self) -> str:
        """What the form lacks for a connection test ("" = nothing)."""
        name = self.name.text().strip()
        if not name:
            return self.tr("Give the profile a name first.")
        if not PROFILE_NAME.match(name):
            return self.tr(
                "“{name}” is not a valid profile name: use up to 40 letters, digits, “.”, “-” and “_”."
            ).format(name=name)
        if ProfileKind(self.kind.currentData()) is ProfileKind.CUSTOM and not self.api_url.text():
            return self.tr("A custom profile needs its API URL.")
        for label, edit in ((self.tr("customer number"), self.customer_number),
                            (self.tr("client id"), self.client_id)):  # fmt: skip
            if not edit.text().strip():
                return self.tr("Fill in the {label} first.").format(label=label)
        if not self.secret.text() and self.stored is None and self.retry_button.isVisible():
            return self.tr(
                "The keyring is locked or not answering: unlock it and Retry, or type the secret."
            )
        if not self.secret.text() and self.stored is False:
            return self.tr("Type the client secret first (none is stored for this profile).")
        return ""

    def test_connection(self) -> None:
        problem = self.missing()
        if problem:
            self.result.setText(self.tr("<b>Not tested:</b> {problem}").format(problem=problem))
            self.connection_tested.emit(False, self.result.text())
            return
        self.result.setText(
            self.tr("Testing… (gives up after {TEST_TIMEOUT_S:.0f} s)").format(
                TEST_TIMEOUT_S=TEST_TIMEOUT_S
            )
        )
        self.cancel_test_button.show()
        task = self.runner.start(
            TEST_TASK, self._test(self.profile(), self.typed_secret()), busy=[self.test_button]
        )
        if task is not None:
            task.add_done_callback(lambda _t: self._test_ended())

    def _test_ended(self) -> None:
        try:
            self.cancel_test_button.hide()
        except RuntimeError:  # the dialog was deleted meanwhile
            pass

    def cancel_test(self) -> None:
        self.runner.cancel(TEST_TASK)
        self.result.setText(self.tr("Test cancelled."))
        self.connection_tested.emit(False, self.result.text())

    async def _test(self, profile: Profile, secret: str | None) -> None:
        try:
            if secret is None:
                secret = await self.credentials.get_secret_async(profile.name) or ""
            if not secret:
                raise ConfigurationError(
                    self.tr("No client secret is stored for this profile"),
                    remedial_action=self.tr("Type it in the form."),
                )
            report = await asyncio.wait_for(check_connection(profile, secret), TEST_TIMEOUT_S)
        except TimeoutError:
            self.result.setText(
                self.tr(
                    "<b>Connection failed:</b> no answer within {TEST_TIMEOUT_S:.0f} s — check the API URL and your network."
                ).format(TEST_TIMEOUT_S=TEST_TIMEOUT_S)
            )
            self.connection_tested.emit(False, self.result.text())
            return
        except (ValueError, OSError) as exc:  # a bad form value or no route: say so, here
            log.warning("test connection for %s failed: %s", profile.name, exc)
            self.result.setText(self.tr("<b>Connection failed:</b> {exc}").format(exc=exc))
            self.connection_tested.emit(False, self.result.text())
            return
        except IngramError as exc:
            # Shown here, where the user is looking, and logged; not re-raised to the banner.
            log.warning("test connection for %s failed: %s", profile.name, exc)
            message, remedy, correlation = describe_error(exc)
            text = self.tr("<b>Connection failed:</b> {message}").format(message=message)
            if remedy:
                text += f"<br>{remedy}"
            if correlation:
                text += self.tr("<br>Correlation id: <code>{correlation}</code>").format(
                    correlation=correlation
                )
            self.result.setText(text)
            self.connection_tested.emit(False, self.result.text())
            return
        self.result.setText(report.describe())
        self.connection_tested.emit(True, self.result.text())
