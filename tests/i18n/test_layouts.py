"""Layouts that survive German: every tab and the main dialogs, rendered offscreen in each language,
show every button text and column header whole."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from ingram_desk.services.inbox_service import InboxService
from ingram_desk.settings.credentials import CredentialStore
from ingram_desk.settings.profiles import ProfileStore
from ingram_desk.ui.dialogs.about_dialog import AboutDialog
from ingram_desk.ui.dialogs.change_order_dialog import ChangeOrderDialog
from ingram_desk.ui.dialogs.column_mapping_dialog import ColumnMappingDialog
from ingram_desk.ui.dialogs.import_dialog import ImportDialog
from ingram_desk.ui.i18n import LANGUAGES, install_language
from tests.i18n.elision import clipped
from tests.ui.orders_support import next_signal, order_window, stocked_sku

#: the app's first size (MainWindow); the screenshots use 1440×860
WINDOW = (1400, 860)


async def _settle() -> None:
    """Let queued layout requests and paints run (never a nested processEvents in a coroutine)."""
    for _ in range(5):
        await asyncio.sleep(0.02)


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: Any, tmp_path: Path) -> Any:
    yield install_language(qapp, request.param, tmp_path / "i18n")
    install_language(qapp, "en", tmp_path / "i18n")


async def test_no_button_or_header_is_clipped_in_any_tab_or_dialog(
    qtbot: Any,
    language: str,
    make_main_window: Any,
    sandbox: Any,
    client_factory: Any,
    ui_catalogue: Any,
    tmp_path: Path,
) -> None:
    problems: dict[str, list[str]] = {}
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        w.services.profiles = ProfileStore(tmp_path / "profiles")
        w.services.credentials = CredentialStore()  # the test run's null keyring
        w.resize(*WINDOW)
        done = next_signal(w.orders_tab.search_finished)
        w.orders_tab.run_search()  # the grid with Ingram's orders, as the clerk sees it
        await done
        shown = next_signal(w.orders_tab.details_shown)
        w.orders_tab.table.selectRow(0)  # and one order's details under it
        (details,) = await shown
        for i in range(w.tabs.count()):
            w.tabs.setCurrentIndex(i)
            await _settle()
            problems[f"tab {w.tabs.tabText(i)!r}"] = clipped(w.tabs.widget(i))
        problems["tab bar"] = [p for p in clipped(w.tabs.tabBar())]

        # the order form with lines, and the checkout review before anything is sent
        w.tabs.setCurrentWidget(w.order_tab)
        w.order_tab.new_draft()
        w.add_to_order([(stocked_sku(sandbox), 2)])
        shown = next_signal(w.order_tab.review_shown)
        w.order_tab.submit()
        (review,) = await shown
        await _settle()
        problems["order form with lines"] = clipped(w.order_tab)
        problems["checkout review"] = clipped(review)
        review.back_button.click()

        dialogs = {
            "profiles": w.open_profiles(),
            "address book": w.order_tab.open_address_book(),
            "about": AboutDialog(profile_kind="demo", parent=w),
            "import": ImportDialog("price_file.csv", w),
            "change order": ChangeOrderDialog(details, w.order_tab.address_book, w),
            "column mapping": ColumnMappingDialog(
                "prices.csv", ["Artikel", "Hersteller", "Preis"], [["1", "HP", "9,99"]], parent=w
            ),
        }
        for name, dialog in dialogs.items():
            dialog.show()
            await _settle()
            problems[name] = clipped(dialog)
            dialog.close()
        if w.minimumSizeHint().width() > WINDOW[0]:
            problems["window"] = [f"needs {w.minimumSizeHint().width()}px, first size {WINDOW[0]}"]
    problems = {k: v for k, v in problems.items() if v}
    assert not problems, f"clipped in {language}: {problems}"


async def test_every_tab_fits_a_1280_px_window_with_the_inbox(
    qtbot: Any,
    language: str,
    make_main_window: Any,
    sandbox: Any,
    client_factory: Any,
    ui_catalogue: Any,
    tmp_path: Path,
) -> None:
    """The Xvfb pass in German at 1280×800: the Orders tab's counts, inbox and seven actions on
    one row made the window 1373 px wide (Dutch 1364, French 1297), its right edge off screen."""
    inbox = InboxService(tmp_path / "inbox", known_orders=list)
    kw = {"inbox": inbox}
    async with order_window(
        make_main_window, sandbox, client_factory, ui_catalogue, tmp_path, window_kw=kw
    ) as w:
        w.resize(1280, 800)
        done = next_signal(w.orders_tab.search_finished)
        w.orders_tab.run_search()
        await done
        w.orders_tab._update_inbox_label()  # "Inbox: 0 documents", as at start
        too_wide = {}
        for i in range(w.tabs.count()):
            w.tabs.setCurrentIndex(i)
            await _settle()
            if w.width() > 1280 or w.minimumSizeHint().width() > 1280:
                too_wide[w.tabs.tabText(i)] = max(w.width(), w.minimumSizeHint().width())
        assert not too_wide, f"{language}: wider than 1280 px: {too_wide}"
        assert not clipped(w.orders_tab), language


def test_the_check_sees_a_clipped_button_and_header(qtbot: Any) -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QPushButton, QTableView, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    button = QPushButton("Bestellung &aufgeben", root)
    button.setFixedWidth(40)
    fitting = QPushButton("OK", root)
    model = QStandardItemModel(0, 2, root)
    model.setHorizontalHeaderLabels(["Lagerbestand", "Whg."])
    table = QTableView(root)
    table.setModel(model)
    table.setColumnWidth(0, 30)
    table.setColumnWidth(1, 200)
    for w in (button, fitting, table):
        layout.addWidget(w)
    root.resize(600, 300)
    root.show()
    qtbot.waitExposed(root)
    found = clipped(root)
    assert len(found) == 2, found
    assert found[0].startswith("button 'Bestellung aufgeben'")
    assert found[1].startswith("header 'Lagerbestand'")
