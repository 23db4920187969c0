"""Tolerant readers for Ingram's JSON: numbers and booleans as strings, objects where arrays belong,
misspelt and mis-cased keys (reference §13, gotchas 13-18)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ingram_desk.domain.money import to_decimal

__all__ = ["as_bool", "as_date", "as_datetime", "as_int", "as_list", "as_str", "get", "money"]


def get(data: object, *names: str, default: Any = None) -> Any:
    """The first of ``names`` present in ``data``, matching keys case-insensitively."""
    if not isinstance(data, dict):
        return default
    for name in names:
        if name in data:
            return data[name]
    lowered = {str(k).lower(): v for k, v in data.items()}
    for name in names:
        if name.lower() in lowered:
            return lowered[name.lower()]
    return default


def as_list(value: object) -> list[Any]:
    """``None`` → [], an object → [object], a list → itself (gotcha 16)."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    return [value]


def as_str(value: object) -> str:
    return "" if value is None else str(value).strip()


def as_int(value: object) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    number = to_decimal(value)
    return int(number) if number is not None else None


def money(value: object) -> Decimal | None:
    return to_decimal(value)


def as_bool(value: object) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "y", "yes", "1"):
        return True
    if text in ("false", "n", "no", "0"):
        return False
    return None


def as_datetime(value: object) -> datetime | date | None:
    """ISO date or date-time with any offset; ``None`` when unreadable (gotcha 26)."""
    if not value:
        return None
    text = str(value).strip()
    if len(text) == 10:
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    for fmt in ("%m/%d/%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def as_date(value: object) -> date | None:
    d = as_datetime(value)
    return d.date() if isinstance(d, datetime) else d
