"""One reading of money, quantities and dates, held to a table of nasty cells through both engines.

Each table row is one cell in a real price file. The store (through the importer) and the
stage-1 snapshot (through polars) must both give the expected value, and agree with each other
on every product, filter and sort; a cell that fits no rule is reported with its line and
column instead of being guessed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import polars as pl
import pytest

from ingram_desk.catalogue.engine import Catalogue, import_files
from ingram_desk.catalogue.parse import snapshot_of
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.values import (
    Reading,
    date_values,
    dates,
    is_decimal_comma,
    is_month_first,
    price_values,
    prices,
    quantities,
    quantity_values,
    read_cells,
)

from .builders import ENGLISH_HEADER, english_row, write_csv
from .test_snapshot import assert_alike

D = Decimal
#: (customer price cell, expected price or None when unreadable) in a decimal-DOT file
DOT_PRICES = [
    ("10.50", D("10.50")),
    ("1.234,56", D("1234.56")),  # both marks: the last one is the decimal mark
    ("1,234.56", D("1234.56")),
    ("1,234", D("1234")),  # a comma groups thousands
    ("1 234.50", D("1234.50")),
    ("0.077", D("0.077")),
    ("0000061.75", D("61.75")),
    ("0.00005", D("0.0001")),  # exact, half up at 1/10000
    ("12,50", None),  # a comma that groups no thousands: fits no rule
    ("12.3x", None),
]
#: the same in a decimal-COMMA file
COMMA_PRICES = [
    ("10,50", D("10.50")),
    ("12.345", D("12345")),  # a dot groups thousands
    ("1.234,56", D("1234.56")),
    ("1,234.56", D("1234.56")),  # both marks: the last one is the decimal mark
    ("1.234.567,89", D("1234567.89")),
    ("-3,5", D("-3.50")),
    ("12.34", None),  # a dot that groups no thousands: fits no rule
    ("0.077", None),
    ("+1.234,5", D("1234.50")),  # grouped as written: read at once
    ("-12.345,", D("-12345")),
    ("1.2345,6", None),  # a group of four, or of two, or one leading zero: fits no rule
    ("1.23,4", None),
    ("01.234,5", None),
    ("1.234e2", None),
    ("1.234,5 ", D("1234.50")),  # a space: the full rules
]
#: (ETA cell, expected date or None when unreadable), European day-first files
ETAS = [
    ("05/03/2026", date(2026, 3, 5)),
    ("05.03.26", date(2026, 3, 5)),  # dd.mm.yy is 20yy
    ("5.3.26 00:00:00", date(2026, 3, 5)),
    ("03.01.2027 01:41:17", date(2027, 1, 3)),
    ("2026-03-05", date(2026, 3, 5)),
    ("2026-03-05T10:00:00", date(2026, 3, 5)),
    ("20260305", date(2026, 3, 5)),
    ("31.02.2027", None),
    ("soon", None),
]
#: (stock cell, expected quantity or None) per decimal mark
DOT_STOCK = [("7", 7), ("1,000", 1000), ("12.0", 12), ("2.5", None)]
COMMA_STOCK = [("7", 7), ("1.000", 1000), ("12,0", 12), ("2,5", None)]


def _file(
    tmp_path: Path, prices: list, stock: list, *, comma: bool, retail: str
) -> tuple[Path, dict[str, tuple]]:
    """One row per table entry (prices, ETAs, stock), the SKU saying which entry it holds."""
    rows, expect = [], {}

    def fmt(value: str) -> str:
        return value.replace(".", ",") if comma else value

    for n, (cell, value) in enumerate(prices):
        sku = f"P{n:02d}"
        rows.append(english_row(sku, f"V-{sku}", price=cell, retail=retail))
        expect[sku] = ("price", cell, value)
    for n, (cell, value) in enumerate(ETAS):
        sku = f"E{n:02d}"
        rows.append(english_row(sku, f"V-{sku}", price=fmt("20.00"), retail=retail, eta=cell))
        expect[sku] = ("eta", cell, value)
    for n, (cell, value) in enumerate(stock):
        sku = f"S{n:02d}"
        rows.append(english_row(sku, f"V-{sku}", price=fmt("30.00"), retail=retail, qty=cell))
        expect[sku] = ("stock", cell, value)
    name = "comma.csv" if comma else "dot.csv"
    src = write_csv(tmp_path / name, ENGLISH_HEADER, rows, delimiter=";" if comma else ",")
    return src, expect


@pytest.mark.parametrize("comma", [False, True], ids=["decimal-dot", "decimal-comma"])
def test_both_engines_read_the_table_of_nasty_cells_alike(tmp_path: Path, comma: bool) -> None:
    prices, stock = (COMMA_PRICES, COMMA_STOCK) if comma else (DOT_PRICES, DOT_STOCK)
    src, expect = _file(tmp_path, prices, stock, comma=comma, retail="12,00" if comma else "12.00")
    db = tmp_path / "c.sqlite3"
    report = import_files(db, src)
    store = Catalogue.open(db)
    snap = snapshot_of(src, mappings_from=db)
    try:
        products = {p.sku: p for p in store.read_rows(store.query_ids(CatalogueQuery()))}
        problems = {p.line: p for p in report.problems}
        line_of = {sku: n + 2 for n, sku in enumerate(expect)}  # header is line 1
        for sku, (kind, cell, value) in expect.items():
            line = line_of[sku]
            if kind == "price":
                if value is None:
                    assert sku not in products, cell
                    assert problems[line].skipped, cell
                    assert problems[line].reason == (
                        f"customer price: not a number: {cell!r} (column 9, CustomerPrice)"
                    )
                else:
                    assert products[sku].customer_price == value, cell
            elif kind == "eta":
                assert products[sku].eta == value, cell
                if value is None:
                    reason = problems[line].reason
                    assert reason == f"ETA ignored: not a date: {cell!r} (column 13, ETADate)"
            else:
                assert products[sku].stock == value, cell
                if value is None:
                    reason = problems[line].reason
                    assert reason == (
                        f"stock ignored: not a quantity: {cell!r} (column 12, AvailableQuantity)"
                    )
        unreadable = [e for e in expect.values() if e[2] is None]
        assert len(report.problems) == len(unreadable)
        # the snapshot gives the same products, and filters and sorts (price, ETA, stock) alike
        assert_alike(store, snap)
        ids = snap.query_ids(CatalogueQuery(sort_key="eta")).tolist()
        assert ids == store.query_ids(CatalogueQuery(sort_key="eta")).tolist()
        cheap = CatalogueQuery(price_min=D("1000"), price_max=D("2000"))
        assert sorted(p.sku for p in snap.read_rows(snap.query_ids(cheap))) == sorted(
            sku for sku, e in expect.items() if e[0] == "price" and e[2] and 1000 <= e[2] <= 2000
        )
    finally:
        store.close()


def test_slash_dates_read_month_first_only_where_the_file_says_so(tmp_path: Path) -> None:
    rows = [
        english_row("A1", "V-1", eta="12/31/2026"),  # a day over 12 in the middle: US order
        english_row("A2", "V-2", eta="05/03/2026"),
    ]
    src = write_csv(tmp_path / "us.csv", ENGLISH_HEADER, rows)
    db = tmp_path / "c.sqlite3"
    import_files(db, src)
    store = Catalogue.open(db)
    snap = snapshot_of(src, mappings_from=db)
    try:
        etas = [p.eta for p in store.read_rows(store.query_ids(CatalogueQuery()))]
        assert etas == [date(2026, 12, 31), date(2026, 5, 3)]
        assert_alike(store, snap)
    finally:
        store.close()


def test_the_expressions_on_their_own() -> None:
    cells = pl.DataFrame({"c": ["1.234,56", "12.345", " ", "", "9" * 15, "+5", ",5"]})
    c = pl.col("c")
    dot = cells.select(price_values(c, False)).to_series().to_list()
    comma = cells.select(price_values(c, True)).to_series().to_list()
    assert dot == [12345600, 123450, None, None, None, 50000, None]
    assert comma == [12345600, 123450000, None, None, None, 50000, 5000]
    qty = cells.select(quantity_values(c, True)).to_series().to_list()
    assert qty == [None, 12345, None, None, None, 5, None]
    days = pl.DataFrame({"c": ["29.02.2028", "29.02.2027", "01.01.1899", "1.1.2026"]})
    assert days.select(date_values(c)).to_series().to_list() == [
        date(2028, 2, 29), None, None, date(2026, 1, 1),
    ]  # fmt: skip
    # the first dated cell holds a time: each cell is read by its day part at once, alike
    for etas in (ETAS, sorted(ETAS, key=lambda eta: " " not in eta[0])):
        cells = pl.DataFrame({"c": [cell for cell, _day in etas]})
        assert cells.select(date_values(c)).to_series().to_list() == [day for _c, day in etas]


def test_column_detection() -> None:
    assert is_decimal_comma(["12,50", "3,00"])
    assert is_decimal_comma(["12.345", "1.234,56"])  # grouped thousands, comma decimals
    assert not is_decimal_comma(["12.50", "3,00"])
    assert not is_decimal_comma(["0.077", "1,234.56"])
    assert not is_decimal_comma(["1,234", "12"])  # nothing says comma: dot
    assert is_month_first(["12/31/2026", "01/02/2026"])
    assert not is_month_first(["31/12/2026", "01/02/2026"])
    assert not is_month_first(["01/02/2026"])


@pytest.mark.parametrize("comma", [False, True], ids=["decimal-dot", "decimal-comma"])
def test_a_block_of_columns_reads_each_as_it_reads_alone(comma: bool) -> None:
    """A page's price, retail, stock and ETA cells are read together (``read_cells``: one
    plan for the plain cells of all four, the rules for the rest): each column's values are
    the table's, as when the column is read alone."""
    table = COMMA_PRICES if comma else DOT_PRICES
    stock = COMMA_STOCK if comma else DOT_STOCK
    n = max(len(table), len(ETAS), len(stock))
    cells = pl.DataFrame({
        "p": [cell for cell, _v in table] + [""] * (n - len(table)),
        "r": [cell for cell, _v in reversed(table)] + [" "] * (n - len(table)),
        "s": [cell for cell, _v in stock] + [""] * (n - len(stock)),
        "e": [cell for cell, _v in ETAS] + [""] * (n - len(ETAS)),
    })  # fmt: skip
    read = read_cells(cells, {
        "p": Reading("price", comma), "r": Reading("price", comma),
        "s": Reading("quantity", comma), "e": Reading("date"),
    })  # fmt: skip
    money = [None if v is None else int(v * 10_000) for _c, v in table]
    assert read.get_column("p").to_list()[: len(table)] == money
    assert read.get_column("r").to_list()[: len(table)] == money[::-1]
    assert read.get_column("s").to_list()[: len(stock)] == [v for _c, v in stock]
    assert read.get_column("e").to_list()[: len(ETAS)] == [v for _c, v in ETAS]
    assert read.get_column("e").to_list()[len(ETAS) :] == [None] * (n - len(ETAS))
    for name, alone in (
        ("p", prices(cells.get_column("p"), comma)),
        ("s", quantities(cells.get_column("s"), comma)),
        ("e", dates(cells.get_column("e"))),
    ):
        assert read.get_column(name).to_list() == alone.to_list()
