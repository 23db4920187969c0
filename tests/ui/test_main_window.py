"""Main window: import with progress and report, status bar truths, remembered layout."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from ingram_desk.services.catalogue_service import CatalogueService
from ingram_desk.services.events import RATE_BUDGET_CHANGED, EventHub
from ingram_desk.services.pna_service import PnaService
from ingram_desk.ui.main_window import MainWindow, WindowServices, first_size
from ingram_desk.ui.ui_state import UiState
from ingram_desk.ui.widgets.status_bar import describe_catalogue_age
from tests.fixtures.ui import SAMPLE, next_emission


async def test_import_shows_progress_then_report_and_refreshes_the_catalogue(
    qtbot, make_main_window, tmp_path: Path
) -> None:
    catalogue = CatalogueService(tmp_path / "empty.sqlite3")
    try:
        window = make_main_window(catalogue)
        assert "No catalogue yet" in describe_catalogue_age(await catalogue.info())
        imported = next_emission(window.importer.imported)
        refreshed = next_emission(window.catalogue_tab.search_finished)
        window.importer.start_many(
            [SAMPLE / "price_file.csv", SAMPLE / "stock_file.csv", SAMPLE / "category_file.csv"]
        )
        (outcome,) = await asyncio.wait_for(imported, 30)
        assert outcome.report.rows_imported == 3000
        dialog = window.importer.dialog
        assert dialog.isVisible() and "Imported 3,000 products" in dialog.report.toPlainText()
        assert dialog.bar.value() == 1000
        (count,) = await asyncio.wait_for(refreshed, 10)
        assert count == 3000 == window.catalogue_tab.model.rowCount()
        assert "3,000 products · price file of" in window.status.catalogue_label.text()
        while window.runner.is_running("catalogue-refresh"):  # (the lists follow the result)
            await asyncio.sleep(0.02)
        assert window.catalogue_tab.vendor.count() > 5
        dialog.close()
    finally:
        catalogue.close()


async def test_cancelled_import_leaves_the_previous_catalogue(
    qtbot, make_main_window, ui_catalogue
) -> None:
    window = make_main_window(ui_catalogue)
    failed = next_emission(window.importer.import_failed)
    window.importer.start(SAMPLE / "price_file.csv")
    window.importer.dialog.cancel()
    (message,) = await asyncio.wait_for(failed, 30)
    assert "cancel" in message.lower()
    assert not window.banner.isVisible()  # the user asked for it: not an error
    assert (await ui_catalogue.info()).row_count == 3000
    window.importer.dialog.close()


async def test_rate_budget_from_the_server_reaches_the_status_bar(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue
) -> None:
    client = client_factory(sandbox)
    events = EventHub()
    try:
        window = make_main_window(ui_catalogue, PnaService(client, events), events=events)
        seen = asyncio.get_running_loop().create_future()
        events.subscribe(RATE_BUDGET_CHANGED, lambda b: seen.done() or seen.set_result(b))
        window.pna_tab.check_items(["6DGFIF7"])
        budget = await asyncio.wait_for(seen, 10)
        assert budget.remaining is not None and budget.remaining < budget.limit
        assert f"{budget.remaining} / {budget.limit} left" in window.status.budget_label.text()
    finally:
        await client.aclose()


def test_status_bar_shows_a_closed_api_window_and_production_unmistakably(qtbot) -> None:
    from ingram_desk.ui.widgets.status_bar import StatusBar

    bar = StatusBar("acme-live", "production", "DE")
    qtbot.addWidget(bar)
    assert "PRODUCTION" in bar.profile_label.text()
    bar.update_api_window(datetime(2026, 11, 23, 2, 0, tzinfo=UTC))  # 03:00 in Germany
    assert bar.window_label.text().startswith("API closed until")
    bar.update_api_window(datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    assert bar.window_label.text().startswith("API open")


def test_window_geometry_and_column_layout_are_remembered(qtbot, ui_catalogue, tmp_path) -> None:
    state_dir = tmp_path / "state"
    state_dir.mkdir()
    services = WindowServices(catalogue=ui_catalogue, pna=None, events=EventHub())
    first = MainWindow(services, UiState(state_dir))
    qtbot.addWidget(first)
    first.resize(700, 500)  # the offscreen screen is 800×600
    first.catalogue_tab.table.setColumnWidth(3, 123)
    first.close()
    second = MainWindow(services, UiState(state_dir))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)
    assert second.catalogue_tab.table.columnWidth(3) == 123
    assert (state_dir / "ui-state.ini").exists()
    second.close()


def _laid_out(window: MainWindow, width: int) -> None:
    window.resize(width, 1000)
    for _ in range(5):  # (the resize, then the fit it asks for)
        QApplication.processEvents()


def test_a_description_width_the_clerk_chose_is_given_way_from_and_kept(
    qtbot, ui_catalogue, tmp_path
) -> None:
    """The catalogue's description narrows on a narrow window so that the view's edge cuts no
    column (``test_catalogue_tab``): dragged wider, it gives way from her width, and the layout
    kept at closing has her width, not the narrowed one (a narrow window today would narrow it
    on a wide screen tomorrow)."""
    services = WindowServices(catalogue=ui_catalogue, pna=None, events=EventHub())
    first = MainWindow(services, UiState(tmp_path))
    qtbot.addWidget(first)
    first.show()
    _laid_out(first, 2400)
    description = [c.key for c in first.catalogue_tab.model.columns].index("description")
    header = first.catalogue_tab.table.horizontalHeader()
    header.resizeSection(description, 420)  # (what her drag does)
    _laid_out(first, 1440)
    assert 160 <= header.sectionSize(description) < 420
    first.close()
    second = MainWindow(services, UiState(tmp_path))
    qtbot.addWidget(second)
    second.show()
    _laid_out(second, 2400)
    assert second.catalogue_tab.table.columnWidth(description) == 420
    second.close()


def test_the_panes_the_clerk_sized_are_kept_for_the_next_start(
    qtbot, ui_catalogue, tmp_path
) -> None:
    """The catalogue's categories, list and details as the clerk left them (they came back at
    their first sizes: a widened categories' pane was narrow again at every start)."""
    services = WindowServices(catalogue=ui_catalogue, pna=None, events=EventHub())
    first = MainWindow(services, UiState(tmp_path))
    qtbot.addWidget(first)
    first.show()
    first.catalogue_tab.splitter.moveSplitter(190, 1)  # (a drag of the categories' edge)
    panes = first.catalogue_tab.splitter.sizes()
    first.close()
    second = MainWindow(services, UiState(tmp_path))
    qtbot.addWidget(second)
    second.show()
    assert second.catalogue_tab.splitter.sizes() == panes and panes[0] == 190
    assert second.catalogue_tab.panes_sized  # (no longer fitted to the names)
    second.close()


def test_columns_are_hidden_and_shown_from_their_titles_and_stay_so(
    qtbot, ui_catalogue, tmp_path
) -> None:
    """A right click on the catalogue's column titles lists its columns: one unticked is gone
    from the list (and at the next start), "Show all columns" brings it back, and the last
    column shown cannot be hidden."""
    services = WindowServices(catalogue=ui_catalogue, pna=None, events=EventHub())
    first = MainWindow(services, UiState(tmp_path))
    qtbot.addWidget(first)
    first.show()
    header = first.catalogue_tab.table.horizontalHeader()
    currency = first.catalogue_tab.model.columns.index(
        next(c for c in first.catalogue_tab.model.columns if c.key == "currency")
    )
    chosen: list[QAction] = []

    def untick_currency() -> None:  # as the clerk does in the menu the right click opened
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.text() == "Cur.")
        assert action.isChecked()
        chosen.append(action)
        action.trigger()
        menu.close()

    QTimer.singleShot(0, untick_currency)
    header.customContextMenuRequested.emit(QPoint(5, 5))
    qtbot.waitUntil(lambda: bool(chosen))
    assert header.isSectionHidden(currency)
    first.close()

    second = MainWindow(services, UiState(tmp_path))
    qtbot.addWidget(second)
    header = second.catalogue_tab.table.horizontalHeader()
    assert header.isSectionHidden(currency)  # kept with the header's layout
    menus = second._column_menus
    menu = next(m for m in menus if m.header is header).menu()
    ticks = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert not ticks["Cur."].isChecked() and len(ticks) == header.count()
    show_all = next(a for a in menu.actions() if a.text() == "Show all columns")
    show_all.trigger()
    assert not any(header.isSectionHidden(i) for i in range(header.count()))
    for column in range(1, header.count()):  # all but the first: it cannot be hidden too
        header.hideSection(column)
    last = next(m for m in menus if m.header is header).menu().actions()[0]
    assert last.isChecked() and not last.isEnabled()
    second.close()


def test_reset_columns_brings_back_the_designed_order_and_widths(
    qtbot, ui_catalogue, tmp_path
) -> None:
    """Columns moved, narrowed and hidden in an earlier session come back as designed from
    the titles' menu ("Reset columns"), and stay so at the next start."""
    services = WindowServices(catalogue=ui_catalogue, pna=None, events=EventHub())
    designed = MainWindow(services, UiState(tmp_path / "fresh"))
    qtbot.addWidget(designed)
    widths = [designed.catalogue_tab.table.columnWidth(i) for i in range(4)]
    designed.close()
    first = MainWindow(services, UiState(tmp_path))
    qtbot.addWidget(first)
    header = first.catalogue_tab.table.horizontalHeader()
    header.moveSection(3, 0)  # the description first
    header.resizeSection(1, 40)
    header.hideSection(2)
    first.close()
    second = MainWindow(services, UiState(tmp_path))
    qtbot.addWidget(second)
    header = second.catalogue_tab.table.horizontalHeader()
    assert header.logicalIndex(0) == 3 and header.sectionSize(1) == 40  # as she left them
    menu = next(m for m in second._column_menus if m.header is header).menu()
    next(a for a in menu.actions() if a.text() == "Reset columns").trigger()
    assert [header.logicalIndex(v) for v in range(header.count())] == list(range(header.count()))
    assert not any(header.isSectionHidden(i) for i in range(header.count()))
    assert [header.sectionSize(i) for i in range(4)] == widths
    second.close()
    third = MainWindow(services, UiState(tmp_path))
    qtbot.addWidget(third)
    header = third.catalogue_tab.table.horizontalHeader()
    assert header.logicalIndex(0) == 0 and [header.sectionSize(i) for i in range(4)] == widths
    third.close()


async def test_dropping_price_files_on_the_window_imports_them(
    qtbot, make_main_window, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    catalogue = CatalogueService(tmp_path / "dropped.sqlite3")
    try:
        window = make_main_window(catalogue)
        mime = QMimeData()
        mime.setUrls(
            [QUrl.fromLocalFile(str(SAMPLE / n)) for n in ("category_file.csv", "price_file.csv")]
        )
        imported = next_emission(window.importer.imported)
        drop = QDropEvent(
            QPointF(50, 50), Qt.DropAction.CopyAction, mime,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        window.dropEvent(drop)
        (outcome,) = await asyncio.wait_for(imported, 30)
        assert outcome.report.rows_imported == 3000 and outcome.report.categories_loaded > 0
        window.importer.dialog.close()
    finally:
        catalogue.close()


def test_the_app_icon_is_found_with_every_size(qtbot) -> None:
    from ingram_desk.ui.icons import ICON_SIZES, app_icon

    sizes = {s.width() for s in app_icon().availableSizes()}
    assert set(ICON_SIZES) <= sizes


async def test_a_suspiciously_small_file_is_refused_until_the_user_insists(
    qtbot, make_main_window, ui_catalogue, tmp_path: Path
) -> None:
    lines = (SAMPLE / "price_file.csv").read_text(encoding="utf-8-sig").splitlines()
    small = tmp_path / "price_small.csv"
    small.write_text("\n".join(lines[:11]) + "\n", encoding="utf-8")  # 10 rows instead of 3,000
    window = make_main_window(ui_catalogue)
    refused = next_emission(window.importer.import_failed)
    window.importer.start(small)
    await asyncio.wait_for(refused, 30)
    dialog = window.importer.dialog
    assert dialog.force_button.isVisible() and "Not imported" in dialog.phase.text()
    assert not window.banner.isVisible()
    assert (await ui_catalogue.info()).row_count == 3000  # the previous catalogue is live
    imported = next_emission(window.importer.imported)
    dialog.force_button.click()
    (outcome,) = await asyncio.wait_for(imported, 30)
    assert outcome.report.rows_imported == 10
    assert (await ui_catalogue.info()).row_count == 10
    dialog.close()


async def test_a_bad_price_file_is_refused_in_plain_words_and_the_old_catalogue_is_kept(
    qtbot, make_main_window, ui_catalogue, tmp_path: Path, caplog
) -> None:
    """Defect 13: no class name, no traceback, the kept catalogue named, no "Import anyway" for
    a header-only file (insisting cannot import it: the Xvfb pass found a button that could
    only fail), and an old banner does not stay up during the next import."""
    import logging

    window = make_main_window(ui_catalogue)
    window.banner.show_error(RuntimeError("an older problem"))
    empty = tmp_path / "price_empty.csv"
    empty.write_bytes(b"")
    caplog.set_level(logging.DEBUG)
    refused = next_emission(window.importer.import_failed)
    window.importer.start(empty)
    assert not window.banner.isVisible()
    await asyncio.wait_for(refused, 30)
    dialog = window.importer.dialog
    text = dialog.phase.text()
    assert text.startswith("Not imported: price_empty.csv is empty")
    assert "Error" not in text and "Your catalogue of 3,000 products is unchanged" in text
    assert not window.banner.isVisible()
    assert not [r for r in caplog.records if r.exc_info]  # no traceback in the log
    dialog.close()

    header_only = tmp_path / "price_header.csv"
    header_only.write_text(
        (SAMPLE / "price_file.csv").read_text(encoding="utf-8-sig").splitlines()[0] + "\n",
        encoding="utf-8",
    )
    refused = next_emission(window.importer.import_failed)
    window.importer.start(header_only)
    await asyncio.wait_for(refused, 30)
    dialog = window.importer.dialog
    assert "no usable rows" in dialog.phase.text() and "unchanged" in dialog.phase.text()
    assert not dialog.force_button.isVisible() and dialog.buttons.isVisible()
    assert (await ui_catalogue.info()).row_count == 3000
    dialog.close()


async def test_an_import_is_browsable_while_its_full_index_is_built(
    qtbot, make_main_window, tmp_path: Path
) -> None:
    from ingram_desk.ui.tabs.catalogue_tab import SEARCH_TASK
    from tests.catalogue.builders import dach_row, write_dach

    rows = [dach_row(f"B{i:06d}", f"VP-{i}", text1=f"ARTICLE {i}") for i in range(40_000)]
    price_file = write_dach(tmp_path / "price_file.csv", rows)  # stage 2 takes a few seconds
    catalogue = CatalogueService(tmp_path / "two-stage.sqlite3", two_stage_min_bytes=0)
    try:
        window = make_main_window(catalogue)
        seen: list[tuple[str, int]] = []
        show = window.status.set_catalogue

        def set_catalogue(info: object) -> None:  # observe what the window shows, then show it
            show(info)
            seen.append(
                (window.status.catalogue_label.text(), window.catalogue_tab.model.rowCount())
            )

        window.status.set_catalogue = set_catalogue  # type: ignore[method-assign]
        imported = next_emission(window.importer.imported)
        window.importer.start(price_file)
        (outcome,) = await asyncio.wait_for(imported, 120)
        for _ in range(200):  # the window refreshes after the swap
            if seen and "full index" not in seen[-1][0]:
                break
            await asyncio.sleep(0.05)
        interim = [text for text, _rows in seen if "building the full index" in text]
        assert interim and "40,000 products" in interim[0]  # the snapshot served first
        assert "40,000 products" in seen[-1][0] and "full index" not in seen[-1][0]
        assert outcome.report.seconds_until_searchable < outcome.report.seconds
        dialog = window.importer.dialog
        assert dialog.searchable and dialog.phase.text() == "Done."
        for _ in range(200):
            if window.catalogue_tab.model.rowCount() == 40_000:
                break
            await asyncio.sleep(0.05)
        assert window.catalogue_tab.model.rowCount() == 40_000
        for _ in range(200):  # let the refresh after the swap finish its search
            if not any(window.runner.is_running(n) for n in ("catalogue-refresh", SEARCH_TASK)):
                break
            await asyncio.sleep(0.05)
        dialog.close()
        await window.runner.shutdown()  # a refresh queued by the swap must not outlive the loop
    finally:
        catalogue.close()


def test_help_lists_the_keyboard_shortcuts_and_the_demo_welcome_says_what_to_try(
    qtbot, make_main_window, ui_catalogue
) -> None:
    window = make_main_window(ui_catalogue)
    box = window.show_shortcuts()
    text = box.text()
    for key, what in (("Ctrl+I", "Import price file"), ("F1", "Keyboard shortcuts"),
                      ("Ctrl+Shift+P", ""), ("Delete", "remove the selected lines")):  # fmt: skip
        assert f"<b>{key}</b>" in text and what in text
    box.close()
    welcome = window.show_welcome()
    assert "simulated Ingram Micro" in welcome.text() and welcome.text().count("<li>") == 3
    welcome.close()


def test_a_production_profile_is_unmistakable_by_title_and_colour(
    qtbot, make_main_window, ui_catalogue
) -> None:
    window = make_main_window(ui_catalogue, profile_name="acme-live", profile_kind="production")
    assert "PRODUCTION" in window.windowTitle() and "acme-live" in window.windowTitle()
    assert window.production_strip.isVisible() and "#b3261e" in window.production_strip.styleSheet()
    demo = make_main_window(ui_catalogue)
    assert "PRODUCTION" not in demo.windowTitle() and not demo.production_strip.isVisible()


async def test_a_refused_import_and_its_row_problems_read_in_dutch_and_stay_english_below(
    qtbot, qapp, make_main_window, ui_catalogue, tmp_path: Path
) -> None:
    """The catalogue words its refusals and row problems as templates: the import dialog says
    them in Dutch, the report (``catalogue import --json``) and the log keep the English."""
    from ingram_desk.services.catalogue_service import SanityGateError
    from ingram_desk.ui.domain_texts import phrase_text
    from ingram_desk.ui.i18n import install_language

    lines = (SAMPLE / "price_file.csv").read_text(encoding="utf-8-sig").splitlines()
    few = tmp_path / "price_few.csv"
    few.write_text("\n".join([*lines[:6], "only|three|cells"]) + "\n", encoding="utf-8")
    try:
        assert install_language(qapp, "nl", tmp_path / "i18n") == "nl"
        window = make_main_window(ui_catalogue)
        refused = next_emission(window.importer.import_failed)
        window.importer.start(few)
        (english,) = await asyncio.wait_for(refused, 30)
        assert english.startswith("file looks incomplete (5 rows vs 3000 in the current catalogue)")
        text = window.importer.dialog.phase.text()
        assert text.startswith(
            "Niet geïmporteerd: het bestand lijkt onvolledig (5 regels tegenover 3000 in de"
            " huidige catalogus); catalogus niet vervangen"
        ), text
        window.importer.dialog.close()

        with pytest.raises(SanityGateError) as refusal:
            await ui_catalogue.import_files(few)
        report = refusal.value.report
        problem = report.problems[0]
        assert problem.line == 7
        assert str(problem.reason).startswith("3 columns, expected ")
        assert report.as_dict()["problems"][0]["reason"] == str(problem.reason)
        assert phrase_text(problem.reason).startswith("3 kolommen, verwacht ")
    finally:
        install_language(qapp, "en", tmp_path / "i18n")


def test_the_first_window_fits_a_small_laptop_screen(qtbot, ui_catalogue, tmp_path) -> None:
    """Found under Xvfb at 1280×800: the first window opened 1400×860, its right edge and the
    status bar off the screen. It opens within the screen's free area (a 1366×768 laptop too)."""
    assert first_size(QSize(1920, 1040)) == QSize(1400, 860)
    assert first_size(QSize(1366, 728)) == QSize(1350, 680)
    window = MainWindow(WindowServices(catalogue=ui_catalogue, pna=None, events=EventHub()),
                        UiState(tmp_path))  # fmt: skip
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()  # the offscreen screen: 800×800
    assert window.width() <= max(free.width(), window.minimumSizeHint().width())
    assert window.height() <= free.height() and window.size() != QSize(1400, 860)
    window.close()


async def test_an_import_closed_once_searchable_says_its_report_in_the_status_bar(
    qtbot, make_main_window, tmp_path: Path
) -> None:
    """The dialog says "you can close this window and keep working"; closed then, its report
    (what changed since the previous file) was never seen. It is flashed in the status bar
    now, and File › Last import report shows the dialog again."""
    from ingram_desk.catalogue.report import ImportProgress
    from tests.catalogue.builders import dach_row, write_dach

    catalogue = CatalogueService(tmp_path / "c.sqlite3", two_stage_min_bytes=0)
    try:
        window = make_main_window(catalogue)
        assert not window.report_action.isEnabled()
        first = write_dach(tmp_path / "1.csv", [dach_row(f"B{i:05d}", f"V{i}") for i in range(900)])
        imported = next_emission(window.importer.imported)
        window.importer.start(first)
        await asyncio.wait_for(imported, 60)
        window.importer.dialog.close()
        rows = [dach_row(f"B{i:05d}", f"V{i}") for i in range(1000)]
        second = write_dach(tmp_path / "2.csv", rows)
        imported = next_emission(window.importer.imported)
        window.importer.start(second)
        dialog = window.importer.dialog
        show = dialog.show_progress

        def close_once_searchable(tick: ImportProgress) -> None:  # as the clerk is told
            show(tick)
            if tick.phase == "searchable":
                dialog.close()

        dialog.show_progress = close_once_searchable  # type: ignore[method-assign]
        await asyncio.wait_for(imported, 60)
        assert not dialog.isVisible()
        for _ in range(200):  # the import's task ends: the note stays (it was wiped at once)
            if not window.runner.is_running("catalogue-import"):
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.1)
        said = window.status.work_label.text()
        assert said == "Imported 1,000 products from 2.csv · 100 new articles", said
        assert window.report_action.isEnabled()
        window.report_action.trigger()
        assert dialog.isVisible() and "100 new articles" in dialog.report.toPlainText()
        dialog.close()
        await window.runner.shutdown()
    finally:
        catalogue.close()


async def test_every_kind_the_import_file_dialog_offers_is_read(
    qtbot, make_main_window, tmp_path: Path
) -> None:
    """The dialog offered ``*.gz``, which the importer refused as "not a text file"; each
    pattern it offers now imports (the sample price file under that name, a ZIP holding it)."""
    import re
    import zipfile

    from PySide6.QtWidgets import QFileDialog

    from ingram_desk.catalogue.engine import import_files

    catalogue = CatalogueService(tmp_path / "c.sqlite3")
    try:
        window = make_main_window(catalogue)
        window.choose_import_file()
        dialog = window.findChild(QFileDialog)
        patterns = re.findall(r"\*\.(\w+)", dialog.nameFilters()[0])
        dialog.reject()
    finally:
        catalogue.close()
    assert patterns == ["csv", "txt", "zip"]
    text = (SAMPLE / "price_file.csv").read_bytes()
    for ext in patterns:
        src = tmp_path / ext / f"PRICE.{ext}"
        src.parent.mkdir()
        if ext == "zip":
            with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("price_file.csv", text)
        else:
            src.write_bytes(text)
        assert import_files(tmp_path / ext / "c.sqlite3", src).rows_imported == 3000, ext


async def test_a_stock_file_dropped_alone_says_what_it_changed(
    qtbot, make_main_window, ui_catalogue, tmp_path: Path
) -> None:
    """An hourly stock file applied by hand: the status bar says how many products it updated
    and what came back or went out of stock, as the change list then lists it."""
    from ingram_desk.services.catalogue_service import CatalogueQuery

    reader = ui_catalogue.reader
    stocked = reader.read_rows(reader.query_ids(CatalogueQuery(in_stock=True))[:1])[0]
    rows = reader.read_rows(reader.query_ids(CatalogueQuery())[:200])
    gone = next(p for p in rows if not p.in_stock)
    window = make_main_window(ui_catalogue)
    stock = tmp_path / "stock_hourly.txt"
    stock.write_text(f'"{stocked.sku}",0\n"{gone.sku}",12\n', encoding="utf-8")
    imported = next_emission(window.importer.imported)
    window.importer.start(stock)
    (outcome,) = await asyncio.wait_for(imported, 30)
    assert window.status.work_label.text() == (
        "Stock file applied to 2 products · 1 back in stock, 1 out of stock"
    )
    assert [c.sku for c in outcome.changes.items["back_in_stock"]] == [gone.sku]
    assert [c.sku for c in outcome.changes.items["out_of_stock"]] == [stocked.sku]
