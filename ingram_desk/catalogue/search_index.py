"""What the settled snapshot searches with: word-prefix postings and a part-number buffer.

Why: a literal scan of a million strings costs polars about 20 ns per row whatever their
length (20-30 ms per token on two cores), too slow for search-as-you-type once IPC and page
reads are added. ``WordIndex`` sorts the words, so the words sharing a prefix are one
contiguous range and their rows one contiguous slice of the postings: two binary searches and
a slice, whatever the catalogue's size, for 4 bytes per (word, row). Part numbers must match
as substrings, which postings cannot do within that memory; ``PartNumbers`` keeps them as one
byte buffer that numpy compares 16 bits at a time (a row costs ~0.5 ns per pass), and checks
the rule around each hit on the hits' offsets, not with a regex per row.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache

import numpy as np
import polars as pl

__all__ = ["SCATTERED_ROWS", "PartNumbers", "WordIndex", "per_core"]

#: the highest code point: every word starting with a token sorts below token + this
_TOP = "\U0010ffff"
#: a zero byte after the part-number buffer, so the byte after a match can be read unchecked
_PAD = 1
_SPACE, _NEWLINE = ord(" "), ord("\n")
_CORES = min(os.cpu_count() or 1, 4)
#: rows whose part numbers are encoded at once (``PartNumbers``)
_ENCODED_ROWS = 1 << 16
#: below this many bytes one thread searches the whole buffer
_PARALLEL_BYTES = 1 << 20
#: up to this many rows are scanned one by one where they lie; more and the whole buffer is
#: quicker (a scattered row costs ~250 ns, a cache miss or two)
SCATTERED_ROWS = 16_000


def per_core(frame: pl.DataFrame, min_rows: int = 2_000) -> list[pl.DataFrame]:
    """``frame`` in one zero-copy slice per core (polars scans a string column on one core);
    whole when under ``min_rows``, where splitting costs more than it saves."""
    parts = pl.thread_pool_size()
    if parts < 2 or frame.height < min_rows:
        return [frame]
    step = -(-frame.height // parts)
    return [frame.slice(start, step) for start in range(0, frame.height, step)]


def _distinct(rows: np.ndarray) -> pl.Series:
    """Ascending ``rows`` without repeats, as positions."""
    if len(rows) > 1:
        rows = rows[np.concatenate(([True], rows[1:] != rows[:-1]))]
    return pl.Series(rows.astype(np.uint32), dtype=pl.UInt32)


@cache
def _pool() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(_CORES, thread_name_prefix="part-numbers")


class PartNumbers:
    """Each row's part-number text in one byte buffer (rows ended by a newline) that numpy
    searches: a token's first two bytes are compared as one 16-bit word at both alignments,
    later bytes only at the offsets still in play — a few ms for a million rows whatever the
    token, where polars pays ~20 ns a row per scan and a regex on each hit. The rule around a
    hit (start of a code, characters after it) is checked on the hits' offsets too."""

    def __init__(self, codes: pl.Series) -> None:
        lengths = codes.str.len_bytes().fill_null(0).to_numpy().astype(np.int64)
        ends = np.cumsum(lengths + 1)
        small = ends[-1:].sum() < 2**32
        #: where each row starts, and one more entry: where a row after the last would
        self.starts = np.concatenate(([0], ends)).astype(np.uint32 if small else np.int64)
        # encoded a part at a time: the text of a million rows as one ``str`` held the GIL
        # ~50 ms (made, then encoded), and the searches and page reads beside it waited
        parts = [
            codes.slice(at, _ENCODED_ROWS).fill_null("").str.join("\n").item().encode()
            for at in range(0, codes.len(), _ENCODED_ROWS)
        ]
        # the newline ending the last row, then a zero byte (never in a token)
        self.buf = np.frombuffer(b"\n".join([*(parts or [b""]), bytes(_PAD)]), dtype=np.uint8)
        self.rows = codes.len()

    @classmethod
    def from_arrays(cls, starts: np.ndarray, buf: np.ndarray) -> PartNumbers:
        """Part numbers kept by a generation (``starts`` and ``buf`` as built; may be mapped)."""
        out = cls.__new__(cls)
        out.starts, out.buf, out.rows = starts, buf, len(starts) - 1
        return out

    def containing(self, token: str, among: pl.Series | None = None) -> pl.Series:
        """Ascending positions whose text holds ``token`` literally: of the ascending rows
        ``among`` (a few thousand: only their bytes are looked at), or of all."""
        return self.search(token, 0, among)[0]

    def search(
        self, token: str, after: int, among: pl.Series | None = None
    ) -> tuple[pl.Series, pl.Series]:
        """Ascending positions of the rows (of ``among``, else of all) holding ``token``
        literally, and of those where it starts a code (at a row start or after a space) or
        has at least ``after`` more characters of the same code after it: the search's
        part-number rule."""
        raw = token.encode()
        if among is None:
            at = self._occurrences(raw)
        else:
            at = self._occurrences_among(raw, among.to_numpy())
        rows = np.searchsorted(self.starts, at.astype(self.starts.dtype), side="right") - 1
        literal = _distinct(rows)
        if after == 0:
            return literal, literal
        buf, last = self.buf, len(self.buf) - 1
        before = buf[np.maximum(at, 1) - 1]
        keep = (at == 0) | (before == _SPACE) | (before == _NEWLINE)
        count = np.zeros(len(at), dtype=np.int8)
        alive = np.ones(len(at), dtype=bool)
        for k in range(4 * after - 3):  # the last one needed starts within 4 * (after - 1)
            byte = buf[np.minimum(at + len(raw) + k, last)]
            alive &= (byte != _SPACE) & (byte != _NEWLINE) & (byte != 0)
            count += alive & ((byte & 0xC0) != 0x80)  # UTF-8 continuation bytes start none
        return literal, _distinct(rows[keep | (count >= after)])

    def each_byte(self, chars: bytes, after: int, step: int = 1 << 16) -> np.ndarray:
        """For each of the one-byte tokens ``chars``, a mask of the rows holding it by the
        part-number rule (``search(token, after)``'s second answer), as one boolean table
        (a line a token): one pass over the buffer, ``step`` rows at a time, where a search
        per token cost ~50 ms each (most bytes are hits of some letter or digit).

        The look-ahead works in scratch arrays made once for the largest step and reused:
        fresh temporaries per step cost ~190k page faults at a million rows (0.37 s of
        system time in the import child, whose big blocks are mapped and returned anew)."""
        assert len(chars) < 256  # a token's line number is a byte
        table = np.zeros((len(chars), self.rows), dtype=bool)
        which = np.full(256, len(chars), dtype=np.uint8)  # no token: the last line, dropped
        which[np.frombuffer(chars, dtype=np.uint8)] = np.arange(len(chars))
        ahead = 4 * after - 3  # as ``search`` looks ahead of a hit
        buf, starts = self.buf, self.starts.astype(np.int64)
        bounds = [(lo, min(lo + step, self.rows)) for lo in range(0, self.rows, step)]
        most = max((int(starts[hi] - starts[lo]) for lo, hi in bounds), default=0)
        keep_, ok_, alive_ = (np.empty(most, dtype=bool) for _ in range(3))
        count_, bits_ = np.empty(most, dtype=np.int8), np.empty(most, dtype=np.uint8)
        tail_ = np.empty(most + max(ahead, 0) + 1, dtype=np.uint8)
        for lo, hi in bounds:
            a, b = int(starts[lo]), int(starts[hi])
            n = b - a
            seg = buf[a:b]
            before = buf[a - 1 : b - 1] if a else np.concatenate(([_NEWLINE], buf[: b - 1]))
            keep, ok = keep_[:n], ok_[:n]
            np.equal(before, _SPACE, out=keep)
            keep |= np.equal(before, _NEWLINE, out=ok)
            if after:
                tail = tail_[: n + ahead + 1]
                rest = buf[a : min(b + ahead + 1, len(buf))]
                tail[: len(rest)] = rest
                tail[len(rest) :] = 0
                count, alive, bits = count_[:n], alive_[:n], bits_[:n]
                count[:] = 0
                alive[:] = True
                for k in range(ahead):
                    byte = tail[1 + k : 1 + k + n]
                    for stop in (_SPACE, _NEWLINE, 0):
                        alive &= np.not_equal(byte, stop, out=ok)
                    np.bitwise_and(byte, 0xC0, out=bits)
                    np.not_equal(bits, 0x80, out=ok)  # UTF-8 continuation bytes start none
                    ok &= alive
                    count += ok
                keep |= np.greater_equal(count, after, out=ok)
            else:
                keep[:] = True
            token = np.take(which, seg, out=bits_[:n])
            keep &= np.less(token, len(chars), out=ok)
            at = np.flatnonzero(keep)
            rows = np.repeat(np.arange(lo, hi, dtype=np.int32), np.diff(starts[lo : hi + 1]))
            table[token[at], rows[at]] = True
        return table

    def _occurrences(self, token: bytes) -> np.ndarray:
        """Ascending byte offsets in ``buf`` where ``token`` starts: one slice per core
        (numpy lets go of the GIL while it compares)."""
        size = len(self.buf) - _PAD
        if len(token) > size:
            return np.empty(0, dtype=np.intp)
        step = -(-size // _CORES)
        if _CORES < 2 or size < _PARALLEL_BYTES:
            return self._occurrences_in(token, 0, size)
        bounds = [(lo, min(lo + step, size)) for lo in range(0, size, step)]
        found = _pool().map(lambda b: self._occurrences_in(token, *b), bounds)
        return np.concatenate(list(found))

    def _occurrences_in(self, token: bytes, lo: int, hi: int) -> np.ndarray:
        """Offsets in ``[lo, hi)`` where ``token`` starts (its later bytes may lie past ``hi``)."""
        buf = self.buf
        if len(token) == 1:
            return np.flatnonzero(buf[lo:hi] == token[0]) + lo
        word = token[0] | token[1] << 8
        pairs = hi - lo  # offsets lo..hi-1 start a pair; the pad byte closes the last one
        even = np.flatnonzero(buf[lo : lo + pairs + pairs % 2].view("<u2") == word) * 2
        odd = np.flatnonzero(buf[lo + 1 : lo + 1 + pairs - pairs % 2].view("<u2") == word) * 2 + 1
        at = np.sort(np.concatenate((even, odd))) + lo
        return self._rest(token, at[at <= len(buf) - _PAD - len(token)])

    def _occurrences_among(self, token: bytes, rows: np.ndarray) -> np.ndarray:
        """Ascending offsets where ``token`` starts within the ascending ``rows``."""
        first = self.starts[rows].astype(np.int64)
        lengths = self.starts[rows + 1].astype(np.int64) - first - 1
        lengths = np.maximum(lengths - len(token) + 1, 0)  # offsets where it could start
        total = int(lengths.sum())
        if total == 0:
            return np.empty(0, dtype=np.int64)
        shift = np.repeat(first - (np.cumsum(lengths) - lengths), lengths)
        at = np.arange(total, dtype=np.int64) + shift
        return self._rest(token, at[self.buf[at] == token[0]], 1)

    def _rest(self, token: bytes, at: np.ndarray, known: int = 2) -> np.ndarray:
        """The offsets of ``at`` (where ``token``'s first ``known`` bytes are) where the rest
        of it follows (``at`` leaves room for all of it before the pad)."""
        buf = self.buf
        for k in range(known, len(token)):
            at = at[buf[at + k] == token[k]]
        return at

    @property
    def nbytes(self) -> int:
        return int(self.buf.nbytes + self.starts.nbytes)


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
    def build(cls, text: pl.Series, step: int = 100_000) -> WordIndex:
        """Index the words of ``text`` (folded, separated by spaces: ``search_text``), row
        positions as given (``build_from``)."""
        return cls.build_from(lambda start: text.slice(start, step), text.len(), step)

    @classmethod
    def build_from(
        cls, text_of: Callable[[int], pl.Series], height: int, step: int = 100_000
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
        million rows, and twice the memory)."""
        vocabularies: list[pl.Series] = []
        slices: deque[tuple[np.ndarray, np.ndarray]] = deque()  # per slice: rows per word, rows
        for start in range(0, height, step):  # one slice at a time: its words are the peak
            # Series calls only: they run on this thread (a frame's ``select`` ran on polars'
            # pool, where the searches beside it queued behind each slice)
            local, per_word, row = _slice_postings(text_of(start).str.split(" "), start)
            vocabularies.append(local)
            slices.append((per_word, row))
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
        for at in to_global:
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
    def build(cls, text: pl.Series) -> NumberIndex | None:
        """The index of ``text`` (row positions as given), or ``None`` unless every value is
        empty or one run of at most ``LONGEST`` digits."""
        if not text.fill_null("").str.contains(rf"^[0-9]{{0,{cls.LONGEST}}}$").all():
            return None
        codes = text.fill_null("")
        lengths = codes.str.len_bytes().to_numpy().astype(np.uint8)
        values = codes.replace("", "0").cast(pl.UInt64).to_numpy()
        rows = np.flatnonzero(lengths > 0).astype(np.uint32)
        order = np.lexsort((values[rows], lengths[rows]))
        rows = rows[order]
        return cls(lengths[rows], values[rows], rows, text.len())

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
