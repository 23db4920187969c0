"""The Orders tab: search Ingram's orders (paged as you scroll), decoded status and hold badges,
details of the selected order, refresh, cancel where Ingram allows it, the watch list's marks and
notifications, export of the grid or an order's details to CSV / XLSX, and the inbox of
documents Ingram pushes (drop XML files on the tab, or let it watch a folder)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QFileSystemWatcher,
    QItemSelection,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ingram_desk.domain.order_status import ORDER_STATUSES, StatusBucket, decode_status
from ingram_desk.domain.placed_order import OrderDetails, OrderSummary
from ingram_desk.services.events import INBOX_CHANGED, ORDER_STATE_CHANGED
from ingram_desk.services.order_journal import OrderState
from ingram_desk.services.tracking_service import SearchCriteria, with_values
from ingram_desk.ui import formats
from ingram_desk.ui.async_tasks import TaskRunner
from ingram_desk.ui.delegates.status_code_delegate import StatusCodeDelegate
from ingram_desk.ui.dialogs.change_order_dialog import ChangeOrderDialog
from ingram_desk.ui.domain_texts import status_text
from ingram_desk.ui.models.orders_model import COLUMNS, ORDER_ROLE, SORT_ROLE, OrdersModel
from ingram_desk.ui.models.sort_proxy import UnknownLastProxy
from ingram_desk.ui.tabs.order_action_rules import cancel_tooltip, cancellable, hold_tooltip
from ingram_desk.ui.tabs.order_hold_actions import OrderHoldActions
from ingram_desk.ui.tabs.orders_export import OrdersExport
from ingram_desk.ui.tabs.orders_inbox import OrdersInbox
from ingram_desk.ui.watch_notifier import WatchNotifier
from ingram_desk.ui.widgets.header_fit import fit_column
from ingram_desk.ui.widgets.order_detail_pane import OrderDetailPane

__all__ = ["OrdersTab", "cancellable"]

#: the status filter's "Open / in progress" choice (filtered here, not a code Ingram knows)
_OPEN = "open"


class _OrdersProxy(UnknownLastProxy):
    """Sorts on ``SORT_ROLE`` with values not known yet (None) last in either direction; with
    ``open_only`` shows only sub-orders still open."""

    open_only = False

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:
        if not self.open_only:
            return True
        index = self.sourceModel().index(row, 0, parent)
        order = index.data(ORDER_ROLE)
        sub = self.sourceModel().sub_order_at(row)
        code = sub.status_code if sub is not None else None
        return order is not None and decode_status(code).bucket is StatusBucket.OPEN


class OrdersTab(QWidget, OrdersInbox, OrderHoldActions, OrdersExport):
    """Signals: ``search_finished(rows shown)`` after each page, ``details_shown(OrderDetails)``,
    ``cancel_finished(order number)``, ``invoice_shown(InvoiceDetails)``,
    ``order_reread(OrderSummary or None)`` after an order was read again (action or Refresh),
    ``hold_action_finished(order number, Ingram's refusals)`` after a release or change,
    ``values_read()`` when the listed orders' values are read (line counts are not: see
    ``_read_values``),
    ``exported(path, rows)`` after an export was written."""

    search_finished = Signal(int)
    order_reread = Signal(object)
    #: an order placed since the search (on this desk or, live, on a colleague's) is now shown
    order_arrived = Signal(object)
    values_read = Signal()
    exported = Signal(object, int)
    details_shown = Signal(object)
    cancel_finished = Signal(str)
    hold_action_finished = Signal(str, object)
    invoice_shown = Signal(object)
    #: the inbox imported documents (list of InboxRecord, possibly empty after a rescan)
    inbox_changed = Signal(object)

    def __init__(
        self,
        tracking: Any,
        events: Any,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        inbox: Any = None,
    ) -> None:
        super().__init__(parent)
        self.tracking = tracking
        self.runner = runner
        self.inbox = inbox  # services.inbox_service.InboxService (None: no inbox)
        self.notifier = WatchNotifier(tracking, events, runner, self)
        self._searched_once = False
        self._criteria = SearchCriteria()
        #: the ship-to choices of "Change order" (the window sets it)
        self.address_book: Any = None
        self.change_dialog: ChangeOrderDialog | None = None
        self._export_dir = ""  #: the folder of the last export (the dialog starts there)

        self.order_number = QLineEdit(self)
        self.order_number.setPlaceholderText(self.tr("Ingram order number"))
        self.po = QLineEdit(self)
        self.po.setPlaceholderText(self.tr("Customer PO"))
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Any status"), None)
        # the most common state has no single code at Ingram (blank, R, W, P, …): all of them
        self.status.addItem(self.tr("Open / in progress (every open code)"), _OPEN)
        for code, st in ORDER_STATUSES.items():
            if code:
                self.status.addItem(f"{code} — {status_text(st)}", code)
        self.since_check = QCheckBox(self.tr("Created from"), self)
        self.since = QDateEdit(QDate.currentDate().addDays(-30), self)
        self.until_check = QCheckBox(self.tr("to"), self)
        self.until = QDateEdit(QDate.currentDate(), self)
        for check, edit in ((self.since_check, self.since), (self.until_check, self.until)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formats.date_edit_format())
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.search_button = QPushButton(self.tr("&Search"), self)
        self.search_button.setDefault(True)
        search_row = QHBoxLayout()
        for w in (
            self.order_number, self.po, self.status, self.since_check, self.since,
            self.until_check, self.until, self.search_button,
        ):  # fmt: skip
            search_row.addWidget(w)

        self.notice = QLabel("", self)
        self.notice.setStyleSheet(
            "background:#e8f1ff; color:#0b3a75; padding:6px; border:1px solid #9cc2ff"
        )
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.model = OrdersModel(lambda name, coro: self.runner.start(name, coro), self)
        # Header clicks sort what is loaded (value and lines by number); unsorted at first, so
        # rows appear in Ingram's order as pages arrive.
        self.proxy = _OrdersProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.delegate = StatusCodeDelegate(self.table)
        keys = [k for k, _ in COLUMNS]
        for key in ("status", "hold"):
            self.table.setItemDelegateForColumn(keys.index(key), self.delegate)
        for col, width in enumerate((24, 100, 110, 140, 130, 110, 50, 300, 280, 100)):
            fit_column(self.table, col, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = OrderDetailPane(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([420, 260])

        self.count_label = QLabel("", self)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.watch_button = QPushButton(self.tr("&Watch"), self)
        self.release_button = QPushButton(self.tr("Re&lease hold…"), self)
        self.change_button = QPushButton(self.tr("C&hange order…"), self)
        self.cancel_button = QPushButton(self.tr("&Cancel order…"), self)
        self.export_button = QPushButton(self.tr("&Export grid…"), self)
        self.export_details_button = QPushButton(self.tr("Export &details…"), self)
        self.inbox_label = QLabel("", self)
        self.inbox_button = QPushButton(self.tr("&Inbox…"), self)
        self.inbox_button.setToolTip(
            self.tr(
                "Despatch advice and invoices Ingram pushes: drop XML files on this tab, or watch a folder"
            )
        )
        # the counts and the inbox on a row of their own above the order actions: on one row
        # they made the window 1373 px wide in German (1364 in Dutch) at a clerk's 1280
        counts = QHBoxLayout()
        counts.addWidget(self.count_label, 1)
        if inbox is not None:
            counts.addWidget(self.inbox_label)
            counts.addWidget(self.inbox_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for b in (
            self.refresh_button, self.watch_button, self.release_button, self.change_button,
            self.cancel_button, self.export_button,
            self.export_details_button,
        ):  # fmt: skip
            actions.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)
        layout.addLayout(counts)
        layout.addLayout(actions)

        self.search_button.clicked.connect(self.run_search)
        for edit in (self.order_number, self.po):
            edit.returnPressed.connect(self.run_search)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.search_failed.connect(
            lambda exc: self.count_label.setText(
                self.tr("Search stopped: {v0} — Refresh or Search to retry").format(
                    v0=getattr(exc, "message", exc)
                )
            )
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.watch_button.clicked.connect(self.toggle_watch)
        self.cancel_button.clicked.connect(self.confirm_cancel)
        self.release_button.clicked.connect(self.confirm_release)
        self.change_button.clicked.connect(self.open_change)
        self.export_button.clicked.connect(lambda: self._choose_export(self.export_grid))
        self.export_details_button.clicked.connect(lambda: self._choose_export(self.export_details))
        self.detail.invoice_requested.connect(self.show_invoice)
        self.notifier.notified.connect(self._notified)
        unsubscribe_orders = events.subscribe(ORDER_STATE_CHANGED, self._order_state)
        self.destroyed.connect(lambda *_: unsubscribe_orders())
        self.notifier.marks_changed.connect(self._marks_changed)
        self._marks_changed()
        self._update_actions()
        self.inbox_button.setVisible(inbox is not None)
        self.inbox_dialog: Any = None
        self.folder_watcher = QFileSystemWatcher(self)
        self.inbox_timer = QTimer(self)
        self.inbox_timer.setInterval(60_000)
        if inbox is not None:
            unsubscribe = events.subscribe(INBOX_CHANGED, lambda _r: self._update_inbox_label())
            self.destroyed.connect(lambda *_: unsubscribe())
            self.setAcceptDrops(True)
            self.inbox_button.clicked.connect(self.show_inbox)
            self.inbox_timer.timeout.connect(self.scan_inbox)
            self.folder_watcher.directoryChanged.connect(lambda _p: self.scan_inbox())
            self._watch_folder_changed()
            self._update_inbox_label()

    # ---- inbox drops (here: Qt calls the widget's own override) ----------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.inbox is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls() if self.inbox is not None else []
        paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
        else:
            super().dropEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time the tab is shown, list the latest orders (no click needed)."""
        super().showEvent(event)
        if not self._searched_once:
            try:
                asyncio.get_running_loop()
            except RuntimeError:  # shown outside the qasync loop (sync tests): wait for a click
                return
            self.run_search()

    # ---- search --------------------------------------------------------------------------------
    def criteria(self) -> SearchCriteria:
        def day(edit: QDateEdit) -> date:
            q = edit.date()
            return date(q.year(), q.month(), q.day())

        status = self.status.currentData()
        return SearchCriteria(
            order_number=self.order_number.text().strip() or None,
            customer_po=self.po.text().strip() or None,
            status=None if status == _OPEN else status,
            since=day(self.since) if self.since_check.isChecked() else None,
            until=day(self.until) if self.until_check.isChecked() else None,
        )

    def run_search(self) -> None:
        self._searched_once = True
        self.detail.show_placeholder()
        self.count_label.setText(self.tr("Searching…"))
        self._criteria = self.criteria()
        self.proxy.open_only = self.status.currentData() == _OPEN
        self.proxy.invalidate()
        self.model.set_source(self.tracking.search(self._criteria, page_size=100))
        self.model.fetchMore()
        self._update_actions()

    def _page_loaded(self, _added: int) -> None:
        n = len(self.model.orders)
        more = self.tr(" — scroll for more") if self.model.canFetchMore() else ""
        self.count_label.setText(
            self.tr("{orders}, {rows}{more}").format(
                orders=self.tr("%Ln order(s)", "", n),
                rows=self.tr("%Ln shipment row(s)", "", self.model.rowCount()),
                more=more,
            )
        )
        self._update_actions()
        self._read_values()
        # a search for one order (its number or PO) opens it when it is the only one found
        one = self._criteria.order_number or self._criteria.customer_po
        if one and n == 1 and not self.model.canFetchMore() and self.selected_order() is None:
            self.table.selectRow(0)  # its details, as a click on it would (one details read)
        self.search_finished.emit(self.model.rowCount())

    def _read_values(self) -> None:
        """Fill the listed orders' values from Ingram's v6 search (one call per 100 orders; the
        v5 search the grid pages through carries none). Line counts come only from what is
        known (the service's rows: details read, this desk's journal) and from the selected
        order's details: a details read per listed order would spend the 60-calls-a-minute
        budget shared with P&A and ordering."""
        criteria = self._criteria

        async def run() -> None:
            await self._fill_totals(criteria)
            self.values_read.emit()

        if any(o.total is None for o in self.model.orders):
            self.runner.start("orders-values", run(), background=True)

    async def _fill_totals(self, criteria: SearchCriteria) -> None:
        missing = {o.ingram_order_number for o in self.model.orders if o.total is None}
        if not missing:
            return
        found = await self.tracking.order_totals(criteria, missing)
        for order in self.model.orders:
            row = found.get(order.ingram_order_number)
            if row is not None and order.total is None:
                self.model.replace_order(replace(order, total=row.total))

    # ---- selection and details -----------------------------------------------------------------
    def selected_order(self) -> OrderSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ORDER_ROLE) if rows else None

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        order = self.selected_order()
        self._update_actions()
        if order is None:
            return
        self.notifier.mark_seen(order.ingram_order_number)
        self.load_details(order.ingram_order_number)

    def load_details(self, order_number: str) -> None:
        self.detail.show_placeholder(
            self.tr("Loading order {order_number}…").format(order_number=order_number)
        )
        self.runner.start(
            "order-details", self.tracking.details(order_number), on_done=self._details_loaded
        )

    def _details_loaded(self, details: OrderDetails) -> None:
        summary = self.selected_order()
        if summary is None or summary.ingram_order_number != details.ingram_order_number:
            summary = None
        docs = self.inbox.documents_for(details.ingram_order_number) if self.inbox else []
        self.detail.show_details(details, summary, docs)
        if summary is not None:  # its row learns the value, currency and line count read
            self.model.replace_order(with_values(summary, details))
        self._update_actions()
        self.details_shown.emit(details)

    def show_invoice(self, number: str) -> None:
        def shown(invoice: Any) -> None:
            self.detail.add_invoice(invoice)
            self.invoice_shown.emit(invoice)

        self.runner.start("invoice", self.tracking.invoice(number), on_done=shown)

    def refresh(self) -> None:
        order = self.selected_order()
        if order is not None:
            self.reread(order.ingram_order_number)
        self.notifier.poll_now()

    def _order_state(self, entry: Any) -> None:
        """A journal entry placed (here, or on a colleague's desk: the team's LISTEN/NOTIFY):
        its Ingram order joins the grid at once (two reads per order), no search re-run."""
        if entry.state is not OrderState.PLACED:
            return
        generation = self.model.generation

        def arrived(summary: OrderSummary | None) -> None:
            # a search started meanwhile finds the order itself (or filters it out)
            if summary is None or self.model.generation != generation:
                return
            if self.model.add_order(summary):
                self.order_arrived.emit(summary)

        for number in entry.ingram_order_numbers:
            if not self.model.rows_of(number):
                self.runner.start(f"order-arrived-{number}", self._read_order(number),
                                  on_done=arrived, background=True)  # fmt: skip

    async def _read_order(self, order_number: str) -> OrderSummary | None:
        """The grid's row of one order with its value and line count (search + details)."""
        summary = await self._read_summary(order_number)
        if summary is None:
            return None
        return with_values(summary, await self.tracking.details(order_number))

    async def _read_summary(self, order_number: str) -> OrderSummary | None:
        async for row, _total in self.tracking.search(
            SearchCriteria(order_number=order_number), page_size=25, limit=10
        ):
            if row.ingram_order_number == order_number:
                return row
        return None

    def reread(self, order_number: str) -> None:
        """Read one order again — its grid rows and its details — so both agree after an action
        (cancel, release, change) or a Refresh."""
        self.detail.show_placeholder(
            self.tr("Loading order {order_number}…").format(order_number=order_number)
        )

        async def run() -> tuple[OrderSummary | None, OrderDetails]:
            found = await self._read_summary(order_number)
            return found, await self.tracking.details(order_number)

        def done(result: tuple[OrderSummary | None, OrderDetails]) -> None:
            summary, details = result
            if summary is not None:
                summary = with_values(summary, details)
                self.model.replace_order(summary)
            self._update_actions()
            self._details_loaded(details)
            self.order_reread.emit(summary)

        self.runner.start("order-reread", run(), on_done=done)

    def _update_actions(self) -> None:
        order = self.selected_order()
        self.watch_button.setEnabled(order is not None)
        self.cancel_button.setEnabled(order is not None and cancellable(order))
        self.cancel_button.setToolTip(cancel_tooltip(order))
        held = order is not None and cancellable(order)
        self.release_button.setEnabled(held)
        self.release_button.setToolTip(
            hold_tooltip(order, self.tr("Release the hold: Ingram starts processing the order"))
        )
        loaded = (
            held
            and self.detail.details is not None
            and order is not None
            and self.detail.details.ingram_order_number == order.ingram_order_number
        )
        self.change_button.setEnabled(loaded)
        self.change_button.setToolTip(
            self.tr("Disabled: wait for the order's details to load")
            if held and not loaded
            else hold_tooltip(order, self.tr("Change line quantities or the ship-to"))
        )
        self.watch_button.setToolTip("" if order else self.tr("Disabled: select an order first"))
        self.export_details_button.setToolTip(
            "" if order else self.tr("Disabled: select an order first")
        )
        self.export_button.setToolTip(
            ""
            if self.model.rowCount()
            else self.tr("Disabled: search first; there is nothing to export")
        )
        self.export_details_button.setEnabled(order is not None)
        self.export_button.setEnabled(self.model.rowCount() > 0)
        if order is not None:
            watched = order.ingram_order_number in self.notifier.watched
            self.watch_button.setText(self.tr("Stop &watching") if watched else self.tr("&Watch"))

    # ---- watch list ------------------------------------------------------------------------------
    def toggle_watch(self) -> None:
        order = self.selected_order()
        if order is None:
            return
        if order.ingram_order_number in self.notifier.watched:
            self.notifier.unwatch(order.ingram_order_number)
        else:
            self.notifier.watch(order.ingram_order_number)
        self._update_actions()

    def _marks_changed(self) -> None:
        self.model.set_marks(self.notifier.watched, set(self.notifier.unseen))

    def _notified(self, title: str, message: str) -> None:
        if self.notifier.tray is None:  # no system tray (offscreen, some desktops): in-app
            self.notice.setText(f"<b>{title}</b> — {message.replace(chr(10), '; ')}")
            self.notice.show()
