"""The domain's English texts in the user's language: Ingram's status and hold-code meanings, our
advice on holds, the remedies for HTTP errors and the warehouse towns.

The domain marks them with ``ingram_desk.domain.i18n.QT_TRANSLATE_NOOP`` (it has no Qt); this is
the one place that translates them, under the same contexts. Ingram's codes are never translated.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ingram_desk.domain.errors import IngramError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.order_status import HoldReason, OrderStatus, StatusBucket

__all__ = [
    "bucket_text",
    "error_remedy",
    "error_text",
    "hold_action",
    "hold_text",
    "remedy_text",
    "state_text",
    "status_text",
    "warehouse_town",
]

#: the badge groups (ours, not Ingram's) as a purchaser reads them
_BUCKETS = {
    StatusBucket.OPEN: QT_TRANSLATE_NOOP("StatusBucket", "open"),
    StatusBucket.ON_HOLD: QT_TRANSLATE_NOOP("StatusBucket", "on hold"),
    StatusBucket.SHIPPED: QT_TRANSLATE_NOOP("StatusBucket", "shipped"),
    StatusBucket.INVOICED: QT_TRANSLATE_NOOP("StatusBucket", "invoiced"),
    StatusBucket.CANCELLED: QT_TRANSLATE_NOOP("StatusBucket", "cancelled"),
    StatusBucket.ERROR: QT_TRANSLATE_NOOP("StatusBucket", "error"),
    StatusBucket.UNKNOWN: QT_TRANSLATE_NOOP("StatusBucket", "unknown"),
}


def bucket_text(bucket: StatusBucket) -> str:
    """The badge group of a status (open, on hold, shipped, …)."""
    return QCoreApplication.translate("StatusBucket", _BUCKETS[bucket])


def status_text(status: OrderStatus) -> str:
    """The seed's meaning of an order status code."""
    return QCoreApplication.translate("OrderStatus", status.description)


def hold_text(hold: HoldReason) -> str:
    """The seed's meaning of a hold-reason code."""
    return QCoreApplication.translate("HoldReason", hold.description)


def hold_action(hold: HoldReason) -> str:
    """What the purchaser can do about a hold."""
    return QCoreApplication.translate("HoldReason", hold.action)


def state_text(state: Any) -> str:
    """An order's state in the journal (draft, waiting to send, placed, …)."""
    return QCoreApplication.translate("OrderState", state.label)


def remedy_text(text: str) -> str:
    """Seed 004's remedial action (or reason) for an HTTP status or response preamble."""
    return QCoreApplication.translate("ApiCodes", text)


def warehouse_town(town: str) -> str:
    """A warehouse's town as purchasers in the user's language call it (Wien, Vienne)."""
    return QCoreApplication.translate("Warehouse", town)


def _values(exc: IngramError) -> dict[str, object]:
    values = dict(exc.values)
    if isinstance(values.get("description"), str):
        values["description"] = remedy_text(str(values["description"]))
    return values


def error_text(exc: IngramError) -> str:
    """An error's message in the user's language: its "Errors" template with its values."""
    if not exc.values:
        return QCoreApplication.translate("Errors", exc.template)
    return QCoreApplication.translate("Errors", exc.template).format(**_values(exc))


def error_remedy(exc: IngramError) -> str:
    """An error's remedial action in the user's language (ours under "Errors", seed 004's under
    "ApiCodes")."""
    template = exc.remedy_template
    translated = QCoreApplication.translate("Errors", template)
    if translated == template:
        translated = remedy_text(template)
    return translated.format(**_values(exc)) if exc.values else translated
