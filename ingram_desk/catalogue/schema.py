"""The catalogue's SQLite layout: fixed tables plus one set of tables per import generation.

Each import writes a new generation (``items_g7``, ``fts_g7``, ``cats_g7``, ``vendors_g7``)
that no reader can see, then flips ``meta.generation`` in one short transaction: that flip is
the atomic swap (reliability §5.3; generation-named tables avoid index-name clashes that
``ALTER TABLE … RENAME`` would leave). Tables of any other generation are leftovers of a
killed import or the previous catalogue and are dropped by the next import.

Prices are INTEGER in 1/10000 units (``values.PRICE_SCALE``): exact and sortable. The original
row is not copied into the database: ``raw_at``/``raw_len`` locate it in the kept copy of the
source file (``source_copy``), which is also "the last good source file" of reliability §4.2
(``raw`` holds the cells only when offsets cannot be used, i.e. UTF-16 files).
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from pathlib import Path

from ingram_desk.paths import private_file

__all__ = [
    "FTS_DDL",
    "SCHEMA_VERSION",
    "STOCK_UPDATES",
    "CatalogueDamagedError",
    "connect",
    "current_generation",
    "drop_generation",
    "ensure_base",
    "generation_tables",
    "leftover_generations",
    "meta_get",
    "migrate",
    "set_aside_damaged",
    "source_copy",
    "stale_source_copies",
    "table",
]

#: meta key counting the stock files applied to the live generation: cached arrays of its rows
#: (sort orders) are valid for one (generation, count) pair
STOCK_UPDATES = "stock_updates"
#: 2 added ``items_g*.stock_warehouse`` (warehouse named by the Hourly Stock File).
SCHEMA_VERSION = 2

_BASE = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS changes (
    generation INTEGER NOT NULL, kind TEXT NOT NULL, sku TEXT NOT NULL,
    old_value TEXT, new_value TEXT);
CREATE INDEX IF NOT EXISTS changes_gen ON changes (generation, kind);
CREATE TABLE IF NOT EXISTS mappings (signature TEXT PRIMARY KEY, mapping TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sort_cache (
    generation INTEGER NOT NULL, sort_key TEXT NOT NULL, ids BLOB NOT NULL,
    PRIMARY KEY (generation, sort_key));
"""

#: Contentless (the text lives in items), no positions or sizes: prefix AND/OR queries only.
#: ``prefix='1 2'`` indexes one- and two-character prefixes too: "n*" reads one list (~20 ms at
#: 1M rows) instead of merging every term that starts with n (200-330 ms); +30 % index size.
FTS_DDL = (
    "CREATE VIRTUAL TABLE fts_g{g} USING fts5(t, content='', detail=none, columnsize=0, "
    "tokenize='unicode61 remove_diacritics 2', prefix='1 2')"
)

_GENERATION = """
CREATE TABLE items_g{g} (
    id INTEGER PRIMARY KEY, line INTEGER NOT NULL, sku TEXT NOT NULL COLLATE NOCASE,
    vpn TEXT NOT NULL COLLATE NOCASE, ean TEXT NOT NULL, vendor TEXT NOT NULL COLLATE NOCASE,
    description TEXT NOT NULL, category_id INTEGER, category_code TEXT NOT NULL,
    customer_price INTEGER, retail_price INTEGER, currency TEXT NOT NULL, stock INTEGER,
    in_stock INTEGER NOT NULL, eta TEXT, status TEXT NOT NULL, datasheet_url TEXT NOT NULL,
    image_url TEXT NOT NULL, icecat_id TEXT NOT NULL, raw_at INTEGER, raw_len INTEGER, raw TEXT,
    stock_warehouse TEXT);
{fts};
CREATE TABLE cats_g{g} (
    id INTEGER PRIMARY KEY, parent_id INTEGER, code TEXT NOT NULL, name TEXT NOT NULL,
    path TEXT NOT NULL, depth INTEGER NOT NULL, count INTEGER NOT NULL DEFAULT 0);
CREATE TABLE vendors_g{g} (name TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
"""

#: Built after the load (indexes during a bulk insert cost 2.4×, performance §2b).
INDEXES = """
CREATE INDEX items_g{g}_sku ON items_g{g} (sku);
CREATE INDEX items_g{g}_vpn ON items_g{g} (vpn);
CREATE INDEX items_g{g}_ean ON items_g{g} (ean);
CREATE INDEX items_g{g}_vendor ON items_g{g} (vendor, in_stock);
CREATE INDEX items_g{g}_category ON items_g{g} (category_id);
"""

_GEN_TABLE = re.compile(r"^(items|fts|cats|vendors|sets)_g(\d+)$")


def source_copy(db_path: Path, generation: int) -> Path:
    """Where generation ``generation`` keeps its source file (the unzipped member for a ZIP)."""
    return db_path.with_name(f"{db_path.name}.source{int(generation)}")


def stale_source_copies(db_path: Path, live: int) -> list[Path]:
    keep = source_copy(db_path, live).name
    return [p for p in db_path.parent.glob(f"{db_path.name}.source*") if p.name != keep]


def table(kind: str, generation: int) -> str:
    """``table("items", 3)`` → ``"items_g3"`` (generation is an int: safe to format into SQL)."""
    return f"{kind}_g{int(generation)}"


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


def ensure_base(conn: sqlite3.Connection) -> None:
    conn.executescript(_BASE)
    conn.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,)
    )
    migrate(conn)


def migrate(conn: sqlite3.Connection) -> None:
    """Bring a store written by an older version up to ``SCHEMA_VERSION`` (cheap when current)."""
    if int(meta_get(conn, "schema_version", "0") or 0) >= SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        for names in generation_tables(conn).values():
            for name in names:
                if not name.startswith("items_"):
                    continue
                columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')}
                if "stock_warehouse" not in columns:
                    conn.execute(f'ALTER TABLE "{name}" ADD COLUMN stock_warehouse TEXT')
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
            (SCHEMA_VERSION,),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def meta_get(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.OperationalError:
        return default
    return default if row is None else row[0]


def current_generation(conn: sqlite3.Connection) -> int:
    """The live generation, 0 when nothing was ever imported."""
    value = meta_get(conn, "generation")
    return int(value) if value else 0


def generation_tables(conn: sqlite3.Connection) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        m = _GEN_TABLE.match(name)
        if m:
            found.setdefault(int(m.group(2)), []).append(name)
    return found


def leftover_generations(conn: sqlite3.Connection, keep: set[int]) -> list[int]:
    return sorted(g for g in generation_tables(conn) if g not in keep)


def create_generation(conn: sqlite3.Connection, generation: int) -> None:
    """Create one generation's tables (statement by statement: ``executescript`` would commit)."""
    ddl = _GENERATION.replace("{fts}", FTS_DDL).format(g=int(generation))
    for statement in ddl.split(";"):
        if statement.strip():
            conn.execute(statement)


def create_indexes(conn: sqlite3.Connection, generation: int) -> None:
    for statement in INDEXES.format(g=int(generation)).strip().splitlines():
        conn.execute(statement)


def drop_generation(conn: sqlite3.Connection, generation: int) -> None:
    """Drop every table of one generation (in the caller's transaction, if any)."""
    for name in generation_tables(conn).get(int(generation), []):
        conn.execute(f'DROP TABLE IF EXISTS "{name}"')
    conn.execute("DELETE FROM sort_cache WHERE generation = ?", (int(generation),))
