"""Where local state lives: one data folder (overridable with --data-dir) holds everything."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

__all__ = ["AppPaths", "app_paths", "default_data_dir", "resource_path"]


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
            p.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def logs_dir(self) -> Path:
        return self.log_dir if self.log_dir is not None else self.data_dir / "logs"

    @property
    def profiles_dir(self) -> Path:
        return self.data_dir / "profiles"

    def profile_dir(self, profile: str) -> Path:
        d = self.profiles_dir / profile
        d.mkdir(parents=True, exist_ok=True)
        return d

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
