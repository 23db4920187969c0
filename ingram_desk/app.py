"""Composition root: builds paths, logging, the demo sandbox, services and the window, then runs
one qasync event loop on the main thread until the window closes, and tears down in order."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from ingram_desk.paths import AppPaths, resource_path

__all__ = ["CATALOGUE_FILE", "AppSession", "open_app", "run_gui", "sample_files"]

log = logging.getLogger(__name__)

#: the catalogue store, one per profile (as ``ingram-desk catalogue`` uses it)
CATALOGUE_FILE = "catalogue.sqlite3"
#: saved ship-to addresses, one book per profile
ADDRESS_BOOK_FILE = "address-book.json"


def sample_files() -> list[Any]:
    """The bundled DACH price, stock and category files the demo profile starts with."""
    folder = resource_path("sample")
    return [folder / n for n in ("price_file.csv", "stock_file.csv", "category_file.csv")]


@dataclass
class AppSession:
    context: Any  # cli.context.CliContext: profile, client, services, sandbox
    catalogue: Any  # services.catalogue_service.CatalogueService
    window: Any  # ui.main_window.MainWindow
    runner: Any  # ui.async_tasks.TaskRunner


@asynccontextmanager
async def open_app(args: argparse.Namespace) -> AsyncIterator[AppSession]:
    """Profile → client → services → window on the running qasync loop; on exit: cancel tasks,
    close the window, close the store, then the context closes the client, journal and sandbox."""
    from ingram_desk.cli.context import open_context
    from ingram_desk.services.catalogue_service import CatalogueService
    from ingram_desk.settings.address_book import AddressBook
    from ingram_desk.settings.credentials import CredentialStore
    from ingram_desk.settings.profiles import ProfileStore
    from ingram_desk.ui.async_tasks import TaskRunner
    from ingram_desk.ui.main_window import MainWindow, WindowServices
    from ingram_desk.ui.ui_state import UiState

    async with open_context(args) as ctx:
        paths: AppPaths = ctx.paths
        catalogue = CatalogueService(
            paths.profile_dir(ctx.profile.name) / CATALOGUE_FILE, ctx.events
        )
        runner = TaskRunner()
        services = WindowServices(
            catalogue=catalogue,
            pna=ctx.pna,
            events=ctx.events,
            profile_name=ctx.profile.name,
            profile_kind=str(ctx.profile.kind.value),
            country=ctx.profile.country,
            profiles=ProfileStore(paths.profiles_dir),
            credentials=CredentialStore(),
            ordering=ctx.ordering,
            tracking=ctx.tracking,
            address_book=ctx.address_book
            or AddressBook(paths.profile_dir(ctx.profile.name) / ADDRESS_BOOK_FILE),
        )
        window = MainWindow(services, UiState(paths.data_dir), runner)
        try:
            yield AppSession(ctx, catalogue, window, runner)
        finally:
            await runner.shutdown()
            window.close()
            window.deleteLater()
            catalogue.close()


async def first_start(session: AppSession) -> None:
    """Demo profile with no catalogue yet: import the bundled sample, else show what is there."""
    info = await session.catalogue.info()
    if not info.row_count and session.context.profile.kind.value == "demo":
        session.window.importer.start_many(sample_files())
    else:
        session.runner.start("catalogue-refresh", session.window.refresh_catalogue_state())


def run_gui(args: argparse.Namespace) -> int:
    """Open the desktop app; returns the process exit code after an orderly shutdown."""
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Ingram Desk")
    app.setOrganizationName("Ingram Desk")
    app.setDesktopFileName("ingram-desk")
    app.setQuitOnLastWindowClosed(False)  # shutdown is awaited in main(), not left to Qt
    _set_icon(app)

    async def main() -> int:
        async with open_app(args) as session:
            closed = asyncio.get_running_loop().create_future()

            def finish() -> None:
                if not closed.done():
                    closed.set_result(None)

            session.window.closed.connect(finish)
            _close_on_signals(session.window)
            session.window.show()
            await first_start(session)
            session.window.order_tab.start_driver()  # queued orders and reconciliation
            session.window.orders_tab.notifier.start_polling()  # the watch list
            await closed
        return 0

    from ingram_desk.domain.errors import IngramError

    try:
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            return runner.run(main())
    except IngramError as exc:  # e.g. an unknown profile or a missing secret: say so, exit 2
        log.error("cannot start: %s", exc)
        print(f"ingram-desk: {exc.one_line()}", file=sys.stderr)
        if app.platformName() not in ("offscreen", "minimal"):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "Ingram Desk cannot start", exc.one_line())
        return 2


def _close_on_signals(window: Any) -> None:
    """SIGINT/SIGTERM close the window, so the same orderly shutdown runs and the exit code is 0.

    Python runs signal handlers between bytecodes; a slow timer makes sure some run while Qt
    waits in C++.
    """
    import signal

    from PySide6.QtCore import QTimer

    def on_signal(_signum: int, _frame: Any) -> None:
        QTimer.singleShot(0, window, window.close)

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, on_signal)
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(200)


def _set_icon(app: Any) -> None:
    from ingram_desk.ui.icons import app_icon

    app.setWindowIcon(app_icon())
