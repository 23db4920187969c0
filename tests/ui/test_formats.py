"""Money, quantities and dates as nl, de, fr and en clerks write and read them (real QLocales)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from ingram_desk.services.table_export import csv_rows
from ingram_desk.ui import formats

NBSP, NNBSP = "\u00a0", "\u202f"
LOCALES = ("nl_NL", "de_DE", "fr_FR", "en_US")


@pytest.fixture
def use_locale() -> Iterator[object]:
    def use(name: str) -> None:
        formats.set_locale(QLocale(name))

    yield use
    formats.set_locale(None)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("nl_NL", f"€{NBSP}1.037,56"),
        ("de_DE", f"1.037,56{NBSP}€"),
        ("fr_FR", f"1{NNBSP}037,56{NBSP}€"),
        ("en_US", "€1,037.56"),
    ],
)
def test_money_is_written_as_the_locale_writes_it(use_locale, name: str, expected: str) -> None:
    use_locale(name)
    assert formats.money(Decimal("1037.56"), "EUR") == expected
    assert formats.parse_decimal(expected) == Decimal("1037.56")


@pytest.mark.parametrize("name", LOCALES)
@pytest.mark.parametrize("amount", ["0.05", "12.50", "1037.56", "1234567.89", "-8.10"])
def test_money_and_plain_numbers_round_trip(use_locale, name: str, amount: str) -> None:
    use_locale(name)
    value = Decimal(amount)
    assert formats.parse_decimal(formats.money(value, "EUR")) == value
    assert formats.parse_decimal(formats.money(value, "CHF")) == value
    assert formats.parse_decimal(formats.number(value)) == value


@pytest.mark.parametrize("name", LOCALES)
@pytest.mark.parametrize("count", [0, 7, 1234, 1234567])
def test_quantities_round_trip(use_locale, name: str, count: int) -> None:
    use_locale(name)
    text = formats.quantity(count)
    assert formats.parse_quantity(text) == count
    if count >= 1000:
        assert text != str(count)  # the locale's thousands separator is shown


@pytest.mark.parametrize("name", LOCALES)
@pytest.mark.parametrize("day", [date(2026, 1, 2), date(2026, 12, 31), date(1999, 7, 4)])
def test_dates_round_trip_with_a_four_digit_year(use_locale, name: str, day: date) -> None:
    use_locale(name)
    text = formats.date_text(day)
    assert str(day.year) in text
    assert formats.parse_date(text) == day


def test_dates_follow_the_locales_order(use_locale) -> None:
    day = date(2026, 3, 4)
    expected = {"nl_NL": "04-03-2026", "de_DE": "04.03.2026", "fr_FR": "04/03/2026"}
    expected["en_US"] = "3/4/2026"
    for name, text in expected.items():
        use_locale(name)
        assert formats.date_text(day) == text
        assert formats.date_text(datetime(2026, 3, 4, 13, 5)) == text


def test_an_eta_already_past_is_marked_overdue(use_locale) -> None:
    use_locale("de_DE")
    today = date(2026, 6, 1)
    assert formats.eta_text(date(2026, 5, 31), today) == "31.05.2026 · overdue"
    assert formats.eta_text(date(2026, 6, 1), today) == "01.06.2026"


def test_an_overdue_eta_is_marked_in_the_clerks_language(use_locale, qapp, tmp_path) -> None:
    from ingram_desk.ui.i18n import install_language

    use_locale("de_DE")
    try:
        assert install_language(qapp, "de", tmp_path / "i18n") == "de"
        assert formats.eta_text(date(2026, 5, 31), date(2026, 6, 1)) == "31.05.2026 · überfällig"
    finally:
        install_language(qapp, "en", tmp_path / "i18n")


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        ("nl_NL", "12,5", "12.5"),
        ("nl_NL", "12.5", "12.5"),  # a plain dot where it cannot be thousands
        ("nl_NL", "1037.56", "1037.56"),
        ("nl_NL", "0.125", "0.125"),  # a zero whole part is never a thousands group
        ("nl_NL", "1,234", "1.234"),  # the locale's own decimal mark is always decimal
        ("nl_NL", "1.234,5", "1234.5"),
        ("nl_NL", "1,234.5", "1234.5"),  # both marks: the last one is the decimal mark
        ("nl_NL", "1.234.567", "1234567"),
        ("de_DE", "€ 99,90", "99.90"),
        ("fr_FR", "1 234,50 €", "1234.50"),
        ("en_US", "1.234", "1.234"),
        ("en_US", "12,5", "12.5"),
        ("en_US", "1,234,567.5", "1234567.5"),
        ("en_US", "  ", None),
    ],
)
def test_input_accepts_the_locales_mark_and_a_plain_unambiguous_one(
    use_locale, name: str, text: str, value: str | None
) -> None:
    use_locale(name)
    assert formats.parse_decimal(text) == (Decimal(value) if value else None)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("nl_NL", "1.234", "“1.234” is ambiguous: write 1234 or 1,234"),
        ("de_DE", "12.500", "“12.500” is ambiguous: write 12500 or 12,500"),
        ("fr_FR", "1.234", "“1.234” is ambiguous: write 1234 or 1,234"),
        ("en_US", "1,234", "“1,234” is ambiguous: write 1234 or 1.234"),
        ("nl_NL", "1.23.4", "“1.23.4” has more than one decimal mark"),
        ("nl_NL", "1.2345,6", "“1.2345,6”: thousands go in groups of three, e.g. 1.234,56"),
        ("nl_NL", "twelve", "“twelve” is not a number"),
    ],
)
def test_ambiguous_or_wrong_input_is_refused_with_one_line(
    use_locale, name: str, text: str, message: str
) -> None:
    use_locale(name)
    with pytest.raises(formats.ParseError) as err:
        formats.parse_decimal(text)
    assert str(err.value) == message
    assert "\n" not in str(err.value)


def test_a_quantity_refuses_a_fraction(use_locale) -> None:
    use_locale("nl_NL")
    assert formats.parse_quantity("1.234") == 1234  # a count has no fraction
    with pytest.raises(formats.ParseError, match="not a whole number"):
        formats.parse_quantity("2,5")


def test_a_date_that_is_no_date_is_refused(use_locale) -> None:
    use_locale("nl_NL")
    with pytest.raises(formats.ParseError, match="is not a date; write it like"):
        formats.parse_date("31-02-2026")


@pytest.mark.parametrize("name", ["nl_NL", "de_DE"])
def test_csv_in_a_decimal_comma_locale_reads_back_with_semicolons(use_locale, name: str) -> None:
    use_locale(name)
    style = formats.csv_style()
    assert (style.delimiter, style.decimal) == (";", ",")
    rows = [["=cmd|' /C calc'!A0", Decimal("1037.56"), 3, date(2026, 12, 4)]]
    buf = io.StringIO()
    csv_rows(buf, ["Desc", "Price", "Qty", "Date"], rows, style)
    back = list(csv.reader(io.StringIO(buf.getvalue()), delimiter=";"))
    assert back[1][0] == "'=cmd|' /C calc'!A0"  # the formula guard stays
    assert Decimal(back[1][1].replace(",", ".")) == Decimal("1037.56")
    assert int(back[1][2]) == 3
    assert date.fromisoformat(back[1][3]) == date(2026, 12, 4)


def test_the_c_locale_falls_back_to_english(use_locale) -> None:
    use_locale("C")
    assert formats.money(Decimal("1037.56"), "EUR") == "€1,037.56"


def test_percentages_and_year_less_stamps_follow_the_locale(use_locale) -> None:
    expected = {"nl_NL": "12,5%", "de_DE": f"12,5{NBSP}%", "fr_FR": f"12,5{NNBSP}%"}
    expected["en_US"] = "12.5%"
    for name, text in expected.items():
        use_locale(name)
        assert formats.percent(Decimal("0.125"), 1) == text
    use_locale("de_DE")
    this_year = date.today().replace(month=3, day=4)
    assert formats.day_text(this_year) == "04.03."
    assert formats.day_text(date(2001, 3, 4)) == "04.03.2001"
    use_locale("nl_NL")
    assert formats.day_text(this_year) == "04-03"


def test_the_chosen_locale_is_also_qts_default_for_new_input_widgets(use_locale) -> None:
    use_locale("de_DE")
    assert QLocale().name() == "de_DE"  # QSpinBox / QDateEdit created now read German
    assert QLocale().toDouble("1.234,5") == (1234.5, True)


@pytest.mark.parametrize("name", LOCALES)
async def test_date_fields_read_like_the_dates_in_the_grids(
    use_locale, name: str, make_main_window, sandbox, client_factory, ui_catalogue, tmp_path
) -> None:
    """The Orders search's date range and the order's requested delivery show the locale's
    short date, as the grids do (they showed ``04 Mar 2026`` beside ``3/4/2026``)."""
    from PySide6.QtCore import QDate

    from tests.ui.orders_support import order_window

    use_locale(name)
    day = date(2026, 3, 4)
    async with order_window(make_main_window, sandbox, client_factory, ui_catalogue, tmp_path) as w:
        for edit in (w.orders_tab.since, w.orders_tab.until, w.order_tab.delivery_date):
            edit.setDate(QDate(day.year, day.month, day.day))
            assert edit.text() == formats.date_text(day), name
