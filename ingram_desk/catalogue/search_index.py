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
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache

import numpy as np
import polars as pl

__all__ = ["SCATTERED_ROWS", "PartNumbers", "WordIndex", "per_core"]

#: the highest code point: every word starting with a token sorts below token + this
_TOP = "\U0010ffff"
_SHIFT = 1 << 32
#: a (word, row) key's row and word: its low and high 32-bit halves, every other uint32
_ROW, _WORD = (slice(0, None, 2), slice(1, None, 2))[:: 1 if sys.byteorder == "little" else -1]
#: a slice's keys once moved into the sorted buffer
_MOVED = (np.empty(0, dtype=np.uint32),) * 2
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


def _postings_first(key: np.ndarray, repeats: np.ndarray, step: int = 1 << 20) -> int:
    """Move the rows (low halves) of the sorted (word, row) keys ``key`` but those at
    ``repeats`` to the front of ``key``'s buffer, as uint32; how many there are. The postings
    then need no second buffer beside the keys (~30 MB at a million rows): ``key`` is shrunk
    to them."""
    halves = key.view(np.uint32)
    row, at = halves[_ROW], 0
    for lo in range(0, len(key), step):  # (numpy copies a block that overlaps where it goes)
        hi = min(lo + step, len(key))
        gone = repeats[np.searchsorted(repeats, lo) : np.searchsorted(repeats, hi)]
        block = np.delete(row[lo:hi], gone - lo) if len(gone) else row[lo:hi]
        halves[at : at + len(block)] = block
        at += len(block)
    return at


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
        rows): each (word, row) becomes one integer, the word's rank in the slice's own
        vocabulary and the row, and once every slice's vocabulary is known the ranks are
        mapped to the whole vocabulary's and the integers sorted, far quicker than sorting
        millions of strings; a word twice in a row is one key once sorted."""

        def slice_keys(start: int) -> tuple[pl.Series, np.ndarray, np.ndarray]:
            # Series calls only: they run on this thread (a frame's ``select`` ran on polars'
            # pool, where the searches beside it queued behind each slice)
            words = text_of(start).str.split(" ")
            counts = words.list.len().to_numpy()
            row = np.repeat(np.arange(start, start + len(counts), dtype=np.uint32), counts)
            flat = words.explode()
            del words
            real = (flat != "").to_numpy()
            flat = flat.filter(pl.Series(real))
            local = flat.unique().sort()
            rank = flat.cast(pl.Enum(local)).to_physical().to_numpy()
            # a word repeated in a row repeats its key: dropped once all keys are sorted
            return local, rank, row[real]

        vocabularies: list[pl.Series] = []
        keys: list[tuple[np.ndarray, np.ndarray]] = []  # per slice: word ranks, rows
        for start in range(0, height, step):  # one slice at a time: its words are the peak
            local, rank, row = slice_keys(start)
            vocabularies.append(local)
            keys.append((rank, row))
        words = (
            pl.concat(vocabularies).unique().sort()
            if vocabularies
            else pl.Series([], dtype=pl.String)
        )
        # every slice's keys moved into one buffer as they are mapped to the whole
        # vocabulary's ranks, each slice let go once moved: the keys are in memory once, not
        # three times (slices, their concatenation, polars' sorted copy: ~130 MB at a million
        # rows on top of the cells)
        key = np.empty(sum(len(rank) for rank, _r in keys), dtype=np.uint64)
        at = 0
        for n, local in enumerate(vocabularies):  # slice ranks → the whole vocabulary's
            to_global = words.search_sorted(local).cast(pl.UInt64).to_numpy()
            (rank, row), keys[n] = keys[n], _MOVED
            out = key[at : at + len(rank)]
            np.take(to_global, rank, out=out)  # (numpy's integers: no polars temporaries)
            out <<= np.uint64(32)
            out |= row
            at += len(rank)
            del rank, row, out  # (a view of ``key`` would keep it from shrinking)
        del vocabularies, keys
        key.sort()  # in place (numpy's vectorised sort: a quarter of polars' CPU here)
        # a word twice in a row is the same key twice, neighbours once sorted: the repeats'
        # places (few), so starts and rows are cut from the sorted keys with no second copy
        repeats = np.flatnonzero(key[1:] == key[:-1]) + 1
        occurrences = len(key) - len(repeats)
        word_of = starts = None
        if words.len() > occurrences // 2:  # nearly every word once (EANs): as they are
            word_of = np.delete(key.view(np.uint32)[_WORD], repeats)
        else:  # each word's first key, found on the keys themselves (no row-to-word array
            # beside them), less the repeats before it
            first_keys = np.arange(words.len() + 1, dtype=np.uint64) * np.uint64(_SHIFT)
            starts = np.searchsorted(key, first_keys)
            starts -= np.searchsorted(repeats, starts)
        occurrences = _postings_first(key, repeats)
        # in place, the tail's pages given back; no view of ``key`` is left (numpy's count of
        # references would also count a debugger's or tracer's copy of this frame's locals)
        key.resize((occurrences + 1) // 2, refcheck=False)
        rows = pl.Series(key.view(np.uint32)[:occurrences])
        if word_of is not None:
            return cls(words.gather(word_of).rename("words"), None, rows, height)
        return cls(words.rename("words"), pl.Series(starts.astype(np.uint32)), rows, height)

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
