"""Status bar pieces that are always true: profile, API window, rate budget, catalogue age, work."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from ingram_desk.domain.availability_windows import api_window_state
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.ui import formats
from ingram_desk.ui.widgets.error_banner import describe_error

__all__ = ["StatusBar", "describe_catalogue_age"]

_PROFILE_STYLE = {
    "production": "background:#b3261e; color:white; font-weight:bold; padding:1px 8px;",
    "ingram_sandbox": "background:#1e5bb3; color:white; padding:1px 8px;",
    "demo": "background:#2e7d32; color:white; padding:1px 8px;",
}
_PROFILE_TEXT = {
    "production": QT_TRANSLATE_NOOP("StatusBar", "PRODUCTION — live orders"),
    "ingram_sandbox": QT_TRANSLATE_NOOP("StatusBar", "Ingram sandbox"),
    "demo": QT_TRANSLATE_NOOP("StatusBar", "Demo (embedded sandbox)"),
    "custom": QT_TRANSLATE_NOOP("StatusBar", "Custom API"),
}


def _parse(ts: str) -> datetime | None:
    try:
        return datetime.fromisoformat(ts).astimezone() if ts else None
    except ValueError:
        return None


def _stamp(at: datetime) -> str:
    return f"{formats.day_text(at)}, {formats.time_text(at)}"


def _reason(state: Any) -> str:
    """Why Ingram is offline, in the user's language (the error's message and remedy)."""
    if getattr(state, "error", None) is None:
        return state.reason
    message, remedy, _correlation = describe_error(state.error)
    return " ".join(p for p in (message, remedy) if p).rstrip(".")


def describe_catalogue_age(info: Any) -> str:
    """ "price file of 23 Nov, 06:12; stock of 10:00" from the store's metadata."""
    if info is None or not info.row_count:
        return QCoreApplication.translate(
            "StatusBar", "No catalogue yet — File › Import price file"
        )
    price = _parse(info.price_file_time) or _parse(info.imported_at)
    stock = _parse(info.stock_file_time)
    text = (
        # StatusBar.tr, not translate(): lupdate reads plural forms only from a tr()
        StatusBar.tr("%Ln product(s) · price file of {price}", "", info.row_count).format(
            price=_stamp(price)
        )
        if price
        else ""
    )
    if stock:
        same_day = price is not None and stock.date() == price.date()
        text += QCoreApplication.translate("StatusBar", "; stock of {stock}").format(
            stock=formats.time_text(stock) if same_day else _stamp(stock)
        )
    if getattr(info, "interim", False):
        text += QCoreApplication.translate("StatusBar", " · building the full index…")
    return text


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
        self.profile_label.setText(f"{profile_name} · {kind_text} · {country}")
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
        self.catalogue_label = QLabel("", self)
        # the longest field, longer still in German or Dutch: a narrow window clips it (the
        # tooltip has it whole) rather than growing past the screen
        self.catalogue_label.setMinimumWidth(1)
        self.work_label = QLabel("", self)
        self.work_bar = QProgressBar(self)
        self.work_bar.setRange(0, 0)
        self.work_bar.setMaximumWidth(80)
        self.work_bar.setMaximumHeight(14)
        self.work_bar.hide()
        self.addWidget(self.profile_label)
        self.addWidget(self.window_label)
        self.addWidget(self.connection_label)
        self.addWidget(self.budget_label)
        self.addWidget(self.catalogue_label, 1)
        self.addPermanentWidget(self.work_label)
        self.addPermanentWidget(self.work_bar)
        self.update_api_window()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.update_api_window)
        self._timer.start(30_000)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)

    def _end_flash(self) -> None:
        self.work_label.setText("")

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

    def set_catalogue(self, info: Any) -> None:
        text = describe_catalogue_age(info)
        self.catalogue_label.setText(text)
        self.catalogue_label.setToolTip(text)

    def flash(self, text: str, msecs: int = 5000) -> None:
        """A transient note that, unlike ``showMessage``, never hides the always-true fields."""
        self.work_label.setText(text)
        self._flash_timer.start(msecs)  # owned by the bar: never fires after it is deleted

    def set_work(self, running: int, text: str = "") -> None:
        self.work_bar.setVisible(running > 0)
        if text or running == 0:
            self.work_label.setText(text)
        else:
            self.work_label.setText(self.tr("%n task(s) running", "", running))
