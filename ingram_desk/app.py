"""Composition root: builds paths, logging, the demo sandbox, services and the window, then runs
one qasync event loop on the main thread until the window closes, and tears down in order."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingram_desk.collector import freeze_long_lived, release_long_lived
from ingram_desk.paths import AppPaths, resource_path

__all__ = [
    "CATALOGUE_FILE", "AppSession", "attach_feeds", "go_online", "join_team", "open_app",
    "run_gui", "sample_files", "start_session",
]  # fmt: skip

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
    feeds: Any = None  # ui.feeds_panel.FeedsController (the profile's file feeds)
    secret_wait: Any = None  # ui.keyring_wait.SecretWait (the keyring did not answer at start)


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

    async with open_context(args, defer_secret=True, join_in_background=True) as ctx:
        paths: AppPaths = ctx.paths
        reconnect_in_background = getattr(ctx.journal, "reconnect_in_background", None)
        if reconnect_in_background is not None:  # a team journal: never wait on the GUI thread
            reconnect_in_background()
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
            inbox=ctx.inbox,
            transport=ctx.profile.transport,
            data_dir=paths.data_dir,
            logs_dir=paths.logs_dir,
        )
        window = MainWindow(services, UiState(paths.data_dir), runner)
        session = AppSession(ctx, catalogue, window, runner)
        if getattr(ctx.journal, "joining", None) is not None:
            runner.start("team-join", join_team(session), background=True)
        try:
            yield session
        finally:
            if session.feeds is not None:
                session.feeds.close()
            await runner.shutdown()
            window.close()
            window.deleteLater()
            catalogue.close()
            release_long_lived()  # the closed window's reference cycles become collectable


async def join_team(session: AppSession) -> None:
    """The window's desk joins the team database on a worker thread (``connect_now=False``):
    meanwhile the status bar says "connecting to the team database…" (or why it cannot), a
    call that needs the database is refused at once in the same words, and browsing and P&A
    work, and a new draft is kept in the desk's offline file. Once joined (and again after a
    lost connection is re-opened): offline drafts catch up; drafts and watch-list marks are
    read."""
    from ingram_desk.ui.domain_texts import error_text

    window, journal = session.window, session.context.journal
    said = ""
    while (refused := journal.joining()) is not None:
        if error_text(refused) != said:
            said = error_text(refused)
            window.status.flash(said, 24 * 3600 * 1000)
        await asyncio.sleep(0.2)  # (the worker thread sets ``joined``; no database call here)
    window.status.flash("", 1)
    tab = window.order_tab
    if said and tab.po_message.text() == said:
        tab.po_message.clear()
    await catch_up_drafts(session)
    window.orders_tab.notifier.refresh_marks()
    drafts = session.context.ordering.journal
    while True:  # drafts kept on this desk after a lost connection join once it is re-opened
        await asyncio.sleep(1.0)  # (two flags read; no database call on the GUI thread)
        if drafts.waiting and journal.connected:
            await catch_up_drafts(session)


async def catch_up_drafts(session: AppSession) -> None:
    """The desk's offline drafts move into the team journal on a worker thread
    (``DraftsKeptOffline.catch_up``); the Order tab then lists them as the team's, and says
    why any stayed on this desk."""
    from ingram_desk.services.order_journal import JournalError
    from ingram_desk.ui.domain_texts import error_text

    try:
        moved, kept = await asyncio.to_thread(session.context.ordering.journal.catch_up)
    except JournalError as exc:  # the desk's own file unreadable: said, never a traceback
        session.window.order_tab.po_message.setText(error_text(exc))
        return
    for note in moved + kept:
        log.warning("%s", note)
    session.window.order_tab.caught_up(kept)


async def attach_feeds(session: AppSession) -> Any:
    """The profile's feeds on the desk (the demo's come from the embedded sandbox, whose feed
    servers take ~1 s to start: called after the window is shown, never before)."""
    from ingram_desk.cli.feeds_setup import build_feed_service, feed_secret_key
    from ingram_desk.settings.credentials import CredentialStore
    from ingram_desk.ui.feeds_panel import FeedsController

    if session.feeds is not None:
        return session.feeds
    ctx = session.context
    if ctx.sandbox is not None:  # certificate, keys, files
        await asyncio.to_thread(ctx.sandbox.start_feeds)
    service = build_feed_service(ctx, session.catalogue)
    store = CredentialStore()
    session.feeds = FeedsController(
        session.window,
        service,
        save_secret=lambda secret: store.set_secret_async(
            feed_secret_key(ctx.profile.name), secret
        ),
    )
    return session.feeds


#: seconds the feeds wait at most for the catalogue's first answer at start
FIRST_ANSWER_WAIT_S = 5.0


async def first_start(session: AppSession, *, sample: bool = True) -> None:
    """Demo profile with no catalogue yet: import the bundled sample (unless ``sample`` is
    false: an import is being finished), else show what is there;
    then the feeds fetch what is due (after the sample import, never alongside it). A catalogue
    answers its first search before the feeds start: their servers and checks (~0.4 s of CPU
    on the GIL: certificate, keys, asyncssh) would delay it."""
    info = await session.catalogue.info()
    session.window.show_store_notes()  # a damaged catalogue set aside at this first read
    sample = sample and not info.row_count and session.context.profile.kind.value == "demo"
    if not sample:
        await _catalogue_answered(session)
    feeds = await attach_feeds(session)
    if sample:
        from ingram_desk.settings.address_book import seed_demo_addresses

        book = getattr(session.window.order_tab, "address_book", None)
        if book is not None and seed_demo_addresses(book):
            session.window.order_tab.reload_addresses()
        importer = session.window.importer
        if feeds is not None:
            importer.imported.connect(lambda *_: feeds.start())
        welcomed: list[bool] = []

        def welcome(*_: object) -> None:  # what this is, and three things to try: once the
            if not welcomed:  # sample is in (shown at once, it covered the import's progress)
                welcomed.append(True)
                session.window.show_welcome()

        importer.imported.connect(welcome)
        importer.import_failed.connect(welcome)
        importer.start_many(sample_files())
        return
    if feeds is not None:
        feeds.start()


async def _catalogue_answered(session: AppSession) -> None:
    """Show the catalogue's age and filters and run the tab's search; return once that search
    has answered (or failed, or the window closed, or after ``FIRST_ANSWER_WAIT_S``): what the
    purchaser waits for."""
    answered = asyncio.get_running_loop().create_future()

    def done(*_: object) -> None:
        if not answered.done():
            answered.set_result(None)

    tab = session.window.catalogue_tab
    tab.search_finished.connect(done)
    session.window.closed.connect(done)  # closing meanwhile: no wait
    refresh = session.runner.start("catalogue-refresh", session.window.refresh_catalogue_state())
    if refresh is not None:  # a failed refresh (said by the runner) starts no search
        refresh.add_done_callback(lambda t: None if t.cancelled() or not t.exception() else done())
    try:
        await asyncio.wait_for(asyncio.shield(answered), FIRST_ANSWER_WAIT_S)
    except TimeoutError:
        log.info(
            "the catalogue did not answer within %.0f s: feeds start anyway", FIRST_ANSWER_WAIT_S
        )
    finally:
        tab.search_finished.disconnect(done)
        session.window.closed.disconnect(done)


async def start_session(session: AppSession, args: argparse.Namespace) -> None:
    """After the window is shown: the files to open or the first start, then online; while
    the keyring has not given the secret (E2), offline with Retry in the banner instead."""
    await session.catalogue.open()  # the engine (polars, numpy) loads in a worker thread
    freeze_long_lived()  # the window's and the engine's objects: no full collection walks them
    files = [Path(f) for f in getattr(args, "files", None) or []]
    if files:  # ``ingram-desk open FILE…`` (the desktop entry's %F)
        session.window.importer.start_many(files)
        args.files = None  # a profile switch does not import them again
    else:
        kept = await session.catalogue.kept_import()
        if kept is not None:  # the app was closed during an import, after it was kept
            session.window.importer.finish_kept(kept)
        await first_start(session, sample=kept is None)
    ctx = session.context
    if ctx.secret_error is None:
        go_online(session)
        return
    from ingram_desk.ui.keyring_wait import SecretWait

    session.secret_wait = SecretWait(
        session.window, session.window.services.credentials, ctx.profile.name,
        ctx.client.http, ctx.secret_error, lambda: go_online(session),
    )  # fmt: skip


def go_online(session: AppSession) -> None:
    """What talks to Ingram on its own: the connection watch, the outbox, the watch list."""
    window = session.window
    window.start_connection_watch()  # "offline" + backoff while down (B4)
    window.order_tab.start_driver()  # queued orders and reconciliation
    window.orders_tab.notifier.start_polling()  # the watch list
    if hasattr(window.orders_tab, "start_inbox_watch"):
        window.orders_tab.start_inbox_watch()  # pushed documents


#: set by bench/startup_bench.py to the launch time (epoch seconds): the app prints when the
#: window is visible and when the catalogue answered a search, then quits
STARTUP_PROBE = "INGRAM_DESK_STARTUP_PROBE"


async def _startup_probe(session: AppSession, launched: float) -> None:
    from ingram_desk.services.catalogue_service import CatalogueQuery

    while not session.window.isVisible():
        await asyncio.sleep(0.001)
    # one turn of the loop paints the shown window (QApplication.processEvents() here ran
    # another task's step inside this one: "Cannot enter into task", that task never ended
    # and the probe hung at close)
    await asyncio.sleep(0)
    print(f"visible {time.time() - launched:.3f}", flush=True)
    starting = asyncio.ensure_future(start_session(session, argparse.Namespace()))  # alongside
    result = await session.catalogue.search(CatalogueQuery(text="monitor"))
    print(f"searchable {time.time() - launched:.3f} ({len(result.ids)} hits)", flush=True)
    await starting


#: how the composition root says a profile has no stored secret
_NO_SECRET = "No client secret for profile"
#: profiles whose secret was just typed (its environment copy is removed once read)
_PROMPTED: list[str] = []


def _ask_secret(args: argparse.Namespace, exc: Exception) -> bool:
    """Ask for the missing client secret; handed to this start through the process
    environment, never written to a file, and kept in the keyring once the window runs
    (``_keep_typed_secret``, off the UI thread)."""
    from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

    if QApplication.instance() is None:
        return False
    name = getattr(exc, "message", "").removeprefix(_NO_SECRET).strip(" '\"")
    secret, ok = QInputDialog.getText(
        None,
        QApplication.translate("App", "Client secret needed"),
        QApplication.translate(
            "App",
            "Profile {name} has no stored client secret.\nEnter it (kept in the system keyring):",
        ).format(name=repr(name)),
        QLineEdit.EchoMode.Password,
    )
    if not ok or not secret:
        return False
    os.environ["INGRAM_CLIENT_SECRET"] = secret  # read once by open_app, then removed
    _PROMPTED.append(name)
    return True


def _keep_typed_secret(session: AppSession, name: str, secret: str) -> Any:
    """The secret typed at start goes to the keyring off the UI thread; a keyring that does
    not answer is said in the banner with Retry (the secret serves this session meanwhile).
    Returns the writing task."""
    from PySide6.QtWidgets import QApplication

    from ingram_desk.domain.errors import IngramError

    async def write() -> None:
        try:
            await session.window.services.credentials.set_secret_async(name, secret)
        except IngramError as exc:
            context = QApplication.translate("App", "The client secret was not saved")
            session.window.banner.show_error(exc, context=context, retry=again)

    def again() -> Any:
        return session.runner.start("keyring-write", write(), background=True)

    return again()


def run_gui(args: argparse.Namespace) -> int:
    """Open the desktop app; returns the process exit code after an orderly shutdown."""
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Ingram Desk")
    app.setOrganizationName("Ingram Desk")
    app.setDesktopFileName("io.github.ingramdesk.IngramDesk")  # the .desktop/AppStream id
    app.setQuitOnLastWindowClosed(False)  # shutdown is awaited in main(), not left to Qt
    _set_icon(app)
    set_up_language(app, args)

    async def main() -> int:
        from ingram_desk.diagnostics import on_loop_exception

        asyncio.get_running_loop().set_exception_handler(on_loop_exception)  # log + banner
        switch_to: list[str] = []
        while True:
            switch_to.clear()
            async with open_app(args) as session:
                typed = None
                if _PROMPTED:  # the typed secret was read: no copy stays in the environment
                    secret = os.environ.pop("INGRAM_CLIENT_SECRET", None)
                    typed = (_PROMPTED[0], secret) if secret else None
                    _PROMPTED.clear()
                closed = asyncio.get_running_loop().create_future()

                session.window.closed.connect(
                    lambda c=closed: None if c.done() else c.set_result(None)
                )
                session.window.profile_switch_requested.connect(switch_to.append)
                if sys.platform == "darwin":  # Finder's "Open with" arrives as QFileOpenEvent
                    from ingram_desk.ui.file_open import FileOpenRelay

                    FileOpenRelay(app, session.window)
                _close_on_signals(session.window)
                session.window.show()
                log.info("main window shown")
                if os.environ.get(STARTUP_PROBE):  # bench/startup_bench.py: report, then close
                    await _startup_probe(session, float(os.environ[STARTUP_PROBE]))
                    if typed:  # (started after the probe's processEvents: a task made before
                        # it would be lost to qasync's re-entry)
                        await asyncio.shield(_keep_typed_secret(session, *typed))
                    return 0
                if typed:
                    _keep_typed_secret(session, *typed)
                await start_session(session, args)
                await closed
                current = session.window.services.profile_name
            if not switch_to:
                return 0
            if switch_to[-1] != current:  # Tools → Switch profile: its own API address
                args.profile, args.api_url = switch_to[-1], None
            # View → Language reopens the same profile: a one-off --api-url stays

    from ingram_desk.domain.errors import IngramError

    try:
        try:
            with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
                return runner.run(main())
        except IngramError as exc:
            # a profile without a stored secret: ask for it (once) instead of exiting
            if not exc.message.startswith(_NO_SECRET) or not _ask_secret(args, exc):
                raise
            try:
                with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
                    return runner.run(main())
            finally:
                os.environ.pop("INGRAM_CLIENT_SECRET", None)
    except IngramError as exc:  # e.g. an unknown profile or a missing secret: say so, exit 2
        log.error("cannot start: %s", exc)
        print(f"ingram-desk: {exc.one_line()}", file=sys.stderr)
        if app.platformName() not in ("offscreen", "minimal"):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(
                None, QApplication.translate("App", "Ingram Desk cannot start"), exc.one_line()
            )
        return 2


def set_up_language(app: Any, args: argparse.Namespace, choice: str | None = None) -> str:
    """Install the translations for ``choice``, else the preferences' language (View › Language,
    "system" by default); compiled on demand into the data folder. Returns the language."""
    from ingram_desk.paths import app_paths
    from ingram_desk.settings.preferences import load_preferences
    from ingram_desk.ui.i18n import install_language

    paths = app_paths(getattr(args, "data_dir", None))
    if choice is None:
        choice = load_preferences(paths.settings_file).language
    return install_language(app, choice, paths.data_dir / "i18n")


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
