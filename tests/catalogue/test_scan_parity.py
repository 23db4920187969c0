"""A fresh snapshot scanning its search text and the same snapshot settled on its indexes give
the same rows in the same order, whatever separators, accents and scripts the cells hold: the
scan's word starts follow ASCII separators only (``search_text.WORD_EDGE``), so every other
separator must have become a space in the text it scans."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingram_desk.catalogue.parse import snapshot_of
from ingram_desk.catalogue.query import CatalogueQuery

from .builders import dach_row, write_dach

#: letters and digits, and separators of every kind: ASCII punctuation, dashes, quotes, a
#: no-break space, signs, a combining mark, letters ``fold`` keeps or changes, other scripts
#: (a DACH file's cells hold no ``"``: the file is read with quotes)
_PIECES = [
    "ab", "Kabel", "HDMI", "27", "2m", "usb", "C", "x", "é", "É", "ß", "ø", "ü", "Σ", "ﬁ", "١",
    " ", "-", "/", ".", ",", "'", "(", ")", "_", "#", "+", "\u2013", "\u00a0", "«", "»", "″",
    "™", "×", "°", "\u0301", "\u2009", "½", "²",
]  # fmt: skip
_CELL = st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)
_ROW = st.tuples(_CELL, _CELL, _CELL, _CELL, st.sampled_from(["", "4006381333931", "13 12"]))
_TYPED = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map("".join)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(_ROW, min_size=1, max_size=12), typed=st.lists(_TYPED, max_size=8))
def test_scanning_and_the_index_find_the_same_rows_in_the_same_order(
    rows: list[tuple[str, str, str, str, str]], typed: list[str]
) -> None:
    cells = [
        dach_row(f"{n + 1:07d}", vpn=vpn or "V", vendor=vendor, text1=one, text2=two, ean=ean)
        for n, (vendor, one, two, vpn, ean) in enumerate(rows)
    ]
    # the rows' own words, their starts and their middles, and what was typed
    words = [w for row in rows for cell in row for w in cell.split()]
    texts = typed + words + [w[:2] for w in words] + [w[1:] for w in words if len(w) > 2]
    with tempfile.TemporaryDirectory() as folder:
        path = write_dach(Path(folder) / "PL.csv", cells)
        fresh, settled = snapshot_of(path), snapshot_of(path)
    settled.settle()
    assert not fresh.settled
    for text in texts:
        for query in (CatalogueQuery(text=text), CatalogueQuery(text=f"{text} 2")):
            assert fresh.query_ids(query).tolist() == settled.query_ids(query).tolist(), text
