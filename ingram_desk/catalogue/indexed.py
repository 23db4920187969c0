"""A text query answered from the settled indexes: word prefixes, EANs and part numbers.

Each token is a mask of rows: the rows of every word starting with it (``WordIndex``), of
every EAN starting with it (``NumberIndex``) and of every part number holding it by the
part-number rule (``PartNumbers``); a chunk's tokens are ANDed, or run together (a pasted part
number), a token's ways of being spelled ORed (``words.token_ways``); one-character tokens
come from masks kept once (``Snapshot.settle``).
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from .indexing import Indexes
from .part_numbers import SCATTERED_ROWS, PartNumbers, common
from .priority import Pause
from .scan import all_of
from .search_index import rows_mask
from .search_text import MIN_SUFFIX
from .words import joined_ways, token_ways

__all__ = ["indexed", "indexed_token", "short_masks"]


def indexed(
    codes: PartNumbers,
    index: Indexes,
    short: dict[str, pl.Series],
    masks: list[pl.Series],
    chunks: list[str],
    check: Callable[[], None],
) -> pl.Series:
    """Positions of the rows passing ``masks`` and matching every chunk, in row order, on a
    settled snapshot: words and EANs from the indexes, part numbers from ``codes``."""
    allowed = all_of(masks) if masks else None
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
    """``scan.match_chunk`` on the index, as a mask (exact within ``among``): every token (in
    any of its ways), or the tokens run together, whose part-number matches all hold the
    longest token."""
    chunk_ways = token_ways(chunk)
    first, *rest = sorted(chunk_ways, key=lambda ways: min(map(len, ways)), reverse=True)
    every, literal = _any_way(codes, index, first, _few(among), short)
    # the rows whose part numbers hold each token literally, where known for every row
    # ``among`` allows: the tokens run together are only in rows holding all of them
    holding = [] if literal is None else [literal]
    for ways in rest:
        few = _few(every)
        mask, literal = _any_way(codes, index, ways, few, short)
        every = every & mask
        if few is None and literal is not None:  # (among fewer rows: not every row holding it)
            holding.append(literal)
    if rest:
        every = every | _any_way(codes, index, joined_ways(chunk_ways), _in_all(holding), short)[0]
    return every


def _any_way(
    codes: PartNumbers,
    index: Indexes,
    ways: list[str],
    among: pl.Series | None,
    short: dict[str, pl.Series],
) -> tuple[pl.Series, pl.Series | None]:
    """``indexed_token`` for a token in any of its ``ways`` (``words.token_ways``): their
    masks ORed; the rows holding it literally only for a token of one way (``None``: not
    known)."""
    if len(ways) == 1:
        return indexed_token(codes, index, ways[0], among, short)
    mask, _ = indexed_token(codes, index, ways[0], among, short)
    for way in ways[1:]:
        mask = mask | indexed_token(codes, index, way, among, short)[0]
    return mask, None


def _in_all(holding: list[pl.Series]) -> pl.Series | None:
    """The positions in every one of ``holding`` (ascending), when few enough to read one by
    one (``None``: read all)."""
    if not holding:
        return None
    both = holding[0]
    for rows in holding[1:]:
        both = common(both, rows)
    return both if both.len() <= SCATTERED_ROWS else None


def _few(mask: pl.Series | None) -> pl.Series | None:
    """The positions ``mask`` keeps when few enough to read one by one (``None``: read all)."""
    if mask is None or mask.sum() > SCATTERED_ROWS:
        return None
    return mask.arg_true()


def indexed_token(
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
    mask = rows_mask(codes.rows, hits)
    for words in index:
        mask = mask.scatter(words.rows_with_prefix(token), True)
    return mask, literal


def short_masks(
    codes: PartNumbers, index: Indexes, chars: str, pause: Pause
) -> dict[str, pl.Series]:
    """``indexed_token``'s mask for each one-character token of ``chars`` (ASCII), all at
    once: the part numbers in one pass (``PartNumbers.each_byte``, ``pause`` called before
    each of its steps), then each token's word and EAN prefix rows (a slice of each index)."""
    table = codes.each_byte(chars.encode("ascii"), max(MIN_SUFFIX - 1, 0), pause=pause)
    out: dict[str, pl.Series] = {}
    for line, token in zip(table, chars, strict=True):
        for words in index:
            line[words.rows_with_prefix(token).to_numpy()] = True
        out[token] = pl.Series(line)
    return out
