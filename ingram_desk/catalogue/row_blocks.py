"""The settled snapshot's display rows: the price file's own records, compressed a few at a time.

Why: the cells of a million rows are the snapshot's largest part, yet they are read a page at
a time. The bytes ``file_lines`` counted the file's shape on (the file itself for UTF-8 and
single-byte files, decoded a page at a time in the file's encoding; UTF-16 and mended files as
``parse`` re-encoded them) are cut at the record starts it found, ``BLOCK`` records to a block,
and each block compressed with Zstandard (level 1: about a third of the file, ~1 CPU-s at a
million rows, on two threads: it lets the GIL go; zlib level 1 made blocks 1–20 % larger in
2–4× the CPU time). A page decompresses its blocks (a few KB each) and reads its records with
the csv module: every column of the record, so ``Product.raw`` shows the file's columns in
every layout and encoding, quoted line breaks included. The blocks are spooled to a temporary file as they are
made (never all in memory); a generation keeps them in one file, read with plain reads per
page (no handle stays open between reads; a memory map would fault whole read-ahead windows in).

Where the records cannot be read back as the rows polars read (``Misaligned``: the record
starts do not line up with the rows, or a sample reads back different cells), the blocks hold
the mapped cells only, written as CSV records by polars (``from_cells``): one store either way.
"""

from __future__ import annotations

import csv
import sys
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from itertools import chain
from pathlib import Path
from typing import BinaryIO

import numpy as np
import polars as pl

if sys.version_info >= (3, 14):
    from compression import zstd
else:  # the same module, backported (``backports.zstd``)
    from backports import zstd

__all__ = ["BLOCK", "Blocks", "Misaligned", "RowBlocks"]

#: records per compressed block: small enough that a scattered page stays cheap
BLOCK = 32
_CACHED = 128  # decompressed blocks kept (scrolling reads the same blocks again)
_SPAN = 8192  # blocks read from a file in one read when they lie this close on average
_GROUP = 2048  # blocks compressed per batch, by two threads
_TASK = 256  # blocks a thread compresses in one go
_BOM = "\ufeff"


class Misaligned(ValueError):
    """The records read again are not the rows polars read."""


class RowBlocks:
    """Rows read back by position (0 … ``rows`` - 1) from compressed blocks of CSV records:
    ``records`` gives every cell of a row's record, ``get`` its mapped ``cells`` joined."""

    def __init__(
        self, blocks: Blocks, starts: np.ndarray, records: np.ndarray, *, delimiter: str,
        quoting: int, cells: Sequence[int], whole: bool = True, encoding: str = "utf-8",
    ) -> None:  # fmt: skip
        self._blocks = blocks
        #: whether the records are the file's (every column), not the mapped cells only
        self.whole = whole
        #: where each record starts in the bytes the blocks hold (one more entry: the end)
        self._starts = starts
        #: each row's record number (its place in ``starts``)
        self._records = records
        self._delimiter, self._quoting, self._cells = delimiter, quoting, list(cells)
        #: the blocks' bytes as the file holds them: a single-byte file's records are its own
        #: bytes, decoded a page at a time (``parse`` counted their starts on the file itself)
        self._encoding = encoding
        self.rows = len(records)
        self._cache: OrderedDict[int, bytes] = OrderedDict()
        self._cache_lock = threading.Lock()

    @classmethod
    def build(
        cls, chunks: Iterable[bytes | memoryview], starts: np.ndarray, records: np.ndarray, *,
        delimiter: str, quoting: int, cells: Sequence[int], whole: bool = True,
        encoding: str = "utf-8", pause: Callable[[], None] | None = None,
    ) -> RowBlocks:  # fmt: skip
        """The records of ``chunks`` (the bytes the record starts were counted on, in
        ``encoding``, in order; each copied at once: a chunk may be a view of a buffer the next
        one reuses) cut at ``starts`` (each record's first byte, then the end), compressed and
        spooled. Raises
        ``Misaligned`` when the bytes end elsewhere than ``starts`` says (the file changed).

        ``pause`` is called by each compressing thread before each ``_TASK`` blocks: the
        snapshot's searches go first there (compressing on both cores made a search scanning
        the search column wait)."""
        spool = Spool()
        try:
            cuts = np.append(starts[:-1:BLOCK], starts[-1]).astype(np.int64)
            # ``pending[:size]`` holds the bytes from ``base`` on: one buffer for every chunk,
            # grown when one does not fit (a buffer made anew each chunk, as appending and
            # cutting made it, faulted its pages in again: ~70k page faults at 270 MB)
            pending, size, base, done = bytearray(), 0, 0, 0
            with ThreadPoolExecutor(2, thread_name_prefix="row-blocks") as pool:
                for chunk in chain(chunks, [b""]):  # (one chunk at a time in memory)
                    if size + len(chunk) > len(pending):  # a new buffer, never resized: a
                        # worker may still hold its task's views a moment after its result
                        # came back, and a bytearray with views cannot be resized (BufferError,
                        # seen under load); moving the rest to the front keeps the size
                        grown = bytearray(size + len(chunk))
                        grown[:size] = memoryview(pending)[:size]
                        pending = grown
                    memoryview(pending)[size : size + len(chunk)] = chunk  # (no copy between)
                    size += len(chunk)
                    final = not chunk
                    upto = len(cuts) - 1 if final else int(
                        np.searchsorted(cuts, base + size, side="right") - 1
                    )  # fmt: skip
                    if final and cuts[-1] != base + size:
                        raise Misaligned("the file read again is not the one read before")
                    for first in range(done, upto, _GROUP):
                        last = min(first + _GROUP, upto)
                        view = memoryview(pending)
                        parts = [
                            view[cuts[n] - base : cuts[n + 1] - base] for n in range(first, last)
                        ]
                        tasks = [parts[at : at + _TASK] for at in range(0, len(parts), _TASK)]
                        for done_task in pool.map(partial(_compress, pause=pause), tasks):
                            spool.extend(done_task)
                        del parts, tasks, view
                    if upto > done:  # the rest (under a block) to the front, in place
                        cut = int(cuts[upto]) - base
                        pending[: size - cut] = bytes(memoryview(pending)[cut:size])
                        size -= cut
                        base, done = int(cuts[upto]), upto
            spool.finish()
        except BaseException:
            spool.close()
            raise
        return cls(
            spool, starts, records, delimiter=delimiter, quoting=quoting, cells=cells,
            whole=whole, encoding=encoding,
        )  # fmt: skip

    @classmethod
    def from_cells(cls, frame: pl.DataFrame, cells: Sequence[int], delimiter: str) -> RowBlocks:
        """The mapped cells ``cells`` (columns ``c<i>`` of ``frame``) as CSV records, where the
        file's own records cannot be read back (``Misaligned``)."""
        width = max(cells) + 1
        have = set(cells)
        columns = [pl.col(f"c{i}") if i in have else pl.lit("") for i in range(width)]
        data, starts, size = [], [], 0  # (in memory: a rare file, read once)
        for at in range(0, frame.height, 100_000):
            part = frame.slice(at, 100_000).select(
                col.fill_null("").alias(f"x{n}") for n, col in enumerate(columns)
            )
            rows = part.write_csv(include_header=False, separator=delimiter).encode()
            starts.append(size + _record_starts(rows))
            size += len(rows)
            data.append(rows)
        offsets = np.append(np.concatenate(starts) if starts else np.zeros(0, np.int64), size)
        records = np.arange(frame.height, dtype=np.uint32)
        return cls.build(
            data, offsets, records, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, cells=cells,
            whole=False,
        )  # fmt: skip

    @classmethod
    def reopened(
        cls, at: tuple[Path, int], block_starts: np.ndarray, starts: np.ndarray,
        records: np.ndarray, *, delimiter: str, quoting: int, cells: Sequence[int], whole: bool,
        encoding: str,
    ) -> RowBlocks:  # fmt: skip
        """The store ``parts`` gave, kept by a generation: the blocks in the file ``at[0]``
        from byte ``at[1]`` on, read from it as pages need them."""
        blocks = _InFile(at[0], at[1], np.asarray(block_starts))
        return cls(
            blocks, starts, records, delimiter=delimiter, quoting=quoting, cells=cells,
            whole=whole, encoding=encoding,
        )  # fmt: skip

    def parts(self) -> dict[str, object]:
        """What a generation keeps: the blocks (a spool or a generation's file), where each
        block starts (one more entry: the end), the record starts and each row's record."""
        return {
            "blocks": self._blocks, "block_starts": self._blocks.starts, "starts": self._starts,
            "records": self._records,
        }  # fmt: skip

    @property
    def reading(self) -> tuple[str, int, str]:
        """The delimiter, quoting and encoding the records are read with."""
        return self._delimiter, self._quoting, self._encoding

    def close(self) -> None:
        self._blocks.close()

    def _block_bytes(self, numbers: Sequence[int]) -> dict[int, bytes]:
        found: dict[int, bytes] = {}
        with self._cache_lock:
            for number in numbers:
                data = self._cache.get(number)
                if data is not None:
                    self._cache.move_to_end(number)
                    found[number] = data
        missing = sorted({n for n in numbers if n not in found})
        if missing:
            read = {n: zstd.decompress(data) for n, data in self._blocks.read(missing)}
            found.update(read)
            with self._cache_lock:
                self._cache.update(read)
                while len(self._cache) > _CACHED:
                    self._cache.popitem(last=False)
        return found

    def records(self, positions: Sequence[int]) -> list[list[str]]:
        """Every cell of the records at ``positions`` (each ``0 <= p < rows``), in that order,
        as in the file. Raises ``OSError`` when the generation's file is gone."""
        wanted = [int(self._records[p]) for p in positions]
        blocks = self._block_bytes([r // BLOCK for r in wanted])
        out = []
        for r in wanted:
            first = int(self._starts[r - r % BLOCK])
            a, b = int(self._starts[r]) - first, int(self._starts[r + 1]) - first
            text = blocks[r // BLOCK][a:b].decode(self._encoding, "replace")
            if r == 0:
                text = text.removeprefix(_BOM)
            out.append(_record(text, self._delimiter, self._quoting))
        return out

    def get(self, positions: Sequence[int]) -> list[list[str]]:
        """The mapped cells of the rows at ``positions``, stripped (empty past the record)."""
        return self.mapped(self.records(positions))

    def mapped(self, records: Iterable[list[str]]) -> list[list[str]]:
        """The mapped cells of ``records`` (as ``records`` gives them), stripped (empty past the
        end)."""
        cells = self._cells
        return [[r[i].strip() if i < len(r) else "" for i in cells] for r in records]

    def series(self, separator: str) -> pl.Series:
        """Every row's mapped cells joined by ``separator`` (for deriving a rarely used key:
        seconds at a million rows)."""
        step = 50_000
        parts = [
            pl.Series("_row", [separator.join(r) for r in self.get(range(at, min(at + step, self.rows)))])
            for at in range(0, self.rows, step)
        ]  # fmt: skip
        return pl.concat(parts) if parts else pl.Series("_row", [], dtype=pl.String)

    @property
    def nbytes(self) -> int:
        return self._blocks.nbytes


def _compress(blocks: list[memoryview], pause: Callable[[], None] | None) -> list[bytes]:
    """Each block as a Zstandard frame of its own (read alone), one compressor for the lot:
    a fresh one per block would allocate its state each time."""
    if pause is not None:
        pause()
    compressor = zstd.ZstdCompressor(level=1)
    return [compressor.compress(data, mode=compressor.FLUSH_FRAME) for data in blocks]


def _record(text: str, delimiter: str, quoting: int) -> list[str]:
    """One record's cells: its line break left out, any quoted ones handed to the csv module
    as lines (split at ``\\n`` only: ``splitlines`` would also split at NEL, U+2028…)."""
    if text.endswith("\n"):
        text = text[:-1].removesuffix("\r")
    *inner, last = text.split("\n")
    lines = [f"{line}\n" for line in inner] + [last]
    try:
        return next(csv.reader(lines, delimiter=delimiter, quoting=quoting), [])
    except csv.Error:  # a stray carriage return outside quotes: read as a space
        flat = "".join(lines).replace("\r", " ").replace("\n", " ")
        return next(csv.reader([flat], delimiter=delimiter, quoting=quoting), [])


def _read_blocks(
    f: BinaryIO, offset: int, starts: np.ndarray, wanted: list[int]
) -> Iterator[tuple[int, bytes]]:
    """The blocks ``wanted`` (ascending) of ``f``, block 0 at ``offset``: in one read when they
    lie close (a page of a search's first matches), else one read each. Fewer reads matter
    beside busy threads: each read lets the GIL go and waits to get it back."""
    if not wanted:
        return
    first, last = wanted[0], wanted[-1]
    span = int(starts[last + 1]) - int(starts[first])
    if span <= _SPAN * len(wanted):  # (nearly) contiguous: one read
        f.seek(offset + int(starts[first]))
        data = f.read(span)
        base = int(starts[first])
        for n in wanted:
            yield n, data[int(starts[n]) - base : int(starts[n + 1]) - base]
        return
    for n in wanted:
        f.seek(offset + int(starts[n]))
        yield n, f.read(int(starts[n + 1]) - int(starts[n]))


def _record_starts(data: bytes) -> np.ndarray:
    """Where each CSV record of ``data`` (each ending in a line break) starts: after each
    line break outside quotes."""
    raw = np.frombuffer(data, dtype=np.uint8)
    breaks = np.flatnonzero(raw == ord("\n"))
    outside = (np.cumsum(raw == ord('"'), dtype=np.uint8) & 1)[breaks] == 0
    return np.concatenate(([0], breaks[outside][:-1] + 1)).astype(np.int64)


class Blocks:
    """Where the compressed blocks are: ``read`` gives (number, bytes) for ascending numbers;
    ``starts`` where each starts (one more entry: the end); ``copy_to`` writes them all (a
    generation keeps them in one file)."""

    nbytes: int
    starts: np.ndarray

    def read(self, numbers: Iterable[int]) -> Iterator[tuple[int, bytes]]:
        raise NotImplementedError

    def copy_to(self, out: BinaryIO) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Nothing to release by default."""


class Spool(Blocks):
    """Blocks appended to an anonymous temporary file as they are made (deleted when it is
    closed, or when the process ends however it ends); a generation copies it."""

    def __init__(self) -> None:
        self.file: BinaryIO = tempfile.TemporaryFile()  # noqa: SIM115 (closed by ``close``)
        self._starts = [0]
        self._lock = threading.Lock()
        self.nbytes = 0

    def extend(self, blocks: Iterable[bytes]) -> None:
        for data in blocks:
            self.file.write(data)
            self.nbytes += len(data)
            self._starts.append(self.nbytes)

    def finish(self) -> None:
        self.file.flush()
        self.starts = np.array(self._starts, dtype=np.int64)

    def read(self, numbers: Iterable[int]) -> Iterator[tuple[int, bytes]]:
        with self._lock:
            got = list(_read_blocks(self.file, 0, self.starts, list(numbers)))
        yield from got

    def copy_to(self, out: BinaryIO) -> None:
        """Write every block to ``out`` (a generation's file). The lock is taken a part at a
        time: held for the whole copy (~0.2 s at a million rows), a page read waited for it."""
        at = 0
        while True:
            with self._lock:
                self.file.seek(at)
                data = self.file.read(1 << 20)
            if not data:
                return
            out.write(data)
            at += len(data)

    def close(self) -> None:
        self.file.close()


class _InFile(Blocks):
    """Blocks in a generation's file from ``offset`` on: each read opens the file, reads what
    it asks for and closes it (no handle stays open between reads, so the folder can be
    deleted once it is stale, on Windows too)."""

    def __init__(self, path: Path, offset: int, starts: np.ndarray) -> None:
        self._path, self._offset, self.starts = path, offset, starts
        self.nbytes = int(starts[-1]) if len(starts) else 0

    def read(self, numbers: Iterable[int]) -> Iterator[tuple[int, bytes]]:
        wanted = list(numbers)
        if not wanted:
            return
        with open(self._path, "rb") as f:
            yield from _read_blocks(f, self._offset, self.starts, wanted)

    def copy_to(self, out: BinaryIO) -> None:
        with open(self._path, "rb") as f:
            f.seek(self._offset)
            left = self.nbytes
            while left > 0 and (data := f.read(min(left, 1 << 20))):
                out.write(data)
                left -= len(data)
