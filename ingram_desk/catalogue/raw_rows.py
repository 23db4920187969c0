"""``Product.raw``: the original columns of a row, re-read lazily from the kept source copy."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path

from .rows import RAW_SEPARATOR

__all__ = ["LazyRaw", "RawSource"]


class RawSource:
    """How to re-read original rows from the kept source copy (see ``schema``)."""

    __slots__ = ("delimiter", "encoding", "header", "path", "quoting")

    def __init__(self, path: Path, header: list[str], encoding: str, delimiter: str, quoting: int):
        self.path, self.header, self.encoding = path, header, encoding
        self.delimiter, self.quoting = delimiter, quoting

    @classmethod
    def from_meta(cls, conn: sqlite3.Connection, db_path: Path) -> RawSource:
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

    def __init__(self, source: RawSource, at: int | None, length: int | None, text: str | None):
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
