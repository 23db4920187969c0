"""A text query answered by scanning the search column, before the words are indexed.

Right after polars read the file, each row's search text (``search_text``) is one string
column; a token is found by a literal scan and then the exact rules (a word starting with it,
or a part-number substring), on one core per part of the view (``search_index.per_core``).
What a scan over the whole catalogue found is kept till the index serves (``Kept``): a
chunk's matches as a mask, and a one-character token's (``letter_mask``: it matches most rows).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable

import polars as pl

from .search_index import per_core, rows_mask
from .search_text import CODES_MARK, MIN_SUFFIX
from .words import joined_ways, token_ways, tokens

__all__ = ["Kept", "View", "all_of", "letter_mask", "letters_only", "match_chunk"]

c = pl.col

#: A view in parts: polars scans one string column on one core, so each part gets its own.
View = list[pl.DataFrame]


def _filter_view(view: View, predicate: pl.Expr) -> View:
    """The rows of each part of ``view`` where ``predicate`` holds (the parts at once)."""
    if len(view) == 1:
        return [view[0].filter(predicate)]
    return pl.collect_all([part.lazy().filter(predicate) for part in view])


def _inside(tokens: list[str]) -> str:
    """The part-number rule's regex: any of ``tokens`` inside a compacted part number, at
    least ``MIN_SUFFIX`` characters from where it starts to the code's end."""
    ways = (rf"{re.escape(t)}[^ ]{{{max(MIN_SUFFIX - len(t), 0)}}}" for t in tokens)
    return rf"{CODES_MARK}.*(?:{'|'.join(ways)})"


def letter_mask(view: View, token: str) -> pl.Series:
    """Which rows of ``view`` match the one-character ``token`` (as ``_match_token``), as one
    mask: both rules over every row, no row's text copied (most rows match: gathering those
    that did, and those left for the regex, cost a third more)."""
    text = c("_text")
    match = text.str.contains(f" {token}", literal=True) | text.str.contains(_inside([token]))
    found = pl.collect_all([part.lazy().select(match) for part in view])
    return pl.concat([part.to_series() for part in found]).alias(token)


def _holds(ways: list[str]) -> pl.Expr:
    """Whether a row's text holds any of ``ways`` literally (one find for them all)."""
    text = c("_text")
    return (
        text.str.contains(ways[0], literal=True) if len(ways) == 1 else text.str.contains_any(ways)
    )


def _match_token(view: View, ways: list[str], held: bool = False) -> View:
    """Rows of ``view`` matching a token (any of its ``ways``: ``words.token_ways``) by the
    FTS rules: a word of vendor, description or EAN, or a part number, that starts with it (in
    ``_text`` each of them follows a space: one literal find), or else in a compacted part
    number a substring leaving at least ``MIN_SUFFIX`` characters from where it starts (the
    indexed suffixes; a regex, run only on the rows no start matched). A literal scan first,
    unless the token is one character (in nearly every row) or every row of ``view`` is known
    to hold it (``held``). Every way in the same passes."""
    inside = _inside(ways)
    starts = _holds([f" {way}" for way in ways])

    def plan(part: pl.DataFrame) -> pl.LazyFrame:
        lazy = part.lazy()
        if min(map(len, ways)) > 1 and not held:
            lazy = lazy.filter(_holds(ways))
        return lazy.with_columns(starts.alias("_start"))

    found = pl.collect_all([plan(part) for part in view])
    # the regex only on the rows no start matched (one plan would fold both predicates into
    # one and run the regex on every row): their places in each part, then one filter per part
    missed = [
        part.select(c("_text"), pl.int_range(pl.len(), dtype=pl.UInt32).alias("_at")).filter(
            ~part.get_column("_start")
        )
        for part in found
    ]
    inside_at = _filter_view(missed, c("_text").str.contains(inside))
    out = []
    for part, more in zip(found, inside_at, strict=True):
        keep = part.get_column("_start")
        if more.height:
            keep = keep.scatter(more.get_column("_at"), True)
        out.append(part.drop("_start").filter(keep))
    return out


def match_chunk(view: View, chunk: str) -> View:
    """One whitespace-separated chunk of the search that holds tokens: rows matching every
    token (in any of its ways, ``words.token_ways``), or (a pasted part number) the tokens
    run together."""
    ways = token_ways(chunk)
    if len(ways) == 1:
        return _match_token(view, ways[0])
    whole = joined_ways(ways)
    # a row matching the chunk holds each token, and the tokens run together hold each one
    # too: literal finds narrow first, the longest (rarest) over the view, the others over its
    # rows, and the exact rules run only on the rows holding every token or the whole. (The
    # exact rules on the rows holding only the longest read many scattered rows twice: ~20 ms
    # of 50 for "ms-98" at a million rows)
    ordered = sorted(ways, key=lambda token: min(map(len, token)), reverse=True)
    # one character: in nearly all rows
    literal = [token for token in ordered if min(map(len, token)) > 1]
    if not literal:
        every, candidates = view, view
    else:
        view = _filter_view(view, _holds(literal[0]))
        holds = [_holds(token) for token in literal[1:]]
        flags = pl.collect_all(
            [
                part.lazy().select(
                    pl.all_horizontal(holds).alias("every") if holds else pl.lit(True),
                    _holds(whole).alias("whole"),
                )
                for part in view
            ]
        )
        every = [part.filter(f.to_series(0)) for part, f in zip(view, flags, strict=True)]
        candidates = [part.filter(f.to_series(1)) for part, f in zip(view, flags, strict=True)]
    for token in ordered:
        every = _match_token(every, token, held=min(map(len, token)) > 1)
    found = _match_token(candidates, whole, held=bool(literal))
    return [_union(a, b) for a, b in zip(every, found, strict=True)]


def _union(a: pl.DataFrame, b: pl.DataFrame) -> pl.DataFrame:
    """The rows of ``a`` and of ``b`` (both of one part of a view: ids ascending) in file
    order, each once: ``b``'s rows found in ``a`` by binary search (``b`` is the few rows of
    a pasted part number, ``a`` up to most of the catalogue: filtering the whole view by their
    ids read every row of it)."""
    if not b.height or not a.height:
        return b if not a.height else a
    ids, more = a.get_column("_id"), b.get_column("_id")
    at = ids.search_sorted(more).clip(upper_bound=ids.len() - 1)
    new = b.filter(ids.gather(at) != more)
    return a if not new.height else pl.concat([a, new]).sort("_id")


def all_of(masks: list[pl.Series]) -> pl.Series:
    mask = masks[0]
    for m in masks[1:]:
        mask = mask & m
    return mask.fill_null(False)


def letters_only(chunk: str) -> bool:
    """Whether every token of ``chunk``, in each of its ways, is one character."""
    return all(len(way) == 1 for token in token_ways(chunk) for way in token)


#: chunks whose matches ``Kept`` holds (a mask each: 125 KB at a million rows)
_KEPT_CHUNKS = 64


class Kept:
    """What the scans over the whole catalogue found, kept for the searches after them till
    the index serves: each chunk's matches (the newest ``_KEPT_CHUNKS``), and each
    one-character token's, as masks. A clerk searches a vendor or a word again beside
    another ("tailspin", then "tailspin cpu"): its scan (20-40 ms at a million rows, twice
    that beside the index being made) is then a mask's AND, and the other chunk scans only
    its rows. A chunk typed on from a kept one ("gat", then "gateway") scans only the kept
    one's rows: every rule is a prefix or substring match, so it matches a subset of them
    (as ``Snapshot`` narrows the last query's matches)."""

    def __init__(self, positions: Callable[[pl.Series], pl.Series], rows: int) -> None:
        self._positions = positions  # row positions of ids (``Snapshot._positions``)
        self._rows = rows
        #: one-character tokens → the rows they match (``letter_mask``)
        self.letters: dict[str, pl.Series] = {}
        self._chunks: OrderedDict[tuple, tuple[str, pl.Series]] = OrderedDict()
        self._lock = threading.Lock()

    def chunk(self, chunk: str) -> pl.Series | None:
        """The mask of the rows matching ``chunk`` (however it is typed), if kept."""
        key = _key(chunk)
        with self._lock:
            kept = self._chunks.get(key)
            if kept is not None:
                self._chunks.move_to_end(key)
        return None if kept is None else kept[1]

    def wider(self, chunk: str) -> pl.Series | None:
        """The mask of the longest kept chunk that ``chunk`` extends as typed: its rows hold
        every row matching ``chunk``."""
        with self._lock:
            typed = [kept for kept in self._chunks.values() if chunk.startswith(kept[0])]
        return max(typed, key=lambda kept: len(kept[0]))[1] if typed else None

    def keep(self, chunk: str, found: View) -> None:
        """Keep ``found``, the rows of the whole catalogue matching ``chunk``, as its mask."""
        mask = rows_mask(self._rows, self._at(found))
        with self._lock:
            self._chunks[_key(chunk)] = (chunk, mask)
            while len(self._chunks) > _KEPT_CHUNKS:
                self._chunks.popitem(last=False)

    def letters_match(self, view: pl.DataFrame, chunk: str) -> pl.Series:
        """A mask of the rows of ``view`` (the whole catalogue) matching a chunk of
        one-character tokens (``match_chunk``'s rules): each token's mask is kept (most rows
        match, each scan costs ~30 ms at a million rows, and typing starts with one
        character); several (``s.2``) are all of theirs, or the pasted part number they make
        together."""
        parts = tokens(chunk)
        for token in parts:
            if token not in self.letters:
                self.letters[token] = letter_mask(per_core(view, min_rows=20_000), token)
        mask = all_of([self.letters[token] for token in parts])
        if len(parts) > 1:
            found = match_chunk(per_core(view, min_rows=20_000), "".join(parts))
            mask = mask.scatter(self._at(found), True)
        return mask

    def _at(self, found: View) -> pl.Series:
        """The row positions of the rows ``found``."""
        return self._positions(pl.concat([part.get_column("_id") for part in found]))


def _key(chunk: str) -> tuple:
    """A chunk as it is matched: its tokens' ways (case and accents folded)."""
    return tuple(map(tuple, token_ways(chunk)))
