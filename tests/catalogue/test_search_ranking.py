"""A text search lists the rows whose description words match first ("monitor 27": 27-inch
monitors), then those matched only by a part-number or EAN fragment — none left out; an
explicit sort key still orders by its column."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import Catalogue, import_files
from ingram_desk.catalogue.parse import snapshot_of
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.snapshot import Snapshot

from .builders import dach_row, write_dach

ROWS = [
    dach_row("2000001", "MN-2790-A", "ACME", "MONITOR 34IN CURVED", ek="500.00"),  # vpn "27"
    dach_row("2000002", "MN-X1", "ACME", "MONITOR 24IN", ean="2712345678901", ek="150.00"),
    dach_row("2000003", "MN-X2", "LITWARE", "MONITORARM 27IN", ek="40.00"),  # word starts
    dach_row("2000004", "MN-X3", "FABRIKAM", "MONITOR 27IN QHD", ek="300.00"),
    dach_row("2000005", "MN-X4", "WOODGROVE", 'MONITOR 27 " IPS', ek="250.00"),  # whole words
    dach_row("2000006", "KB-1", "ACME", "KEYBOARD 27 KEYS", ek="20.00"),  # no "monitor"
]  # fmt: skip


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("ranking")
    import_files(tmp / "c.sqlite3", write_dach(tmp / "PL.csv", ROWS))
    return tmp


@pytest.fixture(params=["store", "snapshot"])
def store(request: pytest.FixtureRequest, folder: Path) -> Iterator[Catalogue | Snapshot]:
    """The live generation (word index), and a big import's snapshot before it settles (its
    search text scanned): the same order from both."""
    if request.param == "snapshot":
        yield snapshot_of(folder / "PL.csv")
        return
    cat = Catalogue.open(folder / "c.sqlite3")
    yield cat
    cat.close()


def _skus(store: Catalogue | Snapshot, query: CatalogueQuery) -> list[str]:
    return [p.sku for p in store.read_rows(store.query_ids(query))]


def test_monitor_27_lists_27_inch_monitors_before_code_fragments(
    store: Catalogue | Snapshot,
) -> None:
    assert _skus(store, CatalogueQuery(text="monitor 27")) == [
        "2000005",  # "monitor" and "27" whole words
        "2000004",  # "monitor" whole, "27in" starts with 27
        "2000001",  # "monitor" whole, 27 only in its part number: after, still listed
        "2000002",  # "monitor" whole, 27 only in its EAN
        "2000003",  # "monitorarm" and "27in": word starts only
    ]


def test_an_explicit_sort_key_orders_by_its_column(store: Catalogue | Snapshot) -> None:
    by_price = _skus(store, CatalogueQuery(text="monitor 27", sort_key="customer_price"))
    assert by_price == ["2000003", "2000002", "2000005", "2000004", "2000001"]


EDGES = [
    dach_row("3000001", "PN-HDMI2", "ACME", "ADAPTER USB", ean="1312345678901"),  # code, EAN
    dach_row("3000002", "PN-2", "ACME", "KABEL 2M", text2="MONITOR HDMI"),  # last word, whole
    dach_row("3000003", "PN-3", "ACME", "HDMIKABEL 13IN"),  # word starts only
    dach_row("3000004", "PN-4", "ACME", "HDMI-KABEL\u00a0PANEL 13"),  # whole, first and last
    dach_row("3000005", "PN-5", "ACME", "ADAPTER", ean="13 12345 678901"),  # an EAN in groups
]  # fmt: skip


def test_the_snapshot_before_its_index_ranks_as_the_index_at_the_text_s_edges(
    tmp_path: Path,
) -> None:
    """The scanned words end where the EAN starts: a whole word last among them still ranks
    as one, a word of the EAN (written in groups too) or of a part number never does."""
    import_files(tmp_path / "c.sqlite3", write_dach(tmp_path / "PL.csv", EDGES))
    cat, snap = Catalogue.open(tmp_path / "c.sqlite3"), snapshot_of(tmp_path / "PL.csv")
    try:
        for text, expected in (
            ("hdmi", ["3000002", "3000004", "3000003", "3000001"]),
            ("13", ["3000004", "3000003", "3000001", "3000005"]),
            ("hdmi 13", ["3000004", "3000003", "3000001"]),
        ):
            query = CatalogueQuery(text=text)
            assert _skus(snap, query) == _skus(cat, query) == expected, text
    finally:
        cat.close()


PASTED = [
    dach_row("4000001", "XHD-130", "ACME", "ADAPTER"),  # both inside its part number: no word
    dach_row("4000002", "PN-7", "ACME", "HDMI KABEL 13"),  # "hd" starts a word, "13" whole
    dach_row("4000003", "HD-13", "ACME", "HDMI ADAPTER"),  # "hd13" pasted only; "hd" starts
]  # fmt: skip


def test_a_row_only_a_pasted_part_number_matches_ranks_by_its_words_as_the_index_does(
    tmp_path: Path,
) -> None:
    """A search for "hd-13" matches rows holding both tokens and the row whose part number is
    "hd13" (the tokens run together); that row ranks by its words too, scanned as indexed."""
    import_files(tmp_path / "c.sqlite3", write_dach(tmp_path / "PL.csv", PASTED))
    cat, snap = Catalogue.open(tmp_path / "c.sqlite3"), snapshot_of(tmp_path / "PL.csv")
    try:
        query = CatalogueQuery(text="hd-13")
        assert _skus(snap, query) == _skus(cat, query) == ["4000002", "4000003", "4000001"]
    finally:
        cat.close()


COMPOUNDS = [
    dach_row("5000001", "WT-FA1", "WINGTIP", "FIREWALL APPLIANCE"),  # "wi" and "fi" start words
    dach_row("5000002", "AP-1", "ACME", "ACCESS POINT WIFI 6"),  # "wifi" whole
    dach_row("5000003", "AP-2", "LITWARE", "ACCESS POINT WI-FI 7"),  # "wi" and "fi" whole
    dach_row("5000004", "AP-3", "ACME", "WIFISTICK USB"),  # "wifi" starts a word
    dach_row("5000005", "US-1", "ACME", "USB-C KABEL"),
    dach_row("5000006", "US-2", "ACME", "USBC HUB"),
]  # fmt: skip


def test_a_compound_typed_with_a_hyphen_ranks_its_joined_word_too(tmp_path: Path) -> None:
    """ "wi-fi" matches WIFI as well, but "WINGTIP FIREWALL" (two word starts) ranked above
    it; the words joined now rank as one more token ("wifi"), scanned as indexed. A part
    number's pieces are not joined ("hd-13" above), nor a one-letter word's ("usb-c": joined,
    "USBC" ranked above "USB-C")."""
    import_files(tmp_path / "c.sqlite3", write_dach(tmp_path / "PL.csv", COMPOUNDS))
    cat, snap = Catalogue.open(tmp_path / "c.sqlite3"), snapshot_of(tmp_path / "PL.csv")
    try:
        query = CatalogueQuery(text="wi-fi")
        assert (
            _skus(snap, query)
            == _skus(cat, query)
            == [
                "5000003",  # "wi" and "fi" whole words: 4
                "5000002",  # "wi" starts "wifi", which is whole: 3
                "5000001",  # "wi" and "fi" start words: 2
                "5000004",  # "wi" and "wifi" start "wifistick": 2, after it in the file
            ]
        )
        query = CatalogueQuery(text="usb-c")
        assert _skus(snap, query) == _skus(cat, query) == ["5000005", "5000006"]
    finally:
        cat.close()
