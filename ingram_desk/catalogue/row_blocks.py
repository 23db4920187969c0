"""The settled snapshot's display rows, compressed a few dozen rows at a time.

Why: the cells of a million rows are the snapshot's largest part (~150 MB as polars strings) but
are only read a page at a time. zlib (level 1) on blocks of ``BLOCK`` rows shrinks them about
two times; a page of a hundred rows decompresses one to a hundred small blocks, well under
the time of drawing it. zlib releases the GIL, so compressing does not hold up requests.
A generation keeps the blocks in one file; the app reads a page's blocks from it with plain
reads (``from_packed``): a memory map would fault whole read-ahead windows in (8 MB on some
disks), and the first sorts' scattered pages made the whole file resident (~100 MB at a million).

Polars read only the mapped columns, yet ``Product.raw`` shows every column of the record (as
``file_rows`` reads it back from the file). So while the rows are packed, ``kept_records``
reads the file once more with the csv module and each row keeps its whole record after its
mapped cells (zlib finds the mapped cells again within the row: little more space). Where that
read does not give the rows polars read (``Misaligned``), the rows keep their mapped cells only.
"""

from __future__ import annotations

import csv
import threading
import zlib
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np
import polars as pl

from .sniff import SourceFile, iter_lines

if TYPE_CHECKING:
    from .detect import ImportPlan

__all__ = ["Misaligned", "RowBlocks", "kept_records", "pack_rows"]

#: rows per compressed block: small enough that a scattered page stays cheap
BLOCK = 32
_ROW = "\x1e"  # record separator: never in a price file
_STEP = 4096  # rows converted to Python at a time
_CACHED = 128  # decompressed blocks kept (scrolling reads the same blocks again)
_FULL = "\x1d"  # group separator: after it, every cell of the row's record
_CHECK = 64  # rows read again: one in this many is compared with the cells polars read
_SPAN = 8192  # blocks read from a file in one read when they lie this close on average


class Misaligned(ValueError):
    """The records read again are not the rows polars read (the rows keep mapped cells only)."""


def kept_records(
    source: SourceFile, *, encoding: str, delimiter: str, quoting: int, has_header: bool,
    numbers: Iterable[int],
) -> Iterator[list[str]]:  # fmt: skip
    """Every cell of the records ``numbers`` (ascending; 0 is the first after the header), read
    again from ``source`` with the csv module; raises ``Misaligned`` if the file ends first or
    a record cannot be read."""
    with source.open_binary() as f:
        lines = iter_lines(f, encoding)
        reader = csv.reader(lines, delimiter=delimiter, quoting=quoting)
        at = -1 - int(has_header)
        try:
            for wanted in numbers:
                while at < wanted:
                    record = next(reader)
                    at += 1
                yield record
        except (StopIteration, csv.Error) as exc:
            raise Misaligned(f"the file read again ends or differs: {exc}") from None
        finally:
            lines.close()  # before the file it reads


def pack_rows(
    frame: pl.DataFrame,
    joined: pl.Expr,
    cells: Sequence[int],
    separator: str,
    plan: ImportPlan,
    source: SourceFile | None,
) -> RowBlocks:
    """``frame``'s rows (``_rec`` numbered; ``joined`` gives a row's mapped cells as one
    string) compressed: each with its whole record where the file read again gives the rows
    polars read (``kept_records``), else with the mapped cells only."""
    for whole in (source is not None, False):
        rows = RowBlocks()
        records = None
        if whole and source is not None:
            records = kept_records(
                source, encoding=plan.encoding, delimiter=plan.delimiter,
                quoting=plan.quoting, has_header=plan.has_header,
                numbers=frame.get_column("_rec").to_numpy(),
            )  # fmt: skip
        step = 100_000  # slice by slice: the temporaries of one slice, not of all rows
        try:
            for start in range(0, frame.height, step):
                part = frame.slice(start, step).select(joined).get_column("_row")
                rows.extend(part, records, cells, separator)
        except (Misaligned, OSError):
            continue
        finally:
            if records is not None:
                records.close()  # closes the file
        rows.close()
        return rows
    raise AssertionError("unreachable: the second pass keeps mapped cells only")


class RowBlocks:
    """Rows (each one string) appended in order and read back by position: while packed in
    memory (one growing buffer: ``packed`` hands it to the generation's writer without a copy),
    or from a generation's file (``from_packed``), a page's blocks read as the page needs them."""

    def __init__(self) -> None:
        self._blocks: _Blocks = _InMemory()
        self._pending: list[str] = []
        self.rows = 0
        self._cache: OrderedDict[int, list[str]] = OrderedDict()
        self._cache_lock = threading.Lock()

    def extend(
        self, rows: pl.Series, records: Iterator[list[str]] | None = None, cells: Sequence[int] = (),
        separator: str = "",
    ) -> None:  # fmt: skip
        """Append ``rows`` (a String series: the mapped cells ``cells``, stripped, joined by
        ``separator``); call ``close`` after the last. With ``records`` (each row's record,
        ``kept_records``) each row keeps its record too; raises ``Misaligned`` where a record's
        cells are not the row's. Converted a few thousand at a time: a long ``to_list`` would
        hold the GIL from the page reads."""
        for start in range(0, rows.len(), _STEP):
            chunk = rows.slice(start, _STEP).to_list()
            if records is not None:
                chunk = _with_records(chunk, records, cells, separator)
            self._pending.extend(chunk)
            full = len(self._pending) - len(self._pending) % BLOCK
            for at in range(0, full, BLOCK):
                self._pack(self._pending[at : at + BLOCK])
            del self._pending[:full]

    def close(self) -> None:
        if self._pending:
            self._pack(self._pending)
            self._pending = []

    def _pack(self, rows: list[str]) -> None:
        assert isinstance(self._blocks, _InMemory)
        self._blocks.append(zlib.compress(_ROW.join(rows).encode("utf-8"), 1))
        self.rows += len(rows)

    def _decoded(self, numbers: Sequence[int]) -> dict[int, list[str]]:
        """The rows of the blocks ``numbers``: from the cache, else read (all in one go)."""
        found: dict[int, list[str]] = {}
        with self._cache_lock:
            for number in numbers:
                rows = self._cache.get(number)
                if rows is not None:
                    self._cache.move_to_end(number)
                    found[number] = rows
        missing = sorted({n for n in numbers if n not in found})
        if not missing:
            return found
        read = {n: _unpack(data) for n, data in self._blocks.read(missing)}
        found.update(read)
        with self._cache_lock:
            self._cache.update(read)
            while len(self._cache) > _CACHED:
                self._cache.popitem(last=False)
        return found

    def packed(self) -> tuple[np.ndarray, np.ndarray]:
        """Every block in one byte buffer and where each starts (one more entry: the end),
        as a generation keeps them (``generation``); call after ``close``."""
        return self._blocks.packed()

    @classmethod
    def from_packed(cls, buf: np.ndarray, starts: np.ndarray, rows: int) -> RowBlocks:
        """The blocks ``packed`` gave. Where ``buf`` is memory-mapped from a file (a
        generation's), blocks are read from that file as pages need them and the map is not
        kept: a page touches a few KB of the file, where a map would fault in whole read-ahead
        windows (up to the whole file: ~100 MB more resident at a million rows)."""
        out = cls()
        if isinstance(buf, np.memmap) and buf.filename:
            out._blocks = _InFile(Path(buf.filename), int(buf.offset), np.asarray(starts))
        else:
            out._blocks = _InMemory(bytearray(buf.tobytes()), starts.tolist())
        out.rows = rows
        return out

    def get(self, positions: Sequence[int]) -> list[str]:
        """The rows at ``positions`` (each ``0 <= p < rows``), in that order: mapped cells.
        Raises ``OSError`` when the generation's file is gone."""
        blocks = self._decoded([p // BLOCK for p in positions])
        return [blocks[p // BLOCK][p % BLOCK].partition(_FULL)[0] for p in positions]

    def records(self, positions: Sequence[int], separator: str) -> list[list[str]] | None:
        """Every cell of the records at ``positions`` (the raw columns), or ``None`` where the
        rows keep their mapped cells only."""
        blocks = self._decoded([p // BLOCK for p in positions])
        found = [blocks[p // BLOCK][p % BLOCK].partition(_FULL) for p in positions]
        if not all(mark for _row, mark, _record in found):
            return None
        return [record.split(separator) for _row, _mark, record in found]

    def series(self) -> pl.Series:
        """Every row (for deriving a rarely used sort key: about a second at a million)."""
        parts = []
        count = len(self._blocks)
        step = _STEP // BLOCK
        for first in range(0, count, step):  # the GIL is let go between
            rows: list[str] = []
            for _number, data in self._blocks.read(range(first, min(first + step, count))):
                rows.extend(_unpack(data))
            mapped = [row.partition(_FULL)[0] for row in rows]
            parts.append(pl.Series("_row", mapped, dtype=pl.String))
        return pl.concat(parts) if parts else pl.Series("_row", [], dtype=pl.String)

    @property
    def nbytes(self) -> int:
        return self._blocks.nbytes


def _unpack(data: bytes | bytearray) -> list[str]:
    return zlib.decompress(data).decode("utf-8").split(_ROW)


class _Blocks(Protocol):
    """Where the compressed blocks are: ``read`` gives (number, bytes) for ascending numbers."""

    nbytes: int

    def __len__(self) -> int: ...
    def read(self, numbers: Iterable[int]) -> Iterator[tuple[int, bytes | bytearray]]: ...
    def packed(self) -> tuple[np.ndarray, np.ndarray]: ...


class _InMemory:
    """Blocks appended to one buffer (grown in place: no copy of it all when it is written)."""

    def __init__(self, buf: bytearray | None = None, starts: list[int] | None = None) -> None:
        self._buf = buf if buf is not None else bytearray()
        self._starts = starts if starts is not None else [0]

    def append(self, data: bytes) -> None:
        self._buf += data
        self._starts.append(len(self._buf))

    def __len__(self) -> int:
        return len(self._starts) - 1

    @property
    def nbytes(self) -> int:
        return len(self._buf)

    def read(self, numbers: Iterable[int]) -> Iterator[tuple[int, bytes | bytearray]]:
        for n in numbers:  # a copy (a few KB): no view holds the buffer, which may grow yet
            yield n, self._buf[self._starts[n] : self._starts[n + 1]]

    def packed(self) -> tuple[np.ndarray, np.ndarray]:
        starts = np.array(self._starts, dtype=np.int64)
        return np.frombuffer(self._buf, dtype=np.uint8), starts


class _InFile:
    """Blocks in a generation's file from ``offset`` on: each read opens the file, reads what
    it asks for and closes it, as ``file_rows`` does (no handle stays open between reads, so
    the folder can be deleted once it is stale, on Windows too)."""

    def __init__(self, path: Path, offset: int, starts: np.ndarray) -> None:
        self._path, self._offset, self._starts = path, offset, starts
        self.nbytes = int(starts[-1]) if len(starts) else 0

    def __len__(self) -> int:
        return len(self._starts) - 1

    def read(self, numbers: Iterable[int]) -> Iterator[tuple[int, bytes]]:
        wanted = list(numbers)
        if not wanted:
            return
        starts = self._starts
        with open(self._path, "rb") as f:
            first, last = wanted[0], wanted[-1]
            span = int(starts[last + 1]) - int(starts[first])
            if span <= _SPAN * len(wanted):  # (nearly) contiguous: one read
                f.seek(self._offset + int(starts[first]))
                data = f.read(span)
                base = int(starts[first])
                for n in wanted:
                    yield n, data[int(starts[n]) - base : int(starts[n + 1]) - base]
                return
            for n in wanted:
                f.seek(self._offset + int(starts[n]))
                yield n, f.read(int(starts[n + 1]) - int(starts[n]))

    def packed(self) -> tuple[np.ndarray, np.ndarray]:
        size = self.nbytes  # mapped for the writer (a stock file's generation links it)
        buf = np.memmap(self._path, dtype=np.uint8, mode="r", offset=self._offset, shape=(size,))
        return buf, self._starts


def _with_records(
    rows: list[str], records: Iterator[list[str]], cells: Sequence[int], separator: str
) -> list[str]:
    """``rows`` each followed by its record. A record's mapped cells are compared with its
    row's for the first and last row and every ``_CHECK``-th (all of them cost more than the
    read): a record more or less on either side shifts every row after it, and is seen."""
    found = [next(records) for _row in rows]
    for at in {0, len(rows) - 1, *range(0, len(rows), _CHECK)}:
        record, width = found[at], len(found[at])
        mapped = separator.join(record[i].strip() if i < width else "" for i in cells)
        if mapped != rows[at]:
            raise Misaligned(f"a record read again holds {mapped[:60]!r}, not {rows[at][:60]!r}")
    return [row + _FULL + separator.join(record) for row, record in zip(rows, found, strict=True)]
