"""CSV/XLSX export: formula-looking text neutralised, numbers stay numbers, dates stay dates;
each file is opened back and checked cell by cell."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from ingram_desk.domain.placed_order import (
    OrderDetails,
    OrderLine,
    Shipment,
    TrackingPackage,
)
from ingram_desk.services.table_export import DETAIL_HEADERS, detail_rows, export, safe_cell

HEADERS = ["text", "formula", "plus", "minus", "at", "int", "money", "day", "none"]
ROW = [
    "plain",
    "=1+1",
    "+31 20 123",
    "-5",
    "@SUM(A1)",
    7,
    Decimal("1234.50"),
    date(2026, 11, 23),
    None,
]


@pytest.mark.parametrize("text", ["=cmd|' /C calc'!A0", "+1", "-1", "@x", "\tx", "\rx"])
def test_text_that_looks_like_a_formula_gets_an_apostrophe(text: str) -> None:
    assert safe_cell(text) == "'" + text


def test_numbers_dates_and_plain_text_are_unchanged() -> None:
    assert safe_cell(-5) == -5 and safe_cell(Decimal("-1.5")) == Decimal("-1.5")
    assert safe_cell(date(2026, 1, 2)) == date(2026, 1, 2)
    assert safe_cell("a=b") == "a=b" and safe_cell(None) is None


def test_csv_read_back_cell_by_cell(tmp_path: Path) -> None:
    path = export(tmp_path / "out.csv", HEADERS, [ROW])
    with path.open(encoding="utf-8-sig", newline="") as fh:
        header, row = list(csv.reader(fh))
    assert header == HEADERS
    assert row == [
        "plain",
        "'=1+1",
        "'+31 20 123",
        "'-5",
        "'@SUM(A1)",
        "7",
        "1234.50",
        "2026-11-23",
        "",
    ]


def test_xlsx_read_back_cell_by_cell(tmp_path: Path) -> None:
    path = export(tmp_path / "out.xlsx", HEADERS, [ROW])
    sheet = openpyxl.load_workbook(path).active
    header, row = ([c for c in r] for r in sheet.iter_rows())
    assert [c.value for c in header] == HEADERS
    values = [c.value for c in row]
    assert values[:5] == ["plain", "'=1+1", "'+31 20 123", "'-5", "'@SUM(A1)"]
    assert values[5] == 7 and values[6] == 1234.5 and row[6].number_format == "#,##0.00"
    assert values[7].date() == date(2026, 11, 23) and values[8] is None
    assert all(c.data_type != "f" for c in row)  # no formulas anywhere


def test_details_rows_carry_tracking_serials_and_invoices(tmp_path: Path) -> None:
    package = TrackingPackage("1Z999", "UG", "UPS GROUND", None, ("SN1", "SN2"))
    shipment = Shipment(2, "10", "Berlin", None, date(2026, 11, 20), "INV1", None, "D1", (package,))
    line = OrderLine(
        "20-A-11", "001", "1", "Shipped", "SKU1", "=VPN", "Disk", Decimal("9.99"),
        Decimal("19.98"), 2, 2, 0, None, (shipment,),
    )  # fmt: skip
    details = OrderDetails(
        "20-A", "PO1", date(2026, 11, 19), "Shipped", Decimal("19.98"), "EUR", (line,)
    )
    export(tmp_path / "d.xlsx", DETAIL_HEADERS, detail_rows(details))
    sheet = openpyxl.load_workbook(tmp_path / "d.xlsx").active
    cells = dict(zip(DETAIL_HEADERS, [c.value for c in list(sheet.iter_rows())[1]], strict=True))
    assert cells["Vendor part no."] == "'=VPN"
    assert cells["Tracking numbers"] == "1Z999" and cells["Carrier"] == "UPS GROUND"
    assert cells["Serial numbers"] == "SN1, SN2" and cells["Invoices"] == "INV1"
    assert cells["Ordered"] == 2 and cells["Extended price"] == 19.98


# ---- issue 19 defect 9: OWASP CSV-injection guidance in full, each case ---------------------
OWASP_CASES = [
    "\n=1+1",  # leading line feed (OWASP added LF in 2025)
    "\x00=1+1",  # NUL (ASVS 5.0 1.2.10)
    '  =HYPERLINK("http://x")',  # leading spaces before =
    "\u00a0+1",  # no-break space before +
    "\u3000@SUM(A1)",  # ideographic space before @
    "\u200b-2+3",  # zero-width space before -
    "\ufeff=1",  # a stray BOM before =
    " \t=1",  # space then tab
    "\uff1d1+1",  # full-width ＝
    "\uff0b1",  # full-width ＋
    "\uff0d1",  # full-width －
    "\uff20SUM(A1)",  # full-width ＠
    "\ufe661",  # small ﹦
    "\ufe62 1",  # small ﹢
]


@pytest.mark.parametrize("text", OWASP_CASES)
def test_owasp_triggers_after_blanks_and_full_width_forms_are_neutralised(text: str) -> None:
    assert safe_cell(text) == "'" + text
    assert safe_cell(safe_cell(text)) == safe_cell(text)  # idempotent


@pytest.mark.parametrize("text", ["plain", "  plain", "\u00a0", "", "a=b", "x-1", "'=already"])
def test_harmless_text_is_left_alone(text: str) -> None:
    assert safe_cell(text) == text


def test_every_case_survives_a_csv_and_xlsx_round_trip_without_formulas(tmp_path: Path) -> None:
    row = [*OWASP_CASES, "a;=1+1", 'say "hi", =x', Decimal("-1.5"), -2]
    headers = [f"c{i}" for i in range(len(row))]
    csv_path = export(tmp_path / "out.csv", headers, [row])
    raw = csv_path.read_text(encoding="utf-8-sig")
    assert '"a;=1+1"' in raw and '"say ""hi"", =x"' in raw  # quoted: no new cell starts
    assert ",-1.5,-2" in raw.replace("\r\n", "\n")  # numbers stay bare numbers
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        _, back = list(csv.reader(fh))
    assert back[: len(OWASP_CASES)] == ["'" + t for t in OWASP_CASES]
    sheet = openpyxl.load_workbook(export(tmp_path / "out.xlsx", headers, [row])).active
    cells = list(sheet.iter_rows())[1]
    assert all(c.data_type != "f" for c in cells)
    assert [c.value for c in cells][-2:] == [-1.5, -2]
