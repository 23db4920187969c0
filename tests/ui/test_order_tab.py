"""The Order tab against the sandbox: fill and submit (then find it in the Orders tab), duplicate
POs refused, a dropped connection reconciled to exactly one order with no second Submit offered,
and a draft that survives a restart."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from ingram_desk.services.order_journal import OrderState
from ingram_desk.ui.i18n import install_language
from ingram_desk.ui.order_lines_input import parse_sku_quantities
from tests.ui.orders_support import next_signal, order_window, stocked_sku


def ledger(sandbox: Any, po: str) -> list[dict[str, Any]]:
    return [o for o in sandbox.placed_orders() if o["customer_order_number"].upper() == po.upper()]


async def fill(qtbot: Any, tab: Any, sku: str, qty: int, po: str) -> None:
    tab.window().tabs.setCurrentWidget(tab)  # visible, as the user sees it
    qtbot.keyClicks(tab.po, po)
    qtbot.keyClicks(tab.add_input, f"{sku} {qty}")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)


async def review(qtbot: Any, tab: Any) -> Any:
    """Click Submit and await the checkout review it opens."""
    shown = next_signal(tab.review_shown)
    qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
    (dialog,) = await shown
    assert dialog.isVisible()
    return dialog


async def decide(qtbot: Any, tab: Any, dialog: Any, place: bool = True) -> Any:
    """Press "Place order" (or "Back to the order") in the review; await the outcome."""
    finished = next_signal(tab.submit_finished)
    qtbot.mouseClick(
        dialog.place_button if place else dialog.back_button, Qt.MouseButton.LeftButton
    )
    (entry,) = await finished
    return entry


async def submit(qtbot: Any, tab: Any) -> Any:
    """Live check first, then Submit, "Place order" in the review, and await the outcome."""
    checked = next_signal(tab.live_check_finished)
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    await checked
    return await decide(qtbot, tab, await review(qtbot, tab))


def test_sku_quantity_pairs_are_parsed_from_typed_or_pasted_text() -> None:
    text = "1234567 3\n7654321\t2\r\nABC-1;5\n\nXYZ"
    assert parse_sku_quantities(text) == [("1234567", 3), ("7654321", 2), ("ABC-1", 5), ("XYZ", 1)]


async def test_a_bad_quantity_in_the_line_box_adds_nothing_and_says_why(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    from PySide6.QtGui import QGuiApplication

    sku = stocked_sku(sandbox)
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        w.tabs.setCurrentWidget(tab)
        for text in (f"{sku} -3", f"{sku} 2a", f"{sku} x3", f"{sku} 3 Stk", f"{sku} 1.000",
                     f"{sku} 0"):  # fmt: skip
            tab.add_input.clear()
            qtbot.keyClicks(tab.add_input, text)
            qtbot.keyClick(tab.add_input, Qt.Key.Key_Return)
            assert tab.model.lines == [], text
            assert tab.add_input.text() == text  # kept for correcting
            assert tab.add_message.isVisible() and f"“{text}”" in tab.add_message.text()
        QGuiApplication.clipboard().setText(f"{sku}\t2\n{sku}\tzwei\n")
        qtbot.mouseClick(tab.paste_button, Qt.MouseButton.LeftButton)
        assert tab.model.lines == [] and "zwei" in tab.add_message.text()
        tab.add_input.clear()
        qtbot.keyClicks(tab.add_input, f"{sku} 3")
        qtbot.keyClick(tab.add_input, Qt.Key.Key_Return)
        assert [(ln.sku, ln.quantity) for ln in tab.model.lines] == [(sku, 3)]
        assert not tab.add_message.isVisible() and tab.add_input.text() == ""
        assert tab.ordering.journal.entries()[0].state is OrderState.DRAFT
        assert not [r for r in sandbox.received if r["method"] == "POST"]


async def test_filled_order_is_placed_and_found_in_the_orders_tab(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        sku = stocked_sku(sandbox)
        await fill(qtbot, tab, sku, 2, "PO-UI-0001")
        assert [(ln.sku, ln.quantity) for ln in tab.model.lines] == [(sku, 2)]
        entry = await submit(qtbot, tab)
        assert entry.state is OrderState.PLACED
        (placed,) = ledger(sandbox, "PO-UI-0001")
        assert entry.ingram_order_numbers == (placed["number"],)
        assert tab.state_label.text().count(placed["number"]) == 1  # said once, not twice
        assert not tab.submit_button.isVisible()  # no second Submit for a placed order
        orders = w.orders_tab
        assert placed["number"] in orders.notifier.watched  # placed here → watched
        w.tabs.setCurrentWidget(orders)
        qtbot.keyClicks(orders.po, "PO-UI-0001")
        found = next_signal(orders.search_finished)
        qtbot.mouseClick(orders.search_button, Qt.MouseButton.LeftButton)
        await found
        assert [o.ingram_order_number for o in orders.model.orders] == [placed["number"]]
        assert orders.model.index(0, 0).data() == "◉"  # watched mark


async def test_po_already_at_ingram_is_refused_and_nothing_is_sent(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        before = len(ledger(sandbox, "PO-SPLIT-4711"))
        await fill(qtbot, tab, stocked_sku(sandbox), 1, "PO-SPLIT-4711")
        entry = await submit(qtbot, tab)
        assert entry.state is OrderState.NEEDS_ATTENTION
        assert "already exists at Ingram" in tab.state_label.text()
        assert len(ledger(sandbox, "PO-SPLIT-4711")) == before
        assert not [
            r for r in sandbox.received if r["method"] == "POST" and r["path"].endswith("/orders")
        ]
        assert not tab.submit_button.isVisible() and tab.copy_button.isVisible()
        qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)  # the way forward
        assert tab.entry.state is OrderState.DRAFT and tab.po.text() != "PO-SPLIT-4711"
        assert len(tab.model.lines) == 1 and tab.submit_button.isVisible()


async def test_po_used_by_another_journal_order_is_refused_in_the_form(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        await fill(qtbot, tab, stocked_sku(sandbox), 1, "PO-TWICE")
        first = tab.draft_id
        qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
        await fill(qtbot, tab, stocked_sku(sandbox, 1), 1, "po-twice")
        assert "already used by another order" in tab.po_message.text()
        assert tab.draft_id is None or tab.draft_id != first
        assert [e.customer_po for e in tab.ordering.journal.entries()] == ["PO-TWICE"]
        qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)  # the true reason
        assert "already used by another order" in tab.state_label.text()
        assert "Add at least one line" not in tab.state_label.text() and tab.review is None


async def test_the_po_rule_is_shown_a_cleared_po_is_not_replaced_and_a_long_one_not_cut(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        w.tabs.setCurrentWidget(tab)
        assert (
            "required" in tab.po.placeholderText() and "generated" not in tab.po.placeholderText()
        )
        qtbot.keyClicks(tab.add_input, f"{stocked_sku(sandbox)} 1")
        qtbot.keyClick(tab.add_input, Qt.Key.Key_Return)
        generated = tab.po.text()
        assert generated.startswith("ID") and tab.po_message.text() == ""  # shown, not hidden
        tab.po.selectAll()
        qtbot.keyClick(tab.po, Qt.Key.Key_Backspace)
        assert tab.po.text() == "" and f"keeps {generated}" in tab.po_message.text()
        tab.flush_draft()
        assert tab.po.text() == ""  # not silently refilled with a new PO
        assert tab.ordering.journal.get(tab.draft_id).customer_po == generated
        qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
        assert "Not sent: A customer PO is required" in tab.state_label.text()
        qtbot.keyClicks(tab.po, "PO-NINETEEN-CHARS-X")  # 19 characters
        assert tab.po.text() == "PO-NINETEEN-CHARS-X"  # kept as typed, not cut
        assert "too long: 19 characters" in tab.po_message.text()
        qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
        assert "too long" in tab.state_label.text() and tab.review is None
        assert not [r for r in sandbox.received if r["method"] == "POST"]


async def test_dropped_connection_gives_exactly_one_order_and_no_second_submit(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    sandbox.faults.drop_connection(n=1, path="/resellers/v6/orders", method="POST")
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        seen: list[tuple[OrderState, bool]] = []
        tab.state_shown.connect(
            lambda e: seen.append((e.state, tab.submit_button.isVisible())) if e else None
        )
        await fill(qtbot, tab, stocked_sku(sandbox), 1, "PO-DROP-1")
        entry = await submit(qtbot, tab)
        assert entry.state is OrderState.PLACED
        assert len(ledger(sandbox, "PO-DROP-1")) == 1
        creates = [
            r
            for r in sandbox.received
            if r["method"] == "POST" and r["path"] == "/resellers/v6/orders"
        ]
        assert len(creates) == 1  # found by PO search, never resent
        states = [s for s, _ in seen]
        assert OrderState.RECONCILING in states and states[-1] is OrderState.PLACED
        assert all(not visible for s, visible in seen if s is not OrderState.DRAFT)
        assert "found at Ingram by PO" in tab.state_label.text()


async def test_draft_survives_a_restart(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    sku = stocked_sku(sandbox)
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, data) as w:
        tab = w.order_tab
        w.tabs.setCurrentWidget(tab)
        qtbot.keyClicks(tab.add_input, f"{sku} 4")
        qtbot.keyClick(tab.add_input, Qt.Key.Key_Return)
        assert tab.po.text().startswith("ID")  # a generated PO until the user types one
        saved = next_signal(tab.draft_saved)
        tab.po.selectAll()
        qtbot.keyClicks(tab.po, "PO-KEEP-1")
        qtbot.keyClicks(tab.notes, "deliver to gate 3")
        await saved  # autosave after typing, no explicit save
        draft_id = tab.draft_id
        tab.lines_view.setColumnWidth(1, 411)  # a column layout to remember
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, data) as w:
        tab = w.order_tab
        w.tabs.setCurrentWidget(tab)
        index = tab.drafts.findData(draft_id)
        assert index > 0
        tab.drafts.setCurrentIndex(index)
        tab.drafts.activated.emit(index)
        assert tab.po.text() == "PO-KEEP-1"
        assert tab.notes.text() == "deliver to gate 3"
        assert [(ln.sku, ln.quantity) for ln in tab.model.lines] == [(sku, 4)]
        assert tab.submit_button.isVisible() and tab.submit_button.isEnabled()
        assert tab.lines_view.columnWidth(1) == 411


async def test_address_book_entry_is_used_as_ship_to_and_end_user_of_the_placed_order(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        await fill(qtbot, tab, stocked_sku(sandbox), 1, "PO-ADDR-1")
        dialog = tab.open_address_book()
        qtbot.keyClicks(dialog.name, "Goods-in Berlin")
        for key, text in (
            ("companyName", "ACME GMBH"), ("contact", "P. MEYER"),
            ("addressLine1", "HAFENSTR. 5"), ("city", "BERLIN"), ("postalCode", "10117"),
        ):  # fmt: skip
            qtbot.keyClicks(dialog.fields[key], text)
        dialog.fields["countryCode"].setCurrentText("DE")
        qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
        assert tab.ship_to.currentText() == "Goods-in Berlin"
        tab.end_user.setCurrentIndex(tab.end_user.findText("Goods-in Berlin"))
        tab.end_user.activated.emit(tab.end_user.currentIndex())
        entry = await submit(qtbot, tab)
        assert entry.state is OrderState.PLACED
        (placed,) = ledger(sandbox, "PO-ADDR-1")
        assert placed["ship_to"]["companyName"] == "ACME GMBH"
        assert placed["ship_to"]["city"] == "BERLIN"
        assert placed["end_user"]["contact"] == "P. MEYER"
        assert (
            tab.ordering.journal.get(entry.draft_id).draft.extra["endUserInfo"]["city"] == "BERLIN"
        )


async def test_outside_the_api_window_the_order_waits_and_is_sent_when_it_opens(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    sandbox.clock.set(datetime(2026, 11, 24, 2, 0, tzinfo=UTC))  # 02:00 London: UK closed
    sandbox.faults.enforce_api_windows(True)
    async with order_window(
        make_main_window, sandbox, client_factory, ui_catalogue, tmp_path,
        country="UK", now=sandbox.clock,
    ) as w:  # fmt: skip
        tab = w.order_tab
        await fill(qtbot, tab, stocked_sku(sandbox), 1, "PO-NIGHT-1")
        dialog = await review(qtbot, tab)  # live check fails: closed
        assert "live check failed" in dialog.changes_label.text()
        entry = await decide(qtbot, tab, dialog)
        assert entry.state is OrderState.QUEUED
        assert "closed until 06:00" in tab.state_label.text()
        assert not tab.submit_button.isVisible()  # waiting is not a reason to submit again
        assert ledger(sandbox, "PO-NIGHT-1") == []
        sandbox.advance(timedelta(hours=4, seconds=5).total_seconds())
        shown = next_signal(tab.state_shown)
        (entry,) = await tab.ordering.run_due()  # what the app's outbox driver does
        await shown
        assert entry.state is OrderState.PLACED
        assert entry.ingram_order_numbers[0] in tab.state_label.text()
        assert len(ledger(sandbox, "PO-NIGHT-1")) == 1


async def test_split_order_shows_every_ingram_number_and_a_partly_placed_order_reads_so(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    """The review refuses a line Ingram does not know (nothing sent); an order placed another way
    (the CLI) with a rejected line is shown in red as partly placed, naming the line."""
    central = next(p.sku for p in sandbox.catalogue.products if p.central_only and p.stock > 5)
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        await fill(qtbot, tab, stocked_sku(sandbox), 1, "PO-SPLIT-UI")
        tab.add_lines([(central, 1), ("NOSUCH", 1)])
        dialog = await review(qtbot, tab)
        assert not dialog.place_button.isEnabled()
        assert "NOSUCH" in dialog.place_button.toolTip()
        assert "does not accept 1 line<" in dialog.changes_label.text()
        assert await decide(qtbot, tab, dialog, place=False) is None
        assert ledger(sandbox, "PO-SPLIT-UI") == []
        assert tab.model.lines[2].live_rejected
        assert tab.model.index(2, 8).data().startswith("✗ not accepted")
        entry = await tab.ordering.submit(tab.draft_id)  # as `orders submit` would
        assert entry.state is OrderState.PLACED
        placed = ledger(sandbox, "PO-SPLIT-UI")
        assert len(placed) == 2
        text = tab.state_label.text()
        assert all(o["number"] in text for o in placed)
        assert "Placed, but not every line: 1 line rejected" in text and "line 3 NOSUCH" in text
        assert "#b3261e" in text  # red, not the green of a placed order


async def test_pasted_lines_are_added_and_delete_removes_the_selected_line(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    from PySide6.QtGui import QGuiApplication

    a, b = stocked_sku(sandbox), stocked_sku(sandbox, 1)
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        w.tabs.setCurrentWidget(tab)
        QGuiApplication.clipboard().setText(f"{a}\t3\n{b}\t1\n")
        qtbot.mouseClick(tab.paste_button, Qt.MouseButton.LeftButton)
        assert [(ln.sku, ln.quantity) for ln in tab.model.lines] == [(a, 3), (b, 1)]
        tab.lines_view.setFocus()
        tab.lines_view.selectRow(0)
        qtbot.keyClick(tab.lines_view, Qt.Key.Key_Delete)
        assert [ln.sku for ln in tab.model.lines] == [b]
        tab.flush_draft()
        assert [ln.sku for ln in tab.ordering.journal.get(tab.draft_id).draft.lines] == [b]


async def test_the_review_shows_what_changed_and_only_place_order_sends(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    from dataclasses import replace
    from decimal import Decimal

    from PySide6.QtCore import QDate

    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        sku = stocked_sku(sandbox)
        await fill(qtbot, tab, sku, 2, "PO-CHANGED-1")
        qtbot.mouseClick(tab.delivery_check, Qt.MouseButton.LeftButton)
        tab.delivery_date.setDate(QDate(2030, 5, 6))
        # the price the purchaser saw when adding the line (an older price file)
        tab.model.replace_row(0, replace(tab.model.lines[0], unit_price=Decimal("0.01")))
        dialog = await review(qtbot, tab)
        assert "price €0.01 →" in tab.model.lines[0].live_note
        assert f"{sku}: price €0.01 →" in dialog.changes_label.text()
        assert dialog.po_label.text() == "<b>PO-CHANGED-1</b>"
        assert dialog.ship_to_label.text() == "Ingram's default ship-to for your account"
        assert dialog.delivery_label.text() == "Monday, May 6, 2030"
        assert dialog.carrier_label.text() == "Ingram chooses"
        total = tab.model.order_total()
        assert f"order total <b>€{total:,.2f}" in dialog.total_label.text()
        assert dialog.model.lines == tab.model.lines and dialog.place_button.isEnabled()
        assert await decide(qtbot, tab, dialog, place=False) is None  # back: nothing sent
        assert ledger(sandbox, "PO-CHANGED-1") == []
        assert "still a draft" in tab.state_label.text() and tab.submit_button.isEnabled()
        dialog = await review(qtbot, tab)  # checked already: no second P&A, straight to review
        assert "unchanged for every line" not in dialog.changes_label.text()
        entry = await decide(qtbot, tab, dialog)
        assert entry.state is OrderState.PLACED and len(ledger(sandbox, "PO-CHANGED-1")) == 1


async def test_a_line_added_after_a_live_check_takes_the_live_price_and_its_time(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    sku = next(
        iter(await ui_catalogue.products_by_sku([stocked_sku(sandbox, k) for k in range(40)]))
    )
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        checked = next_signal(w.pna_tab.check_finished)
        w.pna_tab.check_items([sku])
        await checked
        (result,) = w.pna_tab.model.results
        w.add_to_order([(sku, 2)])  # what the P&A tab's "Add to order" does
        (line,) = w.order_tab.model.lines
        assert line.unit_price == result.customer_price
        assert line.price_source.startswith("live P&A ")


async def test_requested_delivery_date_and_ship_complete_are_sent_and_accepted(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    import json

    from PySide6.QtCore import QDate

    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        await fill(qtbot, tab, stocked_sku(sandbox), 1, "PO-RDD-1")
        qtbot.mouseClick(tab.delivery_check, Qt.MouseButton.LeftButton)
        day = sandbox.clock().date() + timedelta(days=7)
        tab.delivery_date.setDate(QDate(day.year, day.month, day.day))
        tab.ship_complete.setCurrentIndex(tab.ship_complete.findData("C"))
        tab.ship_complete.activated.emit(tab.ship_complete.currentIndex())
        entry = await submit(qtbot, tab)
        assert entry.state is OrderState.PLACED
        body = json.loads(tab.ordering.journal.get(entry.draft_id).frozen_body)
        assert body["shipmentDetails"] == {
            "requestedDeliveryDate": day.isoformat(),
            "shipComplete": "C",
        }
        assert len(ledger(sandbox, "PO-RDD-1")) == 1


async def test_carrier_is_offered_only_from_the_profiles_list_and_reaches_ingram(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    """A profile that lists carriers gets a carrier choice (starting on its default); the chosen
    code is what Ingram receives."""
    import json

    kw = {"carriers": ("GN", "UG"), "default_carrier": "UG"}
    async with order_window(
        make_main_window, sandbox, client_factory, ui_catalogue, tmp_path, ordering_kw=kw
    ) as w:
        tab = w.order_tab
        assert tab.carrier.isVisibleTo(tab)
        assert [tab.carrier.itemData(i) for i in range(tab.carrier.count())] == ["", "GN", "UG"]
        assert tab.carrier.currentData() == "UG"
        tab.carrier.setCurrentIndex(tab.carrier.findData("GN"))
        tab.carrier.activated.emit(tab.carrier.currentIndex())
        await fill(qtbot, tab, stocked_sku(sandbox), 1, "PO-CARRIER-1")
        assert tab.header_draft().carrier_code == "GN"
        entry = await submit(qtbot, tab)
        assert entry.state is OrderState.PLACED
        body = json.loads(tab.ordering.journal.get(entry.draft_id).frozen_body)
        assert body["shipmentDetails"]["carrierCode"] == "GN"


async def test_without_carriers_in_the_profile_ingram_chooses_and_no_carrier_is_sent(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    import json

    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        assert not tab.carrier.isVisibleTo(tab)
        await fill(qtbot, tab, stocked_sku(sandbox), 1, "PO-CARRIER-2")
        entry = await submit(qtbot, tab)
        assert entry.state is OrderState.PLACED
        body = json.loads(tab.ordering.journal.get(entry.draft_id).frozen_body)
        assert "carrierCode" not in body.get("shipmentDetails", {})


async def test_an_unusual_quantity_is_confirmed_before_sending(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    """Issue 19 defect 3: from UNUSUAL_QUANTITY on the form asks; No sends nothing, Yes sends."""
    from PySide6.QtWidgets import QMessageBox

    from ingram_desk.domain.order_draft import UNUSUAL_QUANTITY

    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        await fill(qtbot, tab, stocked_sku(sandbox), UNUSUAL_QUANTITY, "PO-UI-BIG1")
        checked = next_signal(tab.live_check_finished)
        qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
        await checked

        def box() -> QMessageBox:
            found = tab.findChild(QMessageBox, "unusual_quantity_box")
            assert found is not None and found.isVisible()
            return found

        qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
        first = box()
        assert f"{UNUSUAL_QUANTITY:,}" in first.text()
        first.button(QMessageBox.StandardButton.No).click()
        await asyncio.sleep(0.05)
        assert ledger(sandbox, "PO-UI-BIG1") == [] and "Not sent" in tab.state_label.text()

        shown = next_signal(tab.review_shown)
        qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
        box().button(QMessageBox.StandardButton.Yes).click()
        (dialog,) = await shown  # Yes leads to the checkout review; only "Place order" sends
        entry = await decide(qtbot, tab, dialog)
    assert entry.state is OrderState.PLACED
    assert len(ledger(sandbox, "PO-UI-BIG1")) == 1
    assert json.loads(entry.frozen_body)["lines"][0]["quantity"] == UNUSUAL_QUANTITY


async def test_the_busy_bar_is_not_held_up_by_the_outbox_driver_and_says_what_runs(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    """Defect 9: "1 task running" stayed from start to close (the driver runs forever)."""
    import asyncio

    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        w.order_tab.start_driver()
        await asyncio.sleep(0.05)
        assert w.runner.is_running("order-driver")
        assert w.runner.running_count() == 0 and not w.status.work_bar.isVisible()
        sandbox.faults.delay(1.0, n=1)
        w.pna_tab.check_items([stocked_sku(sandbox)])
        assert w.status.work_bar.isVisible()
        assert "Working on:" in w.status.work_bar.toolTip()
        await next_signal(w.pna_tab.check_finished)
        assert not w.status.work_bar.isVisible()
        w.runner.cancel("order-driver")


async def test_the_order_selector_follows_po_lines_and_state(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    """Defect 10: a changed PO, a wrong line count, "Draft" after it was placed."""
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        await fill(qtbot, tab, stocked_sku(sandbox), 1, "PO-LABEL-1")
        tab.add_lines([(stocked_sku(sandbox, 1), 2)])
        tab.po.selectAll()
        qtbot.keyClicks(tab.po, "PO-LABEL-2")
        tab.flush_draft()
        assert tab.drafts.currentText() == "PO-LABEL-2 — Draft — 2 lines"
        assert not tab.draft_selector.private.isVisibleTo(tab)  # private drafts: a team's only
        entry = await submit(qtbot, tab)
        assert entry.state is OrderState.PLACED
        index = tab.drafts.findData(entry.draft_id)
        assert tab.drafts.itemText(index) == "PO-LABEL-2 — Placed — 2 lines"


async def test_price_from_reads_as_a_date_not_an_iso_timestamp(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    """Defect 16: the order line's "Price from" showed a raw ISO timestamp."""
    import asyncio
    import re

    sku = next(
        iter(await ui_catalogue.products_by_sku([stocked_sku(sandbox, k) for k in range(40)]))
    )
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        w.order_tab.add_lines([(sku, 1)])
        for _ in range(200):
            if w.order_tab.model.lines[0].price_source:
                break
            await asyncio.sleep(0.01)
        source = w.order_tab.model.lines[0].price_source
        stamp = r"\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d\d\s[AP]M"  # en_US short date and time
        assert re.fullmatch(f"price file of {stamp}", source), source


async def test_a_rejected_line_reads_in_german_on_the_order_tab_and_in_english_in_the_cli(
    qtbot: Any,
    qapp: Any,
    make_main_window: Any,
    sandbox: Any,
    client_factory: Any,
    ui_catalogue: Any,
    tmp_path: Path,
) -> None:
    profile_dir = tmp_path / "profiles" / "demo"  # the CLI's journal of the demo profile
    profile_dir.mkdir(parents=True)
    try:
        assert install_language(qapp, "de", tmp_path / "i18n") == "de"
        async with order_window(
            make_main_window, sandbox, client_factory, ui_catalogue, profile_dir
        ) as w:
            tab = w.order_tab
            tab.po.setText("PO-ABGELEHNT")
            tab.add_lines([(stocked_sku(sandbox), 1), ("NOSUCH", 1)])
            entry = await tab.ordering.submit(tab.draft_id)
            assert entry.state is OrderState.PLACED
            text = tab.state_label.text()
            assert "1 Position von Ingram abgelehnt (Position 2 NOSUCH:" in text, text
            assert "rejected" not in text
    finally:
        install_language(qapp, "en", tmp_path / "i18n")

    env = {k: v for k, v in os.environ.items() if not k.startswith("INGRAM_")}
    # the window is closed: waiting on the command here holds nothing up
    cli = subprocess.run(  # noqa: ASYNC221
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(tmp_path), "orders", "journal",
         "--events", "--json"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert cli.returncode == 0, cli.stderr
    (order,) = json.loads(cli.stdout)["orders"]
    placed = order["events"][-1]["reason"]
    assert placed.startswith("placed: Ingram order "), placed
    assert "; 1 line rejected by Ingram (line 2 NOSUCH: " in placed
    assert order["last_error"].startswith("1 line rejected by Ingram (line 2 NOSUCH: ")
    assert "\x1f" not in cli.stdout and "abgelehnt" not in cli.stdout


async def test_a_typed_vendor_part_number_or_ean_becomes_the_articles_sku(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    """The line "KS.315.KHL0 2" was added as the SKU "KS.315.KHL0", without a description or
    price, and would have been sent to Ingram so; the price file knows it as one article's part
    number."""
    from ingram_desk.services.catalogue_service import CatalogueQuery

    found = await ui_catalogue.search(CatalogueQuery(text="monitor"))
    one, other = ui_catalogue.reader.read_rows(found.ids[:2])
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        w.tabs.setCurrentWidget(tab)
        for text in (f"{one.vpn} 2", f"{other.ean} 1", f"{one.sku.lower()} 3", "NOSUCH9 1"):
            qtbot.keyClicks(tab.add_input, text)
            qtbot.keyClick(tab.add_input, Qt.Key.Key_Return)
        for _ in range(100):  # the price file is read after the lines are added
            if all(ln.description for ln in tab.model.lines[:3]):
                break
            await asyncio.sleep(0.02)
        assert [(ln.sku, ln.quantity, ln.description, ln.unit_price) for ln in tab.model.lines] == [
            (one.sku, 2, one.description, one.customer_price),
            (other.sku, 1, other.description, other.customer_price),
            (one.sku, 3, one.description, one.customer_price),
            ("NOSUCH9", 1, "", None),  # unknown here: as typed (Ingram may know it)
        ]
        saved = next_signal(tab.draft_saved)
        await saved
        draft = tab.ordering.journal.get(tab.draft_id).draft
        assert [ln.sku for ln in draft.lines] == [one.sku, other.sku, one.sku, "NOSUCH9"]


async def test_a_part_number_of_several_articles_stays_as_typed_and_says_so(
    qtbot, make_main_window, sandbox, client_factory, tmp_path: Path
) -> None:
    from tests.fixtures.ui import ambiguous_catalogue

    catalogue = await ambiguous_catalogue(tmp_path)
    try:
        async with order_window(
            make_main_window, sandbox, client_factory, catalogue, tmp_path
        ) as w:
            tab = w.order_tab
            w.tabs.setCurrentWidget(tab)
            qtbot.keyClicks(tab.add_input, "SAME-VPN-1 2")
            qtbot.keyClick(tab.add_input, Qt.Key.Key_Return)
            for _ in range(100):
                if tab.add_message.isVisible():
                    break
                await asyncio.sleep(0.02)
            assert [(ln.sku, ln.quantity) for ln in tab.model.lines] == [("SAME-VPN-1", 2)]
            assert "“SAME-VPN-1”: the part number of several articles" in tab.add_message.text()
    finally:
        catalogue.close()


async def test_a_draft_saved_with_a_part_number_is_mended_when_opened(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    """A draft kept before typed codes became SKUs (a VPN as its line's SKU) gets the
    article's SKU when it is opened again, and keeps it."""
    from ingram_desk.domain.order_draft import DraftLine, OrderDraft
    from ingram_desk.services.catalogue_service import CatalogueQuery

    found = await ui_catalogue.search(CatalogueQuery(text="switch"))
    (article,) = ui_catalogue.reader.read_rows(found.ids[:1])
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        kept = tab.ordering.save_draft(OrderDraft("PO-OLD-1", (DraftLine(article.vpn, 2),)))
        saved = next_signal(tab.draft_saved)
        tab.open_draft(kept.draft_id)
        await saved
        assert [(ln.sku, ln.quantity, ln.description) for ln in tab.model.lines] == [
            (article.sku, 2, article.description)
        ]
        draft = tab.ordering.journal.get(kept.draft_id).draft
        assert [(ln.sku, ln.quantity) for ln in draft.lines] == [(article.sku, 2)]


async def test_an_order_sent_is_shown_with_the_skus_it_was_sent_with(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    """Only a draft's typed codes become SKUs: an order placed with a SKU in lower case (which
    Ingram took) is shown as it was sent, priced from the file where the SKU is known."""
    from ingram_desk.domain.order_draft import DraftLine, OrderDraft

    sku = stocked_sku(sandbox)
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        placed = await tab.ordering.place(OrderDraft("PO-LOWER-1", (DraftLine(sku.lower(), 1),)))
        assert placed.state is OrderState.PLACED, placed
        tab.open_draft(placed.draft_id)
        for _ in range(20):  # (the price file is read after the lines are shown)
            await asyncio.sleep(0.02)
        assert [ln.sku for ln in tab.model.lines] == [sku.lower()]
        draft = tab.ordering.journal.get(placed.draft_id).draft
        assert [ln.sku for ln in draft.lines] == [sku.lower()]
