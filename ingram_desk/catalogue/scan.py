"""A text query answered by scanning the search column, before the words are indexed.

Right after polars read the file, each row's search text (``search_text``) is one string
column; a token is found by a literal scan and then the exact rules (a word starting with it,
or a part-number substring), on one core per part of the view (``search_index.per_core``).
"""

from __future__ import annotations

import re

import polars as pl

from .search_text import EAN_MARK, MIN_SUFFIX
from .words import tokens

__all__ = ["View", "all_of", "filter_view", "match_chunk"]

c = pl.col

#: A view in parts: polars scans one string column on one core, so each part gets its own.
View = list[pl.DataFrame]


def filter_view(view: View, predicate: pl.Expr) -> View:
    if len(view) == 1:
        return [view[0].filter(predicate)]
    return pl.collect_all([part.lazy().filter(predicate) for part in view])


def _match_token(view: View, token: str) -> View:
    """Rows of ``view`` matching ``token`` by the FTS rules: a word of vendor, description or
    EAN, or a part number, that starts with it (in ``_text`` every separator is a space, the
    EAN follows ``EAN_MARK`` and the part numbers ``\\x01``: three literal spellings, which the
    regex engine finds with its prefilter), or else in a compacted part number a substring
    leaving at least ``MIN_SUFFIX`` characters from where it starts (the indexed suffixes; a
    regex, run only on the rows no word matched). A literal scan first, unless the token is
    one character (in nearly every row)."""
    t = re.escape(token)
    starts = rf"[ \x01{EAN_MARK}]{t}"
    inside = rf"\x01.*{t}[^ ]{{{max(MIN_SUFFIX - len(token), 0)}}}"

    def plan(part: pl.DataFrame) -> pl.LazyFrame:
        lazy = part.lazy()
        if len(token) > 1:
            lazy = lazy.filter(c("_text").str.contains(token, literal=True))
        return lazy.with_columns(c("_text").str.contains(starts).alias("_start"))

    found = pl.collect_all([plan(part) for part in view])
    # the regex only on the rows no word matched (one plan would fold both predicates into one
    # and run the regex on every row): their places in each part, then one filter per part
    missed = [
        part.select(c("_text"), pl.int_range(pl.len(), dtype=pl.UInt32).alias("_at")).filter(
            ~part.get_column("_start")
        )
        for part in found
    ]
    inside_at = filter_view(missed, c("_text").str.contains(inside))
    out = []
    for part, more in zip(found, inside_at, strict=True):
        keep = part.get_column("_start")
        if more.height:
            keep = keep.scatter(more.get_column("_at"), True)
        out.append(part.drop("_start").filter(keep))
    return out


def match_chunk(view: View, chunk: str) -> View:
    """One whitespace-separated chunk of the search that holds tokens: rows matching every
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
    return filter_view(view, c("_id").is_in(ids))


def all_of(masks: list[pl.Series]) -> pl.Series:
    mask = masks[0]
    for m in masks[1:]:
        mask = mask & m
    return mask.fill_null(False)
