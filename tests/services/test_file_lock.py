"""The OS file lock two app windows on one data folder share (the journal's outbox driver, the
catalogue's writer): one holder across processes, let go when it releases or its process dies,
the file private to the user. Real processes, on whichever platform runs the tests
(``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ingram_desk.services.file_lock import FileLock

#: holds the lock, says so, and waits (killed by the test, or told to let go on stdin)
_HOLDER = r"""
import sys
from pathlib import Path
from ingram_desk.services.file_lock import FileLock

lock = FileLock(Path(sys.argv[1]))
print(lock.try_acquire(), flush=True)
sys.stdin.readline()
lock.release()
print("released", flush=True)
sys.stdin.readline()
"""


def _holder(path: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline() == "True\n"
    return holder


def test_one_holder_across_processes_until_it_lets_go(tmp_path: Path) -> None:
    path = tmp_path / "c.generations.lock"
    holder = _holder(path)
    try:
        mine = FileLock(path)
        assert not mine.try_acquire() and not mine.held
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline() == "released\n"
        assert mine.try_acquire() and mine.held and mine.try_acquire()  # (held: stays so)
        mine.release()
        assert not mine.held
    finally:
        holder.communicate("\n", timeout=30)


def test_a_killed_holder_lets_go(tmp_path: Path) -> None:
    path = tmp_path / "j.lock"
    holder = _holder(path)
    holder.kill()
    holder.communicate(timeout=30)
    mine = FileLock(path)
    assert mine.try_acquire()
    mine.release()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows: the profile's ACL)")
def test_the_lock_file_is_private(tmp_path: Path) -> None:
    lock = FileLock(tmp_path / "x.lock")
    assert lock.try_acquire()
    lock.release()
    assert (lock.path.stat().st_mode & 0o777) == 0o600
