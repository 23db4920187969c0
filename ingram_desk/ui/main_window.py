"""The main window: four tabs, menus with shortcuts, the error banner, the log and the status bar.

It only builds and connects; the tabs, dialogs and widgets live in their own modules, and all
services are passed in by ``app.py`` (no globals).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ingram_desk.services.catalogue_service import CATALOGUE_INTERIM
from ingram_desk.services.connectivity import CONNECTIVITY_CHANGED, ConnectionWatch
from ingram_desk.services.events import RATE_BUDGET_CHANGED
from ingram_desk.ui.async_tasks import TaskRunner
from ingram_desk.ui.catalogue_import import CatalogueImporter
from ingram_desk.ui.crash_banner import CrashBanner
from ingram_desk.ui.dialogs.about_dialog import AboutDialog
from ingram_desk.ui.dialogs.credentials_dialog import CredentialsDialog
from ingram_desk.ui.tabs.catalogue_tab import CatalogueTab
from ingram_desk.ui.tabs.order_tab import OrderTab
from ingram_desk.ui.tabs.orders_tab import OrdersTab
from ingram_desk.ui.tabs.placeholder_tab import PlaceholderTab
from ingram_desk.ui.tabs.pna_tab import PnaTab
from ingram_desk.ui.ui_state import UiState
from ingram_desk.ui.widgets.column_menu import ColumnMenu
from ingram_desk.ui.widgets.error_banner import ErrorBanner
from ingram_desk.ui.widgets.log_view import LogView
from ingram_desk.ui.widgets.status_bar import StatusBar

__all__ = ["FIRST_SIZE", "MainWindow", "WindowServices", "first_size"]

log = logging.getLogger(__name__)


@dataclass
class WindowServices:
    """What the window needs, built by ``app.py`` (or a test) and handed in."""

    catalogue: Any  # services.catalogue_service.CatalogueService
    pna: Any  # services.pna_service.PnaService
    events: Any  # services.events.EventHub
    profile_name: str = "demo"
    profile_kind: str = "demo"
    country: str = "DE"
    profiles: Any = None  # settings.profiles.ProfileStore
    credentials: Any = None  # settings.credentials.CredentialStore
    ordering: Any = None  # services.ordering_service.OrderingService (None: placeholder tab)
    tracking: Any = None  # services.tracking_service.TrackingService (None: placeholder tab)
    address_book: Any = None  # settings.address_book.AddressBook
    inbox: Any = None  # services.inbox_service.InboxService (pushed documents)
    transport: str = "rest"  #: the profile's transport: rest, xml or soap
    data_dir: Path | None = None  #: what Help ▸ Show data folder opens
    logs_dir: Path | None = None  #: named in Help ▸ About's diagnostics


#: the window's size at first start, where the screen has room for it
FIRST_SIZE = QSize(1400, 860)
#: left for the window's frame and title bar, which ``resize`` does not count
_FRAME = QSize(16, 48)


def first_size(available: QSize) -> QSize:
    """The window's size at first start: 1400×860, or the screen's free area less a frame where
    that is smaller (a 1366×768 laptop): a window larger than the screen hides its right edge
    and its status bar. A remembered geometry replaces it."""
    return FIRST_SIZE.boundedTo(available - _FRAME)


class MainWindow(QMainWindow):
    closed = Signal()
    #: the user chose another profile in Tools → Switch profile (the app reopens on it)
    profile_switch_requested = Signal(str)
    #: the language now spoken, after View › Language (the window then reopens in it)
    language_changed = Signal(str)

    def __init__(
        self, services: WindowServices, ui_state: UiState, runner: TaskRunner | None = None
    ) -> None:
        super().__init__()
        self.services = services
        self._quit_anyway = False
        self.ui_state = ui_state
        self.runner = runner or TaskRunner(self)
        production = services.profile_kind == "production"
        title = self.tr("Ingram Desk — {profile}").format(profile=services.profile_name)
        if production:
            title = self.tr("{title} — PRODUCTION: orders are real").format(title=title)
        self.setWindowTitle(title)
        # a production profile is unmistakable: a red strip above the tabs, and the title
        self.production_strip = QLabel(
            self.tr("PRODUCTION — profile {profile_name}: orders placed here are real").format(
                profile_name=services.profile_name
            ),
            self,
        )
        self.production_strip.setStyleSheet(
            "background:#b3261e; color:white; font-weight:bold; padding:3px 8px;"
        )
        self.production_strip.setVisible(production)
        self.setAcceptDrops(True)

        self.banner = ErrorBanner(self)
        self._notes_shown = ""  # the store notes last said in the banner (said once)
        self.crash_banner = CrashBanner(self.banner)  # uncaught exceptions: logged, then shown
        self.catalogue_tab = CatalogueTab(services.catalogue, self.runner, self)
        self.pna_tab = PnaTab(services.pna, services.catalogue, self.runner, self)
        self.order_tab: Any = PlaceholderTab(
            self.tr("Order"), self.tr("No ordering service in this window."), self
        )
        if services.ordering is not None:
            self.order_tab = OrderTab(
                services.ordering, services.catalogue, services.pna, services.address_book,
                services.events, self.runner, self,
            )  # fmt: skip
        self.orders_tab: Any = PlaceholderTab(
            self.tr("Orders"), self.tr("No tracking service in this window."), self
        )
        if services.tracking is not None:
            self.orders_tab = OrdersTab(
                services.tracking, services.events, self.runner, self, inbox=services.inbox
            )
            self.orders_tab.address_book = services.address_book
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for tab, title in (
            (self.catalogue_tab, self.tr("&Catalogue")),
            (self.pna_tab, self.tr("&P&&A")),
            (self.order_tab, self.tr("O&rder")),
            (self.orders_tab, self.tr("Or&ders")),
        ):
            self.tabs.addTab(tab, title)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.production_strip)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.log_view = LogView(self)
        self.log_view.attach()
        self.log_dock = QDockWidget(self.tr("Log"), self)
        self.log_dock.setObjectName("logDock")
        self.log_dock.setWidget(self.log_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_dock)
        self.log_dock.hide()

        self.status = StatusBar(
            services.profile_name, services.profile_kind, services.country, self
        )
        self.setStatusBar(self.status)
        if services.data_dir:  # prices older than this many days are flagged (defect 4)
            self.status.price_age_warn_days = int(self._preferences().price_age_warn_days)
        if services.transport != "rest":  # an IM-XML profile says so in the title and status
            label = {"xml": "IM-XML", "soap": self.tr("IM-XML over SOAP")}.get(
                services.transport, ""
            )
            self.setWindowTitle(f"{self.windowTitle()} ({label})")
            self.status.profile_label.setText(f"{self.status.profile_label.text()} · {label}")
        self.importer = CatalogueImporter(services.catalogue, self.runner, self)
        self.profiles_dialog: CredentialsDialog | None = None
        self.feeds: Any = None  # the profile's FeedsController, when it has feeds (it sets this)
        self._build_menus()

        self.runner.failed.connect(self._task_failed)
        self.runner.busy_changed.connect(self._busy_changed)
        self.banner.log_requested.connect(self.show_log)
        self.catalogue_tab.pna_requested.connect(self.open_pna)
        self.catalogue_tab.add_to_order_requested.connect(self.add_to_order)
        self.pna_tab.add_to_order_requested.connect(self.add_to_order)
        if isinstance(self.order_tab, OrderTab):  # lines added later take the live price
            self.pna_tab.check_finished.connect(
                lambda _n: self.order_tab.remember_live(self.pna_tab.model.results)
            )
        self.importer.imported.connect(self._catalogue_replaced)
        self.importer.show_in_catalogue.connect(self.show_in_catalogue)
        unsubscribe = [
            services.events.subscribe(RATE_BUDGET_CHANGED, self.status.set_budget),
            services.events.subscribe(CONNECTIVITY_CHANGED, self.status.set_connectivity),
            services.catalogue.events.subscribe(CATALOGUE_INTERIM, self._catalogue_replaced),
        ]
        self._unsubscribe = lambda: [u() for u in unsubscribe]
        self.show_store_notes()

        self.resize(first_size(self.screen().availableGeometry().size()))
        ui_state.restore_window(self)
        # the grids a clerk reads (not the order form's lines, each of which she fills in),
        # their menus made before her layouts are restored (they keep the designed ones)
        grids = [self.catalogue_tab.table.horizontalHeader(), self.pna_tab.view.header()]
        grids += [header for name, header in self._order_headers() if name == "orders"]
        self._column_menus = [ColumnMenu(header) for header in grids]
        ui_state.restore_header("catalogue", self.catalogue_tab.table.horizontalHeader())
        if ui_state.restore_splitter("catalogue", self.catalogue_tab.splitter):
            self.catalogue_tab.panes_sized = True
        ui_state.restore_header("pna", self.pna_tab.view.header())
        for name, header in self._order_headers():
            ui_state.restore_header(name, header)

    def _build_menus(self) -> None:
        def action(menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
            a = QAction(text, self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            menu.addAction(a)
            return a

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = action(
            file_menu, self.tr("&Import price file…"), self.choose_import_file, "Ctrl+I"
        )
        self.report_action = action(
            file_menu, self.tr("Last import &report…"), self.importer.show_last_report
        )
        self.report_action.setEnabled(False)  # (until an import has replaced the catalogue)
        action(
            file_menu,
            self.tr("What &changed in the last import…"),
            lambda: self.importer.show_changes(),
        )
        self.importer.imported.connect(
            lambda _o: self.report_action.setEnabled(self.importer.last_report is not None)
        )
        file_menu.addSeparator()
        action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        action(
            edit_menu,
            self.tr("&Find in catalogue"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
        )
        edit_menu.addAction(self.catalogue_tab.check_pna_action)
        edit_menu.addAction(self.catalogue_tab.add_order_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        names = (self.tr("Catalogue"), self.tr("P&&A"), self.tr("Order"), self.tr("Orders"))
        for i, name in enumerate(names):
            action(
                view_menu, name, lambda _=False, i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}"
            )
        view_menu.addSeparator()
        action(view_menu, self.tr("Show &log"), self.show_log, "Ctrl+L")
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self._fill_language_menu()

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.profiles_action = action(
            tools_menu, self.tr("&Profiles && credentials…"), self.open_profiles
        )
        self.profiles_action.setEnabled(self.services.profiles is not None)
        self.switch_menu = tools_menu.addMenu(self.tr("&Switch profile"))
        self.switch_menu.aboutToShow.connect(self._fill_switch_menu)
        self._fill_switch_menu()

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.data_folder_action = action(
            help_menu, self.tr("Show &data folder"), self.show_data_folder
        )
        self.data_folder_action.setEnabled(self.services.data_dir is not None)
        help_menu.addSeparator()
        action(help_menu, self.tr("&About Ingram Desk"), self.about)
        action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")

    # actions --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.catalogue_tab)
        self.catalogue_tab.search.setFocus()
        self.catalogue_tab.search.selectAll()

    def show_in_catalogue(self, sku: str) -> None:
        """The catalogue searched for ``sku`` (an article opened from the list of changes)."""
        self.focus_search()
        self.catalogue_tab.search.setText(sku)
        self.catalogue_tab.search.flush()

    def open_pna(self, skus: list[str]) -> None:
        self.tabs.setCurrentWidget(self.pna_tab)
        self.pna_tab.check_items(skus)

    def add_to_order(self, lines: list[tuple[str, int]]) -> None:
        self.order_tab.add_lines(lines)
        self.tabs.setCurrentWidget(self.order_tab)
        self.status.flash(self.tr("%n line(s) added to the order", "", len(lines)))

    def show_log(self) -> None:
        self.log_dock.show()
        self.log_dock.raise_()

    def choose_import_file(self) -> None:
        self.services.catalogue.prepare_import()  # the reader warms up while the user chooses
        dialog = QFileDialog(self, self.tr("Import price file"))
        dialog.setNameFilters(
            [self.tr("Price files (*.csv *.txt *.zip)"), self.tr("All files (*)")]
        )
        dialog.fileSelected.connect(lambda path: self.importer.start(Path(path)))
        dialog.open()

    def open_profiles(self) -> CredentialsDialog:
        """Open (or raise) the non-modal profiles dialog."""
        if self.profiles_dialog is None:
            self.profiles_dialog = CredentialsDialog(
                self.services.profiles, self.services.credentials, self.runner, self,
                feeds=self.feeds,
            )  # fmt: skip
            self.profiles_dialog.saved.connect(
                lambda name: self.status.flash(
                    self.tr("Profile {name} saved; start with --profile {name} to use it").format(
                        name=name
                    )
                )
            )
        self.profiles_dialog.show()
        self.profiles_dialog.raise_()
        return self.profiles_dialog

    def _fill_switch_menu(self) -> None:
        """The demo and every saved profile; the current one checked, production ones marked."""
        self.switch_menu.clear()
        names = ["demo"] + [
            n for n in (self.services.profiles.names() if self.services.profiles else [])
            if n != "demo"
        ]  # fmt: skip
        for name in names:
            label = name
            profile = self.services.profiles.load(name) if self.services.profiles else None
            if profile is not None and profile.kind.value == "production":
                label += self.tr("  (PRODUCTION)")
            a = self.switch_menu.addAction(label)
            a.setCheckable(True)
            a.setChecked(name == self.services.profile_name)
            a.triggered.connect(lambda _=False, n=name: self.switch_profile(n))

    def _fill_language_menu(self) -> None:
        """The system's language or one the app speaks, each named in its own words."""
        from ingram_desk.ui.i18n import LANGUAGES, NATIVE_NAMES, SYSTEM

        current = self._preferences().language if self.services.data_dir else SYSTEM
        group = QActionGroup(self)
        for code in (SYSTEM, *LANGUAGES):
            text = self.tr("System language") if code == SYSTEM else NATIVE_NAMES[code]
            a = self.language_menu.addAction(text)
            a.setCheckable(True)
            a.setChecked(code == current)
            a.setData(code)
            group.addAction(a)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))

    def _preferences(self) -> Any:
        from ingram_desk.settings.preferences import load_preferences

        return load_preferences(Path(self.services.data_dir) / "settings.json")

    def set_language(self, choice: str) -> str:
        """Keep ``choice`` ("system", nl, de, fr or en) in the preferences, install its
        translations and reopen the window in it (the same profile, as a profile switch does:
        drafts are kept in the journal, nothing restarts). Returns the language now spoken."""
        from dataclasses import replace

        from PySide6.QtWidgets import QApplication

        from ingram_desk.settings.preferences import save_preferences
        from ingram_desk.ui.i18n import install_language

        data_dir = Path(self.services.data_dir) if self.services.data_dir else None
        if data_dir is not None:
            prefs = replace(self._preferences(), language=choice)
            save_preferences(data_dir / "settings.json", prefs)
        cache = (data_dir or Path(QDir.tempPath())) / "i18n"
        language = install_language(QApplication.instance(), choice, cache)
        self.language_changed.emit(language)
        self.profile_switch_requested.emit(self.services.profile_name)
        self.close()
        return language

    def switch_profile(self, name: str) -> None:
        """Reopen on ``name`` without restarting: this window closes in order, the app opens
        the other profile's window."""
        if name == self.services.profile_name:
            return
        self.profile_switch_requested.emit(name)
        self.close()

    def show_shortcuts(self) -> QMessageBox:
        """Help → Keyboard shortcuts: read from the menus, plus the keys inside the tabs."""
        from ingram_desk.ui.help_texts import shortcuts_html

        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Keyboard shortcuts"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            shortcuts_html(
                self.menuBar(),
                [
                    (
                        self.tr("Enter"),
                        self.tr("Order → add the SKU and quantity typed in the line box"),
                    ),
                    (self.tr("Delete"), self.tr("Order → remove the selected lines")),
                    (
                        self.tr("Enter"),
                        self.tr("Orders → search with the order number or PO typed"),
                    ),
                ],
            )
        )
        box.open()
        self.shortcuts_box = box
        return box

    def show_welcome(self) -> QMessageBox:
        """The demo's first start: what this is and three things to try."""
        from ingram_desk.ui.help_texts import WELCOME_HTML

        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Welcome to the demo"), "", parent=self
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(QCoreApplication.translate("HelpTexts", WELCOME_HTML))
        box.open()
        self.welcome_box = box
        return box

    def about(self) -> AboutDialog:
        dialog = AboutDialog(
            profile_kind=self.services.profile_kind,
            data_dir=self.services.data_dir,
            logs_dir=self.services.logs_dir,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_data_folder(self) -> bool:
        """Open the data folder (profiles, catalogue, journal) in the system's file manager."""
        if self.services.data_dir is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.data_dir)))

    async def refresh_catalogue_state(self) -> None:
        """Re-read the catalogue's age, re-run the current search (the clerk's place in it
        kept), then refill the vendor list and category tree. The search first, and alone: it
        is what the clerk waits for, and a big import's snapshot took ~0.25 s for the lists
        before it (asked beside it, they slowed it as much); the search runs again should a
        chosen vendor or category be gone."""
        self.status.set_catalogue(await self.services.catalogue.info())
        self.show_store_notes()  # the first read may have set a damaged generation aside
        searching = self.catalogue_tab.run_search(keep_place=True)
        if searching is not None:
            await asyncio.wait([searching])  # (cancelled by a key typed meanwhile: as well)
        if not await self.catalogue_tab.load_filters():
            self.catalogue_tab.run_search(keep_place=True)

    def _catalogue_replaced(self, _outcome: object) -> None:
        self.runner.start("catalogue-refresh", self.refresh_catalogue_state())

    def _busy_changed(self, n: int) -> None:
        self.status.set_work(n)
        tip = (
            self.tr("Working on: {tasks}").format(tasks=", ".join(self.runner.running_names()))
            if n
            else ""
        )
        self.status.work_bar.setToolTip(tip)
        self.status.work_label.setToolTip(tip)

    def _task_failed(self, name: str, exc: BaseException) -> None:
        """The banner, headed by what failed: its first letter raised, the rest as written
        ("Check live P&A", "Zur Bestellung hinzufügen": ``capitalize`` lowered them)."""
        context = name.replace("-", " ")
        self.banner.show_error(exc, context=context[:1].upper() + context[1:])

    def _order_headers(self) -> list[tuple[str, Any]]:
        """Column layouts of the Order and Orders tables (absent while they are placeholders)."""
        out = []
        if isinstance(self.order_tab, OrderTab):
            out.append(("order-lines", self.order_tab.lines_view.horizontalHeader()))
        if isinstance(self.orders_tab, OrdersTab):
            out.append(("orders", self.orders_tab.table.horizontalHeader()))
        return out

    # Qt events ------------------------------------------------------------------------------

    def _ask_quit_while_sending(self, sending: list[Any]) -> QMessageBox:
        pos = ", ".join(e.customer_po for e in sending[:3])
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("An order is being sent"),
            self.tr(
                "Order {pos} is being sent to Ingram right now. If you quit, Ingram Desk lets the send finish (at most a few minutes); if it cannot, it checks with Ingram at the next start whether the order was placed. It is never sent twice."
            ).format(pos=pos),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("quit_while_sending_box")
        quit_button = box.addButton(self.tr("Quit anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep open"), QMessageBox.ButtonRole.RejectRole)

        def answered(_: int) -> None:
            quit_now = box.clickedButton() is quit_button
            box.deleteLater()
            if quit_now:
                self._quit_anyway = True
                self.close()

        box.finished.connect(answered)
        box.open()
        return box

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
            self.services.catalogue.prepare_import()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.importer.start_many(paths)

    def start_connection_watch(self, **backoff: float) -> ConnectionWatch | None:
        """Get a token in the background at start: "offline" in the status bar with backoff
        retries while the token service is down (B4). Only REST profiles use a token."""
        client = getattr(self.services.ordering, "client", None) or getattr(
            self.services.pna, "client", None
        )
        tokens = getattr(getattr(client, "http", None), "tokens", None)
        if tokens is None or self.services.transport != "rest":
            return None
        watch = ConnectionWatch(tokens, self.services.events, **backoff)
        self.runner.start("connection-watch", watch.run(), background=True)
        return watch

    def show_store_notes(self) -> None:
        """A damaged journal restored from its backup, or a damaged catalogue set aside at
        start or at its first read, is said in the banner once (the command line prints the
        same words)."""
        from ingram_desk.domain.errors import IngramError

        ordering = self.services.ordering
        notes = [
            getattr(getattr(ordering, "journal", None), "restore_note", None),
            getattr(self.services.catalogue, "damaged_note", None),
        ]
        text = " ".join(n for n in notes if n)
        if text and text != self._notes_shown:
            self._notes_shown = text
            self.banner.show_error(IngramError(text))

    def _orders_in_flight(self) -> list[Any]:
        ordering = self.services.ordering
        if ordering is None:
            return []
        from ingram_desk.services.order_journal import OrderState

        try:
            return ordering.journal.entries((OrderState.IN_FLIGHT,))
        except Exception:  # a closed or damaged journal must not keep the window open
            log.exception("could not read the order journal while closing")
            return []

    def closeEvent(self, event: QCloseEvent) -> None:
        sending = [] if self._quit_anyway else self._orders_in_flight()
        if sending:
            # Reliability A9: say what is happening; quitting anyway is safe (the order is
            # checked with Ingram by PO at the next start), waiting is never forced.
            event.ignore()
            self._ask_quit_while_sending(sending)
            return
        self.ui_state.save_window(self)
        with self.catalogue_tab.description_fit.at_full_width():
            self.ui_state.save_header("catalogue", self.catalogue_tab.table.horizontalHeader())
        if self.catalogue_tab.panes_sized:  # (else fitted to the names again at the next start)
            self.ui_state.save_splitter("catalogue", self.catalogue_tab.splitter)
        self.ui_state.save_header("pna", self.pna_tab.view.header())
        for name, header in self._order_headers():
            self.ui_state.save_header(name, header)
        self.ui_state.sync()
        self.log_view.detach()
        self.crash_banner.detach()
        self.catalogue_tab.model.close()  # its page-reading thread
        self._unsubscribe()
        super().closeEvent(event)
        self.closed.emit()
