"""The Orders search grid: one row per sub-order (shipment), fed page by page (≤ 100 orders per
fetch) from the tracking service's async search iterator as the user scrolls.

``fetchMore`` is guarded against re-entry (Qt's model tester and the view both call it while a
page is loading) and inserts with an inclusive last row (architecture §1e). Status and hold codes
are decoded inline from seed 004's tables; the badge delegate paints ``BADGE_ROLE``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Coroutine
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.order_status import StatusBucket, decode_hold_reason, decode_status
from ingram_desk.domain.placed_order import OrderSummary, SubOrder
from ingram_desk.ui import formats
from ingram_desk.ui.domain_texts import bucket_text, hold_action, hold_text, status_text

__all__ = [
    "BADGE_ROLE",
    "COLUMNS",
    "ORDER_ROLE",
    "PAGE_SIZE",
    "SORT_ROLE",
    "OrdersModel",
    "badge_colour",
]

#: the ``OrderSummary`` behind a row
ORDER_ROLE = Qt.ItemDataRole.UserRole + 1
#: (text, colour) for the badge delegate, or None for a plain cell
BADGE_ROLE = Qt.ItemDataRole.UserRole + 2
#: what a header click sorts by: numbers for value and lines (None while not known: listed last
#: whichever the direction), ISO text for dates
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
#: orders pulled per fetchMore (the service asks Ingram for pages of at most 100)
PAGE_SIZE = 100

_ROOT = QModelIndex()
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_BOLD = QFont()
_BOLD.setBold(True)
_BUCKET_COLOURS = {
    StatusBucket.OPEN: "#1f5fbf",
    StatusBucket.ON_HOLD: "#b86e00",
    StatusBucket.SHIPPED: "#1b7f3b",
    StatusBucket.INVOICED: "#3f6f5a",
    StatusBucket.CANCELLED: "#6b6b6b",
    StatusBucket.ERROR: "#b3261e",
    StatusBucket.UNKNOWN: "#6b6b6b",
}
_HOLD_COLOUR = "#c0392b"
#: a value or line count not known yet (the tooltip says why)
_UNKNOWN = "\u2013"

COLUMNS: tuple[tuple[str, str], ...] = (
    ("mark", ""),
    ("order", QT_TRANSLATE_NOOP("OrdersModel", "Ingram order")),
    ("sub", QT_TRANSLATE_NOOP("OrdersModel", "Sub-order")),
    ("po", QT_TRANSLATE_NOOP("OrdersModel", "Customer PO")),
    ("date", QT_TRANSLATE_NOOP("OrdersModel", "Created")),
    ("value", QT_TRANSLATE_NOOP("OrdersModel", "Order value")),
    ("lines", QT_TRANSLATE_NOOP("OrdersModel", "Lines")),
    ("status", QT_TRANSLATE_NOOP("OrdersModel", "Status")),
    ("hold", QT_TRANSLATE_NOOP("OrdersModel", "Hold")),
    ("note", QT_TRANSLATE_NOOP("OrdersModel", "Ingram's note")),
)
_COL = {key: i for i, (key, _) in enumerate(COLUMNS)}

StartTask = Callable[[str, Coroutine[Any, Any, Any]], Any]


def badge_colour(status_code: str | None) -> str:
    return _BUCKET_COLOURS[decode_status(status_code).bucket]


class OrdersModel(QAbstractTableModel):
    """Signals: ``page_loaded(rows added)``, ``search_failed(exception)``."""

    page_loaded = Signal(int)
    search_failed = Signal(object)

    def __init__(self, start_task: StartTask | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._start_task = start_task or self._own_task
        self._tasks: set[asyncio.Task[Any]] = set()
        self._orders: list[OrderSummary] = []
        self._rows: list[tuple[OrderSummary, SubOrder | None]] = []
        self._source: AsyncIterator[tuple[OrderSummary, int]] | None = None
        self._fetching = False
        self._generation = 0
        self.total: int | None = None
        self.watched: set[str] = set()
        self.unseen: set[str] = set()

    # ---- API -------------------------------------------------------------------------------
    def set_source(self, source: AsyncIterator[tuple[OrderSummary, int]] | None) -> None:
        """Start over with a new search (``None`` = empty); pages come through ``fetchMore``."""
        self.beginResetModel()
        self._generation += 1
        self._orders, self._rows = [], []
        self._source = source
        self._fetching = False
        self.total = None
        self.endResetModel()

    def set_orders(self, orders: list[OrderSummary]) -> None:
        """Show a fixed list (no further pages)."""
        self.set_source(None)
        self._append(orders)

    @property
    def orders(self) -> list[OrderSummary]:
        return list(self._orders)

    def order_at(self, row: int) -> OrderSummary | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def sub_order_at(self, row: int) -> SubOrder | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def rows_of(self, order_number: str) -> list[int]:
        return [i for i, (o, _) in enumerate(self._rows) if o.ingram_order_number == order_number]

    def replace_order(self, order: OrderSummary) -> bool:
        """Show a re-read order in place of its old rows (after an action or a refresh)."""
        rows = self.rows_of(order.ingram_order_number)
        if not rows:
            return False
        first, last = rows[0], rows[-1]
        new = [(order, s) for s in (order.sub_orders or (None,))]
        self._orders = [
            order if o.ingram_order_number == order.ingram_order_number else o for o in self._orders
        ]
        if len(new) == len(rows):
            self._rows[first : last + 1] = new
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
            return True
        self.beginRemoveRows(_ROOT, first, last)
        del self._rows[first : last + 1]
        self.endRemoveRows()
        self.beginInsertRows(_ROOT, first, first + len(new) - 1)
        self._rows[first:first] = new
        self.endInsertRows()
        return True

    @property
    def generation(self) -> int:
        """Counts the searches started: a read begun under an older one is out of date."""
        return self._generation

    def add_order(self, order: OrderSummary) -> bool:
        """Show an order placed since the search ran (this desk's or a colleague's) at the top,
        or in place of its old rows if already shown."""
        if self.replace_order(order):
            return False
        new = [(order, s) for s in (order.sub_orders or (None,))]
        self.beginInsertRows(_ROOT, 0, len(new) - 1)
        self._orders.insert(0, order)
        self._rows[0:0] = new
        self.endInsertRows()
        return True

    def set_marks(self, watched: set[str], unseen: set[str]) -> None:
        self.watched, self.unseen = set(watched), set(unseen)
        if self._rows:
            last = len(COLUMNS) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))

    @property
    def is_fetching(self) -> bool:
        return self._fetching

    # ---- paging ------------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        return not parent.isValid() and self._source is not None and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True  # before anything else: Qt may call us again right away
        self._start_task("orders-page", self._fetch(self._generation))

    async def _fetch(self, generation: int) -> int:
        source = self._source
        batch: list[OrderSummary] = []
        done = False
        try:
            assert source is not None
            while len(batch) < PAGE_SIZE:
                try:
                    row, total = await anext(source)
                except StopAsyncIteration:
                    done = True
                    break
                self.total = total
                batch.append(row)
        except Exception as exc:
            if generation == self._generation:
                self._fetching = False
                self._source = None  # do not hammer a failing search from every scroll
                self.search_failed.emit(exc)
            raise
        finally:
            if generation == self._generation:
                self._fetching = False
        if generation != self._generation:
            return 0
        if done:
            self._source = None
        added = self._append(batch)
        self.page_loaded.emit(added)
        return added

    def _append(self, orders: list[OrderSummary]) -> int:
        rows = [(o, s) for o in orders for s in (o.sub_orders or (None,))]
        if rows:
            first = len(self._rows)
            self.beginInsertRows(_ROOT, first, first + len(rows) - 1)
            self._orders.extend(orders)
            self._rows.extend(rows)
            self.endInsertRows()
        return len(rows)

    def _own_task(self, name: str, coro: Coroutine[Any, Any, Any]) -> Any:
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(lambda t: t.cancelled() or t.exception())  # logged by the emitter
        return task

    # ---- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        order, sub = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(order, sub, key)
        if role == BADGE_ROLE:
            return self._badge(order, sub, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(order, sub, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if key in ("value", "lines") else _LEFT)
        if role == SORT_ROLE:
            return self._sort_key(order, sub, key)
        if role == Qt.ItemDataRole.FontRole and order.ingram_order_number in self.unseen:
            return _BOLD
        if role == ORDER_ROLE:
            return order
        return None

    def _display(self, order: OrderSummary, sub: SubOrder | None, key: str) -> str:
        number = order.ingram_order_number
        if key == "mark":
            return "●" if number in self.unseen else ("◉" if number in self.watched else "")
        if key == "order":
            return number
        if key == "sub":
            return sub.sub_order_number if sub else ""
        if key == "po":
            return order.customer_order_number
        if key == "date":
            d = order.order_date
            if isinstance(d, datetime):
                return formats.datetime_text(d)
            return formats.date_text(d) if isinstance(d, date) else ""
        if key == "value":
            return _UNKNOWN if order.total is None else formats.money(order.total, order.currency)
        if key == "lines":
            return _UNKNOWN if order.line_count is None else formats.quantity(order.line_count)
        if key == "status":
            return status_text(decode_status(sub.status_code)) if sub else order.status
        if key == "hold":
            if sub and sub.hold_reason_code:
                return (
                    f"{sub.hold_reason_code} {hold_text(decode_hold_reason(sub.hold_reason_code))}"
                )
            return ""
        if key == "note":
            return (sub.hold_explanation or "") if sub else ""
        return ""

    def _sort_key(self, order: OrderSummary, sub: SubOrder | None, key: str) -> Any:
        if key == "value":
            return float(order.total) if order.total is not None else None
        if key == "lines":
            return order.line_count
        if key == "date":
            d = order.order_date
            return d.isoformat() if d is not None else ""
        return self._display(order, sub, key)

    def _badge(self, order: OrderSummary, sub: SubOrder | None, key: str) -> Any:
        if key == "status" and sub is not None:
            return (self._display(order, sub, key), badge_colour(sub.status_code))
        if key == "hold" and sub is not None and sub.hold_reason_code:
            return (self._display(order, sub, key), _HOLD_COLOUR)
        return None

    def _tooltip(self, order: OrderSummary, sub: SubOrder | None, key: str) -> str | None:
        if sub is None:
            return None
        if key == "status":
            st = decode_status(sub.status_code)
            return self.tr("Status {code}: {description} ({bucket})").format(
                code=sub.status_code or self.tr("(blank)"),
                description=status_text(st),
                bucket=bucket_text(st.bucket),
            )
        if key == "hold" and sub.hold_reason_code:
            hold = decode_hold_reason(sub.hold_reason_code)
            text = self.tr("<b>{code} — {description}</b><br>What you can do: {action}").format(
                code=hold.code, description=hold_text(hold), action=hold_action(hold)
            )
            if sub.hold_explanation:
                text += self.tr("<br>Ingram's note: {note}").format(note=sub.hold_explanation)
            return text
        if key == "mark" and order.ingram_order_number in self.unseen:
            return self.tr("Changed since you last looked")
        if key == "value" and order.total is None:
            return self.tr("Not known yet: select the order to read its details")
        if key == "lines" and order.line_count is None:
            return self.tr(
                "Not known yet: select the order to read its lines. The grid reads no order's "
                "details by itself: that would spend Ingram's 60 calls a minute."
            )
        return None
