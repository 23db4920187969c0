"""Order-form helpers without widgets: pasted SKU/quantity text, and a live P&A answer applied
to a line with a note of what changed since it was added."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingram_desk.domain.availability import PnaResult
from ingram_desk.ui.models.order_lines_model import FormLine
from ingram_desk.ui.order_lines_input import (
    LineInputError,
    apply_live_answers,
    parse_sku_quantities,
)


def answer(price: str | None, available: int, status: str | None = None) -> PnaResult:
    return PnaResult(
        query="A1", sku="A1", vpn="V", upc=None, description="Disk", vendor_name="X",
        customer_price=Decimal(price) if price else None, retail_price=None, currency="EUR",
        available=available > 0, total_available=available, status_code=status,
        status_message="Invalid SKU" if status == "E" else None,
    )  # fmt: skip


def test_spreadsheet_columns_and_lone_skus_are_read() -> None:
    assert parse_sku_quantities("A1\t2\nB2 ; 5\nC3") == [("A1", 2), ("B2", 5), ("C3", 1)]


@pytest.mark.parametrize(
    "text", ["3N2JB33 -3", "4WAG9Y6 2a", "4WAG9Y6 x3", "4WAG9Y6 3 Stk", "4WAG9Y6 1.000",
             "2DUMC87 0", "A1 2\nB2 0"],
)  # fmt: skip
def test_a_quantity_that_is_not_a_whole_number_of_at_least_one_is_refused(text: str) -> None:
    with pytest.raises(LineInputError) as caught:
        parse_sku_quantities(text)
    assert text.split("\n")[-1] in str(caught.value) and "Nothing added" in str(caught.value)


def test_unchanged_line_gets_the_live_price_source_and_no_note() -> None:
    line = FormLine("A1", 2, unit_price=Decimal("10.00"))
    new = apply_live_answers(line, answer("10.00", 5), "09:15")
    assert new.live_note == "" and new.live_checked
    assert new.price_source == "live P&A 09:15" and new.description == "Disk"


def test_price_and_stock_changes_are_noted() -> None:
    line = FormLine("A1", 8, unit_price=Decimal("10.00"))
    new = apply_live_answers(line, answer("12.50", 3), "09:15")
    assert new.live_note == "price €10.00 → €12.50; only 3 available"  # money with its currency
    assert new.unit_price == Decimal("12.50") and new.total == Decimal("100.00")


def test_nothing_in_stock_says_so_instead_of_only_0_available() -> None:
    """Found in the Xvfb clerk pass: the review said "only 0 available"."""
    new = apply_live_answers(
        FormLine("A1", 2, unit_price=Decimal("10.00")), answer("10.00", 0), "t"
    )
    assert new.live_note == "none in stock"


def test_rejected_or_unanswered_lines_say_so_and_keep_their_price() -> None:
    line = FormLine("A1", 1, unit_price=Decimal("10.00"))
    refused = apply_live_answers(line, answer(None, 0, "E"), "t")
    assert refused.live_note == "Invalid SKU" and refused.live_rejected
    missing = apply_live_answers(line, None, "t")
    assert missing.live_note == "no answer from Ingram" and missing.unit_price == Decimal("10.00")
