"""Stage 1 of an import: the price file read by polars into columns that answer searches at once.

Why it exists: the SQLite+FTS5 store (stage 2) needs about a minute for a million rows, polars
reads the same file in under a second. The snapshot keeps the mapped cells as text plus three
derived search columns (words, part numbers, EAN), answers ``CatalogueQuery`` with the matching
rules of ``fts_query`` (prefix of any word, substring of a part number, case and accents
ignored), and is dropped once stage 2 has swapped its generation in. Right after the read a
query scans those columns; once ``settle`` has indexed them (``search_index``) it looks words
up and scans only the part numbers. Display rows go through the importer's own
``RowConverter`` and its filters and sorts through ``values``, so prices, dates and statuses
read exactly as they will from the store.

Files in another encoding (cp1252, latin-1, UTF-16) are re-encoded to UTF-8 in memory in one
streaming pass first (``_as_utf8``), so every encoding takes this path; ``SnapshotUnsupported``
means a file polars cannot read at all. Where the file is odd the snapshot is looser than
stage 2 — a row with the wrong number of columns is padded, not skipped — and stage 2's
report is the one that counts.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import sqlite3
import string
import threading
from array import array
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from ingram_desk.domain.product import Product

from .categories import CategoryIndex, CategoryNode
from .detect import ImportPlan, plan_import
from .file_rows import FileRows, line_starts
from .fts_query import MIN_SUFFIX, fold, tokens
from .id_lists import SORT_KEYS
from .layouts import ColumnMap, UserMapping
from .problems import record_problems
from .report import ImportReport
from .row_blocks import RowBlocks
from .rows import ROW_FIELDS, RowConverter, RowError
from .runaway import check_snapshot
from .schema import connect, ensure_base
from .search_index import SCATTERED_ROWS, NumberIndex, PartNumbers, WordIndex, per_core
from .side_files import CategoryTable
from .sniff import SourceFile, open_source
from .values import (
    date_values,
    price_from_stored,
    price_to_stored,
    price_values,
    quantity_values,
)

__all__ = [
    "Snapshot",
    "SnapshotCancelled",
    "SnapshotUnsupported",
    "build_snapshot",
    "snapshot_of",
]

_UTF8 = ("utf-8", "utf-8-sig")
_TRANSCODE_CHUNK = 16 << 20
_WORD_START = r"(?:^|[^\p{L}\p{N}])"
#: joins a row's cells once the snapshot has settled (a unit separator is never in a price file)
_CELL = "\x1f"
#: sort ranks ``settle`` prepares (4 MB each at 1M rows) while the cells are still columns;
#: ``in_stock`` and ``_CODED_KEYS`` are ranked on demand from a small column (~50 ms)
_SETTLED_RANKS = (
    "customer_price", "vendor", "description", "sku", "stock", "eta", "retail_price", "vpn", "ean",
)  # fmt: skip
#: few-valued keys kept as 2-byte dense codes by ``settle``
_CODED_KEYS = ("category", "currency", "status")
#: the last query's matches are kept for typing on when there are at most this many
#: (a single letter matches most of the catalogue: keeping that would cost ~20 MB)
_NARROW_KEEP = 200_000
#: a lookup compares at most this many rows whose search text holds the code
_LOOKUP_CANDIDATES = 20_000
_F = {name: i for i, name in enumerate(ROW_FIELDS)}
#: tokens whose matches ``settle`` keeps as masks (36 x 125 KB at 1M rows)
_SHORT = string.ascii_lowercase + string.digits
c = pl.col


class SnapshotUnsupported(ValueError):
    """The file cannot be read by stage 1 (encoding, container); stage 2 still imports it."""


class SnapshotCancelled(Exception):
    """``query_ids`` stopped because its cancel flag was set."""


@cache
def _fold_table() -> tuple[list[str], list[str]]:
    """Lower-case accented letters and what ``fold`` makes of them (for ``str.replace_many``)."""
    pairs = {}
    for code in range(0xC0, 0x250):
        ch = chr(code).lower()
        base = fold(ch)
        if base != ch and base.isascii():
            pairs[ch] = base
    return list(pairs), list(pairs.values())


def _folded(text: pl.Series) -> pl.Series:
    """``fts_query.fold`` for lower-cased text: only rows with non-ASCII characters are touched."""
    odd = text.str.len_bytes() != text.str.len_chars()
    if not odd.any():
        return text
    src, dst = _fold_table()
    rows = odd.arg_true()
    return text.scatter(rows, text.gather(rows).str.replace_many(src, dst))


def _scan_rule(token: str) -> str:
    """FTS rules for one folded token over ``_text``: a word of vendor, description or EAN that
    starts with it, or in a compacted part number (after the separator) a substring at its start or
    leaving at least ``MIN_SUFFIX`` characters from where it starts (the indexed suffixes)."""
    t = re.escape(token)
    tail = max(MIN_SUFFIX - len(token), 0)
    return rf"{_WORD_START}{t}|\x01(?:.* )?{t}|\x01.*{t}[^ ]{{{tail}}}"


def _search_exprs(columns: ColumnMap) -> tuple[pl.Expr, pl.Expr, pl.Expr]:
    """Over the cell columns: the words (vendor, descriptions; lower case), the compacted part
    numbers ("sku vpn") and the first EAN (lower case). Not yet accent-folded."""

    def cells(field: str) -> list[pl.Expr]:
        return [c(f"c{i}").fill_null("").str.strip_chars() for i in columns.columns.get(field, ())]

    vendor = cells("vendor")[:1] or [pl.lit("")]
    words = pl.concat_str(vendor + cells("description"), separator=" ").str.to_lowercase()
    eans = [e.replace("", None) for e in cells("ean")]
    ean = (pl.coalesce(eans).fill_null("") if eans else pl.lit("")).str.to_lowercase()
    codes = [_compact(cells(f)[0]) if cells(f) else pl.lit("") for f in ("sku", "vpn")]
    return words, pl.concat_str(codes, separator=" "), ean


#: A view in parts: polars scans one string column on one core, so each part gets its own.
View = list[pl.DataFrame]
#: the settled snapshot's word indexes: vendor and description words, EANs
Indexes = tuple[WordIndex, WordIndex | NumberIndex]


def _filter(view: View, predicate: pl.Expr) -> View:
    if len(view) == 1:
        return [view[0].filter(predicate)]
    return pl.collect_all([part.lazy().filter(predicate) for part in view])


def _match_token(view: View, token: str) -> View:
    """Rows of ``view`` matching ``token``: a literal scan first, the exact rules on survivors
    (two passes: one lazy plan would fold them into one predicate and run the regex on all)."""
    found = _filter(view, c("_text").str.contains(token, literal=True))
    return _filter(found, c("_text").str.contains(_scan_rule(token)))


def _match_chunk(view: View, chunk: str) -> View:
    """``fts_query.match_expression`` for one whitespace-separated chunk with tokens: every
    token, or (a pasted part number) the tokens run together."""
    parts = tokens(chunk)
    if len(parts) == 1:
        return _match_token(view, parts[0])
    every = view
    for token in sorted(parts, key=len, reverse=True):
        every = _match_token(every, token)
    whole = _match_token(view, "".join(parts))
    if not any(part.height for part in whole):
        return every
    ids = pl.concat([part.get_column("_id") for part in every + whole]).implode()
    return _filter(view, c("_id").is_in(ids))


def _all_of(masks: list[pl.Series]) -> pl.Series:
    mask = masks[0]
    for m in masks[1:]:
        mask = mask & m
    return mask.fill_null(False)


def _indexed(
    codes: PartNumbers,
    index: Indexes,
    short: dict[str, pl.Series],
    masks: list[pl.Series],
    chunks: list[str],
    check: Callable[[], None],
) -> pl.Series:
    """Positions of the rows passing ``masks`` and matching every chunk, in row order, on a
    settled snapshot: words and EANs from the indexes, part numbers from ``codes``."""
    allowed = _all_of(masks) if masks else None
    for chunk in sorted(chunks, key=len, reverse=True):
        check()
        matched = _indexed_chunk(codes, index, short, chunk, allowed)
        allowed = matched if allowed is None else allowed & matched
    assert allowed is not None
    return allowed.arg_true()


def _indexed_chunk(
    codes: PartNumbers,
    index: Indexes,
    short: dict[str, pl.Series],
    chunk: str,
    among: pl.Series | None,
) -> pl.Series:
    """``_match_chunk`` on the index, as a mask (exact within ``among``): every token, or the
    tokens run together, whose part-number matches all hold the longest token."""
    parts = tokens(chunk)
    first, *rest = sorted(parts, key=len, reverse=True)
    every, literal = _indexed_token(codes, index, first, _few(among), short)
    for token in rest:
        every = every & _indexed_token(codes, index, token, _few(every), short)[0]
    if rest:
        among = literal if literal is not None and literal.len() <= SCATTERED_ROWS else None
        every = every | _indexed_token(codes, index, "".join(parts), among, short)[0]
    return every


def _few(mask: pl.Series | None) -> pl.Series | None:
    """The positions ``mask`` keeps when few enough to read one by one (``None``: read all)."""
    if mask is None or mask.sum() > SCATTERED_ROWS:
        return None
    return mask.arg_true()


def _indexed_token(
    codes: PartNumbers,
    index: Indexes,
    token: str,
    among: pl.Series | None,
    short: dict[str, pl.Series],
) -> tuple[pl.Series, pl.Series | None]:
    """(a mask of the rows matching ``token``, exact for the rows ``among`` (default: all);
    the positions whose part numbers hold it literally, among them — ``None`` when the mask
    comes from ``short``, whose tokens part numbers hold too often to list)."""
    if (known := short.get(token)) is not None:
        return known, None
    literal, hits = codes.search(token, max(MIN_SUFFIX - len(token), 0), among)
    mask = pl.repeat(False, codes.rows, eager=True, dtype=pl.Boolean).scatter(hits, True)
    for words in index:
        mask = mask.scatter(words.rows_with_prefix(token), True)
    return mask, literal


def _as_utf8(source: SourceFile, encoding: str) -> io.BytesIO:
    """The file re-encoded to UTF-8, read and converted 16 MB at a time (a byte the encoding
    does not define becomes U+FFFD, as the loader reads it after reporting it)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    out = io.BytesIO()
    first = True
    with source.open_binary() as f:
        while True:
            chunk = f.read(_TRANSCODE_CHUNK)
            text = decoder.decode(chunk, final=not chunk)
            if first and text:
                text, first = text.removeprefix("\ufeff"), False
            out.write(text.encode("utf-8"))
            if not chunk:
                break
    out.seek(0)
    return out


def _compact(cell: pl.Expr) -> pl.Expr:
    return cell.str.to_lowercase().str.replace_all(r"[^\p{L}\p{N}]+", "")


def build_snapshot(
    source: SourceFile,
    plan: ImportPlan,
    *,
    currency: str = "EUR",
    categories: CategoryTable | None = None,
    report: ImportReport | None = None,
) -> Snapshot:
    """Read ``source`` as ``plan`` says into a ``Snapshot``. Blocking (polars uses every core).
    With ``report``, each skipped row and each value left empty is reported with its line
    (``problems``).

    Raises ``SnapshotUnsupported`` for files stage 1 cannot read.
    """
    cols = plan.columns
    wanted = sorted(
        {i for ix in cols.columns.values() for i in ix}
        | {i for i in (cols.in_stock_flag, cols.action) if i is not None}
    )
    data: Any = source.path
    in_place = source.member is None and plan.encoding in _UTF8  # rows read back by offset
    if plan.encoding not in _UTF8:
        try:
            data = _as_utf8(source, plan.encoding)
        except (OSError, LookupError) as exc:
            raise SnapshotUnsupported(f"stage 1 cannot read the file: {exc}") from None
    elif source.member is not None:
        with source.open_binary() as f:
            data = f.read()
    try:
        frame = pl.read_csv(
            data,
            has_header=False,
            skip_rows=1 if plan.has_header else 0,
            separator=plan.delimiter,
            quote_char=None if plan.quoting == csv.QUOTE_NONE else '"',
            columns=wanted,
            infer_schema=False,
            encoding="utf8-lossy",
            truncate_ragged_lines=True,
            empty_string_is_null=False,
            raise_if_empty=False,
        )
    except (pl.exceptions.PolarsError, OSError, ValueError) as exc:
        check_snapshot(source, plan, 0, data if isinstance(data, bytes) else None)  # a quote?
        raise SnapshotUnsupported(f"stage 1 cannot read the file: {exc}") from None
    # a runaway quote or a sea of blank lines is refused as the store importer refuses it
    in_memory = data if isinstance(data, bytes) else None
    check_snapshot(source, plan, frame.height + plan.has_header, in_memory)
    if frame.width != len(wanted):
        raise SnapshotUnsupported(f"stage 1 read {frame.width} of {len(wanted)} columns")
    frame = frame.rename(dict(zip(frame.columns, [f"c{i}" for i in wanted], strict=True)))

    def cell(field: str, n: int = 0) -> pl.Expr:
        ix = cols.columns.get(field, ())
        return c(f"c{ix[n]}").fill_null("") if len(ix) > n else pl.lit("")

    frame = frame.with_columns(
        cell("sku").str.strip_chars().alias("_sku"),
        price_values(cell("customer_price"), cols.decimal_comma.get("customer_price", False)).alias(
            "_price"
        ),
    )
    read = frame.height
    frame = frame.with_row_index("_rec")
    if report is not None:
        record_problems(frame, plan, wanted, report)
    frame = frame.filter((c("_sku") != "") & c("_price").is_not_null())
    unusable = read - frame.height
    frame = frame.with_row_index("_id", offset=1)  # ids as the store numbers its rows
    # duplicate SKUs (compared case-insensitively, like the store): the last row wins
    key = c("_sku")
    if frame.select(key.str.contains(r"\p{Ll}").any()).item():
        key = key.str.to_lowercase()  # only then: lower-casing a million SKUs costs 0.1 s
    if frame.select(key.n_unique()).item() < frame.height:
        frame = frame.unique(subset=key, keep="last", maintain_order=True)
    words, codes, ean = _search_exprs(cols)
    cells = [f"c{i}" for i in wanted]
    frame = frame.select(
        pl.concat_str([pl.concat_str([words, ean], separator=" "), codes], separator="\x01").alias(
            "_text"
        ),
        "_id",
        "_price",
        "_rec",
        *[c(n).fill_null("") for n in cells],
    )
    frame = frame.with_columns(_folded(frame.get_column("_text")))
    lines = read + plan.has_header if in_place else None
    return Snapshot(frame, plan, wanted, currency, categories, unusable, file=(source.path, lines))


def snapshot_of(
    price_file: Path,
    *,
    mappings_from: Path | None = None,
    mapping: UserMapping | None = None,
    category_file: Path | None = None,
    currency: str = "EUR",
) -> Snapshot:
    """Plan and read ``price_file`` in one call (remembered mappings come from the store at
    ``mappings_from``). Raises what planning raises (``MappingRequired``…) and
    ``SnapshotUnsupported``."""
    from .side_files import read_categories

    source = open_source(Path(price_file))
    conn = sqlite3.connect(":memory:") if mappings_from is None else connect(Path(mappings_from))
    try:
        if mappings_from is None:
            ensure_base(conn)
        plan = plan_import(conn, source, mapping)
    finally:
        conn.close()
    categories = read_categories(Path(category_file), ImportReport()) if category_file else None
    return build_snapshot(source, plan, currency=currency, categories=categories)


class Snapshot:
    """The searchable stage-1 catalogue; row ids number the usable rows as the store does.

    Per row it keeps the folded search columns, the customer price and the mapped cells.
    Right after the read the cells are columns (searchable at once); ``settle()`` then indexes
    the words, derives the filter columns and the ranks of every sort key, and lets the cells
    go: display rows are then read back from the price file by offset (``file_rows``) or,
    where a line may not be a record, kept compressed (``row_blocks``). Sort keys live as
    ranks (a ``UInt32`` per row), never as string columns. Readers may share it across
    threads: frames are immutable, derived data is built under a lock and the frame is
    swapped whole.
    """

    def __init__(
        self,
        frame: pl.DataFrame,
        plan: ImportPlan,
        cells: list[int],
        currency: str,
        categories: CategoryTable | None,
        unusable: int,
        *,
        file: tuple[Path | None, int | None] = (None, None),
    ) -> None:
        self.frame = frame
        #: the price file and its line count (header included) where rows may be read back
        #: from it once settled (``None``: from the compressed cells)
        self._file = file
        self.plan = plan
        self.rows_unusable = unusable
        self._cells = cells
        self._slot = {index: n for n, index in enumerate(cells)}
        self._categories = categories
        self._currency = currency
        self._converter = RowConverter(plan.columns, currency, lambda _n, _r: None)
        self._width = max(plan.columns.max_columns, max(cells) + 1)
        ids = frame.get_column("_id")
        self._dense = frame.height == 0 or ids[-1] == frame.height
        self._derived: dict[str, pl.Series] = {}
        #: made by ``settle``: the indexes first, the rows' store (file or compressed) last
        #: (then the frame loses ``_text`` and the cells)
        self._index: Indexes | None = None
        self._codes: PartNumbers | None = None
        #: one-character tokens → the rows they match (each matches much of the catalogue)
        self._short: dict[str, pl.Series] = {}
        self._blocks: RowBlocks | FileRows | None = None
        self._vendors: list[tuple[str, int]] | None = None
        self._ranks: dict[str, pl.Series] = {}
        #: few-valued sort keys as small dense codes (NULL 0), ranked from them on demand
        self._coded: dict[str, pl.Series] = {}
        #: (filters, chunks, matching parts) of the last text query, for typing on
        self._last: tuple[tuple, tuple[str, ...], View] | None = None
        self.narrowed_queries = 0
        self._tree: tuple[list[CategoryNode], dict[str, list[int]]] | None = None
        #: stock, in_stock, eta, warehouse per row once a stock file was applied (``apply_stock``)
        self._stock: pl.DataFrame | None = None
        self._lock = threading.Lock()  # guards ``_locks`` only
        self._locks: dict[str, threading.Lock] = {}
        self.settled = False

    @property
    def row_count(self) -> int:
        return self.frame.height

    def settle(self) -> None:
        """Index the words (text queries use the index from then on), derive filters, vendors,
        the category tree and the sort ranks, and let the cells go; the frame then
        keeps ids and prices only. Run it in the background once the snapshot
        serves: about ten seconds at a million rows, the index within the first three."""
        with self._key_lock("_index"):
            if self._index is None:
                exprs = _search_exprs(self.plan.columns)
                found = self._cells_frame().select(e.alias(f"s{n}") for n, e in enumerate(exprs))
                words, codes, ean = (_folded(column) for column in found.iter_columns())
                self._codes = PartNumbers(codes)
                self._index = (  # assigned last: a query takes the index path once it is set
                    WordIndex.build(words),
                    NumberIndex.build(ean) or WordIndex.build(ean),
                )
                # no query scans the search text from now on (~100 MB at 1M rows); a reader
                # holding the old frame keeps its own reference
                self.frame = self.frame.drop("_text")
                self._last = None
        if not self._short:  # "n" matches half of the rows: ~0.1 s each, so once and for all
            codes, index = self._codes, self._index
            assert codes is not None and index is not None
            self._short = {t: _indexed_token(codes, index, t, None, {})[0] for t in _SHORT}
        for name in ("vendor", "in_stock"):
            self._column(name)
        self.category_tree()
        self.vendors()
        for key in _SETTLED_RANKS:
            self._rank(key)
        for key in _CODED_KEYS:
            if key not in self._coded:
                frame = self._cells_frame()
                dense = self._derive(key, frame).rank("dense").fill_null(0).alias("r")
                codes = frame.select("_id", dense).get_column("r")  # literals broadcast
                small = (codes.max() or 0) < 65_536
                self._coded[key] = codes.cast(pl.UInt16 if small else pl.UInt32)
        with self._key_lock("_settle"):
            if self.settled:
                return
            frame = self.frame
            names = [f"c{i}" for i in self._cells]
            joined = pl.concat_str(
                [c(n).fill_null("").str.strip_chars() for n in names], separator=_CELL
            ).alias("_row")
            rows = self._file_rows(frame, joined)
            if rows is None:  # compressed in memory instead
                rows = RowBlocks()
                step = 100_000  # slice by slice: the temporaries of one slice, not of all rows
                for start in range(0, frame.height, step):
                    rows.extend(frame.slice(start, step).select(joined).get_column("_row"))
                rows.close()
            self._blocks = rows
            # one assignment: a reader holding the old frame still reads consistent rows
            self.frame = frame.select("_id", "_price")
            self._last = None  # its views hold the old frame's text
            self.settled = True

    def keys(self) -> pl.DataFrame:
        """Per row: SKU, price, stock and in-stock flag — what the change summary joins on
        (take it before ``settle``: afterwards it reads every row back)."""
        frame = self._cells_frame()
        return frame.select(
            self._cell("sku", 0, frame).alias("sku"), c("_price").alias("price"),
            self._derive("stock", frame).alias("stock"),
            self._derive("in_stock", frame).fill_null(False).alias("in_stock"),
            self._derive("eta", frame).alias("eta"), pl.lit(None, pl.String).alias("warehouse"),
            pl.lit(False).alias("stocked"),  # set where a stock file gave the values
        )  # fmt: skip

    def apply_stock(self, keys: pl.DataFrame) -> None:
        """Serve stock, in-stock flag, ETA and warehouse from ``keys`` (``keys()`` with a stock
        file applied, same rows in the same order) instead of the rows' own cells."""
        stock = keys.select("stock", "in_stock", "eta", "warehouse")
        ids = self.frame.get_column("_id")
        self._derived["in_stock"] = stock.get_column("in_stock")
        for key in ("stock", "eta"):
            self._ranks[key] = _rank_of(stock.get_column(key), ids)
        self._stock = stock
        self._last = None

    def state(self) -> dict[str, Any]:
        """Everything the settled snapshot answers from, as flat named parts: polars Series,
        numpy arrays, ``rows.file`` (the file rows are read back from) and ``meta`` (small
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
                "vendors": self._vendors, "tree": self._tree, "rows": rows.rows,
                "heights": [part.height for part in index],
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
        if isinstance(rows, FileRows):
            out["rows.file"], out["rows.offsets"] = rows.parts()
        else:
            out["rows.blocks"], out["rows.block_starts"] = rows.packed()
        return out

    @classmethod
    def restored(cls, state: dict[str, Any]) -> Snapshot:
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
        if "rows.file" in state:
            snap._blocks = FileRows(
                state["rows.file"], state["rows.offsets"], delimiter=plan.delimiter,
                quoting=plan.quoting, cells=cells, separator=_CELL,
            )  # fmt: skip
        else:
            blocks, starts = state["rows.blocks"], state["rows.block_starts"]
            snap._blocks = RowBlocks.from_packed(blocks, starts, meta["rows"])
        if "stock.stock" in state:
            columns = ("stock", "in_stock", "eta", "warehouse")
            snap._stock = pl.DataFrame([state[f"stock.{k}"].alias(k) for k in columns])
        snap._vendors, snap._tree = meta["vendors"], meta["tree"]
        snap.settled = True
        return snap

    def _file_rows(self, frame: pl.DataFrame, joined: pl.Expr) -> FileRows | None:
        """The rows as lines of the price file, where each line is one record and a sample
        of rows reads back exactly as the cells polars read (``file_rows``); else ``None``."""
        path, lines = self._file
        if path is None or lines is None or frame.height == 0:
            return None
        try:
            starts = line_starts(path, lines, quotes_matter=self.plan.quoting != csv.QUOTE_NONE)
            if starts is None:
                return None
            records = frame.get_column("_rec").to_numpy() + int(self.plan.has_header)
            rows = FileRows(
                path, starts[records], delimiter=self.plan.delimiter,
                quoting=self.plan.quoting, cells=self._cells, separator=_CELL,
            )  # fmt: skip
        except OSError:
            return None
        n = frame.height
        sample = sorted({0, n - 1, *np.random.default_rng(n).integers(0, n, 500).tolist()})
        expected = frame[sample].select(joined).get_column("_row").to_list()
        if rows.get(sample) != expected:
            rows.close()
            return None
        return rows

    def _cells_frame(self) -> pl.DataFrame:
        """A frame with the cells (as columns, or joined in ``_row`` once settled) to derive
        from; after ``settle`` this reads every row back (seconds at a million; ``settle``
        derives every key first, so only a failed derivation comes here)."""
        frame = self.frame
        if f"c{self._cells[0]}" in frame.columns:
            return frame
        assert self._blocks is not None
        return frame.hstack([self._blocks.series()])

    def _positions(self, ids: pl.Series) -> pl.Series:
        """Row positions of ``ids`` (null for ids not in the snapshot). Ids equal positions + 1
        unless duplicate SKUs left gaps; then a binary search over the sorted id column.
        Series operations only: page reads call it from the GUI's request and must never
        queue behind a search or ``settle`` on polars' thread pool."""
        ids = ids.cast(pl.Int64)
        n = self.row_count
        missing = pl.Series([None] * len(ids), dtype=pl.Int64)
        if self._dense:
            return (ids - 1).zip_with((ids >= 1) & (ids <= n), missing)
        column = self.frame.get_column("_id")
        at = column.search_sorted(ids).cast(pl.Int64).clip(upper_bound=n - 1)
        return at.zip_with(column.gather(at).cast(pl.Int64) == ids, missing)

    # --- derived columns (first use) -----------------------------------------------------

    def _cell(self, field: str, n: int, frame: pl.DataFrame) -> pl.Expr:
        """One mapped cell, stripped, as an expression over ``frame`` (see ``_cells_frame``)."""
        ix = self.plan.columns.columns.get(field, ())
        if len(ix) <= n:
            return pl.lit("")
        return self._raw(ix[n], frame).str.strip_chars()

    def _raw(self, index: int, frame: pl.DataFrame) -> pl.Expr:
        if f"c{index}" in frame.columns:
            return c(f"c{index}").fill_null("")
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

    def _rank(self, key: str) -> pl.Series:
        """Each row's place in the store's order for ``key`` (NULL first, ties by id)."""
        found = self._ranks.get(key)
        if found is None and self._blocks is not None:
            small = (
                self._column(key).cast(pl.Int8).fill_null(-1)
                if key == "in_stock"
                else self._coded.get(key)
            )
            if small is not None:  # rows are in id order: a stable sort breaks ties by id
                order = np.argsort(small.to_numpy(), kind="stable")
                rank = np.empty(len(order), dtype=np.uint32)
                rank[order] = np.arange(len(order), dtype=np.uint32)
                return pl.Series(rank)
        if found is None:
            with self._key_lock(f"rank:{key}"):
                found = self._ranks.get(key)
                if found is None:
                    frame = self._cells_frame()
                    keyed = frame.select(self._derive(key, frame).alias("k"), "_id")
                    order = keyed.with_row_index("at").sort(["k", "_id"]).get_column("at")
                    found = pl.Series(order.arg_sort(), dtype=pl.UInt32)
                    self._ranks[key] = found
        return found

    # --- queries -------------------------------------------------------------------------

    def query_ids(self, query: Any, cancel: threading.Event | None = None) -> array:
        """The ordered row ids of a ``CatalogueQuery`` view (see ``store.CatalogueStore``).

        Raises ``SnapshotCancelled`` when ``cancel`` is set while it runs."""
        if query.sort_key not in SORT_KEYS:
            raise ValueError(f"unknown sort key {query.sort_key!r}")

        def check() -> None:
            if cancel is not None and cancel.is_set():
                raise SnapshotCancelled()

        check()
        chunks = [ch for ch in query.text.split() if tokens(ch)]
        base = (
            query.vendor.strip().lower() if query.vendor else None,
            query.category.strip() if query.category else None,
            bool(query.in_stock), query.price_min, query.price_max,
        )  # fmt: skip
        frame = self.frame
        index, codes = self._index, self._codes  # ``_codes`` is set before ``_index``
        if index is not None and codes is not None:  # the index serves (same rows, same order)
            self._last = None
            masks = self._masks(query, frame)
            if not masks and not chunks:
                return self._all_sorted(query.sort_key, query.descending)
            at = _indexed(codes, index, self._short, masks, chunks, check)
            found = frame.get_column("_id").gather(at)
        else:
            parts = self._narrowing(base, chunks)
            if parts is None:
                masks = self._masks(query, frame)
                if not masks and not chunks:
                    return self._all_sorted(query.sort_key, query.descending)
                view = frame.select("_id", "_text")
                if masks:
                    view = view.filter(_all_of(masks))
                parts = per_core(view, min_rows=20_000)
            for chunk in sorted(chunks, key=len, reverse=True):
                check()
                parts = _match_chunk(parts, chunk)  # each chunk scans the last one's survivors
            if sum(part.height for part in parts) <= _NARROW_KEEP:  # a tuple: swapped atomically
                self._last = (base, tuple(chunks), parts)
            else:
                self._last = None
            found = pl.concat([part.get_column("_id") for part in parts])
            at = self._positions(found)
        check()
        if query.sort_key != "row":
            found = found.gather(self._rank(query.sort_key).gather(at).arg_sort())
        if query.descending:
            found = found.reverse()
        return _to_array(found)

    def _masks(self, query: Any, frame: pl.DataFrame) -> list[pl.Series]:
        masks: list[pl.Series] = []
        if query.vendor:
            masks.append(self._column("vendor") == query.vendor.strip().lower())
        if query.in_stock:
            masks.append(self._column("in_stock"))
        prices = frame.get_column("_price")
        if query.price_min is not None:
            masks.append(prices >= price_to_stored(query.price_min))
        if query.price_max is not None:
            masks.append(prices <= price_to_stored(query.price_max))
        if query.category:
            wanted = pl.Series(self._category_rows(query.category), dtype=pl.UInt32)
            masks.append(self._category_column().is_in(wanted.implode()))
        return masks

    def _narrowing(self, base: tuple, chunks: list[str]) -> View | None:
        """The last query's matches when this one can only narrow them — same filters, and
        each earlier chunk extended (typing on): every rule is a prefix or substring match, so
        an extended word matches a subset. ``None``: start from the whole catalogue."""
        last = self._last  # never under ``_lock``: settle holds it for seconds
        if last is None or last[0] != base or not chunks or len(chunks) < len(last[1]):
            return None
        if not all(new.startswith(old) for old, new in zip(last[1], chunks, strict=False)):
            return None
        self.narrowed_queries += 1
        return last[2]

    def _all_sorted(self, key: str, descending: bool) -> array:
        if key == "row":
            out = _to_array(self.frame.get_column("_id"))
        else:
            ids = self.frame.get_column("_id").gather(self._rank(key).arg_sort())
            out = _to_array(ids)
        if descending:
            out.reverse()
        return out

    def read_rows(self, ids: array | Sequence[int]) -> list[Product]:
        """The products for ``ids`` in the same order (unknown ids are left out); Series-level
        work only, like ``_positions`` (the GUI waits for pages)."""
        frame = self.frame
        asked = pl.Series(list(ids), dtype=pl.Int64)
        at = self._positions(asked)
        known = at.is_not_null()
        wanted, at = asked.filter(known).to_list(), at.filter(known)
        if not wanted:
            return []
        if f"c{self._cells[0]}" in frame.columns:
            cells = [frame.get_column(f"c{i}").gather(at).to_list() for i in self._cells]
            rows = [list(r) for r in zip(*cells, strict=True)]
        else:  # settled: ``_blocks`` was set before the frame lost its cells
            assert self._blocks is not None
            rows = [r.split(_CELL) for r in self._blocks.get(at.to_list())]
        header = self.plan.columns.header
        full: list[list[str]] = []
        raws: list[dict[str, str]] = []
        for values in rows:
            row = [""] * self._width
            for i, value in zip(self._cells, values, strict=False):
                row[i] = value or ""
            raws.append(
                {header[i] if i < len(header) else f"col{i + 1}": row[i] for i in self._cells}
            )
            full.append(row)
        out: list[Product] = []
        converted = self._converter.convert(full, wanted)
        stock = self._stock
        now = stock[at.to_list()].iter_rows() if stock is not None else iter(())
        for row_id, c, raw in zip(wanted, converted, raws, strict=True):
            found = next(now, None)
            if isinstance(c, RowError):  # one it still refuses (filtered at build) is hidden
                continue
            product = self._product(row_id, c, raw)
            if found is not None:  # a stock file applied: its values, not the row's cells
                qty, flag, eta, warehouse = found
                product = replace(
                    product, stock=qty, in_stock=flag, eta=eta, stock_warehouse=warehouse or ""
                )
            out.append(product)
        return out

    def _product(self, row_id: int, r: tuple, raw: dict[str, str]) -> Product:
        names, code = r[_F["category_names"]], r[_F["category_code"]]
        if not names and code:  # as the store's category index names it
            names = (self._categories.path(code) if self._categories else ()) or (code,)
        return Product(
            row_id=row_id, sku=r[_F["sku"]], vpn=r[_F["vpn"]], ean=r[_F["ean"]],
            vendor=r[_F["vendor"]], description=r[_F["description"]], category_code=code,
            category_path=tuple(names),
            customer_price=price_from_stored(r[_F["customer_price"]]),
            retail_price=price_from_stored(r[_F["retail_price"]]), currency=r[_F["currency"]],
            stock=r[_F["stock"]], in_stock=bool(r[_F["in_stock"]]),
            eta=_date(r[_F["eta"]]), status=r[_F["status"]],
            datasheet_url=r[_F["datasheet_url"]], image_url=r[_F["image_url"]],
            icecat_id=r[_F["icecat_id"]], raw=raw,
        )  # fmt: skip

    def lookup(self, code: str) -> list[Product]:
        """Exact SKU, then VPN (case-insensitive), then EAN with optional leading zeros.

        Candidates: rows whose search text holds the compacted code (or the digits), or once
        indexed, part numbers holding it and EANs starting with one of its spellings; then the
        products are compared exactly."""
        text = code.strip()
        key = "".join(tokens(text))
        if not key:
            return []
        digits = text.isdigit()
        variants = (
            {text, text.lstrip("0"), text.zfill(13), text.zfill(12), text.zfill(14)}
            if digits
            else set()
        )
        frame = self.frame
        index, codes = self._index, self._codes
        if index is None or codes is None:  # part numbers compacted and EANs are in ``_text``
            probe = (text.lstrip("0") or text) if digits else key
            at = frame.select(c("_text").str.contains(probe, literal=True)).to_series().arg_true()
        else:
            found = [codes.containing(key)]
            found += [index[1].rows_with_prefix(v) for v in variants if v]
            at = pl.concat(found).unique().sort()
        candidates = frame.get_column("_id").gather(at)
        products = [
            p
            for start in range(0, min(candidates.len(), _LOOKUP_CANDIDATES), 1000)
            for p in self.read_rows(candidates.slice(start, 1000).to_list())
        ]
        wanted = text.lower()
        hits = [p for p in products if p.sku.lower() == wanted]
        hits += [p for p in products if p.vpn.lower() == wanted]
        hits += [p for p in products if p.ean and p.ean in variants]
        return list({p.row_id: p for p in hits}.values())

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
            n_names = len(self.plan.columns.columns.get("category_path", ()))
            keys = [self._cell("category_path", n, frame).alias(f"k{n}") for n in range(n_names)]
            keys.append(self._cell("category_code", 0, frame).alias("code"))
            keyed = frame.select(keys)
            combos = keyed.group_by(keyed.columns).len()
            index = CategoryIndex(self._categories)
            node_of: list[int | None] = []
            for *names, code, _count in combos.iter_rows():
                node_of.append(index.id_for([x for x in names if x], code))
            combos = combos.with_columns(pl.Series("_cat", node_of, dtype=pl.UInt32))
            self._derived["_cat"] = keyed.join(
                combos.drop("len"), on=keyed.columns, how="left", maintain_order="left"
            ).get_column("_cat")
            direct: dict[int, int] = {}
            for node, count in zip(node_of, combos.get_column("len").to_list(), strict=True):
                if node is not None:
                    direct[node] = direct.get(node, 0) + count
            self._tree = _tree(index, direct)
            return self._tree[0]

    def report(self, source: str) -> ImportReport:
        """What the sanity gate needs: rows taken and rows lacking a SKU or price."""
        return ImportReport(
            source=source, layout=self.plan.columns.layout, encoding=self.plan.encoding,
            delimiter=self.plan.delimiter, rows_imported=self.row_count,
            rows_skipped=self.rows_unusable, rows_without_sku_or_price=self.rows_unusable,
        )  # fmt: skip


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


def _rank_of(values: pl.Series, ids: pl.Series) -> pl.Series:
    """Each row's place when ordered by ``values`` (NULL first, ties by id), as ``_rank``."""
    keyed = pl.DataFrame({"k": values, "_id": ids}).with_row_index("at")
    return pl.Series(keyed.sort(["k", "_id"]).get_column("at").arg_sort(), dtype=pl.UInt32)


def _to_array(ids: pl.Series) -> array:
    """``ids`` as an ``array('I')`` through numpy's view of the column: ~3 ms for a million ids,
    where ``to_list`` held the GIL for ~100 ms (and the page reads the window waits for run in
    another thread of this process). Four bytes an id (row ids stay far below 2**32): half the
    bytes of the store's ``array('q')`` to cross the pipe (600k ids: ~5 ms less); a view
    indexes and slices either the same way."""
    out = array("I")
    out.frombytes(ids.cast(pl.UInt32).to_numpy().tobytes())
    return out


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
