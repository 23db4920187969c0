"""The P&A tab against the real sandbox: paste, check, expand warehouses, rejects, limits, errors."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from ingram_desk.services.catalogue_service import CatalogueQuery
from ingram_desk.services.pna_service import PnaService
from tests.fixtures.ui import next_emission


async def _skus(catalogue, text: str, n: int) -> list:
    result = await catalogue.search(CatalogueQuery(text=text))
    return catalogue.reader.read_rows(result.ids[:n])


async def _window(make_main_window, ui_catalogue, client):
    return make_main_window(ui_catalogue, PnaService(client), country="NL")


async def test_pasted_mail_is_checked_in_one_call_and_rows_expand_into_named_warehouses(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue
) -> None:
    client = client_factory(sandbox)
    try:
        window = await _window(make_main_window, ui_catalogue, client)
        tab = window.pna_tab
        products = await _skus(ui_catalogue, "monitor", 2)
        mail = (
            f"Hello,\n> could you quote 3x {products[0].vpn} and 1x EAN {products[1].ean}?\n"
            "Kind regards, tel 0031 13 1234567"
        )
        mime = QMimeData()
        mime.setText(mail)
        tab.items.insertFromMimeData(mime)
        assert tab.items.items() == [products[0].vpn, products[1].ean]
        assert tab.count_label.text() == "2 / 20"
        done = next_emission(tab.check_finished)
        qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
        assert not tab.check_button.isEnabled()  # busy while the call runs
        (count,) = await asyncio.wait_for(done, 10)
        assert count == 2
        assert tab.check_button.isEnabled()
        results = tab.model.results
        assert [r.sku for r in results] == [products[0].sku, products[1].sku]  # resolved locally
        first = tab.model.index(0, 0)
        assert tab.view.isExpanded(first)
        desc_col = [c.key for c in tab.model.columns].index("description")
        lines = [
            tab.model.index(i, desc_col, first).data() for i in range(tab.model.rowCount(first))
        ]
        assert any("Tilburg" in line and "local" in line for line in lines)
        assert any("Straubing" in line and "central" in line for line in lines)
    finally:
        await client.aclose()


async def test_more_than_20_items_sends_nothing_and_says_why(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue
) -> None:
    client = client_factory(sandbox)
    try:
        window = await _window(make_main_window, ui_catalogue, client)
        tab = window.pna_tab
        tab.set_items([f"SKU{i:05d}" for i in range(21)])
        assert tab.count_label.text() == "21 / 20"
        qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
        assert "21 items" in tab.message.text() and "Nothing was sent" in tab.message.text()
        assert not window.runner.is_running("pna-check")
        assert client.budget().remaining is None  # not even a token was fetched
        assert tab.model.rowCount() == 0
    finally:
        await client.aclose()


async def test_catalogue_selection_opens_pna_tab_and_runs_the_check(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue
) -> None:
    client = client_factory(sandbox)
    try:
        window = await _window(make_main_window, ui_catalogue, client)
        cat = window.catalogue_tab
        done = next_emission(cat.search_finished)
        qtbot.keyClicks(cat.search, "notebook")
        await asyncio.wait_for(done, 5)
        cat.table.setFocus()
        cat.table.selectRow(0)
        QTest.keyClick(cat.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
        QTest.keyClick(cat.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
        wanted = [p.sku for p in cat.selected_products()]
        assert len(wanted) == 3
        done = next_emission(window.pna_tab.check_finished)
        QTest.keyClick(
            cat.table,
            Qt.Key.Key_P,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert window.tabs.currentWidget() is window.pna_tab
        await asyncio.wait_for(done, 10)
        assert [r.sku for r in window.pna_tab.model.results] == wanted
    finally:
        await client.aclose()


async def test_a_line_ingram_rejects_shows_the_reason(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue
) -> None:
    client = client_factory(sandbox)
    try:
        window = await _window(make_main_window, ui_catalogue, client)
        tab = window.pna_tab
        good = (await _skus(ui_catalogue, "switch", 1))[0]
        tab.set_items([good.sku, "NOSUCHSKU99"])
        done = next_emission(tab.check_finished)
        tab.check_entered()
        await asyncio.wait_for(done, 10)
        results = tab.model.results
        assert results[0].ok and not results[1].ok
        status_col = [c.key for c in tab.model.columns].index("status")
        reason = tab.model.index(1, status_col).data()
        # Ingram's "Product not found for …" in the clerk's words, Ingram's own in the tooltip
        assert reason == "Not found at Ingram"
        tip = tab.model.index(1, status_col).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == results[1].status_message and tip.startswith("Product not found")
        assert "rejected" in tab.message.text()
    finally:
        await client.aclose()


async def test_an_article_ingram_no_longer_knows_shows_the_price_file_s_description(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue, tmp_path
) -> None:
    """A SKU the price file lists but Ingram does not know: Ingram gives no description, so the
    row shows the file's (the clerk sees which article it was), the tooltip says whence."""
    from tests.fixtures.catalogue import SAMPLE_PRICE_FILE

    header, first, *rest = SAMPLE_PRICE_FILE.read_bytes().split(b"\n")
    gone = first.replace(b"|14MPDD0|", b"|GONE7|")
    changed = tmp_path / "price_file.csv"
    changed.write_bytes(b"\n".join([header, gone, first, *rest]))
    await ui_catalogue.import_files(changed, force=True)
    (in_file,) = await ui_catalogue.lookup("GONE7")
    assert in_file.description
    client = client_factory(sandbox)
    try:
        window = await _window(make_main_window, ui_catalogue, client)
        tab = window.pna_tab
        tab.set_items(["GONE7"])
        done = next_emission(tab.check_finished)
        tab.check_entered()
        await asyncio.wait_for(done, 10)
        (result,) = tab.model.results
        assert not result.ok and not result.description
        desc_col = [c.key for c in tab.model.columns].index("description")
        cell = tab.model.index(0, desc_col)
        assert cell.data() == in_file.description
        tip = cell.data(Qt.ItemDataRole.ToolTipRole)
        assert tip == f"From the price file: {in_file.description}"
    finally:
        await client.aclose()


async def test_server_failure_reaches_the_banner_with_correlation_id(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue
) -> None:
    client = client_factory(sandbox)
    try:
        window = await _window(make_main_window, ui_catalogue, client)
        tab = window.pna_tab
        sandbox.faults.fail_next(None, status=503, path="priceandavailability")
        failed = next_emission(window.runner.failed)
        tab.set_items([(await _skus(ui_catalogue, "switch", 1))[0].sku])
        tab.check_entered()
        name, exc = await asyncio.wait_for(failed, 20)
        assert name == "pna-check"
        assert window.banner.isVisible()
        assert exc.correlation_id and exc.correlation_id in window.banner.text()
        assert tab.check_button.isEnabled()  # busy state restored after the failure
    finally:
        await client.aclose()


async def test_copy_as_csv_puts_every_result_on_the_clipboard(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue
) -> None:
    client = client_factory(sandbox)
    try:
        window = await _window(make_main_window, ui_catalogue, client)
        tab = window.pna_tab
        products = await _skus(ui_catalogue, "monitor", 2)
        tab.set_items([p.sku for p in products])
        done = next_emission(tab.check_finished)
        tab.check_entered()
        await asyncio.wait_for(done, 10)
        import csv as csv_module
        from decimal import Decimal

        from PySide6.QtCore import QLocale

        from ingram_desk.ui import formats

        for name, sep, mark in (("nl_NL", ";", ","), ("de_DE", ";", ","), ("en_US", ",", ".")):
            formats.set_locale(QLocale(name))  # the CSV opens in columns in that Excel
            qtbot.mouseClick(tab.copy_csv_button, Qt.MouseButton.LeftButton)
            text = QGuiApplication.clipboard().text()
            table = list(csv_module.reader(text.splitlines(), delimiter=sep))
            assert table[0][:2] == ["You asked for", "SKU"]
            assert [row[1] for row in table[1:]] == [p.sku for p in products]
            price_col = table[0].index("Your price")
            for row, result in zip(table[1:], tab.model.results, strict=True):
                assert Decimal(row[price_col].replace(mark, ".")) == result.customer_price
                assert all(w.id in row[-1] for w in result.warehouses)  # warehouses with ids
    finally:
        await client.aclose()


async def test_an_ambiguous_part_number_asks_which_article_without_blocking(
    qtbot, sandbox, client_factory, make_main_window, tmp_path
) -> None:
    from PySide6.QtWidgets import QApplication

    from ingram_desk.ui.dialogs.choose_product_dialog import ChooseProductDialog
    from tests.fixtures.ui import ambiguous_catalogue

    catalogue = await ambiguous_catalogue(tmp_path)
    client = client_factory(sandbox)
    try:
        window = make_main_window(catalogue, PnaService(client))
        tab = window.pna_tab
        tab.set_items(["SAME-VPN-1"])
        done = next_emission(tab.check_finished)
        tab.check_entered()
        dialog = None
        while dialog is None:  # the question opens without a nested event loop
            await asyncio.sleep(0.02)
            dialog = next(
                (w for w in QApplication.topLevelWidgets()
                 if isinstance(w, ChooseProductDialog) and w.isVisible()),
                None,
            )  # fmt: skip
        assert [p.sku for p in dialog.products] == ["AMBIG01", "AMBIG02"]
        dialog.list.setCurrentRow(1)
        dialog.accept()
        await asyncio.wait_for(done, 10)
        (result,) = tab.model.results
        # the article chosen was asked for (Ingram knows neither); the row says what was typed
        assert result.sku == "AMBIG02" and "AMBIG02" in result.status_message
        assert result.query == "SAME-VPN-1"
    finally:
        await client.aclose()
        catalogue.close()


async def test_cancel_stops_a_slow_check_and_restores_the_buttons(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue
) -> None:
    client = client_factory(sandbox)
    try:
        window = await _window(make_main_window, ui_catalogue, client)
        tab = window.pna_tab
        sandbox.faults.delay(5, path="priceandavailability")
        tab.set_items([(await _skus(ui_catalogue, "switch", 1))[0].sku])
        qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
        task = window.runner._named["pna-check"]
        await asyncio.sleep(0.3)  # the request is now waiting on the slow sandbox
        assert not task.done() and not tab.check_button.isEnabled()
        qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
        await asyncio.wait([task], timeout=3)
        assert task.cancelled()
        assert tab.check_button.isEnabled() and not tab.cancel_button.isEnabled()
        assert "cancelled" in tab.message.text()
        assert not window.banner.isVisible()  # a cancel is not an error
    finally:
        await client.aclose()


async def test_ctrl_enter_in_the_item_list_runs_the_check(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue
) -> None:
    from PySide6.QtTest import QTest

    from tests.fixtures.ui import activate

    client = client_factory(sandbox)
    try:
        window = await _window(make_main_window, ui_catalogue, client)
        await activate(window)
        window.tabs.setCurrentWidget(window.pna_tab)
        tab = window.pna_tab
        tab.items.setFocus()
        qtbot.keyClicks(tab.items, (await _skus(ui_catalogue, "monitor", 1))[0].sku)
        done = next_emission(tab.check_finished)
        QTest.keyClick(tab.items, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        (count,) = await asyncio.wait_for(done, 10)
        assert count == 1
    finally:
        await client.aclose()


async def _checked_at(window, width: int, items: list[str]):
    """The P&A tab shown in a window ``width`` px wide, ``items`` checked."""
    window.resize(width, 700)
    window.show()
    tab = window.pna_tab
    window.tabs.setCurrentWidget(tab)
    tab.set_items(items)
    done = next_emission(tab.check_finished)
    tab.check_entered()
    await asyncio.wait_for(done, 10)
    return tab


async def test_the_status_column_is_wide_enough_for_the_longest_status(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue
) -> None:
    """Defect 16: the Status column was cut off; it fits its longest text (scroll, not clip)."""
    client = client_factory(sandbox)
    try:
        window = await _window(make_main_window, ui_catalogue, client)
        good = (await _skus(ui_catalogue, "switch", 1))[0]
        tab = await _checked_at(window, 1500, [good.sku, "NOSUCHSKU99"])
        status_col = [c.key for c in tab.model.columns].index("status")
        texts = [tab.model.index(r, status_col).data() for r in range(tab.model.rowCount())]
        metrics = tab.view.fontMetrics()
        widest = max(metrics.horizontalAdvance(t or "") for t in texts)
        assert widest > 0
        assert tab.view.columnWidth(status_col) >= widest
        # and in view: the Description gives way instead of pushing Status off the edge
        right = tab.view.header().sectionViewportPosition(status_col) + widest
        assert right <= tab.view.viewport().width()
    finally:
        await client.aclose()


async def test_the_description_takes_the_room_a_wider_window_gives(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue
) -> None:
    """The Description gives way in a narrow window and widens again when the window does, up
    to its longest text (it used to stay elided with room to spare on the right)."""
    client = client_factory(sandbox)
    try:
        window = await _window(make_main_window, ui_catalogue, client)
        products = await _skus(ui_catalogue, "notebook", 3)
        tab = await _checked_at(window, 1300, [p.sku for p in products])
        desc = [c.key for c in tab.model.columns].index("description")
        longest = tab.view.sizeHintForColumn(desc)
        narrow = tab.view.columnWidth(desc)
        assert narrow < longest  # elided: Status stays in view instead
        assert tab.view.header().length() <= tab.view.viewport().width()
        window.resize(2400, 700)
        qtbot.waitUntil(lambda: tab.view.columnWidth(desc) > narrow, timeout=5000)
        assert tab.view.columnWidth(desc) == longest  # the whole text, no wider
        window.resize(1300, 700)
        qtbot.waitUntil(lambda: tab.view.columnWidth(desc) == narrow, timeout=5000)
    finally:
        await client.aclose()


async def test_each_result_says_the_codes_typed_for_it_not_the_sku_they_became(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue
) -> None:
    """A VPN and an EAN of one article and a SKU: "You asked for" showed the SKU each became,
    and the two lines that became one result left no trace of the second."""
    client = client_factory(sandbox)
    try:
        window = await _window(make_main_window, ui_catalogue, client)
        tab = window.pna_tab
        one, other = await _skus(ui_catalogue, "monitor", 2)
        tab.set_items([one.vpn.lower(), other.sku, one.ean])
        done = next_emission(tab.check_finished)
        tab.check_entered()
        (count,) = await asyncio.wait_for(done, 10)
        assert count == 2
        assert [(r.sku, r.query) for r in tab.model.results] == [
            (one.sku, f"{one.vpn.lower()}, {one.ean}"), (other.sku, other.sku),
        ]  # fmt: skip
        asked = [c.key for c in tab.model.columns].index("query")
        assert tab.model.index(0, asked).data() == f"{one.vpn.lower()}, {one.ean}"
        tip = tab.model.index(0, asked).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == f"{one.vpn.lower()}, {one.ean}"  # (whole where the column cuts it)
    finally:
        await client.aclose()
