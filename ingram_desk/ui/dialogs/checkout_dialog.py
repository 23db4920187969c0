"""The review before sending: lines, total, ship-to, delivery, carrier and what the live check
changed, with one explicit "Place order" (web shops and Ingram's portal all have this step).

Lines Ingram said it does not know block placing (the button says why), so a typo never goes
out as a half-rejected order. Window-modal and opened with ``open()``; ``decided`` carries the
answer (True = place it)."""

from __future__ import annotations

from html import escape as _escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.ui import formats
from ingram_desk.ui.models.order_lines_model import COLUMNS, FormLine, OrderLinesModel
from ingram_desk.ui.widgets.header_fit import fit_column

__all__ = ["CheckoutDialog", "ship_to_text"]

_COL = {key: i for i, (key, _, _) in enumerate(COLUMNS)}
# the text columns that share the room left and wrap (the figures keep their widths)
_WRAPPED = ("description", "live_note")


def escape(text: str) -> str:
    return _escape(text, quote=False)


_SHIP_COMPLETE = {
    None: QT_TRANSLATE_NOOP("CheckoutDialog", "Ship what is available (partial)"),
    "": QT_TRANSLATE_NOOP("CheckoutDialog", "Ship what is available (partial)"),
    "C": QT_TRANSLATE_NOOP("CheckoutDialog", "Ship complete (all lines together)"),
    "P": QT_TRANSLATE_NOOP("CheckoutDialog", "Ship complete per line"),
    "E": QT_TRANSLATE_NOOP("CheckoutDialog", "Ship complete per line (E)"),
    "true": QT_TRANSLATE_NOOP("CheckoutDialog", "Ship complete"),
}


def ship_to_text(draft: OrderDraft) -> str:
    """The ship-to as the purchaser reads it on a delivery note (one line per part)."""
    if draft.ship_to is None:
        return QCoreApplication.translate(
            "CheckoutDialog", "Ingram's default ship-to for your account"
        )
    f = draft.ship_to.fields
    parts = [
        f.get("companyName", ""),
        f.get("contact", ""),
        f.get("addressLine1", ""),
        f.get("addressLine2", ""),
        " ".join(x for x in (f.get("postalCode", ""), f.get("city", "")) if x),
        f.get("countryCode", ""),
    ]
    text = "\n".join(p for p in parts if p)
    if draft.ship_to.address_id:
        text = QCoreApplication.translate(
            "CheckoutDialog", "Ingram ship-to id {address_id}"
        ).format(address_id=draft.ship_to.address_id) + (f"\n{text}" if text else "")
    return text or QCoreApplication.translate("CheckoutDialog", "(empty address)")


class CheckoutDialog(QDialog):
    decided = Signal(bool)

    def showEvent(self, event: QShowEvent) -> None:
        """Fitted once its columns have their widths (the wrapped rows' heights follow them)."""
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self._fit_to_screen(self._columns)

    def _fit_to_screen(self, columns: int) -> None:
        """As wide as the columns want and as tall as the lines need, within 95 % of the screen
        (1440×900: every line of a 10-line order and the buttons in view). On a lower screen
        the lines scroll; the header, total, live-check note and buttons stay in view."""
        self.table.resizeRowsToContents()
        avail = self.screen().availableGeometry()
        rows = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        table = self.table.horizontalHeader().height() + rows + 2 * self.table.frameWidth()
        others = self.layout().sizeHint().height() - self.table.sizeHint().height()
        width = max(900, self._least, min(columns + 60, int(avail.width() * 0.95)))
        height = max(420, min(others + table + 8, int(avail.height() * 0.95)))
        self.resize(width, height)

    def __init__(
        self,
        draft: OrderDraft,
        lines: list[FormLine],
        check_note: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Review order {customer_po}").format(customer_po=draft.customer_po)
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(900, 560)
        self.model = OrderLinesModel(self)
        self.model.set_lines(lines)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for col, width in enumerate((85, 300, 45, 85, 40, 90, 150, 80, 220)):
            fit_column(self.table, col, width)
        # Every column is in view at any width from 900 px (found in the Xvfb pass: "Special
        # bid" sat behind a horizontal scroll bar): the texts (description, what the live
        # check said) share the room left and wrap; the figures keep their widths.
        header = self.table.horizontalHeader()
        columns = sum(self.table.columnWidth(c) for c in range(self.model.columnCount()))
        fixed = columns - sum(self.table.columnWidth(_COL[k]) for k in _WRAPPED)
        # the texts share the room equally: enough for the longer of their titles each
        titles = max(fit_column(self.table, _COL[k], 60) for k in _WRAPPED)
        self._least = fixed + titles * len(_WRAPPED) + 60
        for key in _WRAPPED:
            header.setSectionResizeMode(_COL[key], QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.setWordWrap(True)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        form = QFormLayout()
        self.po_label = QLabel(f"<b>{escape(draft.customer_po)}</b>", self)
        self.ship_to_label = QLabel(escape(ship_to_text(draft)).replace("\n", "<br>"), self)
        rdd = draft.requested_delivery_date
        self.delivery_label = QLabel(
            formats.long_date_text(rdd) if rdd else self.tr("As soon as possible"), self
        )
        self.shipping_label = QLabel(
            self.tr(_SHIP_COMPLETE[draft.ship_complete])
            if draft.ship_complete in _SHIP_COMPLETE
            else draft.ship_complete or "",
            self,
        )
        self.carrier_label = QLabel(draft.carrier_code or self.tr("Ingram chooses"), self)
        form.addRow(self.tr("Customer PO"), self.po_label)
        form.addRow(self.tr("Ship to"), self.ship_to_label)
        form.addRow(self.tr("Requested delivery"), self.delivery_label)
        form.addRow(self.tr("Shipping"), self.shipping_label)
        form.addRow(self.tr("Carrier"), self.carrier_label)
        if draft.end_customer_po:
            form.addRow(self.tr("End-customer PO"), QLabel(escape(draft.end_customer_po), self))
        if draft.notes:
            form.addRow(self.tr("Notes"), QLabel(escape(draft.notes), self))

        total = self.model.order_total()
        n = len(lines)
        units = sum(ln.quantity for ln in lines)
        cur = self.model.currency()
        counted = {
            "lines": self.tr("%n line(s)", "", n),
            "units": self.tr("%Ln unit(s)", "", units),
        }
        self.total_label = QLabel(
            self.tr("{lines}, {units} — order total <b>{total}</b>").format(
                **counted, total=escape(formats.money(total, cur))
            )
            if total is not None
            else self.tr("{lines}, {units} — total unknown (a line has no price)").format(
                **counted
            ),
            self,
        )
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.rejected = [ln for ln in lines if ln.live_rejected]
        changed = [ln for ln in lines if ln.live_note and not ln.live_rejected]
        notes = []
        if self.rejected:
            notes.append(
                self.tr(
                    "<span style='color:#b3261e'><b>Ingram does not accept %n line(s)</b>: ",
                    "",
                    len(self.rejected),
                )
                + "; ".join(f"{escape(ln.sku)} ({escape(ln.live_note)})" for ln in self.rejected)
                + self.tr(" — go back and remove or correct them.</span>")
            )
        if changed:
            notes.append(
                self.tr("<span style='color:#8a6d00'><b>Changed since the lines were added:</b> ")
                + "; ".join(f"{escape(ln.sku)}: {escape(ln.live_note)}" for ln in changed)
                + "</span>"
            )
        if check_note:
            notes.append(escape(check_note))
        elif not self.rejected and not changed:
            notes.append(self.tr("Live check: prices and stock unchanged for every line."))
        self.changes_label = QLabel("<br>".join(notes), self)
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.place_button = QPushButton(self.tr("&Place order"), self)
        self.back_button = QPushButton(self.tr("&Back to the order"), self)
        if self.rejected:
            self.place_button.setEnabled(False)
            self.place_button.setToolTip(
                self.tr(
                    "Disabled: Ingram does not accept every line — remove or correct {skus}"
                ).format(skus=", ".join(ln.sku for ln in self.rejected))
            )
            self.back_button.setDefault(True)
        else:
            self.place_button.setToolTip(self.tr("Send this order to Ingram now"))
            self.place_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.place_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.changes_label)
        layout.addLayout(buttons)
        self._columns, self._fitted = columns, False
        self._fit_to_screen(columns)

        self.place_button.clicked.connect(self.accept)
        self.back_button.clicked.connect(self.reject)
        self.finished.connect(
            lambda result: self.decided.emit(result == QDialog.DialogCode.Accepted)
        )
