"""The safe download: a temp file next to the data, resume after a drop, the size checked
against the listing, unzipped where zipped, renamed atomically into place, older copies pruned.

Nothing here imports: the caller gets a complete local file or an exception, never half a file.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.feeds.errors import FeedError, FeedTransferError, FeedTruncatedError
from ingram_desk.feeds.remote import FeedClient, RemoteEntry

__all__ = ["Connection", "fetch_entry", "private_dir", "prune"]

log = logging.getLogger(__name__)
_ZIP_MAGIC = b"PK\x03\x04"


def private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path, 0o700)
    except OSError:
        pass
    return path


class Connection:
    """One client at a time, opened on first use and again after a drop."""

    def __init__(self, connect: Callable[[], FeedClient]) -> None:
        self._connect = connect
        self._client: FeedClient | None = None

    @property
    def client(self) -> FeedClient:
        if self._client is None:
            self._client = self._connect()
        return self._client

    def reset(self) -> None:
        if self._client is not None:
            client, self._client = self._client, None
            try:
                client.close()
            except (OSError, FeedError):
                pass


def _same(meta: Path, entry: RemoteEntry) -> bool:
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    mtime = entry.mtime.isoformat() if entry.mtime else None
    return data.get("size") == entry.size and data.get("mtime") == mtime


def fetch_entry(
    conn: Connection,
    entry: RemoteEntry,
    folder: Path,
    *,
    cancel: threading.Event,
    attempts: int = 4,
    on_resume: Callable[[int], None] | None = None,
) -> Path:
    """Download ``entry`` into ``folder`` and return the complete (unzipped) file.

    A ``.part`` file of the same remote size and time (an earlier run's) is resumed.
    Raises ``FeedTruncatedError`` when the file stays shorter than its listing and
    ``FeedTransferError`` when every attempt dropped.
    """
    private_dir(folder)
    part = folder / f".{entry.name}.part"
    meta = folder / f".{entry.name}.part.json"
    if part.exists() and not _same(meta, entry):
        part.unlink()
    meta.write_text(json.dumps({"size": entry.size,
                                "mtime": entry.mtime.isoformat() if entry.mtime else None}))  # fmt: skip
    last: FeedError | None = None
    for _attempt in range(attempts):
        offset = part.stat().st_size if part.exists() else 0
        if entry.size is not None and offset > entry.size:
            offset = 0
        if entry.size is not None and offset == entry.size and offset:
            break
        try:
            resumed = conn.client.download(entry.name, part, offset, cancel)
            if offset and resumed and on_resume is not None:
                on_resume(offset)
        except FeedTransferError as exc:
            if cancel.is_set():
                raise
            log.info("feed %s: %s; resuming", entry.name, exc.message)
            last = exc
            conn.reset()
            continue
        got = part.stat().st_size
        if entry.size is None or got >= entry.size:
            break
        if got == offset:  # nothing more came: the file is shorter than its listing
            break
        last = FeedTruncatedError(entry.name, got, entry.size)
    got = part.stat().st_size if part.exists() else 0
    if entry.size is not None and got != entry.size:
        if got < entry.size and not isinstance(last, FeedTransferError):
            part.unlink(missing_ok=True)
            meta.unlink(missing_ok=True)
            raise FeedTruncatedError(entry.name, got, entry.size)
        if got > entry.size:
            part.unlink(missing_ok=True)
            meta.unlink(missing_ok=True)
            raise FeedTruncatedError(entry.name, got, entry.size)
        raise last or FeedTransferError(entry.name, "incomplete")
    final = _place(part, entry, folder)
    meta.unlink(missing_ok=True)
    return final


def _place(part: Path, entry: RemoteEntry, folder: Path) -> Path:
    """Unzip (one member: the biggest) or rename ``part`` into its final, dated name."""
    stamp = (entry.mtime or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    with open(part, "rb") as fh:
        zipped = fh.read(4) == _ZIP_MAGIC
    if not zipped:
        final = folder / f"{stamp}-{entry.name}"
        os.replace(part, final)
        return final
    try:
        with zipfile.ZipFile(part) as z:
            members = [i for i in z.infolist() if not i.is_dir()]
            if not members:
                raise FeedError(
                    QT_TRANSLATE_NOOP("Errors", "{name} is an empty zip"),
                    values={"name": entry.name},
                )
            member = max(members, key=lambda i: i.file_size)
            name = Path(member.filename.replace("\\", "/")).name or "file.csv"
            final = folder / f"{stamp}-{name}"
            tmp = folder / f".{name}.unzip"
            with z.open(member) as src, open(tmp, "wb") as out:
                while chunk := src.read(1 << 20):
                    out.write(chunk)
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile) as exc:
        part.unlink(missing_ok=True)
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is not a readable zip ({error}); the catalogue was not changed"
            ),
            values={"name": entry.name, "error": exc},
            remedial_action=QT_TRANSLATE_NOOP("Errors", "It is fetched again on the next run."),
        ) from None
    os.replace(tmp, final)
    part.unlink(missing_ok=True)
    return final


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest downloads in ``folder``; returns what is kept."""
    files = sorted((p for p in folder.glob("*") if p.is_file() and not p.name.startswith(".")),
                   key=lambda p: p.name, reverse=True)  # fmt: skip
    for old in files[max(keep, 1) :]:
        old.unlink(missing_ok=True)
    return files[: max(keep, 1)]
