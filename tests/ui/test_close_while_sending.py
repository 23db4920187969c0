"""Reliability A9: closing the window while an order is in flight explains, lets the user keep
the window or quit anyway; the shutdown then lets the send finish within the order deadline
(it is never preempted) or, if the process dies, the next start reconciles it (A7/A8 kill tests):
one order, placed, either way."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from ingram_desk.services.events import EventHub
from ingram_desk.services.order_journal import OrderJournal, OrderState
from ingram_desk.services.ordering_service import OrderingService
from tests.ui.orders_support import next_signal, order_window, stocked_sku
from tests.ui.test_order_tab import fill, ledger


async def test_closing_while_an_order_is_sent_asks_and_the_next_start_reconciles(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert app is not None
    app.setQuitOnLastWindowClosed(False)  # as run_gui sets it: shutdown is awaited, not Qt's
    sandbox.faults.delay(3.0, path="/resellers/v6/orders", method="POST", after_processing=True)
    try:
        await _close_while_sending(
            qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path
        )
    finally:
        app.setQuitOnLastWindowClosed(True)
    assert len(ledger(sandbox, "PO-A9-0001")) == 1  # Ingram had committed it
    async with client_factory(sandbox) as c:
        with OrderJournal(tmp_path / "orders-journal.sqlite3") as j:
            await OrderingService(c, j, EventHub()).recover()  # the next start
            (entry,) = j.entries()
    assert entry.state is OrderState.PLACED
    assert len(ledger(sandbox, "PO-A9-0001")) == 1


async def _close_while_sending(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.order_tab
        await fill(qtbot, tab, stocked_sku(sandbox), 1, "PO-A9-0001")
        checked = next_signal(tab.live_check_finished)
        tab.check_button.click()
        await checked
        shown = next_signal(tab.review_shown)
        tab.submit_button.click()
        (review,) = await shown
        review.place_button.click()  # the checkout review's one explicit "Place order"
        journal = tab.ordering.journal
        for _ in range(500):
            if journal.entries((OrderState.IN_FLIGHT,)):
                break
            await asyncio.sleep(0.01)

        def box() -> QMessageBox:
            found = w.findChild(QMessageBox, "quit_while_sending_box")
            assert found is not None and found.isVisible()
            return found

        w.close()
        first = box()
        assert "PO-A9-0001" in first.text() and "never sent twice" in first.text()
        keep = next(b for b in first.buttons() if b.text() == "Keep open")
        keep.click()
        await asyncio.sleep(0.05)
        assert w.isVisible()  # kept open, nothing changed

        closed = next_signal(w.closed)
        w.close()
        quit_button = next(b for b in box().buttons() if b.text() == "Quit anyway")
        quit_button.click()
        await closed
        assert not w.isVisible()
        await w.runner.shutdown()  # the app's shutdown: the send is cancelled mid-flight


async def test_a_journal_restored_from_its_backup_is_said_in_the_window(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    """Issue 19 defect 6 / D7 in the window: the restore note shows in the banner."""
    path = tmp_path / "orders-journal.sqlite3"
    with OrderJournal(path) as j:
        j.backup()
    data = bytearray(path.read_bytes())
    data[:100] = b"\x00" * 100
    path.write_bytes(bytes(data))
    async with client_factory(sandbox) as c:
        journal = OrderJournal(path)  # damaged: set aside and restored
        try:
            w = make_main_window(ui_catalogue, ordering=OrderingService(c, journal, EventHub()))
            assert w.banner.isVisible()
            assert "restored from the backup" in w.banner.text()
            assert "order search" in w.banner.text()
        finally:
            journal.close()


async def test_a_second_window_hands_its_order_to_the_one_that_drives_the_journal(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    """A10 in the window: another instance holds the driver lock; this window queues, says so,
    and sends nothing; once the lock is free its own driver sends the order, once."""
    from ingram_desk.services.driver_lock import DriverLock
    from tests.ui.test_order_tab import fill

    other = DriverLock(tmp_path / "orders-journal.sqlite3")
    other.acquire()  # the first instance's outbox driver
    try:
        async with order_window(
            make_main_window, sandbox, client_factory, ui_catalogue, tmp_path
        ) as w:
            tab = w.order_tab
            await fill(qtbot, tab, stocked_sku(sandbox), 1, "PO-A10-0001")
            checked = next_signal(tab.live_check_finished)
            tab.check_button.click()
            await checked
            shown = next_signal(tab.review_shown)
            tab.submit_button.click()
            (review,) = await shown
            finished = next_signal(tab.submit_finished)
            review.place_button.click()  # the checkout review's one explicit "Place order"
            (entry,) = await finished
            assert entry.state is OrderState.QUEUED and ledger(sandbox, "PO-A10-0001") == []
            assert "will send this one" in tab.state_label.text()
            other.release()  # the first instance closes
            (placed,) = await tab.ordering.run_due()  # this window's driver pass
            assert placed.state is OrderState.PLACED
    finally:
        other.release()
    assert len(ledger(sandbox, "PO-A10-0001")) == 1
