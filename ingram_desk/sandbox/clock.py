"""A settable clock so tests can move the sandbox's time (token expiry, rate windows, API windows)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

__all__ = ["ShiftableClock"]


class ShiftableClock:
    """Wall-clock time plus an offset; ``set`` pins it, ``advance`` moves it."""

    def __init__(self) -> None:
        self._offset = timedelta()
        self._pinned: datetime | None = None

    def __call__(self) -> datetime:
        base = self._pinned if self._pinned is not None else datetime.now(UTC)
        return base + self._offset

    def advance(self, seconds: float) -> None:
        self._offset += timedelta(seconds=seconds)

    def set(self, when: datetime) -> None:
        """Pin the clock at ``when`` (aware); it then only moves with ``advance``."""
        if when.tzinfo is None:
            raise ValueError("the sandbox clock needs an aware datetime")
        self._pinned, self._offset = when, timedelta()

    def reset(self) -> None:
        self._pinned, self._offset = None, timedelta()
