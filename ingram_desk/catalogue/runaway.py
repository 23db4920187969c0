"""Line accounting for price files: a runaway quote or a file of blank lines is refused, loudly.

An unbalanced quote makes a CSV reader swallow the lines after it into one field; before this,
such a file imported "successfully" with hundreds of SKUs quietly gone. Every record's span of
physical lines is counted (``LineAccount``): one record spanning more than ``MAX_RECORD_LINES``
lines, or more than ``MAX_ABSORBED_SHARE`` of the file's lines absorbed into quoted fields,
refuses the file with the line where the quote opened. More than ``MAX_BLANK_RUN`` blank lines in
a row stops the read at once (a ZIP that unpacks to a gigabyte of line feeds).

The store importer counts as it reads; the stage-1 snapshot compares polars' record count with
the file's line count (``file_lines``) and, when they disagree, runs ``check_rows`` (the same
accounting) so both paths refuse the same file with the same message.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable

from .detect import ImportPlan
from .file_lines import FileLines
from .report import CatalogueImportError
from .sniff import SourceFile, iter_lines

__all__ = [
    "MAX_BLANK_RUN",
    "MAX_RECORD_LINES",
    "BlankLinesError",
    "LineAccount",
    "RunawayQuoteError",
    "absorbed_too_many",
    "check_rows",
    "check_snapshot",
]

#: a real record spans a few lines at most (a description with a line break)
MAX_RECORD_LINES = 50
#: share of all lines that may sit inside quoted fields before the file is refused
MAX_ABSORBED_SHARE = 0.01
#: blank lines in a row after which the read stops
MAX_BLANK_RUN = 10_000


class RunawayQuoteError(CatalogueImportError):
    """A quoted field swallowed line breaks: refused, the catalogue is unchanged."""

    def __init__(self, line: int, span: int, absorbed: int) -> None:
        super().__init__(
            f"line {line}: a quoted field runs on over {span:,} lines (probably an unbalanced"
            f' quote "); {absorbed:,} line(s) of the file would be lost; file refused, the'
            " catalogue is unchanged"
        )
        self.line, self.span, self.absorbed = line, span, absorbed

    def __reduce__(self) -> tuple:  # crosses from the import child process intact
        return (type(self), (self.line, self.span, self.absorbed))


class BlankLinesError(CatalogueImportError):
    """The file turned into blank lines: the read stopped early."""

    def __init__(self, line: int) -> None:
        super().__init__(
            f"line {line}: more than {MAX_BLANK_RUN:,} blank lines in a row; the file looks"
            " broken, the import stopped and the catalogue is unchanged"
        )
        self.line = line

    def __reduce__(self) -> tuple:  # crosses from the import child process intact
        return (type(self), (self.line,))


def absorbed_too_many(absorbed: int, lines: int) -> bool:
    return absorbed > max(MAX_RECORD_LINES, int(lines * MAX_ABSORBED_SHARE))


class LineAccount:
    """Feed it every record's line range; it raises as soon as the file is clearly broken."""

    def __init__(self) -> None:
        self.absorbed = 0
        self.worst = (0, 0)  #: (first line, span) of the longest record
        self._blank_run = 0
        self._blank_from = 0

    def record(self, first: int, last: int, blank: bool) -> None:
        span = max(last - first + 1, 1)
        if span > 1:
            self.absorbed += span - 1
            if span > self.worst[1]:
                self.worst = (first, span)
            if span > MAX_RECORD_LINES and not blank:
                raise RunawayQuoteError(first, span, self.absorbed)
        if blank:
            if not self._blank_run:
                self._blank_from = first
            self._blank_run += span
            if self._blank_run > MAX_BLANK_RUN:
                raise BlankLinesError(self._blank_from)
        else:
            self._blank_run = 0

    def finish(self, lines: int) -> None:
        if absorbed_too_many(self.absorbed, lines):
            raise RunawayQuoteError(*self.worst, self.absorbed)


def check_rows(lines: Iterable[str], delimiter: str, quoting: int) -> int:
    """Read ``lines`` as the store importer does, only to account for them (raises); how
    many records they hold."""
    reader = csv.reader(lines, delimiter=delimiter, quoting=quoting)
    account = LineAccount()
    records = 0
    while True:
        before = reader.line_num
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:
            row = None  # (a record all the same, not a blank one)
        records += 1
        blank = row is not None and not any(c.strip() for c in row)
        account.record(before + 1, reader.line_num, blank)
    account.finish(reader.line_num)
    return records


def check_snapshot(
    source: SourceFile, plan: ImportPlan, records: int, shape: FileLines
) -> int | None:
    """Stage 1: polars read ``records`` records (header included) of a file of ``shape``. When
    the file has clearly more lines than that, or a sea of blank lines, account for its lines
    as the store importer does (raises the same error) and return how many records the csv
    module reads in it (``None`` when it was not read): a few blank lines or line breaks in
    descriptions pass."""
    lines = shape.lines
    if not absorbed_too_many(lines - records, lines) and shape.blank <= MAX_BLANK_RUN:
        return None
    with source.open_binary() as binary:
        return check_rows(iter_lines(binary, plan.encoding, lambda n, r: None, [0]),
                          plan.delimiter, plan.quoting)  # fmt: skip
