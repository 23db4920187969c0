"""When Ingram's API is expected to be up for an account country (seed 004 "System Availability").

The seed gives weekday windows in local time; several cross midnight (UK 06:00-00:30,
ES/PT 06:00-01:00) and BE/NL run all day (00:00-00:00). The seed says weekends and
public holidays "may be limited" without saying how, so the same window applies every day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

__all__ = ["API_WINDOWS", "ApiWindow", "WindowState", "api_window_state"]


@dataclass(frozen=True, slots=True)
class ApiWindow:
    country: str
    opens: time
    closes: time  #: equal to ``opens`` means open around the clock
    timezone: str

    @property
    def all_day(self) -> bool:
        return self.opens == self.closes

    def describe(self) -> str:
        if self.all_day:
            return "open all day"
        return f"{self.opens:%H:%M}-{self.closes:%H:%M} local time"


@dataclass(frozen=True, slots=True)
class WindowState:
    country: str
    is_open: bool
    #: While closed: the instant it opens next (aware, in the country's time zone).
    opens_at: datetime | None
    #: While open: the instant it closes (None when open all day).
    closes_at: datetime | None

    def describe(self) -> str:
        if self.is_open:
            if self.closes_at is None:
                return f"Ingram's API for {self.country} is open all day"
            return (
                f"Ingram's API for {self.country} is open until {self.closes_at:%H:%M} local time"
            )
        assert self.opens_at is not None
        return f"Ingram's API for {self.country} is closed until {self.opens_at:%H:%M} local time"


def _w(countries: str, opens: str, closes: str, tzs: dict[str, str]) -> list[ApiWindow]:
    o, c = time.fromisoformat(opens), time.fromisoformat(closes)
    return [ApiWindow(cc, o, c, tzs[cc]) for cc in countries.split()]


_TZ = {
    "AT": "Europe/Vienna", "BE": "Europe/Brussels", "CH": "Europe/Zurich", "DE": "Europe/Berlin",
    "ES": "Europe/Madrid", "FR": "Europe/Paris", "HU": "Europe/Budapest", "IT": "Europe/Rome",
    "NL": "Europe/Amsterdam", "PT": "Europe/Lisbon", "SE": "Europe/Stockholm", "UK": "Europe/London",
}  # fmt: skip

#: Seed 004's table, one entry per country.
API_WINDOWS: dict[str, ApiWindow] = {
    w.country: w
    for w in (
        _w("BE NL", "00:00", "00:00", _TZ)
        + _w("AT CH DE HU SE", "05:00", "23:00", _TZ)
        + _w("ES PT", "06:00", "01:00", _TZ)
        + _w("FR IT", "05:00", "00:00", _TZ)
        + _w("UK", "06:00", "00:30", _TZ)
    )
}


def api_window_state(country: str, at: datetime | None = None) -> WindowState | None:
    """Whether the API is expected up for ``country`` at instant ``at`` (aware; default now).

    Returns None for countries the seed does not list (no window is enforced for them).
    """
    code = country.strip().upper()
    window = API_WINDOWS.get("UK" if code == "GB" else code)
    if window is None:
        return None
    if at is None:
        at = datetime.now(UTC)
    if at.tzinfo is None:
        raise ValueError("api_window_state needs an aware datetime")
    tz = ZoneInfo(window.timezone)
    local = at.astimezone(tz)
    if window.all_day:
        return WindowState(window.country, True, None, None)

    length = _window_length(window)
    # A window that opened yesterday may still be running; check yesterday's and today's.
    for day_offset in (-1, 0):
        day = local.date() + timedelta(days=day_offset)
        start = datetime.combine(day, window.opens, tz)
        end = start + length
        if start <= local < end:
            return WindowState(window.country, True, None, end)
    # Closed: next opening is today's if still ahead, else tomorrow's.
    today_open = datetime.combine(local.date(), window.opens, tz)
    next_open = today_open if local < today_open else today_open + timedelta(days=1)
    return WindowState(window.country, False, next_open, None)


def _window_length(window: ApiWindow) -> timedelta:
    o = timedelta(hours=window.opens.hour, minutes=window.opens.minute)
    c = timedelta(hours=window.closes.hour, minutes=window.closes.minute)
    return c - o if c > o else c + timedelta(days=1) - o
