"""The Order tab's widgets and the header ↔ ``OrderDraft`` mapping (layout only; the behaviour
lives in ``order_tab.py``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.order_draft import MAX_PO_LENGTH, Address, OrderDraft
from ingram_desk.ui import formats
from ingram_desk.ui.models.order_lines_model import OrderLinesModel
from ingram_desk.ui.tabs.draft_selector import DraftSelector

__all__ = ["OrderForm"]

#: ship-complete choices: label → the v6 ``shipComplete`` value (None = Ingram's default)
SHIP_CHOICES: tuple[tuple[str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("OrderForm", "Ship what is available (partial)"), None),
    (QT_TRANSLATE_NOOP("OrderForm", "Ship complete (all lines together)"), "C"),
    (QT_TRANSLATE_NOOP("OrderForm", "Ship complete per line"), "P"),
)
_DEFAULT_SHIP_TO = QT_TRANSLATE_NOOP("OrderForm", "(Ingram's default ship-to for your account)")
_NO_END_USER = QT_TRANSLATE_NOOP("OrderForm", "(no end-user information)")
_INGRAM_CHOOSES = QT_TRANSLATE_NOOP("OrderForm", "(Ingram chooses)")


class OrderForm(QWidget):
    def __init__(
        self,
        address_book: Any,
        parent: QWidget | None = None,
        carriers: tuple[str, ...] = (),
        default_carrier: str = "",
    ) -> None:
        super().__init__(parent)
        self.address_book = address_book
        self._draft_address: Address | None = None
        self._draft_end_user: dict[str, str] | None = None
        self._extra: dict[str, Any] = {}  # request fields the form does not edit, kept as they are

        self.draft_selector = DraftSelector(self)
        self.drafts = self.draft_selector.combo
        self.new_button = QPushButton(self.tr("&New order"), self)
        self.copy_button = QPushButton(self.tr("Copy as new draft"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Order:"), self))
        top.addWidget(self.draft_selector)
        top.addWidget(self.new_button)
        top.addWidget(self.copy_button)
        top.addStretch(1)

        # No silent cut at the limit: a longer PO stays as typed and is named too long (below).
        self.po = QLineEdit(self)
        self.po.setPlaceholderText(
            self.tr("required, at most {MAX_PO_LENGTH} characters").format(
                MAX_PO_LENGTH=MAX_PO_LENGTH
            )
        )
        self.po.setToolTip(
            self.tr(
                "Your purchase order number, at most {MAX_PO_LENGTH} characters. A new order starts with a generated one shown here; type your own over it. Sending needs a PO."
            ).format(MAX_PO_LENGTH=MAX_PO_LENGTH)
        )
        self.po_message = QLabel("", self)
        self.po_message.setStyleSheet("color:#b3261e")
        self.end_po = QLineEdit(self)
        self.end_po.setPlaceholderText(
            self.tr("optional, at most {MAX_PO_LENGTH} characters").format(
                MAX_PO_LENGTH=MAX_PO_LENGTH
            )
        )
        self.notes = QLineEdit(self)
        self.notes.setMaxLength(132)
        self.ship_to = QComboBox(self)
        self.ship_to.setMinimumWidth(300)
        self.address_button = QPushButton(self.tr("Address &book…"), self)
        self.end_user = QComboBox(self)
        self.end_user.setToolTip(
            self.tr(
                "End-user information (from the address book) for lines or countries that need it"
            )
        )
        self.delivery_check = QCheckBox(self.tr("Requested delivery"), self)
        self.delivery_date = QDateEdit(self)
        self.delivery_date.setCalendarPopup(True)
        self.delivery_date.setDisplayFormat(formats.date_edit_format())
        self.delivery_date.setDate(QDate.currentDate().addDays(3))
        self.delivery_date.setEnabled(False)
        self.delivery_check.toggled.connect(self.delivery_date.setEnabled)
        self.ship_complete = QComboBox(self)
        for label, value in SHIP_CHOICES:
            self.ship_complete.addItem(self.tr(label), value)
        # Only the carriers the profile says this account may choose; none: Ingram chooses and
        # the row is hidden.
        self.carrier = QComboBox(self)
        self.carrier.addItem(self.tr(_INGRAM_CHOOSES), "")
        for code in carriers:
            self.carrier.addItem(code, code)
        self.default_carrier = default_carrier if default_carrier in carriers else ""
        self._select_carrier(self.default_carrier)

        header = QGroupBox(self.tr("Header"), self)
        grid = QGridLayout(header)
        po_label = QLabel(self.tr("Customer &PO"), self)
        po_label.setBuddy(self.po)
        grid.addWidget(po_label, 0, 0)
        grid.addWidget(self.po, 0, 1)
        grid.addWidget(self.po_message, 1, 1)
        grid.addWidget(QLabel(self.tr("End-customer PO"), self), 2, 0)
        grid.addWidget(self.end_po, 2, 1)
        grid.addWidget(QLabel(self.tr("Notes"), self), 3, 0)
        grid.addWidget(self.notes, 3, 1)
        ship_row = QHBoxLayout()
        ship_row.addWidget(self.ship_to, 1)
        ship_row.addWidget(self.address_button)
        grid.addWidget(QLabel(self.tr("Ship to"), self), 0, 2)
        grid.addLayout(ship_row, 0, 3)
        grid.addWidget(QLabel(self.tr("End user"), self), 1, 2)
        grid.addWidget(self.end_user, 1, 3)
        grid.addWidget(self.delivery_check, 2, 2)
        grid.addWidget(self.delivery_date, 2, 3)
        grid.addWidget(QLabel(self.tr("Shipping"), self), 3, 2)
        grid.addWidget(self.ship_complete, 3, 3)
        carrier_label = QLabel(self.tr("Carrier"), self)
        grid.addWidget(carrier_label, 4, 2)
        grid.addWidget(self.carrier, 4, 3)
        carrier_label.setVisible(bool(carriers))
        self.carrier.setVisible(bool(carriers))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.add_input = QLineEdit(self)
        self.add_input.setPlaceholderText(
            self.tr("SKU and quantity, e.g. “1234567 3” — Enter adds")
        )
        self.add_button = QPushButton(self.tr("&Add line"), self)
        self.paste_button = QPushButton(self.tr("Paste SKU/qty lines"), self)
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_input, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.paste_button)
        add_row.addWidget(self.remove_button)
        self.add_message = QLabel("", self)
        self.add_message.setStyleSheet("color:#b3261e")
        self.add_message.setWordWrap(True)
        self.add_message.hide()
        self.model = OrderLinesModel(self)
        self.lines_view = QTableView(self)
        self.lines_view.setAlternatingRowColors(True)
        self.lines_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.lines_view.verticalHeader().hide()
        self.lines_view.horizontalHeader().setStretchLastSection(True)
        self.lines_view.setModel(self.model)
        self._edit_triggers = (
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.EditKeyPressed
            | QTableView.EditTrigger.AnyKeyPressed
        )
        self.lines_view.setEditTriggers(self._edit_triggers)
        self.total_label = QLabel("", self)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.state_label = QLabel("", self)
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_button = QPushButton(self.tr("Check prices && stock"), self)
        self.submit_button = QPushButton(self.tr("&Submit order"), self)
        self.submit_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state_label, 1)
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(header)
        layout.addLayout(add_row)
        layout.addWidget(self.add_message)
        layout.addWidget(self.lines_view, 1)
        layout.addWidget(self.total_label)
        layout.addLayout(bottom)
        self.reload_addresses()

    # ---- ship-to ----------------------------------------------------------------------------
    def reload_addresses(self) -> None:
        current = self.ship_to.currentText()
        self.ship_to.clear()
        self.ship_to.addItem(self.tr(_DEFAULT_SHIP_TO))
        if self._draft_address is not None:
            self.ship_to.addItem(self._address_label(self._draft_address))
        for entry in self.address_book.entries() if self.address_book else []:
            self.ship_to.addItem(entry.name)
        self.ship_to.setCurrentIndex(max(self.ship_to.findText(current), 0))
        current = self.end_user.currentText()
        self.end_user.clear()
        self.end_user.addItem(self.tr(_NO_END_USER))
        if self._draft_end_user is not None:
            self.end_user.addItem(self._end_user_label(self._draft_end_user))
        for entry in self.address_book.entries() if self.address_book else []:
            self.end_user.addItem(entry.name)
        self.end_user.setCurrentIndex(max(self.end_user.findText(current), 0))
        # the team's book while its database is unreachable: the addresses last read, and why
        offline = getattr(self.address_book, "offline", "")
        note = self.tr("Showing the addresses last read: {reason}").format(reason=offline)
        for box in (self.ship_to, self.end_user):
            box.setToolTip(note if offline else "")

    @staticmethod
    def _end_user_label(fields: dict[str, str]) -> str:
        text = ", ".join(x for x in (fields.get("companyName"), fields.get("city")) if x)
        return QCoreApplication.translate("OrderForm", "(this order's end user) {text}").format(
            text=text
        )

    def selected_end_user(self) -> dict[str, str] | None:
        text = self.end_user.currentText()
        if self.end_user.currentIndex() <= 0 or not text:
            return None
        if self._draft_end_user is not None and text == self._end_user_label(self._draft_end_user):
            return dict(self._draft_end_user)
        entry = self.address_book.get(text) if self.address_book else None
        return {k: v for k, v in entry.fields.items() if v} if entry else None

    @staticmethod
    def _address_label(address: Address) -> str:
        f = address.fields
        text = ", ".join(x for x in (f.get("companyName"), f.get("city")) if x)
        return QCoreApplication.translate("OrderForm", "(this order's address) {v0}").format(
            v0=text or address.address_id or ""
        )

    def selected_address(self) -> Address | None:
        text = self.ship_to.currentText()
        if self.ship_to.currentIndex() <= 0 or not text:
            return None
        if self._draft_address is not None and text == self._address_label(self._draft_address):
            return self._draft_address
        entry = self.address_book.get(text) if self.address_book else None
        return entry.to_address() if entry else None

    # ---- header ↔ draft ---------------------------------------------------------------------
    def set_header(self, draft: OrderDraft) -> None:
        self.po.setText(draft.customer_po)
        self.po_message.clear()
        self.end_po.setText(draft.end_customer_po)
        self.notes.setText(draft.notes)
        self._select_carrier(draft.carrier_code)
        index = self.ship_complete.findData(draft.ship_complete or None)
        self.ship_complete.setCurrentIndex(max(index, 0))
        self.delivery_check.setChecked(draft.requested_delivery_date is not None)
        if draft.requested_delivery_date:
            d = draft.requested_delivery_date
            self.delivery_date.setDate(QDate(d.year, d.month, d.day))
        self._draft_address = None
        name = ""
        if draft.ship_to is not None:
            match = next(
                (
                    e
                    for e in (self.address_book.entries() if self.address_book else [])
                    if e.to_address() == draft.ship_to
                ),
                None,
            )
            if match is not None:
                name = match.name
            else:
                self._draft_address = draft.ship_to
                name = self._address_label(draft.ship_to)
        self._extra = {k: v for k, v in draft.extra.items() if k != "endUserInfo"}
        end_user = draft.extra.get("endUserInfo")
        self._draft_end_user = None
        end_name = ""
        if isinstance(end_user, dict) and end_user:
            fields = {str(k): str(v) for k, v in end_user.items()}
            match = next(
                (
                    e.name
                    for e in (self.address_book.entries() if self.address_book else [])
                    if {k: v for k, v in e.fields.items() if v} == fields
                ),
                "",
            )
            if not match:
                self._draft_end_user = fields
            end_name = match or self._end_user_label(fields)
        self.reload_addresses()
        self.ship_to.setCurrentIndex(max(self.ship_to.findText(name), 0) if name else 0)
        self.end_user.setCurrentIndex(max(self.end_user.findText(end_name), 0) if end_name else 0)

    def header_draft(self) -> OrderDraft:
        """The header fields as a draft without lines (the tab adds PO and lines)."""
        rdd: date | None = None
        extra = dict(self._extra)
        end_user = self.selected_end_user()
        if end_user:
            extra["endUserInfo"] = end_user
        if self.delivery_check.isChecked():
            q = self.delivery_date.date()
            rdd = date(q.year(), q.month(), q.day())
        return OrderDraft(
            customer_po=self.po.text().strip(),
            lines=(),
            end_customer_po=self.end_po.text().strip(),
            notes=self.notes.text().strip(),
            ship_to=self.selected_address(),
            ship_complete=self.ship_complete.currentData(),
            carrier_code=str(self.carrier.currentData() or ""),
            requested_delivery_date=rdd,
            extra=extra,
        )

    def _select_carrier(self, code: str) -> None:
        """Show the draft's carrier; one the profile no longer offers is kept, marked as such."""
        code = (code or "").strip().upper()
        index = self.carrier.findData(code)
        if index < 0:
            self.carrier.addItem(
                self.tr("{code} (not in this profile's list)").format(code=code), code
            )
            index = self.carrier.count() - 1
        self.carrier.setCurrentIndex(index)

    def set_editable(self, editable: bool) -> None:
        for w in (
            self.po, self.end_po, self.notes, self.carrier, self.ship_to, self.address_button,
            self.end_user,
            self.delivery_check, self.ship_complete, self.add_input, self.add_button,
            self.paste_button, self.remove_button, self.check_button,
        ):  # fmt: skip
            w.setEnabled(editable)
        self.delivery_date.setEnabled(editable and self.delivery_check.isChecked())
        self.lines_view.setEditTriggers(
            self._edit_triggers if editable else QTableView.EditTrigger.NoEditTriggers
        )
