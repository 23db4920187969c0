"""The checkout review fits: every column in view from 900 px wide (the Xvfb pass found
"Special bid" behind a horizontal scroll bar), the texts wrapping instead, and as tall as its
lines need within the screen (the lines scroll on a lower screen; the buttons stay in view)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ingram_desk.domain.order_draft import Address, DraftLine, OrderDraft
from ingram_desk.ui.dialogs.checkout_dialog import CheckoutDialog
from ingram_desk.ui.models.order_lines_model import COLUMNS, FormLine

SPECIAL_BID = [k for k, _, _ in COLUMNS].index("special_bid")


def _dialog(qtbot: Any, n: int) -> CheckoutDialog:
    lines = [
        FormLine(f"SKU{i:04d}", 2, "WOODGROVE MONITOR 27IN QHD IPS 165HZ HÖHENVERSTELLBAR " * 2,
                 Decimal("316.17"), "EUR", "live P&A 5:51 PM", f"SB-{i}",
                 "price 316.17 → 320.00; stock 12 → 3" if i % 2 else "", live_checked=True)
        for i in range(n)
    ]  # fmt: skip
    ship_to = Address(fields={
        "companyName": "Kantoorgemak B.V.", "contact": "R. de Vries", "addressLine1": "Kanaalweg 12",
        "addressLine2": "Gebouw C, dock 4", "postalCode": "3526 KL", "city": "UTRECHT",
        "countryCode": "NL",
    })  # fmt: skip
    draft = OrderDraft("PO-FIT-1", tuple(DraftLine(ln.sku, 2) for ln in lines),
                       end_customer_po="EU-4471", notes="Goods-in, gate 3", ship_to=ship_to)  # fmt: skip
    dialog = CheckoutDialog(draft, lines, "")
    qtbot.addWidget(dialog)
    return dialog


def test_every_column_is_in_view_at_900_px_and_the_texts_wrap(qtbot: Any) -> None:
    dialog = _dialog(qtbot, 3)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    right = table.columnViewportPosition(SPECIAL_BID) + table.columnWidth(SPECIAL_BID)
    assert not table.horizontalScrollBar().isVisible()
    assert right <= table.viewport().width()
    last = len(COLUMNS) - 1
    assert table.columnViewportPosition(last) + table.columnWidth(last) <= table.viewport().width()
    assert table.rowHeight(0) > table.fontMetrics().height() * 1.5  # the description wraps


def test_the_review_is_as_tall_as_its_lines_within_the_screen(qtbot: Any) -> None:
    avail = _dialog(qtbot, 1).screen().availableGeometry()
    for n in (1, 10, 40):
        dialog = _dialog(qtbot, n)
        assert dialog.height() <= avail.height() * 0.95
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.place_button.isVisible() and dialog.total_label.isVisible()
        rows = sum(dialog.table.rowHeight(r) for r in range(n))
        fits = rows <= dialog.table.viewport().height()
        scrolls = dialog.table.verticalScrollBar().isVisible()
        assert fits or scrolls, n  # every line in view, or the lines scroll
        dialog.close()
