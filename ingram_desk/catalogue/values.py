"""Cell parsers for price files: exact scaled-integer money, dates, quantities (no floats)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = [
    "PRICE_SCALE",
    "is_decimal_comma",
    "parse_date",
    "parse_price",
    "parse_quantity",
    "price_from_stored",
    "price_to_stored",
]

#: Prices are stored as integers in units of 1/10000 (exact, sortable, Decimal on the way out).
PRICE_SCALE = 10_000
_CENT = Decimal("0.01")
_SCALE_EXP = 4


def parse_price(text: str, decimal_comma: bool) -> int | None:
    """``"0000123.45"`` / ``"123,45"`` / ``"1.234,56"`` → 1234500 (scaled); ``""`` → None.

    Raises ``ValueError`` on anything that is not a number. A lone comma is a decimal comma only
    when the column was detected as such (``decimal_comma``); otherwise it is a thousands mark.
    """
    s = text.strip()
    if not s:
        return None
    whole, dot, frac = s.partition(".")
    if whole.isdigit() and (not dot or (frac.isdigit() and len(frac) <= _SCALE_EXP)):
        return int(whole) * PRICE_SCALE + (int(frac.ljust(_SCALE_EXP, "0")) if frac else 0)
    s = s.replace(" ", "").replace("\u00a0", "").replace("'", "")
    if "," in s:
        if "." in s:
            if s.rfind(",") > s.rfind("."):
                s = s.replace(".", "").replace(",", ".")
            else:
                s = s.replace(",", "")
        elif decimal_comma:
            s = s.replace(",", ".")
        else:
            s = s.replace(",", "")
    try:
        value = Decimal(s)
    except InvalidOperation:
        raise ValueError(f"not a number: {text.strip()[:40]!r}") from None
    if not value.is_finite():
        raise ValueError(f"not a number: {text.strip()[:40]!r}")
    return int(value.scaleb(_SCALE_EXP).to_integral_value(ROUND_HALF_UP))


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
    """True when a column's sample values use a decimal comma (``12,50`` and never ``12.50``)."""
    seen_comma = False
    for raw in samples:
        s = raw.strip()
        if not s:
            continue
        if "." in s and "," not in s:
            return False
        head, sep, tail = s.rpartition(",")
        if sep and tail.isdigit() and len(tail) <= 4 and "." not in s:
            if len(tail) == 3 and head.lstrip("-").isdigit() and len(head.lstrip("-")) <= 3:
                continue  # "1,234" is ambiguous: could be a thousands mark
            seen_comma = True
    return seen_comma


def parse_quantity(text: str) -> int | None:
    """``"12"`` → 12, ``""`` → None, ``"12,0"`` → 12; raises ``ValueError`` on garbage."""
    s = text.strip()
    if not s:
        return None
    if s.isdigit():
        return int(s)
    try:
        return int(Decimal(s.replace(",", ".")))
    except (InvalidOperation, ValueError):
        raise ValueError(f"not a quantity: {s[:40]!r}") from None


def parse_date(text: str) -> str | None:
    """A file date as ISO ``YYYY-MM-DD`` (time dropped), ``None`` when empty.

    Accepts ``dd.mm.yyyy[ hh:mm:ss]`` (also without leading zeros and with 2-digit years),
    ``yyyy-mm-dd``, ``yyyymmdd`` and ``dd/mm/yyyy`` (never mm/dd). Raises ``ValueError``.
    """
    s = text.strip()
    if not s:
        return None
    day_part = s.split(" ", 1)[0].split("T", 1)[0]
    if "." in day_part or "/" in day_part:
        d, m, y = day_part.replace("/", ".").split(".")
        year = int(y)
        if len(y) == 2:
            year += 2000
        result = date(year, int(m), int(d))
    elif "-" in day_part:
        y, m, d = day_part.split("-")
        result = date(int(y), int(m), int(d))
    elif len(day_part) == 8 and day_part.isdigit():
        result = date(int(day_part[:4]), int(day_part[4:6]), int(day_part[6:]))
    else:
        raise ValueError(f"not a date: {s[:40]!r}")
    if result.year < 1990 or result.year > 2200:
        raise ValueError(f"implausible date: {s[:40]!r}")
    return result.isoformat()
