"""Change an order on customer hold: line quantities (0 removes the line) and the ship-to, as
Ingram allows within 24 hours of entry. Window-modal, opened with ``open()``; ``changes`` gives
what to send."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.placed_order import OrderDetails
from ingram_desk.ui.widgets.header_fit import fit_column

__all__ = ["ChangeOrderDialog"]

_KEEP = QT_TRANSLATE_NOOP("ChangeOrderDialog", "(keep the current ship-to)")
_QTY = 3


class ChangeOrderDialog(QDialog):
    def __init__(
        self, details: OrderDetails, address_book: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.details = details
        self.address_book = address_book
        self.setWindowTitle(
            self.tr("Change order {ingram_order_number}").format(
                ingram_order_number=details.ingram_order_number
            )
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(720, 420)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("SKU"), self.tr("Description"), self.tr("Quantity")]
        )
        self._before: dict[str, int] = {}
        for ln in details.lines:
            qty = ln.quantity_ordered or 0
            self._before[ln.line_number] = qty
            cells = [QStandardItem(ln.line_number), QStandardItem(ln.sku),
                     QStandardItem(ln.description), QStandardItem()]  # fmt: skip
            for cell in cells[:3]:
                cell.setEditable(False)
            cells[_QTY].setData(qty, Qt.ItemDataRole.EditRole)
            cells[_QTY].setToolTip(self.tr("New quantity; 0 removes the line"))
            self.model.appendRow(cells)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_column(self.table, 2, 330)
        self.ship_to = QComboBox(self)
        self.ship_to.addItem(self.tr(_KEEP), _KEEP)
        for entry in address_book.entries() if address_book else []:
            self.ship_to.addItem(entry.name)
        form = QFormLayout()
        form.addRow(self.tr("New ship-to"), self.ship_to)
        hint = QLabel(
            self.tr(
                "Ingram accepts changes while the order is on customer hold, within 24 hours of "
                "entry. Set a quantity to 0 to remove a line."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(
            self.tr("&Send changes"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def set_quantity(self, line_number: str, qty: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).text() == line_number:
                self.model.item(row, _QTY).setData(qty, Qt.ItemDataRole.EditRole)

    def quantities(self) -> dict[str, int]:
        """Changed lines only: Ingram line number → new quantity (0 = remove)."""
        out = {}
        for row in range(self.model.rowCount()):
            number = self.model.item(row, 0).text()
            try:
                qty = max(int(self.model.item(row, _QTY).data(Qt.ItemDataRole.EditRole)), 0)
            except (TypeError, ValueError):
                continue
            if qty != self._before.get(number):
                out[number] = qty
        return out

    def new_ship_to(self) -> dict[str, Any] | None:
        name = self.ship_to.currentText()
        if self.ship_to.currentData() == _KEEP or self.address_book is None:
            return None
        entry = self.address_book.get(name)
        return entry.to_address().to_request() if entry else None
