"""The Orders tab's actions on an order still on customer hold: cancel, release the hold, change
its lines or ship-to; each asks first, then re-reads the order so grid and detail agree."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox

from ingram_desk.ui.dialogs.change_order_dialog import ChangeOrderDialog
from ingram_desk.ui.tabs.order_action_rules import cancellable
from ingram_desk.ui.tabs.tab_translation import Translated

__all__ = ["OrderHoldActions"]


class OrderHoldActions(Translated):
    """Mixin of ``OrdersTab`` (which owns ``tracking``, ``runner``, ``detail``, the buttons,
    ``address_book``, ``reread`` and the ``cancel_finished``/``hold_action_finished`` signals)."""

    def _confirm(self, title: str, question: str, yes: Callable[[str], None]) -> QMessageBox | None:
        """Ask about the selected order (on customer hold); ``yes(order number)`` on Yes."""
        order = self.selected_order()
        if order is None or not cancellable(order):
            return None
        text = question.format(
            ingram_order_number=order.ingram_order_number,
            customer_order_number=order.customer_order_number,
        )
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, self)
        number = order.ingram_order_number
        box.finished.connect(
            lambda result: yes(number) if result == QMessageBox.StandardButton.Yes else None
        )
        box.open()
        return box

    # ---- cancel ------------------------------------------------------------------------------------
    def confirm_cancel(self) -> QMessageBox | None:
        return self._confirm(
            OrderHoldActions.tr("Cancel order"),
            OrderHoldActions.tr(
                "Cancel Ingram order {ingram_order_number} (PO {customer_order_number})?"
            ),
            self.cancel,
        )

    def cancel(self, order_number: str) -> None:
        async def run() -> str:
            await self.tracking.cancel(order_number)
            return order_number

        def done(number: str) -> None:
            self.reread(number)
            self.cancel_finished.emit(number)

        self.runner.start("order-cancel", run(), busy=[self.cancel_button], on_done=done)

    # ---- release and change (orders on customer hold) ---------------------------------------------
    def confirm_release(self) -> QMessageBox | None:
        return self._confirm(
            OrderHoldActions.tr("Release hold"),
            OrderHoldActions.tr(
                "Release Ingram order {ingram_order_number} (PO {customer_order_number})? Ingram starts processing it; it can no longer be changed or cancelled here."
            ),
            lambda number: self._hold_action(
                number,
                self.tracking.release(number),
                OrderHoldActions.tr("Order {number}: hold released, Ingram is processing it"),
            ),
        )

    def open_change(self) -> ChangeOrderDialog | None:
        order = self.selected_order()
        details = self.detail.details
        if order is None or details is None or not cancellable(order):
            return None
        dialog = ChangeOrderDialog(details, self.address_book, self)
        number = order.ingram_order_number

        def done(result: int) -> None:
            quantities, ship_to = dialog.quantities(), dialog.new_ship_to()
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted and (quantities or ship_to):
                self._hold_action(
                    number,
                    self.tracking.change(number, quantities=quantities, ship_to=ship_to),
                    OrderHoldActions.tr("Order {number}: changed as asked"),
                )

        dialog.finished.connect(done)
        dialog.open()
        self.change_dialog = dialog
        return dialog

    def _hold_action(self, number: str, coro: Any, accepted: str) -> None:
        """Run a release or change; ``accepted`` ("… {number} …") says what Ingram did."""

        def done(refused: tuple[str, ...]) -> None:
            self.count_label.setText(
                OrderHoldActions.tr("Order {number}: Ingram refused {v1}").format(
                    number=number, v1="; ".join(refused)
                )
                if refused
                else accepted.format(number=number)
            )
            self.reread(number)
            self.hold_action_finished.emit(number, refused)

        self.runner.start(
            "order-hold-action", coro, busy=[self.release_button, self.change_button],
            on_done=done,
        )  # fmt: skip
