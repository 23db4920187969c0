"""The window opened while the keyring did not answer (reliability E2, at start): it is offline
and sends nothing; the banner says why with a Retry that asks the keyring again, off the UI
thread with its timeout (``CredentialStore.get_secret_async``, the profiles dialog's one way).
When the secret comes, the client gets it and the app goes online (``ready``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from ingram_desk.domain.errors import ConfigurationError, IngramError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.services.connectivity import CONNECTIVITY_CHANGED, Connectivity

__all__ = ["SecretReader", "SecretWait"]

TASK = "keyring-read"


class SecretReader(Protocol):
    async def get_secret_async(self, profile: str) -> str | None: ...


class SecretWait:
    """Holds the window offline until the profile's secret is read (Retry in the banner)."""

    def __init__(
        self,
        window: Any,  # ui.main_window.MainWindow
        credentials: SecretReader,
        profile: str,
        http: Any,  # ingram.http.IngramHttp: wait_for_secret / use_secret
        why: IngramError,
        ready: Callable[[], None],
    ) -> None:
        self.window, self.credentials, self.profile = window, credentials, profile
        self.http, self.ready = http, ready
        #: True once the secret came and the app went online
        self.done = False
        self._say(why)

    def _say(self, why: IngramError) -> None:
        self.why = why
        self.window.banner.show_error(why, retry=self.retry)
        events = self.window.services.events
        events.emit(CONNECTIVITY_CHANGED, Connectivity(False, why.one_line()))

    def retry(self) -> None:
        """Ask the keyring again (the user unlocked it); the banner stays hidden meanwhile."""
        self.window.runner.start(TASK, self._read(), background=True)

    async def _read(self) -> None:
        try:
            secret = await self.credentials.get_secret_async(self.profile)
        except IngramError as exc:  # still locked: said again, with Retry
            self._say(exc)
            return
        if not secret:
            self._say(
                ConfigurationError(
                    QT_TRANSLATE_NOOP("Errors", "No client secret is stored for profile {name}"),
                    values={"name": self.profile},
                    remedial_action=QT_TRANSLATE_NOOP(
                        "Errors", "Enter it in Tools › Profiles & credentials, then Retry."
                    ),
                )
            )
            return
        self.http.use_secret(secret)
        self.done = True
        self.ready()
