"""The one reading of price-file cells: money, quantities and dates (``read_cells``).

Every value is read here and nowhere else: a page's rows (``rows.RowConverter.convert``), the
import's checks (``problems``) and the snapshot's whole columns (``columns``, ``parse``) go
through ``read_cells`` or the expressions over it, so a cell means the same wherever it is
shown, filtered or sorted. The rules, as purchasers read a price list:

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
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Literal, TypeVar

import polars as pl

__all__ = [
    "PRICE_SCALE",
    "Reading",
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
    "read_cells",
    "unreadable",
]

#: Prices are stored as integers in units of 1/10000 (exact, sortable, Decimal on the way out).
PRICE_SCALE = 10_000
_CENT = Decimal("0.01")
_SCALE_EXP = 4
_IGNORED = r"[\s\u00a0']"
_FIFTHS = pl.Decimal(20, _SCALE_EXP + 1)
_UNIT = 10 ** (_SCALE_EXP + 1)
#: the largest quantity the rules read (its 1/100000 units fit an Int64): larger is too big
_MOST_WHOLE = (2**63 - 1) // _UNIT
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


@dataclass(frozen=True, slots=True)
class Reading:
    """How one column's cells are read: money (``price``), a whole number (``quantity``) or a
    date, with the file's decimal mark or slash-date order."""

    kind: Literal["price", "quantity", "date"]
    decimal_comma: bool = False
    month_first: bool = False


def read_cells(cells: pl.DataFrame, readings: dict[str, Reading]) -> pl.DataFrame:
    """The columns named in ``readings`` (text cells) as values: prices as Int64 in 1/10000
    (half up, away from zero), quantities as Int64, dates as ``pl.Date``; null where a cell is
    blank, fits no rule or is too big.

    The plain cells of every column are read by one plan (``12.50``; ``12,50`` and
    ``1.234,50`` in a comma column; ``150``; dates in the column's first dated cell's layout):
    a page's 100 rows pay ~0.1 ms a plan or operation whatever their values, and a plan per
    operation made its four columns 3.9 of its 6 ms. The few other cells are read by the full
    rules after (``_canonical``, the other date layouts), a column at a time."""
    x = pl.col
    dated = [name for name, r in readings.items() if r.kind == "date"]
    firsts = (
        cells.select(x(n).filter(x(n).str.len_bytes() > 0).first() for n in dated).row(0)
        if dated and cells.height
        else [None] * len(dated)
    )
    steps = {
        n: _date_steps(first, readings[n].month_first)
        for n, first in zip(dated, firsts, strict=True)
    }
    plain = cells.select(
        *(_plain(x(n), r, steps.get(n)).alias(n) for n, r in readings.items()),
        *((x(n).str.len_bytes() > 0).fill_null(False).alias(f"_set:{n}") for n in readings),
    )
    if dated:  # (in a plan of its own: a date's plausibility read its days again in the first)
        plain = plain.with_columns(_plausible(x(n), steps[n][0][1]) for n in dated if steps[n])
    out = []
    for name, reading in readings.items():
        value = plain.get_column(name)
        rest = (value.is_null() & plain.get_column(f"_set:{name}")).arg_true()
        if len(rest):
            text = cells.get_column(name).gather(rest)
            value = value.scatter(rest, _by_the_rules(text, reading, steps.get(name)))
        out.append(value.alias(name))
    return pl.DataFrame(out)


def _plain(cell: pl.Expr, reading: Reading, steps: list[tuple[bool, str]] | None) -> pl.Expr:
    """The value of a plain cell, null for every other (``read_cells``)."""
    if reading.kind == "date":
        if not steps:  # every cell blank
            return pl.lit(None, dtype=pl.Date)
        day_part, fmt = steps[0]
        return _day_text(cell, day_part).str.to_date(fmt, strict=False)
    if reading.kind == "quantity":
        whole = cell.cast(pl.Int64, strict=False)  # "150"; "1.000" or "12,0" by the rules
        return pl.when(whole.abs() <= _MOST_WHOLE).then(whole)
    if reading.decimal_comma:  # "12.345" there is grouped: plain once its dots (groups of 3) go
        text = cell.str.replace_all(".", "", literal=True).str.replace(",", ".", literal=True)
        odd = cell.str.contains(r"[.eE]") & ~cell.str.contains(_GROUPED_COMMA)
    else:
        text, odd = cell, cell.str.contains(r"[eE]")
    return _money(pl.when(odd).then(None).otherwise(text.cast(_FIFTHS, strict=False)))


def _money(number: pl.Expr) -> pl.Expr:
    """A ``_FIFTHS`` decimal as the stored Int64 (1/10000, half up away from zero)."""
    rounded = number.round(_SCALE_EXP, mode="half_away_from_zero")
    return (rounded * PRICE_SCALE).cast(pl.Int64, strict=False)


def _by_the_rules(
    text: pl.Series, reading: Reading, steps: list[tuple[bool, str]] | None
) -> pl.Series:
    """Cells the plain reading missed, by every rule: numbers canonical first, dates in the
    column's other layouts (a Series of ``text``'s length, null where no rule fits)."""
    cell = pl.lit(text)
    if reading.kind != "date":
        number = _canonical(cell, reading.decimal_comma).cast(_FIFTHS, strict=False)
        if reading.kind == "price":
            return pl.select(_money(number)).to_series()
        fifths = (number * _UNIT).cast(pl.Int64, strict=False)
        return pl.select(pl.when(fifths % _UNIT == 0).then(fifths // _UNIT)).to_series()
    out = pl.Series(dtype=pl.Date).extend_constant(None, len(text))
    todo = pl.Series(range(len(text)), dtype=pl.UInt32)
    for day_part, fmt in (steps or [])[1:]:
        if not len(todo):
            break
        cells = text.gather(todo).to_frame("x")
        days = cells.select(_day_text(pl.col("x"), day_part).str.to_date(fmt, strict=False))
        got = days.select(_plausible(pl.col("x"), fmt)).to_series()
        hit = got.is_not_null()
        out = out.scatter(todo.filter(hit), got.filter(hit))
        todo = todo.filter(~hit)
    return out


def _date_steps(first_cell: str | None, month_first: bool) -> list[tuple[bool, str]]:
    """The (day part?, layout) pairs a date column's cells are tried in: the first dated
    cell's layout first, on the cells as they are and then on their day part (a time after a
    space or ``T`` dropped; at once where the first dated cell has one). Empty when every cell
    is blank."""
    if first_cell is None:
        return []
    formats = list(_MONTH_FORMATS if month_first else _DAY_FORMATS)
    first = re.split(r"[\sT]", first_cell.strip(), maxsplit=1)[0]
    fits = next((f for f in formats if _layout_fits(first, f)), None)
    if fits is not None:  # only the order: the values are read by polars
        formats = [fits] + [f for f in formats if f != fits]
    # no layout holds a space or "T": a cell read as it is reads the same as its day part, so
    # where the first dated cell has a time, every cell is cut to its day part at once (each
    # layout tried on the whole cells first missed them all: 2 of a page's 4 ms in DACH files)
    cut = (True,) if first != first_cell.strip() else (False, True)
    return [(day_part, fmt) for day_part in cut for fmt in formats]


def _layout_fits(day: str, fmt: str) -> bool:
    try:
        return _FIRST_DAY <= datetime.strptime(day, fmt).date() <= _LAST_DAY
    except ValueError:
        return False


def _day_text(cell: pl.Expr, day_part: bool) -> pl.Expr:
    return cell.str.strip_chars().str.extract(r"^([^\sT]+)", 1) if day_part else cell


def _plausible(days: pl.Expr, fmt: str) -> pl.Expr:
    """``days`` read by ``fmt`` with years outside 1990–2200 as null; a two-digit year
    (``%y``) is 20yy."""
    if "%y" in fmt:
        days = pl.when(days < date(2000, 1, 1)).then(days.dt.offset_by("100y")).otherwise(days)
    return pl.when(days.is_between(_FIRST_DAY, _LAST_DAY)).then(days)


def prices(cells: pl.Series, decimal_comma: bool) -> pl.Series:
    """``price_values`` on a Series."""
    return _one(cells, Reading("price", decimal_comma))


def quantities(cells: pl.Series, decimal_comma: bool) -> pl.Series:
    """``quantity_values`` on a Series."""
    return _one(cells, Reading("quantity", decimal_comma))


def dates(cells: pl.Series, month_first: bool = False) -> pl.Series:
    """``date_values`` on a Series."""
    return _one(cells, Reading("date", month_first=month_first))


def _one(cells: pl.Series, reading: Reading) -> pl.Series:
    read = read_cells(cells.cast(pl.String).to_frame("x"), {"x": reading})
    return read.to_series().alias(cells.name)


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
