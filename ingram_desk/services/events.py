"""A Qt-free observer hub: services emit named events, the UI re-emits them as Qt signals.

Handlers run synchronously in ``emit`` on the event-loop thread; a failing handler is logged
and never stops the others (or the service that emitted).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from typing import Any

__all__ = [
    "INBOX_CHANGED",
    "ORDER_STATE_CHANGED",
    "RATE_BUDGET_CHANGED",
    "WATCH_CHANGED",
    "WATCH_LIST_CHANGED",
    "EventHub",
]

log = logging.getLogger(__name__)

#: payload: ``JournalEntry`` after the change
ORDER_STATE_CHANGED = "order_state_changed"
#: payload: ``RateBudget``
RATE_BUDGET_CHANGED = "rate_budget_changed"
#: payload: ``WatchChange``
WATCH_CHANGED = "watch_changed"
#: payload: the order number whose watch-list row a colleague's desk changed (watched, unwatched,
#: a change recorded, seen), or "" after a reconnect: re-read the marks
WATCH_LIST_CHANGED = "watch_list_changed"
#: payload: list of ``InboxRecord`` just imported (pushed documents)
INBOX_CHANGED = "inbox_changed"


class EventHub:
    def __init__(self) -> None:
        self._handlers: dict[str, list[Callable[[Any], None]]] = defaultdict(list)

    def subscribe(self, topic: str, handler: Callable[[Any], None]) -> Callable[[], None]:
        """Register ``handler``; returns a function that unregisters it."""
        self._handlers[topic].append(handler)

        def unsubscribe() -> None:
            if handler in self._handlers[topic]:
                self._handlers[topic].remove(handler)

        return unsubscribe

    def subscribed(self, topic: str) -> bool:
        """Whether anyone listens to ``topic`` (so an emit is answered, e.g. by a search)."""
        return bool(self._handlers.get(topic))

    def emit(self, topic: str, payload: Any) -> None:
        for handler in list(self._handlers[topic]):
            try:
                handler(payload)
            except Exception:
                log.exception("event handler for %s failed", topic)
