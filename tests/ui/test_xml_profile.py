"""The P&A, Order and Orders tabs end to end on an IM-XML profile and on a SOAP one (real
sandbox over loopback, real widgets): the same rows, states and grid as REST, and the inbox of
pushed documents (files dropped on the Orders tab, unmatched ones listed, notifications)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from ingram_desk.services.events import EventHub
from ingram_desk.services.inbox_service import InboxService
from ingram_desk.services.order_journal import OrderJournal, OrderState
from ingram_desk.services.ordering_service import OrderingService
from ingram_desk.services.pna_service import PnaService
from ingram_desk.services.tracking_service import TrackingService
from ingram_desk.settings.address_book import AddressBook
from tests.ui.orders_support import next_signal, stocked_sku

TRANSPORTS = pytest.mark.parametrize("use_soap", [False, True], ids=["xml", "soap"])


@asynccontextmanager
async def xml_window(
    make_main_window: Any, sandbox: Any, xml_client_factory: Any, catalogue: Any,
    data_dir: Path, use_soap: bool,
) -> AsyncIterator[Any]:  # fmt: skip
    """A main window wired as ``open_context`` wires an XML profile: journal + inbox known
    orders behind the XmlClient, the inbox on the Orders tab."""
    events = EventHub()
    journal = OrderJournal(data_dir / "orders-journal.sqlite3")
    boxes: list[InboxService] = []

    def known() -> list[tuple[str, tuple[str, ...]]]:
        found = [(e.customer_po, e.ingram_order_numbers) for e in journal.entries()]
        for box in boxes:
            found += [(r.customer_po, r.order_numbers) for r in box.records() if r.matched]
        return found

    client = xml_client_factory(sandbox, soap=use_soap, known_orders=known)
    inbox = InboxService(data_dir / "inbox", known_orders=known, client=client, events=events)
    boxes.append(inbox)
    window = make_main_window(
        catalogue,
        PnaService(client, events),
        events=events,
        country="NL",
        ordering=OrderingService(client, journal, events),
        tracking=TrackingService(client, data_dir / "watchlist.json", events),
        address_book=AddressBook(data_dir / "address-book.json"),
        inbox=inbox,
        transport="soap" if use_soap else "xml",
    )
    try:
        yield window
    finally:
        for _ in range(500):
            if not window.runner.running_count():
                break
            await asyncio.sleep(0.01)
        await window.runner.shutdown()
        await client.aclose()
        window.orders_tab.notifier.close()
        window.close()
        journal.close()


@TRANSPORTS
async def test_pna_tab_shows_named_warehouses_and_the_reject_reason(
    qtbot, make_main_window, sandbox, xml_client_factory, ui_catalogue, tmp_path, use_soap
) -> None:
    sku = next(p.sku for p in sandbox.catalogue.products if p.stock > 20 and not p.central_only)
    async with xml_window(make_main_window, sandbox, xml_client_factory, ui_catalogue, tmp_path, use_soap) as w:  # fmt: skip
        tab = w.pna_tab
        w.tabs.setCurrentWidget(tab)
        done = next_signal(tab.check_finished)
        tab.check_items([sku, "NOPE99"])
        await done
        ok, bad = tab.model.results
        assert ok.sku == sku and ok.customer_price is not None and ok.currency == "EUR"
        first = tab.model.index(0, 0)
        desc = [c.key for c in tab.model.columns].index("description")
        lines = [tab.model.index(i, desc, first).data() for i in range(tab.model.rowCount(first))]
        assert any("Tilburg" in line for line in lines)
        assert any("Straubing" in line and "central" in line for line in lines)
        assert not bad.ok and "SKU not found" in (bad.status_message or "")
        label = "IM-XML over SOAP" if use_soap else "IM-XML"
        assert label in w.windowTitle() and label in w.status.profile_label.text()
    path = "/soap" if use_soap else "/imxml"
    assert [r["message"] for r in sandbox.received_log() if r["path"] == path] == ["PNARequest"]


@TRANSPORTS
async def test_order_tab_places_over_xml_and_the_orders_tab_finds_it(
    qtbot, make_main_window, sandbox, xml_client_factory, ui_catalogue, tmp_path, use_soap
) -> None:
    async with xml_window(make_main_window, sandbox, xml_client_factory, ui_catalogue, tmp_path, use_soap) as w:  # fmt: skip
        tab = w.order_tab
        w.tabs.setCurrentWidget(tab)
        sku = stocked_sku(sandbox)
        qtbot.keyClicks(tab.po, "PO-XML-UI-1")
        qtbot.keyClicks(tab.add_input, f"{sku} 2")
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
        checked = next_signal(tab.live_check_finished)
        qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
        await checked
        shown = next_signal(tab.review_shown)
        qtbot.mouseClick(tab.submit_button, Qt.MouseButton.LeftButton)
        (review,) = await shown
        finished = next_signal(tab.submit_finished)
        qtbot.mouseClick(review.place_button, Qt.MouseButton.LeftButton)
        (entry,) = await finished
        assert entry.state is OrderState.PLACED
        (placed,) = [o for o in sandbox.placed_orders() if o["customer_order_number"] == "PO-XML-UI-1"]  # fmt: skip
        assert entry.ingram_order_numbers == (placed["number"],)
        assert placed["number"] in tab.state_label.text()

        orders = w.orders_tab
        w.tabs.setCurrentWidget(orders)
        found = next_signal(orders.search_finished)
        qtbot.mouseClick(orders.search_button, Qt.MouseButton.LeftButton)  # no PO: known orders
        await found
        assert [o.ingram_order_number for o in orders.model.orders] == [placed["number"]]
        shown = next_signal(orders.details_shown)
        orders.table.selectRow(0)
        (details,) = await shown
        assert [(ln.sku, ln.quantity_ordered) for ln in details.lines] == [(sku, 2)]
        assert "PO-XML-UI-1" in orders.detail.toPlainText()


def drop(widget: Any, paths: list[Path]) -> None:
    """What Qt does for a file dragged from the desktop: drag-enter (accepted), then drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPointF(QPoint(10, 10))
    enter = QDragEnterEvent(
        where.toPoint(), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    widget.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(
        where, Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    widget.dropEvent(event)
    assert event.isAccepted()


@TRANSPORTS
async def test_documents_dropped_on_the_orders_tab_attach_and_unknown_ones_are_listed(
    qtbot, make_main_window, sandbox, xml_client_factory, ui_catalogue, tmp_path, use_soap
) -> None:
    order = next(
        o for o in sandbox.orders.all()
        if any(sh.serial_numbers and sh.tracking_numbers
               for s in o.sub_orders for ln in s.lines for sh in ln.shipments)
    )  # fmt: skip
    written = sandbox.write_documents(tmp_path / "mail", order.number)
    stranger = tmp_path / "mail" / "stranger.xml"
    stranger.write_bytes(
        b"<DespatchAdvice><DespatchAdviceHeader><DespatchAdviceNumber>DA-X</DespatchAdviceNumber>"
        b"<CustomerPO>PO-NOT-OURS</CustomerPO></DespatchAdviceHeader></DespatchAdvice>"
    )
    async with xml_window(make_main_window, sandbox, xml_client_factory, ui_catalogue, tmp_path / "data", use_soap) as w:  # fmt: skip
        tab = w.orders_tab
        w.tabs.setCurrentWidget(tab)
        imported = next_signal(tab.inbox_changed)
        notified = next_signal(tab.notifier.notified)
        drop(tab, [*written, stranger])
        (records,) = await imported
        assert len(records) == len(written) + 1
        title, message = await notified
        assert order.number in title and ("Despatch advice" in message or "Invoice" in message)
        assert "1 unmatched" in tab.inbox_label.text()

        found = next_signal(tab.search_finished)
        qtbot.mouseClick(tab.search_button, Qt.MouseButton.LeftButton)  # known via the inbox
        await found
        assert order.number in [o.ingram_order_number for o in tab.model.orders]
        shown = next_signal(tab.details_shown)
        tab.table.selectRow(tab.model.rows_of(order.number)[0])
        await shown
        text = tab.detail.toPlainText()
        assert "Documents from Ingram" in text and "Despatch advice" in text and "Invoice" in text
        serials = [s for sub in order.sub_orders for ln in sub.lines for sh in ln.shipments for s in sh.serial_numbers]  # fmt: skip
        assert all(s in text for s in serials)

        dialog = tab.show_inbox()
        rows = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
        assert rows[0] == "NO" and rows.count("NO") == 1  # the unmatched one first, kept
        assert dialog.model.index(0, 3).data() == "PO-NOT-OURS"
        dialog.close()
