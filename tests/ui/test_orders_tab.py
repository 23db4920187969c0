"""The Orders tab against the sandbox: paging through more than 100 orders as the user scrolls,
a decoded hold badge for every seeded hold code, details with tracking links, cancel on customer
hold, a watch-list change raising a notification, and exports read back cell by cell."""

from __future__ import annotations

import asyncio
import csv
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QFileDialog

from ingram_desk.domain.order_status import decode_hold_reason
from ingram_desk.sandbox.orders import Shipment
from ingram_desk.services.events import EventHub
from ingram_desk.ui.models.orders_model import BADGE_ROLE, COLUMNS, SORT_ROLE
from ingram_desk.ui.watch_notifier import WatchNotifier
from tests.ui.orders_support import clone_orders, next_signal, order_window

HOLD = [k for k, _ in COLUMNS].index("hold")
MARK = [k for k, _ in COLUMNS].index("mark")
STATUS = [k for k, _ in COLUMNS].index("status")


async def search_all(qtbot: Any, tab: Any) -> None:
    """Click Search, then scroll to the bottom until every page is in."""
    tab.window().tabs.setCurrentWidget(tab)
    page = next_signal(tab.search_finished)
    qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
    await page
    while tab.model.canFetchMore():
        page = next_signal(tab.search_finished)
        tab.table.scrollToBottom()
        await page


def search_calls(sandbox: Any) -> list[dict[str, Any]]:
    return [r for r in sandbox.received if r["path"].lower().endswith("/orders/search")]


async def test_paging_through_more_than_100_orders_as_the_user_scrolls(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    clone_orders(sandbox, 110)
    expected = {o.number for o in sandbox.orders.all()}
    assert len(expected) > 160
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.orders_tab
        w.tabs.setCurrentWidget(tab)
        first = next_signal(tab.search_finished)
        qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
        await first
        assert len(tab.model.orders) == 100  # one page of orders, more on scroll
        assert tab.model.canFetchMore()
        await search_all(qtbot, tab)
        numbers = [o.ingram_order_number for o in tab.model.orders]
    assert len(numbers) == len(set(numbers))
    assert set(numbers) == expected
    # v5 pages by sub-order: at most 100 rows per call, so at least this many calls
    subs = sum(len(o.sub_orders) for o in sandbox.orders.all())
    assert len(search_calls(sandbox)) >= -(-subs // 100)


async def test_every_seeded_hold_code_shows_a_decoded_badge_with_advice(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    holds = {
        s.hold_reason_code: s.number
        for o in sandbox.orders.all()
        for s in o.sub_orders
        if s.hold_reason_code
    }
    assert len(holds) > 30
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.orders_tab
        await search_all(qtbot, tab)
        model = tab.model
        by_sub = {model.index(r, 2).data(): r for r in range(model.rowCount())}
        for code, sub in holds.items():
            index = model.index(by_sub[sub], HOLD)
            text, colour = index.data(BADGE_ROLE)
            hold = decode_hold_reason(code)
            assert text == f"{code} {hold.description}", code
            assert colour.startswith("#")
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            assert hold.action in tip and hold.description in tip


async def test_details_show_tracking_links_and_a_customer_hold_order_can_be_cancelled(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.orders_tab
        await search_all(qtbot, tab)
        model = tab.model
        shipped = next(
            o
            for o in sandbox.orders.all()
            if any(ln.shipments for s in o.sub_orders for ln in s.lines)
            and all(s.invoice_number for s in o.sub_orders)
        )
        row = model.rows_of(shipped.number)[0]
        shown = next_signal(tab.details_shown)
        tab.table.selectRow(row)
        (details,) = await shown
        assert details.ingram_order_number == shipped.number
        html = tab.detail.toHtml()
        assert details.tracking_numbers and all(t in html for t in details.tracking_numbers)
        assert "href" in html
        invoice = details.invoice_numbers[0]  # the invoice link loads the invoice's summary
        loaded = next_signal(tab.invoice_shown)
        tab.detail.anchorClicked.emit(QUrl(f"invoice:{invoice}"))
        (inv,) = await loaded
        assert inv.invoice_number == invoice
        assert f"Invoice {invoice}" in tab.detail.toPlainText()
        assert tab.export_details_button.isEnabled()

        held = next(o for o in sandbox.orders.all() if o.customer_order_number == "PO-HOLD-CANCEL")
        row = model.rows_of(held.number)[0]
        shown = next_signal(tab.details_shown)
        tab.table.selectRow(row)
        await shown
        assert tab.cancel_button.isEnabled()
        assert decode_hold_reason("IM").action in tab.detail.toPlainText()  # what to do about it
        box = tab.confirm_cancel()
        done = next_signal(tab.cancel_finished)
        reloaded = next_signal(tab.details_shown)
        box.done(int(box.StandardButton.Yes))
        assert await done == (held.number,)
        (after,) = await reloaded
        assert after.status.lower().startswith("cancel")
        # grid and detail agree: no hold left, Cancel disabled and saying why (defect 3)
        rows = model.rows_of(held.number)
        assert rows and all(model.index(r, HOLD).data() == "" for r in rows)
        assert all(model.index(r, STATUS).data() == "Deleted order" for r in rows)
        assert "On hold" not in tab.detail.toPlainText()
        assert decode_hold_reason("IM").action not in tab.detail.toPlainText()
        tab.table.selectRow(rows[0])
        assert not tab.cancel_button.isEnabled()
        assert "already cancelled" in tab.cancel_button.toolTip()
        # Refresh re-reads the row: a change at Ingram shows up in the grid
        sandbox.orders.get(held.number).sub_orders[0].status_code = "S"
        reread = next_signal(tab.order_reread)
        qtbot.mouseClick(tab.refresh_button, Qt.MouseButton.LeftButton)
        (summary,) = await reread
        assert summary.sub_orders[0].status_code == "S"
        assert model.index(model.rows_of(held.number)[0], STATUS).data() != "Deleted order"


async def test_a_watched_order_changing_raises_a_notification_and_is_marked_until_seen(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    order = next(
        o
        for o in sandbox.orders.all()
        if len(o.sub_orders) == 1 and o.sub_orders[0].status_code == "R"
        and not any(ln.shipments for ln in o.sub_orders[0].lines)
    )  # fmt: skip
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.orders_tab
        await search_all(qtbot, tab)
        row = tab.model.rows_of(order.number)[0]
        shown = next_signal(tab.details_shown)
        tab.table.selectRow(row)
        await shown
        qtbot.mouseClick(tab.watch_button, Qt.MouseButton.LeftButton)
        assert order.number in tab.notifier.watched
        assert tab.model.index(row, MARK).data() == "◉"
        baseline = next_signal(tab.notifier.polled)
        shown = next_signal(tab.details_shown)
        qtbot.mouseClick(tab.refresh_button, Qt.MouseButton.LeftButton)
        assert await baseline == (0,)
        await shown
        line = order.sub_orders[0].lines[0]
        line.shipments.append(
            Shipment(line.quantity, "8000123", "2026-11-23", "UG", "UPS GROUND", ["1ZTEST0001"])
        )
        order.sub_orders[0].status_code = "F"
        tab.table.clearSelection()
        notified = next_signal(tab.notifier.notified)
        tab.notifier.poll_now()
        title, message = await notified
        assert order.number in title and "1ZTEST0001" in message
        if tab.notifier.tray is None:  # offscreen: the in-app notice instead of the tray
            assert tab.notice.isVisible() and order.number in tab.notice.text()
        assert tab.model.index(row, MARK).data() == "●"
        assert tab.model.index(row, 1).data(Qt.ItemDataRole.FontRole).bold()
        again = WatchNotifier(tab.tracking, EventHub(), w.runner)  # as after a restart
        assert order.number in again.unseen and order.number in again.watched
        again.close()
        shown = next_signal(tab.details_shown)
        tab.table.selectRow(row)  # seen
        assert tab.model.index(row, MARK).data() == "◉"
        await shown


async def test_grid_export_is_read_back_cell_by_cell_in_csv_and_xlsx(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    evil = next(o for o in sandbox.orders.all() if o.customer_order_number == "PO-SPLIT-4711")
    evil.customer_order_number = '=HYPERLINK("x")'
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.orders_tab
        await search_all(qtbot, tab)
        done = next_signal(tab.exported)
        tab.export_grid(tmp_path / "grid.csv")
        assert await done == (tmp_path / "grid.csv", tab.model.rowCount())
        assert f"Exported {tab.model.rowCount()} rows to" in tab.count_label.text()
        value_col = [k for k, _ in COLUMNS].index("value")
        tab.table.sortByColumn(value_col, Qt.SortOrder.DescendingOrder)  # a header click
        shown = [tab.proxy.index(r, value_col).data(SORT_ROLE) for r in range(tab.proxy.rowCount())]
        assert shown == sorted(shown, reverse=True) and shown[0] > 0
        assert tab.table.isSortingEnabled()
        tab.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        rows = [(o, s) for o in tab.model.orders for s in o.sub_orders]
        for name, fmt in (("grid", "Excel"), ("grid-plain", "CSV")):  # the user's way
            qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
            (dialog,) = tab.findChildren(QFileDialog)
            assert Path(dialog.directory().absolutePath()) != Path.cwd()  # not the source folder
            dialog.selectNameFilter(next(f for f in dialog.nameFilters() if f.startswith(fmt)))
            dialog.filterSelected.emit(dialog.selectedNameFilter())
            dialog.selectFile(str(tmp_path / name))  # no extension typed
            done = next_signal(tab.exported)
            dialog.accept()
            await done
            await asyncio.sleep(0)
    # CSV chosen with a bare name writes CSV (defect 8), Excel writes a workbook
    assert (tmp_path / "grid-plain.csv").read_bytes().startswith(b'\xef\xbb\xbf"Ingram order"')
    assert not (tmp_path / "grid-plain.xlsx").exists()
    with (tmp_path / "grid.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    sheet = openpyxl.load_workbook(tmp_path / "grid.xlsx").active
    cells = [[c.value for c in r] for r in sheet.iter_rows()]
    assert table[0][:3] == ["Ingram order", "Sub-order", "Customer PO"] == cells[0][:3]
    assert len(table) == len(cells) == len(rows) + 1
    for (order, sub), text_row, xl_row in zip(rows, table[1:], cells[1:], strict=True):
        po = order.customer_order_number
        safe_po = "'" + po if po.startswith(("=", "+", "-", "@")) else po
        assert text_row[0] == xl_row[0] == order.ingram_order_number
        assert text_row[1] == xl_row[1] == sub.sub_order_number
        assert text_row[2] == xl_row[2] == safe_po
        assert text_row[4] == (sub.status_code or "") == (xl_row[4] or "")
        assert text_row[6] == (sub.hold_reason_code or "") == (xl_row[6] or "")
        at_ingram = sandbox.orders.get(order.ingram_order_number)
        total = sub.total if sub.total is not None else Decimal(str(at_ingram.total))
        assert abs(Decimal(text_row[9]) - total) < Decimal("0.005")  # every row has its value
        if text_row[11]:  # line counts arrive from the details in the background
            assert int(text_row[11]) == sum(len(s.lines) for s in at_ingram.sub_orders)
        assert isinstance(xl_row[9], (int, float))  # a number, not text
        assert abs(Decimal(str(xl_row[9])) - total) < Decimal("0.005")
    assert any(r[2] == '\'=HYPERLINK("x")' for r in table)


async def test_grid_export_in_german_opens_in_columns_with_the_decimal_comma(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    from PySide6.QtCore import QLocale

    from ingram_desk.ui import formats

    formats.set_locale(QLocale("de_DE"))
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.orders_tab
        await search_all(qtbot, tab)
        done = next_signal(tab.exported)
        tab.export_grid(tmp_path / "grid.csv")
        await done
        rows = [(o, s) for o in tab.model.orders for s in o.sub_orders]
    raw = (tmp_path / "grid.csv").read_bytes()
    assert raw.startswith(b'\xef\xbb\xbf"Ingram order";"Sub-order";')  # BOM, then ; as in Excel
    with (tmp_path / "grid.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh, delimiter=";"))
    assert len(table) == len(rows) + 1 and all(len(r) == len(table[0]) for r in table)
    for (order, sub), row in zip(rows, table[1:], strict=True):
        total = sub.total if sub.total is not None else order.total
        assert "." not in row[9]  # 1234,5 — never 1234.5 (a date in German Excel)
        assert Decimal(row[9].replace(",", ".")) == total


async def test_status_and_created_date_filters_reach_ingram_search(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDate

    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.orders_tab
        tab.status.setCurrentIndex(tab.status.findData("S"))
        await search_all(qtbot, tab)
        held = tab.model.orders
        assert held and all(any(s.status_code == "S" for s in o.sub_orders) for o in held)
        assert {o.ingram_order_number for o in held} == {
            o.number
            for o in sandbox.orders.all()
            if any(s.status_code == "S" for s in o.sub_orders)
        }
        tab.status.setCurrentIndex(0)
        day = sandbox.clock().date()
        tab.since_check.setChecked(True)
        tab.since.setDate(QDate(day.year, day.month, day.day).addDays(-3))
        await search_all(qtbot, tab)
        recent = tab.model.orders
        assert recent and len(recent) < len(sandbox.orders.all())
        assert all(o.order_date.date() >= day - timedelta(days=3) for o in recent)


async def test_the_first_look_at_the_tab_lists_the_latest_orders_without_a_click(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        listed = next_signal(w.orders_tab.search_finished)
        w.tabs.setCurrentWidget(w.orders_tab)
        (rows,) = await listed
        assert rows > 0 and " orders, " in w.orders_tab.count_label.text()


async def test_a_failing_search_says_so_and_the_error_reaches_the_banner(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    sandbox.faults.fail_next(None, status=500, path="orders/search")
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.orders_tab
        failed = next_signal(tab.model.search_failed)
        qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
        await failed
        assert tab.count_label.text().startswith("Search stopped")
        assert not tab.model.canFetchMore()  # no retry storm from scrolling
        for _ in range(100):
            if w.banner.isVisible():
                break
            await asyncio.sleep(0.01)
        assert w.banner.isVisible()


async def test_an_order_on_customer_hold_can_be_changed_and_released_and_others_say_why_not(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    from ingram_desk.settings.address_book import AddressBook, SavedAddress

    AddressBook(tmp_path / "address-book.json").save(
        SavedAddress("Goods-in Utrecht", {"companyName": "ACME BV", "addressLine1": "KADE 1",
                                          "city": "UTRECHT", "postalCode": "3511",
                                          "countryCode": "NL"})
    )  # fmt: skip
    held = next(o for o in sandbox.orders.all() if o.customer_order_number == "PO-HOLD-CANCEL")
    other = next(o for o in sandbox.orders.all() if o.customer_order_number == "PO-SPLIT-4711")
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.orders_tab
        await search_all(qtbot, tab)
        shown = next_signal(tab.details_shown)
        tab.table.selectRow(tab.model.rows_of(other.number)[0])
        await shown
        for button in (tab.release_button, tab.change_button, tab.cancel_button):
            assert not button.isEnabled() and button.toolTip().startswith("Disabled: ")
        shown = next_signal(tab.details_shown)
        tab.table.selectRow(tab.model.rows_of(held.number)[0])
        (details,) = await shown
        assert tab.release_button.isEnabled() and tab.change_button.isEnabled()
        dialog = tab.open_change()
        line = details.lines[0]
        dialog.set_quantity(line.line_number, 3)
        dialog.ship_to.setCurrentText("Goods-in Utrecht")
        done = next_signal(tab.hold_action_finished)
        reread = next_signal(tab.order_reread)
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        assert await done == (held.number, ())
        assert tab.count_label.text() == f"Order {held.number}: changed as asked"
        await reread
        at_ingram = sandbox.orders.get(held.number)
        assert at_ingram.sub_orders[0].lines[0].quantity == 3
        assert at_ingram.ship_to["city"] == "UTRECHT"
        assert at_ingram.customer_hold  # still held: changing does not release
        box = tab.confirm_release()
        done = next_signal(tab.hold_action_finished)
        reread = next_signal(tab.order_reread)
        box.done(int(box.StandardButton.Yes))
        await done
        assert "hold released, Ingram is processing it" in tab.count_label.text()  # not "done"
        (summary,) = await reread
        assert not sandbox.orders.get(held.number).customer_hold
        assert all(not s.hold_reason_code for s in summary.sub_orders)
        rows = tab.model.rows_of(held.number)
        assert all(tab.model.index(r, HOLD).data() == "" for r in rows)
        assert not tab.release_button.isEnabled() and "Disabled" in tab.release_button.toolTip()


async def test_the_status_filter_offers_open_in_progress_and_shows_only_open_orders(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    from ingram_desk.domain.order_status import StatusBucket, decode_status

    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.orders_tab
        index = tab.status.findText("Open / in progress", Qt.MatchFlag.MatchStartsWith)
        assert index > 0
        tab.status.setCurrentIndex(index)
        await search_all(qtbot, tab)
        shown = tab.proxy.rowCount()
        assert 0 < shown < tab.model.rowCount()
        for r in range(shown):
            sub = tab.model.sub_order_at(tab.proxy.mapToSource(tab.proxy.index(r, 0)).row())
            assert decode_status(sub.status_code).bucket is StatusBucket.OPEN
        open_at_ingram = sum(
            decode_status(s.status_code).bucket is StatusBucket.OPEN
            for o in sandbox.orders.all()
            for s in o.sub_orders
        )
        assert shown == open_at_ingram


async def test_every_sub_orders_hold_is_shown_whichever_sub_order_row_is_selected(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    """Defect 15: the hold of sub-order -12 was missing when the row of -11 was selected."""
    order = next(o for o in sandbox.orders.all() if len(o.sub_orders) >= 2)
    order.sub_orders[1].status_code, order.sub_orders[1].hold_reason_code = "C", "CH"
    order.sub_orders[0].hold_reason_code = ""
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.orders_tab
        await search_all(qtbot, tab)
        rows = tab.model.rows_of(order.number)
        assert len(rows) >= 2
        shown = next_signal(tab.details_shown)
        tab.table.selectRow(rows[0])  # the sub-order without a hold
        await shown
        text = tab.detail.toPlainText()
        assert f"{order.sub_orders[1].number}: CH" in text
        assert decode_hold_reason("CH").action in text


async def test_a_search_for_one_order_number_opens_its_details(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    """The order a clerk typed the number of was listed alone, its details a click away; they
    are shown at once now. A search listing several orders opens none (no details read)."""
    held = next(o for o in sandbox.orders.all() if o.customer_order_number == "PO-HOLD-CANCEL")
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.orders_tab
        w.tabs.setCurrentWidget(tab)
        await search_all(qtbot, tab)  # every order: none opened
        assert tab.selected_order() is None and tab.model.rowCount() > 1
        tab.order_number.setText(held.number)
        shown = next_signal(tab.details_shown)
        qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)
        (details,) = await shown
        assert details.ingram_order_number == held.number
        assert tab.selected_order().ingram_order_number == held.number
        assert f"Order {held.number}" in tab.detail.toPlainText()
