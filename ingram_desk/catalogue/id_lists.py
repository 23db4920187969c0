"""Ordered id lists of a whole generation: fetched as one JSON array, cached per sort key."""

from __future__ import annotations

import json
import sqlite3
import sys
from array import array
from collections.abc import Sequence

from .query import SORT_KEYS
from .schema import table

__all__ = ["SORT_KEYS", "all_sorted", "ids_from_json", "select_ids"]


def all_sorted(conn: sqlite3.Connection, gen: int, key: str, desc: bool = False) -> array:
    """Every id of generation ``gen`` in one order; computed once per key, then kept as a blob.

    Writes ``sort_cache`` (the importer pre-fills the usual keys; readers fill the rest).
    """
    row = conn.execute(
        "SELECT ids FROM sort_cache WHERE generation = ? AND sort_key = ?", (gen, key)
    ).fetchone()
    if row is not None:
        ids = array("q")
        ids.frombytes(row[0])
    elif key == "row" and (dense := _dense_ids(conn, gen)) is not None:
        ids = dense
    else:
        order = SORT_KEYS[key]
        ids = select_ids(conn, f"SELECT id FROM {table('items', gen)} ORDER BY {order}, id", ())
        try:
            conn.execute(
                "INSERT OR REPLACE INTO sort_cache (generation, sort_key, ids) VALUES (?, ?, ?)",
                (gen, key, ids.tobytes()),
            )
        except sqlite3.OperationalError:
            pass  # read-only or busy: the cache is only an optimisation
    if desc:
        ids.reverse()
    return ids


def _dense_ids(conn: sqlite3.Connection, gen: int) -> array | None:
    """1..N when no id is missing (no duplicate was replaced): no need to read a million ids."""
    count, top = conn.execute(f"SELECT count(*), max(id) FROM {table('items', gen)}").fetchone()
    return array("q", range(1, count + 1)) if count == (top or 0) else None


def select_ids(conn: sqlite3.Connection, select: str, params: Sequence[object]) -> array:
    """The ``id`` column of ``select``, in order, for lists that may hold a million ids.

    SQLite packs them as hex (GIL released while it works); Python only unhexes: ~10 ms of GIL
    for 1M ids where ``json.loads`` held it for 130–200 ms and stalled the GUI thread.
    """
    text = conn.execute(
        f"SELECT group_concat(printf('%016x', id), '') FROM ({select})", params
    ).fetchone()[0]
    ids = array("q")
    if text:
        ids.frombytes(bytes.fromhex(text))
        if sys.byteorder == "little":
            ids.byteswap()
    return ids


def ids_from_json(json_text: str | None) -> array:
    """A ``json_group_array`` result: quickest for the few-thousand-hit lists of a search."""
    return array("q", json.loads(json_text)) if json_text else array("q")
