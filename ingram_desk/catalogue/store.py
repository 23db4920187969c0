"""Read side of the catalogue: id queries for a view, page reads by id, exact lookups, metadata.

How the UI uses it (architecture §1e): run ``query_ids(CatalogueQuery(...))`` in a worker
thread — it returns the ordered ``array('q')`` of row ids for the whole view (``len`` is the
row count) and can be cancelled through ``cancel``; then call ``read_rows(ids[a:b])`` from the
UI thread for the visible page (about 1 ms per 100 rows). One ``CatalogueStore`` may be shared
by threads: each thread gets its own SQLite connection. Every call reads the live generation,
so after an import (``generation()`` changed) re-run the query: old ids mean other rows.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from ingram_desk.domain.product import CATEGORY_SEPARATOR, Product

from .categories import CategoryNode, read_tree
from .fts_query import match_expression
from .history import ChangeSummary, read_changes
from .rows import RAW_SEPARATOR
from .schema import connect, current_generation, ensure_base, meta_get, table
from .values import PRICE_SCALE, price_from_stored

__all__ = [
    "SORT_KEYS",
    "CatalogueInfo",
    "CatalogueQuery",
    "CatalogueStore",
    "QueryCancelled",
    "all_sorted",
]

#: Sortable columns (``CatalogueQuery.sort_key``) → SQL expression on the items table.
SORT_KEYS: dict[str, str] = {
    "row": "id",
    "sku": "sku",
    "vpn": "vpn",
    "ean": "ean",
    "vendor": "vendor",
    "description": "description",
    "category": "category_code",
    "customer_price": "customer_price",
    "retail_price": "retail_price",
    "currency": "currency",
    "stock": "stock",
    "in_stock": "in_stock",
    "eta": "eta",
    "status": "status",
}
_COLUMNS = (
    "i.id, i.sku, i.vpn, i.ean, i.vendor, i.description, i.category_code, c.path, "
    "i.customer_price, i.retail_price, i.currency, i.stock, i.in_stock, i.eta, i.status, "
    "i.datasheet_url, i.image_url, i.icecat_id, i.raw_at, i.raw_len, i.raw"
)
_PAGE = 500


class QueryCancelled(Exception):
    """``query_ids`` stopped because its cancel flag was set."""


@dataclass(frozen=True, slots=True)
class CatalogueQuery:
    """One view of the catalogue. Empty ``text`` means every row; filters combine with AND.

    ``category`` is a category path ("Zubehör › Kabel", the whole subtree) or a category code;
    ``vendor`` is matched case-insensitively and exactly; prices are inclusive bounds.
    ``sort_key`` is one of ``SORT_KEYS`` (default: file order).
    """

    text: str = ""
    vendor: str | None = None
    category: str | None = None
    in_stock: bool = False
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    sort_key: str = "row"
    descending: bool = False


@dataclass(frozen=True, slots=True)
class CatalogueInfo:
    row_count: int
    generation: int
    layout: str
    encoding: str
    source: str
    price_file_time: str
    stock_file_time: str
    imported_at: str
    rows_skipped: int


class CatalogueStore:
    """A catalogue SQLite file; see the module docstring for the threading contract."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: Path) -> CatalogueStore:
        """Open (creating an empty catalogue if needed); cheap — nothing is loaded up front."""
        store = cls(path)
        conn = store._conn()
        if (
            conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'meta'").fetchone()[0]
            == 0
        ):
            ensure_base(conn)
        return store

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        """Close every thread's connection (call at shutdown, after workers finished)."""
        with self._lock:
            for conn in self._all:
                try:
                    conn.close()
                except sqlite3.ProgrammingError:
                    pass  # made in another thread that already ended
            self._all.clear()
        self._local = threading.local()

    def generation(self) -> int:
        """The live import generation; it changes when an import is swapped in."""
        return current_generation(self._conn())

    # --- queries -------------------------------------------------------------------------

    def query_ids(self, query: CatalogueQuery, cancel: threading.Event | None = None) -> array:
        """The ordered row ids of a view. Blocking: run it in a worker thread.

        Raises ``QueryCancelled`` when ``cancel`` is set while it runs, ``ValueError`` for an
        unknown sort key.
        """
        if query.sort_key not in SORT_KEYS:
            raise ValueError(f"unknown sort key {query.sort_key!r}")
        conn = self._conn()
        gen = current_generation(conn)
        if not gen:
            return array("q")
        if cancel is not None:
            if cancel.is_set():
                raise QueryCancelled()
            conn.set_progress_handler(lambda: int(cancel.is_set()), 1_000)
        try:
            return self._query_ids(conn, gen, query)
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc):
                raise QueryCancelled() from None
            raise
        finally:
            if cancel is not None:
                conn.set_progress_handler(None, 0)

    def _query_ids(self, conn: sqlite3.Connection, gen: int, q: CatalogueQuery) -> array:
        items, fts = table("items", gen), table("fts", gen)
        where: list[str] = []
        params: list[object] = []
        match = match_expression(q.text) if q.text else None
        if q.vendor:
            where.append("vendor = ?")
            params.append(q.vendor.strip())
        if q.category:
            ids = self._category_ids(conn, gen, q.category)
            where.append(f"category_id IN ({','.join(map(str, ids)) or 'NULL'})")
        if q.in_stock:
            where.append("in_stock = 1")
        if q.price_min is not None:
            where.append("customer_price >= ?")
            params.append(int(Decimal(q.price_min) * PRICE_SCALE))
        if q.price_max is not None:
            where.append("customer_price <= ?")
            params.append(int(Decimal(q.price_max) * PRICE_SCALE))
        order = SORT_KEYS[q.sort_key]
        direction = "DESC" if q.descending else "ASC"
        if match is not None and not where and order == "id":
            sql = f"SELECT json_group_array(rowid) FROM {fts} WHERE {fts} MATCH ?"
            if q.descending:
                sql = f"SELECT json_group_array(rowid) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC)"  # fmt: skip
            return _ids(conn.execute(sql, (match,)).fetchone()[0])
        if match is None and not where:
            return self._all_sorted(conn, gen, q.sort_key, q.descending)
        if match is not None:
            # With a vendor/category filter, walk that index and probe the hit set ("+id" keeps
            # SQLite from driving the query from a possibly huge FTS hit list instead).
            probe = "+id" if (q.vendor or q.category) else "id"
            where.insert(0, f"{probe} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)")
            params.insert(0, match)
        sql = (
            f"SELECT json_group_array(id) FROM (SELECT id FROM {items} "
            f"WHERE {' AND '.join(where)} ORDER BY {order} {direction}, id {direction})"
        )
        return _ids(conn.execute(sql, params).fetchone()[0])

    def _all_sorted(self, conn: sqlite3.Connection, gen: int, key: str, desc: bool) -> array:
        return all_sorted(conn, gen, key, desc)

    def _category_ids(self, conn: sqlite3.Connection, gen: int, category: str) -> list[int]:
        cats = table("cats", gen)
        wanted = category.strip()
        rows = conn.execute(
            f"SELECT id FROM {cats} WHERE path = ? OR code = ?", (wanted, wanted)
        ).fetchall()
        ids = {r[0] for r in rows}
        frontier = list(ids)
        while frontier:  # small table: walk the subtree level by level
            marks = ",".join(map(str, frontier))
            frontier = [
                r[0] for r in conn.execute(f"SELECT id FROM {cats} WHERE parent_id IN ({marks})")
            ]
            frontier = [i for i in frontier if i not in ids]
            ids.update(frontier)
        return sorted(ids)

    def read_rows(self, ids: array | list[int]) -> list[Product]:
        """The products for ``ids`` in the same order (ids no longer present are left out)."""
        conn = self._conn()
        gen = current_generation(conn)
        if not gen or not len(ids):
            return []
        source = _RawSource.from_meta(conn, self.path)
        items, cats = table("items", gen), table("cats", gen)
        found: dict[int, Product] = {}
        id_list = list(ids)
        for start in range(0, len(id_list), _PAGE):
            chunk = id_list[start : start + _PAGE]
            sql = (
                f"SELECT {_COLUMNS} FROM {items} i LEFT JOIN {cats} c ON c.id = i.category_id "
                f"WHERE i.id IN ({','.join('?' * len(chunk))})"
            )
            for r in conn.execute(sql, chunk):
                found[r[0]] = _product(r, source)
        return [found[i] for i in id_list if i in found]

    def lookup(self, code: str) -> list[Product]:
        """Exact match on SKU, then VPN, then EAN (case-insensitive; EAN/UPC leading zeros
        optional). Several candidates mean the code is ambiguous — let the user choose."""
        conn = self._conn()
        gen = current_generation(conn)
        text = code.strip()
        if not gen or not text:
            return []
        items = table("items", gen)
        ids: list[int] = []
        for column in ("sku", "vpn"):
            ids += [
                r[0] for r in conn.execute(f"SELECT id FROM {items} WHERE {column} = ?", (text,))
            ]
        if text.isdigit():
            variants = {text, text.lstrip("0"), text.zfill(13), text.zfill(12), text.zfill(14)}
            marks = ",".join("?" * len(variants))
            ids += [
                r[0]
                for r in conn.execute(
                    f"SELECT id FROM {items} WHERE ean IN ({marks})", list(variants)
                )
            ]
        return self.read_rows(list(dict.fromkeys(ids)))

    # --- metadata ------------------------------------------------------------------------

    def vendors(self) -> list[tuple[str, int]]:
        """(vendor, article count), sorted by name, case-insensitively."""
        conn = self._conn()
        gen = current_generation(conn)
        if not gen:
            return []
        return conn.execute(
            f"SELECT name, count FROM {table('vendors', gen)} ORDER BY name COLLATE NOCASE"
        ).fetchall()

    def category_tree(self) -> list[CategoryNode]:
        conn = self._conn()
        gen = current_generation(conn)
        return read_tree(conn, gen) if gen else []

    def info(self) -> CatalogueInfo:
        conn = self._conn()

        def m(key: str) -> str:
            return meta_get(conn, key, "") or ""

        return CatalogueInfo(
            row_count=int(m("row_count") or 0),
            generation=current_generation(conn),
            layout=m("layout"),
            encoding=m("encoding"),
            source=m("source"),
            price_file_time=m("price_file_time"),
            stock_file_time=m("stock_file_time"),
            imported_at=m("imported_at"),
            rows_skipped=int(m("rows_skipped") or 0),
        )

    def changes(self, limit: int = 1000) -> ChangeSummary:
        """What the last import changed against the one before (empty after the first)."""
        conn = self._conn()
        return read_changes(conn, current_generation(conn), limit)

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` result ("ok" when healthy)."""
        return self._conn().execute("PRAGMA integrity_check").fetchone()[0]


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
        ids = _ids(
            conn.execute(
                f"SELECT json_group_array(id) FROM (SELECT id FROM {table('items', gen)} "
                f"ORDER BY {order}, id)"
            ).fetchone()[0]
        )
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


def _ids(json_text: str | None) -> array:
    return array("q", json.loads(json_text)) if json_text else array("q")


class _RawSource:
    """How to re-read original rows from the kept source copy (see ``schema``)."""

    __slots__ = ("delimiter", "encoding", "header", "path", "quoting")

    def __init__(self, path: Path, header: list[str], encoding: str, delimiter: str, quoting: int):
        self.path, self.header, self.encoding = path, header, encoding
        self.delimiter, self.quoting = delimiter, quoting

    @classmethod
    def from_meta(cls, conn: sqlite3.Connection, db_path: Path) -> _RawSource:
        meta = dict(
            conn.execute(
                "SELECT key, value FROM meta WHERE key IN ('header', 'source_copy', "
                "'raw_encoding', 'raw_delimiter', 'raw_quoting')"
            ).fetchall()
        )
        return cls(
            db_path.with_name(meta.get("source_copy") or "-"),
            json.loads(meta.get("header") or "[]"),
            meta.get("raw_encoding") or "utf-8",
            meta.get("raw_delimiter") or ",",
            int(meta.get("raw_quoting") or csv.QUOTE_MINIMAL),
        )

    def cells(self, at: int | None, length: int | None, text: str | None) -> list[str]:
        if text is not None:
            return text.split(RAW_SEPARATOR)
        if at is None or length is None:
            return []
        try:
            with open(self.path, "rb") as f:
                f.seek(at)
                data = f.read(length)
        except OSError:
            return []  # the kept copy was deleted: only the mapped fields remain
        try:
            decoded = data.decode(self.encoding)
        except UnicodeDecodeError:
            decoded = data.decode("cp1252", errors="replace")
        rows = list(
            csv.reader(
                io.StringIO(decoded, newline=""), delimiter=self.delimiter, quoting=self.quoting
            )
        )
        return rows[0] if rows else []


class LazyRaw(Mapping[str, str]):
    """Original column → text of one row, read from the kept source file on first use."""

    __slots__ = ("_args", "_data", "_source")

    def __init__(self, source: _RawSource, at: int | None, length: int | None, text: str | None):
        self._source, self._args = source, (at, length, text)
        self._data: dict[str, str] | None = None

    def _load(self) -> dict[str, str]:
        if self._data is None:
            cells = self._source.cells(*self._args)
            header = self._source.header
            names = header + [f"col{i + 1}" for i in range(len(header), len(cells))]
            self._data = dict(zip(names, cells, strict=False))
        return self._data

    def __getitem__(self, key: str) -> str:
        return self._load()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())

    def __repr__(self) -> str:
        return f"LazyRaw({self._load()!r})"


def _product(r: tuple, source: _RawSource) -> Product:
    return Product(
        row_id=r[0],
        sku=r[1],
        vpn=r[2],
        ean=r[3],
        vendor=r[4],
        description=r[5],
        category_code=r[6],
        category_path=tuple(r[7].split(CATEGORY_SEPARATOR)) if r[7] else (),
        customer_price=price_from_stored(r[8]),
        retail_price=price_from_stored(r[9]),
        currency=r[10],
        stock=r[11],
        in_stock=bool(r[12]),
        eta=date.fromisoformat(r[13]) if r[13] else None,
        status=r[14],
        datasheet_url=r[15],
        image_url=r[16],
        icecat_id=r[17],
        raw=LazyRaw(source, r[18], r[19], r[20]),
    )
