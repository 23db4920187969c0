"""The Order tab: header, ship-to from the address book, lines with prices and their age, drafts
saved continuously in the journal, a live P&A before sending, and Submit through the ordering
service — never offered twice while the outcome is unknown (architecture §1d.4)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from ingram_desk.domain.order_draft import MAX_PO_LENGTH, UNUSUAL_QUANTITY, OrderDraft
from ingram_desk.services.events import ORDER_STATE_CHANGED
from ingram_desk.services.order_journal import JournalEntry, JournalError, OrderState
from ingram_desk.ui import formats
from ingram_desk.ui.async_tasks import TaskRunner
from ingram_desk.ui.dialogs.address_book_dialog import AddressBookDialog
from ingram_desk.ui.dialogs.checkout_dialog import CheckoutDialog
from ingram_desk.ui.domain_texts import error_text, phrase_text
from ingram_desk.ui.models.order_lines_model import FormLine
from ingram_desk.ui.order_lines_input import (
    answers_by_sku,
    apply_live_answers,
)
from ingram_desk.ui.tabs.order_form import OrderForm
from ingram_desk.ui.tabs.order_lines_entry import OrderLinesEntry
from ingram_desk.ui.tabs.order_state_line import (
    PENDING,
    STATE_COLOURS,
    reason_shown,
    state_line,
    styled,
)
from ingram_desk.ui.widgets.header_fit import fit_column

__all__ = ["OrderTab"]

log = logging.getLogger(__name__)
S = OrderState
#: P&A accepts at most this many items per call
_PNA_BATCH = 20


class OrderTab(OrderForm, OrderLinesEntry):
    """Signals: ``draft_saved(draft_id)``, ``state_shown(JournalEntry)``, ``submit_finished(entry
    or None when the review was left without placing)``, ``live_check_finished(changed line
    count)``, ``review_shown(CheckoutDialog)``."""

    draft_saved = Signal(str)
    state_shown = Signal(object)
    submit_finished = Signal(object)
    live_check_finished = Signal(int)
    review_shown = Signal(object)

    def __init__(
        self,
        ordering: Any,
        catalogue: Any,
        pna: Any,
        address_book: Any,
        events: Any,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            address_book,
            parent,
            carriers=tuple(getattr(ordering, "carriers", ())),
            default_carrier=getattr(ordering, "default_carrier", ""),
        )
        self.ordering = ordering
        self.catalogue = catalogue
        self.pna = pna
        self.runner = runner
        self.draft_id: str | None = None
        self.entry: JournalEntry | None = None
        self._loading = False
        self._checked = False  # a live check ran since the lines last changed
        #: the latest live P&A answer per SKU (from the P&A tab), with when it was given
        self._live: dict[str, tuple[Any, datetime]] = {}
        self.address_dialog: AddressBookDialog | None = None
        self.review: CheckoutDialog | None = None
        for col, width in enumerate((85, 330, 50, 85, 45, 90, 190, 90, 260)):
            fit_column(self.lines_view, col, width)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(300)
        self._autosave.timeout.connect(self.flush_draft)

        for w in (self.po, self.end_po, self.notes):
            w.textEdited.connect(self._edited)
        for w in (self.po, self.end_po):  # said at once, not only on the next save
            w.textEdited.connect(lambda *_: self.po_message.setText(self.po_problem()))
        self.carrier.activated.connect(self._edited)
        self.ship_to.activated.connect(self._edited)
        self.end_user.activated.connect(self._edited)
        self.ship_complete.activated.connect(self._edited)
        self.delivery_check.toggled.connect(self._edited)
        self.delivery_date.dateChanged.connect(self._edited)
        self.model.lines_edited.connect(self._lines_changed)
        self.model.rowsInserted.connect(self._update_total)
        self.model.rowsRemoved.connect(self._update_total)
        self.model.dataChanged.connect(self._update_total)
        self.model.modelReset.connect(self._update_total)
        self.add_button.clicked.connect(self.add_typed)
        self.add_input.returnPressed.connect(self.add_typed)
        self.paste_button.clicked.connect(self.paste_lines)
        self.remove_button.clicked.connect(self.remove_selected)
        self.lines_view.installEventFilter(self)  # Delete removes the selected lines
        self.address_button.clicked.connect(self.open_address_book)
        self.new_button.clicked.connect(self.new_draft)
        self.copy_button.clicked.connect(self.copy_as_new)
        self.check_button.clicked.connect(self.check_live)
        self.submit_button.clicked.connect(lambda: self.submit())
        self.drafts.activated.connect(self._draft_picked)
        self.draft_selector.set_team(callable(getattr(ordering.journal, "set_shared", None)))
        self.draft_selector.privacy_toggled.connect(self._set_shared)
        self._unsubscribe = events.subscribe(ORDER_STATE_CHANGED, self._state_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.reload_drafts()
        self._show_state(None)

    # ---- drafts ------------------------------------------------------------------------------
    def reload_drafts(self) -> None:
        try:
            listed = self.ordering.journal.entries()
        except JournalError as exc:  # a team's database unreachable: the list stays as it was
            self.po_message.setText(error_text(exc))
            return
        entries = sorted(listed, key=lambda e: e.updated_at, reverse=True)
        self.draft_selector.fill(entries[:100], self.draft_id)

    def _relabel(self, entry: JournalEntry) -> None:
        """Keep the selector's entry for ``entry`` in step (PO, state, line count)."""
        self.draft_selector.relabel(entry)

    def _set_shared(self, draft_id: str, shared: bool) -> None:
        """The clerk ticked or cleared Private on a draft of their own (team journal only)."""
        try:
            entry = self.ordering.journal.set_shared(draft_id, shared)
        except JournalError as exc:
            self.po_message.setText(error_text(exc))
            self.draft_selector.show_entry(self.entry)  # as it was
            return
        if entry.draft_id == self.draft_id:
            self.entry = entry
        self._relabel(entry)

    def _draft_picked(self, index: int) -> None:
        draft_id = self.drafts.itemData(index)
        self.flush_draft()
        if draft_id is None:
            self.new_draft()
        else:
            self.open_draft(draft_id)

    def new_draft(self) -> None:
        self.flush_draft()
        self.draft_id, self.entry = None, None
        self._fill(OrderDraft(customer_po="", lines=(), carrier_code=self.default_carrier))
        self.reload_drafts()
        self._show_state(None)

    def open_draft(self, draft_id: str) -> None:
        """Show a journal entry (any state); only a draft can be edited."""
        entry = self.ordering.journal.get(draft_id)
        self.draft_id, self.entry = entry.draft_id, entry
        self._fill(entry.draft)
        self.reload_drafts()
        self._show_state(entry)

    def _fill(self, draft: OrderDraft) -> None:
        self._loading = True
        try:
            self.set_header(draft)
            self.model.set_lines(
                [
                    FormLine(ln.sku, ln.quantity, special_bid=ln.special_bid_number)
                    for ln in draft.lines
                ]
            )
            self._checked = False
        finally:
            self._loading = False
        self._enrich([ln.sku for ln in draft.lines])

    def po_problem(self) -> str:
        """What is wrong with the typed PO ("" = nothing): blank, or longer than Ingram takes."""
        po = self.po.text().strip()
        if not po:
            kept = (
                self.tr(" — until you type one, this draft keeps {customer_po}").format(
                    customer_po=self.entry.customer_po
                )
                if (self.entry is not None and self.entry.state is S.DRAFT)
                else ""
            )
            return self.tr(
                "A customer PO is required (at most {MAX_PO_LENGTH} characters){kept}."
            ).format(MAX_PO_LENGTH=MAX_PO_LENGTH, kept=kept)
        if len(po) > MAX_PO_LENGTH:
            return self.tr(
                "Customer PO too long: {v0} characters, Ingram takes at most {MAX_PO_LENGTH} — shorten it before sending."
            ).format(v0=len(po), MAX_PO_LENGTH=MAX_PO_LENGTH)
        end_po = self.end_po.text().strip()
        if len(end_po) > MAX_PO_LENGTH:
            return self.tr(
                "End-customer PO too long: {v0} characters, at most {MAX_PO_LENGTH}."
            ).format(v0=len(end_po), MAX_PO_LENGTH=MAX_PO_LENGTH)
        return ""

    def build_draft(self) -> OrderDraft:
        po = self.po.text().strip()
        if not po and self.entry is not None:  # a cleared field never silently becomes a new PO
            po = self.entry.customer_po
        generated = bool(
            self.entry and self.entry.draft.po_generated and po == self.entry.customer_po
        )
        return replace(
            self.header_draft(),
            customer_po=po,
            lines=tuple(ln.to_draft_line() for ln in self.model.lines),
            po_generated=generated or not po,
        )

    def flush_draft(self) -> JournalEntry | None:
        """Save the form into the journal now (autosave calls this 300 ms after the last edit)."""
        self._autosave.stop()
        if self.entry is not None and self.entry.state is not S.DRAFT:
            return None
        draft = self.build_draft()
        if self.draft_id is None and not draft.lines and not draft.customer_po:
            return None
        if self.entry is not None and self.entry.draft == draft:  # nothing changed: no write
            return self.entry  # (nor, in a team out of reach, an edit kept on the desk)
        try:
            entry = self.ordering.save_draft(draft, self.draft_id)
        except JournalError as exc:
            self.po_message.setText(error_text(exc))
            return None
        first = self.draft_id is None
        # a new draft, or a team draft's edit kept on this desk (its id there) is listed anew
        relist = entry.draft_id != self.draft_id
        self.draft_id, self.entry = entry.draft_id, entry
        if first and not self.po.text().strip():  # the one generated PO: shown, never hidden
            self.po.setText(entry.customer_po)
        self._relabel(entry)
        self.po_message.setText(self.po_problem() or self._on_desk(entry))
        if relist:
            self.reload_drafts()
            self._show_state(entry)
        self.draft_saved.emit(entry.draft_id)
        return entry

    def _on_desk(self, entry: JournalEntry) -> str:
        if not entry.on_desk:
            return ""
        return self.tr("Saved on this desk; it joins the team when the database is back.")

    def caught_up(self, kept: list[str]) -> None:
        """The desk's offline drafts moved into the team journal (``kept``: those that stayed
        on this desk, with the reason): the open draft follows to its team entry."""
        if self.draft_id is not None:
            try:
                entry = self.ordering.journal.get(self.draft_id)
            except JournalError:
                entry = None
            if entry is not None:
                self.draft_id, self.entry = entry.draft_id, entry
                self._show_state(entry)
        self.reload_drafts()
        if kept:
            self.po_message.setText("\n".join(phrase_text(k) for k in kept))
        elif self.entry is not None and not self.entry.on_desk:
            self.po_message.setText(self.po_problem())

    def copy_as_new(self) -> None:
        if self.draft_id is None:
            return
        entry = self.ordering.copy_as_new(self.draft_id)
        self.open_draft(entry.draft_id)

    def _edited(self, *_: object) -> None:
        if not self._loading:
            self._autosave.start()

    def _lines_changed(self) -> None:
        self._checked = False
        self._edited()

    # ---- lines (adding and pricing them: OrderLinesEntry) ----------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.lines_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.lines_view.state() != self.lines_view.State.EditingState
            and self.remove_button.isEnabled()
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    # ---- live check and submit -----------------------------------------------------------------
    def check_live(self) -> None:
        if self.model.rowCount() and self.pna is not None:
            self.runner.start("order-live-check", self.live_check(), busy=[self.check_button])

    async def live_check(self) -> int:
        """One live P&A for all lines (batches of 20): update prices, note what changed."""
        skus = [ln.sku for ln in self.model.lines]
        answers: dict[str, Any] = {}
        for i in range(0, len(skus), _PNA_BATCH):
            answers.update(answers_by_sku(await self.pna.check(skus[i : i + _PNA_BATCH])))
        stamp = formats.time_text(datetime.now())
        changed = 0
        for row, ln in enumerate(self.model.lines):
            new = apply_live_answers(ln, answers.get(ln.sku.upper()), stamp)
            changed += bool(new.live_note)
            self.model.replace_row(row, new)
        self._checked = True
        self.live_check_finished.emit(changed)
        return changed

    def submit(self, confirmed: bool = False) -> None:
        if self.entry is not None and self.entry.state is not S.DRAFT:
            return
        if self.runner.is_running("order-submit"):  # one submission at a time, never preempted
            self._message(
                self.tr("Another order is being sent; submit this one when it is done."), S.QUEUED
            )
            return
        entry = self.flush_draft()
        if entry is None:  # not saved: the PO clashes with another order, or there is nothing
            reason = self.po_message.text() or self.tr("Add at least one line before submitting.")
            self._message(self.tr("Not sent: {reason}").format(reason=reason), S.NEEDS_ATTENTION)
            return
        problem = self.po_problem()
        if problem:
            self._message(self.tr("Not sent: {problem}").format(problem=problem), S.NEEDS_ATTENTION)
            self.po.setFocus()
            return
        problems = entry.draft.problems()
        if problems:
            self._message("; ".join(f"{p.field}: {p.message}" for p in problems), S.REJECTED)
            return
        unusual = [ln for ln in entry.draft.lines if ln.quantity >= UNUSUAL_QUANTITY]
        if unusual and not confirmed:
            self._confirm_unusual(unusual)
            return
        self.runner.start(
            "order-review",
            self._review_flow(entry.draft_id),
            busy=[self.submit_button],
            on_done=None,
        )

    async def _review_flow(self, draft_id: str) -> None:
        """Live check (when not done since the last edit), then open the review; only its
        explicit "Place order" starts the (never preempted) send."""
        check_note = ""
        if self.pna is None:
            check_note = self.tr(
                "No live check (P&A is not available): prices are the price file's."
            )
        elif not self._checked:
            try:
                await self.live_check()
            except Exception as exc:  # the check informs; it must not block sending
                log.warning("live check before sending failed: %s", exc)
                check_note = self.tr(
                    "The live check failed ({v0}): prices are the price file's and stock was not checked."
                ).format(v0=getattr(exc, "message", None) or type(exc).__name__)
        entry = self.ordering.journal.get(draft_id)
        if entry.state is not S.DRAFT:
            self.submit_finished.emit(entry)
            return
        dialog = CheckoutDialog(entry.draft, self.model.lines, check_note, self)
        dialog.decided.connect(lambda place: self._decided(dialog, draft_id, place))
        self.review = dialog
        dialog.open()
        self.review_shown.emit(dialog)

    def _decided(self, dialog: CheckoutDialog, draft_id: str, place: bool) -> None:
        self.review = None
        dialog.deleteLater()
        if not place:
            po = self.ordering.journal.get(draft_id).customer_po
            self._message(
                self.tr("Not sent — {po} is still a draft. Change it and submit again.").format(
                    po=po
                ),
                S.DRAFT,
            )
            self.submit_finished.emit(None)
            return
        self.runner.start(
            "order-submit",
            self.ordering.submit(draft_id),
            busy=[self.submit_button],
            preemptible=False,
            on_done=self.submit_finished.emit,
        )

    def _confirm_unusual(self, lines: list[Any]) -> QMessageBox:
        """Quantities from ``UNUSUAL_QUANTITY`` on are asked about once (a typo like 1000 for
        10 is expensive); the box is window-modal and opened, never exec'd (the loop runs on)."""
        listed = ", ".join(f"{formats.quantity(ln.quantity)} × {ln.sku}" for ln in lines[:5])
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unusual quantity"),
            self.tr("Order {listed}? That is more than usual for one line.").format(listed=listed),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("unusual_quantity_box")

        def answered(_: int) -> None:
            yes = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
            box.deleteLater()
            if yes:
                self.submit(confirmed=True)
            else:
                self._message(self.tr("Not sent: change the quantity, then submit."), S.DRAFT)

        box.finished.connect(answered)
        box.open()
        return box

    def _state_event(self, entry: JournalEntry) -> None:
        try:
            self._relabel(entry)
            if entry.draft_id == self.draft_id:
                self.entry = entry
                self._show_state(entry)
        except RuntimeError:  # the tab was deleted before it unsubscribed
            pass

    def _show_state(self, entry: JournalEntry | None) -> None:
        self.draft_selector.show_entry(entry)
        state = entry.state if entry else S.DRAFT
        editable = state is S.DRAFT
        self.set_editable(editable)
        pending = state in PENDING
        self.submit_button.setVisible(editable)
        self.submit_button.setEnabled(editable and not self.runner.is_running("order-submit"))
        self.copy_button.setVisible(entry is not None and not editable and not pending)
        reason = ""
        if entry is not None and state is not S.DRAFT:
            events = self.ordering.journal.events(entry.draft_id)
            reason = reason_shown(events[-1].reason) if events else ""
        self.state_label.setText(state_line(entry, reason, self.ordering.driven_elsewhere))
        self.state_shown.emit(entry)

    def _message(self, html: str, state: OrderState, colour: str | None = None) -> None:
        self.state_label.setText(styled(html, colour or STATE_COLOURS[state]))

    # ---- address book ------------------------------------------------------------------------
    def open_address_book(self) -> AddressBookDialog:
        if self.address_dialog is None:
            self.address_dialog = AddressBookDialog(self.address_book, self)
            self.address_dialog.changed.connect(self.reload_addresses)
            self.address_dialog.picked.connect(self._address_picked)
        self.address_dialog.reload(self.ship_to.currentText())
        self.address_dialog.open()
        return self.address_dialog

    def _address_picked(self, name: str) -> None:
        self.reload_addresses()
        self.ship_to.setCurrentIndex(max(self.ship_to.findText(name), 0))
        self._edited()

    # ---- driver --------------------------------------------------------------------------------
    def start_driver(self) -> None:
        """Run the outbox driver (queued orders, reconciliation) for as long as the app runs."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        self.runner.start("order-driver", self.ordering.run_forever(), background=True)
