"""The settings database: an older one still holding the deleted SQLite store's tables and its
copy of the price file loses them at the first open and keeps the remembered mappings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ingram_desk.catalogue.engine import Catalogue, import_price_file
from ingram_desk.catalogue.schema import connect, drop_old_store

from .builders import dach_row, write_dach


def _old_settings(db: Path) -> None:
    """A settings database as the SQLite store left it: generation 3's tables, a leftover of
    generation 2, the FTS index, the change and sort caches, one mapping, the source copy."""
    conn = sqlite3.connect(db)
    conn.executescript(
        """
        PRAGMA journal_mode = WAL;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
        INSERT INTO meta VALUES ('schema_version', '2'), ('generation', '3');
        CREATE TABLE mappings (signature TEXT PRIMARY KEY, mapping TEXT NOT NULL);
        INSERT INTO mappings VALUES ('sig', '{"sku": 0}');
        CREATE TABLE changes (generation INTEGER, kind TEXT, sku TEXT, old_value TEXT,
            new_value TEXT);
        CREATE INDEX changes_gen ON changes (generation, kind);
        CREATE TABLE sort_cache (generation INTEGER, sort_key TEXT, ids BLOB,
            PRIMARY KEY (generation, sort_key));
        CREATE TABLE items_g3 (id INTEGER PRIMARY KEY, sku TEXT, description TEXT);
        CREATE INDEX items_g3_sku ON items_g3 (sku);
        CREATE TABLE items_g2 (id INTEGER PRIMARY KEY, sku TEXT);
        CREATE TABLE cats_g3 (id INTEGER PRIMARY KEY, code TEXT);
        CREATE TABLE vendors_g3 (name TEXT PRIMARY KEY, count INTEGER) WITHOUT ROWID;
        CREATE VIRTUAL TABLE fts_g3 USING fts5(t, content='', detail=none);
        """
    )
    rows = [(i, f"SKU{i:06d}", "Kabel USB-C " * 20) for i in range(20_000)]
    conn.executemany("INSERT INTO items_g3 VALUES (?, ?, ?)", rows)
    conn.executemany("INSERT INTO fts_g3 (rowid, t) VALUES (?, ?)", [(i, d) for i, _s, d in rows])
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    db.with_name(db.name + ".source3").write_bytes(b"ARTIKEL_NR|EK\n" * 1000)


def _tables(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_an_old_store_is_dropped_at_the_first_open_and_the_mappings_stay(tmp_path: Path) -> None:
    db = tmp_path / "catalogue.sqlite3"
    _old_settings(db)
    before = db.stat().st_size
    assert {"items_g3", "fts_g3", "fts_g3_data", "sort_cache"} <= _tables(db)

    cat = Catalogue.open(db)

    assert _tables(db) == {"meta", "mappings"}
    assert db.stat().st_size < before / 10  # compacted: what stays is a few pages
    assert not list(tmp_path.glob("*.source*"))
    conn = connect(db)
    try:
        assert conn.execute("SELECT mapping FROM mappings").fetchall() == [('{"sku": 0}',)]
        assert drop_old_store(conn) == []  # once: nothing left to drop
    finally:
        conn.close()
    price = write_dach(tmp_path / "p.txt", [dach_row("A1"), dach_row("B2")])
    assert import_price_file(db, price).rows_imported == 2
    assert cat.info().row_count == 2


def test_a_new_settings_database_has_nothing_to_drop(tmp_path: Path) -> None:
    db = tmp_path / "catalogue.sqlite3"
    Catalogue.open(db)
    conn = connect(db)
    try:
        assert drop_old_store(conn) == []
    finally:
        conn.close()
    assert _tables(db) == {"meta", "mappings"}
