"""Quotes polars reads otherwise than the csv module, found, and a file read again the csv
module's way (``parse``).

polars takes any quote to open or close a quoted cell. The csv module, which the importer
held to before polars and whose reading purchasers' exports are made for, takes a quote as
opening a cell only at the cell's start, and one inside a quoted cell not followed by the
delimiter as text after the cell's close. Where the two differ, polars either refuses the file
("CSV malformed") or, worse, reads a record over the lines after it and their rows are gone.
``quotes_misread`` tells; ``requoted`` gives the lines again with each record holding a quote
as the csv module reads it, written quoted where a cell needs it, for polars to read.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator

import numpy as np
import polars as pl

from ingram_desk.domain.phrase import CatalogueTexts, Phrase

from .detect import ImportPlan
from .file_lines import FileLines

__all__ = ["byte_ranges", "quotes_misread", "requoted", "run_on", "unpaired_quotes"]

#: records polars read over several lines that are read again by the csv module at most
_RUN_ON_CHECKED = 5_000


def unpaired_quotes() -> Phrase:
    """Why a file whose quotes neither polars nor the csv module can pair up is refused."""
    return CatalogueTexts.tr(
        'cannot read the file: a quote (") in it opens a cell that it does not close'
    )


def requoted(
    lines: Iterator[str], delimiter: str, problem: Callable[[int, str], None]
) -> Iterator[str]:
    """``lines`` with each record holding a quote as the csv module reads it, written again
    quoted where a cell needs it: a quote inside a cell that does not start with one (an inch
    mark, ``27" IPS``) is text there, where polars takes it to open a quoted cell and refuses
    the file (its rows do not add up). A line without a quote is a record of its own (no
    quoted cell runs on into it) and stays as it is; a record keeps its lines, so problems
    are reported by the file's own line numbers. A record over several lines is told to
    ``problem`` at its first: a quote left open swallows the next line whole where an inch
    mark there closes it, and the row read then has as many cells as any other. A line the
    csv module refuses is given without its quotes where they pair up; raises ``ValueError``
    for any other record it refuses."""
    taken = [0]  # lines of the file taken so far

    def counted(read: Iterator[str]) -> Iterator[str]:
        for line in read:
            taken[0] += 1
            yield line

    lines = counted(lines)
    feed = _Feed(lines)
    reader = csv.reader(feed, delimiter=delimiter)
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\n")
    for line in lines:
        if '"' not in line:
            yield line
            continue
        first = taken[0]
        feed.start(line)
        try:
            row = next(reader)  # (the lines a quoted cell runs on over come from ``lines``)
        except csv.Error as exc:  # (a cell over its size limit, a lone carriage return)
            if len(feed.taken) > 1 or line.count('"') % 2:  # (it may run on: not told)
                raise ValueError(f"line {first}: {exc}") from None
            # a line whose quotes pair up, without them: polars reads it as one record, and
            # the row's checks report it as they do elsewhere (a cell too long: skipped)
            yield line.replace('"', "")
            continue
        if taken[0] > first:
            problem(first, run_on(taken[0] - first + 1))
        text.seek(0)
        text.truncate()
        writer.writerow(row)
        yield text.getvalue()


def run_on(lines: int) -> Phrase:
    return CatalogueTexts.tr(
        "a quoted cell runs on over {lines} lines: they are read as one row", lines=lines
    )


class _Feed:
    """The lines the csv reader reads a record from: its first (``start``), then the rest of
    ``lines``; ``taken``: those it read for the record."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self._first: str | None = None
        self.taken: list[str] = []

    def start(self, first: str) -> None:
        self._first = first
        self.taken.clear()

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> str:
        line, self._first = self._first, None
        line = next(self._lines) if line is None else line
        self.taken.append(line)
        return line


def quotes_misread(
    frame: pl.DataFrame | Exception, plan: ImportPlan, shape: FileLines, read: int | None,
    again: Callable[[], Iterable[bytes | memoryview]], own: bool,
) -> bool:  # fmt: skip
    """Whether polars read the quotes of a file otherwise than the csv module does: it
    refused the file, or it read a record over several lines where the csv module reads
    several records. A quote inside a quoted cell (``"MONITOR 27" IPS"``) closes the cell for
    the csv module and the line reads as one record, where polars ran on over the lines after
    it: their rows were silently gone. ``read``: the csv module's count of the file's records
    where the runaway-quote check read it all (``runaway.check_snapshot``, when polars'
    records leave many lines inside quoted cells); else only the records polars read over
    several lines are read, cut from ``again()`` (the bytes polars read, in the file's
    encoding where ``own``, else UTF-8)."""
    if isinstance(frame, Exception):
        return isinstance(frame, pl.exceptions.PolarsError)
    if read is not None:
        return read > frame.height + plan.lead
    first = shape.records.get_column("_line").to_numpy()
    spans = np.diff(first, append=shape.lines + 1)
    several = np.flatnonzero(spans > 1)[:_RUN_ON_CHECKED] + plan.lead
    if not len(several) or len(shape.starts) != len(first) + plan.lead + 1:
        return False
    encoding = plan.encoding if own else "utf-8"
    cut = byte_ranges(again(), shape.starts[several], shape.starts[several + 1])
    for record in cut:
        lines = record.decode(encoding, errors="replace").splitlines(keepends=True)
        try:
            rows = [row for row in csv.reader(lines, delimiter=plan.delimiter) if row]
        except csv.Error:  # (a cell over its size limit: the row's checks report it)
            continue
        if len(rows) > 1:
            return True
    return False


def byte_ranges(
    chunks: Iterable[bytes | memoryview], begins: np.ndarray, ends: np.ndarray
) -> Iterator[bytes]:
    """The bytes from each of ``begins`` to its end in ``ends`` (ascending, apart) of the
    data ``chunks`` hold one after the other."""
    at = k = 0
    pending = bytearray()
    for chunk in chunks:
        size = len(chunk)
        while k < len(begins) and begins[k] < at + size:
            pending += chunk[max(int(begins[k]) - at, 0) : min(int(ends[k]) - at, size)]
            if ends[k] > at + size:
                break
            yield bytes(pending)
            pending.clear()
            k += 1
        at += size
        if k == len(begins):
            return
    if pending:
        yield bytes(pending)
