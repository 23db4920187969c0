"""Status bar pieces that are always true: profile, API window, rate budget, catalogue age, work."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from ingram_desk.domain.availability_windows import api_window_state
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.ui import formats
from ingram_desk.ui.widgets.elided_label import ElidedLabel
from ingram_desk.ui.widgets.error_banner import describe_error

__all__ = ["StatusBar", "describe_catalogue_age", "price_age_days"]

_PROFILE_STYLE = {
    "production": "background:#b3261e; color:white; font-weight:bold; padding:1px 8px;",
    "ingram_sandbox": "background:#1e5bb3; color:white; padding:1px 8px;",
    "demo": "background:#2e7d32; color:white; padding:1px 8px;",
}
# the most the catalogue field claims of a narrow window (the rest ends in "…", the tooltip
# has it whole); with the feeds' fields and the busy bar a German window still fits 1280 px
# (tests/i18n/test_status_bar_widths.py)
_CATALOGUE_MIN_CAP = 420
# what the catalogue field keeps beside a note (its product count, "2.985 Artikel")
_CATALOGUE_WHILE_NOTE = 90
# the catalogue field once its prices are older than the preference allows
_STALE_STYLE = "background:#f9a825; color:black; padding:1px 6px;"
_PROFILE_TEXT = {
    "production": QT_TRANSLATE_NOOP("StatusBar", "PRODUCTION — live orders"),
    "ingram_sandbox": QT_TRANSLATE_NOOP("StatusBar", "Ingram sandbox"),
    "demo": QT_TRANSLATE_NOOP("StatusBar", "Demo (embedded sandbox)"),
    "custom": QT_TRANSLATE_NOOP("StatusBar", "Custom API"),
}
# what the field itself says of a kind whose whole text is long ("Demo (eingebaute Sandbox)"
# left the feeds' fields a few letters each at 1280 px); the tooltip says it whole. Production
# stays unmistakable by its colour, its capitals and the window title.
_PROFILE_SHORT = {
    "demo": QT_TRANSLATE_NOOP("StatusBar", "Demo"),
    "production": QT_TRANSLATE_NOOP("StatusBar", "PRODUCTION"),
}


def _parse(ts: str) -> datetime | None:
    try:
        return datetime.fromisoformat(ts).astimezone() if ts else None
    except ValueError:
        return None


def _stamp(at: datetime) -> str:
    """Date with its year (a price file's age is the point, "15 Jan" hides a year-old one)."""
    return f"{formats.date_text(at)}, {formats.time_text(at)}"


def _reason(state: Any) -> str:
    """Why Ingram is offline, in the user's language (the error's message and remedy)."""
    if getattr(state, "error", None) is None:
        return state.reason
    message, remedy, _correlation = describe_error(state.error)
    return " ".join(p for p in (message, remedy) if p).rstrip(".")


def describe_catalogue_age(info: Any) -> str:
    """ "price file of 15.01.2026, 02:05; stock of 09:00" from the store's metadata: the file's
    own export date, or "received" with its time on disk when it carries none."""
    if info is None or not info.row_count:
        return QCoreApplication.translate(
            "StatusBar", "No catalogue yet — File › Import price file"
        )
    price = _parse(info.price_file_time) or _parse(info.imported_at)
    stock = _parse(info.stock_file_time)
    text = _price_part(info)
    if stock:
        same_day = price is not None and stock.date() == price.date()
        text += QCoreApplication.translate("StatusBar", "; stock of {stock}").format(
            stock=formats.time_text(stock) if same_day else _stamp(stock)
        )
    if getattr(info, "interim", False):
        text += QCoreApplication.translate("StatusBar", " · building the full index…")
    return text


def _price_part(info: Any) -> str:
    """ "3,000 products · price file of 15.01.2026, 02:05": what the field must always show."""
    price = _parse(info.price_file_time) or _parse(info.imported_at)
    if price is None:
        return ""
    # StatusBar.tr, not translate(): lupdate reads plural forms only from a tr()
    if getattr(info, "price_file_dated", False):
        text = StatusBar.tr("%Ln product(s) · price file of {price}", "", info.row_count)
    else:
        text = StatusBar.tr("%Ln product(s) · price file received {price}", "", info.row_count)
    return text.format(price=_stamp(price))


def price_age_days(info: Any, now: datetime | None = None) -> int | None:
    """Whole days since the price file was made (its own date, else its time on disk)."""
    if info is None or not info.row_count:
        return None
    price = _parse(info.price_file_time) or _parse(info.imported_at)
    if price is None:
        return None
    return max(0, ((now or datetime.now().astimezone()) - price).days)


class StatusBar(QStatusBar):
    def __init__(
        self, profile_name: str, profile_kind: str, country: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.country = country
        self.profile_label = QLabel(self)
        kind_text = (
            self.tr(_PROFILE_TEXT[profile_kind]) if profile_kind in _PROFILE_TEXT else profile_kind
        )
        source = _PROFILE_SHORT.get(profile_kind, "")
        short = self.tr(source) if source else kind_text
        # "demo · Démo · NL" says the name twice: the kind alone is the name
        named = profile_name.casefold() in (short.casefold(), source.casefold())
        shown = [short] if named else [profile_name, short]
        self.profile_label.setText(" · ".join([*shown, country] if country else shown))
        self.profile_label.setStyleSheet(_PROFILE_STYLE.get(profile_kind, "padding:1px 8px;"))
        self.profile_label.setToolTip(
            self.tr("Active profile: {profile_name} ({kind_text})").format(
                profile_name=profile_name, kind_text=kind_text
            )
        )
        self.window_label = QLabel(self)
        self.connection_label = QLabel(self)
        self.connection_label.hide()  # until the first token call says how Ingram is
        self.budget_label = QLabel(self.tr("API calls: 60 / 60 left"), self)
        # gives way first: the feeds' fields and the others are shown whole before its stock part
        self.catalogue_label = ElidedLabel("", self, gives_way=True)
        # days after which the prices are flagged (the main window sets the preference's)
        self.price_age_warn_days = 3
        self.prices_stale = False
        # the longest field, longer still in German or Dutch: a narrow window elides its stock
        # part ("…", the tooltip has it whole) rather than growing past the screen
        # a flashed note or what a task says it does: it gives way too, so the feeds' fields
        # stay whole ("prix …", "stock 22 …" beside a flashed note at 1280 px); it shares the
        # room they leave with the catalogue field's stock part, elided ("…", tooltip whole)
        self.work_label = ElidedLabel("", self, gives_way=True)
        self.work_label.hide()  # till it has something to say
        self._catalogue_min = 1  # (``set_catalogue`` sets it: its price part's width)
        self.work_bar = QProgressBar(self)
        self.work_bar.setRange(0, 0)
        self.work_bar.setMaximumWidth(40)  # a busy sign, not a measure: its tooltip says what
        self.work_bar.setMaximumHeight(14)
        self.work_bar.hide()
        self.addWidget(self.profile_label)
        self.addWidget(self.window_label)
        self.addWidget(self.connection_label)
        self.addWidget(self.budget_label)
        self.addWidget(self.catalogue_label, 1)
        self.addPermanentWidget(self.work_label, 2)
        self.addPermanentWidget(self.work_bar)
        self.update_api_window()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.update_api_window)
        self._timer.start(30_000)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        # the API budget refills when Ingram's window resets, with no call to say so: without
        # this the bar kept "11 / 60 left" for as long as the desk was idle
        self._budget: Any = None
        self._refill_timer = QTimer(self)
        self._refill_timer.setSingleShot(True)
        self._refill_timer.timeout.connect(self._refilled)

    def _end_flash(self) -> None:
        self._say("")

    def _say(self, text: str) -> None:
        """The work field's text; hidden while it has none (its stretch would take room from
        the catalogue field's stock part). While it speaks, the catalogue field may give way
        to its product count (at 1280 px in German a note had 43 px beside the price file's
        date): the note is read in its seconds, the date is back after them."""
        self.work_label.setText(text)
        self.work_label.setVisible(bool(text))
        self._fit_catalogue()

    def _fit_catalogue(self) -> None:
        width = self._catalogue_min
        if self.work_label.isVisibleTo(self):  # (a note is up)
            width = min(width, _CATALOGUE_WHILE_NOTE)
        self.catalogue_label.setMinimumWidth(width)

    def update_api_window(self, at: datetime | None = None) -> None:
        state = api_window_state(self.country, at) if self.country else None
        if state is None:
            self.window_label.setText(self.tr("API hours: unknown"))
            return
        if state.is_open:
            until = (
                self.tr(" until {closes_at}").format(closes_at=formats.time_text(state.closes_at))
                if state.closes_at
                else self.tr(" all day")
            )
            self.window_label.setText(self.tr("API open{until}").format(until=until))
            self.window_label.setStyleSheet("")
        else:
            assert state.opens_at is not None
            self.window_label.setText(
                self.tr("API closed until {opens_at}").format(
                    opens_at=formats.time_text(state.opens_at)
                )
            )
            self.window_label.setStyleSheet("color:#b3261e; font-weight:bold;")
        self.window_label.setToolTip(self._window_tip(state))

    def _window_tip(self, state: Any) -> str:
        """``WindowState.describe()`` in the user's language (times in the country's zone)."""
        if state.is_open and state.closes_at is None:
            return self.tr("Ingram's API for {country} is open all day").format(
                country=state.country
            )
        if state.is_open:
            return self.tr("Ingram's API for {country} is open until {time} local time").format(
                country=state.country, time=formats.time_text(state.closes_at)
            )
        return self.tr("Ingram's API for {country} is closed until {time} local time").format(
            country=state.country, time=formats.time_text(state.opens_at)
        )

    def set_connectivity(self, state: Any) -> None:
        """``offline — next try 10:42:05`` in red while the token service does not answer."""
        label = self.connection_label
        label.show()
        if state.online:
            label.setText(self.tr("online"))
            label.setStyleSheet("")
            label.setToolTip(self.tr("Ingram's API answers"))
            return
        if state.refused:
            label.setText(self.tr("credentials refused"))
        else:
            when = state.next_try.astimezone() if state.next_try else None
            label.setText(
                self.tr("offline — next try {when}").format(
                    when=formats.time_text(when, seconds=True)
                )
                if when
                else self.tr("offline")
            )
        label.setStyleSheet("color:#b3261e; font-weight:bold;")
        label.setToolTip(
            self.tr(
                "{reason}. The catalogue, drafts and queued orders stay as they are; "
                "queued orders are sent once Ingram answers."
            ).format(reason=_reason(state))
        )

    def set_budget(self, budget: Any) -> None:
        remaining = "?" if budget.remaining is None else str(budget.remaining)
        scope = getattr(budget, "scope", "")
        text = self.tr("API calls{v0}: {remaining} / {limit} left").format(
            v0=f" ({scope})" if scope else "", remaining=remaining, limit=budget.limit
        )
        if budget.held_until is not None:
            text += self.tr(" — waiting until {v0}").format(
                v0=formats.time_text(budget.held_until.astimezone(), seconds=True)
            )
        self.budget_label.setText(text)
        self._budget = budget
        if budget.resets_at is not None and budget.remaining != budget.limit:
            wait = (budget.resets_at - datetime.now(UTC)).total_seconds()
            self._refill_timer.start(max(0, int(wait * 1000)) + 50)
        else:
            self._refill_timer.stop()

    def _refilled(self) -> None:
        """Ingram's rate window has reset: the whole budget is there again."""
        if self._budget is not None:
            self.set_budget(
                replace(self._budget, remaining=self._budget.limit, resets_at=None, held_until=None)
            )

    def set_catalogue(self, info: Any) -> None:
        """The catalogue's age; in the warning colour, with why in the tooltip, once the prices
        are older than ``price_age_warn_days`` (a preference, 3 days unless set)."""
        text = describe_catalogue_age(info)
        self.catalogue_label.setText(text)
        # the price file's date is never squeezed out by the feeds' fields and the busy bar
        # (the Xvfb pass found the field 5 px wide); the stock part may still be clipped
        shown = _price_part(info) if info is not None and info.row_count else text
        width = self.catalogue_label.fontMetrics().horizontalAdvance(shown) + 16
        self._catalogue_min = min(width, _CATALOGUE_MIN_CAP)
        self._fit_catalogue()
        age = price_age_days(info)
        self.prices_stale = age is not None and age > self.price_age_warn_days
        if self.prices_stale:
            self.catalogue_label.setStyleSheet(_STALE_STYLE)
            self.catalogue_label.setToolTip(
                self.tr(
                    "{text}\nThe prices are %n day(s) old: older than the {limit} days set in "
                    "the preferences (price_age_warn_days). Import a current price file "
                    "(File › Import price file) before quoting them.",
                    "",
                    age,
                ).format(text=text, limit=self.price_age_warn_days)
            )
        else:
            self.catalogue_label.setStyleSheet("")
            self.catalogue_label.setToolTip(text)

    def flash(self, text: str, msecs: int = 5000) -> None:
        """A transient note that, unlike ``showMessage``, never hides the always-true fields."""
        self._say(text)
        self._flash_timer.start(msecs)  # owned by the bar: never fires after it is deleted

    def set_work(self, running: int, text: str = "") -> None:
        self.work_bar.setVisible(running > 0)
        # the busy bar alone says that work runs ("1 Aufgabe läuft" beside it took the room
        # the feeds' fields need at 1280 px); its tooltip says what runs
        if text:
            self._say(text)
        elif not self._flash_timer.isActive():  # a flashed note stays its time, also when
            self._say("")  # the task that flashed it ends right after
        self.work_bar.setToolTip(self.tr("%n task(s) running", "", running) if running else "")
