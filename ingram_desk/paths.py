"""Where local state lives: one data folder (overridable with --data-dir) holds everything.

Everything in it is private to the user: folders 0700 and files 0600 on POSIX (``private_dir``,
``private_file``, ``write_private``), and files that already exist are tightened when opened. On
Windows POSIX modes mean nothing, so each folder the app makes private gets a per-user ACL instead
(``icacls``: inheritance removed, full control for the user only, inherited by everything created
in it: ``windows_acl_args``). If ``icacls`` is missing or refuses (a share that is not ours, a
policy), the folder keeps its inherited ACL (the user's profile is per-user by default), a warning
is logged, and nothing fails.
"""

from __future__ import annotations

import logging
import os
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

__all__ = [
    "AppPaths",
    "app_paths",
    "default_data_dir",
    "private_dir",
    "private_file",
    "resource_path",
    "restrict_windows_dir",
    "windows_acl_args",
    "write_private",
]

log = logging.getLogger(__name__)

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


#: Runs a command and returns its exit code (``subprocess.run``'s shape; tests pass their own).
Runner = Callable[[Sequence[str]], int]
_acl_done: set[str] = set()


def windows_acl_args(path: Path, user: str) -> list[str]:
    """The ``icacls`` command that makes ``path`` (a folder) the user's alone: inherited entries
    removed, full control granted to ``user`` and inherited by every file and folder inside."""
    return ["icacls", str(path), "/inheritance:r", "/grant:r", f"{user}:(OI)(CI)F", "/Q"]


def windows_user() -> str:
    """``DOMAIN\\user`` as Windows names the signed-in account (``user`` alone without a domain)."""
    user = os.environ.get("USERNAME") or os.environ.get("USER") or ""
    domain = os.environ.get("USERDOMAIN")
    return f"{domain}\\{user}" if domain and user else user


def _run_hidden(args: Sequence[str]) -> int:
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    done = subprocess.run(args, capture_output=True, timeout=30, creationflags=flags, check=False)
    return done.returncode


def restrict_windows_dir(path: Path, run: Runner = _run_hidden) -> bool:
    """Apply the per-user ACL to a folder once per process; ``False`` (logged) if it could not be
    applied, leaving the folder's inherited ACL as it was."""
    key = os.path.normcase(str(path))
    if key in _acl_done:
        return True
    user = windows_user()
    if not user:
        log.warning("No user name to restrict %s to; its inherited ACL stays", path)
        return False
    try:
        code = run(windows_acl_args(path, user))
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("Could not restrict %s to %s (%s); its inherited ACL stays", path, user, exc)
        return False
    if code != 0:
        log.warning("icacls exited %s for %s; its inherited ACL stays", code, path)
        return False
    _acl_done.add(key)
    return True


def _tighten(path: Path, mode: int) -> None:
    if os.name == "nt":
        if mode == PRIVATE_DIR_MODE:
            restrict_windows_dir(path)  # files inherit the folder's per-user ACL
        return
    try:
        if path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)
    except OSError:
        pass  # not ours to change (e.g. a shared --data-dir); never fatal


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) as 0700, or tighten it if it exists."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    _tighten(path, PRIVATE_DIR_MODE)
    return path


def private_file(path: Path, *, create: bool = False) -> Path:
    """Tighten an existing file to 0600; with ``create``, create it empty (0600) if missing."""
    if create and not path.exists():
        private_dir(path.parent)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600))
    if path.exists():
        _tighten(path, PRIVATE_FILE_MODE)
    return path


def write_private(path: Path, data: str | bytes, encoding: str = "utf-8") -> None:
    """Atomically replace ``path`` with ``data``: a 0600 temp file, fsync, ``os.replace``."""
    private_dir(path.parent)
    raw = data.encode(encoding) if isinstance(data, str) else data
    tmp = path.with_name(path.name + ".tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, PRIVATE_FILE_MODE)
    try:
        view = memoryview(raw)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)
    _tighten(tmp, PRIVATE_FILE_MODE)
    os.replace(tmp, path)


def default_data_dir() -> Path:
    env = os.environ.get("INGRAM_DESK_DATA_DIR")
    return Path(env) if env else Path(user_data_dir("ingram-desk", appauthor=False))


def app_paths(data_dir: Path | None) -> AppPaths:
    """The paths for ``--data-dir`` (or the default): an explicit data folder (a test, a portable
    setup) keeps its logs inside it; the default one logs to the platform's log folder."""
    if data_dir is not None or os.environ.get("INGRAM_DESK_DATA_DIR"):
        return AppPaths(Path(data_dir) if data_dir is not None else default_data_dir())
    return AppPaths(default_data_dir(), Path(user_log_dir("ingram-desk", appauthor=False)))


@dataclass(frozen=True, slots=True)
class AppPaths:
    """Every file the app writes is below ``data_dir``; a test points it at ``tmp_path``."""

    data_dir: Path
    #: the log folder when it is not ``data_dir/logs`` (the platform's, see ``app_paths``)
    log_dir: Path | None = None

    def ensure(self) -> AppPaths:
        for p in (self.data_dir, self.logs_dir, self.profiles_dir):
            private_dir(p)
        # Files written by earlier versions (0644, folders 0755) are tightened on every start.
        for p in self.data_dir.rglob("*"):
            if p.is_dir():
                _tighten(p, PRIVATE_DIR_MODE)
            elif p.is_file():
                _tighten(p, PRIVATE_FILE_MODE)
        return self

    @property
    def logs_dir(self) -> Path:
        return self.log_dir if self.log_dir is not None else self.data_dir / "logs"

    @property
    def profiles_dir(self) -> Path:
        return self.data_dir / "profiles"

    def profile_dir(self, profile: str) -> Path:
        return private_dir(self.profiles_dir / profile)

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"


def resource_path(*parts: str) -> Path:
    """A bundled resource: installed package data first, then the checkout's ``resources/``."""
    here = Path(__file__).resolve().parent
    for base in (here / "_resources", here.parent / "resources"):
        candidate = base.joinpath(*parts)
        if candidate.exists():
            return candidate
    return here.parent.joinpath("resources", *parts)
