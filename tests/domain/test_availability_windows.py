"""The seed's API windows: open/closed at an instant and next opening, across midnight and DST."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from ingram_desk.domain.availability_windows import API_WINDOWS, api_window_state

LONDON = ZoneInfo("Europe/London")
MADRID = ZoneInfo("Europe/Madrid")


def at(tz: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=tz)


def test_every_seed_country_has_a_window() -> None:
    assert set(API_WINDOWS) == set("AT BE CH DE ES FR HU IT NL PT SE UK".split())


@pytest.mark.parametrize(
    ("local", "is_open"),
    [
        ((2026, 11, 23, 5, 59), False),
        ((2026, 11, 23, 6, 0), True),
        ((2026, 11, 23, 23, 59), True),
        ((2026, 11, 24, 0, 29), True),  # window of the 23rd still running past midnight
        ((2026, 11, 24, 0, 30), False),
        ((2026, 11, 24, 3, 0), False),
    ],
)
def test_uk_window_crosses_midnight(local: tuple[int, ...], is_open: bool) -> None:
    state = api_window_state("UK", at(LONDON, *local))
    assert state is not None and state.is_open is is_open


def test_closed_state_says_when_it_opens_next() -> None:
    state = api_window_state("UK", at(LONDON, 2026, 11, 24, 1, 0))
    assert state is not None and not state.is_open
    assert state.opens_at == at(LONDON, 2026, 11, 24, 6, 0)
    assert state.describe() == "Ingram's API for UK is closed until 06:00 local time"


def test_before_opening_in_the_evening_gap_points_to_same_day() -> None:
    state = api_window_state("DE", at(ZoneInfo("Europe/Berlin"), 2026, 11, 23, 23, 30))
    assert state is not None and not state.is_open
    assert state.opens_at == at(ZoneInfo("Europe/Berlin"), 2026, 11, 24, 5, 0)


def test_open_state_reports_closing_time_the_next_day() -> None:
    state = api_window_state("ES", at(MADRID, 2026, 11, 23, 22, 0))
    assert state is not None and state.is_open
    assert state.closes_at == at(MADRID, 2026, 11, 24, 1, 0)


def test_benelux_is_open_around_the_clock() -> None:
    for hour in range(24):
        state = api_window_state("NL", datetime(2026, 11, 23, hour, 17, tzinfo=UTC))
        assert state is not None and state.is_open and state.closes_at is None


def test_instant_in_utc_is_judged_in_local_time() -> None:
    # 05:30 UTC in winter is 06:30 in Madrid (open) but 05:30 in London (closed).
    instant = datetime(2026, 11, 23, 5, 30, tzinfo=UTC)
    assert api_window_state("ES", instant).is_open  # type: ignore[union-attr]
    assert not api_window_state("UK", instant).is_open  # type: ignore[union-attr]


def test_gb_is_an_alias_for_the_seeds_uk_and_unknown_countries_have_no_window() -> None:
    instant = datetime(2026, 11, 23, 12, tzinfo=UTC)
    assert api_window_state("gb", instant).country == "UK"  # type: ignore[union-attr]
    assert api_window_state("US", instant) is None


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError):
        api_window_state("UK", datetime(2026, 11, 23, 12))


def test_summer_time_shift_keeps_local_opening_hour() -> None:
    # After the spring change London is UTC+1: opening at 06:00 local is 05:00 UTC.
    state = api_window_state("UK", datetime(2026, 3, 30, 4, 30, tzinfo=UTC))
    assert state is not None and not state.is_open
    assert state.opens_at is not None
    assert state.opens_at.astimezone(UTC) == datetime(2026, 3, 30, 5, 0, tzinfo=UTC)
