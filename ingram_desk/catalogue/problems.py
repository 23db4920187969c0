"""Which records of a price file the import skips or keeps with a warning, and why, found over
whole columns, each with its line.

Why: polars reads a million rows in about a second but says nothing about a bad one, and a
purchaser needs every skipped row and every value left empty reported with its line and
column. One vectorised pass flags the few suspect records (no SKU; a price, retail price,
stock or ETA that fits no rule; negative stock; a repeated SKU); only those go through
``rows.RowConverter``, which words each reason as for any row.

A row with the wrong number of columns is skipped and reported: polars pads a short row and
cuts a long one, so ``file_lines`` counts each record's delimiters outside quotes (and finds
the line it starts on) in one pass over the file's bytes. A cell longer than the csv module's
default field limit, mapped or not, is skipped and reported as the csv module words it (the
same pass finds the records holding one). A byte invalid in the file's encoding is reported by
``parse``.
"""

from __future__ import annotations

import polars as pl

from ingram_desk.domain.phrase import CatalogueTexts

from .detect import ImportPlan
from .file_lines import FIELD_LIMIT
from .report import ImportReport
from .rows import RowConverter, RowError
from .search_text import text_cell
from .values import date_values, price_values, quantity_values, unreadable

__all__ = [
    "misshapen",
    "record_problems",
    "unknown_counts",
]

c = pl.col


def unknown_counts(frame: pl.DataFrame, cells: list[int], first_line: int) -> pl.DataFrame:
    """``FileLines.records`` for the records of ``frame`` (cells ``c<i>`` for ``cells``) when
    polars read another number of records than the file's lines make: none is said to have
    the wrong number of columns, each is said to start one line after the one before (from
    ``first_line``), and only the cells read are checked against ``FIELD_LIMIT``."""
    longest = [text_cell(i).str.len_chars() > FIELD_LIMIT for i in cells]
    records = frame.height
    return frame.select(
        pl.repeat(None, records, dtype=pl.UInt32).alias("_n"),
        (
            pl.any_horizontal(longest).fill_null(False) if longest else pl.repeat(False, records)
        ).alias("_long"),
        pl.int_range(first_line, first_line + records, dtype=pl.UInt32).alias("_line"),
    )


def misshapen(plan: ImportPlan) -> pl.Expr:
    """True for records (with ``_n`` and ``_long`` from ``file_lines``) the layout cannot
    read."""
    low, high = plan.columns.min_columns, plan.columns.max_columns
    return ((c("_n") < low) | (c("_n") > high)).fill_null(False) | c("_long")


def record_problems(
    frame: pl.DataFrame,
    plan: ImportPlan,
    cells: list[int],
    report: ImportReport,
) -> None:
    """Add the problems of ``frame`` (every record read, with ``_sku``, ``_price`` and the
    counts of ``file_lines``) to ``report``, in line order."""
    cols = plan.columns

    def cell(field: str) -> pl.Expr:
        ix = cols.columns.get(field, ())
        return text_cell(ix[0]).str.strip_chars() if ix else pl.lit("")

    comma = cols.decimal_comma.get("customer_price", False)
    checks = [c("_sku") == "", c("_price").is_null()]
    if cols.has("retail_price"):
        retail = price_values(cell("retail_price"), cols.decimal_comma.get("retail_price", False))
        checks.append(unreadable(cell("retail_price"), retail))
    if cols.has("stock"):
        stock = quantity_values(cell("stock"), comma)
        checks += [unreadable(cell("stock"), stock), stock < 0]
    if cols.has("eta"):
        checks.append(unreadable(cell("eta"), date_values(cell("eta"), cols.month_first)))
    blank = pl.all_horizontal([(c(f"c{i}") == "").fill_null(True) for i in cells])  # (no cast)
    found: list[tuple[int, str, bool]] = []
    low, high = cols.min_columns, cols.max_columns
    expected = str(low) if low == high else f"{low}–{high}"
    shape = frame.select("_sku", "_price", "_line", "_n", "_long")  # (filtered narrow: cheap)
    for line, n, big in shape.filter(misshapen(plan)).select("_line", "_n", "_long").iter_rows():
        if big:
            reason = CatalogueTexts.tr(
                "unreadable row: field larger than field limit ({limit})", limit=FIELD_LIMIT
            )
        else:
            reason = CatalogueTexts.tr("{n} columns, expected {expected}", n=n, expected=expected)
        found.append((line, reason, True))
    usable = ~misshapen(plan) & ~blank
    rest = frame.filter(usable & pl.any_horizontal(checks).fill_null(False))
    if rest.height:
        width = max(cols.max_columns, max(cells) + 1)
        rows = []
        for values in rest.select([text_cell(i) for i in cells]).iter_rows():
            row = [""] * width
            for i, value in zip(cells, values, strict=True):
                row[i] = value
            rows.append(row)
        converter = RowConverter(cols, "", lambda n, r: found.append((n, r, False)))
        at = rest.get_column("_line").to_list()
        for line, out in zip(at, converter.convert(rows, at), strict=True):
            if isinstance(out, RowError):
                found.append((line, out.args[0], True))
    found += _duplicates(shape.filter(~misshapen(plan)))
    report.duplicates_replaced += sum(1 for _l, r, _s in found if r.startswith("duplicate SKU"))
    for line, reason, skipped in sorted(found, key=lambda p: p[0]):
        report.add_problem(line, reason, skipped=skipped)


def _duplicates(frame: pl.DataFrame) -> list[tuple[int, str, bool]]:
    """A usable row whose SKU (any case) came before replaces that row: reported at its line."""
    usable = frame.filter((c("_sku") != "") & c("_price").is_not_null())
    key = c("_sku").str.to_uppercase()
    if usable.select(key.n_unique()).item() == usable.height:
        return []
    repeated = usable.with_columns(c("_line").shift(1).over(key).alias("_before")).filter(
        c("_before").is_not_null()
    )
    return [
        (
            line,
            CatalogueTexts.tr(
                "duplicate SKU {sku}: replaces line {before}", sku=sku, before=before
            ),
            False,
        )
        for sku, line, before in repeated.select("_sku", "_line", "_before").iter_rows()
    ]
