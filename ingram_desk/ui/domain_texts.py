"""The domain's English texts in the user's language: Ingram's status and hold-code meanings, our
advice on holds, the remedies for HTTP errors and the warehouse towns.

The domain marks them with ``ingram_desk.domain.i18n.QT_TRANSLATE_NOOP`` (it has no Qt); this is
the one place that translates them, under the same contexts. Ingram's codes are never translated.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ingram_desk.domain.errors import IngramError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.order_status import HoldReason, OrderStatus, StatusBucket
from ingram_desk.domain.phrase import Phrase
from ingram_desk.ui import formats

__all__ = [
    "bucket_text",
    "error_remedy",
    "error_text",
    "hold_action",
    "hold_text",
    "ingram_state_text",
    "phrase_text",
    "remedy_text",
    "state_text",
    "status_text",
    "template_text",
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


#: the words Ingram's order details give an order's and a line's state (not codes: these
#: are English words, shown in the user's language; a word not listed is shown as Ingram sent it)
_ORDER_STATES = (
    QT_TRANSLATE_NOOP("IngramState", "On Hold"),
    QT_TRANSLATE_NOOP("IngramState", "Open"),
    QT_TRANSLATE_NOOP("IngramState", "Processing"),
    QT_TRANSLATE_NOOP("IngramState", "In Progress"),
    QT_TRANSLATE_NOOP("IngramState", "Backordered"),
    QT_TRANSLATE_NOOP("IngramState", "Shipped"),
    QT_TRANSLATE_NOOP("IngramState", "Partially Shipped"),
    QT_TRANSLATE_NOOP("IngramState", "Delivered"),
    QT_TRANSLATE_NOOP("IngramState", "Invoiced"),
    QT_TRANSLATE_NOOP("IngramState", "Canceled"),
    QT_TRANSLATE_NOOP("IngramState", "Cancelled"),
)
_STATE_KEYS = {w.casefold(): w for w in _ORDER_STATES}


def ingram_state_text(word: str) -> str:
    """An order's or line's state as Ingram's details word it ("On Hold", "Shipped"), in the
    user's language; a word not known here is shown as it is."""
    known = _STATE_KEYS.get(word.strip().casefold())
    return QCoreApplication.translate("IngramState", known) if known else word


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


def _when(text: str) -> str:
    """An ISO date or time as the user's locale writes it; other text as it is."""
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        return text
    if len(text) <= 10:  # a date alone
        return formats.date_text(at)
    return formats.datetime_text(at if at.tzinfo is None else at.astimezone())


class _Count(int):
    """An int value that a ``{got:,}`` spec groups as the locale does (``1.234.567`` in de)."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        if spec == ",":
            return formats.quantity(int(self))
        return int.__format__(self, spec)


class _Number(float):
    """A float value that a ``{seconds:.1f}`` spec writes as the locale does (``0,3`` in de)."""

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        if spec.startswith(".") and spec.endswith("f") and spec[1:-1].isdigit():
            return formats.number(float(self), int(spec[1:-1]))
        return float.__format__(self, spec)


def _value(key: str, value: object) -> object:
    if isinstance(value, Phrase):
        return phrase_text(value)
    if isinstance(value, str) and key == "when":  # an ISO time the catalogue kept (a file's)
        return _when(value)
    if isinstance(value, IngramError):
        return error_text(value)  # an error inside an error (a refusal's reason)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return _Count(value)
    if isinstance(value, float):
        return _Number(value)
    if isinstance(value, str) and key == "description":  # an Ingram code's description
        return remedy_text(value)
    if isinstance(value, str) and key == "what":  # a document's name, marked under "Errors"
        return QCoreApplication.translate("Errors", value)
    return value


def template_text(template: str, values: Mapping[str, object] | None = None) -> str:
    """An "Errors" template with its named values in the user's language (also a stored one,
    such as a feed's last error)."""
    translated = QCoreApplication.translate("Errors", template)
    if not values:
        return translated
    return translated.format(**{k: _value(k, v) for k, v in values.items()})


def error_text(exc: IngramError) -> str:
    """An error's message in the user's language: its "Errors" template with its values."""
    return template_text(exc.template, exc.values)


def error_remedy(exc: IngramError) -> str:
    """An error's remedial action in the user's language (ours under "Errors", seed 004's under
    "ApiCodes")."""
    template = exc.remedy_template
    translated = QCoreApplication.translate("Errors", template)
    if translated == template:
        translated = remedy_text(template)
    if not exc.values:
        return translated
    return translated.format(**{k: _value(k, v) for k, v in exc.values.items()})


def phrase_text(text: str | None) -> str:
    """A text the journal or an import kept, in the user's language: a ``Phrase`` translated with
    its values and count, any other text as it is (a row written before texts were phrases)."""
    if not isinstance(text, Phrase):
        return text or ""
    template, context = text.template, text.context
    if not context:  # texts side by side (an error's message, remedy, correlation id)
        translated = template
    elif text.count is not None:
        translated = QCoreApplication.translate(context, template, "", text.count)
    else:
        translated = QCoreApplication.translate(context, template)
        if context == "Errors" and translated == template:  # seed 004's remedies
            translated = remedy_text(template)
    if not text.values:
        return translated
    try:
        return translated.format(**{k: _value(k, v) for k, v in text.values.items()})
    except (KeyError, IndexError, ValueError):  # a stored value no longer fits its template
        return str(text)
