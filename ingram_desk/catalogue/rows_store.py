"""The settling snapshot's rows' store (``row_blocks``): the file's own records, compressed,
where they line up with the rows polars read; else the mapped cells.

``Snapshot.index`` makes it before the word index: the cells only displayed go once it serves
pages, and the word index (the commit half's highest memory) is made without them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np
import polars as pl

from ingram_desk.crash_points import CATALOGUE_CRASH_ENV, crash_point

from .columns import CELL
from .detect import ImportPlan
from .row_blocks import Misaligned, RowBlocks
from .search_text import text_cell

__all__ = ["Records", "joined_cells", "stored_rows"]

#: the file's bytes read again, where each record starts in them (then the end), their encoding
Records = tuple[Callable[[], Iterable[bytes | memoryview]], np.ndarray, str]


def joined_cells(cells: Sequence[int]) -> pl.Expr:
    """A row's cells as one string (``CELL`` between them), as pages are read back."""
    parts = [text_cell(i).str.strip_chars() for i in cells]
    return pl.concat_str(parts, separator=CELL).alias("_row")


def stored_rows(
    frame: pl.DataFrame, plan: ImportPlan, cells: Sequence[int], records: Records | None,
    *, pause: Callable[[], None] | None = None,
) -> RowBlocks:  # fmt: skip
    """The rows' store of ``frame`` (its cells ``c<i>`` and record numbers ``_rec``): the
    file's own records where they line up with the rows and a sample of them reads back as the
    cells polars read; else the mapped cells (``RowBlocks.from_cells``). ``pause``: called by
    the compressing threads before each batch (``RowBlocks.build``)."""
    if records is not None and frame.height:
        chunks, starts, encoding = records
        numbers = frame.get_column("_rec").to_numpy() + plan.lead
        try:
            rows = RowBlocks.build(
                chunks(), starts, numbers.astype(np.uint32), delimiter=plan.delimiter,
                quoting=plan.quoting, cells=cells, encoding=encoding, pause=pause,
            )  # fmt: skip
        except (Misaligned, OSError, ValueError):  # (the file changed or is gone)
            rows = None
        if rows is not None:
            crash_point("in_rows_store", CATALOGUE_CRASH_ENV)  # (kill tests: the store made)
            n = frame.height
            sample = sorted({0, n - 1, *np.random.default_rng(n).integers(0, n, 500).tolist()})
            expected = frame[sample].select(joined_cells(cells)).get_column("_row").to_list()
            if [CELL.join(r) for r in rows.get(sample)] == expected:
                return rows
            rows.close()
    found = frame.select(text_cell(i).alias(f"c{i}") for i in cells)
    return RowBlocks.from_cells(found, cells, plan.delimiter)
