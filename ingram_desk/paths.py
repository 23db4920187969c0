"""Where local state lives: one data folder (overridable with --data-dir) holds everything."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

__all__ = ["AppPaths", "default_data_dir", "resource_path"]


def default_data_dir() -> Path:
    env = os.environ.get("INGRAM_DESK_DATA_DIR")
    return Path(env) if env else Path(user_data_dir("ingram-desk", appauthor=False))


@dataclass(frozen=True, slots=True)
class AppPaths:
    """Every file the app writes is below ``data_dir``; a test points it at ``tmp_path``."""

    data_dir: Path

    def ensure(self) -> AppPaths:
        for p in (self.data_dir, self.logs_dir, self.profiles_dir):
            p.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

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
