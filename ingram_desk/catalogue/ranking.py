"""The order of a text search's matches in file order ("row", the default view): rows whose
vendor and description words match the typed tokens first, part-number and EAN fragments after
("monitor 27": 27-inch monitors before a 34-inch one whose part number holds "27"); none is
left out, and an explicit sort key orders by its column instead.

Per token a whole word scores 2, a word's start 1, a fragment 0 (a chunk of words typed with
separators ranks its words joined too: "wi-fi" as "wifi"); ties keep file order. The
words come from the word index once a snapshot has settled (``word_hits_indexed``) and from
its search text before (``word_hits_scanned``): the same score either way.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import polars as pl

from .search_index import WordIndex, per_core, rows_mask
from .search_text import EAN_MARK
from .words import joined_ways, token_ways

__all__ = ["by_word_match", "word_hits_indexed", "word_hits_scanned"]

#: (rows holding the token as a whole word, rows holding a word starting with it), aligned
#: with the matches being ranked
Hits = Callable[[str], tuple[pl.Series, pl.Series]]
c = pl.col


def by_word_match(count: int, chunks: list[str], hits: Hits) -> pl.Series | None:
    """The order (positions into the ``count`` matches) putting word matches first, or
    ``None`` when the typed tokens rank nothing. One-character tokens rank nothing (every
    other word starts with one: ~0.2 s at a million rows for no order worth having)."""
    ranked = _ranked(chunks)
    if not ranked or count < 2:
        return None
    score = np.zeros(count, dtype=np.uint16)
    for token in ranked:
        for hit in hits(token):
            score += hit.to_numpy()
    # ties in file order: numpy's stable sort of 16-bit keys is a radix sort (~1 ms for 166k
    # matches, where polars' sort by score and position took ~9)
    order = np.argsort(score.max() - score, kind="stable")
    return pl.Series(order.astype(np.uint32), dtype=pl.UInt32)


def _ranked(chunks: list[str]) -> dict[str, None]:
    """The tokens that rank, in order: each chunk's of two characters or more, and a chunk of
    words joined by separators joined as one ("wi-fi": "wifi"), which it matches too. Without
    it "WINGTIP FIREWALL" (two word starts) ranked above "ACCESS POINT WIFI" (one). Only
    words of two letters or more: a part number's pieces joined are not a word (and would
    cost a find for none), and "usb-c" joined would rank "USBC" above "USB-C", whose "c"
    does not rank. Each of a token's ways ranks (``words.token_ways``: "mü" ranks "mu" and
    "mue")."""
    ranked: dict[str, None] = {}
    for chunk in chunks:
        ways = token_ways(chunk)
        ranked.update(dict.fromkeys(t for token in ways for t in token if len(t) > 1))
        if len(ways) > 1 and all(t.isalpha() and len(t) > 1 for token in ways for t in token):
            ranked.update(dict.fromkeys(joined_ways(ways)))
    return ranked


def word_hits_indexed(words: WordIndex, at: pl.Series) -> Hits:
    """Hits of the rows at positions ``at`` from a settled snapshot's vendor/description words."""

    def hits(token: str) -> tuple[pl.Series, pl.Series]:
        whole, start = (
            rows_mask(words.height, rows).gather(at)
            for rows in (words.rows_with_word(token), words.rows_with_prefix(token))
        )
        return whole, start

    return hits


def word_hits_scanned(text: pl.Series) -> Hits:
    """Hits from the search text (``" words \\x02 ean\\x01 codes"``, folded, every separator of
    the words a space: ``search_text``) of the matches, before the words are indexed: the words
    are what precedes ``EAN_MARK``. Where each row first holds the token at a word's start
    (`` token``) and as a whole word (`` token ``), found before the mark: literal finds, one
    slice per core (a regex per row took 5-10 times as long on the 125k matches of a
    two-letter prefix)."""
    ends: list[pl.Series] = []  # where each row's words end, found once for every token
    parts = per_core(pl.DataFrame({"t": text}), min_rows=20_000)

    def hits(token: str) -> tuple[pl.Series, pl.Series]:
        exprs = [
            c("t").str.find(f" {token} ", literal=True).alias("whole"),
            c("t").str.find(f" {token}", literal=True).alias("start"),
        ]
        if not ends:
            exprs.append(c("t").str.find(EAN_MARK, literal=True).alias("end"))
        found = pl.concat(pl.collect_all([part.lazy().select(*exprs) for part in parts]))
        if not ends:
            ends.append(found.get_column("end"))
        words_end = ends[0]
        whole, start = (found.get_column(n) < words_end for n in ("whole", "start"))
        return whole.fill_null(False), start.fill_null(False)

    return hits
