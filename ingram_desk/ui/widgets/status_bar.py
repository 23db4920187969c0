"""Status bar pieces that are always true: profile, API window, rate budget, catalogue age, work."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from ingram_desk.domain.availability_windows import api_window_state

__all__ = ["StatusBar", "describe_catalogue_age"]

_PROFILE_STYLE = {
    "production": "background:#b3261e; color:white; font-weight:bold; padding:1px 8px;",
    "ingram_sandbox": "background:#1e5bb3; color:white; padding:1px 8px;",
    "demo": "background:#2e7d32; color:white; padding:1px 8px;",
}
_PROFILE_TEXT = {
    "production": "PRODUCTION — live orders",
    "ingram_sandbox": "Ingram sandbox",
    "demo": "Demo (embedded sandbox)",
    "custom": "Custom API",
}


def _parse(ts: str) -> datetime | None:
    try:
        return datetime.fromisoformat(ts).astimezone() if ts else None
    except ValueError:
        return None


def describe_catalogue_age(info: Any) -> str:
    """ "price file of 23 Nov, 06:12; stock of 10:00" from the store's metadata."""
    if info is None or not info.row_count:
        return "No catalogue yet — File › Import price file"
    price = _parse(info.price_file_time) or _parse(info.imported_at)
    stock = _parse(info.stock_file_time)
    text = f"{info.row_count:,} products · price file of {price:%d %b, %H:%M}" if price else ""
    if stock:
        same_day = price is not None and stock.date() == price.date()
        text += f"; stock of {stock:%H:%M}" if same_day else f"; stock of {stock:%d %b, %H:%M}"
    if getattr(info, "interim", False):
        text += " · building the full index…"
    return text


class StatusBar(QStatusBar):
    def __init__(
        self, profile_name: str, profile_kind: str, country: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.country = country
        self.profile_label = QLabel(self)
        kind_text = _PROFILE_TEXT.get(profile_kind, profile_kind)
        self.profile_label.setText(f"{profile_name} · {kind_text} · {country}")
        self.profile_label.setStyleSheet(_PROFILE_STYLE.get(profile_kind, "padding:1px 8px;"))
        self.profile_label.setToolTip(f"Active profile: {profile_name} ({kind_text})")
        self.window_label = QLabel(self)
        self.connection_label = QLabel(self)
        self.connection_label.hide()  # until the first token call says how Ingram is
        self.budget_label = QLabel("API calls: 60 / 60 left", self)
        self.catalogue_label = QLabel("", self)
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
            self.window_label.setText("API hours: unknown")
            return
        if state.is_open:
            until = f" until {state.closes_at:%H:%M}" if state.closes_at else " all day"
            self.window_label.setText(f"API open{until}")
            self.window_label.setStyleSheet("")
        else:
            assert state.opens_at is not None
            self.window_label.setText(f"API closed until {state.opens_at:%H:%M}")
            self.window_label.setStyleSheet("color:#b3261e; font-weight:bold;")
        self.window_label.setToolTip(state.describe())

    def set_connectivity(self, state: Any) -> None:
        """``offline — next try 10:42:05`` in red while the token service does not answer."""
        label = self.connection_label
        label.show()
        if state.online:
            label.setText("online")
            label.setStyleSheet("")
            label.setToolTip("Ingram's API answers")
            return
        if state.refused:
            label.setText("credentials refused")
        else:
            when = state.next_try.astimezone() if state.next_try else None
            label.setText(f"offline — next try {when:%H:%M:%S}" if when else "offline")
        label.setStyleSheet("color:#b3261e; font-weight:bold;")
        label.setToolTip(
            f"{state.reason}. The catalogue, drafts and queued orders stay as they are; "
            "queued orders are sent once Ingram answers."
        )

    def set_budget(self, budget: Any) -> None:
        remaining = "?" if budget.remaining is None else str(budget.remaining)
        scope = getattr(budget, "scope", "")
        text = f"API calls{f' ({scope})' if scope else ''}: {remaining} / {budget.limit} left"
        if budget.held_until is not None:
            text += f" — waiting until {budget.held_until.astimezone():%H:%M:%S}"
        self.budget_label.setText(text)

    def set_catalogue(self, info: Any) -> None:
        self.catalogue_label.setText(describe_catalogue_age(info))

    def flash(self, text: str, msecs: int = 5000) -> None:
        """A transient note that, unlike ``showMessage``, never hides the always-true fields."""
        self.work_label.setText(text)
        self._flash_timer.start(msecs)  # owned by the bar: never fires after it is deleted

    def set_work(self, running: int, text: str = "") -> None:
        self.work_bar.setVisible(running > 0)
        if text or running == 0:
            self.work_label.setText(text)
        else:
            self.work_label.setText(f"{running} task{'s' if running != 1 else ''} running")
