"""The Catalogue tab: search-as-you-type, filters, a category tree, the 1M-row table, a detail pane."""

from __future__ import annotations

import asyncio
import html
import logging
import time
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QToolBar,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ingram_desk.domain.errors import BadRequestError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.order_draft import MAX_LINES
from ingram_desk.services.catalogue_service import (
    CatalogueQuery,
    CategoryNode,
    SearchResult,
    categories_named,
)
from ingram_desk.ui import formats
from ingram_desk.ui.async_tasks import TaskRunner
from ingram_desk.ui.delegates.catalogue_delegate import CatalogueDelegate
from ingram_desk.ui.models.catalogue_model import SNAPSHOT_PAGE_WAIT_S, CatalogueModel
from ingram_desk.ui.widgets.catalogue_table import CatalogueTable
from ingram_desk.ui.widgets.detail_pane import DetailPane
from ingram_desk.ui.widgets.edge_fit import EdgeFit
from ingram_desk.ui.widgets.header_fit import fit_column, spare_width
from ingram_desk.ui.widgets.search_field import SearchField

__all__ = ["MAX_PNA_SELECTION", "CatalogueTab"]

#: a live P&A call takes at most 20 items
MAX_PNA_SELECTION = 20
SEARCH_TASK = "catalogue-search"
#: a typed price filters once the keys pause this long (a price is typed in one go)
_PRICE_PAUSE_MS = 400
_ALL = QT_TRANSLATE_NOOP("CatalogueTab", "All vendors")
log = logging.getLogger(__name__)


class CatalogueTab(QWidget):
    """Emits ``pna_requested`` (SKUs) and ``add_to_order_requested`` ((sku, qty) pairs)."""

    pna_requested = Signal(list)
    add_to_order_requested = Signal(list)
    #: a search finished and the table shows its result (tests await this)
    search_finished = Signal(int)

    def __init__(self, catalogue: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.runner = runner
        self.last_result: SearchResult | None = None

        self.search = SearchField(self)
        self.vendor = QComboBox(self)
        self.vendor.addItem(self.tr(_ALL), _ALL)
        self.vendor.setMinimumWidth(150)
        self.in_stock = QCheckBox(self.tr("In stock only"), self)
        self.min_price = _price_edit(self.tr("min price"), self)
        self.max_price = _price_edit(self.tr("max price"), self)
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("resultCount")
        # room for the longest count, so the search row does not shift as the count changes
        self.count_label.setFixedWidth(
            self.count_label.fontMetrics().horizontalAdvance("9,999,999 products · 99,999 ms") + 8
        )
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.vendor, 1)
        filters.addWidget(self.in_stock)
        filters.addWidget(QLabel(self.tr("Price"), self))
        filters.addWidget(self.min_price)
        filters.addWidget(QLabel("–", self))
        filters.addWidget(self.max_price)
        filters.addWidget(self.count_label)

        self.categories = QTreeWidget(self)
        self.categories.setHeaderLabel(self.tr("Categories"))
        self.categories.setMinimumWidth(180)
        # names are never cut: the column is as wide as the longest name (the tree scrolls
        # sideways when the pane is narrower) and each name is also its tooltip
        header = self.categories.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

        self.model = CatalogueModel(parent=self)
        self.table = CatalogueTable(self)
        self.table.typed.connect(self._search_typed)
        self.table.setModel(self.model)
        self.table.setItemDelegate(CatalogueDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # O(1) layout at 1M rows
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vh.hide()
        header = self.table.horizontalHeader()
        # a selection of its own, never holding a column: Qt's header asks its selection, for
        # each column at every repaint after a change, whether all the column's rows are
        # selected, row by row through the model (1.1 s a column at a million rows: Ctrl+A
        # froze the window for minutes). Header clicks sort; they select nothing.
        header.setSelectionModel(QItemSelectionModel(self.model, header))
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for i, col in enumerate(self.model.columns):
            fit_column(self.table, i, col.width)
        header.setStretchLastSection(True)
        # the description gives way where the view's edge would cut a column (an ETA cut
        # there read as another date)
        keys = [col.key for col in self.model.columns]
        self.description_fit = EdgeFit(self.table, keys.index("description"))

        self.detail = DetailPane(self)
        # Rendering the detail HTML takes ~20 ms: coalesce while the user holds an arrow key.
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(40)
        self._detail_timer.timeout.connect(self._show_current_detail)

        self.check_pna_action = QAction(self.tr("Check live P&&A"), self)
        self.check_pna_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.check_pna_action.setToolTip(
            self.tr("Live price & availability for the selection (up to 20)")
        )
        self.add_order_action = QAction(self.tr("Add to order"), self)
        self.add_order_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        for action in (self.check_pna_action, self.add_order_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        toolbar = QToolBar(self)
        toolbar.addAction(self.check_pna_action)
        toolbar.addAction(self.add_order_action)
        #: the categories the searched words name ("drucker": Drucker, Laserdrucker), as links
        #: that open them: a category's name is not among the words a product is found by
        self.category_hint = QLabel("", self)
        self.category_hint.setObjectName("categoryHint")
        self.category_hint.setTextFormat(Qt.TextFormat.RichText)
        self.category_hint.setContentsMargins(12, 0, 0, 0)
        self.category_hint.linkActivated.connect(self._open_named_category)
        toolbar.addWidget(self.category_hint)
        self._tree: list[CategoryNode] = []
        self._named: list[CategoryNode] = []

        splitter = QSplitter(self)
        splitter.addWidget(self.categories)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([215, 935, 290])
        self.splitter = splitter
        # the clerk sized the panes (now or before a restart): the categories' pane is no
        # longer fitted to the names (``_fit_categories``)
        self.panes_sized = False
        splitter.splitterMoved.connect(lambda *_: setattr(self, "panes_sized", True))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(toolbar)
        layout.addWidget(splitter, 1)

        self.search.search_changed.connect(lambda _text: self.run_search())
        self.vendor.currentIndexChanged.connect(lambda _i: self.run_search())
        self.in_stock.toggled.connect(lambda _on: self.run_search())
        # a price applies as it is typed (a pause after the last key) or cleared, and on Enter
        # or leaving the field, which also says what is wrong with it
        self._price_typed = QTimer(self, singleShot=True, interval=_PRICE_PAUSE_MS)
        self._price_typed.timeout.connect(self._prices_typed)
        for edit in (self.min_price, self.max_price):
            edit.textEdited.connect(lambda _text: self._price_typed.start())
            edit.editingFinished.connect(self.run_search)
        self.categories.currentItemChanged.connect(lambda *_: self.run_search())
        # a header click re-orders the same products: the selected one stays selected, in view
        self.model.sort_requested.connect(lambda *_: self.run_search(keep_place=True))
        self.model.read_failed.connect(lambda exc: self.runner.failed.emit("catalogue", exc))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _i: self.request_pna())
        self.check_pna_action.triggered.connect(self.request_pna)
        self.add_order_action.triggered.connect(self.request_add_to_order)

    # queries ----------------------------------------------------------------------------------

    def current_search(self) -> CatalogueQuery:
        vendor, category = self._chosen()
        return CatalogueQuery(
            text=self.search.text().strip(),
            vendor=vendor,
            category=category,
            in_stock=self.in_stock.isChecked(),
            price_min=_price(self.min_price),
            price_max=_price(self.max_price),
            sort_key=self.model.sort_key or "row",
            descending=self.model.descending,
        )

    def _prices_typed(self) -> None:
        """Search with the typed prices once both read as numbers; a half-typed or wrong one
        waits for Enter or the field being left (no red field while the clerk types)."""
        try:
            for edit in (self.min_price, self.max_price):
                formats.parse_decimal(edit.text())
        except formats.ParseError:
            return
        self.run_search()

    def _chosen(self) -> tuple[str | None, str | None]:
        """The vendor and the category path the search is narrowed to (``None``: all)."""
        item = self.categories.currentItem()
        vendor = None if self.vendor.currentData() == _ALL else self.vendor.currentText() or None
        return vendor, (item.data(0, Qt.ItemDataRole.UserRole) or None) if item else None

    def _search_typed(self, text: str) -> None:
        """Text typed in the table: a new search, as after Ctrl+F (the field's text replaced,
        the keys that follow typed into it)."""
        self.search.setFocus()
        self.search.selectAll()
        self.search.insert(text)

    def run_search(self, *, keep_place: bool = False) -> asyncio.Task[None] | None:
        """Start a query in the store's thread; a newer search cancels this one. A price the
        locale cannot read unambiguously starts none: the field says why. ``keep_place`` (the
        same search sorted anew, or over a catalogue imported again): the selected product
        stays selected, as far from the top of the view as it was, where the new result still
        holds it; a view at its top stays there, the product scrolled into view."""
        try:
            search = self.current_search()
        except formats.ParseError:
            self.count_label.setText(self.tr("check the price"))
            return None
        self.count_label.setText(self.tr("searching…"))
        return self.runner.start(
            SEARCH_TASK, self._search(search, self._place() if keep_place else None)
        )

    def _place(self) -> tuple[str, int | None] | None:
        """The selected product's SKU and its row's distance from the view's top row (``None``:
        the view shows the first row)."""
        current = self.table.currentIndex()
        product = self.model.product(current.row()) if current.isValid() else None
        if product is None:
            return None
        top = self.table.rowAt(0)
        return product.sku, (current.row() - top if top > 0 else None)

    async def _row_of(self, sku: str, ids: Any) -> int | None:
        """The row of the product ``sku`` in the result ``ids`` (its id may have changed with
        the import), or ``None``: also when the look-up fails, as the result is shown anyway."""
        try:
            products = await self.catalogue.lookup(sku)
        except Exception:  # (the place is a nicety: never a reason to lose the result)
            log.warning("catalogue: the selected product could not be found again", exc_info=True)
            return None
        found = [p.row_id for p in products if p.sku == sku]
        if not found or not len(ids):
            return None
        import numpy as np  # (loaded with the engine by then; the window's start loads none)

        rows = np.flatnonzero(np.asarray(ids) == found[0])  # (a million ids: ~1 ms)
        return int(rows[0]) if len(rows) else None

    async def _search(
        self, search: CatalogueQuery, place: tuple[str, int | None] | None = None
    ) -> None:
        started = time.perf_counter()
        result = await self.catalogue.search(search)
        row = await self._row_of(place[0], result.ids) if place is not None else None
        self.last_result = result
        snapshot = getattr(self.catalogue, "serving_snapshot", False)
        self.model.set_result(
            result.ids, self.catalogue.reader, page_wait=SNAPSHOT_PAGE_WAIT_S if snapshot else None
        )
        self.table.set_empty_text("" if len(result.ids) else self._nothing_found(search))
        elapsed = (time.perf_counter() - started) * 1000
        self.count_label.setText(
            self.tr("%Ln product(s) · {elapsed} ms", "", len(result.ids)).format(
                elapsed=formats.number(elapsed, 0)
            )
        )
        if len(result.ids):
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row or 0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            if row is not None and place is not None:
                offset = place[1]
                top = self.model.index(0 if offset is None else max(row - offset, 0), 0)
                self.table.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)
                self.table.scrollTo(self.model.index(row, 0))  # (in view, if it was)
        else:
            self.detail.show_product(None)
        self._name_categories(search)
        self.search_finished.emit(len(result.ids))

    def _nothing_found(self, search: CatalogueQuery) -> str:
        """What the empty table says: the words that found nothing, the filters beside them,
        or that there is no catalogue yet."""
        filtered = bool(
            search.vendor or search.category or search.in_stock
            or search.price_min is not None or search.price_max is not None
        )  # fmt: skip
        if search.text and filtered:
            return self.tr(
                "Nothing matches “{text}” with the filters chosen.\n"
                "Try fewer words, or clear the vendor, category, stock or price filter."
            ).format(text=search.text)
        if search.text:
            return self.tr(
                "Nothing matches “{text}”.\n"
                "Try fewer words, part of the part number, or another spelling."
            ).format(text=search.text)
        if filtered:
            return self.tr("No product passes the filters chosen.")
        return self.tr("No catalogue yet: File › Import price file… (Ctrl+I).")

    def _name_categories(self, search: CatalogueQuery) -> None:
        """Offer the categories the searched words name, unless one of them is chosen."""
        named = categories_named(self._tree, search.text)
        if any(node.path == search.category for node in named):
            named = []
        self._named = named
        links = " · ".join(
            f"<a href='{n}'>{html.escape(node.name)}</a> ({formats.quantity(node.count)})"
            for n, node in enumerate(named)
        )
        self.category_hint.setText(
            self.tr("Open category: {links}").format(links=links) if links else ""
        )

    def _open_named_category(self, link: str) -> None:
        """The category a hint named, chosen in the tree (its branch opened) in place of the
        words that named it."""
        node = self._named[int(link)]
        root = self.categories.topLevelItem(0)
        item = _item_of(root, node.path) if root is not None else None
        if item is None:
            return
        self.search.blockSignals(True)  # (one search: the category's, without the words)
        self.search.clear()
        self.search.blockSignals(False)
        self.categories.setCurrentItem(item)
        self.categories.scrollToItem(item)  # (which opens its branch)

    async def load_filters(self) -> bool:
        """Fill the vendor list and the category tree from the live catalogue; whether the
        search is narrowed as before (a vendor or category chosen and gone: "all" instead)."""
        before = self._chosen()
        vendors = await self.catalogue.vendors()
        current = self.vendor.currentText()
        self.vendor.blockSignals(True)
        self.vendor.clear()
        self.vendor.addItem(self.tr(_ALL), _ALL)
        self.vendor.addItems(list(vendors))
        self.vendor.setCurrentText(current)
        self.vendor.blockSignals(False)
        tree = self._tree = await self.catalogue.category_tree()
        chosen = self.categories.currentItem()
        path = chosen.data(0, Qt.ItemDataRole.UserRole) if chosen is not None else ""
        self.categories.blockSignals(True)
        self.categories.clear()
        root = QTreeWidgetItem(self.categories, [self.tr("All categories")])
        root.setData(0, Qt.ItemDataRole.UserRole, "")
        _fill_tree(root, tree)
        root.setExpanded(True)
        # the category chosen before an import stays chosen where the new tree still has it
        self.categories.setCurrentItem(_item_of(root, path) or root)
        self.categories.blockSignals(False)
        self._fit_categories()
        return self._chosen() == before

    def _fit_categories(self) -> None:
        """The categories' pane as wide as its names and counts (a million rows' counts cut
        "Netzwerk & Kommunikation (41,806)" at the 215 px it starts with) where the list has
        room its columns do not use (a wide screen): never at the cost of a column. Once the
        clerk sized the panes, as they are."""
        sizes = self.splitter.sizes()
        if self.panes_sized or len(sizes) != 3 or not sum(sizes):
            return
        tree = self.categories
        scroll = tree.verticalScrollBar()
        wanted = tree.sizeHintForColumn(0) + 2 * tree.frameWidth()
        wanted += scroll.sizeHint().width() if scroll.isVisible() else 0
        grow = min(wanted - sizes[0], spare_width(self.table))
        if grow > 0:
            self.splitter.setSizes([sizes[0] + grow, sizes[1] - grow, sizes[2]])

    # selection actions -------------------------------------------------------------------------

    def _selected_spans(self) -> list[tuple[int, int]]:
        """The selected rows as (first, last) spans, in order: the whole catalogue selected
        (Ctrl+A) is one span, where a list of its rows' indexes was a million objects."""
        spans: list[list[int]] = []
        ranges = self.table.selectionModel().selection()
        for top, bottom in sorted((r.top(), r.bottom()) for r in ranges):
            if spans and top <= spans[-1][1] + 1:
                spans[-1][1] = max(spans[-1][1], bottom)
            else:
                spans.append([top, bottom])
        return [(first, last) for first, last in spans]

    def selected_count(self) -> int:
        return sum(last - first + 1 for first, last in self._selected_spans())

    def selected_products(self) -> list[Any]:
        """The selected products in the view's order (each page read: ask ``selected_count``
        first where there may be many)."""
        rows = (r for first, last in self._selected_spans() for r in range(first, last + 1))
        return [p for p in (self.model.product(r) for r in rows) if p is not None]

    def request_pna(self) -> None:
        count = self.selected_count()
        if not count:
            return
        if count > MAX_PNA_SELECTION:  # (refused before a page is read: Ctrl+A is a million)
            self._refuse(
                self.tr("check live P&A"),
                self.tr(
                    "{v0} products selected: a live check takes at most {MAX_PNA_SELECTION}. Nothing was sent."
                ).format(v0=formats.quantity(count), MAX_PNA_SELECTION=MAX_PNA_SELECTION),
                self.tr("Select fewer rows (Ctrl+click), or check them in batches."),
            )
            return
        self.pna_requested.emit([p.sku for p in self.selected_products()])

    def request_add_to_order(self) -> None:
        count = self.selected_count()
        if count > MAX_LINES:
            self._refuse(
                self.tr("add to the order"),
                self.tr(
                    "{count} products selected: an order holds at most {most} lines. Nothing was added."
                ).format(count=formats.quantity(count), most=MAX_LINES),
                self.tr("Select fewer rows, or narrow the catalogue first."),
            )
            return
        products = self.selected_products()
        if products:
            self.add_to_order_requested.emit([(p.sku, 1) for p in products])

    def _refuse(self, action: str, message: str, remedy: str) -> None:
        """A selection too big for ``action``: the banner says why and what to do."""
        self.runner.failed.emit(action, BadRequestError(message, remedial_action=remedy))

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._detail_timer.start()

    def _show_current_detail(self) -> None:
        current = self.table.currentIndex()
        self.detail.show_product(self.model.product(current.row()) if current.isValid() else None)

    def _context_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.check_pna_action)
        menu.addAction(self.add_order_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))


def _fill_tree(parent: QTreeWidgetItem, nodes: list[CategoryNode]) -> None:
    for node in nodes:
        label = f"{node.name}  ({formats.quantity(node.count)})" if node.count else node.name
        item = QTreeWidgetItem(parent, [label])
        item.setToolTip(0, label)
        item.setData(0, Qt.ItemDataRole.UserRole, node.path)
        _fill_tree(item, list(node.children))


def _item_of(item: QTreeWidgetItem, path: str) -> QTreeWidgetItem | None:
    """The item of category ``path`` under ``item`` (itself included), or ``None``."""
    if item.data(0, Qt.ItemDataRole.UserRole) == path:
        return item
    for n in range(item.childCount()):
        if (found := _item_of(item.child(n), path)) is not None:
            return found
    return None


def _price_edit(placeholder: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setMaximumWidth(90)
    edit.setClearButtonEnabled(True)
    return edit


def _price(edit: QLineEdit) -> Decimal | None:
    """The field's price in the clerk's locale (``formats.parse_decimal``); on bad or ambiguous
    input the field turns red with the one-line reason as its tooltip, and ParseError is raised."""
    try:
        value = formats.parse_decimal(edit.text())
    except formats.ParseError as exc:
        edit.setStyleSheet("QLineEdit { border: 1px solid #b3261e; }")
        edit.setToolTip(str(exc))
        QToolTip.showText(edit.mapToGlobal(edit.rect().bottomLeft()), str(exc), edit)
        raise
    edit.setStyleSheet("")
    edit.setToolTip("")
    return value
