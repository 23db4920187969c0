"""The ship-to address book: add, edit, delete and pick saved addresses (non-modal; ``open()``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
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

from ingram_desk.domain.errors import IngramError
from ingram_desk.domain.warehouses import CURRENCY_BY_COUNTRY
from ingram_desk.settings.address_book import ADDRESS_FIELDS, AddressBook, SavedAddress
from ingram_desk.ui.domain_texts import error_text

__all__ = ["AddressBookDialog"]


class AddressBookDialog(QDialog):
    """Emits ``picked(name)`` when the user chooses an address and ``changed()`` after edits."""

    picked = Signal(str)
    changed = Signal()

    def __init__(self, book: AddressBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.setWindowTitle(self.tr("Ship-to address book"))
        self.list = QListWidget(self)
        self.name = QLineEdit(self)
        self.address_id = QLineEdit(self)
        self.address_id.setPlaceholderText(self.tr("Ingram ship-to id (optional)"))
        self.fields: dict[str, Any] = {}
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Ship-to id"), self.address_id)
        for key, label in ADDRESS_FIELDS:
            if key == "countryCode":
                box = QComboBox(self)
                box.setEditable(True)
                box.addItems(sorted(CURRENCY_BY_COUNTRY))
                self.fields[key] = box
            else:
                self.fields[key] = QLineEdit(self)
            form.addRow(label, self.fields[key])
        self.message = QLabel("", self)
        self.new_button = QPushButton(self.tr("&New"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.use_button = QPushButton(self.tr("&Use for this order"), self)
        self.use_button.setDefault(True)
        close = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        buttons.addWidget(close)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.message)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)

        self.list.currentTextChanged.connect(self._show)
        self.new_button.clicked.connect(self.clear_form)
        self.save_button.clicked.connect(self.save_form)
        self.delete_button.clicked.connect(self.delete_current)
        self.use_button.clicked.connect(self.use_current)
        self.list.itemDoubleClicked.connect(lambda _i: self.use_current())
        close.clicked.connect(self.close)
        self._editing: str | None = None
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        names = [e.name for e in self.book.entries()]
        if getattr(self.book, "offline", ""):  # the team's book, its database unreachable
            self.message.setText(
                self.tr("Showing the addresses last read: {reason}").format(
                    reason=self.book.offline
                )
            )
        self.list.addItems(names)
        if select in names:
            self.list.setCurrentRow(names.index(select))
        elif names:
            self.list.setCurrentRow(0)
        else:
            self.clear_form()

    def clear_form(self) -> None:
        self._editing = None
        self.name.clear()
        self.address_id.clear()
        for w in self.fields.values():
            w.setCurrentText("") if isinstance(w, QComboBox) else w.clear()
        self.name.setFocus()

    def _show(self, name: str) -> None:
        entry = self.book.get(name)
        if entry is None:
            return
        self._editing = name
        self.name.setText(entry.name)
        self.address_id.setText(entry.address_id)
        for key, w in self.fields.items():
            value = entry.fields.get(key, "")
            w.setCurrentText(value) if isinstance(w, QComboBox) else w.setText(value)

    def form_entry(self) -> SavedAddress:
        values = {
            k: (w.currentText() if isinstance(w, QComboBox) else w.text()).strip()
            for k, w in self.fields.items()
        }
        return SavedAddress(
            self.name.text().strip(), {k: v for k, v in values.items() if v}, self.address_id.text()
        )

    def save_form(self) -> bool:
        entry = self.form_entry()
        try:
            self.book.save(entry, self._editing)
        except ValueError as exc:
            self.message.setText(error_text(exc) if isinstance(exc, IngramError) else str(exc))
            return False
        except IngramError as exc:  # the team's book, its database unreachable
            self.message.setText(exc.one_line())
            return False
        self.message.setText(self.tr("Saved {name}.").format(name=entry.name))
        self.reload(entry.name)
        self.changed.emit()
        return True

    def delete_current(self) -> None:
        if self._editing:
            try:
                self.book.remove(self._editing)
            except IngramError as exc:  # the team's book, its database unreachable
                self.message.setText(exc.one_line())
                return
            self.reload()
            self.changed.emit()

    def use_current(self) -> None:
        if self.name.text().strip() and self.save_form():
            self.picked.emit(self.name.text().strip())
            self.close()
