"""An OS file lock: one holder across processes, let go when its process dies.

Why: two app windows may run on one data folder (a clerk starts the app twice). What only one
of them may do at a time (drive the order journal's outbox, write the catalogue) takes this
lock; the other is told at once instead of racing it. ``msvcrt.locking`` on Windows,
``fcntl.flock`` elsewhere; a second handle on the same file conflicts in the same process too.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from ingram_desk.paths import private_file

__all__ = ["FileLock"]


class FileLock:
    """An exclusive, never-waiting lock on ``path`` (created private to the user)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fh: BinaryIO | None = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def try_acquire(self) -> bool:
        """Take the lock if it is free (True; also when already held here); False while
        another holder has it. Raises ``OSError`` when the file cannot be opened."""
        if self._fh is not None:
            return True
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
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing drops the lock
            self._fh = None
