"""The feeds on the desk: a status-bar piece (each feed's age and next run, red when overdue,
"Fetch now", "Feeds…"), the timer that runs what is due, and what a run changes on screen.

All network work happens in ``FeedService`` (a worker thread); this only starts tasks on the
window's ``TaskRunner``. A stock-only update repaints the catalogue in place (same rows, same
ids: selection, scroll position and search stay); a new price file refreshes it as an import does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.services.feed_report import OK_STATUSES, phrased_values
from ingram_desk.services.feed_service import FEEDS_CHANGED, FeedError, FeedService, SyncReport
from ingram_desk.ui import formats
from ingram_desk.ui.domain_texts import template_text
from ingram_desk.ui.widgets.elided_label import ElidedLabel

__all__ = ["FeedsController", "FeedsStatus"]

#: how often the desk looks whether a feed is due (the schedule itself is in the service)
CHECK_EVERY_MS = 30_000
_RED = "color:#b3261e; font-weight:bold;"
#: the feeds and the units of their age, as the status bar words them
_KIND_NAMES = {
    "price": QT_TRANSLATE_NOOP("FeedsStatus", "price"),
    "stock": QT_TRANSLATE_NOOP("FeedsStatus", "stock"),
    "category": QT_TRANSLATE_NOOP("FeedsStatus", "category"),
}
# how a feed's last run ended (``FeedOutcome.status``), as the tooltip says it
_OUTCOME_NAMES = {
    "imported": QT_TRANSLATE_NOOP("FeedsStatus", "imported"),
    "skipped": QT_TRANSLATE_NOOP("FeedsStatus", "skipped (unchanged)"),
    "downloaded": QT_TRANSLATE_NOOP("FeedsStatus", "downloaded"),
    "missing": QT_TRANSLATE_NOOP("FeedsStatus", "missing"),
    "refused": QT_TRANSLATE_NOOP("FeedsStatus", "refused"),
    "failed": QT_TRANSLATE_NOOP("FeedsStatus", "failed"),
}
_AGES = {
    "min": QT_TRANSLATE_NOOP("FeedsStatus", "{kind} {n} min old"),
    "h": QT_TRANSLATE_NOOP("FeedsStatus", "{kind} {n} h old"),
    "d": QT_TRANSLATE_NOOP("FeedsStatus", "{kind} {n} d old"),
}
# the field's compact form ("Preis 13 h"): four fields of "… alt" left each a few letters at
# 1280 px in German; the tooltip says the age whole
_SHORT_AGES = {
    "min": QT_TRANSLATE_NOOP("FeedsStatus", "{kind} {n} min"),
    "h": QT_TRANSLATE_NOOP("FeedsStatus", "{kind} {n} h"),
    "d": QT_TRANSLATE_NOOP("FeedsStatus", "{kind} {n} d"),
}


#: feeds whose field is shown only when something is wrong with them (see ``show_status``)
_QUIET_WHEN_FRESH = ("category",)


def _fresh(status: Any) -> bool:
    """Fetched, on time, and its last run ended well."""
    ok = status.last_outcome is None or status.last_outcome in OK_STATUSES
    return status.age() is not None and not status.overdue and ok


class FeedsStatus(QWidget):
    """``price 3 h · stock 12 min · next 11:00`` with Fetch now and Feeds… buttons; each field's
    tooltip says its age whole and how its last run ended."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[str, QLabel] = {}
        self.next_label = ElidedLabel("", self)
        # an icon, its words in the tooltip (and for screen readers): at 1280 px in French
        # "Récupérer maintenant" left the feeds' ages a few letters each
        self.fetch_button = QToolButton(self)
        self.fetch_button.setText(self.tr("Fetch now"))
        self.fetch_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.fetch_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.fetch_button.setToolTip(
            self.tr("Fetch now: Ingram's price, stock and category files (Tools › Fetch feeds now)")
        )
        self.fetch_button.setAccessibleName(self.fetch_button.text())
        self.settings_button = QToolButton(self)
        self.settings_button.setText(self.tr("Feeds…"))
        self.settings_button.setToolTip(self.tr("Feed server, files and schedule"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addWidget(self.next_label)
        self._layout.addWidget(self.fetch_button)
        self._layout.addWidget(self.settings_button)

    def age_text(self, status: Any, *, short: bool = False) -> str:
        """``Preis 3 h alt``: the feed's age in the user's language (``Preis 3 h`` if short)."""
        kind = self.tr(_KIND_NAMES[status.kind]) if status.kind in _KIND_NAMES else status.kind
        age = status.age()
        if age is None:
            return self.tr("{kind} never fetched").format(kind=kind)
        return self.tr((_SHORT_AGES if short else _AGES)[age[1]]).format(kind=kind, n=age[0])

    def show_status(self, statuses: list[Any], running: bool = False) -> None:
        for kind in list(self.labels):
            if kind not in {s.kind for s in statuses}:
                self.labels.pop(kind).deleteLater()
        for i, s in enumerate(statuses):
            label = self.labels.get(s.kind)
            if label is None:
                # a narrow window elides the text ("…"), never grows for it
                label = self.labels[s.kind] = ElidedLabel("", self)
                self._layout.insertWidget(i, label)
            label.setText(self.age_text(s, short=True))
            label.setStyleSheet(_RED if s.overdue else "")
            tip = self.age_text(s) + "\n"
            tip += self.tr("{kind} file: last run {v1}").format(
                kind=self.tr(_KIND_NAMES.get(s.kind, s.kind)),
                v1=self.tr(_OUTCOME_NAMES.get(s.last_outcome, s.last_outcome))
                if s.last_outcome
                else self.tr("never"),
            )
            if s.last_message:
                last = template_text(s.last_template, s.last_values) if s.last_template else ""
                tip += f" ({last or s.last_message})"
            label.setToolTip(tip + (self.tr(" — overdue") if s.overdue else ""))
            # a category file fetched on time says nothing the price file's age does not (it
            # comes with it): its field gives way, its age joins the price field's tooltip
            quiet = s.kind in _QUIET_WHEN_FRESH and _fresh(s) and "price" in self.labels
            label.setHidden(quiet)
        price = self.labels.get("price")
        if price is not None:
            extra = [lbl.toolTip() for lbl in self.labels.values() if lbl.isHidden()]
            price.setToolTip("\n".join([price.toolTip(), *extra]))
        nexts = [s.next_run for s in statuses if s.next_run is not None]
        if running:
            self.next_label.setText(self.tr("fetching…"))
        elif not statuses or not statuses[0].enabled:
            self.next_label.setText(self.tr("feeds off"))
        elif any(s.due_now for s in statuses):
            self.next_label.setText(self.tr("due now"))
        elif nexts:
            self.next_label.setText(
                self.tr("next {v0}").format(v0=formats.time_text(min(nexts).astimezone()))
            )
        self.fetch_button.setEnabled(not running and bool(statuses) and statuses[0].enabled)

    def text(self) -> str:
        parts = [lbl.text() for lbl in self.labels.values() if not lbl.isHidden()]
        return " · ".join([*parts, self.next_label.text()])


class FeedsController(QObject):
    """Wires a ``FeedService`` to a main window: status bar, timer, banner, catalogue refresh."""

    def __init__(
        self,
        window: Any,
        service: FeedService,
        *,
        save_secret: Callable[[str], Awaitable[bool]] | None = None,
        check_every_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        window.feeds = self  # the profiles dialog's feed test
        self.service = service
        self.save_secret = save_secret
        self.runner = window.runner
        self.widget = FeedsStatus(window.status)
        window.status.addPermanentWidget(self.widget)
        self.widget.fetch_button.clicked.connect(self.fetch_now)
        self.widget.settings_button.clicked.connect(self.open_settings)
        self.last_report: SyncReport | None = None
        self.dialog: Any = None
        self._unsubscribe = service.events.subscribe(FEEDS_CHANGED, self._changed)
        self.actions = self._add_menu_actions(window)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check_due)
        self.timer.start(check_every_ms)
        self.refresh()

    def _add_menu_actions(self, window: Any) -> list[QAction]:
        """Tools › Feeds… and Tools › Fetch feeds now (the window's own menus stay as they are)."""
        tools = next(
            (a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Tools"),
            None,
        )
        if tools is None:
            return []
        tools.addSeparator()
        settings = tools.addAction(self.tr("&Feeds…"))
        settings.triggered.connect(self.open_settings)
        fetch = tools.addAction(self.tr("Fetch f&eeds now"))
        fetch.triggered.connect(self.fetch_now)
        return [settings, fetch]

    def refresh(self) -> None:
        self.widget.show_status(self.service.status(), running=self.runner.is_running("feeds"))

    def start(self) -> None:
        """At start: fetch what is due, including a price file over a day old."""
        self._start(self.service.run_due(at_start=True))

    def check_due(self) -> None:
        self.refresh()
        if self.service.due() and not self.runner.is_running("feeds"):
            self._start(self.service.run_due())

    def fetch_now(self) -> None:
        if not self.runner.is_running("feeds"):  # asked for: a refused file is tried again
            self.service.retry_refused()
        self._start(self.service.sync(force=False))

    def _start(self, coro: Any) -> None:
        if self.runner.is_running("feeds"):
            coro.close()
            return
        self.runner.start("feeds", coro, busy=[self.widget.fetch_button])
        self.refresh()

    def _changed(self, report: SyncReport) -> None:
        self.last_report = report
        QTimer.singleShot(0, self.refresh)  # after the task has ended: "fetching…" goes
        # a file refused before and offered unchanged was said then (the status keeps it)
        errors = [e for e in report.errors() if not e.unchanged]
        if errors:
            first = errors[0]
            kind = first.kind
            if kind in _KIND_NAMES:  # marked under the status bar's context
                kind = QCoreApplication.translate("FeedsStatus", _KIND_NAMES[kind])
            if len(errors) > 1:
                context = self.tr("{kind} feed (and %n more)", "", len(errors) - 1)
            else:
                context = self.tr("{kind} feed")
            # rebuilt from its template and values (phrases again: a refusal's reason is one)
            error = FeedError(
                first.template or first.message,
                remedial_action=first.remedy_template or first.remedy,
                values=phrased_values(first.values),
            )
            context = context.format(kind=kind)
            self.window.banner.show_error(error, context=context[:1].upper() + context[1:])
        imported = {o.kind for o in report.outcomes if o.status == "imported"}
        if imported & {"price", "category"}:
            self.window.runner.start("catalogue-refresh", self.window.refresh_catalogue_state())
        elif "stock" in imported:
            self.refresh_stock_in_place()
        if imported:  # (the feeds named as the status bar names them)
            kinds = ", ".join(
                QCoreApplication.translate("FeedsStatus", _KIND_NAMES.get(k, k))
                for k in sorted(imported)
            )
            self.window.status.flash(
                self.tr("Feeds: {kinds} updated at {v1}").format(
                    kinds=kinds, v1=formats.time_text(datetime.now())
                )
            )

    def refresh_stock_in_place(self) -> None:
        """Same rows and ids after a stock file: repaint and re-read the detail pane only."""
        tab = self.window.catalogue_tab
        tab.model.invalidate()
        current = tab.table.currentIndex()
        if current.isValid():
            tab.detail.show_product(tab.model.product(current.row()))
        self.window.runner.start("catalogue-age", self._update_age())

    async def _update_age(self) -> None:
        self.window.status.set_catalogue(await self.service.catalogue.info())

    def open_settings(self) -> Any:
        from ingram_desk.ui.dialogs.feed_settings_dialog import FeedSettingsDialog

        if self.dialog is None:
            self.dialog = FeedSettingsDialog(
                self.service, self.runner, self.save_secret, self.window
            )
            self.dialog.saved.connect(lambda: self.refresh())
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def close(self) -> None:
        """Stop the timer and any running transfer (a partial download is resumed next time)."""
        self.timer.stop()
        self.service.cancel()
        self._unsubscribe()
