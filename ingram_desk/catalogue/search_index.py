"""What the settled snapshot searches with: word-prefix postings and part numbers in blocks.

Why: a literal scan of a million strings costs polars about 20 ns per row whatever their
length (20-30 ms per token on two cores), too slow for search-as-you-type once IPC and page
reads are added. ``WordIndex`` sorts the words, so the words sharing a prefix are one
contiguous range and their rows one contiguous slice of the postings: two binary searches and
a slice, whatever the catalogue's size, for 4 bytes per (word, row). Part numbers must match
as substrings, which postings cannot do within that memory; ``CodeBlocks`` joins them 64 rows to
a string, so the scan pays the per-row cost 64 times less and only the rows of blocks that
hold the token are looked at one by one.
"""

from __future__ import annotations

import polars as pl

__all__ = ["SCATTERED_ROWS", "CodeBlocks", "WordIndex", "per_core"]

c = pl.col
_WORD_SPLIT = r"[^\p{L}\p{N}]+"
#: the highest code point: every word starting with a token sorts below token + this
_TOP = "\U0010ffff"
_SHIFT = 1 << 32
#: rows per block of part numbers
_BLOCK = 64
#: up to this many rows are scanned one by one where they lie; more and the blocks are
#: quicker (a scattered row costs ~250 ns, a cache miss or two; a row in a block ~5 ns)
SCATTERED_ROWS = 16_000


def per_core(frame: pl.DataFrame, min_rows: int = 2_000) -> list[pl.DataFrame]:
    """``frame`` in one zero-copy slice per core (polars scans a string column on one core);
    whole when under ``min_rows``, where splitting costs more than it saves."""
    parts = pl.thread_pool_size()
    if parts < 2 or frame.height < min_rows:
        return [frame]
    step = -(-frame.height // parts)
    return [frame.slice(start, step) for start in range(0, frame.height, step)]


def _contains(column: pl.Series, token: str) -> pl.Series:
    """``column.str.contains(token, literal=True)`` on every core."""
    found = pl.collect_all(
        [
            part.lazy().select(c("s").str.contains(token, literal=True))
            for part in per_core(column.to_frame("s"))
        ]
    )
    return pl.concat([part.to_series() for part in found])


class CodeBlocks:
    """Each row's part-number text, and the same joined ``_BLOCK`` rows to a string."""

    def __init__(self, codes: pl.Series) -> None:
        self.codes = codes
        self.blocks = (
            codes.rename("s")
            .to_frame()
            .with_row_index("i")
            .group_by(c("i") // _BLOCK, maintain_order=True)
            .agg(c("s").str.join("\n"))
            .get_column("s")
        )

    def containing(self, token: str, among: pl.Series | None = None) -> pl.Series:
        """Ascending positions whose text holds ``token`` literally: of the rows ``among``
        (positions: few, or in runs, since a scattered row costs a cache miss), or of all."""
        codes = self.codes
        if among is not None:
            return among.filter(codes.gather(among).str.contains(token, literal=True))
        hit = _contains(self.blocks, token).arg_true().cast(pl.UInt32)
        if hit.len() > self.blocks.len() // 2:  # a short token is in most blocks
            return _contains(codes, token).arg_true()
        start = hit * _BLOCK
        end = (start + _BLOCK).clip(upper_bound=codes.len())
        rows = pl.select(pl.int_ranges(start, end, dtype=pl.UInt32)).to_series().explode()
        return self.containing(token, rows.drop_nulls())

    @property
    def nbytes(self) -> int:
        return int(self.codes.estimated_size() + self.blocks.estimated_size())


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
        """Index the letter/digit runs of ``text`` (already folded), row positions as given.

        Slice by slice, so the exploded words of only one slice are strings at a time; the
        words are then replaced by their rank in the vocabulary and (word, row) sorted as one
        integer, which is far quicker than sorting millions of strings."""
        slices: list[pl.DataFrame] = []
        vocabulary: list[pl.Series] = []
        for start in range(0, text.len(), step):
            part = pl.DataFrame({"w": text.slice(start, step)}).with_row_index("p", offset=start)
            part = part.select(
                "p", c("w").str.replace_all(_WORD_SPLIT, " ").str.strip_chars().str.split(" ")
            )
            part = part.explode("w").filter(c("w").is_not_null() & (c("w") != ""))
            slices.append(part)
            vocabulary.append(part.get_column("w").unique())
        words = (
            pl.concat(vocabulary).unique().sort()
            if vocabulary
            else pl.Series("w", [], dtype=pl.String)
        )
        occurrences = sum(part.height for part in slices)
        if words.len() > occurrences // 2:  # nearly every word once (EANs): sort them as they are
            pairs = (
                pl.concat(slices).unique().sort("w", "p")
                if slices
                else pl.DataFrame({"w": [], "p": []}, schema={"w": pl.String, "p": pl.UInt32})
            )
            return cls(pairs.get_column("w"), None, pairs.get_column("p"), text.len())
        enum = pl.Enum(words)
        keys = [
            part.select(
                (c("w").cast(enum).to_physical().cast(pl.UInt64) * _SHIFT + c("p")).alias("k")
            ).get_column("k")
            for part in slices
        ]
        del slices
        key = pl.concat(keys).unique().sort() if keys else pl.Series("k", [], dtype=pl.UInt64)
        del keys
        word_of = (key // _SHIFT).cast(pl.UInt32)
        rows = (key % _SHIFT).cast(pl.UInt32)
        starts = word_of.search_sorted(
            pl.Series(range(words.len() + 1), dtype=pl.UInt32), side="left"
        ).cast(pl.UInt32)
        return cls(words.rename("words"), starts, rows, text.len())

    def rows_with_prefix(self, token: str) -> pl.Series:
        """Positions of the rows holding a word that starts with ``token`` (a row may repeat
        when several of its words do)."""
        lo = self.words.search_sorted(token, side="left")
        hi = self.words.search_sorted(token + _TOP, side="left")
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
