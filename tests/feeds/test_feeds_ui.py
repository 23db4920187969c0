"""The feeds on the desk (real window, real loopback FTP): status bar, banner with the remedy,
the hourly stock update refreshing the catalogue in place, Fetch now, and the settings dialog."""

from __future__ import annotations

import asyncio
import os

from PySide6.QtCore import QItemSelectionModel

from ingram_desk.sandbox.feed_servers import DEMO_FEED_PASSWORD
from ingram_desk.services.feed_service import FeedService
from ingram_desk.ui.feeds_panel import FeedsController
from ingram_desk.ui.i18n import install_language
from tests.feeds.conftest import config_for
from tests.fixtures.ui import next_emission
from tests.ui.conftest import _english  # noqa: F401 (autouse: English with its plural forms)


def _service(ui_catalogue, feeds, clock, tmp_path, password=DEMO_FEED_PASSWORD) -> FeedService:
    async def secret() -> str:
        return password

    return FeedService(tmp_path / "profile", config_for(feeds, "ftp"), secret, ui_catalogue,
                       now=clock)  # fmt: skip


def _stock_rows(path) -> dict[str, int]:
    lines = path.read_text(encoding="utf-8-sig").splitlines()[1:]
    return {line.split("|")[0]: int(line.split("|")[1]) for line in lines}


async def test_stock_update_refreshes_in_place_keeping_selection_scroll_and_search(
    qtbot, make_main_window, ui_catalogue, feeds, clock, tmp_path
) -> None:
    window = make_main_window(ui_catalogue)
    controller = FeedsController(window, _service(ui_catalogue, feeds, clock, tmp_path))
    tab = window.catalogue_tab
    searched = next_emission(tab.search_finished)
    tab.search.setText("a")  # search-as-you-type runs once typing pauses
    (count,) = await asyncio.wait_for(searched, 20)
    assert count > 200
    feeds.files.refresh()
    changed = _stock_rows(feeds.files.path_of("stock"))
    ids = list(tab.model.ids)
    rows = [r for r in range(len(ids)) if tab.model.product(r).sku in changed]
    row = rows[len(rows) // 2]
    sku = tab.model.product(row).sku
    tab.table.selectionModel().setCurrentIndex(
        tab.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    tab.table.scrollTo(tab.model.index(row, 0))
    scroll = tab.table.verticalScrollBar().value()
    assert scroll > 0

    report = await controller.service.sync(["stock"])
    assert [(o.kind, o.status) for o in report.outcomes] == [("stock", "imported")]
    assert tab.search.text() == "a"
    assert list(tab.model.ids) == ids
    assert tab.table.currentIndex().row() == row
    assert tab.table.verticalScrollBar().value() == scroll
    assert tab.model.product(row).stock == changed[sku], "the new stock shows in the same row"
    assert not window.banner.isVisible()
    controller.close()


async def test_status_bar_shows_ages_next_run_and_overdue_in_red(
    qtbot, make_main_window, ui_catalogue, feeds, clock, tmp_path
) -> None:
    feeds.files.rows = 3000  # the window's catalogue holds the full sample
    window = make_main_window(ui_catalogue)
    narrowest = window.minimumSizeHint().width()
    controller = FeedsController(window, _service(ui_catalogue, feeds, clock, tmp_path))
    assert "price never fetched" in controller.widget.text()
    assert "bold" in controller.widget.labels["price"].styleSheet()
    controller.fetch_now()
    await asyncio.wait_for(asyncio.shield(window.runner._named["feeds"]), 30)
    controller.refresh()
    # the feed texts clip in a narrow window instead of widening it: the buttons add ~160 px,
    # the texts (~450 px) nothing (before: the window could not be narrower than ~1300 px)
    added = window.minimumSizeHint().width() - narrowest
    assert added < 300, added
    text = controller.widget.text()
    # the compact form, the age whole in each field's tooltip
    assert "price 5 h ·" in text and "stock 15 min ·" in text and "next 11:00" in text
    assert controller.widget.labels["price"].toolTip().startswith("price 5 h old\n")
    assert controller.widget.labels["stock"].styleSheet() == ""
    clock.advance(3 * 3600)
    controller.refresh()
    assert "stock 3 h ·" in controller.widget.text() and "due now" in controller.widget.text()
    assert "b3261e" in controller.widget.labels["stock"].styleSheet()
    if os.environ.get("INGRAM_DESK_SHOTS"):
        window.grab().save(os.path.join(os.environ["INGRAM_DESK_SHOTS"], "feeds-status.png"))
    controller.close()


async def test_a_bad_login_shows_in_the_banner_with_its_remedy(
    qtbot, make_main_window, ui_catalogue, feeds, clock, tmp_path
) -> None:
    window = make_main_window(ui_catalogue)
    service = _service(ui_catalogue, feeds, clock, tmp_path, password="wrong")
    controller = FeedsController(window, service)
    await service.sync()
    assert window.banner.isVisible()
    text = window.banner.text()
    assert (
        "Price feed" in text and "refused the login" in text and "password Ingram sent you" in text
    )
    assert (await ui_catalogue.info()).row_count == 3000
    controller.close()


async def test_a_refused_file_is_said_once_and_fetch_now_tries_it_again(
    qtbot, make_main_window, ui_catalogue, feeds, clock, tmp_path
) -> None:
    """The banner says a refusal once; a run that finds the same file (a restart, a retry)
    leaves it dismissed, the feed's field still saying why; Fetch now tries the file again and
    says it again."""
    feeds.files.rows = 100  # a tenth of the window's catalogue: the sanity check refuses it
    window = make_main_window(ui_catalogue)
    service = _service(ui_catalogue, feeds, clock, tmp_path)
    controller = FeedsController(window, service)
    await service.sync(["price"])
    assert window.banner.isVisible() and "sanity check" in window.banner.text()
    window.banner.hide()  # the clerk dismissed it
    clock.advance(3600)
    report = await service.sync(["price"])  # the timer's retry, or the next start
    assert report.outcomes[0].unchanged and not window.banner.isVisible()
    controller.refresh()
    assert "sanity check" in controller.widget.labels["price"].toolTip()
    controller.fetch_now()
    await asyncio.wait_for(asyncio.shield(window.runner._named["feeds"]), 30)
    assert window.banner.isVisible() and "sanity check" in window.banner.text()
    assert (await ui_catalogue.info()).row_count == 3000
    controller.close()


async def test_a_feed_error_stored_in_english_shows_in_german_in_a_german_window(
    qtbot, qapp, make_main_window, ui_catalogue, feeds, clock, tmp_path
) -> None:
    """The state file keeps each feed's last error as its template and values: a window opened
    later, in another language, shows it (tooltip, banner) in that language."""
    first = _service(ui_catalogue, feeds, clock, tmp_path, password="wrong")
    await first.sync()  # no window: English, stored in the profile's state.json
    assert "refused the login" in first.status()[0].last_message
    try:
        install_language(qapp, "de", tmp_path / "i18n")
        window = make_main_window(ui_catalogue)
        service = _service(ui_catalogue, feeds, clock, tmp_path, password="wrong")
        controller = FeedsController(window, service)
        tip = controller.widget.labels["price"].toolTip()
        assert "Der Feed-Server 127.0.0.1 hat die Anmeldung des Benutzers" in tip, tip
        assert "refused" not in tip

        await service.sync()
        text = window.banner.text()
        assert text.startswith("<b>Preis-Feed (und 2 weitere): Der Feed-Server 127.0.0.1"), text
        assert "Prüfen Sie FTP-Benutzer und Passwort" in text and "refused" not in text
        if os.environ.get("INGRAM_DESK_SHOTS"):
            window.grab().save(os.path.join(os.environ["INGRAM_DESK_SHOTS"], "feed-error-de.png"))
        controller.close()
    finally:
        install_language(qapp, "en", tmp_path / "i18n")


async def test_a_refused_price_file_says_why_in_german_from_the_stored_state(
    qtbot, qapp, make_main_window, ui_catalogue, feeds, clock, tmp_path
) -> None:
    """The sanity gate's reason is kept with its template in the feed's state: a German window
    opened later says it in German, not in the English the import raised it in."""
    feeds.files.rows = 3000  # as many as the window's catalogue: the sanity check passes it
    first = _service(ui_catalogue, feeds, clock, tmp_path)
    assert (await first.sync()).ok
    feeds.files.rows = 100  # tomorrow's file: a tenth of the rows
    clock.advance(24 * 3600)
    await first.sync(["price"])
    assert "file looks incomplete" in first.status()[0].last_message
    try:
        install_language(qapp, "de", tmp_path / "i18n")
        window = make_main_window(ui_catalogue)
        controller = FeedsController(window, _service(ui_catalogue, feeds, clock, tmp_path))
        tip = controller.widget.labels["price"].toolTip()
        assert "zuletzt abgewiesen" in tip and "die Datei scheint unvollständig (" in tip, tip
        assert "looks incomplete" not in tip and "refused" not in tip
        clock.advance(24 * 3600)  # refused again with the window open: the banner says why
        await controller.service.sync(["price"])
        text = window.banner.text()
        assert "die Datei scheint unvollständig (" in text, text
        assert "\x1f" not in text and '"CatalogueTexts"' not in text  # never the stored form
        controller.close()
    finally:
        install_language(qapp, "en", tmp_path / "i18n")


async def test_settings_dialog_lists_the_server_and_saves(
    qtbot, make_main_window, ui_catalogue, feeds, clock, tmp_path
) -> None:
    window = make_main_window(ui_catalogue)
    saved: list[str] = []

    async def save_secret(secret: str) -> bool:
        saved.append(secret)
        return True

    controller = FeedsController(
        window, _service(ui_catalogue, feeds, clock, tmp_path), save_secret=save_secret
    )
    assert [a.text() for a in controller.actions] == ["&Feeds…", "Fetch f&eeds now"]
    controller.actions[0].trigger()  # Tools › Feeds…
    dialog = controller.dialog
    assert dialog.isVisible()
    dialog.test_connection()
    await asyncio.wait_for(asyncio.shield(window.runner._named["feeds-test"]), 30)
    listed = {dialog.listing.topLevelItem(i).text(0): dialog.listing.topLevelItem(i).text(3)
              for i in range(dialog.listing.topLevelItemCount())}  # fmt: skip
    assert listed == {"CATEGORY.csv": "category", "PRICE_20261204.zip": "price",
                      "STOCK_20261204.csv": "stock"}  # fmt: skip
    assert dialog.result.text().startswith("Connected: 3 files.")
    dialog.stock_every.setValue(30)
    dialog.secret.setText("new-password")
    dialog.save()
    assert dialog.secret.text() == ""
    await asyncio.wait_for(asyncio.shield(window.runner._named["feed-secret-write"]), 10)
    assert saved == ["new-password"] and dialog.result.text() == "Saved."
    assert controller.service.config.stock_every_minutes == 30
    assert '"stock_every_minutes": 30' in (tmp_path / "profile" / "feeds.json").read_text()
    assert "new-password" not in (tmp_path / "profile" / "feeds.json").read_text()
    if os.environ.get("INGRAM_DESK_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["INGRAM_DESK_SHOTS"], "feeds-dialog.png"))
    dialog.close()
    controller.close()


def _profiles_dialog(make_main_window, ui_catalogue, service, tmp_path):
    """Tools › Profiles & credentials… on a window whose profile has ``service``'s feeds."""
    from ingram_desk.services.events import EventHub
    from ingram_desk.settings.credentials import CredentialStore
    from ingram_desk.settings.profiles import ProfileStore

    window = make_main_window(ui_catalogue, None, events=EventHub(),
                              profiles=ProfileStore(tmp_path / "profiles"),
                              credentials=CredentialStore())  # fmt: skip
    controller = FeedsController(window, service)
    return window, controller, window.open_profiles()


async def _test_feeds(qtbot, window, dialog) -> None:
    from PySide6.QtCore import Qt

    qtbot.mouseClick(dialog.feed_test_button, Qt.MouseButton.LeftButton)
    await asyncio.wait_for(asyncio.shield(window.runner._named["feeds-test"]), 30)


async def test_profiles_dialog_tests_the_feed_connection_and_lists_the_server(
    qtbot, make_main_window, ui_catalogue, feeds, clock, tmp_path
) -> None:
    service = _service(ui_catalogue, feeds, clock, tmp_path)
    window, controller, dialog = _profiles_dialog(make_main_window, ui_catalogue, service, tmp_path)
    await _test_feeds(qtbot, window, dialog)
    assert dialog.feed_listing.rows() == {"CATEGORY.csv": "category",
                                          "PRICE_20261204.zip": "price",
                                          "STOCK_20261204.csv": "stock"}  # fmt: skip
    assert dialog.feed_listing.result.text() == "Connected: 3 files."
    if os.environ.get("INGRAM_DESK_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["INGRAM_DESK_SHOTS"], "profiles-feeds.png"))
    dialog.close()
    controller.close()


async def test_profiles_dialog_feed_test_says_a_wrong_password_in_place(
    qtbot, make_main_window, ui_catalogue, feeds, clock, tmp_path
) -> None:
    service = _service(ui_catalogue, feeds, clock, tmp_path, password="wrong")
    window, controller, dialog = _profiles_dialog(make_main_window, ui_catalogue, service, tmp_path)
    await _test_feeds(qtbot, window, dialog)
    assert dialog.feed_listing.result.text().startswith("Failed:")
    assert dialog.feed_listing.rows() == {}
    dialog.close()
    controller.close()


async def test_a_feed_import_and_stock_update_leave_the_catalogue_work_to_other_threads(
    qtbot, make_main_window, ui_catalogue, feeds, clock, tmp_path, monkeypatch
) -> None:
    """The window's 50 ms promise (bench/feeds_bench.py): after a feed's import or stock file
    the new generation is mapped, searched, and its filters and change summary read in worker
    threads and child processes; the GUI thread only fills the widgets and reads visible pages."""
    import threading

    from ingram_desk.catalogue import engine

    where: list[tuple[str, str]] = []

    def spy(name, real):
        def run(*args, **kwargs):
            where.append((name, threading.current_thread().name))
            return real(*args, **kwargs)

        return run

    monkeypatch.setattr(engine, "open_generation", spy("open", engine.open_generation))
    for method in ("query_ids", "category_tree", "vendors", "changes"):
        monkeypatch.setattr(
            engine.Catalogue, method, spy(method, getattr(engine.Catalogue, method))
        )
    feeds.files.rows = 3000  # as many as the window's catalogue: the sanity check passes it
    window = make_main_window(ui_catalogue)
    controller = FeedsController(window, _service(ui_catalogue, feeds, clock, tmp_path))
    tab = window.catalogue_tab
    searched = next_emission(tab.search_finished)
    report = await controller.service.sync()
    assert {o.kind: o.status for o in report.outcomes}["price"] == "imported"
    await asyncio.wait_for(searched, 30)  # the window's refresh after the import
    report = await controller.service.sync(["stock"], force=True)
    assert [(o.kind, o.status) for o in report.outcomes] == [("stock", "imported")]
    await asyncio.wait_for(asyncio.shield(window.runner._named["catalogue-age"]), 30)
    assert tab.model.product(0) is not None  # a page of the new generation, read in place
    done = {name for name, _thread in where}
    assert {"open", "query_ids", "category_tree", "vendors", "changes"} <= done, done
    on_gui = [(name, t) for name, t in where if t == threading.main_thread().name]
    assert on_gui == [], on_gui
    controller.close()


async def test_the_feeds_updated_are_named_in_german(
    qtbot, qapp, make_main_window, ui_catalogue, feeds, clock, tmp_path
) -> None:
    """The status bar's note after a run named the feeds by their English keys ("Feeds:
    category, price, stock aktualisiert um 18:52")."""
    try:
        install_language(qapp, "de", tmp_path / "i18n")
        window = make_main_window(ui_catalogue)
        controller = FeedsController(window, _service(ui_catalogue, feeds, clock, tmp_path))
        feeds.files.refresh()
        report = await controller.service.sync(["stock"])
        assert [(o.kind, o.status) for o in report.outcomes] == [("stock", "imported")]
        note = window.status.work_label.text()
        assert note.startswith("Feeds: Bestand aktualisiert um "), note
        controller.close()
    finally:
        install_language(qapp, "en", tmp_path / "i18n")
