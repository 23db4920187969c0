"""FTP and FTPS (explicit TLS, ``AUTH TLS`` then ``PROT P``) with the standard library's ftplib.

Listing uses ``MLSD`` (exact size and UTC time) and falls back to ``NLST`` + ``SIZE`` + ``MDTM``
on servers without it. A resume sends ``REST``; a server that refuses it gets the whole file.
"""

from __future__ import annotations

import ftplib
import socket
import ssl
import threading
from datetime import UTC, datetime
from pathlib import Path

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.feeds.config import FeedConfig
from ingram_desk.feeds.errors import (
    FeedError,
    FeedLoginError,
    FeedTransferError,
    FeedUnreachableError,
)
from ingram_desk.feeds.remote import RemoteEntry

__all__ = ["FtpClient"]

_CHUNK = 65536


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.strptime(text[:14], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None


class FtpClient:
    def __init__(self, config: FeedConfig, secret: str) -> None:
        self.config = config
        host, port = config.host, config.effective_port()
        ftp: ftplib.FTP
        if config.protocol == "ftps":
            context = ssl.create_default_context(cafile=config.tls_ca_file or None)
            ftp = ftplib.FTP_TLS(context=context, timeout=config.timeout)
        else:
            ftp = ftplib.FTP(timeout=config.timeout)
        self._ftp = ftp
        try:
            ftp.connect(host, port)
        except (OSError, EOFError, ftplib.Error) as exc:
            raise FeedUnreachableError(host, port, _reason(exc)) from None
        try:
            ftp.login(config.user, secret)
            if isinstance(ftp, ftplib.FTP_TLS):
                ftp.prot_p()
        except ftplib.error_perm as exc:
            self.close()
            if str(exc).startswith("530"):
                raise FeedLoginError(host, config.user) from None
            raise FeedError(
                QT_TRANSLATE_NOOP("Errors", "The feed server {host} said: {error}"),
                values={"host": host, "error": exc},
            ) from None
        except ssl.SSLError as exc:
            self.close()
            raise FeedUnreachableError(host, port, f"TLS: {exc.reason or exc}") from None
        except (OSError, EOFError, ftplib.Error) as exc:
            self.close()
            raise FeedUnreachableError(host, port, _reason(exc)) from None
        if config.folder:
            try:
                ftp.cwd(config.folder)
            except ftplib.error_perm as exc:
                self.close()
                raise FeedError(
                    QT_TRANSLATE_NOOP("Errors", "No folder {folder} on the feed server ({error})"),
                    values={"folder": repr(config.folder), "error": exc},
                    remedial_action=QT_TRANSLATE_NOOP(
                        "Errors", "Check the remote folder Ingram gave you."
                    ),
                ) from None

    def list(self) -> list[RemoteEntry]:
        try:
            try:
                return [
                    RemoteEntry(name, _int(facts.get("size")), _when(facts.get("modify")))
                    for name, facts in self._ftp.mlsd(facts=["type", "size", "modify"])
                    if facts.get("type", "file") == "file"
                ]
            except ftplib.error_perm:  # no MLSD: NLST, then SIZE and MDTM per file
                entries = []
                self._ftp.voidcmd("TYPE I")
                for name in self._ftp.nlst():
                    try:
                        size = self._ftp.size(name)
                    except ftplib.error_perm:
                        continue  # a folder
                    try:
                        mtime = _when(self._ftp.voidcmd(f"MDTM {name}")[4:].strip())
                    except ftplib.error_perm:
                        mtime = None
                    entries.append(RemoteEntry(name, size, mtime))
                return entries
        except (OSError, EOFError, ftplib.Error) as exc:
            raise FeedTransferError("the folder listing", _reason(exc)) from None

    def download(self, name: str, dest: Path, offset: int, cancel: threading.Event) -> bool:
        ftp = self._ftp
        resumed = True
        try:
            ftp.voidcmd("TYPE I")
            try:
                conn = ftp.transfercmd(f"RETR {name}", rest=offset or None)
            except (ftplib.error_perm, ftplib.error_reply) as exc:
                if not offset or str(exc).startswith("550"):
                    raise
                resumed, offset = False, 0  # REST refused: the whole file
                conn = ftp.transfercmd(f"RETR {name}")
            with conn, open(dest, "r+b" if dest.exists() else "wb") as out:
                out.seek(offset)
                out.truncate()
                while not cancel.is_set():
                    data = conn.recv(_CHUNK)
                    if not data:
                        break
                    out.write(data)
                if isinstance(conn, ssl.SSLSocket) and not cancel.is_set():
                    conn.unwrap()
            if cancel.is_set():
                raise FeedTransferError(name, "cancelled")
            ftp.voidresp()
        except ftplib.error_perm as exc:
            raise FeedError(
                QT_TRANSLATE_NOOP("Errors", "The feed server refused {name}: {error}"),
                values={"name": name, "error": exc},
            ) from None
        except (OSError, EOFError, ftplib.Error) as exc:
            raise FeedTransferError(name, _reason(exc)) from None
        return resumed

    def close(self) -> None:
        try:
            self._ftp.quit()
        except (OSError, EOFError, ftplib.Error, AttributeError):
            self._ftp.close()


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return "unknown host"
    return str(exc) or type(exc).__name__
