"""The Orders grid's value and line count columns: money with its currency from the first paint
(the account's when Ingram's search has none), line counts only from what is known (no details
read per listed order: the 60-calls budget is shared), the selected order's read filling its
row, unknowns last whichever way the column is sorted, and prices in the details with currency."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from ingram_desk.ui import formats
from ingram_desk.ui.models.orders_model import COLUMNS, SORT_ROLE
from tests.ui.orders_support import next_signal, order_window
from tests.ui.test_orders_tab import search_all

KEYS = [k for k, _ in COLUMNS]
VALUE, LINES = KEYS.index("value"), KEYS.index("lines")
_BARE_NUMBER = re.compile(r"-?[\d.,\s\u00a0\u202f]+")


async def _idle(window: Any) -> None:
    for _ in range(2000):
        runner = window.runner
        if not runner.running_count() and not runner.is_running("orders-values"):
            return
        await asyncio.sleep(0.01)


def _details_calls(sandbox: Any) -> list[str]:
    return [r["path"] for r in sandbox.received if "/orders/" in r["path"].lower()
            and not r["path"].lower().endswith("/search")]  # fmt: skip


async def test_values_carry_their_currency_and_line_counts_spend_no_details_reads(
    qtbot, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path: Path
) -> None:
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        tab = w.orders_tab
        sandbox.received.clear()
        await search_all(qtbot, tab)
        model = tab.model
        first_paint = [model.index(r, VALUE).data() for r in range(model.rowCount())]
        await _idle(w)
        assert _details_calls(sandbox) == []  # the grid read no order's details by itself
        values = [model.index(r, VALUE).data() for r in range(model.rowCount())]
        for text in (*first_paint, *values):
            assert text == "–" or not _BARE_NUMBER.fullmatch(text), text  # never a bare number
        assert any("€" in v for v in values)  # the NL account's currency (v6 search has none)
        lines = model.index(0, LINES)
        assert lines.data() == "–" and "60 calls" in lines.data(Qt.ItemDataRole.ToolTipRole)

        # the selected order, and only it, is read: its row learns its line count
        order = model.order_at(0)
        shown = next_signal(tab.details_shown)
        tab.table.selectRow(0)
        (details,) = await shown
        await _idle(w)
        assert len(_details_calls(sandbox)) == 1
        row = model.rows_of(order.ingram_order_number)[0]
        assert model.index(row, LINES).data() == str(len(details.lines))
        # the detail's Price column shows money with its currency
        line = next(ln for ln in details.lines if ln.unit_price is not None)
        assert details.currency and formats.money(line.unit_price, details.currency) in (
            tab.detail.toPlainText()
        )

        for order_ in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            tab.table.sortByColumn(LINES, order_)  # a header click
            keys = [tab.proxy.index(r, LINES).data(SORT_ROLE) for r in range(tab.proxy.rowCount())]
            known = [k for k in keys if k is not None]
            assert known and keys[: len(known)] == known  # unknowns last, either direction
