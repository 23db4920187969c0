"""The settling snapshot's rows' store (``row_blocks``): the file's own records, compressed,
where they line up with the rows polars read; else the mapped cells (those stage 1 left
unread, ``rows.SHOWN_ONLY``, read again: ``Unread``).

``Snapshot.index`` makes it after the word index, once the search text is gone (made before
it, beside the search text, the English import peaked ~25 MB higher; round 24).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import polars as pl

from ingram_desk.crash_points import CATALOGUE_CRASH_ENV, crash_point

from .columns import CELL
from .detect import ImportPlan
from .row_blocks import Misaligned, RowBlocks
from .search_text import text_cell

__all__ = ["Records", "Unread", "joined_cells", "stored_rows"]

log = logging.getLogger(__name__)

#: the file's bytes read again, where each record starts in them (then the end), their encoding
Records = tuple[Callable[[], Iterable[bytes | memoryview]], np.ndarray, str]
#: cells stage 1 left unread (``rows.SHOWN_ONLY``) read again whole, as ``c<i>`` columns in
#: the order polars reads the records (``None``: the file cannot be read again)
Unread = Callable[[list[int]], pl.DataFrame | None]


def joined_cells(cells: Sequence[int]) -> pl.Expr:
    """A row's cells as one string (``CELL`` between them), as pages are read back."""
    parts = [text_cell(i).str.strip_chars() for i in cells]
    return pl.concat_str(parts, separator=CELL).alias("_row")


def stored_rows(
    frame: pl.DataFrame, plan: ImportPlan, cells: Sequence[int], records: Records | None,
    *, unread: Unread | None = None, pause: Callable[[], None] | None = None,
) -> RowBlocks:  # fmt: skip
    """The rows' store of ``frame`` (the mapped ``cells`` it read as ``c<i>`` and record
    numbers ``_rec``): the file's own records where they line up with the rows and a sample of
    them reads back as the cells polars read; else the mapped cells (``RowBlocks.from_cells``;
    those ``frame`` lacks from ``unread``). ``pause``: called by the compressing threads before
    each batch (``RowBlocks.build``)."""
    read = [i for i in cells if f"c{i}" in frame.columns]
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
            expected = frame[sample].select(joined_cells(read)).get_column("_row").to_list()
            at = [list(cells).index(i) for i in read]
            if [CELL.join(r[k] for k in at) for r in rows.get(sample)] == expected:
                return rows
            rows.close()
    found = frame.select(text_cell(i).alias(f"c{i}") for i in read)
    if len(read) < len(cells):
        found = found.hstack(
            _unread_cells(frame, plan, [i for i in cells if i not in read], unread)
        )
    return RowBlocks.from_cells(found, cells, plan.delimiter)


def _unread_cells(
    frame: pl.DataFrame, plan: ImportPlan, cells: list[int], unread: Unread | None
) -> list[pl.Series]:
    """``cells`` of each row of ``frame`` by its record number, read again; empty where the
    file no longer reads as it did (its SKUs told by ``frame``'s: changed since, or gone)."""
    sku = plan.columns.columns["sku"][0]
    asked = sorted({*cells, sku})
    again = unread(asked) if unread is not None else None
    at = frame.get_column("_rec")
    if again is not None and again.height > (at.max() or 0):
        again = again.select(text_cell(i).gather(at).alias(f"c{i}") for i in asked)
        if again.get_column(f"c{sku}").equals(frame.select(text_cell(sku)).to_series()):
            return again.select(f"c{i}" for i in cells).get_columns()
    log.warning("the file changed while it was imported: its rows' links are left empty")
    return [pl.repeat("", frame.height, dtype=pl.String, eager=True).alias(f"c{i}") for i in cells]
