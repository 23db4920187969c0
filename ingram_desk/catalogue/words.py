"""Typed text as the catalogue searches it: folded (case and accents ignored) and cut into
letter/digit runs, a token holding a German umlaut found in two ways (``token_ways``). Without
polars: the window names matching categories with it too (``categories.named``), and
``search_text`` folds whole columns by the same rules."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["LETTERS", "SPELLED", "fold", "joined_ways", "spelled_out", "token_ways", "tokens"]

_TOKEN = re.compile(r"[^\W_]+")
#: letters that decomposing leaves whole, folded as typed without them ("ø" as "o", "æ" as
#: "ae", "ł" as "l"), lower-case: "ß" as Unicode case-folds it ("größe" finds "GRÖSSE"); a
#: sigma ending a word, which lower-cases to "ς" or "σ" by what precedes it ("™Σ" folded is
#: "tmς", lower-cased first "™σ"), always "σ" (``search_text`` folds the same way)
LETTERS = {
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
    "ı": "i", "ς": "σ",
}  # fmt: skip
_LETTERS = str.maketrans(LETTERS)
#: German umlauts as written where a keyboard lacks them ("mueller" for "müller"): a word
#: holding one is found both ways (``search_text`` gives it both; folding alone makes
#: "müller" "muller", and folding to "ue" instead would lose "muller"), and one typed with
#: them finds both (``token_ways``). "ß" needs no second form: it folds to "ss". Each also as
#: a letter and a combining diaeresis (text from macOS may come decomposed)
SPELLED = {"ä": "ae", "ö": "oe", "ü": "ue", "a\u0308": "ae", "o\u0308": "oe", "u\u0308": "ue"}
_SPELLING = str.maketrans({k: v for k, v in SPELLED.items() if len(k) == 1} | {"ß": "ss"})
_DECOMPOSED = [(k, v) for k, v in SPELLED.items() if len(k) > 1]


def fold(text: str) -> str:
    """Lower-case and strip accents: compatibility-decomposed (NFKD: "ﬁ" is "fi", "²" is
    "2", "™" is "TM") without its nonspacing marks, ``LETTERS`` replaced: the rule
    ``search_text.folded`` applies to the columns; ASCII takes a fast path."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return kept.lower().translate(_LETTERS)


def tokens(text: str) -> list[str]:
    """The folded letter/digit runs of ``text``; everything else separates."""
    return _TOKEN.findall(fold(text))


def spelled_out(text: str) -> str:
    """``text`` lower-cased with its German letters spelled out (``SPELLED``, "ß" "ss")."""
    text = text.lower()
    if "\u0308" in text:
        for letters, spelled in _DECOMPOSED:
            text = text.replace(letters, spelled)
    return text.translate(_SPELLING)


def token_ways(chunk: str) -> list[list[str]]:
    """The tokens of a typed chunk, each with its ways of being found: itself, and where it
    holds a German umlaut spelled out too, a row matching either ("müller" finds "MÜLLER",
    "MULLER" and "MUELLER", as "mueller" finds "MÜLLER" and "MUELLER"; each token on its own:
    "müller-lüdenscheid" finds "MULLER-LUEDENSCHEID")."""
    folded = tokens(chunk)
    if chunk.isascii():
        return [[token] for token in folded]
    spelled = tokens(spelled_out(chunk))
    if len(spelled) != len(folded):  # (never seen: spelling out replaces letters by letters)
        return [[token] for token in folded]
    return [[a] if a == b else [a, b] for a, b in zip(folded, spelled, strict=True)]


def joined_ways(ways: list[list[str]]) -> list[str]:
    """The tokens of ``token_ways`` run together (a pasted part number, a compound typed
    with separators): folded, and spelled out where that differs."""
    first, last = "".join(w[0] for w in ways), "".join(w[-1] for w in ways)
    return [first] if first == last else [first, last]
