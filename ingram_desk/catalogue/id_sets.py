"""Per-generation id sets, so views matching most of a million rows never leave SQLite row by row.

A one-letter search ("n") matches about half of a big catalogue. FTS5 finds those rows in
~20 ms, but handing 450k ids to Python costs ≥ 100 ns each (json, printf or a cursor: 0.1-0.2 s),
and ordering them by price in SQL takes over a second. So each generation keeps, in
``sets_g{g}`` (name → blob, written after the swap, read per query; ~37 MB at 1M rows):

* ``prefix:<t>`` — a bitmap of the rows matching ``"t"*``, for the one- and two-character
  tokens that match at least ``MIN_HITS`` rows. Built from the FTS index itself, so it is
  exactly what MATCH answers;
* ``in_stock`` — a bitmap; ``price`` — ``customer_price`` per id (int64, ``NO_PRICE`` for NULL);
  ``category`` — ``category_id`` per id (int32, -1 for none): the filters a view may combine
  with such a search, applied as array operations.

Arrays are indexed by row id (length ``max(id) + 1``). Ordering uses the generation's sorted id
lists (``id_lists``), kept for every sort key. A generation without the table (written by an
older version, or just swapped in) is served by SQL alone.
"""

from __future__ import annotations

import sqlite3
import string

import numpy as np

from .schema import table

__all__ = [
    "MIN_HITS",
    "NO_PRICE",
    "IdSets",
    "build_id_sets",
    "column_array",
    "mask_of",
    "refresh_in_stock",
]

#: A short token gets a bitmap when it matches at least this many rows (below, FTS plus json
#: hands the ids over in ≤ ~10 ms).
MIN_HITS = 40_000
#: ``price`` value of a row without a customer price (never inside a price range).
NO_PRICE = np.iinfo(np.int64).min
_ALNUM = string.ascii_lowercase + string.digits


def _sets_table(generation: int) -> str:
    return table("sets", generation)


class IdSets:
    """Reads the sets of one generation through the caller's connection (one query per use)."""

    def __init__(self, conn: sqlite3.Connection, generation: int, size: int, rows: int) -> None:
        self._conn = conn
        self._table = _sets_table(generation)
        #: ``max(id) + 1``: the length of every mask and column
        self.size = size
        #: the number of rows (``size - 1`` when no id is missing)
        self.rows = rows

    @classmethod
    def load(cls, conn: sqlite3.Connection, generation: int) -> IdSets | None:
        """The sets of ``generation``, or ``None`` when it has none (yet)."""
        try:
            found = dict(
                conn.execute(
                    f"SELECT name, data FROM {_sets_table(generation)} "
                    "WHERE name IN ('size', 'rows')"
                ).fetchall()
            )
        except sqlite3.OperationalError:
            return None  # no such table
        if len(found) < 2:
            return None
        return cls(conn, generation, int(found["size"]), int(found["rows"]))

    def all_ids(self) -> np.ndarray | None:
        """Every id in file order when none is missing (no ``count(*)`` over a million rows)."""
        return np.arange(1, self.size, dtype=np.int64) if self.rows == self.size - 1 else None

    def _blob(self, name: str) -> bytes | None:
        row = self._conn.execute(f"SELECT data FROM {self._table} WHERE name = ?", (name,))
        found = row.fetchone()
        return found[0] if found is not None else None

    def _bits(self, name: str) -> np.ndarray | None:
        blob = self._blob(name)
        if blob is None:
            return None
        packed = np.frombuffer(blob, dtype=np.uint8)
        return np.unpackbits(packed, count=self.size, bitorder="little").view(bool)

    def prefix(self, token: str) -> np.ndarray | None:
        """Mask of the rows matching ``"token"*``, when the token has a bitmap."""
        return self._bits(f"prefix:{token}") if len(token) <= 2 else None

    def in_stock(self) -> np.ndarray:
        bits = self._bits("in_stock")
        assert bits is not None, "sets are written whole"
        return bits

    def prices(self) -> np.ndarray:
        return np.frombuffer(self._blob("price") or b"", dtype=np.int64)

    def categories(self) -> np.ndarray:
        return np.frombuffer(self._blob("category") or b"", dtype=np.int32)


def _pack(mask: np.ndarray) -> bytes:
    return np.packbits(mask, bitorder="little").tobytes()


def column_array(conn: sqlite3.Connection, select: str, params: tuple = ()) -> np.ndarray:
    """Column ``v`` of ``select`` as an int64 array: comma-joined by SQLite, parsed by numpy
    (~35 ns a row where ``json.loads`` into an ``array`` took ~100)."""
    text = conn.execute(f"SELECT group_concat(v, ',') FROM ({select})", params).fetchone()[0]
    return np.fromstring(text, dtype=np.int64, sep=",") if text else np.zeros(0, np.int64)


def mask_of(ids: np.ndarray, size: int) -> np.ndarray:
    """A mask over row ids (length ``size``) holding ``ids``."""
    mask = np.zeros(size, dtype=bool)
    mask[ids] = True
    return mask


def _in_stock_blob(conn: sqlite3.Connection, generation: int, size: int) -> bytes:
    items = table("items", generation)
    return _pack(
        mask_of(column_array(conn, f"SELECT id AS v FROM {items} WHERE in_stock = 1"), size)
    )


def build_id_sets(conn: sqlite3.Connection, generation: int, *, min_hits: int = MIN_HITS) -> None:
    """Write ``sets_g{generation}`` in one transaction (replacing any earlier one). Takes ~6 s
    at 1M rows, most of it handing each big prefix's rows out of FTS5 once."""
    items, fts, sets = table("items", generation), table("fts", generation), _sets_table(generation)
    size = (conn.execute(f"SELECT max(id) FROM {items}").fetchone()[0] or 0) + 1
    ids = column_array(conn, f"SELECT id AS v FROM {items} ORDER BY id")
    blobs: dict[str, bytes] = {"size": str(size).encode(), "rows": str(len(ids)).encode()}
    prices = np.full(size, NO_PRICE, dtype=np.int64)
    prices[ids] = column_array(
        conn, f"SELECT ifnull(customer_price, {NO_PRICE}) AS v FROM {items} ORDER BY id"
    )
    blobs["price"] = prices.tobytes()
    categories = np.full(size, -1, dtype=np.int32)
    categories[ids] = column_array(
        conn, f"SELECT ifnull(category_id, -1) AS v FROM {items} ORDER BY id"
    )
    blobs["category"] = categories.tobytes()
    blobs["in_stock"] = _in_stock_blob(conn, generation, size)

    def hits(token: str) -> int:
        query = f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?"
        return conn.execute(query, (f'"{token}"*',)).fetchone()[0]

    # A two-character prefix matches a subset of its first letter's rows: skip rare letters.
    common = [t for t in _ALNUM if hits(t) >= min_hits]
    wanted = common + [t for a in common for b in _ALNUM if hits(t := a + b) >= min_hits]
    for token in wanted:
        rows = column_array(
            conn, f"SELECT rowid AS v FROM {fts} WHERE {fts} MATCH ?", (f'"{token}"*',)
        )
        blobs[f"prefix:{token}"] = _pack(mask_of(rows, size))
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"DROP TABLE IF EXISTS {sets}")
        conn.execute(f"CREATE TABLE {sets} (name TEXT PRIMARY KEY, data BLOB NOT NULL)")
        conn.executemany(f"INSERT INTO {sets} (name, data) VALUES (?, ?)", blobs.items())
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def refresh_in_stock(conn: sqlite3.Connection, generation: int) -> None:
    """Rewrite the ``in_stock`` bitmap after a stock update (inside the caller's transaction)."""
    sets = IdSets.load(conn, generation)
    if sets is not None:
        conn.execute(
            f"UPDATE {_sets_table(generation)} SET data = ? WHERE name = 'in_stock'",
            (_in_stock_blob(conn, generation, sets.size),),
        )
