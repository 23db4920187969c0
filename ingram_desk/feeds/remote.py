"""What every transfer client offers, and the factory that picks one by protocol.

Clients are blocking and are used from a worker thread only (never the GUI thread).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from ingram_desk.feeds.config import FeedConfig

__all__ = ["FeedClient", "RemoteEntry", "open_client"]


@dataclass(frozen=True, slots=True)
class RemoteEntry:
    name: str
    size: int | None
    mtime: datetime | None  #: aware (UTC) when the server tells it

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "size": self.size,
                "mtime": self.mtime.isoformat() if self.mtime else None}  # fmt: skip


class FeedClient(Protocol):
    def list(self) -> list[RemoteEntry]:
        """The files in the configured folder."""
        ...

    def download(self, name: str, dest: Path, offset: int, cancel: threading.Event) -> bool:
        """Append ``name`` from byte ``offset`` to ``dest`` (which holds ``offset`` bytes).

        Returns False when the server would not resume, in which case ``dest`` was rewritten
        from the start. Raises ``FeedTransferError`` when the connection fails midway (what
        arrived stays in ``dest``)."""
        ...

    def close(self) -> None: ...


def open_client(config: FeedConfig, secret: str, known_hosts: Path) -> FeedClient:
    """A connected, logged-in client in ``config.folder``; raises ``FeedError`` subclasses."""
    if config.protocol == "sftp":
        from ingram_desk.feeds.sftp_client import SftpClient

        return SftpClient(config, secret, known_hosts)
    from ingram_desk.feeds.ftp_client import FtpClient

    return FtpClient(config, secret)
