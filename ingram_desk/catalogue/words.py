"""Typed text as the catalogue searches it: folded (case and accents ignored) and cut into
letter/digit runs. Without polars: the window names matching categories with it too
(``categories.named``), and ``search_text`` folds whole columns by the same rules."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["SPELLED", "fold", "spelled_out", "tokens"]

_TOKEN = re.compile(r"[^\W_]+")
#: a sigma ending a word lower-cases to "ς" or "σ" by what precedes it ("™Σ" folded is "tmς",
#: lower-cased first "™σ"): folded, it is always "σ" (``search_text`` folds the same way)
_FINAL_SIGMA = "ς"
#: German umlauts as written where a keyboard lacks them ("mueller" for "müller"): a word
#: holding one is found both ways (``search_text`` gives it both; folding alone makes
#: "müller" "muller", and folding to "ue" instead would lose "muller"). "ß" needs no second
#: form: it folds to "ss"
SPELLED = {"ä": "ae", "ö": "oe", "ü": "ue"}
_SPELLING = str.maketrans({**SPELLED, "ß": "ss"})


def fold(text: str) -> str:
    """Lower-case and strip accents: compatibility-decomposed (NFKD: "ﬁ" is "fi", "²" is
    "2", "™" is "TM") without its nonspacing marks, a final sigma a sigma, "ß" "ss" (as
    Unicode case-folds it: "größe" finds "GRÖSSE"): the rule ``search_text.folded`` applies
    to the columns; ASCII takes a fast path."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return kept.lower().replace(_FINAL_SIGMA, "σ").replace("ß", "ss")


def tokens(text: str) -> list[str]:
    """The folded letter/digit runs of ``text``; everything else separates."""
    return _TOKEN.findall(fold(text))


def spelled_out(text: str) -> str:
    """``text`` lower-cased with its German letters spelled out (``SPELLED``, "ß" "ss")."""
    return text.lower().translate(_SPELLING)
