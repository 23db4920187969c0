"""Serve: the one way a catalogue query is answered, by a ``Snapshot`` of a price file's columns.

``query_ids(CatalogueQuery)`` returns the ordered row ids of a view: filters are masks over
compact columns (vendor, in-stock flag, price, category); text is matched by the settled
indexes (``indexed``: word prefixes, EANs, part-number substrings; case and accents ignored,
any word order) or, in the seconds between the read and ``settle``, by scanning the search
column (``scan``); the order comes from each sort key's ranks. ``read_rows(ids)`` decodes a
page of rows (the file's own records, from compressed blocks: ``row_blocks``) through the
importer's ``RowConverter``, so values read as ``values`` parses them. A snapshot is built by
``parse.build_snapshot``, kept on disk and mapped back by ``generation``, and served by
``engine.Catalogue``.
"""

from __future__ import annotations

import string
import threading
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import polars as pl

from ingram_desk.domain.product import Product

from .categories import CategoryNode
from .detect import ImportPlan
from .indexed import indexed, short_masks
from .indexing import Indexes, build_indexes
from .part_numbers import PartNumbers
from .parts import SnapshotParts
from .priority import InFlight
from .query import SORT_KEYS
from .ranking import by_word_match
from .ranking import word_hits_indexed as hits_of
from .ranking import word_hits_scanned as scanned
from .report import ImportReport
from .row_blocks import RowBlocks
from .rows import RowConverter, RowError, product_of, raw_names
from .rows_store import Unread, stored_rows
from .scan import Kept, View, all_of, letters_only, match_chunk
from .search_index import per_core
from .side_files import CategoryTable
from .values import price_to_stored
from .words import tokens

__all__ = ["Snapshot", "SnapshotCancelled"]

#: the last query's matches are kept for typing on when there are at most this many
#: (a single letter matches most of the catalogue: keeping that would cost ~20 MB)
_NARROW_KEEP = 200_000
#: a lookup compares at most this many rows whose search text holds the code
_LOOKUP_CANDIDATES = 20_000
#: the rows store's compressing threads wait up to this long for the queries under way before
#: each batch (searches scan till the index serves: the store is not held back longer)
_GIVE_WAY = 0.25
#: once the index serves, ``settle`` holds each later step until the searches and pages have
#: paused this long (a clerk typing on), for up to ``_HOLD`` seconds: a step holds its cores,
#: and keys typed beside one waited two to four times as long
_QUIET, _HOLD = 0.3, 3.0
#: tokens whose matches ``index`` keeps as masks (36 x 125 KB at 1M rows)
_SHORT = string.ascii_lowercase + string.digits
c = pl.col


class SnapshotCancelled(Exception):
    """``query_ids`` stopped because its cancel flag was set."""


class Snapshot(SnapshotParts):
    """The searchable stage-1 catalogue; row ids number the usable rows as the store does.

    Per row it keeps the folded search columns, the customer price and the mapped cells but
    those only shown (``rows.SHOWN_ONLY``: links, Icecat id; a page has them once stored).
    Right after the read the cells are columns (searchable at once); ``settle()`` then indexes
    the words, derives the filter columns and the ranks of every sort key, and lets the cells
    go: display rows are then the file's own records, compressed (``row_blocks``). Sort keys
    live as ranks (a ``UInt32`` per row), never as string columns. Readers may share it across
    threads: frames are immutable, derived data is built under a lock and the frame is swapped
    whole.
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
        records: tuple[Callable[[], Iterable[bytes | memoryview]], np.ndarray, str] | None = None,
        unread: Unread | None = None,
    ) -> None:
        self.frame = frame
        #: the bytes the file's shape was counted on, read again, where each record starts in
        #: them (header included, then the end) and their encoding: the rows' store is cut
        #: from them once settled (``None``: the records do not line up with the rows; the
        #: store keeps the mapped cells)
        self._records = records
        #: the mapped cells ``frame`` lacks (``rows.SHOWN_ONLY``) read again, for a store of
        #: mapped cells (``rows_store``); pages have them once the store serves
        self._unread = unread
        self.plan = plan
        self.rows_unusable = unusable
        #: of those, rows with a number of columns the layout cannot read
        self.rows_misshapen = 0
        self._cells = cells
        self._slot = {index: n for n, index in enumerate(cells)}
        self._categories = categories
        self._currency = currency
        self._converter = RowConverter(plan.columns, currency, lambda _n, _r: None)
        self._width = max(plan.columns.max_columns, max(cells) + 1)
        ids = frame.get_column("_id")
        self._dense = frame.height == 0 or ids[-1] == frame.height
        self._derived: dict[str, pl.Series] = {}
        self._parsed: dict[str, pl.Series] = {}
        #: made by ``index``: the indexes first (then the frame loses ``_text``), then the
        #: rows' store; ``settle`` lets the cells go
        self._index: Indexes | None = None
        self._codes: PartNumbers | None = None
        #: one-character tokens → the rows they match (each matches much of the catalogue)
        self._short: dict[str, pl.Series] = {}
        #: what the scans found, kept for the searches after them till then
        self._kept = Kept(self._positions, frame.height)
        self._blocks: RowBlocks | None = None
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
        self.stage = "read"  # what ``settle`` does now (the bench reports it per query)
        self._queries = InFlight()

    @property
    def row_count(self) -> int:
        return self.frame.height

    def settle(self) -> None:
        """``index``, then derive filters, vendors, the category tree and the sort ranks, and
        let the cells go (the frame then keeps ids and prices). Run it in the background once
        the snapshot serves: about ten seconds at a million rows, the index in the first three.

        Memory (the cells are the import's peak): the word index is made first and the search
        text goes, then the rows' store (pages are read from there on); each item is derived
        in turn, each cell dropped once no item left reads it, after the queries under way
        (``priority``)."""
        self.index()
        self._queries.wait_quiet(_QUIET, _HOLD)  # the index serves: searches now come first
        with self._key_lock("_settle"):
            if self.settled:
                return
            # those reading no cell first: once every cell is gone, deriving reads rows back
            steps = sorted(self._settle_steps(), key=lambda step: bool(self._reads(step[0])))
            for n in range(len(steps)):
                self._queries.wait_quiet(_QUIET, _HOLD)
                self._drop_cells(set().union(*(self._reads(f) for f, _s in steps[n:])))
                self._at(f"derive {'/'.join(steps[n][0]) or 'price'}")
                steps[n][1]()
            # one assignment: a reader holding the old frame still reads consistent rows
            self.frame = self.frame.select("_id", "_price")
            self._parsed = {}
            self._last = None  # its views hold the old frame's text
            self.settled = True
            self.stage = "settled"

    def index(self) -> None:
        """``settle``'s first part: the word indexes (``word_index``: searches scan till
        then), the one-letter masks, then the rows' store (``store_rows``). Cells later steps
        read are still there."""
        self.word_index()
        with self._key_lock("_short"):  # "n" matches half of the rows: once for all, at once
            missing = "".join(ch for ch in _SHORT if ch not in self._short)
            if missing:
                self._at("short masks")
                found = short_masks(self._codes, self._index, missing, self._give_way)
                self._short = {**self._short, **found}
        self.store_rows()

    def store_rows(self) -> None:
        """The rows' store (the file's own records, compressed: ``rows_store``); cells no
        later step reads then go."""
        with self._key_lock("_settle"):
            if self._blocks is None:
                self._at("rows store")
                self._blocks = stored_rows(
                    self.frame,
                    self.plan,
                    self._cells,
                    self._records,
                    unread=self._unread,
                    pause=self._give_way,
                )
                self._records = self._unread = None  # (the record starts live in the store)
            # pages are read from the store now
            indexed_fields = ("sku", "vpn", "ean", "vendor", "description")
            fields = [f for f, _s in self._settle_steps()] + [indexed_fields]
            self._drop_cells(set().union(*(self._reads(f) for f in fields)))

    def word_index(self) -> None:
        """``index``'s first part: part numbers, EANs and words, cut from the search text the
        snapshot was scanned by (``indexing``): the index holds what a scan matched, made a
        slice at a time, each once no query is under way (a scan beside a slice took twice as
        long)."""
        with self._key_lock("_index"):
            if self._index is None:
                self._at("word index")
                text = self.frame.get_column("_text")
                self._codes, (words, by_number) = build_indexes(text, self._give_way)
                # the scans' letter masks hold the index's rules: kept (a letter searched again
                # while the others were made took 70-150 ms by the index's slices)
                self._short = dict(self._kept.letters)
                self._index = (words, by_number)  # a query takes the index path once it is set
                del text, words
                # no query scans the search text from now on (~100 MB at 1M rows); a reader
                # holding the old frame keeps its own reference
                self.frame = self.frame.drop("_text")
                self._last = None
                self._kept = Kept(self._positions, self.row_count)

    def _give_way(self) -> None:
        self._queries.wait_idle(_GIVE_WAY)

    def _at(self, stage: str) -> None:
        if not self.settled:  # (a second ``settle`` runs through steps done)
            self.stage = stage

    def _positions(self, ids: pl.Series) -> pl.Series:
        """Row positions of ``ids`` (null for ids not in the snapshot). Ids equal positions + 1
        unless duplicate SKUs left gaps; then a binary search over the sorted id column.
        Series operations only: page reads call it from the GUI's request and must never
        queue behind a search or ``settle`` on polars' thread pool."""
        ids = ids.cast(pl.Int64)
        n = self.row_count
        known = not len(ids) or (ids.min() >= 1 and ids.max() <= n)  # type: ignore[operator]
        if self._dense and known:  # (a query's own ids: ~1 ms, not ~15, at 700k ids)
            return ids - 1
        missing = pl.repeat(None, len(ids), dtype=pl.Int64, eager=True)
        if self._dense:
            return (ids - 1).zip_with((ids >= 1) & (ids <= n), missing)
        column = self.frame.get_column("_id")
        at = column.search_sorted(ids).cast(pl.Int64).clip(upper_bound=n - 1)
        return at.zip_with(column.gather(at).cast(pl.Int64) == ids, missing)

    # --- queries -------------------------------------------------------------------------

    def query_ids(self, query: Any, cancel: threading.Event | None = None) -> array:
        """The ordered row ids of a ``CatalogueQuery`` view (``query.CatalogueQuery``).

        Raises ``SnapshotCancelled`` when ``cancel`` is set while it runs."""
        with self._queries:  # ``settle``'s later steps wait for it
            return self._query_ids(query, cancel)

    def _query_ids(self, query: Any, cancel: threading.Event | None) -> array:
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
        rank = bool(chunks) and query.sort_key == "row" and not query.descending
        if index is not None and codes is not None:  # the index serves (same rows, same order)
            self._last = None
            masks = self._masks(query, frame)
            if not masks and not chunks:
                return self._all_sorted(query.sort_key, query.descending)
            at = indexed(codes, index, self._short, masks, chunks, check)
            order = by_word_match(at.len(), chunks, hits_of(index[0], at)) if rank else None
            if order is not None:  # word matches before part-number fragments
                at = at.gather(order)
            found = frame.get_column("_id").gather(at)
        else:
            parts, kept = self._narrowing(base, chunks), self._kept
            todo = sorted(dict.fromkeys(chunks), key=len, reverse=True)  # the longest first
            whole = False  # whether ``parts`` are the whole catalogue
            if parts is None:
                masks = self._masks(query, frame)
                if not masks and not chunks:
                    return self._all_sorted(query.sort_key, query.descending)
                view = frame.select("_id", "_text")
                known = {ch: m for ch in chunks if (m := kept.chunk(ch)) is not None}
                if not masks:  # (filtered, a letter scans the few rows left)
                    letters = [ch for ch in chunks if ch not in known and letters_only(ch)]
                    known |= {ch: kept.letters_match(view, ch) for ch in letters}
                todo = [ch for ch in todo if ch not in known]
                masks += known.values()
                whole = not masks  # the first chunk's matches are found in every row
                wider = kept.wider(todo[0]) if todo else None
                masks += [] if wider is None else [wider]  # (they hold all of them)
                parts = per_core(view.filter(all_of(masks)) if masks else view, min_rows=20_000)
            for chunk in todo:
                check()
                parts = match_chunk(parts, chunk)  # each chunk scans the last one's survivors
                if whole:  # the first chunk's matches in the whole catalogue: kept
                    kept.keep(chunk, parts)
                    whole = False
            if sum(part.height for part in parts) <= _NARROW_KEEP:  # a tuple: swapped atomically
                self._last = (base, tuple(chunks), parts)
            else:
                self._last = None
            found = pl.concat([part.get_column("_id") for part in parts])
            if rank:  # the same order as the index gives
                text = pl.concat([part.get_column("_text") for part in parts], rechunk=False)
                order = by_word_match(found.len(), chunks, scanned(text))
                found = found if order is None else found.gather(order)
            at = None
        check()
        if query.sort_key != "row":
            at = self._positions(found) if at is None else at
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
        work only, like ``_positions`` (the GUI waits for pages). A page counts as a query
        under way (``priority``): settling sorted on every core beside it, and a page
        scrolled to waited ~0.1 s for polars' pool."""
        with self._queries:
            return self._read_rows(ids)

    def _read_rows(self, ids: array | Sequence[int]) -> list[Product]:
        frame = self.frame
        asked = pl.Series(list(ids), dtype=pl.Int64)
        at = self._positions(asked)
        known = at.is_not_null()
        wanted, at = asked.filter(known).to_list(), at.filter(known)
        if not wanted:
            return []
        header = tuple(self.plan.columns.header)
        blocks, records, shown = self._blocks, None, self._cells
        if blocks is None:  # (read after ``frame``: the cells go only once ``_blocks`` is set)
            # (the cells stage 1 read: those only shown are, once the store serves)
            shown = [i for i in self._cells if f"c{i}" in frame.columns]
            cells = [frame.get_column(f"c{i}").gather(at).to_list() for i in shown]
            rows = [list(r) for r in zip(*cells, strict=True)]
        else:  # every column of the record: the raw columns too (where the store has them)
            found = blocks.records(at.to_list())
            rows = blocks.mapped(found)
            records = found if blocks.whole else None
        full: list[list[str]] = []
        raws: list[dict[str, str]] = []
        for n, values in enumerate(rows):
            row = [""] * self._width
            for i, value in zip(shown, values, strict=False):
                row[i] = value or ""
            if records is not None:
                record = records[n]
                if len(record) < len(header):
                    record = record + [""] * (len(header) - len(record))
                raws.append(dict(zip(raw_names(header, len(record)), record, strict=True)))
            else:
                names = raw_names(header, self._width)
                raws.append({names[i]: row[i] for i in shown})
            full.append(row)
        out: list[Product] = []
        converted = self._converter.convert(full, wanted)
        stock = self._stock
        now = stock[at.to_list()].iter_rows() if stock is not None else iter(())
        for row_id, c, raw in zip(wanted, converted, raws, strict=True):
            found = next(now, None)
            if isinstance(c, RowError):  # one it still refuses (filtered at build) is hidden
                continue
            product = product_of(row_id, c, raw, self._categories)
            if found is not None:  # a stock file applied: its values, not the row's cells
                qty, flag, eta, warehouse = found
                product = replace(
                    product, stock=qty, in_stock=flag, eta=eta, stock_warehouse=warehouse or ""
                )
            out.append(product)
        return out

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

    def report(self, source: str) -> ImportReport:
        """What the sanity gate needs: rows taken and rows lacking a SKU or price."""
        return ImportReport(
            source=source, layout=self.plan.columns.layout, encoding=self.plan.encoding,
            delimiter=self.plan.delimiter, rows_imported=self.row_count,
            rows_skipped=self.rows_unusable, rows_without_sku_or_price=self.rows_unusable,
        )  # fmt: skip


def _to_array(ids: pl.Series) -> array:
    """``ids`` as an ``array('I')`` through numpy: ~3 ms for a million ids (``to_list`` held
    the GIL ~100 ms, page reads waiting). Four bytes an id: half the bytes to cross the pipe."""
    out = array("I")
    out.frombytes(ids.cast(pl.UInt32).to_numpy().tobytes())
    return out
