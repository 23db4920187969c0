"""Which records of a price file the import skips or keeps with a warning, and why, found over
whole columns, each with its line.

Why: polars reads a million rows in about a second but says nothing about a bad one, and a
purchaser needs every skipped row and every value left empty reported with its line and
column. One vectorised pass flags the few suspect records (no SKU; a price, retail price,
stock or ETA that fits no rule; negative stock; a repeated SKU); only those go through
``rows.RowConverter``, which words each reason as for any row.

A row with the wrong number of columns is skipped and reported: polars pads a short row and
cuts a long one, so ``column_counts`` counts each record's delimiters outside quotes in a
streaming pass over the lines (a record spanning lines is joined first). A cell longer than
the csv module's default field limit, mapped or not, is skipped and reported as the csv module
words it (``oversized``; the same pass flags records holding one in a column polars did not
read). A byte invalid in the file's encoding is reported by ``parse``.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import polars as pl

from ingram_desk.domain.phrase import CatalogueTexts

from .detect import ImportPlan
from .report import ImportReport
from .rows import RowConverter, RowError
from .search_text import text_cell
from .values import date_values, price_values, quantity_values, unreadable

__all__ = [
    "FIELD_LIMIT",
    "column_counts",
    "misshapen",
    "oversized",
    "record_problems",
    "unknown_counts",
]

#: the longest cell read, in characters: the csv module's default limit, as the store had it
FIELD_LIMIT = 131_072
_NEWLINE, _QUOTE = ord("\n"), ord('"')
c = pl.col


def column_counts(data: Path | bytes | io.BytesIO, plan: ImportPlan) -> pl.DataFrame | None:
    """Per record: ``_n``, its number of columns (empty cells past the layout's last column
    not counted: a trailing delimiter), null for a blank line; ``_long``, whether any of its
    cells is longer than ``FIELD_LIMIT``. ``None`` if the file cannot be read. Counted
    ``_CHUNK`` bytes at a time, each chunk ending at a line break outside quotes (the lines of
    a whole 300 MB file as strings cost ~300 MB more at the import's peak)."""
    quoted = plan.quoting != csv.QUOTE_NONE
    found: list[pl.DataFrame] = []
    try:
        for n, chunk in enumerate(_chunks(data, quoted)):
            found.append(_counts(chunk, plan, skip=int(plan.has_header) if n == 0 else 0))
    except (pl.exceptions.PolarsError, OSError):
        return None
    finally:
        if isinstance(data, io.BytesIO):
            data.seek(0)
    return pl.concat(found) if found else unknown_counts(0)


#: bytes of the file counted at a time by ``column_counts``
_CHUNK = 32 << 20


def _chunks(data: Path | bytes | io.BytesIO, quoted: bool) -> Iterator[bytes]:
    """``data`` in pieces of about ``_CHUNK`` bytes, each ending after a line break with an
    even number of quote characters before it (where quotes are read): no record is cut."""
    if isinstance(data, bytes):
        data = io.BytesIO(data)
    with open(data, "rb") if isinstance(data, Path) else contextlib.nullcontext(data) as f:
        f.seek(0)
        rest = b""
        while True:
            more = f.read(_CHUNK)
            block = rest + more
            if not more:
                if block:
                    yield block
                return
            raw = np.frombuffer(block, dtype=np.uint8)
            breaks = np.flatnonzero(raw == _NEWLINE)
            if quoted and len(breaks):
                even = np.cumsum(raw == _QUOTE)[breaks] % 2 == 0
                breaks = breaks[even]
            if not len(breaks):
                rest = block
                continue
            cut = int(breaks[-1]) + 1
            yield block[:cut]
            rest = block[cut:]


def _counts(chunk: bytes, plan: ImportPlan, skip: int) -> pl.DataFrame:
    delimiter, most = plan.delimiter, plan.columns.max_columns
    quoted = plan.quoting != csv.QUOTE_NONE
    lines = pl.scan_csv(
        chunk, separator="\x00", quote_char=None, has_header=False, infer_schema=False,
        skip_rows=skip, encoding="utf8-lossy",
    )  # fmt: skip
    line = pl.first()
    if quoted:
        lines = lines.select(line.alias("_l"))
        line = c("_l")
        odd = (line.fill_null("").str.count_matches('"', literal=True) % 2).cast(pl.Int64)
        lines = lines.with_columns(odd.alias("_odd"))
        if lines.select(c("_odd").sum()).collect(engine="streaming").item():
            # a quoted cell with a line break: its record's lines joined into one
            inside = (c("_odd").cum_sum() - c("_odd")) % 2 == 1
            lines = (
                lines.with_columns((~inside).cum_sum().alias("_r"))
                .group_by("_r", maintain_order=True)
                .agg(line.str.join("\n"), line.is_null().all().alias("_blank"))
                .select(pl.when(c("_blank")).then(None).otherwise(line).alias("_l"))
            )
    record = line
    if quoted:
        line = line.str.replace_all(r'"[^"]*"', "")  # quoted text (and "" inside it)
    n = line.str.count_matches(delimiter, literal=True) + 1
    trailing = line.str.len_chars() - line.str.strip_chars_end(delimiter).str.len_chars()
    counts = pl.when((n > most) & (n - trailing <= most)).then(most).otherwise(n)
    long = record.str.len_chars() > FIELD_LIMIT  # a record that may hold such a cell
    found = lines.select(
        counts.alias("_n"), long.fill_null(False).alias("_long"),
        pl.when(long).then(record).alias("_record"),
    ).collect(engine="streaming")  # fmt: skip
    return found.with_columns(_long_cells(found.get_column("_record"), plan)).drop("_record")


def _long_cells(records: pl.Series, plan: ImportPlan) -> pl.Series:
    """``_long`` for each record: one of its cells is longer than ``FIELD_LIMIT`` (only the
    few records longer than that are split, by polars, which has no field limit)."""
    long = records.is_not_null().to_list()
    for at in [i for i, candidate in enumerate(long) if candidate]:
        cells = pl.read_csv(
            io.BytesIO(str(records[at]).encode("utf-8")), has_header=False, infer_schema=False,
            separator=plan.delimiter,
            quote_char=None if plan.quoting == csv.QUOTE_NONE else '"',
        )  # fmt: skip
        widths = cells.select(pl.all().str.len_chars().max()).row(0)
        long[at] = max((w or 0 for w in widths), default=0) > FIELD_LIMIT
    return pl.Series("_long", long, dtype=pl.Boolean)


def unknown_counts(records: int) -> pl.DataFrame:
    """``column_counts`` for ``records`` records whose shape could not be read."""
    return pl.DataFrame(
        {
            "_n": pl.repeat(None, records, dtype=pl.UInt32, eager=True),
            "_long": pl.repeat(False, records, dtype=pl.Boolean, eager=True),
        }
    )


def oversized(cells: list[int]) -> pl.Expr:
    """True for records with a cell longer than ``FIELD_LIMIT``: a mapped one (``cells``), or
    any other (``_long`` from ``column_counts``)."""
    longest = [text_cell(i).str.len_chars() > FIELD_LIMIT for i in cells]
    mapped = pl.any_horizontal(longest).fill_null(False) if longest else pl.lit(False)
    return mapped | c("_long")


def misshapen(plan: ImportPlan) -> pl.Expr:
    """True for records (with ``_n`` from ``column_counts`` and ``_big`` from ``oversized``)
    the layout cannot read."""
    low, high = plan.columns.min_columns, plan.columns.max_columns
    return ((c("_n") < low) | (c("_n") > high)).fill_null(False) | c("_big")


def record_problems(
    frame: pl.DataFrame,
    plan: ImportPlan,
    cells: list[int],
    report: ImportReport,
) -> None:
    """Add the problems of ``frame`` (every record read, ``_rec`` numbered, with ``_sku`` and
    ``_price``) to ``report``, in line order."""
    cols = plan.columns
    lines = _lines(frame, plan, cells)
    frame = frame.with_columns(lines.alias("_line"))

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
    blank = pl.all_horizontal([text_cell(i) == "" for i in cells])
    found: list[tuple[int, str, bool]] = []
    low, high = cols.min_columns, cols.max_columns
    expected = str(low) if low == high else f"{low}–{high}"
    for line, n, big in frame.filter(misshapen(plan)).select("_line", "_n", "_big").iter_rows():
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
    found += _duplicates(frame.filter(~misshapen(plan)))
    report.duplicates_replaced += sum(1 for _l, r, _s in found if r.startswith("duplicate SKU"))
    for line, reason, skipped in sorted(found, key=lambda p: p[0]):
        report.add_problem(line, reason, skipped=skipped)


def _lines(frame: pl.DataFrame, plan: ImportPlan, cells: list[int]) -> pl.Expr:
    """Each record's first line: records after the header, plus the line breaks inside the
    quoted cells of the records before it."""
    first = c("_rec").cast(pl.Int64) + 1 + int(plan.has_header)
    if plan.quoting == csv.QUOTE_NONE or not cells:
        return first
    breaks = pl.sum_horizontal([text_cell(i).str.count_matches("\n", literal=True) for i in cells])
    return first + breaks.cum_sum().shift(1, fill_value=0)


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
