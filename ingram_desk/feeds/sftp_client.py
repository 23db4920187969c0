"""SFTP with asyncssh, run on a private event loop inside the calling (worker) thread.

Host keys: a pinned key in the settings wins; otherwise the first key seen is recorded in
``known_hosts`` (``[host]:port key`` lines, 0600) and a different key later is refused.
The secret is a password, or a private key in OpenSSH/PEM text (starts with ``-----BEGIN``).
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import asyncssh

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.feeds.config import FeedConfig
from ingram_desk.feeds.errors import (
    FeedError,
    FeedHostKeyError,
    FeedLoginError,
    FeedTransferError,
    FeedUnreachableError,
)
from ingram_desk.feeds.remote import RemoteEntry

__all__ = ["SftpClient"]

T = TypeVar("T")


def _host_id(host: str, port: int) -> str:
    return host if port == 22 else f"[{host}]:{port}"


def _recorded_key(known_hosts: Path, host_id: str) -> str | None:
    try:
        lines = known_hosts.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return None
    for line in lines:
        name, _, key = line.partition(" ")
        if name == host_id and key.strip():
            return key.strip()
    return None


def _record_key(known_hosts: Path, host_id: str, key: str) -> None:
    known_hosts.parent.mkdir(parents=True, exist_ok=True)
    with open(known_hosts, "a", encoding="utf-8") as out:
        out.write(f"{host_id} {key}\n")
    try:
        os.chmod(known_hosts, 0o600)
    except OSError:
        pass


class SftpClient:
    def __init__(self, config: FeedConfig, secret: str, known_hosts: Path) -> None:
        self.config = config
        self._loop = asyncio.new_event_loop()
        self._conn: Any = None
        self._sftp: Any = None
        host, port = config.host, config.effective_port()
        host_id = _host_id(host, port)
        pinned = config.host_key.strip() or _recorded_key(known_hosts, host_id)
        try:
            trusted = ([asyncssh.import_public_key(pinned)], [], []) if pinned else None
        except (ValueError, asyncssh.KeyImportError) as exc:
            self._loop.close()
            raise FeedHostKeyError(host, port, f"the pinned key is not readable: {exc}") from None
        options: dict[str, Any] = {"username": config.user, "known_hosts": trusted}
        if secret.lstrip().startswith("-----BEGIN"):
            options["client_keys"] = [asyncssh.import_private_key(secret)]
            options["password"] = None
        else:
            options["password"] = secret
            options["client_keys"] = None
        try:
            self._conn = self._run(
                asyncssh.connect(
                    host,
                    port,
                    connect_timeout=config.timeout,
                    agent_path=None,
                    config=None,
                    **options,
                )
            )
            if not pinned:
                key = self._conn.get_server_host_key()
                text = " ".join(key.export_public_key("openssh").decode().split()[:2])
                _record_key(known_hosts, host_id, text)
            self._sftp = self._run(self._conn.start_sftp_client())
        except asyncssh.PermissionDenied:
            self.close()
            raise FeedLoginError(host, config.user) from None
        except asyncssh.HostKeyNotVerifiable as exc:
            self.close()
            raise FeedHostKeyError(host, port, exc.reason) from None
        except (OSError, TimeoutError, asyncssh.Error) as exc:
            self.close()
            raise FeedUnreachableError(host, port, _reason(exc)) from None

    def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        return self._loop.run_until_complete(asyncio.wait_for(coro, self.config.timeout * 4))

    def _path(self, name: str) -> str:
        folder = self.config.folder.strip("/")
        return f"{folder}/{name}" if folder else name

    def list(self) -> list[RemoteEntry]:
        try:
            names = self._run(self._sftp.readdir(self.config.folder.strip("/") or "."))
        except asyncssh.SFTPNoSuchFile:
            raise FeedError(
                QT_TRANSLATE_NOOP("Errors", "No folder {folder} on the feed server"),
                values={"folder": repr(self.config.folder)},
                remedial_action=QT_TRANSLATE_NOOP(
                    "Errors", "Check the remote folder Ingram gave you."
                ),
            ) from None
        except (OSError, TimeoutError, asyncssh.Error) as exc:
            raise FeedTransferError("the folder listing", _reason(exc)) from None
        out = []
        for n in names:
            a = n.attrs
            if n.filename in (".", "..") or a.type == asyncssh.FILEXFER_TYPE_DIRECTORY:
                continue
            mtime = datetime.fromtimestamp(a.mtime, UTC) if a.mtime is not None else None
            out.append(RemoteEntry(n.filename, a.size, mtime))
        return out

    def download(self, name: str, dest: Path, offset: int, cancel: threading.Event) -> bool:
        mode = "r+b" if dest.exists() else "wb"

        async def fetch() -> None:  # on this worker thread's private loop: blocking is fine
            async with self._sftp.open(self._path(name), "rb") as remote:
                with open(dest, mode) as out:  # noqa: ASYNC230
                    out.seek(offset)
                    out.truncate()
                    await _pipelined(remote, out, offset, cancel)

        try:
            self._run(fetch())
        except asyncssh.SFTPNoSuchFile:
            raise FeedError(
                QT_TRANSLATE_NOOP("Errors", "{name} is no longer on the feed server"),
                values={"name": name},
            ) from None
        except (OSError, TimeoutError, asyncssh.Error) as exc:
            raise FeedTransferError(name, _reason(exc)) from None
        if cancel.is_set():
            raise FeedTransferError(name, "cancelled")
        return True

    def close(self) -> None:
        if self._loop.is_closed():
            return
        try:
            if self._sftp is not None:
                self._sftp.exit()
            if self._conn is not None:
                self._conn.close()
                self._run(self._conn.wait_closed())
        except (OSError, TimeoutError, asyncssh.Error):
            pass
        finally:
            self._loop.close()


async def _pipelined(remote: Any, out: Any, pos: int, cancel: threading.Event) -> None:
    """asyncssh's parallel reads (many requests in flight: one at a time would make a far
    server crawl), written in file order as blocks complete, so a drop keeps every byte
    before the first missing block."""
    waiting: dict[int, bytes] = {}
    async for offset, data in await remote.read_parallel(-1, pos):
        waiting[offset] = data
        while pos in waiting:
            block = waiting.pop(pos)
            if not block:
                break
            out.write(block)
            pos += len(block)
        if cancel.is_set():
            return


def _reason(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, asyncssh.Error):
        return exc.reason or type(exc).__name__
    return str(exc) or type(exc).__name__
