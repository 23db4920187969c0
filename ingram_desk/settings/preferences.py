"""App-wide preferences: a typed, versioned dataclass saved as JSON (``<data-dir>/settings.json``).

Unknown keys are ignored and missing ones take their defaults, so older and newer files both
load; ``_migrate`` upgrades older versions. No secrets ever live here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from ingram_desk.paths import write_private

__all__ = ["PREFERENCES_VERSION", "Preferences", "load_preferences", "save_preferences"]

PREFERENCES_VERSION = 1


@dataclass(frozen=True, slots=True)
class Preferences:
    #: the profile used when none is given (the demo until the user sets one up)
    active_profile: str = "demo"
    #: seconds between watch-list polls (background priority)
    watch_poll_seconds: float = 300.0
    #: seconds between order-journal driver passes
    order_driver_seconds: float = 5.0
    log_level: str = "INFO"
    #: the UI language: "system" (follow the locale) or one of nl, de, fr, en (View › Language)
    language: str = "system"
    #: the status bar warns when the price file is older than this many days (its own date)
    price_age_warn_days: int = 3
    version: int = PREFERENCES_VERSION


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    if data.get("version", 0) < 1 and "profile" in data:  # v0 called it "profile"
        data["active_profile"] = data.pop("profile")
    data["version"] = PREFERENCES_VERSION
    return data


def load_preferences(path: Path) -> Preferences:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except ValueError:
        return Preferences()  # a damaged file must not stop the app; it is rewritten on save
    data = _migrate(dict(data))
    known = {f.name for f in fields(Preferences)}
    return replace(Preferences(), **{k: v for k, v in data.items() if k in known})


def save_preferences(path: Path, prefs: Preferences) -> None:
    write_private(path, json.dumps(asdict(prefs), indent=2))
