"""The watch list on the desktop: orders placed here are watched automatically, watched orders
are polled in the background, and a change raises a tray notification (or, with no system tray,
an in-app one) and stays marked "changed, unseen" until the user opens the order."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from ingram_desk.domain.errors import IngramError
from ingram_desk.services.events import ORDER_STATE_CHANGED, WATCH_CHANGED, WATCH_LIST_CHANGED
from ingram_desk.services.order_journal import OrderState
from ingram_desk.ui.async_tasks import TaskRunner

__all__ = ["WatchNotifier"]

log = logging.getLogger(__name__)

#: default poll interval; the tracking service polls at background priority within the budget
POLL_INTERVAL_MS = 5 * 60 * 1000


class WatchNotifier(QObject):
    """Signals: ``notified(title, message)`` for every change (tray or not), ``marks_changed()``
    when the watched/unseen sets change, ``polled(changed orders)`` after each poll."""

    notified = Signal(str, str)
    marks_changed = Signal()
    #: a poll finished (number of changed orders)
    polled = Signal(int)

    def __init__(
        self,
        tracking: Any,
        events: Any,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        interval_ms: int = POLL_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.tracking = tracking
        self.runner = runner
        # kept by the watch list's store (so they survive a restart; in a team, per desk)
        self.unseen: dict[str, tuple[str, ...]] = {}
        self._watched: set[str] = set()
        self._read_unseen()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("Ingram Desk — watched orders"))
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll_now)
        self._unsubscribe = [
            events.subscribe(WATCH_CHANGED, self._changed),
            events.subscribe(ORDER_STATE_CHANGED, self._order_state),
            # a colleague's desk changed the team's watch list: its marks, at once
            events.subscribe(WATCH_LIST_CHANGED, lambda _number: self.refresh_marks()),
        ]

    def close(self) -> None:
        self.timer.stop()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        if self.tray is not None:
            self.tray.hide()

    @property
    def watched(self) -> set[str]:
        return set(self._watched)

    def _changed_list(self, change: Any, order_number: str) -> bool:
        """Watch or unwatch; a team's watch list with its database unreachable says so."""
        try:
            change(order_number)
        except IngramError as exc:
            self.notified.emit(self.tr("Watch list unchanged"), exc.one_line())
            return False
        return True

    def watch(self, order_number: str) -> None:
        if not self._changed_list(self.tracking.watch, order_number):
            return
        self._watched.add(order_number)
        self.marks_changed.emit()

    def unwatch(self, order_number: str) -> None:
        if not self._changed_list(self.tracking.unwatch, order_number):
            return
        self._watched.discard(order_number)
        self.unseen.pop(order_number, None)
        self.marks_changed.emit()

    def mark_seen(self, order_number: str) -> None:
        """The user opened the order: its changes are seen (on this desk only, in a team)."""
        if order_number not in self.unseen:
            return
        try:
            self.tracking.mark_seen(order_number)
        except IngramError as exc:  # a team's database unreachable: still unseen there
            log.warning("could not mark %s seen: %s", order_number, exc.one_line())
        self.unseen.pop(order_number, None)
        self.marks_changed.emit()

    def _read_unseen(self) -> bool:
        """Re-read the marks, watched and unseen (in a team a colleague's desk may have added
        an order or recorded a change); True if they changed."""
        try:
            watched, unseen = set(self.tracking.watched()), self.tracking.unseen()
        except (IngramError, OSError) as exc:  # marks are a convenience; never fail over them
            log.warning("could not read the watch-list marks: %s", exc)
            return False
        if (watched, unseen) == (self._watched, self.unseen):
            return False
        self._watched, self.unseen = watched, unseen
        return True

    def refresh_marks(self) -> None:
        if self._read_unseen():
            self.marks_changed.emit()

    def start_polling(self) -> None:
        self.timer.start()

    def poll_now(self) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # a timer tick outside the qasync loop (tests, shutdown)
            return
        if not self.runner.is_running("watch-poll"):
            self.runner.start(
                "watch-poll",
                self.tracking.poll(),
                on_done=self._polled,
                background=True,
            )

    def _polled(self, changes: list[Any]) -> None:
        self.refresh_marks()  # changes this desk recorded, and those colleagues' desks did
        self.polled.emit(len(changes))

    def _order_state(self, entry: Any) -> None:
        if entry.state is OrderState.PLACED:
            for number in entry.ingram_order_numbers:
                if number not in self._watched:
                    self.watch(number)

    def _changed(self, change: Any) -> None:
        if change.details is None:  # a pushed document's news: the poll did not record it
            try:
                self.tracking.note(change)
            except (IngramError, OSError) as exc:
                log.warning("could not keep the change of %s: %s", change.order_number, exc)
        self._read_unseen()
        self.unseen.setdefault(change.order_number, tuple(change.changes))
        title = self.tr("Order {order_number} changed").format(order_number=change.order_number)
        message = "\n".join(change.changes[:4])
        if len(change.changes) > 4:
            message += self.tr("\n… and %n more", "", len(change.changes) - 4)
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 10000)
        log.info("%s: %s", title, "; ".join(change.changes))
        self.marks_changed.emit()
        self.notified.emit(title, message)
