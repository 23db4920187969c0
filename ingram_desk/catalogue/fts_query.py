"""Folding and tokenising for the FTS5 index, and turning what a user types into a safe MATCH.

The same ``fold`` runs on indexed text and on queries, so case, accents ("Müller" = "muller")
and punctuation in part numbers ("AN-GS108-EU" = "an gs108 eu") behave identically on both
sides. Part numbers (SKU, VPN) are also indexed compacted ("angs108eu") and as every suffix of
at least ``MIN_SUFFIX`` characters, so a prefix query on a suffix finds a substring of a part
number ("108eu" finds AN-GS108-EU). User text never reaches MATCH raw: each token is made of
letters and digits only and is double-quoted, so hyphens, quotes and FTS operators typed by
the user are inert.
"""

from __future__ import annotations

from .search_text import MIN_SUFFIX, fold, tokens

__all__ = ["MIN_SUFFIX", "fold", "index_text", "match_expression", "tokens"]

#: Longest part number whose suffixes are indexed (beyond this only the whole code).
_MAX_SUFFIX_SOURCE = 24

#: Punctuation usual in part numbers, dropped by a C-level translate before the regex fallback.
_CODE_PUNCT = str.maketrans("", "", "-/.#_ +:,")


def _code_terms(code: str) -> str:
    """A part number compacted, plus its suffixes of at least ``MIN_SUFFIX`` characters."""
    quick = code.translate(_CODE_PUNCT)
    compact = quick.lower() if quick.isascii() and quick.isalnum() else "".join(tokens(code))
    if len(compact) > _MAX_SUFFIX_SOURCE:
        return f"{compact} {fold(code)}"
    return " ".join(compact[i:] for i in range(len(compact) - MIN_SUFFIX + 1)) or compact


def index_text(sku: str, vpn: str, ean: str, vendor: str, description: str) -> str:
    """The one text column indexed for a row (folded; tokenised by FTS5 unicode61)."""
    return f"{fold(vendor)} {fold(description)} {ean} {_code_terms(sku)} {_code_terms(vpn)}"


def match_expression(text: str) -> str | None:
    """An FTS5 MATCH expression for free text, or ``None`` when it holds nothing searchable.

    Whitespace-separated chunks must all match (any order). A chunk is a prefix match on each
    of its tokens; a chunk with punctuation inside ("GS108-EU") also matches its compacted
    form, so pasting a part number with or without dashes finds it.
    """
    parts: list[str] = []
    for chunk in text.split():
        chunk_tokens = tokens(chunk)
        if not chunk_tokens:
            continue
        if len(chunk_tokens) == 1:
            parts.append(f'"{chunk_tokens[0]}"*')
            continue
        every = " AND ".join(f'"{t}"*' for t in chunk_tokens)
        parts.append(f'(({every}) OR "{"".join(chunk_tokens)}"*)')
    return " AND ".join(parts) if parts else None
