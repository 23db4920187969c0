"""Is Ingram reachable? Reliability B4: with the token endpoint down at start (503, 429, refused
connections) the desk opens on its cached catalogue and says "offline" while this watch retries
in the background with exponential backoff; drafts and queued orders simply wait (the outbox
driver retries them on its own schedule). A refused client id / secret is not "offline": it is
said once and not retried (the profile needs fixing, not the network).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from ingram_desk.domain.errors import AuthError, ForbiddenError, IngramError
from ingram_desk.services.events import EventHub

__all__ = ["CONNECTIVITY_CHANGED", "ConnectionWatch", "Connectivity", "TokenSource"]

log = logging.getLogger(__name__)

#: payload: ``Connectivity``
CONNECTIVITY_CHANGED = "connectivity_changed"


class TokenSource(Protocol):
    async def token(self) -> str: ...


@dataclass(frozen=True)
class Connectivity:
    """``online`` True / False; ``refused`` when Ingram answered but refused the credentials."""

    online: bool
    reason: str = ""  #: English, for the log and the CLI
    next_try: datetime | None = None
    refused: bool = False
    error: IngramError | None = None  #: what went wrong: the UI shows it in the user's language


class ConnectionWatch:
    """Gets a token until one comes: first at once, then after ``first``, 2×, 4× … ``cap`` s."""

    def __init__(
        self,
        tokens: TokenSource,
        events: EventHub,
        *,
        first: float = 5.0,
        cap: float = 300.0,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.tokens, self.events = tokens, events
        self.first, self.cap, self.now = first, cap, now
        self.state: Connectivity | None = None
        self.tries = 0

    def _say(self, state: Connectivity) -> None:
        self.state = state
        self.events.emit(CONNECTIVITY_CHANGED, state)

    async def run(self) -> Connectivity:
        """Until online (or refused); returns the final state."""
        delay = self.first
        while True:
            self.tries += 1
            try:
                await self.tokens.token()
            except (AuthError, ForbiddenError) as exc:
                self._say(Connectivity(False, exc.one_line(), refused=True, error=exc))
                return self.state  # type: ignore[return-value]
            except IngramError as exc:  # 5xx, 429, no answer: offline, try again later
                log.info("Ingram offline (%s); next try in %.0f s", exc.one_line(), delay)
                self._say(
                    Connectivity(
                        False, exc.one_line(), self.now() + timedelta(seconds=delay), error=exc
                    )
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.cap)
                continue
            if self.state is not None:
                log.info("Ingram online again after %d tries", self.tries)
            self._say(Connectivity(True))
            return self.state  # type: ignore[return-value]
