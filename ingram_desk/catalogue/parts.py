"""A snapshot as named parts and back, and the stock columns a stock file replaces.

``state`` flattens a settled snapshot into what ``generation`` writes (polars Series, numpy
arrays, the rows' compressed records, a few small values); ``restored`` builds a
settled snapshot from them again, its arrays memory-mapped. ``keys`` and ``apply_stock``
are the per-row SKU, price and stock the change summary joins on and a stock file updates.
"""

from __future__ import annotations

from typing import Any, Self

import polars as pl

from .columns import SnapshotColumns, rank_of
from .part_numbers import PartNumbers
from .row_blocks import RowBlocks
from .search_index import NumberIndex, WordIndex

__all__ = ["SnapshotParts"]

c = pl.col


class SnapshotParts(SnapshotColumns):
    """The persistence half of ``snapshot.Snapshot`` (which sets these attributes)."""

    _index: Any
    _codes: PartNumbers | None
    _short: dict[str, pl.Series]
    _parsed: dict[str, pl.Series]
    _stock: pl.DataFrame | None
    _currency: str
    _last: Any
    rows_unusable: int
    settled: bool

    def settle(self) -> None:
        """Index and derive everything (``snapshot.Snapshot.settle``)."""
        raise NotImplementedError

    def keys(self) -> pl.DataFrame:
        """Per row: SKU, price, stock and in-stock flag — what the change summary joins on
        (take it before ``settle``: afterwards it reads every row back)."""
        frame = self._cells_frame()
        # one column at a time: all at once, their temporaries (~115 MB at 1M rows) made the
        # import child's peak, taken beside the first searches
        keys = pl.DataFrame([frame.select(c("_id"), e).to_series(1) for e in (  # (literals broadcast)
            self._cell("sku", 0, frame).alias("sku"), c("_price").alias("price"),
            self._derive("stock", frame).alias("stock"),
            self._derive("in_stock", frame).fill_null(False).alias("in_stock"),
            self._derive("eta", frame).alias("eta"),
            pl.lit(None, pl.String).alias("warehouse"),
            pl.lit(False).alias("stocked"),  # set where a stock file gave the values
        )])  # fmt: skip
        if not self.settled:  # settle ranks them and flags in-stock rows without parsing again
            self._parsed = {k: keys.get_column(k) for k in ("stock", "eta")}
        return keys

    def apply_stock(self, keys: pl.DataFrame) -> None:
        """Serve stock, in-stock flag, ETA and warehouse from ``keys`` (``keys()`` with a stock
        file applied, same rows in the same order) instead of the rows' own cells."""
        stock = keys.select("stock", "in_stock", "eta", "warehouse")
        self._derived["in_stock"] = stock.get_column("in_stock")
        for key in ("stock", "eta"):
            self._ranks[key] = rank_of(stock.get_column(key))
        self._stock = stock
        self._last = None

    def state(self) -> dict[str, Any]:
        """Everything the settled snapshot answers from, as flat named parts: polars Series,
        numpy arrays, ``rows.blocks`` (the rows' records, compressed) and ``meta`` (small
        picklable values). ``generation`` writes them; ``restored`` takes them back."""
        self.settle()
        self.category_tree()
        self.vendors()
        index, codes, rows = self._index, self._codes, self._blocks
        assert index is not None and codes is not None and rows is not None
        out: dict[str, Any] = {
            "meta": {
                "plan": self.plan, "cells": self._cells, "currency": self._currency,
                "categories": self._categories, "unusable": self.rows_unusable,
                "vendors": self._vendors, "tree": self._tree,
                "heights": [part.height for part in index], "rows_read": rows.reading,
                "rows_whole": rows.whole,
            },
            "id": self.frame.get_column("_id"), "price": self.frame.get_column("_price"),
            "codes.starts": codes.starts, "codes.buf": codes.buf,
        }  # fmt: skip
        for prefix, parts in (
            ("derived", self._derived), ("rank", self._ranks), ("coded", self._coded),
            ("short", self._short),
        ):  # fmt: skip
            out.update({f"{prefix}.{name}": series for name, series in parts.items()})
        for n, part in enumerate(index):
            if isinstance(part, NumberIndex):
                out |= {f"index{n}.lengths": part.lengths, f"index{n}.values": part.values}
            else:
                out[f"index{n}.words"] = part.words
                if part.starts is not None:
                    out[f"index{n}.starts"] = part.starts
            out[f"index{n}.rows"] = part.rows
        if self._stock is not None:
            out.update({f"stock.{k}": v for k, v in self._stock.to_dict().items()})
        out.update({f"rows.{name}": part for name, part in rows.parts().items()})
        return out

    @classmethod
    def restored(cls, state: dict[str, Any]) -> Self:
        """A settled snapshot from the parts ``state`` gave (arrays may be memory-mapped)."""
        meta = state["meta"]
        plan, cells = meta["plan"], meta["cells"]
        frame = pl.DataFrame([state["id"].alias("_id"), state["price"].alias("_price")])
        snap = cls(frame, plan, cells, meta["currency"], meta["categories"], meta["unusable"])
        for prefix, parts in (
            ("derived", snap._derived), ("rank", snap._ranks), ("coded", snap._coded),
            ("short", snap._short),
        ):  # fmt: skip
            start = len(prefix) + 1
            parts.update({k[start:]: v for k, v in state.items() if k.startswith(prefix + ".")})
        index: list[WordIndex | NumberIndex] = []
        for n, height in enumerate(meta["heights"]):
            rows = state[f"index{n}.rows"]
            if f"index{n}.values" in state:
                lengths, values = state[f"index{n}.lengths"], state[f"index{n}.values"]
                index.append(NumberIndex(lengths, values, rows, height))
            else:
                words, starts = state[f"index{n}.words"], state.get(f"index{n}.starts")
                index.append(WordIndex(words, starts, rows, height))
        snap._codes = PartNumbers.from_arrays(state["codes.starts"], state["codes.buf"])
        snap._index = (index[0], index[1])
        delimiter, quoting, encoding = meta["rows_read"]
        snap._blocks = RowBlocks.reopened(
            state["rows.blocks"], state["rows.block_starts"], state["rows.starts"],
            state["rows.records"], delimiter=delimiter, quoting=quoting, cells=cells,
            whole=meta["rows_whole"], encoding=encoding,
        )  # fmt: skip
        if "stock.stock" in state:
            columns = ("stock", "in_stock", "eta", "warehouse")
            snap._stock = pl.DataFrame([state[f"stock.{k}"].alias(k) for k in columns])
        snap._vendors, snap._tree = meta["vendors"], meta["tree"]
        snap.settled = True
        return snap
