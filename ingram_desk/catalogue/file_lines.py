"""The shape of a price file, found in one pass over its bytes: its lines, each record's
number of columns and first line, its blank and over-long records, and whether it is UTF-8.

Why one pass: polars reads the cells a million rows a second but says nothing about the
file's shape, and the import needs it: the runaway-quote check compares the file's lines with
the records polars read (``runaway``), the problem report gives every misshapen record with its
line (``problems``), and settled rows are cut from the file at each record's start
(``row_blocks``). numpy finds all of it over the same bytes, ``_BLOCK`` at a time (each block
ending at a line break outside quotes, so no record is cut: a multi-byte UTF-8 character never
holds a line break, so each block decodes alone), and releases the GIL while it counts, so
``parse`` runs it beside polars' read.

Quotes (where the layout reads them): a line break or delimiter after an odd number of quote
characters in its record is inside a quoted cell. A record whose quote never closes runs to the
end of the file; its delimiters after the last quote count, as the cells they split are read.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
import polars as pl

from .detect import ImportPlan

__all__ = ["FIELD_LIMIT", "FileLines", "scan_lines"]

#: the longest cell read, in characters: the csv module's default limit, as the store had it
FIELD_LIMIT = 131_072
#: bytes counted at a time (a record longer than that is read on until it ends)
_BLOCK = 8 << 20
_NEWLINE, _RETURN, _QUOTE, _EOF = ord("\n"), ord("\r"), ord('"'), 0x1A
#: bytes checked as UTF-8 at a time (the text made stays in the heap's reused blocks)
_UTF8_STEP = 32 << 10
#: bytes whose quote bits are unpacked at a time: under glibc's mmap threshold (``heap``), so
#: the same heap pages serve every piece (a block's at once were 8 MB of fresh pages a block);
#: a multiple of 8 (a piece starts at a byte of the bits)
_PIECE = 64 << 10


@dataclass(frozen=True, slots=True)
class FileLines:
    #: physical lines (a last one without a line break counted)
    lines: int
    #: blank lines (nothing but a line break)
    blank: int
    #: per record after the header: ``_n``, its number of columns (null when blank; empty
    #: cells past the layout's last column not counted: trailing delimiters); ``_long``,
    #: whether a cell is longer than ``FIELD_LIMIT``; ``_line``, its first line (1-based)
    records: pl.DataFrame
    #: byte offset of each record's start (header included), then the end of the file: the
    #: display rows are cut from the file there (``row_blocks``)
    starts: np.ndarray
    #: whether every byte is valid UTF-8 (``None``: not checked)
    utf8: bool | None


class _Window:
    """The bytes not yet counted, ``size`` at a time: from a file through one reused buffer
    (no fresh pages a block), or views of bytes already in memory."""

    def __init__(self, data: Path | bytes | io.BytesIO) -> None:
        self._file: BinaryIO | None = None
        if isinstance(data, Path):
            self._file = open(data, "rb", buffering=0)  # noqa: SIM115 (closed by ``close``)
            self.size = os.fstat(self._file.fileno()).st_size
            self._buf = np.empty(_BLOCK, dtype=np.uint8)
            self._have = 0
            self._eof = False
        else:
            # (``getvalue`` shares the buffer; a view of it would make polars copy the bytes)
            view = data.getvalue() if isinstance(data, io.BytesIO) else data
            self._buf = np.frombuffer(view, dtype=np.uint8)
            self._have = self.size = len(self._buf)
            self._eof = True
        self.at = 0  #: offset of the window's first byte in the file

    def get(self, size: int) -> tuple[np.ndarray, bool]:
        """Up to ``size`` bytes from ``at`` and whether they run to the end of the file."""
        if self._file is None:
            block = self._buf[self.at : self.at + size]
            return block, self.at + len(block) == self._have
        if size > len(self._buf):
            grown = np.empty(size, dtype=np.uint8)
            grown[: self._have] = self._buf[: self._have]
            self._buf = grown
        view = memoryview(self._buf)  # type: ignore[arg-type]
        while self._have < size and not self._eof:
            got = self._file.readinto(view[self._have : size])
            if not got:
                self._eof = True
            self._have += got or 0
        return self._buf[: min(self._have, size)], self._eof and self._have <= size

    def advance(self, n: int) -> None:
        self.at += n
        if self._file is not None:
            rest = self._have - n
            self._buf[:rest] = self._buf[n : self._have]
            self._have = rest

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        del self._buf


def scan_lines(
    data: Path | bytes | io.BytesIO, plan: ImportPlan, *, utf8: bool, encoding: str = "utf-8"
) -> FileLines:
    """Count ``data`` (the file, or its UTF-8 bytes in memory) as ``plan`` reads it; ``utf8``:
    also check that it decodes as UTF-8; ``encoding``: its bytes' (UTF-8, or a single-byte
    one, in which a cell's characters are counted). Raises ``OSError`` if the file cannot be
    read."""
    quoted = plan.quoting != csv.QUOTE_NONE
    delimiter = ord(plan.delimiter)
    most = plan.columns.max_columns
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    long: list[tuple[int, bytes]] = []
    starts: list[np.ndarray] = []
    lines = blank = records = 0
    valid: bool | None = True if utf8 else None
    window = _Window(data)
    mask = np.empty(0, dtype=bool)  # each block's byte comparisons, into the same pages
    offset = np.uint32 if window.size < 2**32 else np.int64  # (4 bytes a line under 4 GB)
    try:
        size = _BLOCK
        while True:
            raw, final = window.get(size)
            if len(mask) < len(raw):
                mask = np.empty(len(raw), dtype=bool)
            block = _block(raw, final, quoted, delimiter, most, mask[: len(raw)])
            if block is None:  # one record longer than the window: read on
                size *= 2
                continue
            size = _BLOCK
            end, n, line_at, line_starts, blank_lines, content = block
            if valid and end:
                valid = _utf8(raw[:end])
            for at in np.flatnonzero(content[1] - content[0] > FIELD_LIMIT):
                long.append((records + int(at), raw[content[0][at] : content[1][at]].tobytes()))
            parts.append((n, (line_at + lines + 1).astype(np.uint32), _empty(raw, *content)))
            starts.append((content[0] + window.at).astype(offset))
            lines += len(line_starts)
            blank += blank_lines
            records += len(n)
            window.advance(end)
            if final:
                break
    finally:
        window.close()
    frame = _records(parts, long, plan, encoding).slice(plan.lead)
    offsets = np.append(np.concatenate(starts) if starts else np.zeros(0, offset), window.at)
    return FileLines(lines, blank, frame, offsets.astype(offset), valid)


def _utf8(raw: np.ndarray) -> bool:
    """Whether ``raw`` (whole records) decodes as UTF-8, checked ``_UTF8_STEP`` at a time: a
    block's text at once was a fresh 8-16 MB mapping, its pages faulted in each block."""
    view, at = memoryview(raw), 0  # type: ignore[arg-type]
    step = max(_UTF8_STEP, 4)  # (a piece holds at least one whole character)
    try:
        while at < len(view):
            at += codecs.utf_8_decode(view[at : at + step], "strict", False)[1]
            if at + 4 > len(view):  # an incomplete character left at the end
                codecs.utf_8_decode(view[at:], "strict", True)
                break
    except UnicodeDecodeError:
        return False
    return True


def _inside_quotes(raw: np.ndarray, mask: np.ndarray) -> np.ndarray | None:
    """Whether each byte of ``raw`` follows an odd number of quotes, one bit a byte (packed,
    little bit order): the quotes' bits xor-summed within each 64-bit word by six shifts, each
    word flipped where the words before it hold an odd number. The same cost however dense
    the quotes: a running count over the bytes (NA, quotes round every cell) cost 0.6 CPU-s
    at 305 MB, a search per quoted cell more. ``None`` when ``raw`` holds no quote."""
    bits = np.packbits(np.equal(raw, _QUOTE, out=mask[: len(raw)]), bitorder="little")
    if not bits.any():
        return None
    if len(bits) % 8:
        bits = np.concatenate((bits, np.zeros(-len(bits) % 8, np.uint8)))
    words, shifted = bits.view("<u8"), np.empty(len(bits) // 8, np.uint64)
    for shift in (1, 2, 4, 8, 16, 32):
        np.bitwise_xor(words, np.left_shift(words, np.uint64(shift), out=shifted), out=words)
    odd = np.right_shift(words, np.uint64(63), out=shifted)  # each word's quotes: odd or even
    np.bitwise_xor.accumulate(odd, out=odd)
    np.multiply(odd, np.uint64(2**64 - 1), out=odd)  # (all ones where odd)
    np.bitwise_xor(words[1:], odd[:-1], out=words[1:])
    return bits


def _at(bits: np.ndarray, at: np.ndarray) -> np.ndarray:
    """The packed ``bits`` at positions ``at``, as booleans."""
    return ((bits[at >> 3] >> (at & 7).astype(np.uint8)) & 1).view(bool)


def _clear_inside(found: np.ndarray, bits: np.ndarray) -> None:
    """``found`` (booleans, a byte each) cleared where the packed ``bits`` are set, unpacked
    ``_PIECE`` bytes at a time."""
    for start in range(0, len(found), _PIECE):
        piece = found[start : start + _PIECE]
        inside = np.unpackbits(bits[start >> 3 :], count=len(piece), bitorder="little")
        np.greater(piece, inside.view(bool), out=piece)


def _block(
    raw: np.ndarray, final: bool, quoted: bool, delimiter: int, most: int, mask: np.ndarray
) -> tuple[int, np.ndarray, np.ndarray, np.ndarray, int, tuple[np.ndarray, np.ndarray]] | None:
    """The whole records at the start of ``raw`` (all of it when ``final``): the bytes they
    take, their column counts, the line each starts at, the start of each line, the blank
    lines and each record's content (start, end: line break and carriage return left out).
    ``None`` when not one record ends in ``raw``."""
    breaks = lines = np.flatnonzero(np.equal(raw, _NEWLINE, out=mask))
    inside = _inside_quotes(raw, mask) if quoted else None
    if inside is not None:
        breaks = lines[~_at(inside, lines)]
    if final:
        end = len(raw)
    elif len(breaks):
        end = int(breaks[-1]) + 1
    else:
        return None
    lines = lines[lines < end]
    unended = end > 0 and raw[end - 1] != _NEWLINE  # the file's last line, without a break
    ends = np.append(breaks, end) if unended else breaks
    first = np.concatenate(([0], breaks + 1))[: len(ends)]
    line_starts = np.concatenate(([0], lines + 1))[: len(lines) + int(unended)]
    # columns: each record's delimiters outside quotes (a quoted span never holds a record's
    # end); after a quote never closed (only at the end) the rest is read as cells
    found = np.equal(raw[:end], delimiter, out=mask[:end])
    if inside is not None:
        unclosed = end
        if end and _at(inside, np.array([end - 1]))[0]:  # an odd number of quotes
            unclosed = end - 1 - int(np.argmax(raw[end - 1 :: -1] == _QUOTE))
        _clear_inside(found[:unclosed], inside)
    # each record's delimiters summed in place (their positions, 8 bytes each, were fresh
    # pages every block: ~40k page faults at 1M English rows)
    n = np.add.reduceat(found, first, dtype=np.uint32) if len(first) else np.zeros(0, np.uint32)
    n += 1
    stop = ends - ((ends > first) & (raw[np.maximum(ends - 1, 0)] == _RETURN))
    over = np.flatnonzero(n > most)
    if len(over):  # delimiters ending the record: empty cells past the last column
        at, trailing = stop[over] - 1, np.zeros(len(over), np.uint32)
        more = (at >= first[over]) & (raw[np.maximum(at, 0)] == delimiter)
        while more.any():
            trailing += more
            at -= 1
            more &= (at >= first[over]) & (raw[np.maximum(at, 0)] == delimiter)
        fits = n[over].astype(np.int64) - trailing <= most
        n[over] = np.where(fits, most, n[over])
    spans = len(breaks[breaks < end]) != len(lines)  # a line break inside quotes
    line_at = np.searchsorted(lines, first, side="left") if spans else np.arange(len(first))
    line_end = np.append(lines, end) if unended else lines
    short = line_end - line_starts
    blank_lines = int(
        np.count_nonzero(
            (short == 0) | ((short == 1) & (raw[np.maximum(line_end - 1, 0)] == _RETURN))
        )
    )
    return end, n, line_at, line_starts, blank_lines, (first, stop)


def _empty(raw: np.ndarray, first: np.ndarray, stop: np.ndarray) -> np.ndarray:
    """Records holding nothing, or only the end-of-file mark of DOS-era tools (Ctrl-Z), which
    was reported as a row of one column."""
    size = stop - first
    empty = size == 0
    one = np.flatnonzero(size == 1)  # (only those looked at: a gather over every record's
    empty[one] = raw[first[one]] == _EOF  # first byte cost ~18 ms a million rows)
    return empty


def _records(
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
    long: list[tuple[int, bytes]],
    plan: ImportPlan,
    encoding: str,
) -> pl.DataFrame:
    n = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, np.uint32)
    line = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0, np.uint32)
    empty = np.concatenate([p[2] for p in parts]) if parts else np.zeros(0, bool)
    too_long = np.zeros(len(n), bool)
    for at, record in long:
        too_long[at] = _long_cell(record, plan, encoding)
    frame = pl.DataFrame({"_n": n, "_blank": empty, "_long": too_long, "_line": line})
    return frame.select(
        pl.when(~pl.col("_blank")).then(pl.col("_n")).cast(pl.UInt32).alias("_n"),
        "_long", "_line",
    )  # fmt: skip


def _long_cell(record: bytes, plan: ImportPlan, encoding: str) -> bool:
    """Whether a cell of ``record`` (longer than ``FIELD_LIMIT`` in bytes) is longer than that
    in characters (split by polars, which has no field limit; a record it cannot split is
    taken as one long cell)."""
    if encoding not in ("utf-8", "utf-8-sig"):
        record = record.decode(encoding, "replace").encode("utf-8")
    try:
        cells = pl.read_csv(
            io.BytesIO(record), has_header=False, infer_schema=False, separator=plan.delimiter,
            quote_char=None if plan.quoting == csv.QUOTE_NONE else '"', encoding="utf8-lossy",
        )  # fmt: skip
    except pl.exceptions.PolarsError:
        return True
    widths = cells.select(pl.all().str.len_chars().max()).row(0)
    return max((w or 0 for w in widths), default=0) > FIELD_LIMIT
