"""The settings database beside the catalogue's generation folders: remembered column mappings.

The catalogue itself lives in memory-mapped generation folders (``generation``); this SQLite file
only keeps what the user taught it (``mappings``: header signature → ``UserMapping`` JSON) and a
``meta`` table with the schema version. ``connect`` opens it with the app's settings and turns a
damaged file into ``CatalogueDamagedError``, which ``set_aside_damaged`` resolves.

Databases written before the one engine also hold the deleted SQLite store (``items_g*``,
``fts_g*``…, often hundreds of MB) and a copy of its price file (``<db>.source<N>``) that nothing
reads: ``ensure_base`` drops them the first time it sees them (``drop_old_store``).
"""

from __future__ import annotations

import glob
import logging
import os
import re
import sqlite3
import time
from pathlib import Path

from ingram_desk.paths import private_file

__all__ = [
    "SCHEMA_VERSION",
    "CatalogueDamagedError",
    "catalogue_root",
    "connect",
    "drop_old_store",
    "ensure_base",
    "set_aside_damaged",
]

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2

_BASE = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mappings (signature TEXT PRIMARY KEY, mapping TEXT NOT NULL);
"""

#: tables of the deleted SQLite store (FTS5 shadow tables go with their ``fts_g*`` table)
_OLD_TABLE = re.compile(r"^(?:(?:items|fts|cats|vendors|sets)_g\d+|changes|sort_cache)$")
#: VACUUM after the drop only when what stays is this small (it copies what stays)
_VACUUM_MAX_BYTES = 16 << 20


class CatalogueDamagedError(Exception):
    """The catalogue file is not a readable SQLite database. It is re-importable: importing a
    price file sets the damaged file aside (``set_aside_damaged``) and builds a new one."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"The catalogue {Path(path).name} is damaged ({detail}); import the price file"
            " again to rebuild it (`ingram-desk catalogue import PRICEFILE`)"
        )
        self.path = Path(path)
        self.detail = detail

    def __reduce__(self) -> tuple:  # crosses from the import child process intact
        return (type(self), (self.path, self.detail))


def _damage(exc: sqlite3.DatabaseError) -> bool:
    """A damaged file, as opposed to a busy/locked one or a programming error."""
    text = str(exc).lower()
    return (
        not isinstance(exc, sqlite3.OperationalError)
        or "malformed" in text
        or ("not a database" in text)
    )


def catalogue_root(db_path: Path) -> Path:
    """The folder of generations beside the settings database ``db_path``."""
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}.generations")


def set_aside_damaged(path: Path) -> Path:
    """Rename a damaged catalogue (and its -wal/-shm) to ``<name>.damaged-<time>``; returns it."""
    path = Path(path)
    aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    for side in ("", "-wal", "-shm"):
        src = path.with_name(path.name + side)
        if src.exists():
            os.replace(src, aside.with_name(aside.name + side))
    return aside


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection with the catalogue's settings: WAL, synchronous=NORMAL, autocommit mode.

    ``isolation_level=None`` so transactions are explicit (``BEGIN IMMEDIATE … COMMIT``).
    Raises ``CatalogueDamagedError`` when the file is not a readable database.
    """
    if readonly:
        conn = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        private_file(Path(path), create=True)  # SQLite gives its -wal/-shm the same mode
        conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads the schema page
    except sqlite3.DatabaseError as exc:
        conn.close()
        if _damage(exc):
            raise CatalogueDamagedError(Path(path), str(exc)) from None
        raise
    return conn


def open_base(path: Path) -> None:
    """Create the settings database ``path`` with its base tables if missing. Raises
    ``CatalogueDamagedError`` when it is not a readable database."""
    conn = connect(Path(path))
    try:
        ensure_base(conn)
    finally:
        conn.close()


def ensure_base(conn: sqlite3.Connection) -> None:
    conn.executescript(_BASE)
    conn.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,)
    )
    drop_old_store(conn)


def drop_old_store(conn: sqlite3.Connection) -> list[str]:
    """Drop the deleted SQLite store's tables and source copies left in an older settings
    database; returns the tables dropped (none, at once, once they are gone). Shrinks the file
    with VACUUM when what stays is small; a busy database is left for the next open."""
    names = [
        name
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if _OLD_TABLE.match(name)
    ]
    path = next((Path(f) for _s, n, f in conn.execute("PRAGMA database_list") if n == "main"), None)
    copies = (
        sorted(path.parent.glob(f"{glob.escape(path.name)}.source*")) if path and path.name else []
    )
    if not names and not copies:
        return []
    names.sort(key=lambda name: not name.startswith("fts_g"))  # the FTS tables first
    try:
        conn.execute("BEGIN IMMEDIATE")
        for name in names:
            conn.execute(f'DROP TABLE IF EXISTS "{name}"')  # names matched _OLD_TABLE
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:  # busy, or FTS5 missing from this SQLite
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        log.warning("the old catalogue store's tables stay for now: %s", exc)
        return []
    for copy in copies:
        try:
            copy.unlink()
        except OSError as exc:  # open elsewhere (Windows): the next open tries again
            log.warning("cannot delete the old catalogue's copy %s: %s", copy.name, exc)
    pages, free, size = (
        conn.execute(f"PRAGMA {pragma}").fetchone()[0]
        for pragma in ("page_count", "freelist_count", "page_size")
    )
    if free and (pages - free) * size <= _VACUUM_MAX_BYTES:
        try:
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError as exc:  # another connection reads: the file stays as large
            log.info("settings database not compacted: %s", exc)
    log.info("dropped the old catalogue store: %d tables, %d copies", len(names), len(copies))
    return names
