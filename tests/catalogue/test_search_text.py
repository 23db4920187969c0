"""The search text a fresh snapshot is scanned by (``search_text.search_expr``) is the text
the word index is later built from (``search_exprs``): the same words, EAN and part numbers,
whatever the cells hold."""

from __future__ import annotations

import polars as pl

from ingram_desk.catalogue.layouts import na_price_txt_map
from ingram_desk.catalogue.search_text import folded, search_expr, search_exprs

NASTY = [
    # vendor, line 1, line 2, sku, vpn, ean
    ("ACME NETWORKS   ", "  8-PORT SWITCH ", "DESKTOP", " 14MPDD0 ", "KS.315/KHL-0", "0123456789012"),
    ("ŠKODA ΣΟΦΙΑΣ", "ÉCRAN 27\" «QHD»", "", "İSTANBUL-1", "Straße_2", ""),
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


def test_the_scanned_text_is_the_indexed_words_ean_and_part_numbers() -> None:
    columns = na_price_txt_map()
    frame = _frame(NASTY * 700)
    for cells in (frame, frame.with_columns(pl.all().cast(pl.Categorical))):  # text, categories
        for given in (None, cells):  # (categories read on their distinct values, given them)
            words, codes, ean = search_exprs(columns, given)
            parts = cells.select(words.alias("w"), ean.alias("e"), codes.alias("c"))
            joined = pl.concat_str("w", pl.lit(" \x02"), "e", pl.lit("\x01"), "c")
            expected = folded(parts.select(joined).to_series(), spaced=True)
            assert _scanned(cells, columns, given) == expected.to_list()
            assert _scanned(cells, columns, given) == _scanned(frame, columns)
    assert _scanned(frame.head(3), columns) == [
        "acme networks 8-port switch desktop \x020123456789012\x0114mpdd0 ks315khl0",
        'skoda σοφιας ecran 27"  qhd   \x02\x01istanbul1 straße2',  # separators: spaces
        "   \x02\x01 ",
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
