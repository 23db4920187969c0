"""Who this desk is in a team: a random id kept in the data folder (one per installation), and
the account key that partitions the team's tables (country and customer number)."""

from __future__ import annotations

import getpass
import platform
import uuid
from pathlib import Path

from ingram_desk.paths import private_file, write_private

__all__ = ["account_key", "desk_identity"]


def account_key(country: str, customer_number: str) -> str:
    return f"{country.upper()}:{customer_number.strip()}"


def desk_identity(data_dir: Path) -> tuple[str, str]:
    """(desk id, readable name): the id is created once per data folder and kept (0600)."""
    path = data_dir / "desk-id"
    desk_id = ""
    if path.exists():
        private_file(path)
        desk_id = path.read_text(encoding="utf-8").strip()
    if not desk_id:
        desk_id = uuid.uuid4().hex[:16]
        write_private(path, desk_id)
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment (some Windows services)
        user = "user"
    return desk_id, f"{user}@{platform.node() or 'desk'}/{desk_id[:6]}"
