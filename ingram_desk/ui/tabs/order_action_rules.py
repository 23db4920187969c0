"""Which actions Ingram allows on a listed order (cancel, release, change) and the tooltip saying
why one is disabled; pure functions of an ``OrderSummary``, shared by the Orders tab's buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ingram_desk.domain.order_status import StatusBucket, decode_status
from ingram_desk.domain.placed_order import OrderSummary

__all__ = ["cancel_tooltip", "cancellable", "cancelled", "hold_tooltip"]


def cancellable(order: OrderSummary) -> bool:
    """Ingram cancels only orders still on customer hold (created with allowOrderOnCustomerHold)."""
    return not cancelled(order) and any(
        (s.hold_reason_code or "").upper() == "IM" for s in order.sub_orders
    )


def cancelled(order: OrderSummary) -> bool:
    subs = order.sub_orders
    if subs:
        return all(decode_status(s.status_code).bucket is StatusBucket.CANCELLED for s in subs)
    return order.status.lower().startswith("cancel")


def hold_tooltip(order: OrderSummary | None, what: str) -> str:
    """Why a release/change is (not) available for the selected order."""
    if order is None:
        return QCoreApplication.translate("OrdersTab", "Disabled: select an order first")
    if cancelled(order):
        return QCoreApplication.translate("OrdersTab", "Disabled: this order is cancelled")
    if cancellable(order):
        return QCoreApplication.translate(
            "OrdersTab",
            "{what} (Ingram allows it while the order is on customer hold, within 24 hours)",
        ).format(what=what)
    return QCoreApplication.translate(
        "OrdersTab",
        "Disabled: Ingram allows this only for orders placed on customer hold (IM) that are "
        "still held",
    )


def cancel_tooltip(order: OrderSummary | None) -> str:
    """Why Cancel is (not) available for the selected order."""
    if order is None:
        return QCoreApplication.translate("OrdersTab", "Disabled: select an order first")
    if cancelled(order):
        return QCoreApplication.translate("OrdersTab", "Disabled: this order is already cancelled")
    if cancellable(order):
        return QCoreApplication.translate(
            "OrdersTab", "Cancel this order (Ingram allows it while it is on customer hold)"
        )
    return QCoreApplication.translate(
        "OrdersTab",
        "Disabled: Ingram cancels only orders on customer hold (IM); for this one, call your "
        "Ingram sales contact",
    )
