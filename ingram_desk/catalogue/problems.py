"""Which records of a price file the import skips or keeps with a warning, and why, found over
whole columns, each with its line.

Why: polars reads a million rows in about a second but says nothing about a bad one, and a
purchaser needs every skipped row and every value left empty reported with its line and
column. One vectorised pass flags the few suspect records (no SKU; a price, retail price,
stock or ETA that fits no rule; negative stock; a repeated SKU); only those go through
``rows.RowConverter``, which words each reason as for any row. The rows left out are found
while the file is read; the rows kept are checked once their snapshot serves (``LaterChecks``),
as the first answer needs none of it.

A row with the wrong number of columns is skipped and reported: polars pads a short row and
cuts a long one, so ``file_lines`` counts each record's delimiters outside quotes (and finds
the line it starts on) in one pass over the file's bytes. A cell longer than the csv module's
default field limit, mapped or not, is skipped and reported as the csv module words it (the
same pass finds the records holding one). A byte invalid in the file's encoding is reported by
``parse``.
"""

from __future__ import annotations

import threading

import polars as pl

from ingram_desk.domain.phrase import CatalogueTexts

from .detect import ImportPlan
from .file_lines import FIELD_LIMIT
from .report import ImportReport
from .rows import RowConverter, RowError
from .search_text import field_cell, text_cell
from .values import date_values, price_values, quantities, unreadable

__all__ = [
    "LaterChecks",
    "blank",
    "misshapen",
    "record_problems",
    "unknown_counts",
]

c = pl.col
#: a problem: its line, its reason, whether the row was skipped
Found = tuple[int, str, bool]


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


#: what a blank record's cells hold
_NOTHING = ("", "\x1a")


def blank(cells: list[int]) -> pl.Expr:
    """True for records whose every cell ``c<i>`` of ``cells`` is empty: a blank line (also
    a lone carriage return, or a DOS end-of-file mark, Ctrl-Z) is no row, neither reported
    nor counted as skipped."""
    return pl.all_horizontal([c(f"c{i}").is_in(_NOTHING).fill_null(True) for i in cells])


def record_problems(
    frame: pl.DataFrame,
    plan: ImportPlan,
    cells: list[int],
) -> list[Found]:
    """The problems of the records of ``frame`` (every record read, with ``_sku``, ``_price``
    and the counts of ``file_lines``) the import leaves out: a wrong number of columns, no
    SKU or no price. The rows it keeps are checked later (``LaterChecks``)."""
    cols = plan.columns
    found: list[Found] = []
    low, high = cols.min_columns, cols.max_columns
    expected = str(low) if low == high else f"{low}–{high}"
    for line, n, big in frame.filter(misshapen(plan)).select("_line", "_n", "_long").iter_rows():
        if big:
            reason = CatalogueTexts.tr(
                "unreadable row: field larger than field limit ({limit})", limit=FIELD_LIMIT
            )
        else:
            reason = CatalogueTexts.tr("{n} columns, expected {expected}", n=n, expected=expected)
        found.append((line, reason, True))
    # (the few left out first: checking every cell for blank costs ~0.1 s a million rows)
    left_out = frame.filter(~misshapen(plan) & ((c("_sku") == "") | c("_price").is_null()))
    _convert(left_out.filter(~blank(cells)), plan, cells, found)
    return found


class LaterChecks:
    """The problems of the rows an import keeps (a retail price, stock or ETA that fits no
    rule, negative stock, a repeated SKU), found once the snapshot serves: checking every
    value of a million rows cost ~0.5 s before the first answer, and nothing but the report
    needs them. ``finish`` adds them, with those ``record_problems`` found, to the report in
    line order: before the gate refuses the file, and before the snapshot settles (its cells
    then go)."""

    def __init__(
        self, kept: pl.DataFrame, plan: ImportPlan, found: list[Found], report: ImportReport
    ) -> None:
        self._kept: pl.DataFrame | None = kept
        self._plan, self._found, self._report = plan, found, report
        self._lock = threading.Lock()

    @staticmethod
    def columns(plan: ImportPlan) -> list[int]:
        """The cells ``finish`` reads (besides ``_line``); the SKU's is read as ``sku_text``
        again then (kept as read, a million SKUs held ~15 MB more through the import's peak)."""
        cols = plan.columns
        fields = ("sku", "customer_price", "retail_price", "stock", "eta")
        return sorted({cols.columns[f][0] for f in fields if cols.columns.get(f)})

    def finish(self) -> None:
        """Check the kept rows and report every problem found (once; thread-safe)."""
        with self._lock:
            kept = self._kept
            if kept is None:
                return
            kept = kept.with_columns(sku_text(self._plan))
            found = self._found + _value_problems(kept, self._plan) + _duplicates(kept)
            self._kept = None
            report = self._report
            report.duplicates_replaced += sum(
                1 for _l, r, _s in found if r.startswith("duplicate SKU")
            )
            for line, reason, skipped in sorted(found, key=lambda p: p[0]):
                report.add_problem(line, reason, skipped=skipped)


def sku_text(plan: ImportPlan) -> pl.Expr:
    """Each row's SKU as the import reads it (``_sku``): its mapped cell, stripped."""
    return field_cell(plan.columns, "sku").str.strip_chars().alias("_sku")


def _value_problems(kept: pl.DataFrame, plan: ImportPlan) -> list[Found]:
    """Warnings for the kept rows (``_line``, ``_sku`` and the cells of ``columns``) whose
    retail price, stock or ETA fits no rule, or whose stock is negative."""
    cols = plan.columns

    def cell(field: str) -> pl.Expr:
        return field_cell(cols, field).str.strip_chars()

    comma = cols.decimal_comma.get("customer_price", False)
    checks = []
    if cols.has("retail_price"):
        retail = price_values(cell("retail_price"), cols.decimal_comma.get("retail_price", False))
        checks.append(unreadable(cell("retail_price"), retail))
    if cols.has("stock"):  # one check on one parse (two parsed the cells twice: ~0.1 s at 1M)

        def stock_problems(cells: pl.Series) -> pl.Series:
            stock = quantities(cells, comma)
            return unreadable(cells, stock) | (stock < 0)

        checks.append(cell("stock").map_batches(stock_problems, return_dtype=pl.Boolean))
    if cols.has("eta"):
        checks.append(unreadable(cell("eta"), date_values(cell("eta"), cols.month_first)))
    found: list[Found] = []
    if checks:
        # one check at a time: they run beside the first searches, whose memory peaks then
        suspect = pl.repeat(False, kept.height, eager=True)
        for check in checks:
            suspect |= kept.select(check.fill_null(False)).to_series()
        _convert(kept.filter(suspect), plan, LaterChecks.columns(plan), found)
    return found


def _convert(rows: pl.DataFrame, plan: ImportPlan, cells: list[int], found: list[Found]) -> None:
    """``rows`` (with ``_line`` and the cells ``cells``) through ``rows.RowConverter``, which
    words each reason as for any row: a row it skips, each warning about a row it keeps."""
    if not rows.height:
        return
    cols = plan.columns
    width = max(cols.max_columns, max(cells) + 1)
    table = []
    for values in rows.select([text_cell(i) for i in cells]).iter_rows():
        row = [""] * width
        for i, value in zip(cells, values, strict=True):
            row[i] = value
        table.append(row)
    converter = RowConverter(cols, "", lambda n, r: found.append((n, r, False)))
    at = rows.get_column("_line").to_list()
    for line, out in zip(at, converter.convert(table, at), strict=True):
        if isinstance(out, RowError):
            found.append((line, out.args[0], True))


def _duplicates(usable: pl.DataFrame) -> list[Found]:
    """A kept row whose SKU (any case) came before replaces that row: reported at its line."""
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
