"""The records polars read over several lines are cut from the data read again in chunks
(``quotes.byte_ranges``): each range whole, wherever the chunks end."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ingram_desk.catalogue.quotes import byte_ranges


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    st.binary(min_size=1, max_size=300),
    st.lists(st.integers(1, 40), min_size=1, max_size=40),
    st.sets(st.integers(0, 299), max_size=30),
)
def test_each_range_is_cut_whole_wherever_the_chunks_end(
    data: bytes, sizes: list[int], cuts: set[int]
) -> None:
    bounds = sorted({0, len(data), *(c for c in cuts if c < len(data))})
    begins, ends = np.array(bounds[:-1][::2]), np.array(bounds[1:][::2])
    chunks, at = [], 0
    while at < len(data):  # the data in chunks of the drawn sizes, the last size repeated
        size = sizes[min(len(chunks), len(sizes) - 1)]
        chunks.append(memoryview(data)[at : at + size])
        at += size
    got = list(byte_ranges(chunks, begins, ends))
    assert got == [data[b:e] for b, e in zip(begins, ends, strict=True)]
