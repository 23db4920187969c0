"""Index: the settled snapshot's indexes cut from its search text, a slice of rows at a time.

The part numbers (``PartNumbers``) and the EANs (``NumberIndex``, or words when an EAN holds
more than digits), then the words (``WordIndex``): ~0.25 and ~0.7 CPU-s at a million rows
(round 28's machine), on the settling thread. (On more threads the index served ~0.5 s
sooner on two cores, but the searches asked meanwhile, scanning, took half as long again:
``bench/CATALOGUE-ROUNDS.md``, round 15.) Each step waits for the searches under way
(``pause``): beside the index a scan took about twice its time alone. The words are cut 25k
rows at a time (~16 ms of work each; ~4 % more in all than 100k), and placed in the index a
slice at a time; the EANs are read 100k rows at a time: a search started during a step
shares the cores ~20 ms at most, or ~40-60 ms beside the part numbers' buffer, made in one
piece (rounds 27 and 28).
"""

from __future__ import annotations

import polars as pl

from .part_numbers import PartNumbers
from .priority import Pause, no_pause
from .search_index import NumberIndex, WordIndex
from .search_text import text_codes, text_words

__all__ = ["Indexes", "build_indexes"]

#: the settled snapshot's word indexes: vendor and description words, EANs
Indexes = tuple[WordIndex, WordIndex | NumberIndex]

#: rows cut from the search text at once for their part numbers and EANs (~9 ms of work at
#: a million rows), and for their words (~16 ms): the searches beside the index wait for one
#: slice at most, and under steady searching it advances a slice between two of them
_CODES_STEP, _WORDS_STEP = 100_000, 25_000


def build_indexes(text: pl.Series, pause: Pause = no_pause) -> tuple[PartNumbers, Indexes]:
    """The part numbers and the word indexes of the search text ``text`` (``search_text``),
    row positions as given; ``pause`` is called before each slice and each index (the
    snapshot's: it returns once no search is under way)."""

    def cut(at: int) -> tuple[pl.Series, pl.Series]:
        pause()
        return text_codes(text.slice(at, _CODES_STEP))

    # made whole, a column's temporaries were the import's peak (~30 MB more at 1M rows,
    # beside the searches' scans); each slice's parts in chunks instead
    slices = range(0, max(text.len(), 1), _CODES_STEP)
    eans, codes = zip(*(cut(at) for at in slices), strict=True)
    pause()
    parts = PartNumbers(pl.concat(codes, rechunk=False))
    numbers = pl.concat(eans, rechunk=False)
    del eans, codes
    by_number = NumberIndex.build(numbers, _CODES_STEP, pause) or WordIndex.build(
        numbers, _CODES_STEP, pause
    )
    del numbers

    def words_of(at: int) -> pl.Series:
        return text_words(text.slice(at, _WORDS_STEP))

    words = WordIndex.build_from(words_of, text.len(), _WORDS_STEP, pause)
    return parts, (words, by_number)
