"""The catalogue table: an ordered array of store row ids plus a small LRU cache of read pages.

``rowCount`` is the length of the id array (the scrollbar shows the true size; no ``fetchMore``);
``data`` dispatches on role first and serves display text pre-formatted per page, so a repaint of
one screen costs one dictionary lookup per cell. Sorting re-runs the query in the store (the tab
listens to ``sort_requested``); there is no proxy model (architecture §1e).
"""

from __future__ import annotations

import logging
from array import array
from collections import OrderedDict
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ingram_desk.domain.product import Product
from ingram_desk.ui import formats
from ingram_desk.ui.models.columns import CATALOGUE_COLUMNS, Column, format_value

__all__ = [
    "NO_STOCK_BRUSH",
    "PAGE_SIZE",
    "PRODUCT_ROLE",
    "SNAPSHOT_PAGE_WAIT_S",
    "SORT_ROLE",
    "CatalogueModel",
    "RowReader",
]

log = logging.getLogger(__name__)

#: rows read from the store at once (one ``WHERE id IN (…)``); building a ``Product`` costs
#: ~50 µs, so 64 rows (~3 ms) keep the extra cost of a page-crossing repaint small
PAGE_SIZE = 64
#: pages kept: 256 × 64 rows covers a long scroll back and forth in a few MB
MAX_PAGES = 256
#: with a slow reader (an import's stage-1 snapshot in a busy child process) a repaint does not
#: wait for a page: the rows paint blank and fill in when it arrives, so the window never stalls
#: on it (issue 15: 164-197 ms measured with the GUI thread waiting there; even a 20 ms bounded
#: wait overran to 186 ms on a loaded machine, so there is no wait at all)
SNAPSHOT_PAGE_WAIT_S = 0.0
#: the ``Product`` behind a row
PRODUCT_ROLE = Qt.ItemDataRole.UserRole + 1
#: the native (sortable) value of a cell: Decimal, int, date or str
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
#: text colour of a product with no stock
NO_STOCK_BRUSH = QBrush(QColor("#9a9a9a"))


class RowReader(Protocol):
    """What the model needs from the catalogue service: products for a batch of row ids."""

    def read_rows(self, ids: Sequence[int]) -> Sequence[Product]: ...


class CatalogueModel(QAbstractTableModel):
    """Read-only view of a query result; call ``set_result`` after each (threaded) query."""

    #: (store sort key, descending) when the user clicks a sortable header
    sort_requested = Signal(str, bool)
    #: the store could not be read (emitted once per result; rows show empty meanwhile)
    read_failed = Signal(object)
    #: (page number, result generation) a background page read finished (from its thread)
    _page_ready = Signal(int, int)

    def __init__(self, columns: Sequence[Column] = CATALOGUE_COLUMNS, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._ids: array[int] = array("q")
        self._reader: RowReader | None = None
        self._pages: OrderedDict[int, tuple[list[Product | None], list[tuple[str, ...]]]] = (
            OrderedDict()
        )
        self._alignments = [int(c.alignment) for c in self.columns]
        self._headers = [c.title for c in self.columns]
        self._stock_col = next((i for i, c in enumerate(self.columns) if c.key == "stock"), -1)
        self.sort_key = ""
        self.descending = False
        self._read_failed = False
        self._hot_no = -1
        self._hot: tuple[list[Product | None], list[tuple[str, ...]]] = ([], [])
        formats.notifier.changed.connect(self.invalidate)  # cached texts are in the old locale
        #: ``None``: read pages in the GUI thread; else wait that long, then fill in later
        self._page_wait: float | None = None
        self._pending: dict[int, Future[Sequence[Product]]] = {}
        self._generation = 0
        #: reads a slow reader's pages; its thread starts now: ``Thread.start`` waits until the
        #: new thread runs, which on a busy machine kept the window waiting (feeds bench)
        self._pool: ThreadPoolExecutor | None = ThreadPoolExecutor(
            1, thread_name_prefix="catalogue-pages"
        )
        self._pool.submit(int)
        self._page_ready.connect(self._page_arrived)  # queued: emitted from the pool thread

    def set_result(
        self, ids: array[int], reader: RowReader, *, page_wait: float | None = None
    ) -> None:
        """Show a new query result (resets the model and drops the page cache). ``page_wait``
        bounds how long a repaint waits for a page (``SNAPSHOT_PAGE_WAIT_S`` for a slow
        reader); ``None`` reads pages synchronously, as the local store's are fast."""
        self.beginResetModel()
        self._ids = ids
        self._reader = reader
        self._page_wait = page_wait
        self._drop_pages()
        self._read_failed = False
        self.endResetModel()

    def _drop_pages(self) -> None:
        self._pages.clear()
        self._pending.clear()
        self._generation += 1
        self._hot_no = -1

    def invalidate(self) -> None:
        """Drop cached pages (the catalogue was re-imported or stock updated) and repaint."""
        self._drop_pages()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1)
            )

    @property
    def ids(self) -> array[int]:
        return self._ids

    def row_id(self, row: int) -> int:
        return self._ids[row]

    def product(self, row: int) -> Product | None:
        if not 0 <= row < len(self._ids):
            return None
        return self._page(row // PAGE_SIZE)[0][row % PAGE_SIZE]

    def display_text(self, row: int, column: int) -> str:
        """Pre-formatted cell text for the delegate (one call per painted cell)."""
        return self._page(row // PAGE_SIZE)[1][row % PAGE_SIZE][column]

    def is_dimmed(self, row: int) -> bool:
        """True when the row's product is out of stock (stock shown greyed)."""
        p = self._page(row // PAGE_SIZE)[0][row % PAGE_SIZE]
        return p is not None and not p.in_stock

    # Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        # Role first: Qt asks for ~7 roles per cell and most must cost nothing.
        if role == _DISPLAY:
            row = index.row()
            return self._page(row // PAGE_SIZE)[1][row % PAGE_SIZE][index.column()]
        if role == _ALIGN:
            return self._alignments[index.column()]
        if role == _FOREGROUND:
            if index.column() == self._stock_col:
                p = self.product(index.row())
                if p is not None and not p.in_stock:
                    return NO_STOCK_BRUSH
            return None
        if role == PRODUCT_ROLE:
            return self.product(index.row())
        if role == SORT_ROLE:
            p = self.product(index.row())
            return None if p is None else self.columns[index.column()].value(p)
        if role == _TOOLTIP and self.columns[index.column()].key == "description":
            p = self.product(index.row())
            return None if p is None else p.description
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == _DISPLAY:
                return self._headers[section]
            if role == _ALIGN:
                return self._alignments[section]
        return None

    # flags(): not overridden on purpose. QAbstractTableModel's C++ default (enabled, selectable,
    # never has children) is what we want, and a Python override costs ~20 µs per painted cell.

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: remember the order and ask the tab to re-query (sorting is the store's).
        Column -1 (no sort indicator) is the file's order, a search's word matches first: the
        view's default, which ``setSortingEnabled`` would otherwise leave on column 0,
        descending."""
        if column < 0:
            self.sort_key, self.descending = "", False
            self.sort_requested.emit("row", False)
            return
        key = self.columns[column].sort_key if column < len(self.columns) else ""
        if not key:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sort_requested.emit(key, self.descending)

    # page cache ---------------------------------------------------------------------------

    def _page(self, page_no: int) -> tuple[list[Product | None], list[tuple[str, ...]]]:
        if page_no == self._hot_no:  # most calls during a paint hit the same page
            return self._hot
        page = self._pages.get(page_no)
        if page is not None:
            self._pages.move_to_end(page_no)
            self._hot_no, self._hot = page_no, page
            return page
        start = page_no * PAGE_SIZE
        ids = self._ids[start : start + PAGE_SIZE]
        try:
            if self._page_wait is not None and self._reader is not None and ids:
                rows = self._read_bounded(page_no, ids)
                if rows is None:  # still coming: blank rows now, filled in on arrival
                    return [None] * len(ids), [("",) * len(self.columns)] * len(ids)
            else:
                rows = self._reader.read_rows(ids) if self._reader is not None and ids else []
        except Exception as exc:  # a broken store must not take every repaint down with it
            rows = []
            if not self._read_failed:
                self._read_failed = True
                log.exception("reading catalogue rows failed")
                self.read_failed.emit(exc)
        found = {p.row_id: p for p in rows}
        products = [found.get(i) for i in ids]
        empty = ("",) * len(self.columns)
        texts = [
            tuple(format_value(c.kind, c.get(p), p.currency) for c in self.columns)
            if p is not None
            else empty
            for p in products
        ]
        page = (products, texts)
        self._pending.pop(page_no, None)
        self._pages[page_no] = page
        self._hot_no, self._hot = page_no, page
        if len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def _read_bounded(self, page_no: int, ids: array[int]) -> Sequence[Product] | None:
        """The page's rows if they come within ``page_wait``; else None (the read goes on in
        the pool thread and ``_page_arrived`` repaints its rows)."""
        future = self._pending.get(page_no)
        if future is None:
            assert self._reader is not None
            if self._pool is None:  # closed
                return None
            future = self._pool.submit(self._reader.read_rows, ids)
            self._pending[page_no] = future
            generation = self._generation
            future.add_done_callback(lambda _f: self._announce(page_no, generation))
        if not self._page_wait and not future.done():
            return None  # no wait at all: a timed wait overruns on a loaded machine
        try:
            return future.result(timeout=self._page_wait)
        except FutureTimeout:
            return None

    def _announce(self, page_no: int, generation: int) -> None:
        try:
            self._page_ready.emit(page_no, generation)
        except RuntimeError:  # the model was deleted meanwhile
            pass

    def _page_arrived(self, page_no: int, generation: int) -> None:
        if generation != self._generation or page_no not in self._pending:
            return  # a newer result or a repaint that already took it
        first = page_no * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def close(self) -> None:
        """Stop the page-reading thread (pending reads are dropped)."""
        self._drop_pages()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
