"""Index: the settled snapshot's indexes cut from its search text, on every core.

The words (``WordIndex``, a slice of rows per core at a time) and, on a thread of their own
beside them, the part numbers (``PartNumbers``) and the EANs (``NumberIndex``, or words when
an EAN holds more than digits): ~1.1 and ~0.5 CPU-s at a million rows, ~0.8 s on two cores.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import polars as pl

from .part_numbers import PartNumbers
from .search_index import WORD_SLICE, NumberIndex, WordIndex
from .search_text import text_codes, text_words

__all__ = ["Indexes", "build_indexes"]

#: the settled snapshot's word indexes: vendor and description words, EANs
Indexes = tuple[WordIndex, WordIndex | NumberIndex]


def build_indexes(text: pl.Series) -> tuple[PartNumbers, Indexes]:
    """The part numbers and the word indexes of the search text ``text`` (``search_text``),
    row positions as given."""
    with ThreadPoolExecutor(1, thread_name_prefix="codes-index") as pool:
        coded = pool.submit(_codes_index, text, 4 * WORD_SLICE)
        words = WordIndex.build_from(
            lambda at: text_words(text.slice(at, WORD_SLICE)), text.len(), WORD_SLICE
        )
        codes, by_number = coded.result()
    return codes, (words, by_number)


def _codes_index(text: pl.Series, step: int) -> tuple[PartNumbers, WordIndex | NumberIndex]:
    """The part numbers and the EANs' index, cut from the search text (``text_codes``) a
    slice at a time, each slice made compact before the next is cut: the slices' strings kept
    till the end (or a column's cut whole) were ~80 MB more at the import's peak."""
    digits: list[tuple[np.ndarray, np.ndarray]] | None = []

    def codes() -> Iterator[pl.Series]:
        nonlocal digits
        for at in range(0, text.len(), step):
            ean, found = text_codes(text.slice(at, step))
            numbers = NumberIndex.digits(ean) if digits is not None else None
            digits = None if numbers is None or digits is None else [*digits, numbers]
            yield found

    parts = PartNumbers(codes())
    if digits is not None:
        return parts, NumberIndex.from_digits(digits)
    # an EAN holding more than digits: the EANs indexed as words
    return parts, WordIndex.build_from(
        lambda at: text_codes(text.slice(at, step))[0], text.len(), step
    )
