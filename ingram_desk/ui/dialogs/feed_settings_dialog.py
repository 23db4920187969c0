"""Feed settings of the active profile: server, login, folder, file patterns, schedule, on/off;
**Test connection** lists what the server holds and which feed each file is today.

The password (or private key) goes to the keyring through ``save_secret``, never to a file,
awaited off the UI thread: a keyring that does not answer is said after its timeout, with Retry.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ingram_desk.domain.errors import IngramError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.services.feed_service import PROTOCOLS, FeedConfig, FeedService
from ingram_desk.ui.domain_texts import error_text
from ingram_desk.ui.widgets.feed_listing import FeedListing

__all__ = ["FeedSettingsDialog"]

_PROTOCOL_TEXT = {
    "ftp": "FTP",
    "ftps": QT_TRANSLATE_NOOP("FeedSettingsDialog", "FTPS (explicit TLS)"),
    "sftp": "SFTP",
}


class FeedSettingsDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        service: FeedService,
        runner: Any,
        save_secret: Callable[[str], Awaitable[bool]] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ingram file feeds"))
        self.service, self.runner, self.save_secret = service, runner, save_secret
        c = service.config
        self.enabled = QCheckBox(self.tr("Fetch the feeds on schedule"), self)
        self.enabled.setChecked(c.enabled)
        self.protocol = QComboBox(self)
        for p in PROTOCOLS:
            self.protocol.addItem(self.tr(_PROTOCOL_TEXT[p]), p)
        self.protocol.setCurrentIndex(PROTOCOLS.index(c.protocol) if c.protocol in PROTOCOLS else 0)
        self.host = QLineEdit(c.host, self)
        self.port = QSpinBox(self)
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("default"))
        self.port.setValue(c.port)
        self.user = QLineEdit(c.user, self)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("unchanged (kept in the keyring)"))
        self.folder = QLineEdit(c.folder, self)
        self.price = QLineEdit(c.price_pattern, self)
        self.stock = QLineEdit(c.stock_pattern, self)
        self.category = QLineEdit(c.category_pattern, self)
        for edit in (self.price, self.stock, self.category):
            edit.setToolTip(
                self.tr("{date} is today as YYYYMMDD; {date:%d%m%Y} any other form; * and ?")
            )
        self.price_time = QLineEdit(c.price_time, self)
        self.price_time.setInputMask("99:99")
        self.stock_every = QSpinBox(self)
        self.stock_every.setRange(5, 24 * 60)
        self.stock_every.setSuffix(self.tr(" min"))
        self.stock_every.setValue(c.stock_every_minutes)
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 100)
        self.keep.setValue(c.keep)
        self.host_key = QPlainTextEdit(c.host_key, self)
        self.host_key.setMaximumHeight(44)
        self.host_key.setPlaceholderText(
            self.tr("SFTP: the server's key Ingram gave you (empty: trust on first use)")
        )

        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self.tr("Protocol"), self.protocol)
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password or key"), self.secret)
        form.addRow(self.tr("Remote folder"), self.folder)
        form.addRow(self.tr("Price file"), self.price)
        form.addRow(self.tr("Stock file"), self.stock)
        form.addRow(self.tr("Category file"), self.category)
        form.addRow(self.tr("Price file daily at"), self.price_time)
        form.addRow(self.tr("Stock file every"), self.stock_every)
        form.addRow(self.tr("Keep downloads"), self.keep)
        form.addRow(self.tr("SFTP host key"), self.host_key)

        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.found = FeedListing(self)
        self.result, self.listing = self.found.result, self.found.listing
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.retry_button = buttons.addButton(
            self.tr("Retry"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.retry_button.setToolTip(
            self.tr("Store the password in the keyring again (unlock it first)")
        )
        self.retry_button.hide()
        self._unsaved: str | None = None  # the password the keyring did not take yet
        self.retry_button.clicked.connect(lambda: self._store_secret(self._unsaved or ""))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.found, 1)
        layout.addWidget(buttons)
        self.resize(560, 720)

    def config(self) -> FeedConfig:
        return replace(
            self.service.config,
            enabled=self.enabled.isChecked(),
            protocol=self.protocol.currentData(),
            host=self.host.text().strip(),
            port=self.port.value(),
            user=self.user.text().strip(),
            folder=self.folder.text().strip(),
            price_pattern=self.price.text().strip(),
            stock_pattern=self.stock.text().strip(),
            category_pattern=self.category.text().strip(),
            price_time=self.price_time.text(),
            stock_every_minutes=self.stock_every.value(),
            keep=self.keep.value(),
            host_key=self.host_key.toPlainText().strip(),
        )

    def test_connection(self) -> None:
        config = self.config()
        if self.found.check(config):
            secret = self.secret.text() or None
            self.runner.start(
                "feeds-test", self.found.test(self.service, config, secret),
                busy=[self.test_button],
            )  # fmt: skip

    def save(self) -> None:
        config = self.config()
        problems = config.problems() if config.enabled else []
        if problems:
            self.result.setText(
                self.tr("Not saved: ")
                + "; ".join(QCoreApplication.translate("Errors", p) for p in problems)
            )
            return
        self.service.save_config(config)
        secret = self.secret.text()
        self.secret.clear()
        if secret and self.save_secret is not None:
            self._store_secret(secret)
            return
        self.result.setText(self.tr("Saved."))
        self.saved.emit()

    def _store_secret(self, secret: str) -> None:
        self.retry_button.hide()
        self.result.setText(self.tr("Saved; storing the password in the keyring…"))
        self.runner.start("feed-secret-write", self._write_secret(secret))

    async def _write_secret(self, secret: str) -> None:
        assert self.save_secret is not None
        try:
            kept = await self.save_secret(secret)
        except IngramError as exc:  # kept for this session meanwhile (the store does that)
            self._unsaved = secret
            self.retry_button.show()
            self.result.setText(
                self.tr(
                    "Saved; the password is not in the keyring yet (kept for this session): {why}."
                    " Unlock the keyring and Retry."
                ).format(why=error_text(exc))
            )
            self.saved.emit()
            return
        self._unsaved = None
        note = "" if kept else self.tr(" (password kept for this session only: no keyring)")
        self.result.setText(self.tr("Saved.") + note)
        self.saved.emit()
