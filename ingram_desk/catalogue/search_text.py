"""What a row is searched by: its words, its part numbers run together, its EAN, folded.

The same ``fold`` rules as typed text (case and accents ignored), applied to whole
columns: only rows holding a non-ASCII character are folded character by character; a word
holding a German umlaut is also there spelled out ("mueller"; a typed one is searched both
ways: ``words.token_ways``). In the search text a fresh snapshot is scanned by, every
character of the words and the EAN that is not a letter or digit is a space, and each word,
the EAN and each part number follows one, so a scan finds the start of any of them
(`` hdmi``) and a whole word (`` hdmi ``) as literal text.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

import polars as pl

from .layouts import ColumnMap
from .words import LETTERS, SPELLED, fold

#: Shortest indexed part-number suffix; shorter substrings are served by prefixes only.
MIN_SUFFIX = 3
#: in the search text, what ends the words (vendor, descriptions) and starts the EAN
EAN_MARK = "\x02"
#: in the search text, what ends the EAN and starts the part numbers
CODES_MARK = "\x01"
#: a character of folded text that is not a letter or digit, a space or the search text's
#: marks (``folded`` makes it a space: decomposing may make ASCII separators, "⑴" is "(1)")
_EDGE = r"[^\p{L}\p{N} \x01\x02]"


__all__ = [
    "CODES_MARK", "EAN_MARK", "field_cell", "folded", "part_numbers", "search_expr", "text_cell",
    "text_codes", "text_words",
]  # fmt: skip

c = pl.col
Text = TypeVar("Text", pl.Expr, pl.Series)


def text_cell(index: int) -> pl.Expr:
    """The cell column ``c<index>`` as text, nulls as empty (few-valued columns are read as
    categories, ``parse``: cast back)."""
    return c(f"c{index}").cast(pl.String).fill_null("")


def field_cell(columns: ColumnMap, field: str) -> pl.Expr:
    """The first cell mapped to ``field`` as text (``text_cell``); empty where none is."""
    ix = columns.columns.get(field, ())
    return text_cell(ix[0]) if ix else pl.lit("")


@cache
def _fold_table() -> tuple[list[str], list[str]]:
    """Lower-case accented letters and what ``fold`` makes of them (for ``str.replace_many``)."""
    pairs = {}
    for code in range(0xC0, 0x250):
        ch = chr(code).lower()
        base = fold(ch)
        if base != ch and base.isascii():
            pairs[ch] = base
    return list(pairs), list(pairs.values())


def folded(text: pl.Series) -> pl.Series:
    """``fold`` for lower-cased text (changed in place): only rows with non-ASCII characters
    are touched, first by a table of accented Latin letters; the few rows still holding one
    are folded as ``fold`` does (NFKD, nonspacing marks dropped, lower-cased: ligatures,
    fractions, superscripts, signs, decomposed accents), and each character there that is
    not a letter, a digit or the search text's own marks becomes a space (dashes, quotes,
    no-break spaces; in all the rows: ~35 ms more for 1M English rows)."""
    odd = _non_ascii(text)
    if not odd.any():
        return text
    src, dst = _fold_table()
    rows = odd.arg_true()
    fixed = text.gather(rows).str.replace_many(src, dst)
    if (still := _non_ascii(fixed)).any():
        at = still.arg_true()
        fixed.scatter(at, _decomposed(fixed.gather(at)).str.replace_all(_EDGE, " "))
    return text.scatter(rows, fixed)


_SPELLABLE = f"(?:{'|'.join(SPELLED)})"
#: a run of characters between spaces holding an umlaut (after ``_spaced`` every ASCII
#: separator is a space: what is left between them folds as the same run in the text does)
_RUN_SPELLABLE = f"[^ ]*{_SPELLABLE}[^ ]*"


def _spelled_out(cells: pl.Series) -> pl.Series:
    """Word cells (``_spaced``) with each run holding an umlaut also spelled out
    (``words.SPELLED``) in front ("müller söhne" is "mueller soehne müller söhne"); only rows
    holding a non-ASCII character are looked at."""
    odd = _non_ascii(cells)
    if not odd.any():
        return cells
    rows = odd.arg_true()
    held = cells.gather(rows).str.contains(_SPELLABLE)
    if not held.any():
        return cells
    at = rows.filter(held)
    text = cells.gather(at)
    runs = text.str.extract_all(_RUN_SPELLABLE).list.join(" ")
    runs = runs.str.replace_many(list(SPELLED), list(SPELLED.values()))
    return cells.scatter(at, pl.select(pl.concat_str(runs, pl.lit(" "), text)).to_series())


def _decomposed(text: pl.Series) -> pl.Series:
    """``fold``'s rule on Series: NFKD, nonspacing marks dropped, lower-cased (after: "™"
    is "TM"), ``words.LETTERS`` replaced."""
    lowered = text.str.normalize("NFKD").str.replace_all(r"\p{Mn}+", "").str.to_lowercase()
    return lowered.str.replace_many(list(LETTERS), list(LETTERS.values()))


def _non_ascii(text: pl.Series) -> pl.Series:
    return text.str.len_bytes() != text.str.len_chars()


#: codes a category table may span beyond four per distinct value (``_lowered``)
_SPARE_CODES = 1 << 16


def _lowered(index: int, cells: pl.DataFrame | None, words: bool) -> pl.Expr:
    """The cell column ``c<index>`` stripped and lower-cased, its ASCII characters but letters
    and digits made spaces (``_spaced``), its German words also spelled out when it holds
    ``words`` (``_spelled_out``). A few-valued column read as categories (``parse``)
    in ``cells`` is made so, and folded, on its distinct values, each row then given its
    value's text: at 1M ``;`` rows (vendor and both descriptions such columns, a quarter of
    the rows accented) ~50k page faults and 0.1-0.2 CPU-s fewer than three million cells done
    one by one."""
    name = f"c{index}"
    if cells is not None and cells.schema.get(name) == pl.Categorical:
        # each distinct value's text at its category code, gathered by each row's code: the
        # rows' text then shares the table's bytes (``replace_strict`` copied them: 20 MB
        # higher at 1M DACH rows). The codes are the process's: a table spanning far more
        # codes than this column holds (a long-lived process) is not made.
        values = cells.get_column(name).unique().drop_nulls()
        codes = values.to_physical()
        low = int(codes.min()) if len(codes) else 0
        size = int(codes.max()) + 1 - low if len(codes) else 1
        if size <= 4 * len(codes) + _SPARE_CODES:
            text = _spaced(values.cast(pl.String))
            text = folded(_spelled_out(text) if words else text)
            table = pl.repeat("", size, eager=True).scatter(codes - low, text)
            return pl.lit(table).gather(c(name).to_physical() - low).fill_null("")
    text = _spaced(text_cell(index))
    return text.map_batches(_spelled_out, return_dtype=pl.String) if words else text


def _spaced(text: Text) -> Text:
    """``text`` stripped (fixed-width cells: ~40 % of 1M NA rows' text was padding) and
    lower-cased, each ASCII character but a letter or digit a space (one Aho-Corasick pass):
    a scan then finds a word's start and a whole word as literal text."""
    return text.str.strip_chars().str.to_lowercase().str.replace_many(_BUT_SPACE, _SPACES)


def _parts(
    columns: ColumnMap, cells: pl.DataFrame | None
) -> tuple[list[pl.Expr], pl.Expr, pl.Expr]:
    """The cells searched, lower-cased and spaced (``_lowered``): the words' (vendor,
    descriptions), the first EAN, the part numbers compacted and joined (``part_numbers``).
    Each part lowered on its own: the joined text is the same (case is per character), and is
    not lowered again."""

    def lowered(field: str) -> list[pl.Expr]:
        return [_lowered(i, cells, field != "ean") for i in columns.columns.get(field, ())]

    words = (lowered("vendor")[:1] or [pl.lit("")]) + lowered("description")
    eans = lowered("ean")
    if len(eans) > 1:  # the first one not blank
        blank = [text_cell(i).str.strip_chars() == "" for i in columns.columns["ean"]]
        firsts = [pl.when(b).then(None).otherwise(e) for b, e in zip(blank, eans, strict=True)]
        eans = [pl.coalesce(firsts).fill_null("")]
    ean = eans[0] if eans else pl.lit("")
    codes = part_numbers([field_cell(columns, f) for f in ("sku", "vpn")])
    return words, ean, codes


def search_expr(columns: ColumnMap, cells: pl.DataFrame | None = None) -> pl.Expr:
    """Each row's folded search text (``_text``: a space, the words each followed by a space,
    then ``EAN_MARK``, a space and the EAN, then ``CODES_MARK``, a space and the compacted
    part numbers, a space between them: every word, EAN and part number follows a space; what
    ``scan`` matches and the word index is cut from, ``text_words``, ``text_codes``): lower
    case, folded, every separator of the words and EAN a space (``_spaced``, then ``folded``;
    folding each piece as it is lowered instead made no measurable difference in CPU and held
    ~17 MB more at 1M English rows), in one concatenation (nested ones wrote each part's text
    again: 1.1 against 0.9 CPU-s at 1M NA rows). ``parse`` builds it in one slice per core
    beside the row's other columns (one expression over a million rows ran on one core), with
    the frame as ``cells``."""
    words, ean, codes = _parts(columns, cells)
    space = pl.lit(" ")
    pieces = [space]  # every word then follows a space
    for word in words:
        pieces += [word, space]
    pieces += [pl.lit(EAN_MARK + " "), ean, pl.lit(CODES_MARK + " "), codes]
    text = pl.concat_str(pieces)
    return text.map_batches(folded, return_dtype=pl.String).alias("_text")


def text_words(text: pl.Series) -> pl.Series:
    """The words of search text (``search_expr``): what precedes ``EAN_MARK``."""
    return text.cast(pl.Binary).bin.head(_at(text, EAN_MARK)).cast(pl.String)


def text_codes(text: pl.Series) -> tuple[pl.Series, pl.Series]:
    """The EAN (its spaces stripped) and the part numbers of search text (``search_expr``)."""
    raw = text.cast(pl.Binary)
    ean_at, codes_at = _at(text, EAN_MARK) + len(EAN_MARK), _at(text, CODES_MARK)
    ean = raw.bin.slice(ean_at, codes_at - ean_at).cast(pl.String).str.strip_chars(" ")
    return ean, raw.bin.slice(codes_at + len(CODES_MARK + " ")).cast(pl.String)


def _at(text: pl.Series, mark: str) -> pl.Series:
    """Where each row's one ``mark`` is, in bytes: the text is cut there as bytes (the mark is
    ASCII), about half the time ``split_exact`` took to make both halves as text."""
    return text.str.find(mark, literal=True)


def part_numbers(cells: list[pl.Expr]) -> pl.Expr:
    """Part numbers (SKU, VPN: ``cells`` as text) lower-cased with everything but letters and
    digits left out, joined by a space. Joined first by an upper-case letter, which no
    lower-cased cell holds, and which the one pass leaving out the ASCII separators turns
    into that space (an Aho-Corasick pass: half the time of a regex over the Unicode classes),
    then the rest left out in the few rows holding another non-ASCII character: 1M ``;``
    rows' part numbers in ~105 ms on two cores, against 143 stripped, lowered and compacted
    cell by cell. (A Python function over the whole column ran one slice at a time.)"""
    lowered = [cell.str.to_lowercase() for cell in cells]
    joined = pl.concat_str(lowered, separator=_JOIN)
    out = joined.str.replace_many([*_ASCII_SEPARATORS, _JOIN], [*_NOTHING, " "])
    return out.map_batches(_other_separators, return_dtype=pl.String)


#: what joins a row's lower-cased part numbers until they are compacted (then a space)
_JOIN = "Q"
#: every ASCII character but a letter or digit: each is left out of a part number, and made a
#: space in the words and EAN (``_spaced``)
_ASCII_SEPARATORS = [chr(i) for i in range(128) if not chr(i).isalnum()]
_NOTHING = [""] * len(_ASCII_SEPARATORS)
#: (a space replaced by itself still counted as a match: the words' pass took 1.7 times as long)
_BUT_SPACE = [sep for sep in _ASCII_SEPARATORS if sep != " "]
_SPACES = [" "] * len(_BUT_SPACE)


def _other_separators(text: pl.Series) -> pl.Series:
    """``text`` (without ASCII separators) without anything but Unicode letters and digits and
    the spaces between part numbers, in the rows holding a non-ASCII character (few): folded
    first as ``fold`` does (``_decomposed``: "½" is "1⁄2", compacted to "12"), so the search
    text's folding makes no separator inside a part number."""
    odd = _non_ascii(text)
    if not odd.any():
        return text
    rows = odd.arg_true()
    # the one space (between SKU and VPN) held as "\x01" (no cell holds one by now: it is an
    # ASCII separator) while decomposing, which may make spaces of its own ("\u2009" is " "):
    # those are left out as every other separator is
    marked = text.gather(rows).str.replace(" ", "\x01", literal=True)
    compact = _decomposed(marked).str.replace_all(r"[^\p{L}\p{N}\x01]+", "")
    return text.scatter(rows, compact.str.replace("\x01", " ", literal=True))
