"""One outbox driver per order journal across processes, via an OS file lock next to the file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ingram_desk.paths import private_file
from ingram_desk.services.journal_records import JournalError

__all__ = ["DriverLock"]


class DriverLock:
    """An OS file lock next to the journal: one outbox driver per journal across processes.

    Compare-and-set transitions already make a double send impossible; the lock keeps a second
    app instance from even trying (reliability §1.7 rule 6). Released when the process dies.
    """

    def __init__(self, journal_path: Path) -> None:
        self.path = journal_path.with_suffix(".lock")
        self._fh: Any = None

    def try_acquire(self) -> bool:
        """Take the lock if it is free (never waits); False while another process holds it."""
        if self._fh is not None:
            return True
        try:
            self.acquire()
        except JournalError:
            return False
        return True

    @property
    def held(self) -> bool:
        return self._fh is not None

    def acquire(self) -> None:
        fh = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        private_file(self.path)
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise JournalError(
                "Another Ingram Desk window is already sending orders from this journal"
            ) from None
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing drops the lock
            self._fh = None

    def __enter__(self) -> DriverLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
