"""A snapshot's derived columns: filter columns, sort ranks, vendors and the category tree.

Each is derived from the mapped cells on first use (``settle`` derives them all while the
cells are still columns; later a missing one reads every row back), under a lock of its own,
so a reader waits only for the item it needs. Ranks give each row its place in a sort key's
order (NULL first, ties by id), so a sort of any view is a gather and an ``arg_sort``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np
import polars as pl

from .categories import CategoryIndex, CategoryNode
from .detect import ImportPlan
from .priority import InFlight
from .row_blocks import RowBlocks
from .search_text import text_cell
from .side_files import CategoryTable
from .values import date_values, price_values, quantity_values

__all__ = ["CELL", "SnapshotColumns", "rank_of"]

#: joins a row's cells once the snapshot has settled (a unit separator is never in a price file)
CELL = "\x1f"
c = pl.col
#: ``settle``'s name for the in-stock flag's column among the mapped fields
_FLAG = "in_stock_flag"
#: rows a rank's inverse permutation places at once (``_places``)
_SCATTERED = 1 << 17


class SnapshotColumns:
    """The derived-column half of ``snapshot.Snapshot`` (which sets these attributes)."""

    frame: pl.DataFrame
    plan: ImportPlan
    _cells: list[int]
    _slot: dict[int, int]
    _categories: CategoryTable | None
    _blocks: RowBlocks | None
    _derived: dict[str, pl.Series]
    #: stock and ETA as ``keys`` parsed them, until ``settle`` has derived from them
    _parsed: dict[str, pl.Series]
    _ranks: dict[str, pl.Series]
    _coded: dict[str, pl.Series]
    _vendors: list[tuple[str, int]] | None
    _tree: tuple[list[CategoryNode], dict[str, list[int]]] | None
    _lock: threading.Lock
    _locks: dict[str, threading.Lock]
    _queries: InFlight

    def _cells_frame(self) -> pl.DataFrame:
        """A frame with the cells (as columns, or joined in ``_row`` once settled) to derive
        from; after ``settle`` this reads every row back (seconds at a million; ``settle``
        derives every key first, so only a failed derivation comes here)."""
        frame = self.frame
        if any(f"c{i}" in frame.columns for i in self._cells):  # (``settle`` drops a cell
            return frame  # only once everything derived from it is built)
        assert self._blocks is not None
        return frame.hstack([self._blocks.series(CELL)])

    # --- derived columns (first use) -----------------------------------------------------

    def _cell(self, field: str, n: int, frame: pl.DataFrame) -> pl.Expr:
        """One mapped cell, stripped, as an expression over ``frame`` (see ``_cells_frame``)."""
        ix = self.plan.columns.columns.get(field, ())
        if len(ix) <= n:
            return pl.lit("")
        return self._raw(ix[n], frame).str.strip_chars()

    def _raw(self, index: int, frame: pl.DataFrame) -> pl.Expr:
        if f"c{index}" in frame.columns:
            return text_cell(index)
        cell = rf"^(?:[^\x1f]*\x1f){{{self._slot[index]}}}([^\x1f]*)"
        return c("_row").str.extract(cell, 1).fill_null("")

    def _key_lock(self, key: str) -> threading.Lock:
        """One lock per derived item: a reader waits only for the item it needs, never for
        ``settle`` working on another one."""
        with self._lock:
            return self._locks.setdefault(key, threading.Lock())

    def _column(self, name: str) -> pl.Series:
        """A compact filter column (vendor as categories, stock, in-stock flag), built once."""
        found = self._derived.get(name)
        if found is None:
            with self._key_lock(name):
                found = self._derived.get(name)
                if found is None:
                    frame = self._cells_frame()
                    derived = self._derive(name, frame).alias("_x")
                    found = frame.select("_id", derived).get_column("_x")  # literals broadcast
                    if name == "vendor":
                        found = found.cast(pl.Categorical)
                    self._derived[name] = found
        return found

    def _derive(self, name: str, frame: pl.DataFrame) -> pl.Expr:
        """An expression for a sort or filter key over ``frame`` (cells or joined rows)."""
        parsed = self._parsed.get(name)  # (``keys`` parsed it: the same rows)
        if parsed is not None and parsed.len() == frame.height:
            return pl.lit(parsed)
        cols = self.plan.columns

        def cell(field: str) -> pl.Expr:
            return self._cell(field, 0, frame)

        def raw(index: int) -> pl.Expr:
            return self._raw(index, frame)

        if name == "customer_price":
            return c("_price")
        if name == "retail_price":
            if not cols.has("retail_price"):
                return pl.lit(None, dtype=pl.Int64)
            comma = cols.decimal_comma.get("retail_price", False)
            return price_values(cell("retail_price"), comma)
        if name in ("stock", "eta") and not cols.has(name):
            return pl.lit(None, dtype=pl.Int64 if name == "stock" else pl.Date)
        if name == "stock":
            comma = cols.decimal_comma.get("customer_price", False)
            return quantity_values(cell("stock"), comma).clip(lower_bound=0)
        if name == "in_stock":
            if cols.in_stock_flag is not None:
                return raw(cols.in_stock_flag).str.strip_chars().str.to_uppercase() == "Y"
            return self._derive("stock", frame).fill_null(0) > 0
        if name == "eta":
            return date_values(cell("eta"), cols.month_first)
        if name == "description":
            parts = [raw(i) for i in cols.columns.get("description", ())]
            expr = pl.concat_str(parts, separator=" ") if parts else pl.lit("")
            return expr.str.strip_chars().str.to_lowercase()
        if name in ("vendor", "sku", "vpn"):
            return cell(name).str.to_lowercase()
        if name == "category":
            return cell("category_code")
        if name == "currency":
            return cell("currency").str.to_uppercase()
        if name == "ean":
            eans = [raw(i).str.strip_chars().replace("", None) for i in cols.columns.get("ean", ())]
            return pl.coalesce(eans).fill_null("") if eans else pl.lit("")
        if name == "status":
            return cell("status")
        raise ValueError(f"unknown column {name!r}")

    def _rank(self, key: str, *, every_core: bool = True) -> pl.Series:
        """Each row's place in the store's order for ``key`` (NULL first, ties by id);
        ``every_core=False``: sorted on one of polars' threads (``priority``)."""
        found = self._ranks.get(key)
        if found is None and self._blocks is not None:
            small = (
                self._column(key).cast(pl.Int8).fill_null(-1)
                if key == "in_stock"
                else self._coded.get(key)
            )
            if small is not None:  # rows are in id order: a stable sort breaks ties by id
                return _places(np.argsort(small.to_numpy(), kind="stable"))
        if found is None:
            with self._key_lock(f"rank:{key}"):
                found = self._ranks.get(key)
                if found is None:
                    frame = self._cells_frame()
                    keyed = frame.select(self._derive(key, frame).alias("k"), "_id")  # (broadcast)
                    found = rank_of(keyed.get_column("k"), every_core)
                    self._ranks[key] = found
        return found

    # --- what settle derives, in order ------------------------------------------------

    def _settle_steps(self) -> list[tuple[tuple[str, ...], Callable[[], object]]]:
        """What ``settle`` derives, in order, each with the mapped fields it reads."""

        def coded(key: str) -> None:
            if key not in self._coded:  # each value's place among the few distinct ones
                frame = self._cells_frame()
                values = frame.select("_id", self._derive(key, frame).alias("v")).get_column("v")
                distinct = values.drop_nulls().unique().sort()  # (a few hundred: no row sort)
                codes = values.cast(pl.Enum(distinct)).to_physical().cast(pl.UInt32) + 1
                small = distinct.len() < 65_535
                self._coded[key] = codes.fill_null(0).cast(pl.UInt16 if small else pl.UInt32)

        def rank(key: str) -> Callable[[], object]:  # one core while searches come
            return lambda: self._rank(key, every_core=not self._queries.recent())

        return [
            (("description",), rank("description")), (("ean",), rank("ean")),
            (("vpn",), rank("vpn")), (("retail_price",), rank("retail_price")),
            (("eta",), rank("eta")), (("stock",), rank("stock")),
            (("stock", _FLAG), lambda: self._column("in_stock")),
            (("category_path", "category_code"), self.category_tree),
            (("category_code",), lambda: coded("category")),
            (("vendor",), lambda: self._column("vendor")), (("vendor",), self.vendors),
            (("vendor",), lambda: coded("vendor")), (("sku",), rank("sku")),
            (("currency",), lambda: coded("currency")), (("status",), lambda: coded("status")),
            ((), rank("customer_price")),
        ]  # fmt: skip

    def _reads(self, fields: tuple[str, ...]) -> set[int]:
        """The cell columns the mapped ``fields`` are read from (``_FLAG``: the in-stock
        flag's)."""
        cols = self.plan.columns
        found = {i for f in fields for i in cols.columns.get(f, ())}
        if _FLAG in fields and cols.in_stock_flag is not None:
            found.add(cols.in_stock_flag)
        return found

    def _drop_cells(self, keep: set[int]) -> None:
        """Drop the cell columns but ``keep``, and the record numbers (the rows' store serves
        pages by then)."""
        gone = [f"c{i}" for i in self._cells if i not in keep]
        gone = [n for n in [*gone, "_rec"] if n in self.frame.columns]
        if gone:
            self.frame = self.frame.drop(gone)

    def vendors(self) -> list[tuple[str, int]]:
        """(vendor, article count), sorted by name; spellings differing in case count as one
        (the store's vendor column is case-insensitive)."""
        if not self.plan.columns.has("vendor"):
            return []
        if self._vendors is not None:
            return self._vendors
        with self._key_lock("vendors"):
            if self._vendors is None:
                frame = self._cells_frame()
                counts = (
                    frame.select(self._cell("vendor", 0, frame).alias("v"))
                    .filter(c("v") != "")
                    .group_by(c("v").str.to_lowercase().alias("k"), maintain_order=True)
                    .agg(c("v").first(), pl.len())
                )
                self._vendors = sorted(
                    ((v, n) for _k, v, n in counts.iter_rows()),
                    key=lambda r: (r[0].lower(), r[0]),
                )
        return self._vendors

    # --- categories ----------------------------------------------------------------------

    def _category_column(self) -> pl.Series:
        self.category_tree()
        return self._derived["_cat"]

    def _category_rows(self, category: str) -> list[int]:
        self.category_tree()
        assert self._tree is not None
        return self._tree[1].get(category.strip(), [])

    def category_tree(self) -> list[CategoryNode]:
        """Top-level nodes with children and subtree counts (empty categories left out)."""
        if self._tree is not None:
            return self._tree[0]
        with self._key_lock("tree"):
            if self._tree is not None:
                return self._tree[0]
            frame = self._cells_frame()
            cols = self.plan.columns.columns
            cells = [*cols.get("category_path", ()), *cols.get("category_code", ())[:1]]
            # grouped as stored (categories on their codes), each row's group scattered from
            # the groups' rows: stripping a million cells and joining them back cost ~0.3 s
            keys = [
                (c(f"c{i}") if f"c{i}" in frame.columns else self._raw(i, frame)).alias(f"k{n}")
                for n, i in enumerate(cells)
            ] or [pl.lit("").alias("k0")]  # (no category column: one group)
            keyed = frame.select(pl.int_range(pl.len(), dtype=pl.UInt32).alias("_at"), *keys)
            combos = keyed.group_by(keyed.columns[1:]).agg("_at", pl.len())
            names = combos.select(
                c(k).cast(pl.String).fill_null("").str.strip_chars() for k in keyed.columns[1:]
            )
            has_code = bool(cols.get("category_code"))
            index = CategoryIndex(self._categories)
            node_of: list[int | None] = []
            for *path, code in (r if has_code else (*r, "") for r in names.iter_rows()):
                node_of.append(index.id_for([x for x in path if x], code))
            group = np.empty(frame.height, dtype=np.uint32)
            sizes = combos.get_column("len").to_numpy()
            at = combos.get_column("_at").explode().to_numpy()
            group[at] = np.repeat(np.arange(combos.height, dtype=np.uint32), sizes)
            self._derived["_cat"] = pl.Series(node_of, dtype=pl.UInt32).gather(group)
            direct: dict[int, int] = {}
            for node, count in zip(node_of, combos.get_column("len").to_list(), strict=True):
                if node is not None:
                    direct[node] = direct.get(node, 0) + count
            self._tree = _tree(index, direct)
            return self._tree[0]


def _tree(
    index: CategoryIndex, direct: dict[int, int]
) -> tuple[list[CategoryNode], dict[str, list[int]]]:
    """Nodes with subtree counts, and path/code → the node ids of that subtree."""
    parents = {n[0]: n[1] for n in index.nodes}
    totals = index.subtree_totals(direct)
    nodes = {
        n[0]: CategoryNode(n[0], n[2], n[3], n[4], totals[n[0]])
        for n in sorted(index.nodes, key=lambda n: n[3])
        if totals.get(n[0])
    }
    roots: list[CategoryNode] = []
    for node in nodes.values():
        parent = nodes.get(parents.get(node.id) or 0)
        (parent.children if parent is not None else roots).append(node)
    subtree: dict[str, list[int]] = {}

    def collect(node: CategoryNode) -> list[int]:
        ids = [node.id]
        for child in node.children:
            ids += collect(child)
        for key in (node.path, node.code):
            if key:
                subtree.setdefault(key, []).extend(ids)
        return ids

    for root in roots:
        collect(root)
    return roots, subtree


def rank_of(values: pl.Series, every_core: bool = True) -> pl.Series:
    """Each row's place when ordered by ``values`` (NULL first, ties by id: rows are in id
    order), as ``_rank``. Numbers and dates by polars' ordinal rank (ties in row order, no
    scatter: ~0.1 s a key less at a million rows); text by a sort on (value, row), which
    polars does faster than a one-key sort of strings; ``every_core=False``: on one
    of polars' threads (``priority``)."""
    if values.dtype.is_numeric() or values.dtype.is_temporal() or values.dtype == pl.Null:
        nulls = values.null_count()
        ranked = values.rank("ordinal").cast(pl.UInt32)  # 1.. among the values, NULL: null
        if not nulls:
            return ranked - 1
        null = values.is_null()  # NULLs first, in row order
        return (ranked + (nulls - 1)).zip_with(~null, null.cast(pl.UInt32).cum_sum() - 1)
    keyed = pl.DataFrame({"k": values}).with_row_index("at")
    return _places(keyed.sort(["k", "at"], multithreaded=every_core).get_column("at").to_numpy())


def _places(order: np.ndarray) -> pl.Series:
    """Each row's place in ``order`` (row positions in sorted order): the inverse permutation,
    one scatter (a second sort, ``arg_sort``, cost 0.1-0.4 s a key at a million rows)."""
    rank = np.empty(len(order), dtype=np.uint32)
    # a part at a time: numpy holds the GIL through a scatter (~50 ms at a million rows, the
    # searches and page reads beside it waiting); between parts it can change hands
    for at in range(0, len(order), _SCATTERED):
        part = order[at : at + _SCATTERED]
        rank[part] = np.arange(at, at + len(part), dtype=np.uint32)
    return pl.Series(rank)
