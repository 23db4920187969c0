"""Per-sandbox fault switches: 5xx, delays, dropped connections, bad bodies, 429s, API windows, tokens.

Driven from Python (``server.faults.fail_next(2, status=503)``) or over HTTP
(``POST /_sandbox/faults`` with ``{"fail_next": {"n": 2, "status": 503}}``), so tests and a
``sandbox serve`` process behave alike. Rules match on an optional path substring and method and
count down; ``n=None`` means every matching call until ``clear()``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

__all__ = ["ACTIONS", "FaultRule", "Faults"]

BEFORE, AFTER = "before", "after"


@dataclass
class FaultRule:
    kind: str  #: status | delay | drop | malformed | drip | throttle
    phase: str  #: "before" processing the call, or "after" (the call took effect)
    remaining: int | None  #: None = unlimited
    path: str = ""  #: case-insensitive substring of the request path; "" = any
    method: str = ""  #: "" = any
    status: int = 500
    seconds: float = 0.0
    body: str = "json"  #: malformed: json | html | truncated | empty
    reset_in: float | None = None  #: throttle: seconds to X-RateLimit-Reset; None = bare 429
    every: int = 1  #: act on every k-th matching call only (2 = half of them)
    seen: int = 0  #: matching calls so far

    def matches(self, method: str, path: str) -> bool:
        return (not self.method or self.method.upper() == method) and (
            self.path.lower() in path.lower()
        )


class Faults:
    """The switches of one sandbox instance (thread-safe)."""

    def __init__(self, clock: Callable[[], datetime] | None = None) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []
        self.clock: Callable[[], datetime] = clock or (lambda: datetime.now(UTC))
        self.api_windows = False
        self.api_window_status = 500
        self.search_delay = 0.0
        self.idle_timeout: float | None = None
        self.token_lifetime: int | None = None
        self.tokens_revoked_at: datetime | None = None

    # -- switches ---------------------------------------------------------------------------
    def _add(self, rule: FaultRule) -> FaultRule:
        with self._lock:
            self._rules.append(rule)
        return rule

    def fail_next(
        self,
        n: int | None = 1,
        status: int = 500,
        path: str = "",
        method: str = "",
        after_processing: bool = False,
        every: int = 1,
    ) -> FaultRule:
        """Answer the next ``n`` matching calls with ``status`` in Ingram's error shape.

        ``after_processing=True`` lets the call take effect first (an order is placed, then 500);
        ``every=2`` fails only every second matching call (a 50 % storm with ``n=None``).
        """
        if every < 1:
            raise ValueError("every must be 1 or more")
        phase = AFTER if after_processing else BEFORE
        return self._add(FaultRule("status", phase, n, path, method, status=status, every=every))

    def delay(
        self,
        seconds: float,
        n: int | None = None,
        path: str = "",
        method: str = "",
        after_processing: bool = False,
    ) -> FaultRule:
        """Wait ``seconds`` before processing (default) or after processing, before answering."""
        phase = AFTER if after_processing else BEFORE
        return self._add(FaultRule("delay", phase, n, path, method, seconds=seconds))

    def drop_connection(
        self, n: int | None = 1, path: str = "", method: str = "", after_processing: bool = True
    ) -> FaultRule:
        """Close the socket without an answer; by default after the call took effect."""
        phase = AFTER if after_processing else BEFORE
        return self._add(FaultRule("drop", phase, n, path, method))

    def malformed(
        self, n: int | None = 1, body: str = "json", path: str = "", method: str = ""
    ) -> FaultRule:
        """Process the call, then answer 200 with a bad body.

        ``json``: JSON cut mid-object; ``html``: a proxy's HTML page; ``truncated``:
        Content-Length larger than the bytes sent, then close; ``empty``: no body at all.
        """
        if body not in ("json", "html", "truncated", "empty"):
            raise ValueError(f"unknown malformed body kind {body!r}")
        return self._add(FaultRule("malformed", AFTER, n, path, method, status=200, body=body))

    def slow_drip(
        self, n: int | None = 1, interval: float = 2.0, path: str = "", method: str = ""
    ) -> FaultRule:
        """Send the answer one byte every ``interval`` seconds."""
        return self._add(FaultRule("drip", AFTER, n, path, method, seconds=interval))

    def throttle(
        self, n: int | None = 1, reset_in: float | None = 15.0, path: str = "", method: str = ""
    ) -> FaultRule:
        """Answer 429 regardless of the real counter; ``reset_in=None`` sends no rate headers."""
        return self._add(FaultRule("throttle", BEFORE, n, path, method, reset_in=reset_in))

    def enforce_api_windows(self, on: bool = True, status: int = 500) -> None:
        """Refuse calls outside the caller's country window (seed 004) with ``status``."""
        self.api_windows, self.api_window_status = on, status

    def hide_new_orders(self, seconds: float) -> None:
        """New orders show up in searches only ``seconds`` (sandbox clock) after creation."""
        self.search_delay = seconds

    def set_idle_timeout(self, seconds: float | None) -> None:
        """Close keep-alive connections idle longer than ``seconds`` (new connections only)."""
        self.idle_timeout = seconds

    def set_token_lifetime(self, seconds: int | None) -> None:
        """Lifetime of tokens issued from now on (None: the server's configured lifetime)."""
        self.token_lifetime = seconds

    def expire_tokens(self) -> None:
        """Invalidate every token issued so far."""
        self.tokens_revoked_at = self.clock()

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()
        self.api_windows, self.api_window_status = False, 500
        self.search_delay, self.idle_timeout = 0.0, None
        self.token_lifetime = None

    # -- used by the server -----------------------------------------------------------------
    def take(self, method: str, path: str, phase: str) -> list[FaultRule]:
        """Matching rules for this call and phase, counting each one down."""
        hits: list[FaultRule] = []
        with self._lock:
            for rule in list(self._rules):
                if rule.phase != phase or not rule.matches(method, path):
                    continue
                rule.seen += 1
                if rule.seen % rule.every:
                    continue
                hits.append(rule)
                if rule.remaining is not None:
                    rule.remaining -= 1
                    if rule.remaining <= 0:
                        self._rules.remove(rule)
        return hits

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            rules = [asdict(r) for r in self._rules]
        return {
            "rules": rules,
            "api_windows": self.api_windows,
            "api_window_status": self.api_window_status,
            "search_delay": self.search_delay,
            "idle_timeout": self.idle_timeout,
            "token_lifetime": self.token_lifetime,
            "tokens_revoked_at": self.tokens_revoked_at.isoformat()
            if self.tokens_revoked_at
            else None,
        }

    def apply(self, actions: dict[str, Any]) -> None:
        """Apply ``{"action": {kwargs}, ...}`` as sent to ``POST /_sandbox/faults``."""
        for name, kwargs in actions.items():
            if name not in ACTIONS:
                raise ValueError(f"unknown fault action {name!r}; known: {', '.join(ACTIONS)}")
            getattr(self, name)(**(kwargs or {}))


#: Methods reachable over HTTP.
ACTIONS = (
    "fail_next",
    "delay",
    "drop_connection",
    "malformed",
    "slow_drip",
    "throttle",
    "enforce_api_windows",
    "hide_new_orders",
    "set_idle_timeout",
    "set_token_lifetime",
    "expire_tokens",
    "clear",
)
