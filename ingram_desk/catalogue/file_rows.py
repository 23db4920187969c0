"""The settled snapshot's display rows read back from the price file itself, by byte offset.

Why: the cells of a million rows are the snapshot's largest part, ~77 MB even compressed
(``row_blocks``), yet they are read a page at a time and the file they came from is still on
disk, in the page cache, for the whole import. One offset per row (4 bytes while the file is
under 4 GB) finds a row's line again; a page of a hundred rows is one ``open``, a hundred
seek-and-reads and a csv parse, about a millisecond. No handle stays open between page reads
(Windows would refuse to delete or rename the user's file while one did).

This holds only where one line is one record: no line break lies inside quotes (quoted cells
such as the NA list's are read back with the csv module) and the lines the file has are
exactly the records polars read. ``file_lines`` finds the offsets and says whether that is so; where it
is not, the snapshot compresses its cells as before.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

import numpy as np
import polars as pl

__all__ = ["FileChanged", "FileRows"]

_READ = 4096  # bytes read first for one row; a longer line is read on
_BOM = "\ufeff"


class FileChanged(OSError):
    """The price file changed on disk after the snapshot mapped its lines."""


class FileRows:
    """Rows of the snapshot (each one string: the wanted cells joined by ``separator``) read
    back from ``path`` at ``offsets``; the interface of ``row_blocks.RowBlocks``."""

    def __init__(
        self,
        path: Path,
        offsets: np.ndarray,
        *,
        delimiter: str,
        quoting: int,
        cells: Sequence[int],
        separator: str,
    ) -> None:
        self._path = Path(path)
        stat = self._path.stat()
        self._stamp = (stat.st_size, stat.st_mtime_ns)
        small = len(offsets) == 0 or int(offsets.max()) < 2**32
        self._offsets = offsets.astype(np.uint32 if small else np.int64)
        self._delimiter = delimiter
        self._quoting = quoting
        self._cells = list(cells)
        self._separator = separator
        self.rows = len(offsets)

    def parts(self) -> tuple[Path, np.ndarray]:
        """The file and each row's offset in it (a generation keeps a copy of both)."""
        return self._path, self._offsets

    def close(self) -> None:
        """Nothing to release: the file is opened per page read."""

    @staticmethod
    def _line(f: BinaryIO, offset: int) -> str:
        f.seek(offset)
        data = f.read(_READ)
        while b"\n" not in data and len(data) % _READ == 0 and data:
            more = f.read(len(data))
            if not more:
                break
            data += more
        text = data.split(b"\n", 1)[0].rstrip(b"\r").decode("utf-8", "replace")
        return text[1:] if offset == 0 and text.startswith(_BOM) else text

    def get(self, positions: Sequence[int]) -> list[str]:
        """The rows at ``positions`` (each ``0 <= p < rows``), in that order: the wanted cells
        joined. Raises ``FileChanged`` as ``records`` does."""
        width = max(self._cells, default=-1) + 1
        out = []
        for cells in self.records(positions):
            cells += [""] * (width - len(cells))
            out.append(self._separator.join(cells[i].strip() for i in self._cells))
        return out

    def records(self, positions: Sequence[int]) -> list[list[str]]:
        """Every cell of the records at ``positions``, as in the file (the raw columns).
        Raises ``FileChanged`` if the file is no longer the one mapped (changed, moved or
        deleted)."""
        try:
            with open(self._path, "rb") as f:
                stat = os.fstat(f.fileno())
                if (stat.st_size, stat.st_mtime_ns) != self._stamp:
                    raise FileChanged("the price file changed on disk while it was being imported")
                lines = [self._line(f, int(self._offsets[p])) for p in positions]
        except FileChanged:
            raise
        except OSError as exc:
            raise FileChanged(f"the price file is gone: {exc}") from None
        return list(csv.reader(lines, delimiter=self._delimiter, quoting=self._quoting))

    def series(self) -> pl.Series:
        """Every row (for deriving a rarely used key: seconds at a million rows)."""
        step = 50_000
        parts = [
            pl.Series("_row", self.get(range(start, min(start + step, self.rows))))
            for start in range(0, self.rows, step)
        ]
        return pl.concat(parts) if parts else pl.Series("_row", [], dtype=pl.String)

    @property
    def nbytes(self) -> int:
        return int(self._offsets.nbytes)
