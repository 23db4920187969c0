"""Client secrets in the OS keyring only (service ``ingram-desk``, one entry per profile).

When no usable keyring backend exists (headless Linux, CI: fail/null/plaintext backends), the
secret is kept in memory for this session and ``session_only`` is True so the UI can say so.
It is never written to a file, setting or database. Keyring calls can hang on a locked
collection, so the async variants (reads and writes: one mechanism, ``_off_thread``) run them
in a thread with a timeout, and the UI says "locked or not answering" with a Retry.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
from collections.abc import Callable
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from ingram_desk.domain.errors import ConfigurationError
from ingram_desk.logging_setup import register_secret

__all__ = ["KEYRING_LOCKED", "SERVICE", "CredentialStore", "backend_usable"]

SERVICE = "ingram-desk"
#: how a keyring that did not answer within the timeout is said (read or write)
KEYRING_LOCKED = "The keyring is locked or not answering"
#: seconds a keyring call may take before it is "locked or not answering"
KEYRING_TIMEOUT_S = 10.0
log = logging.getLogger(__name__)
T = TypeVar("T")


def backend_usable(backend: KeyringBackend) -> bool:
    """Poetry's test: not fail/null, not plaintext, not an empty chainer; priority >= 1."""
    name = f"{type(backend).__module__}.{type(backend).__name__}".lower()
    if any(bad in name for bad in ("fail", "null", "plaintext")):
        return False
    if "chainer" in name and not getattr(backend, "backends", None):
        return False
    try:
        return float(backend.priority) >= 1  # type: ignore[arg-type]
    except Exception:
        return False


class CredentialStore:
    def __init__(
        self, backend: KeyringBackend | None = None, *, timeout: float | None = None
    ) -> None:
        self._given = backend
        self._session: dict[str, str] = {}
        self.timeout = KEYRING_TIMEOUT_S if timeout is None else timeout

    @functools.cached_property
    def _backend(self) -> KeyringBackend:
        """Detected on first use, not when the store is made: keyring's detection loads every
        backend's plugin (~75 ms), which the window's start does not need."""
        return self._given or keyring.get_keyring()

    @functools.cached_property
    def session_only(self) -> bool:
        """No usable keyring: secrets are kept in memory for this session only."""
        return not backend_usable(self._backend)

    @property
    def notice(self) -> str | None:
        """What the UI shows while no keyring is available (None when all is well)."""
        if not self.session_only:
            return None
        return (
            "No system keyring is available: the client secret is kept in memory for this "
            "session only and must be entered again next time."
        )

    def get_secret(self, profile: str) -> str | None:
        if profile in self._session:
            return self._session[profile]
        if self.session_only:
            return None
        try:
            secret = self._backend.get_password(SERVICE, profile)
        except keyring.errors.KeyringError as exc:
            raise ConfigurationError(f"The keyring could not be read: {exc}") from None
        register_secret(secret)
        return secret

    def set_secret(self, profile: str, secret: str) -> bool:
        """Store the secret; returns False when it is held for this session only."""
        register_secret(secret)
        if not self.session_only:
            try:
                self._backend.set_password(SERVICE, profile, secret)
                self._session.pop(profile, None)
                return True
            except keyring.errors.KeyringError as exc:
                log.warning("keyring refused the secret (%s); keeping it for this session", exc)
        self._session[profile] = secret
        return False

    def delete_secret(self, profile: str) -> None:
        self._session.pop(profile, None)
        if not self.session_only:
            try:
                self._backend.delete_password(SERVICE, profile)
            except keyring.errors.PasswordDeleteError:
                pass

    async def get_secret_async(self, profile: str) -> str | None:
        """``get_secret`` off the event loop, failing after ``timeout`` (locked keyring)."""
        return await self._off_thread(self.get_secret, profile)

    async def set_secret_async(self, profile: str, secret: str) -> bool:
        """``set_secret`` off the event loop, failing after ``timeout`` (locked keyring). On that
        failure the secret is kept for this session meanwhile (this process can use it), and
        the write still lands if the keyring answers later; a Retry writes it again."""
        try:
            return await self._off_thread(self.set_secret, profile, secret)
        except ConfigurationError:
            register_secret(secret)
            self._session[profile] = secret
            raise

    def get_secret_bounded(self, profile: str) -> str | None:
        """``get_secret`` for a caller that cannot await (the team password while the app's
        context opens): on a daemon thread, failing after ``timeout`` like ``_off_thread``."""
        box: list[tuple[str | None, Exception | None]] = []

        def run() -> None:
            try:
                box.append((self.get_secret(profile), None))
            except Exception as exc:  # handed to the caller
                box.append((None, exc))

        worker = threading.Thread(target=run, name="keyring-get_secret", daemon=True)
        worker.start()
        worker.join(self.timeout)
        if not box:
            raise _locked()
        secret, error = box[0]
        if error is not None:
            raise error
        return secret

    async def _off_thread(self, call: Callable[..., T], *args: str) -> T:
        """``call(*args)`` (a keyring read or write) off the event loop, with ``timeout``.

        It runs on a daemon thread of its own, not the loop's executor: a keyring that never
        answers leaves that thread stuck, and the executor's shutdown would wait for it at
        exit. A Retry starts a fresh call."""
        loop = asyncio.get_running_loop()
        done: asyncio.Future[T] = loop.create_future()

        def deliver(result: T | None, error: BaseException | None) -> None:
            if done.done():
                return
            if error is not None:
                done.set_exception(error)
            else:
                done.set_result(result)  # type: ignore[arg-type]

        def run() -> None:
            try:
                result, error = call(*args), None
            except Exception as exc:  # handed to the awaiting coroutine
                result, error = None, exc
            try:
                loop.call_soon_threadsafe(deliver, result, error)
            except RuntimeError:
                pass  # the loop is gone (the app closed while the keyring hung)

        threading.Thread(target=run, name=f"keyring-{call.__name__}", daemon=True).start()
        try:
            return await asyncio.wait_for(done, self.timeout)
        except TimeoutError:
            raise _locked() from None


def _locked() -> ConfigurationError:
    """A keyring read or write that did not answer within the timeout, as the UI says it."""
    return ConfigurationError(
        KEYRING_LOCKED, remedial_action="Unlock your system keyring and try again."
    )
