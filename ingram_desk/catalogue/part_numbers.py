"""Part numbers as one byte buffer that numpy searches for substrings, by the part-number rule.

Why: part numbers must match as substrings ("ms-98" pasted, "98" typed), which word postings
cannot do within their memory; a literal scan of a million strings costs polars ~20 ns a row.
``PartNumbers`` keeps every row's compacted part numbers in one buffer that numpy compares 16
bits at a time (a row costs ~0.5 ns per pass), checks the rule around each hit on the hits'
offsets (not with a regex per row), and remembers its answers for the last tokens: a token
typed on reads only the bytes of the few rows its start matched, and each key typed after it
finds it answered (every key searches the tokens before it again).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import cache

import numpy as np
import polars as pl

from .priority import Pause, no_pause

__all__ = ["SCATTERED_ROWS", "PartNumbers", "common"]

#: a zero byte after the part-number buffer, so the byte after a match can be read unchecked
_PAD = 1
_SPACE, _NEWLINE = ord(" "), ord("\n")
_CORES = min(os.cpu_count() or 1, 4)
#: rows whose part numbers are encoded at once
_ENCODED_ROWS = 1 << 16
#: below this many bytes one thread searches the whole buffer
_PARALLEL_BYTES = 1 << 20
#: up to this many rows are scanned one by one where they lie; more and the whole buffer is
#: quicker (a scattered row costs ~250 ns, a cache miss or two)
SCATTERED_ROWS = 16_000
#: tokens whose answers ``PartNumbers`` remembers, and their rows in all (4 bytes each: 4 MB,
#: as when it kept only tokens of at most ``SCATTERED_ROWS`` rows)
_HELD_TOKENS, _HELD_ROWS = 64, 1 << 20


def _distinct(rows: np.ndarray) -> pl.Series:
    """Ascending ``rows`` without repeats, as positions."""
    if len(rows) > 1:
        rows = rows[np.concatenate(([True], rows[1:] != rows[:-1]))]
    return pl.Series(rows.astype(np.uint32), dtype=pl.UInt32)


def _rows_of(literal: pl.Series, ruled: Iterable[pl.Series]) -> int:
    """The rows a token's answers hold (an answer of ``after`` 0 is its literal rows)."""
    return literal.len() + sum(rows.len() for rows in ruled if rows is not literal)


def _rows_held(held: dict[str, tuple[pl.Series, dict[int, pl.Series]]]) -> int:
    """The rows ``PartNumbers`` holds in all."""
    return sum(_rows_of(literal, ruled.values()) for literal, ruled in held.values())


def common(a: pl.Series, b: pl.Series) -> pl.Series:
    """The positions in both ascending ``a`` and ``b`` (distinct), by a mask of the shorter
    one's: a few ms for lists of 100k rows, where numpy's ``intersect1d`` sorts both."""
    short, other = sorted((a.to_numpy(), b.to_numpy()), key=len)
    if not len(short):
        return pl.Series([], dtype=pl.UInt32)
    seen = np.zeros(int(short[-1]) + 1, dtype=bool)
    seen[short] = True
    other = other[other <= short[-1]]
    return pl.Series(other[seen[other]].astype(np.uint32), dtype=pl.UInt32)


_local = threading.local()


def _scratch(size: int) -> np.ndarray:
    """This thread's mask of at least ``size`` booleans, kept for its next search (the pool's
    threads: half the buffer's 16-bit words each, ~5 MB at a million rows)."""
    mask: np.ndarray | None = getattr(_local, "mask", None)
    if mask is None or len(mask) < size:
        mask = _local.mask = np.empty(size, dtype=bool)
    return mask


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
        #: per token searched everywhere: the rows holding it, and those its rule keeps per
        #: ``after`` (the oldest first)
        self._held: dict[str, tuple[pl.Series, dict[int, pl.Series]]] = {}
        self._held_lock = threading.Lock()

    @classmethod
    def from_arrays(cls, starts: np.ndarray, buf: np.ndarray) -> PartNumbers:
        """Part numbers kept by a generation (``starts`` and ``buf`` as built; may be mapped)."""
        out = cls.__new__(cls)
        out.starts, out.buf, out.rows = starts, buf, len(starts) - 1
        out._held, out._held_lock = {}, threading.Lock()
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
        everywhere = among is None
        if everywhere and (known := self._answer(token, after)) is not None:
            return known  # (each key typed searches the tokens before it again)
        held = self._holding_prefix(token)
        if held is not None:  # a row holding ``token`` holds its prefix: only those rows
            among = held if among is None else common(among, held)
        if among is None:
            at = self._occurrences(raw)
        else:
            at = self._occurrences_among(raw, among.to_numpy())
        rows = np.searchsorted(self.starts, at.astype(self.starts.dtype), side="right") - 1
        literal = _distinct(rows)
        if after == 0:
            if everywhere:
                self._hold(token, after, literal, literal)
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
        ruled = _distinct(rows[keep | (count >= after)])
        if everywhere:
            self._hold(token, after, literal, ruled)
        return literal, ruled

    def _answer(self, token: str, after: int) -> tuple[pl.Series, pl.Series] | None:
        """``search(token, after)`` as remembered, or ``None``."""
        with self._held_lock:
            if (known := self._held.get(token)) is None or (ruled := known[1].get(after)) is None:
                return None
            self._held[token] = self._held.pop(token)  # the newest again
            return known[0], ruled

    def _holding_prefix(self, token: str) -> pl.Series | None:
        """The rows holding the longest remembered prefix of ``token`` (itself included)
        literally, when few enough to read one by one; else ``None``."""
        held = self._held
        for end in range(len(token), 0, -1):
            if (known := held.get(token[:end])) is not None and known[0].len() <= SCATTERED_ROWS:
                return known[0]
        return None

    def _hold(self, token: str, after: int, literal: pl.Series, ruled: pl.Series) -> None:
        """Remember ``search(token, after)``'s answer (a whole search costs 5-20 ms at a
        million rows): a token typed on reads only the rows holding it when they are few (a
        scattered row ~250 ns), and the keys typed after it find it answered. The oldest are
        forgotten past ``_HELD_TOKENS`` tokens or ``_HELD_ROWS`` rows."""
        if _rows_of(literal, [ruled]) > _HELD_ROWS // 4:
            return
        with self._held_lock:
            known = self._held.pop(token, None)
            self._held[token] = (literal, {**(known[1] if known else {}), after: ruled})
            while len(self._held) > 1 and (
                len(self._held) > _HELD_TOKENS or _rows_held(self._held) > _HELD_ROWS
            ):
                del self._held[next(iter(self._held))]

    def each_byte(
        self, chars: bytes, after: int, step: int = 1 << 16, pause: Pause = no_pause
    ) -> np.ndarray:
        """For each of the one-byte tokens ``chars``, a mask of the rows holding it by the
        part-number rule (``search(token, after)``'s second answer), as one boolean table
        (a line a token): one pass over the buffer, ``step`` rows at a time (``pause`` called
        before each), where a search per token cost ~50 ms each (most bytes are hits of some
        letter or digit).

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
            pause()
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
        """Offsets in ``[lo, hi)`` where ``token`` starts (its later bytes may lie past ``hi``).

        The compares write into this thread's scratch mask (``_scratch``): a fresh mask of
        5 MB a pass cost more in page faults than the compare itself (~40 % of the pass)."""
        buf = self.buf
        if len(token) == 1:
            return np.flatnonzero(buf[lo:hi] == token[0]) + lo
        word = token[0] | token[1] << 8
        pairs = hi - lo  # offsets lo..hi-1 start a pair; the pad byte closes the last one
        words = buf[lo : lo + pairs + pairs % 2].view("<u2")
        mask = _scratch(len(words))
        even = np.flatnonzero(np.equal(words, word, out=mask[: len(words)])) * 2
        words = buf[lo + 1 : lo + 1 + pairs - pairs % 2].view("<u2")
        odd = np.flatnonzero(np.equal(words, word, out=mask[: len(words)])) * 2 + 1
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
