"""A fresh snapshot scanning its search text and the same snapshot settled on its indexes give
the same rows in the same order, whatever separators, accents, scripts and control characters
the cells hold; and both find the rows the FTS rules say, worked out here from each cell's
``tokens`` (and its German letters spelled out): the search text holds every separator as a
space (``search_text``), which a scan and the word index both rely on."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ingram_desk.catalogue.parse import snapshot_of
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.search_text import MIN_SUFFIX
from ingram_desk.catalogue.snapshot import Snapshot
from ingram_desk.catalogue.words import joined_ways, token_ways, tokens

from .builders import DACH_HEADER, dach_row, spelled_words, write_dach

#: letters and digits, and separators of every kind: ASCII punctuation, dashes, quotes, a
#: no-break space, signs, a combining mark, letters ``fold`` keeps or changes, other scripts,
#: the search text's own marks (a DACH file's cells hold no ``"``: it is read with quotes)
_PIECES = [
    "ab", "Kabel", "HDMI", "27", "2m", "usb", "C", "x", "é", "É", "ß", "ø", "ü", "Ö", "u\u0308",
    "Æ", "ł", "Σ", "ﬁ", "١",
    " ", "-", "/", ".", ",", "'", "(", ")", "_", "#", "+", "\u2013", "\u00a0", "«", "»", "″",
    "™", "×", "°", "\u0301", "\u2009", "½", "²", "\x01", "\x02", "\x03", "\t",
]  # fmt: skip
_CELL = st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)
_EAN = st.sampled_from(["", "4006381333931", "13 12"])
_ROW = st.tuples(_CELL, _CELL, _CELL, _CELL, _EAN)
#: rows whose cells all differ: with them, each column is read as text, not as categories
#: (whose distinct values are made search text on their own, ``search_text._lowered``)
_FILLER = [
    dach_row(f"9{n:06d}", f"F-{n}", f"V{n}", f"FILLER {n}", f"T{n}", ean=f"{n:013d}")
    for n in range(2100)
]
_TYPED = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map("".join)


def _cells(rows: list[tuple[str, str, str, str, str]]) -> list[list[str]]:
    return [
        dach_row(f"{n + 1:07d}", vpn=vpn or "V", vendor=vendor, text1=one, text2=two, ean=ean)
        for n, (vendor, one, two, vpn, ean) in enumerate(rows)
    ] + _FILLER


def _snapshots(cells: list[list[str]]) -> tuple[Snapshot, Snapshot]:
    """The file's snapshot fresh (scanned) and settled (indexed)."""
    with tempfile.TemporaryDirectory() as folder:
        path = write_dach(Path(folder) / "PL.csv", cells)
        fresh, settled = snapshot_of(path), snapshot_of(path)
    settled.settle()
    assert not fresh.settled
    return fresh, settled


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(_ROW, min_size=1, max_size=12), typed=st.lists(_TYPED, max_size=8))
def test_scanning_and_the_index_find_the_same_rows_in_the_same_order(
    rows: list[tuple[str, str, str, str, str]], typed: list[str]
) -> None:
    fresh, settled = _snapshots(_cells(rows))
    # the rows' own words, their starts and their middles, and what was typed
    words = [w for row in rows for cell in row for w in cell.split()]
    texts = typed + words + [w[:2] for w in words] + [w[1:] for w in words if len(w) > 2]
    for text in texts:
        for query in (CatalogueQuery(text=text), CatalogueQuery(text=f"{text} 2")):
            assert fresh.query_ids(query).tolist() == settled.query_ids(query).tolist(), text
    for text in texts:  # again, beside another chunk: what the scans kept answers now
        query = CatalogueQuery(text=f"{text} 1")
        assert fresh.query_ids(query).tolist() == settled.query_ids(query).tolist(), text


#: every piece, ligatures, fractions, superscripts, "™" and a combining mark among them:
#: the columns are folded as typed text is (``fold``)
_ANY_ROW = st.tuples(*[_CELL] * 4, _EAN)


def _words_and_codes(cells: list[list[str]]) -> list[tuple[str, list[str], list[str]]]:
    """Each row's SKU, its words (vendor, descriptions, EAN) and its part numbers compacted,
    as ``tokens`` reads them."""
    at = {name: DACH_HEADER.index(name) for name in DACH_HEADER}
    out = []
    for row in cells:
        text = " ".join(row[at[n]] for n in ("HERSTELLER", "ARTIKEL1", "ARTIKEL2"))
        words = tokens(text) + spelled_words(text)
        codes = ["".join(tokens(row[at[n]])) for n in ("ARTIKEL_NR", "HSTNUMMER")]
        out.append((row[at["ARTIKEL_NR"]], words + tokens(row[at["EANCODE"]]), codes))
    return out


def _matching(rows: list[tuple[str, list[str], list[str]]], token: str) -> list[str]:
    """The SKUs matching one folded token by the FTS rules: a word of vendor, descriptions or
    EAN, or a part number, starting with it, or inside a part number leaving at least
    ``MIN_SUFFIX`` characters from where it starts."""
    tail = max(MIN_SUFFIX - len(token), 0)

    def inside(code: str) -> bool:
        at = code.find(token)
        while at >= 0:
            if len(code) - at - len(token) >= tail:
                return True
            at = code.find(token, at + 1)
        return False

    return [
        sku
        for sku, words, codes in rows
        if any(w.startswith(token) for w in words)
        or any(inside(c) or c.startswith(token) for c in codes)
    ]


def _chunk_matching(rows: list[tuple[str, list[str], list[str]]], chunk: str) -> set[str]:
    """The SKUs matching a typed chunk: each token in any of its ways, or the tokens run
    together (a pasted part number), by ``_matching``'s rules."""
    ways = token_ways(chunk)
    each = [{sku for way in token for sku in _matching(rows, way)} for token in ways]
    found = set.intersection(*each)
    if len(ways) > 1:
        found |= {sku for whole in joined_ways(ways) for sku in _matching(rows, whole)}
    return found


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(_ANY_ROW, min_size=1, max_size=12))
# a final sigma lower-cased after "™" is "σ" (not a cased letter before it), folded after "TM"
# (NFKD) "ς": folded, both are "σ" (found by this test once)
@example(rows=[("", "™Σ,", "ΟΔΟΣ", "ΤΜΣ", "")])
# "Mü" typed finds "MUELLER" (spelled out) and "MU\u0308LLER" (decomposed) both ways
@example(rows=[("MUELLER", "Mü Kabel", "MU\u0308LLER", "MULLER-2", "")])
def test_both_find_the_rows_each_cell_s_own_words_say(
    rows: list[tuple[str, str, str, str, str]],
) -> None:
    cells = _cells(rows)
    fresh, settled = _snapshots(cells)
    known = _words_and_codes(cells)
    typed = {
        t for row in rows for cell in row for w in tokens(cell) for t in (w, w[:1], w[:2], w[1:])
    }
    # and each word of the cells typed with its umlauts: a token in either of its ways
    # (``words.token_ways``), every token or the tokens run together
    umlauts = {
        w
        for row in rows
        for cell in row
        for w in cell.split()
        if any(len(token) > 1 for token in token_ways(w))
    }
    for text in sorted({t for t in typed if t} | umlauts):
        expected = sorted(_chunk_matching(known, text))
        for snap in (fresh, settled):
            found = sorted(p.sku for p in snap.read_rows(snap.query_ids(CatalogueQuery(text=text))))
            assert found == expected, text
