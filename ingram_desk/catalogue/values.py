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
from decimal import Decimal

import polars as pl

__all__ = [
    "PRICE_SCALE",
    "date_values",
    "is_decimal_comma",
    "is_month_first",
    "price_from_stored",
    "price_to_stored",
    "price_values",
    "quantity_values",
    "unreadable",
]

#: Prices are stored as integers in units of 1/10000 (exact, sortable, Decimal on the way out).
PRICE_SCALE = 10_000
_CENT = Decimal("0.01")
_SCALE_EXP = 4
#: More integer digits than this are not a price (and would overflow the scaled Int64).
_MAX_WHOLE = 14
_IGNORED = r"[\s\u00a0']"
_DOT_DATE = r"^(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4}|\d{2})$"
_SLASH_DATE = r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})$"
_ISO_DATE = r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"
_COMPACT_DATE = r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$"
_FIRST_YEAR, _LAST_YEAR = 1990, 2200


def _canonical(cell: pl.Expr, decimal_comma: bool) -> pl.Expr:
    """``[+-]digits[.digits]`` text for a number cell, null where no rule fits (or blank)."""
    text = cell.str.replace_all(_IGNORED, "")
    dec, grp = (",", ".") if decimal_comma else (".", ",")
    d, g = re.escape(dec), re.escape(grp)
    own = rf"^[+-]?(?:\d+(?:{d}\d*)?|{d}\d+|[1-9]\d{{0,2}}(?:{g}\d{{3}})+(?:{d}\d*)?)$"
    # both marks, the last one the decimal mark: the other convention, grouped by ours
    swapped = rf"^[+-]?[1-9]\d{{0,2}}(?:{d}\d{{3}})+{g}\d*$"
    return (
        pl.when(text.str.contains(own))
        .then(text.str.replace_all(grp, "", literal=True).str.replace(dec, ".", literal=True))
        .when(text.str.contains(swapped))
        .then(text.str.replace_all(dec, "", literal=True).str.replace(grp, ".", literal=True))
        .otherwise(None)
    )


def _parts(number: pl.Expr) -> tuple[pl.Expr, pl.Expr, pl.Expr]:
    """(negative, whole as Int64 or null when too long, fraction digits) of canonical text."""
    body = number.str.strip_chars_start("+-")
    whole_text = body.str.extract(r"^(\d*)", 1)
    whole = (
        pl.when(whole_text.str.len_chars() > _MAX_WHOLE)
        .then(None)
        .when(whole_text == "")
        .then(pl.lit(0, dtype=pl.Int64))
        .otherwise(whole_text.cast(pl.Int64, strict=False))
    )
    frac = body.str.extract(r"\.(\d*)$", 1).fill_null("")
    return number.str.starts_with("-"), whole, frac


def price_values(cell: pl.Expr, decimal_comma: bool) -> pl.Expr:
    """Money cells as scaled Int64 (``"1.234,56"`` → 12345600), null when blank or unreadable."""
    negative, whole, frac = _parts(_canonical(cell, decimal_comma))
    five = pl.concat_str([frac, pl.lit("00000")]).str.slice(0, _SCALE_EXP + 1)
    size = whole * PRICE_SCALE + (five.cast(pl.Int64) + 5) // 10  # half up on the 5th digit
    return pl.when(negative).then(-size).otherwise(size)


def quantity_values(cell: pl.Expr, decimal_comma: bool) -> pl.Expr:
    """Whole-number cells as Int64 (``"1.000"`` in a comma file → 1000), null otherwise."""
    negative, whole, frac = _parts(_canonical(cell, decimal_comma))
    whole = pl.when(frac.str.contains(r"^0*$")).then(whole).otherwise(None)
    return pl.when(negative).then(-whole).otherwise(whole)


def date_values(cell: pl.Expr, month_first: bool = False) -> pl.Expr:
    """Date cells as ``pl.Date`` (time dropped), null when blank, unreadable or implausible."""
    day = cell.str.strip_chars().str.extract(r"^([^\sT]+)", 1)
    dots = day.str.extract_groups(_DOT_DATE)
    slashes = day.str.extract_groups(_SLASH_DATE)
    iso = day.str.extract_groups(_ISO_DATE)
    compact = day.str.extract_groups(_COMPACT_DATE)
    s_day, s_month = ("b", "a") if month_first else ("a", "b")

    def pick(*fields: pl.Expr) -> pl.Expr:
        return pl.coalesce(*fields).cast(pl.Int32, strict=False)

    year = pick(
        dots.struct.field("y"), slashes.struct.field("y"), iso.struct.field("y"),
        compact.struct.field("y"),
    )  # fmt: skip
    month = pick(
        dots.struct.field("b"), slashes.struct.field(s_month), iso.struct.field("m"),
        compact.struct.field("m"),
    )  # fmt: skip
    dom = pick(
        dots.struct.field("a"), slashes.struct.field(s_day), iso.struct.field("d"),
        compact.struct.field("d"),
    )  # fmt: skip
    year = pl.when(year < 100).then(year + 2000).otherwise(year)
    text = pl.format(
        "{}-{}-{}",
        year.cast(pl.String).str.zfill(4),
        month.cast(pl.String).str.zfill(2),
        dom.cast(pl.String).str.zfill(2),
    )
    found = text.str.to_date("%Y-%m-%d", strict=False)
    return pl.when(year.is_between(_FIRST_YEAR, _LAST_YEAR)).then(found).otherwise(None)


def unreadable(cell: pl.Expr, value: pl.Expr) -> pl.Expr:
    """True where a non-blank cell gave no value: a cell that fits no rule (to be reported)."""
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
