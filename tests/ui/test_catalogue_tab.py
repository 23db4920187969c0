"""The Catalogue tab driven like a user would: typing, filters, header clicks, selection, keys."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

from ingram_desk.ui.models.catalogue_model import PRODUCT_ROLE
from tests.fixtures.ui import activate, next_emission


async def _search(tab, text: str, qtbot) -> int:
    done = next_emission(tab.search_finished)
    tab.search.clear()
    qtbot.keyClicks(tab.search, text)
    (count,) = await asyncio.wait_for(done, 5)
    return count


async def test_typing_searches_as_you_type_and_shows_count_and_time(
    qtbot, make_main_window, ui_catalogue
) -> None:
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    count = await _search(tab, "monitor", qtbot)
    assert 0 < count < 3000
    assert tab.model.rowCount() == count
    assert "products" in tab.count_label.text() and "ms" in tab.count_label.text()
    for row in range(min(count, 20)):
        product = tab.model.index(row, 0).data(PRODUCT_ROLE)
        assert "MONITOR" in product.description.upper()


async def test_a_new_keystroke_cancels_the_previous_search(qtbot, make_main_window, ui_catalogue):
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    first = window.runner.start("catalogue-search", asyncio.sleep(10))
    count = await _search(tab, "kabel", qtbot)
    assert first.cancelled()
    assert tab.model.rowCount() == count
    assert all(
        "KABEL" in tab.model.product(r).description.upper()
        or "KABEL" in " ".join(tab.model.product(r).raw.values()).upper()
        for r in range(min(count, 10))
    )


async def test_in_stock_filter_and_vendor_filter_narrow_the_result(
    qtbot, make_main_window, ui_catalogue
) -> None:
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    await window.refresh_catalogue_state()
    everything = await _search(tab, "", qtbot) if tab.search.text() else 3000
    done = next_emission(tab.search_finished)
    tab.in_stock.click()
    (in_stock,) = await asyncio.wait_for(done, 5)
    assert 0 < in_stock < everything
    assert all(tab.model.product(r).in_stock for r in range(0, in_stock, 97))
    done = next_emission(tab.search_finished)
    tab.vendor.setCurrentText("CONTOSO")
    (contoso,) = await asyncio.wait_for(done, 5)
    assert 0 < contoso < in_stock
    assert {tab.model.product(r).vendor for r in range(contoso)} == {"CONTOSO"}


async def test_an_empty_result_says_what_found_nothing_and_what_to_try(
    qtbot, make_main_window, ui_catalogue
) -> None:
    """The empty table says so in words (painted in it), with or without filters beside the
    words; a result again leaves the table to its rows."""
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    await window.refresh_catalogue_state()
    assert await _search(tab, "qqqzzz", qtbot) == 0
    assert tab.table.empty_text.splitlines()[0] == "Nothing matches “qqqzzz”."
    said = tab.table.viewport().grab().toImage()
    tab.table.set_empty_text("")
    assert tab.table.viewport().grab().toImage() != said  # the words were painted
    done = next_emission(tab.search_finished)
    tab.in_stock.click()
    await asyncio.wait_for(done, 5)
    assert "with the filters chosen" in tab.table.empty_text
    assert await _search(tab, "", qtbot) > 0  # (in stock)
    assert tab.table.empty_text == ""
    done = next_emission(tab.search_finished)
    tab.max_price.setText("0.01")
    tab.max_price.editingFinished.emit()
    assert await asyncio.wait_for(done, 5) == (0,)
    assert tab.table.empty_text == "No product passes the filters chosen."


async def test_header_click_sorts_the_whole_catalogue_in_the_store(
    qtbot, make_main_window, ui_catalogue
) -> None:
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    await _search(tab, "monitor", qtbot)
    price_col = [c.key for c in tab.model.columns].index("price")
    header = tab.table.horizontalHeader()
    done = next_emission(tab.search_finished)
    x = header.sectionViewportPosition(price_col) + header.sectionSize(price_col) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    await asyncio.wait_for(done, 5)
    prices = [tab.model.product(r).customer_price for r in range(tab.model.rowCount())]
    assert prices == sorted(prices) or prices == sorted(prices, reverse=True)
    assert len(set(prices)) > 1


async def test_detail_pane_shows_every_field_including_raw_columns(
    qtbot, make_main_window, ui_catalogue
) -> None:
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    await _search(tab, "monitor", qtbot)
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_Down)
    product = tab.model.product(tab.table.currentIndex().row())
    while tab.detail.product is not product:  # the pane renders after a 40 ms pause
        await asyncio.sleep(0.02)
    text = tab.detail.toPlainText()
    assert product.sku in text and product.description in text
    assert "All columns in the file" in text and "HSTNUMMER" in text
    assert "Warehouse (from the files)" in text


async def test_more_than_20_selected_refuses_the_live_check_with_a_clear_message(
    qtbot, make_main_window, ui_catalogue
) -> None:
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    await _search(tab, "monitor", qtbot)
    requested: list[list[str]] = []
    tab.pna_requested.connect(requested.append)
    tab.table.setFocus()
    tab.table.selectRow(0)
    for _ in range(24):
        QTest.keyClick(tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(
        tab.table,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert requested == []
    assert window.banner.isVisible() and "at most 20" in window.banner.text()


async def test_ctrl_f_focuses_the_search_field(qtbot, make_main_window, ui_catalogue) -> None:
    window = make_main_window(ui_catalogue)
    await activate(window)
    window.tabs.setCurrentIndex(1)
    window.pna_tab.items.setFocus()
    QTest.keyClick(window.pna_tab.items, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.catalogue_tab
    assert window.catalogue_tab.search.hasFocus()


async def test_the_search_row_does_not_shift_as_the_result_count_changes(
    qtbot, make_main_window, ui_catalogue
) -> None:
    """Defect 16: the toolbar moved with the width of "12 products · 3 ms"."""
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    await _search(tab, "zzzznothing", qtbot)
    await asyncio.sleep(0.05)
    before = (tab.search.width(), tab.max_price.x())
    await _search(tab, "a", qtbot)
    await asyncio.sleep(0.05)
    assert (tab.search.width(), tab.max_price.x()) == before
    assert tab.count_label.text() and tab.count_label.width() >= tab.count_label.sizeHint().width()


async def test_category_names_are_not_cut_off_in_the_tree(
    qtbot, make_main_window, ui_catalogue
) -> None:
    """Defect 16: "Netzwerk & Kommunikati…" in a narrow tree."""
    window = make_main_window(ui_catalogue)
    await window.refresh_catalogue_state()
    tree = window.catalogue_tab.categories
    root = tree.topLevelItem(0)
    root.setExpanded(True)
    await asyncio.sleep(0.05)
    metrics = tree.fontMetrics()
    longest = max((root.child(i) for i in range(root.childCount())),
                  key=lambda it: metrics.horizontalAdvance(it.text(0)))  # fmt: skip
    rect = tree.visualItemRect(longest)
    assert rect.width() >= metrics.horizontalAdvance(longest.text(0))
    assert longest.toolTip(0) == longest.text(0)


async def test_price_filter_reads_the_decimal_comma_and_refuses_ambiguous_input(
    qtbot, make_main_window, ui_catalogue
) -> None:
    from decimal import Decimal

    from PySide6.QtCore import QLocale

    from ingram_desk.ui import formats

    formats.set_locale(QLocale("nl_NL"))
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    await _search(tab, "monitor", qtbot)
    shown = tab.model.rowCount()
    tab.min_price.setText("1.234")  # 1234 or 1,234? Neither is guessed
    tab.run_search()
    assert tab.min_price.toolTip() == "“1.234” is ambiguous: write 1234 or 1,234"
    assert tab.count_label.text() == "check the price"
    assert tab.model.rowCount() == shown  # the last result stays; nothing was searched
    done = next_emission(tab.search_finished)
    tab.min_price.setText("100,5")
    tab.run_search()
    await asyncio.wait_for(done, 5)
    assert tab.min_price.toolTip() == ""
    prices = [tab.model.product(r).customer_price for r in range(tab.model.rowCount())]
    assert prices and min(prices) >= Decimal("100.5")


async def test_a_price_typed_filters_without_enter_and_clearing_it_shows_all_again(
    qtbot, make_main_window, ui_catalogue
) -> None:
    """The price fields filtered only on Enter or when left: a clerk who typed a maximum and
    looked at the table saw prices above it. Half-typed input is not flagged while typing."""
    from decimal import Decimal

    from PySide6.QtCore import QLocale

    from ingram_desk.ui import formats

    formats.set_locale(QLocale("fr_FR"))
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    everything = await _search(tab, "monitor", qtbot)
    tab.max_price.setFocus()
    done = next_emission(tab.search_finished)
    QTest.keyClicks(tab.max_price, "1 000,5")  # French grouping and decimal comma, no Enter
    (count,) = await asyncio.wait_for(done, 5)
    prices = [tab.model.product(r).customer_price for r in range(count)]
    assert 0 < count < everything and max(prices) <= Decimal("1000.5")
    assert tab.max_price.hasFocus() and tab.max_price.toolTip() == ""
    done = next_emission(tab.search_finished)
    QTest.keyClicks(tab.max_price, ".")  # "1 000,5." reads as no number: no search, no flag
    await asyncio.sleep(0.6)
    assert not done.done() and tab.max_price.toolTip() == ""
    QTest.keyClick(tab.max_price, Qt.Key.Key_Return)  # Enter says what is wrong
    assert tab.max_price.toolTip() and tab.count_label.text() == "check the price"
    (clear,) = tab.max_price.findChildren(QToolButton)  # the field's clear button
    QTest.mouseClick(clear, Qt.MouseButton.LeftButton)
    (count,) = await asyncio.wait_for(done, 5)
    assert count == everything and tab.max_price.toolTip() == ""


async def test_a_new_window_lists_in_file_order_with_word_matches_first(
    qtbot, make_main_window, ui_catalogue
) -> None:
    """Until a header is clicked the view is the file's order (a search: its word matches
    first); turning sorting on used to leave the view sorted by SKU, descending, unseen."""
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    query = tab.current_search()
    assert (query.sort_key, query.descending) == ("row", False)
    count = await _search(tab, "monitor 27", qtbot)
    shown = [tab.model.product(r).description.upper() for r in range(count)]
    with_27 = [i for i, d in enumerate(shown) if "27" in d]
    assert with_27 == list(range(len(with_27))) and len(with_27) < count  # the rest after


async def test_an_import_keeps_the_clerks_category_product_and_place(
    qtbot, make_main_window, ui_catalogue, tmp_path
) -> None:
    """The day's price file imported while a clerk browses a category scrolled down: the same
    category stays chosen and the same product selected, as far from the top of the view, though
    new products before it moved it down five rows (it jumped to the top before)."""
    from PySide6.QtWidgets import QAbstractItemView

    window, count = await _browsing_displays(make_main_window, ui_catalogue)
    tab = window.catalogue_tab
    assert count > 60
    tab.table.selectRow(40)
    tab.table.scrollTo(tab.model.index(33, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    assert tab.table.rowAt(0) == 33
    sku = tab.model.product(40).sku

    after = await _import_five_new_ahead(window, ui_catalogue, tmp_path)

    assert after == count + 5
    assert tab.categories.currentItem().text(0).startswith("Displays")
    assert tab.table.currentIndex().row() == 45
    assert tab.model.product(45).sku == sku
    assert tab.table.rowAt(0) == 38


async def test_an_import_leaves_a_view_at_its_top_there(
    qtbot, make_main_window, ui_catalogue, tmp_path
) -> None:
    """At the top of the list, the new products ahead are seen: the view stays at its first
    row, the selected product selected five rows down."""
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    count = await _search(tab, "kronberg", qtbot)
    assert tab.table.rowAt(0) == 0 and tab.table.currentIndex().row() == 0
    sku = tab.model.product(0).sku
    after = await _import_five_new_ahead(window, ui_catalogue, tmp_path)
    assert after == count + 5
    assert tab.table.rowAt(0) == 0
    assert tab.table.currentIndex().row() == 5 and tab.model.product(5).sku == sku


async def _browsing_displays(make_main_window, ui_catalogue) -> tuple[Any, int]:
    """A window whose clerk chose the category "Displays"; how many products it lists."""
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    await window.refresh_catalogue_state()
    root = tab.categories.topLevelItem(0)
    displays = next(
        root.child(n) for n in range(root.childCount())
        if root.child(n).text(0).startswith("Displays")
    )  # fmt: skip
    done = next_emission(tab.search_finished)
    tab.categories.setCurrentItem(displays)
    (count,) = await asyncio.wait_for(done, 5)
    return window, count


async def _import_five_new_ahead(window, ui_catalogue, tmp_path) -> int:
    """The sample price file again with five new products ahead of its first (a Kronberg
    display), imported; the count the window's search then shows."""
    from tests.fixtures.catalogue import SAMPLE_PRICE_FILE

    header, first, *rest = SAMPLE_PRICE_FILE.read_bytes().split(b"\n")
    new = [first.replace(b"|14MPDD0|", f"|NEW{n}|".encode()) for n in range(5)]
    changed = tmp_path / "price_file.csv"
    changed.write_bytes(b"\n".join([header, *new, first, *rest]))
    await ui_catalogue.import_files(changed, force=True)
    done = next_emission(window.catalogue_tab.search_finished)
    await window.refresh_catalogue_state()
    (after,) = await asyncio.wait_for(done, 10)
    return after


async def test_a_failed_look_up_of_the_selected_product_still_shows_the_result(
    qtbot, make_main_window, ui_catalogue, monkeypatch
) -> None:
    """Keeping the place is a nicety: when the selected product cannot be looked up again, the
    new result shows all the same, from its first row."""
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    count = await _search(tab, "monitor", qtbot)
    tab.table.selectRow(7)

    async def unreadable(_code: str) -> list:
        raise OSError("the catalogue folder went away")

    monkeypatch.setattr(ui_catalogue, "lookup", unreadable)
    done = next_emission(tab.search_finished)
    await window.refresh_catalogue_state()
    assert await asyncio.wait_for(done, 5) == (count,)
    assert tab.model.rowCount() == count and tab.table.currentIndex().row() == 0


async def test_a_search_naming_a_category_offers_it_and_a_click_opens_it(
    qtbot, make_main_window, ui_catalogue
) -> None:
    """A search for "drucker" found only the products whose words hold it; the categories of
    that name (the biggest first, "Laserdrucker" too) are offered beside the result, and one
    clicked is chosen in the tree in place of the words."""
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    refreshed = next_emission(tab.search_finished)
    await window.refresh_catalogue_state()  # the category tree, then the search again
    await asyncio.wait_for(refreshed, 5)
    await _search(tab, "DRUCKER", qtbot)
    hint = tab.category_hint.text()
    assert "'>Drucker</a>" in hint and "'>Laserdrucker</a>" in hint, hint
    first = tab._named[0]
    assert hint.index(f">{first.name}<") < hint.index(f">{tab._named[1].name}<")
    assert first.count >= tab._named[1].count
    done = next_emission(tab.search_finished)
    tab.category_hint.linkActivated.emit("0")  # what the label sends for a click on the link
    (count,) = await asyncio.wait_for(done, 5)
    assert tab.search.text() == "" and count == first.count
    item = tab.categories.currentItem()
    assert item.data(0, Qt.ItemDataRole.UserRole) == first.path and item.isSelected()
    assert tab.category_hint.text() == ""  # (chosen: no longer offered)
    assert await _search(tab, "dr", qtbot) > 0 and tab.category_hint.text() == ""  # too short


async def test_letters_typed_in_the_table_search_the_catalogue_without_reading_every_row(
    qtbot, make_main_window, ui_catalogue
) -> None:
    """Found with 1M rows under Xvfb: words typed while the table had the focus went to Qt's
    keyboard search, which reads every row's text, page after page: the window froze for
    minutes. A letter typed in the table now goes to the search field (the focus with it)."""
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    await _search(tab, "", qtbot) if tab.search.text() else None
    reads: list[int] = []
    reader = tab.model._reader
    tab.model._reader = type("Counting", (), {
        "read_rows": lambda _self, ids: reads.append(len(ids)) or reader.read_rows(ids),
    })()  # fmt: skip
    await activate(window)
    tab.table.setFocus()
    done = next_emission(tab.search_finished)
    for key in "kab":  # as a keyboard types: each key to the widget with the focus
        QTest.keyClicks(QApplication.focusWidget(), key)
    (count,) = await asyncio.wait_for(done, 5)
    assert tab.search.text() == "kab" and tab.search.hasFocus()
    assert 0 < count < 3000
    assert len(reads) <= 3, f"{len(reads)} pages read for three keys"


async def test_the_whole_catalogue_selected_is_refused_without_reading_it(
    qtbot, make_main_window, ui_catalogue
) -> None:
    """Ctrl+A selects every product (a million); a live check or "Add to order" then read
    every page to list them, and froze the window, before saying at most 20. Both refuse at
    once now: a check takes at most 20 products, an order at most 884 lines."""
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    await activate(window)
    done = next_emission(tab.search_finished)
    tab.run_search()  # the whole catalogue
    await asyncio.wait_for(done, 5)
    reads: list[int] = []
    reader = tab.model._reader
    tab.model._reader = type("Counting", (), {
        "read_rows": lambda _self, ids: reads.append(len(ids)) or reader.read_rows(ids),
    })()  # fmt: skip
    asked: list[object] = []
    tab.pna_requested.connect(asked.append)
    tab.add_to_order_requested.connect(asked.append)
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert tab.selected_count() == tab.model.rowCount() == 3000
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    before = len(reads)
    QTest.keyClick(tab.table, Qt.Key.Key_P, shift_ctrl)
    assert window.banner.text().startswith("<b>Check live P&amp;A: 3,000 products selected")
    assert "at most 20" in window.banner.text()
    QTest.keyClick(tab.table, Qt.Key.Key_O, shift_ctrl)
    assert (
        "at most 884 lines" in window.banner.text() and "Nothing was added" in window.banner.text()
    )
    assert asked == [] and len(reads) == before
    tab.table.clearSelection()
    for row in (3, 4, 5, 9):  # a few rows, two ranges: listed in order
        tab.table.selectionModel().select(
            tab.model.index(row, 0),
            tab.table.selectionModel().SelectionFlag.Select
            | tab.table.selectionModel().SelectionFlag.Rows,
        )
    assert tab.selected_count() == 4
    assert [p.row_id for p in tab.selected_products()] == [
        tab.model.product(r).row_id for r in (3, 4, 5, 9)
    ]


async def test_the_whole_catalogue_selected_repaints_its_header_at_once(
    qtbot, make_main_window, ui_catalogue
) -> None:
    """Under Xvfb with 1M rows, Ctrl+A froze the window for minutes: Qt's header asks, for
    each column, whether all of its rows are selected, row by row through the model (1.1 s a
    column at a million rows, measured with a bare QTableView). The header looks at a
    selection of its own now, which holds no column; the rows are still selected in the
    table."""
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    await activate(window)
    done = next_emission(tab.search_finished)
    tab.run_search()
    await asyncio.wait_for(done, 5)
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    header = tab.table.horizontalHeader()
    assert tab.selected_count() == 3000
    assert tab.table.selectionModel().isColumnSelected(0, QModelIndex())  # (what Qt asks)
    asked = header.selectionModel()
    assert not any(asked.isColumnSelected(c, QModelIndex()) for c in range(header.count()))
    header.repaint()


async def test_sorting_keeps_the_selected_product_selected_and_in_view(
    qtbot, make_main_window, ui_catalogue
) -> None:
    """A clerk who picked a product and then sorts by price still has that product selected
    (its details stay in the pane), scrolled to where it now stands, not the first row."""
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    count = await _search(tab, "monitor", qtbot)
    assert count > 60
    tab.table.setFocus()
    for _ in range(40):
        QTest.keyClick(tab.table, Qt.Key.Key_Down)
    chosen = tab.model.product(tab.table.currentIndex().row())
    price_col = [c.key for c in tab.model.columns].index("price")
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(price_col) + header.sectionSize(price_col) // 2
    for _click in range(2):  # ascending, then descending
        done = next_emission(tab.search_finished)
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        await asyncio.wait_for(done, 5)
        current = tab.table.currentIndex()
        assert tab.model.product(current.row()).sku == chosen.sku
        assert [i.row() for i in tab.table.selectionModel().selectedRows()] == [current.row()]
        assert tab.table.viewport().rect().contains(tab.table.visualRect(current).center())
    prices = [tab.model.product(r).customer_price for r in range(tab.model.rowCount())]
    assert prices == sorted(prices, reverse=True) != sorted(prices)


async def test_a_category_the_new_file_lacks_is_let_go_and_the_whole_catalogue_shown(
    qtbot, make_main_window, ui_catalogue, tmp_path
) -> None:
    """The clerk browses "Displays"; the next price file has none: the tree chooses all
    categories and the list shows the new catalogue's products, not the old category's."""
    from tests.fixtures.catalogue import SAMPLE_PRICE_FILE

    window, shown = await _browsing_displays(make_main_window, ui_catalogue)
    tab = window.catalogue_tab
    assert shown > 60
    header, *rows = SAMPLE_PRICE_FILE.read_bytes().split(b"\n")
    kept = [row for row in rows if row and not row.startswith(b"Displays|")]
    changed = tmp_path / "price_file.csv"
    changed.write_bytes(b"\n".join([header, *kept]))
    await ui_catalogue.import_files(changed, force=True)
    await window.refresh_catalogue_state()
    while tab.runner.running_names():  # (the search, then the search again)
        await asyncio.sleep(0.02)
    assert tab.categories.currentItem() is tab.categories.topLevelItem(0)
    assert tab.model.rowCount() == len(kept)  # (the old category's search found none)


async def test_after_an_import_the_result_comes_before_the_vendor_list_and_tree(
    qtbot, make_main_window, ui_catalogue, monkeypatch
) -> None:
    """The search is what the clerk waits for once a new catalogue serves: it runs alone, the
    vendor list and category tree read after it (a big import's snapshot took ~0.25 s for
    them, and asked beside the search they slowed it as much)."""
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    await _search(tab, "monitor", qtbot)
    events: list[str] = []
    tab.search_finished.connect(lambda _n: events.append("result"))
    read_vendors = ui_catalogue.vendors

    async def vendors() -> list[str]:
        events.append("vendors asked")
        found = await read_vendors()
        await asyncio.sleep(0.3)  # (as long as a snapshot takes)
        events.append("vendors read")
        return found

    monkeypatch.setattr(ui_catalogue, "vendors", vendors)
    await window.refresh_catalogue_state()
    assert events == ["result", "vendors asked", "vendors read"]
    assert tab.vendor.count() > 5


async def _wide(window, width: int = 1920) -> None:
    window.resize(width, 1000)
    for _ in range(5):  # (the resize laid out)
        QApplication.processEvents()
        await asyncio.sleep(0.01)


async def test_on_a_wide_screen_the_category_pane_shows_whole_names_with_their_counts(
    qtbot, make_main_window, ui_catalogue
) -> None:
    """Where the list's columns leave room (a wide screen), the categories' pane takes what its
    names and counts need ("Netzwerk & Kommunikation (369)" was cut at 215 px); where they do
    not, it keeps its width: never at the cost of a column."""
    narrow = make_main_window(ui_catalogue)
    await _wide(narrow, 1000)
    await narrow.refresh_catalogue_state()
    assert narrow.catalogue_tab.splitter.sizes()[0] == 215

    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    await _wide(window)
    await window.refresh_catalogue_state()
    names = tab.categories.sizeHintForColumn(0)
    assert names > 215  # (the sample's longest name with its count)
    assert tab.splitter.sizes()[0] >= names
    QApplication.processEvents()
    assert tab.table.horizontalScrollBar().maximum() == 0  # every column still in view


async def test_panes_the_clerk_sized_stay_so(qtbot, make_main_window, ui_catalogue) -> None:
    """A new catalogue's tree does not undo the clerk's own pane sizes (nor, kept by the
    window's state, does the next start: ``test_main_window``)."""
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    await _wide(window)
    tab.splitter.moveSplitter(190, 1)  # (what a drag of the first handle does)
    sizes = tab.splitter.sizes()
    assert sizes[0] == 190 and tab.panes_sized
    await window.refresh_catalogue_state()
    assert tab.splitter.sizes() == sizes


def _edge_cut(table) -> int:
    """Pixels of the column the table's right edge cuts that are out of view (0: none)."""
    header, edge = table.horizontalHeader(), table.viewport().width()
    for visual in range(header.count()):
        column = header.logicalIndex(visual)
        if header.isSectionHidden(column):
            continue
        left = header.sectionViewportPosition(column)
        if left < edge < left + header.sectionSize(column):
            return left + header.sectionSize(column) - edge
    return 0


async def test_the_description_gives_way_so_the_edge_cuts_no_column(
    qtbot, make_main_window, ui_catalogue
) -> None:
    """A column cut by the view's edge shows no ellipsis: at 1440 px with the detail pane the
    ETA "12/12/2026" read "12/12/202". The description narrows (eliding its text) so that the
    column at the edge is whole, and widens back as the window does."""
    window = make_main_window(ui_catalogue)
    tab = window.catalogue_tab
    await _search(tab, "monitor", qtbot)
    keys = [col.key for col in tab.model.columns]
    description, eta = keys.index("description"), keys.index("eta")
    header = tab.table.horizontalHeader()
    full = header.sectionSize(description)
    await _wide(window, 1440)
    assert _edge_cut(tab.table) == 0
    assert tab.description_fit.least <= header.sectionSize(description) < full
    left = header.sectionViewportPosition(eta)
    assert left + header.sectionSize(eta) <= tab.table.viewport().width()  # the ETA whole
    for width in (1300, 1380, 1500, 1600):
        await _wide(window, width)
        assert _edge_cut(tab.table) == 0, width
    header.hideSection(keys.index("currency"))  # (from the titles' menu: the edge moves on)
    await _wide(window, 1440)
    assert _edge_cut(tab.table) == 0
    await _wide(window, 2400)
    assert header.sectionSize(description) == full
