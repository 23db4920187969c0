"""The one reading of price-file cells: money, quantities and dates, as polars expressions.

Both engines read values here and nowhere else: the store's loader parses each batch of rows
through these expressions (``rows.RowConverter.convert``) and the stage-1 snapshot applies the
same expressions to whole columns, so a cell can never mean one thing while stage 1 serves and
another once the store does. The rules, as purchasers read a price list:

* a column (or file) has one decimal mark, comma or dot (``detect`` decides from samples);
  the other mark groups thousands, in groups of exactly three digits: in a decimal-comma
  column ``12.345`` is 12345 and ``1.234,56`` is 1234.56; in a decimal-dot column
  ``1,234.56`` is 1234.56;
* where both marks appear the last one is the decimal mark (``1.234,56`` in a dot column);
* spaces, no-break spaces and apostrophes inside a number are ignored (``1 234,50``);
* money is an exact integer in 1/10000 units (half up), never a float;
* quantities follow the same rules and must be whole (``12,0`` in a comma file is 12);
* dates: ``dd.mm.yyyy`` and ``d.m.yy`` (20yy), ``dd/mm/yyyy`` (``mm/dd`` only where the file
  says so), ``yyyy-mm-dd`` and ``yyyymmdd``, any time after a space or ``T`` dropped;
* anything else is ``null``, and ``unreadable`` tells a blank cell from one that fits no rule,
  which the caller reports with its line and column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import TypeVar

import polars as pl

__all__ = [
    "PRICE_SCALE",
    "date_values",
    "dates",
    "is_decimal_comma",
    "is_month_first",
    "price_from_stored",
    "price_to_stored",
    "price_values",
    "prices",
    "quantities",
    "quantity_values",
    "unreadable",
]

#: Prices are stored as integers in units of 1/10000 (exact, sortable, Decimal on the way out).
PRICE_SCALE = 10_000
_CENT = Decimal("0.01")
_SCALE_EXP = 4
_IGNORED = r"[\s\u00a0']"
_FIFTHS = pl.Decimal(20, _SCALE_EXP + 1)
_UNIT = 10 ** (_SCALE_EXP + 1)
#: day layouts in the order they are tried after the first dated cell's own; a year outside
#: 1990–2200 counts as a miss, so "05.03.26" is not year 26 under "%d.%m.%Y"
_DAY_FORMATS = ("%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%Y%m%d")
_MONTH_FORMATS = ("%d.%m.%Y", "%d.%m.%y", "%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%Y%m%d")
_FIRST_DAY, _LAST_DAY = date(1990, 1, 1), date(2200, 12, 31)
C = TypeVar("C", pl.Expr, pl.Series)


def _canonical(cell: pl.Expr, decimal_comma: bool) -> pl.Expr:
    """``[+-]digits[.digits]`` text for a number cell, null where no rule fits (or blank)."""
    text = cell.str.replace_all(_IGNORED, "")
    dec, grp = (",", ".") if decimal_comma else (".", ",")
    d, g = re.escape(dec), re.escape(grp)
    grouped = rf"[1-9][0-9]{{0,2}}(?:{g}[0-9]{{3}})+"
    own = rf"^[+-]?(?:[0-9]+(?:{d}[0-9]*)?|{d}[0-9]+|{grouped}(?:{d}[0-9]*)?)$"
    # both marks, the last one the decimal mark: the other convention, grouped by ours
    swapped = rf"^[+-]?[1-9][0-9]{{0,2}}(?:{d}[0-9]{{3}})+{g}[0-9]*$"
    return (
        pl.when(text.str.contains(own))
        .then(text.str.replace_all(grp, "", literal=True).str.replace(dec, ".", literal=True))
        .when(text.str.contains(swapped))
        .then(text.str.replace_all(dec, "", literal=True).str.replace(grp, ".", literal=True))
        .otherwise(None)
    )


#: a decimal-comma number grouped by dots as written (``3.080,11``): read at once, as
#: ``_canonical`` reads it (a third of the ``;`` test file's prices; through ``_canonical`` the
#: column took 0.21 s at 1M rows, 0.16 s so)
_GROUPED_COMMA = r"^[+-]?[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]*)?$"


def _numbers(
    cells: pl.Series, decimal_comma: bool, value: Callable[[pl.Expr], pl.Expr]
) -> pl.Series:
    """Number cells as ``value`` of their Int64 in units of 1/100000 (rounded there), null
    when blank, unreadable or too big. Plain cells (``12.50``, or ``12,50`` and ``1.234,50``
    in a comma column) are cast at once, in one plan (a page's 100 cells pay ~0.1 ms a plan or
    Series operation, whatever their values: one per operation made a page's numbers 2.5 of
    its 6 ms); only the rest go through the full rules (``_canonical``)."""
    x = pl.col("x")
    if decimal_comma:  # "12.345" there is grouped: plain once its dots (groups of three) go
        plain = x.str.replace_all(".", "", literal=True).str.replace(",", ".", literal=True)
        odd = x.str.contains(r"[.eE]") & ~x.str.contains(_GROUPED_COMMA)
    else:
        plain, odd = x, x.str.contains(r"[eE]")
    cells = cells.cast(pl.String)
    read = cells.to_frame("x").select(
        pl.when(odd).then(None).otherwise(plain.cast(_FIFTHS, strict=False)).alias("v"),
        (x.str.len_bytes() > 0).alias("set"),
    )
    exact = read.get_column("v")
    rest = (exact.is_null() & read.get_column("set")).arg_true()
    if len(rest):
        slow = pl.select(
            _canonical(pl.lit(cells.gather(rest)), decimal_comma).cast(_FIFTHS, strict=False)
        )
        exact = exact.scatter(rest, slow.to_series())
    fifths = (pl.col("v") * _UNIT).cast(pl.Int64, strict=False)
    return exact.to_frame("v").select(fifths.alias("f")).select(value(pl.col("f"))).to_series()


def prices(cells: pl.Series, decimal_comma: bool) -> pl.Series:
    """``price_values`` on a Series (what a small block of rows calls)."""
    # half up (away from zero), as Decimal
    return _numbers(cells, decimal_comma, lambda f: f.sign() * ((f.abs() + 5) // 10))


def quantities(cells: pl.Series, decimal_comma: bool) -> pl.Series:
    """``quantity_values`` on a Series."""
    return _numbers(cells, decimal_comma, lambda f: pl.when(f % _UNIT == 0).then(f // _UNIT))


def dates(cells: pl.Series, month_first: bool = False) -> pl.Series:
    """``date_values`` on a Series. Each layout is tried on the cells not read yet, the first
    dated cell's layout first, on the cells as they are and then on their day part (a time
    after a space or ``T`` dropped; at once where the first dated cell has one): a column in
    one layout is read by one plan over all its cells (``_days``), the few others by the
    layouts after it."""
    text = cells.cast(pl.String)
    frame, x = text.to_frame("x"), pl.col("x")
    first_cell = frame.select(x.filter(x.str.len_bytes() > 0).first()).item()
    if first_cell is None:  # every cell blank
        return pl.Series(cells.name, dtype=pl.Date).extend_constant(None, len(text))
    formats = list(_MONTH_FORMATS if month_first else _DAY_FORMATS)
    first = re.split(r"[\sT]", first_cell.strip(), maxsplit=1)[0]
    fits = next((f for f in formats if _layout_fits(first, f)), None)
    if fits is not None:  # only the order: the values are read by polars below
        formats = [fits] + [f for f in formats if f != fits]
    # no layout holds a space or "T": a cell read as it is reads the same as its day part, so
    # where the first dated cell has a time, every cell is cut to its day part at once (each
    # layout tried on the whole cells first missed them all: 2 of a page's 4 ms in DACH files)
    cut = (True,) if first != first_cell.strip() else (False, True)
    steps = [(day_part, fmt) for day_part in cut for fmt in formats]
    out = _days(frame, *steps[0]).alias(cells.name)
    todo = (out.is_null() & frame.select(x.str.len_bytes() > 0).to_series()).arg_true()
    for day_part, fmt in steps[1:]:
        if not len(todo):
            break
        got = _days(text.gather(todo).to_frame("x"), day_part, fmt)
        hit = got.is_not_null()
        out = out.scatter(todo.filter(hit), got.filter(hit))
        todo = todo.filter(~hit)
    return out


def _layout_fits(day: str, fmt: str) -> bool:
    try:
        return _FIRST_DAY <= datetime.strptime(day, fmt).date() <= _LAST_DAY
    except ValueError:
        return False


def _days(cells: pl.DataFrame, day_part: bool, fmt: str) -> pl.Series:
    """The cells of ``cells``' column ``x`` read in the layout ``fmt`` (after a space or ``T``
    cut off when ``day_part``), null where they miss it or give a year outside 1990–2200; a
    two-digit year (``%y``) is 20yy. One plan, the cells parsed once (an eager select has no
    common-subexpression reuse: each mention of the parsed days parsed them again)."""
    cell = pl.col("x")
    if day_part:
        cell = cell.str.strip_chars().str.extract(r"^([^\sT]+)", 1)
    d = pl.col("d")
    plan = cells.lazy().select(cell.str.to_date(fmt, strict=False).alias("d"))
    if "%y" in fmt:
        plan = plan.select(pl.when(d < date(2000, 1, 1)).then(d.dt.offset_by("100y")).otherwise(d))
    plan = plan.select(pl.when(d.is_between(_FIRST_DAY, _LAST_DAY)).then(d))
    return plan.collect(optimizations=pl.QueryOptFlags.none()).to_series()


def price_values(cell: pl.Expr, decimal_comma: bool) -> pl.Expr:
    """Money cells as scaled Int64 (``"1.234,56"`` → 12345600), null when blank or unreadable."""
    return cell.map_batches(lambda s: prices(s, decimal_comma), return_dtype=pl.Int64)


def quantity_values(cell: pl.Expr, decimal_comma: bool) -> pl.Expr:
    """Whole-number cells as Int64 (``"1.000"`` in a comma file → 1000), null otherwise."""
    return cell.map_batches(lambda s: quantities(s, decimal_comma), return_dtype=pl.Int64)


def date_values(cell: pl.Expr, month_first: bool = False) -> pl.Expr:
    """Date cells as ``pl.Date`` (time dropped), null when blank, unreadable or implausible."""
    return cell.map_batches(lambda s: dates(s, month_first), return_dtype=pl.Date)


def unreadable(cell: C, value: C) -> C:
    """(Expressions or Series alike) True where a non-blank cell gave no value: a cell that fits no rule (to be reported)."""
    return (cell.fill_null("").str.strip_chars() != "") & value.is_null()


def price_to_stored(value: Decimal | float | int) -> int:
    """A price bound as the stored scaled integer (truncated, as a range filter compares)."""
    return int(Decimal(value) * PRICE_SCALE)


def price_from_stored(value: int | None) -> Decimal | None:
    """The stored scaled integer back as a Decimal with at least two decimals."""
    if value is None:
        return None
    d = Decimal(value).scaleb(-_SCALE_EXP)
    return d.quantize(_CENT) if value % 100 == 0 else d.normalize()


def is_decimal_comma(samples: list[str]) -> bool:
    """True when most of a column's telling sample values use a decimal comma.

    ``12,50`` and ``1.234,56`` tell comma, ``12.50``, ``0.077`` and ``1,234.56`` tell dot (where
    both marks appear the last one is the decimal mark); ``1,234`` and ``12.345`` tell nothing
    (three digits after one mark: thousands or decimals). A tie, or no telling value, is dot."""
    votes = 0
    for raw in samples:
        s = re.sub(_IGNORED, "", raw).lstrip("+-")
        comma, dot = s.rfind(","), s.rfind(".")
        if comma >= 0 and dot >= 0:
            votes += 1 if comma > dot else -1
            continue
        mark = max(comma, dot)
        if mark < 0 or s.count(s[mark]) > 1:
            continue  # no mark, or a repeated one: it groups thousands either way
        if len(s) - mark - 1 != 3 or s[:mark] in ("", "0") or len(s[:mark]) > 3:
            votes += 1 if mark == comma else -1
    return votes > 0


def is_month_first(samples: list[str]) -> bool:
    """True when slash dates in the samples read ``mm/dd/yyyy`` (a day over 12 in the middle,
    none in front); ``dd/mm/yyyy`` otherwise, as European files write them."""
    front = middle = False
    for raw in samples:
        found = re.match(r"\s*(\d{1,2})/(\d{1,2})/\d{2,4}", raw)
        if found:
            front |= int(found[1]) > 12
            middle |= int(found[2]) > 12
    return middle and not front
