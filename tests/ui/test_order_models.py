"""The Order and Orders table models without a window: Qt's model tester, guarded fetchMore with
an inclusive last row, decoded status text, line totals and edits."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ingram_desk.domain.placed_order import OrderSummary, SubOrder
from ingram_desk.ui.models.order_lines_model import FormLine, OrderLinesModel
from ingram_desk.ui.models.orders_model import BADGE_ROLE, COLUMNS, PAGE_SIZE, OrdersModel


def summary(i: int, subs: int = 1, hold: str | None = None) -> OrderSummary:
    return OrderSummary(
        ingram_order_number=f"20-A{i:04d}",
        customer_order_number=f"PO-{i}",
        order_date=date(2026, 11, 1),
        status="Processing",
        sub_orders=tuple(
            SubOrder(
                f"20-A{i:04d}-{11 + k}", "S" if hold else "R", "", hold, None, None, Decimal("10.5")
            )
            for k in range(subs)
        ),
        total=Decimal("21.00"),
    )


async def rows_from(
    n: int, gate: asyncio.Event | None = None
) -> AsyncIterator[tuple[OrderSummary, int]]:
    for i in range(n):
        if gate is not None and i == PAGE_SIZE:
            await gate.wait()
        yield summary(i, subs=1 + i % 2), n


def test_order_lines_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = OrderLinesModel()
    model.set_lines([FormLine("1", 2, "A", Decimal("3.10"), "EUR"), FormLine("2", 1, "B")])
    qtmodeltester.check(model)


def test_line_totals_and_order_total_need_every_price() -> None:
    model = OrderLinesModel()
    model.add(FormLine("1", 2, unit_price=Decimal("3.10"), currency="EUR"))
    assert model.order_total() == Decimal("6.20")
    model.add(FormLine("2", 1))
    assert model.order_total() is None


def test_adding_a_known_sku_adds_to_its_quantity() -> None:
    model = OrderLinesModel()
    model.add(FormLine("abc", 2))
    model.add(FormLine("ABC", 3))
    assert [(ln.sku, ln.quantity) for ln in model.lines] == [("abc", 5)]


def test_quantity_edits_accept_positive_integers_only() -> None:
    model = OrderLinesModel()
    model.add(FormLine("1", 2))
    qty = model.index(0, 2)
    assert not model.setData(qty, 0, Qt.ItemDataRole.EditRole)
    assert not model.setData(qty, "x", Qt.ItemDataRole.EditRole)
    assert model.setData(qty, 7, Qt.ItemDataRole.EditRole)
    assert model.lines[0].quantity == 7
    assert not model.setData(model.index(0, 0), "other", Qt.ItemDataRole.EditRole)  # SKU fixed


def test_orders_model_with_rows_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = OrdersModel()
    model.set_orders([summary(i, subs=2, hold="CH" if i % 2 else None) for i in range(5)])
    qtmodeltester.check(model)


async def test_orders_model_fetching_pages_passes_the_model_tester(
    qtbot: Any, qtmodeltester: Any
) -> None:
    """The tester calls fetchMore re-entrantly; the guard lets one page load at a time."""
    gate = asyncio.Event()
    model = OrdersModel()
    model.set_source(rows_from(150, gate))
    pages: list[int] = []
    model.page_loaded.connect(pages.append)
    qtmodeltester.check(model)  # calls fetchMore; a second call while loading is refused
    assert model.is_fetching and not model.canFetchMore()
    while not pages:
        await asyncio.sleep(0.01)
    assert len(model.orders) == PAGE_SIZE  # the next page waits at the gate
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    before = model.rowCount()
    gate.set()
    model.fetchMore(QModelIndex())  # the view asking again while a page loads: no second load
    while len(pages) < 2:
        await asyncio.sleep(0.01)
    assert inserted == [(before, model.rowCount() - 1)]  # one insert, inclusive last row
    assert len(model.orders) == 150 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_status_and_hold_are_decoded_from_the_seed_tables() -> None:
    model = OrdersModel()
    model.set_orders([summary(1, hold="CH")])
    keys = [k for k, _ in COLUMNS]
    status = model.index(0, keys.index("status"))
    hold = model.index(0, keys.index("hold"))
    assert status.data() == "Sales Hold"
    assert hold.data() == "CH Credit check hold"
    assert hold.data(BADGE_ROLE)[0] == "CH Credit check hold"
    assert "credit" in hold.data(Qt.ItemDataRole.ToolTipRole).lower()


def test_quantity_typed_as_text_is_read_in_the_clerks_locale() -> None:
    from PySide6.QtCore import QLocale

    from ingram_desk.ui import formats

    formats.set_locale(QLocale("de_DE"))
    model = OrderLinesModel()
    model.add(FormLine("1", 2))
    qty = model.index(0, 2)
    assert model.setData(qty, "1.200", Qt.ItemDataRole.EditRole)
    assert model.lines[0].quantity == 1200
    assert qty.data() == "1.200"
    assert not model.setData(qty, "2,5", Qt.ItemDataRole.EditRole)  # a count has no fraction
    assert model.lines[0].quantity == 1200


def test_orders_grid_shows_money_as_the_locale_writes_it_and_sorts_numerically(
    qtmodeltester: Any,
) -> None:
    from dataclasses import replace

    from PySide6.QtCore import QLocale, QSortFilterProxyModel

    from ingram_desk.ui import formats
    from ingram_desk.ui.models.orders_model import SORT_ROLE

    totals = ["1037.56", "9.99", "120.00", "1000000.01"]
    orders = [
        replace(summary(i, subs=0), total=Decimal(t), currency="EUR", order_date=date(2026, 3, 4))
        for i, t in enumerate(totals)
    ]
    model = OrdersModel()
    model.set_orders(orders)
    qtmodeltester.check(model)
    value, day = [k for k, _ in COLUMNS].index("value"), [k for k, _ in COLUMNS].index("date")
    shown = {
        "nl_NL": ("€\u00a01.037,56", "04-03-2026"),
        "de_DE": ("1.037,56\u00a0€", "04.03.2026"),
        "fr_FR": ("1\u202f037,56\u00a0€", "04/03/2026"),
        "en_US": ("€1,037.56", "3/4/2026"),
    }
    for name, (money, when) in shown.items():
        formats.set_locale(QLocale(name))
        assert model.index(0, value).data() == money
        assert model.index(0, day).data() == when
    formats.set_locale(QLocale("nl_NL"))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(value, Qt.SortOrder.AscendingOrder)
    column = [proxy.index(r, value).data() for r in range(proxy.rowCount())]
    assert column == ["€\u00a09,99", "€\u00a0120,00", "€\u00a01.037,56", "€\u00a01.000.000,01"]
