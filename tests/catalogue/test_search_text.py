"""The search text a fresh snapshot is scanned by and its word index is cut from
(``search_text.search_expr``): each cell's words, EAN and part numbers, whatever the cells
hold."""

from __future__ import annotations

import polars as pl

from ingram_desk.catalogue.layouts import na_price_txt_map
from ingram_desk.catalogue.search_text import folded, search_expr, text_codes, text_words

from .builders import spelled_words

NASTY = [
    # vendor, line 1, line 2, sku, vpn, ean
    (
        "ACME NETWORKS   ",
        "  8-PORT SWITCH ",
        "DESKTOP",
        " 14MPDD0 ",
        "KS.315/KHL-0",
        "0123456789012",
    ),
    ("ŠKODA ΣΟΦΙΑΣ", 'ÉCRAN 27" «QHD»', "", "İSTANBUL-1", "Straße_2", ""),
    ("", "", "", "", "", ""),
    (None, None, None, "X1", None, None),
    ("Zürich AG", "Wi-Fi 6E, USB-C\u00a0HDMI", "ΟΔΟΣ", "ab\u0301c", "ÅNGSTRÖM 5", "4006381333931"),
]


def _frame(rows: list[tuple[str | None, ...]]) -> pl.DataFrame:
    names = ["c3", "c4", "c5", "c1", "c7", "c9"]
    return pl.DataFrame(
        [pl.Series(n, [r[i] for r in rows], dtype=pl.String) for i, n in enumerate(names)]
    )


def _scanned(cells: pl.DataFrame, columns, frame: pl.DataFrame | None = None) -> list[str]:
    return cells.select(search_expr(columns, frame)).to_series().to_list()


def _words(cells: pl.Series, spelled: bool = False) -> list[list[str]]:
    """The letter/digit runs of ``cells``, lower-cased and folded, as ``tokens`` cuts text;
    ``spelled``: each cell's German words spelled out in front (``spelled_words``)."""
    runs = folded(cells.fill_null("").str.to_lowercase()).str.extract_all(r"[\p{L}\p{N}]+")
    if not spelled:
        return runs.to_list()
    texts = cells.fill_null("").to_list()
    return [spelled_words(text) + own for text, own in zip(texts, runs.to_list(), strict=True)]


def test_the_scanned_text_holds_each_cell_s_words_then_the_ean_then_the_part_numbers() -> None:
    """What a scan matches and the word index is cut from (``text_words``, ``text_codes``): the words of
    vendor and descriptions, each separator a space, then the EAN's, then the part numbers
    compacted, whatever the cells hold, read as text or as categories."""
    columns = na_price_txt_map()
    frame = _frame(NASTY * 700)
    words = [
        a + b + c
        for a, b, c in zip(
            *(_words(frame.get_column(n), spelled=True) for n in ("c3", "c4", "c5")), strict=True
        )
    ]
    ean = _words(frame.get_column("c9"))
    codes = [
        " ".join("".join(_words(pl.Series([cell]))[0]) for cell in (sku, vpn))
        for sku, vpn in zip(
            frame.get_column("c1").to_list(), frame.get_column("c7").to_list(), strict=True
        )
    ]
    for cells in (frame, frame.with_columns(pl.all().cast(pl.Categorical))):  # text, categories
        for given in (None, cells):  # (categories read on their distinct values, given them)
            scanned = pl.Series(_scanned(cells, columns, given))
            assert all(t.startswith(" ") for t in scanned)
            scanned_words = text_words(scanned)
            scanned_ean, scanned_codes = text_codes(scanned)
            assert [t.split() for t in scanned_words] == words
            assert [t.split() for t in scanned_ean] == ean
            assert scanned_codes.to_list() == codes
            assert scanned.to_list() == _scanned(frame, columns)
    assert _scanned(frame.head(3), columns) == [
        " acme networks 8 port switch desktop \x02 0123456789012\x01 14mpdd0 ks315khl0",
        " skoda σοφιασ ecran 27   qhd   \x02 \x01 istanbul1 strasse2",  # separators: spaces,
        # a final sigma a sigma (``fold``)
        "    \x02 \x01  ",
    ]


def test_categories_spanning_far_apart_codes_give_the_same_text() -> None:
    """A column's categories whose codes lie far apart (a long-lived process made many in
    between) are read row by row instead of through a table of every code between."""
    columns = na_price_txt_map()
    frame = _frame(NASTY * 3)
    first = frame.with_columns(pl.all().cast(pl.Categorical))
    pl.Series([f"between {n}" for n in range(200_000)], dtype=pl.Categorical)  # codes used up
    mixed = frame.with_columns(pl.all().replace("DESKTOP", "DESKTOP 2").cast(pl.Categorical))
    assert _scanned(first, columns, first) == _scanned(frame, columns)
    expected = _scanned(frame.with_columns(pl.all().replace("DESKTOP", "DESKTOP 2")), columns)
    assert _scanned(mixed, columns, mixed) == expected
