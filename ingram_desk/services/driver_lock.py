"""One outbox driver per order journal across processes, via an OS file lock next to the file."""

from __future__ import annotations

from pathlib import Path

from ingram_desk.services.file_lock import FileLock
from ingram_desk.services.journal_records import JournalError

__all__ = ["DriverLock"]


class DriverLock(FileLock):
    """An OS file lock next to the journal (``FileLock``): one outbox driver per journal across
    processes.

    Compare-and-set transitions already make a double send impossible; the lock keeps a second
    app instance from even trying (reliability §1.7 rule 6). Released when the process dies.
    """

    def __init__(self, journal_path: Path) -> None:
        super().__init__(journal_path.with_suffix(".lock"))

    def acquire(self) -> None:
        if not self.try_acquire():
            raise JournalError(
                "Another Ingram Desk window is already sending orders from this journal"
            )

    def __enter__(self) -> DriverLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
