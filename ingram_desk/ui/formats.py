"""Numbers, money and dates as the clerk's locale writes and reads them; the one place for it.

Every table, label, tooltip and export of the UI formats through here, so a Dutch clerk sees
``€ 1.037,56`` and a German one ``1.037,56 €``. The locale is the app's chosen one:
:func:`set_locale` (called at start and when the language setting changes), else ``QLocale()``.
Models keep native values (Decimal, int, date) under ``UserRole`` for sorting; only the display
text goes through these functions.

Input rule (:func:`parse_decimal`): the locale's decimal mark is always a decimal mark. A plain
``.`` or ``,`` that is not the locale's is read as the decimal mark too, unless it is followed by
exactly three digits after a non-zero whole part of one to three digits (``1.234`` in Dutch):
that could be 1234 or 1.234, so it is refused with a message. Both marks together
(``1.234,56`` / ``1,234.56``) are unambiguous: the last one is the decimal mark and the other
must group by three. Blanks (spaces, no-break spaces) and a currency symbol or code are ignored.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import NoReturn

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.services.table_export import CsvStyle

__all__ = [
    "CsvStyle",
    "ParseError",
    "csv_style",
    "current_locale",
    "date_edit_format",
    "date_text",
    "datetime_text",
    "day_text",
    "eta_text",
    "long_date_text",
    "money",
    "notifier",
    "number",
    "parse_date",
    "parse_decimal",
    "parse_quantity",
    "percent",
    "quantity",
    "set_locale",
    "time_text",
]

_chosen: QLocale | None = None


class _Notifier(QObject):
    """``changed`` after :func:`set_locale`: models that cache display text drop it."""

    changed = Signal()


notifier = _Notifier()


def set_locale(locale: QLocale | None) -> None:
    """Use ``locale`` for every format from now on (None: the system's again). The language
    setting calls this; it is also Qt's default locale, so spin boxes and date edits created
    from now on read and write the same way. Tables repaint, labels show it when next set."""
    global _chosen
    _chosen = QLocale(locale) if locale is not None else None
    # (so Qt's own numbers, "%Ln products" among them, group digits as these formats do)
    QLocale.setDefault(_written(_chosen if _chosen is not None else QLocale.system()))
    notifier.changed.emit()
    if isinstance(QApplication.instance(), QApplication):
        for widget in QApplication.allWidgets():
            if isinstance(widget, QAbstractItemView):
                widget.viewport().update()


def current_locale() -> QLocale:
    """The chosen locale; the system's when none was chosen, and US English when the system
    names none (``_written``)."""
    return _written(QLocale(_chosen) if _chosen is not None else QLocale())


def _written(locale: QLocale) -> QLocale:
    """``locale``, or US English for the "C" locale (which writes ``1037.56€``, ``4 03 2026``
    and a million products as ``1000000``)."""
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


# ----------------------------------------------------------------------------- display


def number(value: Decimal | float | int | None, decimals: int = 2) -> str:
    """``1.037,56`` (nl), ``1,037.56`` (en); "" for None."""
    if value is None:
        return ""
    return current_locale().toString(float(value), "f", decimals)


def quantity(value: int | None) -> str:
    """A whole count with the locale's thousands separator: ``1.234`` (nl)."""
    return "" if value is None else current_locale().toString(int(value))


@cache
def _symbol(code: str) -> str:
    """The sign Qt's CLDR data gives an ISO currency code (EUR → €, GBP → £), else the code."""
    code = code.upper()
    if not code:
        return ""
    any_ = QLocale.Language.AnyLanguage
    for loc in QLocale.matchingLocales(any_, QLocale.Script.AnyScript, QLocale.Country.AnyCountry):
        if loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
            sign = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
            if sign and not sign.isalpha():  # "€", "£", "$"; a word sign (kr, zł) stays the code
                return sign
    return code


def money(amount: Decimal | float | int | None, currency: str | None = "") -> str:
    """The amount as the locale writes money: ``€ 1.037,56`` (nl), ``1.037,56 €`` (de),
    ``1 037,56 €`` (fr), ``€1,037.56`` (en); without a currency the plain number."""
    if amount is None:
        return ""
    if not currency:
        return number(amount)
    sign = _symbol(currency)
    text = current_locale().toCurrencyString(float(amount), sign, 2)
    if sign.isalpha():  # a code needs a space where Qt glues it on: "CHF 5.00", not "CHF5.00"
        text = re.sub(rf"^(-?){sign}(?=[\d-])", lambda m: f"{m[1]}{sign}\u00a0", text)
        text = re.sub(rf"(\d){sign}$", lambda m: f"{m[1]}\u00a0{sign}", text)
    return text


# CLDR puts a (narrow) no-break space before the percent sign in these languages
_SPACED_PERCENT = {"de": "\u00a0", "fr": "\u202f", "sv": "\u00a0", "nb": "\u00a0", "da": "\u00a0"}


def percent(fraction: Decimal | float | None, decimals: int = 0) -> str:
    """0.125 → ``12,5 %`` (fr, decimals=1); Qt has no percent pattern, CLDR's spacing is here."""
    if fraction is None:
        return ""
    loc = current_locale()
    lang = loc.name().split("_")[0]
    return (
        f"{number(float(fraction) * 100, decimals)}{_SPACED_PERCENT.get(lang, '')}{loc.percent()}"
    )


def _date_format(loc: QLocale) -> str:
    """The locale's short date with a four-digit year (``dd.MM.yy`` → ``dd.MM.yyyy``)."""
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def date_edit_format() -> str:
    """A date field's display format: the grids' short date (``dd-MM-yyyy`` nl), so a date
    typed or picked reads like the dates in the tables."""
    return _date_format(current_locale())


def date_text(value: date | datetime | None) -> str:
    """``04-12-2026`` (nl), ``04.12.2026`` (de), ``04/12/2026`` (fr), ``12/4/2026`` (en)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    loc = current_locale()
    return loc.toString(QDate(value.year, value.month, value.day), _date_format(loc))


def long_date_text(value: date) -> str:
    """The locale's long date with the weekday: ``vrijdag 4 december 2026`` (nl)."""
    return current_locale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat
    )


def day_text(value: date | datetime) -> str:
    """A date without its year when it is this year (``04.12.`` in de, ``04-12`` in nl), else
    with it: for "price file of …" stamps, where the year is noise."""
    d = value.date() if isinstance(value, datetime) else value
    if d.year != date.today().year:
        return date_text(d)
    loc = current_locale()
    fmt = _date_format(loc).replace("yyyy", "")
    fmt = fmt.strip("-/ ") if not fmt.endswith("..") else fmt[:-1]
    return loc.toString(QDate(d.year, d.month, d.day), fmt.lstrip("."))


def time_text(value: datetime, seconds: bool = False) -> str:
    """Hours and minutes as the locale writes them (24 h in nl/de/fr, ``1:05 PM`` in en)."""
    loc = current_locale()
    fmt = loc.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in fmt:
        fmt = fmt.replace("mm", "mm:ss")
    return loc.toString(QTime(value.hour, value.minute, value.second), fmt)


def datetime_text(value: datetime | None) -> str:
    """Date and time: ``04-12-2026 13:05`` (nl)."""
    return "" if value is None else f"{date_text(value)} {time_text(value)}"


def eta_text(value: date | None, today: date | None = None) -> str:
    """An ETA always with the year; a date already past is marked overdue."""
    if value is None:
        return ""
    d = value.date() if isinstance(value, datetime) else value
    if d >= (today or date.today()):
        return date_text(d)
    return QCoreApplication.translate("Formats", "{date} · overdue").format(date=date_text(d))


# ----------------------------------------------------------------------------- input


class ParseError(ValueError):
    """Input that is not a number in the clerk's locale; ``str()`` is the one-line message."""


_BLANKS = re.compile(r"[\s\u00a0\u202f\u2009']+")
_CURRENCY = re.compile(r"^[^\d+\-.,]{1,3}|[^\d.,]{1,3}$")  # a leading € / trailing EUR, € …


def _grouped(whole: str, mark: str) -> bool:
    parts = whole.split(mark)
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 and p.isdigit() for p in parts[1:])


def parse_decimal(text: str) -> Decimal | None:
    """The number in ``text`` by the input rule of this module; None for blank input.

    Raises :class:`ParseError` with a one-line message for ambiguous or non-numeric input."""
    raw = text
    text = _BLANKS.sub("", text or "")
    if not text:
        return None
    sign = ""
    if text[0] == "(" and text[-1] == ")":  # accounting negative: "(€ 8,10)" in nl
        sign, text = "-", text[1:-1]
    text = _CURRENCY.sub("", text)
    if text[:1] in ("+", "-"):
        sign, text = ("-" if text[0] == "-" else sign), _CURRENCY.sub("", text[1:])
    mark = current_locale().decimalPoint()
    if not re.fullmatch(r"[\d.,]+", text) or not any(ch.isdigit() for ch in text):
        _refuse(QT_TRANSLATE_NOOP("Formats", "“{text}” is not a number"), text=raw.strip())
    if "." in text and "," in text:
        dec = "." if text.rfind(".") > text.rfind(",") else ","
        group = "," if dec == "." else "."
        whole, _, frac = text.rpartition(dec)
        if dec in whole or not _grouped(whole, group):
            _refuse(
                QT_TRANSLATE_NOOP(
                    "Formats", "“{text}”: thousands go in groups of three, e.g. 1.234,56"
                ),
                text=raw.strip(),
            )
        text = whole.replace(group, "") + "." + frac
    else:
        sep = "." if "." in text else ("," if "," in text else "")
        if sep and text.count(sep) > 1:
            if not _grouped(text, sep):
                _refuse(
                    QT_TRANSLATE_NOOP("Formats", "“{text}” has more than one decimal mark"),
                    text=raw.strip(),
                )
            text = text.replace(sep, "")
        elif sep:
            whole, _, frac = text.partition(sep)
            if (
                sep != mark
                and len(frac) == 3
                and _grouped(whole + sep + frac, sep)
                and whole[0] != "0"
            ):
                _refuse(
                    QT_TRANSLATE_NOOP("Formats", "“{text}” is ambiguous: write {a} or {b}"),
                    text=raw.strip(),
                    a=f"{whole}{frac}",
                    b=f"{whole}{mark}{frac}",
                )
            text = f"{whole or '0'}.{frac}"
    try:
        return Decimal(sign + text)
    except InvalidOperation:
        _refuse(QT_TRANSLATE_NOOP("Formats", "“{text}” is not a number"), text=raw.strip())


def _refuse(message: str, **values: str) -> NoReturn:
    """Raise ParseError with the message in the user's language (placeholders filled after)."""
    raise ParseError(QCoreApplication.translate("Formats", message).format(**values))


def parse_quantity(text: str) -> int | None:
    """A whole count: ``1.234`` / ``1,234`` / ``1 234`` are thousands here (a count has no
    fraction), ``2,5`` is refused. None for blank input."""
    cleaned = _BLANKS.sub("", text or "")
    if not cleaned:
        return None
    for sep in ".,":
        if sep in cleaned and _grouped(cleaned, sep):
            cleaned = cleaned.replace(sep, "")
    if not cleaned.isdigit():
        _refuse(QT_TRANSLATE_NOOP("Formats", "“{text}” is not a whole number"), text=text.strip())
    return int(cleaned)


def parse_date(text: str) -> date | None:
    """A date in the locale's short format (two- or four-digit year) or ISO ``2026-12-04``."""
    text = (text or "").strip()
    if not text:
        return None
    loc = current_locale()
    for fmt in (_date_format(loc), loc.dateFormat(QLocale.FormatType.ShortFormat), "yyyy-MM-dd"):
        q = loc.toDate(text, fmt)
        if q.isValid():
            if "yyyy" not in fmt and q.year() < 1970:
                q = q.addYears(100)
            return date(q.year(), q.month(), q.day())
    example = date_text(date.today())
    _refuse(
        QT_TRANSLATE_NOOP("Formats", "“{text}” is not a date; write it like {example}"),
        text=text,
        example=example,
    )


# ----------------------------------------------------------------------------- CSV


def csv_style() -> CsvStyle:
    """``;`` and ``,`` where the decimal mark is a comma (nl, de, fr), else ``,`` and ``.``:
    Excel takes its list separator from the same regional setting."""
    mark = current_locale().decimalPoint()
    return CsvStyle(";", mark) if mark == "," else CsvStyle(",", mark or ".")
