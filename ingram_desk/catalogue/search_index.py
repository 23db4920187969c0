"""The settled snapshot's word indexes: word-prefix postings, and EANs as numbers.

Why: a literal scan of a million strings costs polars about 20 ns per row whatever their
length (20-30 ms per token on two cores), too slow for search-as-you-type once IPC and page
reads are added. ``WordIndex`` sorts the words, so the words sharing a prefix are one
contiguous range and their rows one contiguous slice of the postings: two binary searches and
a slice, whatever the catalogue's size, for 4 bytes per (word, row). ``NumberIndex`` keeps
codes of digits (EANs) as sorted numbers. Part numbers are searched as substrings
(``part_numbers``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from functools import lru_cache

import numpy as np
import polars as pl

from .priority import Pause, no_pause

__all__ = ["NumberIndex", "WordIndex", "per_core", "rows_mask"]


@lru_cache(maxsize=4)
def _no_rows(n: int) -> pl.Series:
    return pl.repeat(False, n, eager=True, dtype=pl.Boolean)


def rows_mask(n: int, rows: pl.Series) -> pl.Series:
    """A mask of ``n`` rows, true at the positions ``rows``: a copy of a kept all-false mask
    (``pl.repeat`` runs a lazy query, ~0.3 ms a call; a search makes ten masks or so)."""
    return _no_rows(n).clone().scatter(rows, True)


#: the highest code point: every word starting with a token sorts below token + this
_TOP = "\U0010ffff"


def per_core(frame: pl.DataFrame, min_rows: int = 2_000) -> list[pl.DataFrame]:
    """``frame`` in one zero-copy slice per core (polars scans a string column on one core);
    whole when under ``min_rows``, where splitting costs more than it saves."""
    parts = pl.thread_pool_size()
    if parts < 2 or frame.height < min_rows:
        return [frame]
    step = -(-frame.height // parts)
    return [frame.slice(start, step) for start in range(0, frame.height, step)]


def _by_word(rank: np.ndarray) -> np.ndarray:
    """The order sorting ``rank`` (word ranks, rows ascending), ties kept in place: numpy's
    radix sort, 16 bits at a time (its stable sort of a 32-bit array is a merge sort, ~6 times
    slower on a 100k-row slice's 750k words)."""
    order = np.argsort(rank.astype(np.uint16, copy=False), kind="stable")
    if len(rank) and rank.max() > 0xFFFF:
        high = (rank[order] >> 16).astype(np.uint16)
        order = order[np.argsort(high, kind="stable")]
    return order


def _slice_postings(words: pl.Series, start: int) -> tuple[pl.Series, np.ndarray, np.ndarray]:
    """One slice's words (``words``: rows ``start``, ``start`` + 1, … cut at the spaces): its
    sorted vocabulary, the number of rows of each word and those rows, word by word (a row
    once however often the word is in it). The empty word (the spaces at either end) is
    dropped here, not filtered out of the exploded words (~0.1 s at a million rows)."""
    counts = words.list.len().to_numpy()
    row = np.repeat(np.arange(start, start + len(counts), dtype=np.uint32), counts)
    flat = words.explode().fill_null("")
    local = flat.unique().sort()
    rank = flat.cast(pl.Enum(local)).to_physical().to_numpy()
    del flat
    order = _by_word(rank)
    rank, row = rank[order], row[order]
    del order
    if len(rank) > 1:  # a word twice in a row: the same (rank, row), neighbours once sorted
        keep = np.empty(len(rank), dtype=bool)
        keep[0] = True
        np.not_equal(rank[1:], rank[:-1], out=keep[1:])
        keep[1:] |= row[1:] != row[:-1]
        rank, row = rank[keep], row[keep]
    per_word = np.bincount(rank, minlength=local.len())
    if local.len() and local[0] == "":  # (sorts first)
        return local.slice(1), per_word[1:], row[per_word[0] :]
    return local, per_word, row


class WordIndex:
    """Sorted distinct words, where each one's rows start in ``rows``, and the rows; or, when
    nearly every word is distinct (``starts`` is None), every (word, row) sorted by word."""

    def __init__(
        self, words: pl.Series, starts: pl.Series | None, rows: pl.Series, height: int
    ) -> None:
        self.words = words
        self.starts = starts
        self.rows = rows
        self.height = height

    @classmethod
    def build(cls, text: pl.Series, step: int = 100_000, pause: Pause = no_pause) -> WordIndex:
        """Index the words of ``text`` (folded, separated by spaces: ``search_text``), row
        positions as given (``build_from``)."""
        return cls.build_from(lambda start: text.slice(start, step), text.len(), step, pause)

    @classmethod
    def build_from(
        cls,
        text_of: Callable[[int], pl.Series],
        height: int,
        step: int = 100_000,
        pause: Pause = no_pause,
    ) -> WordIndex:
        """Index the words of ``height`` rows of folded text whose every separator is a space
        (``search_text``: cut at the spaces, a third of the time a regex took), ``text_of(start)``
        giving the ``step`` rows from ``start`` (never all at once: the words of a million
        rows as one column take ~80 MB).

        Slice by slice, each made and exploded once, so the words of only one slice are
        strings at a time (keeping every slice's words as strings cost ~150 MB at a million
        rows): each slice's words get ranks in its own sorted vocabulary, and its rows are
        ordered by them (a radix sort of small integers, far quicker than sorting strings),
        leaving 4 bytes a (word, row). Once every slice's vocabulary is known, each slice's
        rows of a word are placed after the earlier slices' in the word's place: no sort of
        the whole (a sort of every (word, row) as one 64-bit key took ~0.45 s of ~1.4 at a
        million rows, and twice the memory). ``pause`` is called before each slice is cut,
        before the vocabularies are merged and before each slice is placed (the searches
        beside the index: ``indexing``)."""
        vocabularies: list[pl.Series] = []
        slices: deque[tuple[np.ndarray, np.ndarray]] = deque()  # per slice: rows per word, rows

        for start in range(0, height, step):  # one slice at a time: its words are the peak
            pause()
            # Series calls only: they run on this thread (a frame's ``select`` ran on polars'
            # pool, where the searches beside it queued behind each slice)
            local, per_word, row = _slice_postings(text_of(start).str.split(" "), start)
            vocabularies.append(local)
            slices.append((per_word, row))
        pause()
        words = (
            pl.concat(vocabularies).unique().sort()
            if vocabularies
            else pl.Series([], dtype=pl.String)
        )
        # each slice's words in the whole vocabulary, and how many rows each word has in all
        to_global = [words.search_sorted(local).cast(pl.Int64).to_numpy() for local in vocabularies]
        del vocabularies
        counts = np.zeros(words.len(), dtype=np.int64)
        for at, (per_word, _row) in zip(to_global, slices, strict=True):
            counts[at] += per_word  # (a slice's words are distinct)
        starts = np.zeros(words.len() + 1, dtype=np.int64)
        np.cumsum(counts, out=starts[1:])
        rows = np.empty(int(starts[-1]), dtype=np.uint32)
        placed = starts[:-1].copy()  # per word: where its next slice's rows go
        for at in to_global:  # (~5 ms a slice of 25k rows: all at once held the cores ~0.2 s)
            pause()
            per_word, row = slices.popleft()  # let go once placed
            first = np.zeros(len(per_word), dtype=np.int64)  # where each word's rows start
            np.cumsum(per_word[:-1], out=first[1:])
            rows[np.repeat(placed[at] - first, per_word) + np.arange(len(row))] = row
            placed[at] += per_word
        postings = pl.Series(rows)
        if words.len() > len(rows) // 2:  # nearly every word once (EANs): as they are
            word_of = np.repeat(np.arange(words.len()), counts)
            return cls(words.gather(word_of).rename("words"), None, postings, height)
        return cls(words.rename("words"), pl.Series(starts.astype(np.uint32)), postings, height)

    def rows_with_prefix(self, token: str) -> pl.Series:
        """Positions of the rows holding a word that starts with ``token`` (a row may repeat
        when several of its words do)."""
        lo = self.words.search_sorted(token, side="left")
        return self._rows(lo, self.words.search_sorted(token + _TOP, side="left"))

    def rows_with_word(self, token: str) -> pl.Series:
        """Positions of the rows holding ``token`` as a whole word."""
        lo = self.words.search_sorted(token, side="left")
        return self._rows(lo, self.words.search_sorted(token, side="right"))

    def _rows(self, lo: int, hi: int) -> pl.Series:
        """The rows of the words ``lo`` up to ``hi`` in the sorted vocabulary."""
        if lo >= hi:
            return self.rows.clear()
        if self.starts is None:
            return self.rows.slice(lo, hi - lo)
        begin, end = self.starts[lo], self.starts[hi]
        return self.rows.slice(begin, end - begin)

    @property
    def nbytes(self) -> int:
        starts = 0 if self.starts is None else self.starts.estimated_size()
        return int(self.words.estimated_size() + starts + self.rows.estimated_size())


class NumberIndex:
    """Codes made of digits only (EANs), one or none per row, as numbers sorted by (length,
    value): 13 bytes a row where the same strings took ~33 (a 13-digit string does not fit in
    a 12-byte inline view). Digits after a prefix are a range of values for each length."""

    #: the longest digit string a uint64 holds whatever its digits
    LONGEST = 19

    def __init__(self, lengths: np.ndarray, values: np.ndarray, rows: np.ndarray, height: int):
        self.lengths = lengths
        self.values = values
        self.rows = rows
        self.height = height
        #: where the codes of each length start (one more entry: where they end)
        self.groups = np.searchsorted(lengths, np.arange(self.LONGEST + 2, dtype=np.uint8))

    @classmethod
    def build(
        cls, text: pl.Series, step: int = 100_000, pause: Pause = no_pause
    ) -> NumberIndex | None:
        """The index of ``text`` (row positions as given), or ``None`` unless every value is
        empty or one run of at most ``LONGEST`` digits. Read ``step`` rows at a time, with
        ``pause`` before each and before the sort (~25 ms at a million rows: in one piece
        it held the cores ~0.14 s beside the searches)."""
        digits = rf"^[0-9]{{0,{cls.LONGEST}}}$"
        lengths: list[np.ndarray] = []
        values: list[np.ndarray] = []
        for start in range(0, text.len(), step):
            pause()
            codes = text.slice(start, step).fill_null("")
            if not codes.str.contains(digits).all():
                return None
            lengths.append(codes.str.len_bytes().to_numpy().astype(np.uint8))
            values.append(codes.replace("", "0").cast(pl.UInt64).to_numpy())
        pause()
        length = np.concatenate(lengths) if lengths else np.empty(0, dtype=np.uint8)
        value = np.concatenate(values) if values else np.empty(0, dtype=np.uint64)
        rows = np.flatnonzero(length > 0).astype(np.uint32)
        # by value, then by length (stable: a radix sort of bytes). The rows of one code come
        # in any order: their users mask or sort them. (numpy's stable sort of the values, or
        # ``lexsort``, took ~90 ms at a million rows, its default ~15)
        rows = rows[np.argsort(value[rows])]
        rows = rows[np.argsort(length[rows], kind="stable")]
        return cls(length[rows], value[rows], rows, text.len())

    def rows_with_prefix(self, token: str) -> pl.Series:
        """Positions of the rows whose code starts with ``token``."""
        found: list[np.ndarray] = []
        if token.isascii() and token.isdigit() and len(token) <= self.LONGEST:
            start = int(token)
            for length in range(len(token), self.LONGEST + 1):
                lo, hi = int(self.groups[length]), int(self.groups[length + 1])
                if lo == hi:
                    continue
                scale = 10 ** (length - len(token))
                bounds = np.array([start * scale, (start + 1) * scale], dtype=np.uint64)
                a, b = np.searchsorted(self.values[lo:hi], bounds)
                found.append(self.rows[lo + a : lo + b])
        rows = np.concatenate(found) if found else np.empty(0, dtype=np.uint32)
        return pl.Series(rows, dtype=pl.UInt32)

    @property
    def nbytes(self) -> int:
        return int(self.lengths.nbytes + self.values.nbytes + self.rows.nbytes + self.groups.nbytes)
