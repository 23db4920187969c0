"""A text query answered by scanning the search column, before the words are indexed.

Right after polars read the file, each row's search text (``search_text``) is one string
column; a token is found by a literal scan and then the exact rule (a word starting with it,
or a part-number substring), on one core per part of the view (``search_index.per_core``).
"""

from __future__ import annotations

import re

import polars as pl

from .search_text import MIN_SUFFIX, WORD_EDGE
from .words import tokens

__all__ = ["View", "all_of", "filter_view", "match_chunk"]

c = pl.col

#: A view in parts: polars scans one string column on one core, so each part gets its own.
View = list[pl.DataFrame]


def _scan_rule(token: str) -> str:
    """FTS rules for one folded token over ``_text``: a word of vendor, description or EAN, or a
    part number, that starts with it (after a ``WORD_EDGE``: the search text's separators
    outside ASCII are spaces), or in a compacted part number (after the ``\\x01``) a substring
    leaving at least ``MIN_SUFFIX`` characters from where it starts (the indexed suffixes)."""
    t = re.escape(token)
    tail = max(MIN_SUFFIX - len(token), 0)
    return rf"(?:^|{WORD_EDGE}){t}|\x01.*{t}[^ ]{{{tail}}}"


def filter_view(view: View, predicate: pl.Expr) -> View:
    if len(view) == 1:
        return [view[0].filter(predicate)]
    return pl.collect_all([part.lazy().filter(predicate) for part in view])


def _match_token(view: View, token: str) -> View:
    """Rows of ``view`` matching ``token``: a literal scan first, the exact rules on survivors
    (two passes: one lazy plan would fold them into one predicate and run the regex on all).
    A single character is in nearly every row: the rules at once (~15 % less CPU)."""
    found = view
    if len(token) > 1:
        found = filter_view(view, c("_text").str.contains(token, literal=True))
    return filter_view(found, c("_text").str.contains(_scan_rule(token)))


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
