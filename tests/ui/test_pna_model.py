"""The P&A grid model: Qt's model tester, warehouse child rows, file differences."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt

from ingram_desk.domain.availability import PnaResult, WarehouseAvailability
from ingram_desk.domain.product import Product
from ingram_desk.ui.models.pna_model import PnaModel, file_difference


def _result(sku: str = "1234567", price: str = "212.40", available: int = 12) -> PnaResult:
    return PnaResult(
        query=sku,
        sku=sku,
        vpn="4XJ09A",
        upc="0195161234567",
        description="HP Monitor 24in",
        vendor_name="HP",
        customer_price=Decimal(price),
        retail_price=None,
        currency="EUR",
        available=available > 0,
        total_available=available,
        warehouses=(
            WarehouseAvailability("40", "Straubing", "Straubing, DE", True, True, available, 0),
            WarehouseAvailability(
                "96", "Amsterdam", "NL", False, True, 0, 5, eta=date(2026, 12, 1)
            ),
        ),
        status_code="S",
        status_message="",
    )


def _product(stock: int, price: str) -> Product:
    return Product(
        row_id=1, sku="1234567", vpn="4XJ09A", ean="", vendor="HP", description="HP Monitor",
        category_code="", category_path=(), customer_price=Decimal(price), retail_price=None,
        currency="EUR", stock=stock, in_stock=stock > 0, eta=None,
    )  # fmt: skip


def test_model_passes_qt_model_tester(qtmodeltester) -> None:
    model = PnaModel()
    model.set_results([_result(), _result("7654321")])
    qtmodeltester.check(model)


def test_warehouse_rows_show_name_location_and_central_flag() -> None:
    model = PnaModel()
    model.set_results([_result()])
    parent = model.index(0, 0)
    assert model.rowCount(parent) == 2
    desc_col = [c.key for c in model.columns].index("description")
    central = model.index(0, desc_col, parent).data()
    local = model.index(1, desc_col, parent).data()
    assert "Straubing" in central and "central" in central and not central.startswith("#")
    assert "Amsterdam" in local and "local" in local
    status_col = [c.key for c in model.columns].index("status")
    assert model.index(1, status_col, parent).data() == "5 backordered"


def test_difference_from_price_file_is_highlighted_with_the_file_figures() -> None:
    model = PnaModel()
    model.set_results([_result(price="199.00", available=3)], {"1234567": _product(12, "212.40")})
    price_col = [c.key for c in model.columns].index("price")
    cell = model.index(0, price_col)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "file said 12 at €212.40" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_no_difference_when_file_agrees_or_does_not_know_the_sku() -> None:
    assert file_difference(_result(), _product(12, "212.40")) == {}
    assert file_difference(_result(), None) == {}


def test_rejected_line_shows_ingrams_reason() -> None:
    rejected = PnaResult(
        query="BOGUS1", sku=None, vpn=None, upc=None, description="", vendor_name="",
        customer_price=None, retail_price=None, currency=None, available=False,
        total_available=0, status_code="E", status_message="Invalid SKU",
    )  # fmt: skip
    model = PnaModel()
    model.set_results([rejected])
    status_col = [c.key for c in model.columns].index("status")
    assert model.index(0, status_col).data() == "Invalid SKU"
    available_col = [c.key for c in model.columns].index("available")
    assert model.index(0, available_col).data() == ""  # not "0 available" (defect 16)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.parent(model.index(0, 0)) == QModelIndex()


def test_status_column_says_what_the_file_said() -> None:
    model = PnaModel()
    model.set_results([_result(price="199.00", available=3)], {"1234567": _product(12, "212.40")})
    status_col = [c.key for c in model.columns].index("status")
    assert model.index(0, status_col).data().endswith("file said 12 at €212.40")


def test_an_eta_always_shows_its_year_and_a_past_one_is_marked_overdue() -> None:
    """Defect 14: "05 Feb" for a date already past."""
    from datetime import date, timedelta

    from ingram_desk.ui.models.columns import format_value

    past = date.today() - timedelta(days=30)
    future = date.today() + timedelta(days=400)
    assert format_value("eta", past) == f"{past.month}/{past.day}/{past.year} · overdue"
    assert format_value("eta", future) == f"{future.month}/{future.day}/{future.year}"
