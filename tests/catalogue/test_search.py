"""Search semantics: words in any order, prefixes, part-number substrings, accents, hyphens,
quotes; filters, sorting, exact lookups, cancellation and the change history.

The semantic tests run on every reader that may serve a catalogue (``reader``): the engine's
live generation (``Catalogue``) and the snapshot that serves a big file while its generation is
written, fresh and settled — the same serving code, in each of its states."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pytest

from ingram_desk.catalogue import snapshot as snapshot_module
from ingram_desk.catalogue.categories import named as categories_named
from ingram_desk.catalogue.engine import Catalogue, import_files
from ingram_desk.catalogue.parse import snapshot_of
from ingram_desk.catalogue.query import SORT_KEYS, CatalogueQuery, QueryCancelled
from ingram_desk.catalogue.snapshot import Snapshot
from ingram_desk.catalogue.words import joined_ways, token_ways

from .builders import dach_row, write_dach

ROWS = [
    dach_row("1000001", "AN-GS108-EU", "ACME", "SWITCH 8 PORT", "GIGABIT UNMANAGED", ek="61.75",
             qty="12", ean="0123456789012", g1="Netzwerk", g2="Switches"),
    dach_row("1000002", "U2724DE", "DELL", 'MONITOR 27" QHD', "USB-C HUB", ek="389.00", qty="0",
             ean="5397184000001", g1="Displays", g2="Monitore", eta="10.12.2026"),
    dach_row("1000003", "MK-O'NEIL/2", "MÜLLER & SÖHNE", "KABEL HDMI 2M", "", ek="6.85",
             qty="300", g1="Zubehör", g2="Kabel"),
    dach_row("1000004", "TP-X1-CARBON", "LENOVO", "THINKPAD X1 CARBON", "I7 32GB", ek="1899.00",
             qty="3", g1="Computersysteme", g2="Notebooks"),
    dach_row("1000005", "AN-GS108-US", "acme", "SWITCH 8 PORT US PLUG", "", ek="59.00", qty="0",
             g1="Netzwerk", g2="Switches"),
    dach_row("1000006", "CABLE-1", "Škoda Parts", "Crème brûlée cable", "", ek="1.50", qty="1",
             g1="Zubehör", g2="Kabel"),
    dach_row("1000007", "1000001", "OTHER", "SAME CODE AS A SKU", "", ek="2.00", qty="1",
             g1="Zubehör", g2="Adapter"),
]  # fmt: skip


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("search")
    import_files(tmp / "c.sqlite3", write_dach(tmp / "PL.csv", ROWS))
    return tmp


@pytest.fixture(scope="module")
def store(folder: Path) -> Iterator[Catalogue]:
    s = Catalogue.open(folder / "c.sqlite3")
    yield s
    s.close()


@pytest.fixture(scope="module")
def snapshot(folder: Path) -> Snapshot:
    return snapshot_of(folder / "PL.csv")


@pytest.fixture(scope="module")
def settled(folder: Path) -> Snapshot:
    snap = snapshot_of(folder / "PL.csv")
    snap.settle()  # filters derived, cells joined: the form it serves most of its life in
    return snap


@pytest.fixture(params=["store", "snapshot", "settled"])
def reader(request: pytest.FixtureRequest) -> Catalogue | Snapshot:
    return request.getfixturevalue(request.param)


def skus(store: Catalogue | Snapshot, text: str = "", **kw: object) -> list[str]:
    return [p.sku for p in store.read_rows(store.query_ids(CatalogueQuery(text=text, **kw)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("switch", ["1000001", "1000005"]),
        ("port switch", ["1000001", "1000005"]),  # any order
        ("SWI", ["1000001", "1000005"]),  # prefix, case-insensitive
        ("thinkpad carbon x1", ["1000004"]),
        ("AN-GS108-EU", ["1000001"]),  # hyphens in a VPN just work
        ("angs108eu", ["1000001"]),  # pasted without dashes
        ("GS108", ["1000001", "1000005"]),  # substring of a part number
        ("2724d", ["1000002"]),  # substring inside a VPN
        ("X1-CARB", ["1000004"]),
        ("MK-O'NEIL/2", ["1000003"]),  # quote and slash in a VPN
        ('27"', ["1000002"]),  # quote in the text
        ('"', ["1000001", "1000002", "1000003", "1000004", "1000005", "1000006", "1000007"]),
        ("müller", ["1000003"]),
        ("muller sohne", ["1000003"]),  # accent-insensitive
        ("SKODA creme brulee", ["1000006"]),
        ("0123456789012", ["1000001"]),  # EAN
        ("1000001", ["1000001", "1000007"]),  # SKU, and a VPN that happens to be the same
        ("NEAR OR AND NOT", []),  # query-language words are plain words
        ("nothing-like-this", []),
        ("sw", ["1000001", "1000005"]),  # short tokens
        ("8 p", ["1000001", "1000005"]),
        ("x1 c", ["1000004"]),
        ("u2", ["1000002"]),  # the start of a part number
        ("2", ["1000002", "1000003"]),  # "27", "2724de", "2m"
        ("k 2", ["1000003"]),
        ("é", ["1000003"]),  # folded to "e": a suffix of the compacted MK-O'NEIL/2
        ("switch p", ["1000001", "1000005"]),  # a word and a one-letter prefix
    ],
)
def test_free_text(reader: Catalogue | Snapshot, text: str, expected: list[str]) -> None:
    assert skus(reader, text) == expected


@contextmanager
def _every_reader(folder: Path, rows: list[list[str]]) -> Iterator[list[Catalogue | Snapshot]]:
    """The store, a fresh and a settled snapshot of ``rows`` (as ``reader`` gives them)."""
    path = write_dach(folder / "PL.csv", rows)
    import_files(folder / "c.sqlite3", path)
    settled = snapshot_of(path)
    settled.settle()
    store = Catalogue.open(folder / "c.sqlite3")
    try:
        yield [store, snapshot_of(path), settled]
    finally:
        store.close()


def test_a_letter_s_rows_scanned_before_the_index_serve_on_after_it(folder: Path) -> None:
    """A one-character search scanned before the index keeps its rows once the index serves
    (the scan's mask is the index's): the same answers as a snapshot indexed before any
    search, with and without another token."""
    indexed_first = snapshot_of(folder / "PL.csv")
    indexed_first.index()
    scanned_first = snapshot_of(folder / "PL.csv")
    texts = ["2", "s", "k 2", "switch p", "x1 c", "é"]
    before = {text: skus(scanned_first, text) for text in texts}
    scanned = dict(scanned_first._kept.letters)
    scanned_first.index()
    assert set(scanned) == {"2", "s", "k", "e", "p", "c"}  # ("p" and "c" beside a word too)
    assert all(scanned_first._short[ch] is mask for ch, mask in scanned.items())  # kept
    for text in texts:
        assert skus(scanned_first, text) == skus(indexed_first, text) == before[text], text


def test_a_chunk_scanned_over_the_whole_catalogue_is_kept_for_the_searches_after_it(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the index serves, a chunk's matches over the whole catalogue are kept: asked
    again, however typed and beside other chunks, it is not scanned again, and the answers
    are the index's."""
    indexed_first = snapshot_of(folder / "PL.csv")
    indexed_first.index()
    fresh = snapshot_of(folder / "PL.csv")
    scanned: list[str] = []
    match_chunk = snapshot_module.match_chunk

    def counted(view: list, chunk: str) -> list:
        scanned.append(chunk)
        return match_chunk(view, chunk)

    monkeypatch.setattr(snapshot_module, "match_chunk", counted)
    assert skus(fresh, "switch") == skus(indexed_first, "switch")
    assert scanned == ["switch"] and fresh._kept.chunk("SWITCH") is not None
    for text in ["SWITCH kabel", "kabel switch 2", "switch switch", "Switch"]:
        scanned.clear()
        assert skus(fresh, text) == skus(indexed_first, text), text
        assert "switch" not in [chunk.lower() for chunk in scanned], text
    filtered = CatalogueQuery(text="switch", vendor="ACME")  # filtered: the kept rows still
    assert fresh.query_ids(filtered).tolist() == indexed_first.query_ids(filtered).tolist()


def test_a_chunk_typed_on_from_a_kept_one_scans_only_its_rows(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A chunk extending a kept one as typed ("ka", then "kabel") matches a subset of its
    rows: only they are scanned, and what that finds is kept in turn; a chunk that does not
    extend it as typed (an umlaut spelled another way) scans every row."""
    indexed_first = snapshot_of(folder / "PL.csv")
    indexed_first.index()
    fresh = snapshot_of(folder / "PL.csv")
    every = fresh.row_count
    scanned: list[tuple[str, int]] = []
    match_chunk = snapshot_module.match_chunk

    def counted(view: list, chunk: str) -> list:
        scanned.append((chunk, sum(part.height for part in view)))
        return match_chunk(view, chunk)

    monkeypatch.setattr(snapshot_module, "match_chunk", counted)
    for text in ["ka", "zubehör", "mü"]:
        assert skus(fresh, text) == skus(indexed_first, text)
    rows = {text: len(skus(indexed_first, text)) for text in ["ka", "kabel", "mü"]}
    assert 0 < rows["ka"] < every and 0 < rows["mü"] < every
    for text, wider in [("kabel", "ka"), ("hdmi kabel", "kabel"), ("müller", "mü")]:
        scanned.clear()
        fresh._last = None  # (not narrowed from the last query's matches)
        assert skus(fresh, text) == skus(indexed_first, text), text
        assert scanned[0][1] == rows[wider], text
    assert fresh._kept.chunk("KABEL") is not None  # kept in turn
    scanned.clear()
    fresh._last = None
    assert skus(fresh, "mul") == skus(indexed_first, "mul")  # "mul" does not extend "mü"
    assert scanned == [("mul", every)]


def test_a_pasted_part_number_adds_the_rows_it_alone_matches(tmp_path: Path) -> None:
    """A search for "ab-27" finds the rows holding both tokens and those whose part number
    holds "ab27" (a code ending in "27" leaves too few characters for the token "27" alone),
    each once and in file order: ranked (word matches first), and reversed."""
    rows = [
        dach_row("2000001", "XAB27", "ACME", "ADAPTER", ""),
        dach_row("2000002", "Z-1", "ACME", "AB KABEL 27", ""),
        dach_row("2000003", "YAB27", "ACME", "ADAPTER", ""),
        dach_row("2000004", "Z-2", "ACME", "AB KABEL", ""),
    ]
    with _every_reader(tmp_path, rows) as readers:
        for reader in readers:
            assert skus(reader, "ab-27") == ["2000002", "2000001", "2000003"]
            assert skus(reader, "ab-27", descending=True) == ["2000003", "2000002", "2000001"]


def test_cells_fold_as_typed_text_does(tmp_path: Path) -> None:
    """Superscripts, ligatures, signs, fractions, decomposed accents and letters such as "ø"
    and "æ" in the cells are found by what a clerk types: each reader folds the cells as
    ``fold`` folds typed text."""
    rows = [
        dach_row("3000001", "P-1", "ACME", "PAPIER 80 G/M²", ""),
        dach_row("3000002", "P-2", "ACME", "CAFE\u0301S CREME", ""),  # decomposed é
        dach_row("3000003", "P-3", "ACME", "ﬁLE SERVER™", ""),
        dach_row("3000004", "AB½", "ACME", "ADAPTER", ""),
        dach_row("3000005", "M-5", "BRÜEL & KJÆR", "MIKROFON ØRSTED", "ŁÓDŹ CŒUR ÞING"),
    ]
    with _every_reader(tmp_path, rows) as readers:
        for reader in readers:
            # letters decomposing leaves whole, as typed without them (``words.LETTERS``)
            for text in ("kjaer", "kjær", "orsted", "Ørsted", "lodz", "coeur", "cœur", "thing"):
                assert skus(reader, text) == ["3000005"], text
            assert skus(reader, "m2") == ["3000001"]
            assert skus(reader, "g/m²") == ["3000001"]
            assert skus(reader, "cafés") == skus(reader, "cafes") == ["3000002"]
            assert skus(reader, "file server") == skus(reader, "ﬁle") == ["3000003"]
            assert skus(reader, "servertm") == ["3000003"]  # "SERVER™" folds to one word
            assert skus(reader, "ab12") == skus(reader, "AB½") == ["3000004"]


def test_filters_combine_with_text(reader: Catalogue | Snapshot) -> None:
    assert skus(reader, vendor="acme") == ["1000001", "1000005"]  # case-insensitive vendor
    assert skus(reader, "switch", in_stock=True) == ["1000001"]
    assert skus(reader, category="Zubehör") == ["1000003", "1000006", "1000007"]  # subtree
    assert skus(reader, category="Zubehör › Kabel") == ["1000003", "1000006"]
    assert skus(reader, price_min=Decimal("6.85"), price_max=Decimal("389")) == [
        "1000001", "1000002", "1000003", "1000005",
    ]  # fmt: skip
    assert skus(reader, "kabel", vendor="MÜLLER & SÖHNE", in_stock=True) == ["1000003"]
    assert skus(reader, category="No Such Category") == []


def test_sorting_any_column_both_ways(reader: Catalogue | Snapshot) -> None:
    assert skus(reader, sort_key="customer_price")[:3] == ["1000006", "1000007", "1000003"]
    assert skus(reader, sort_key="customer_price", descending=True)[0] == "1000004"
    assert skus(reader, "switch", sort_key="customer_price") == ["1000005", "1000001"]
    assert skus(reader, "switch", sort_key="stock", descending=True) == ["1000001", "1000005"]
    for key in SORT_KEYS:  # every key is valid, with and without filters
        assert len(reader.query_ids(CatalogueQuery(sort_key=key))) == len(ROWS)
        assert len(reader.query_ids(CatalogueQuery(text="a", in_stock=True, sort_key=key))) >= 0
    with pytest.raises(ValueError, match="unknown sort key"):
        reader.query_ids(CatalogueQuery(sort_key="id; DROP TABLE meta"))


def test_sorted_full_list_is_cached_and_reused(reader: Catalogue | Snapshot) -> None:
    first = reader.query_ids(CatalogueQuery(sort_key="vendor"))
    again = reader.query_ids(CatalogueQuery(sort_key="vendor", descending=True))
    assert again.tolist() == list(reversed(first.tolist()))


def test_exact_lookup_by_sku_vpn_ean_reports_ambiguity(reader: Catalogue | Snapshot) -> None:
    assert [p.sku for p in reader.lookup("1000004")] == ["1000004"]
    assert [p.sku for p in reader.lookup("an-gs108-eu")] == ["1000001"]  # VPN, any case
    assert [p.sku for p in reader.lookup("123456789012")] == ["1000001"]  # UPC without the 0
    assert [p.sku for p in reader.lookup("1000001")] == ["1000001", "1000007"]  # ambiguous
    assert reader.lookup("GS108") == [] and reader.lookup("  ") == []


def test_read_rows_keeps_order_and_skips_unknown_ids(reader: Catalogue | Snapshot) -> None:
    products = reader.read_rows([4, 999, 1])
    assert [p.sku for p in products] == ["1000004", "1000001"]
    assert products[1].customer_price == Decimal("61.75") and products[1].stock == 12


def test_vendors_and_categories(reader: Catalogue | Snapshot) -> None:
    vendors = dict(reader.vendors())
    assert {name.upper(): count for name, count in vendors.items()}["ACME"] == 2  # one entry
    assert "Škoda Parts" in vendors
    tree = {n.path: (n.count, [c.path for c in n.children]) for n in reader.category_tree()}
    assert tree["Zubehör"] == (3, ["Zubehör › Adapter", "Zubehör › Kabel"])
    assert tree["Netzwerk"] == (2, ["Netzwerk › Switches"])


def test_metadata(store: Catalogue) -> None:
    vendors = dict(store.vendors())
    assert {name.upper(): count for name, count in vendors.items()}["ACME"] == 2  # one entry
    assert "Škoda Parts" in vendors
    info = store.info()
    assert info.row_count == len(ROWS) and info.layout == "dach_impulse" and info.generation == 1
    assert {n.name for n in store.category_tree()} == {
        "Netzwerk", "Displays", "Zubehör", "Computersysteme",
    }  # fmt: skip


def test_query_can_be_cancelled(store: Catalogue) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(QueryCancelled):
        store.query_ids(CatalogueQuery(sort_key="description", in_stock=True), cancel)
    assert len(store.query_ids(CatalogueQuery(in_stock=True))) == 5  # still answers


def test_another_thread_reads_the_same_catalogue(store: Catalogue) -> None:
    results: list[int] = []
    worker = threading.Thread(
        target=lambda: results.append(len(store.query_ids(CatalogueQuery(text="switch"))))
    )
    worker.start()
    worker.join()
    assert results == [2]


def test_changes_between_the_last_two_imports(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    first = [dach_row("A", ek="10.00", qty="0"), dach_row("B", ek="5.00"), dach_row("C")]
    import_files(db, write_dach(tmp_path / "1.csv", first))
    store = Catalogue.open(db)
    assert store.changes().counts["new"] == 0  # nothing to compare with yet
    second = [dach_row("A", ek="12.50", qty="4"), dach_row("B", ek="4.00"), dach_row("D")]
    import_files(db, write_dach(tmp_path / "2.csv", second))
    changes = store.changes()
    assert {k: v for k, v in changes.counts.items() if v} == {
        "new": 1, "removed": 1, "price_up": 1, "price_down": 1, "back_in_stock": 1,
    }  # fmt: skip
    up = changes.items["price_up"][0]
    assert (up.sku, up.old, up.new) == ("A", "10.00", "12.50")
    assert [c.sku for c in changes.items["new"]] == ["D"]
    assert changes.as_dict()["changes"]["removed"] == [{  # as the catalogue before had it
        "sku": "C", "old": "10.00", "new": None, "vpn": "VP-1", "vendor": "ACME",
        "description": "ARTICLE",
    }]  # fmt: skip


def test_large_sorted_views_match_python_sorting(tmp_path: Path) -> None:
    prices = [(i * 7919) % 5003 for i in range(6000)]
    rows = [
        dach_row(f"L{i:05d}", ek=f"{p}.{i % 100:02d}", qty=str(i % 3)) for i, p in enumerate(prices)
    ]
    import_files(tmp_path / "c.sqlite3", write_dach(tmp_path / "PL.csv", rows))
    store = Catalogue.open(tmp_path / "c.sqlite3")
    by_price = sorted(range(1, 6001), key=lambda i: (Decimal(rows[i - 1][15]), i))
    assert store.query_ids(CatalogueQuery(sort_key="customer_price")).tolist() == by_price
    in_stock = [i for i in by_price if (i - 1) % 3]
    ids = store.query_ids(CatalogueQuery(in_stock=True, sort_key="customer_price"))
    assert ids.tolist() == in_stock  # the filtered path
    down = store.query_ids(
        CatalogueQuery(in_stock=True, sort_key="customer_price", descending=True)
    )
    assert down.tolist() == sorted(
        in_stock, key=lambda i: (Decimal(rows[i - 1][15]), i), reverse=True
    )


def _german_rows() -> list[list[str]]:
    """Umlauts and "ß" in a few-valued vendor column (read as categories, folded value by
    value) and in descriptions too many to be categories (folded in the rows' text)."""
    rows = [
        dach_row(
            "3000001",
            "H-1",
            "MÜLLER & SÖHNE",
            "GRÖßENVERSTELLBARER HALTER",
            "WEIß",
            g1="Zubehör",
            g2="Halterungen",
        ),
        dach_row("3000002", "H-2", "MULLER", "HALTER", "GRÖSSE L"),
        dach_row("3000003", "H-3", "MUELLER TECH", "Gerät für Straßen", ""),
        dach_row("3000004", "K-4", "ACME", "KU\u0308HLER", "", g1="Kuehlung"),  # decomposed Ü
        dach_row("3000005", "K-5", "ACME", "KUEHLER", ""),
        dach_row("3000006", "S-6", "ACME", "SCHLUSSEL-BAER", ""),  # one plain, one spelled out
    ]
    rows += [dach_row(f"31{i:05d}", f"F-{i}", "ACME", f"FÜLLER NR {i}", "") for i in range(2100)]
    return rows


@pytest.fixture(scope="module")
def german(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Catalogue | Snapshot]]:
    """The store, a fresh and a settled snapshot of ``_german_rows`` (as ``reader``)."""
    with _every_reader(tmp_path_factory.mktemp("de"), _german_rows()) as readers:
        yield readers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mueller", ["3000001", "3000003"]),  # "MÜLLER" as typed without the key
        ("muel", ["3000001", "3000003"]),
        ("müller", ["3000001", "3000002", "3000003"]),  # "muller" or "mueller"
        ("mu\u0308ller", ["3000001", "3000002", "3000003"]),  # typed decomposed
        ("MÜLLER tech", ["3000003"]),
        ("mü", ["3000001", "3000003", "3000002"]),  # "mue" ranks too: "MULLER" starts one
        ("muller", ["3000001", "3000002"]),
        ("soehne mueller", ["3000001"]),
        ("groessenverstellbarer", ["3000001"]),
        ("größen", ["3000001"]),
        ("größe", ["3000002", "3000001"]),  # "ß" is "ss": "GRÖSSE" as written in capitals
        ("groesse", ["3000002", "3000001"]),  # (the whole word first)
        ("straße", ["3000003"]),
        ("weiss", ["3000001"]),
        ("geraet strassen", ["3000003"]),
        ("gerat fur", ["3000003"]),
        ("fueller 2099", ["3102099"]),  # the descriptions' own text
        ("fuller 2099", ["3102099"]),
        ("fül 2099", ["3102099"]),
        ("kuehler", ["3000004", "3000005"]),
        ("kühler", ["3000004", "3000005"]),
        ("kuhler", ["3000004"]),
        ("schlüssel-bär", ["3000006"]),  # each word in either spelling
        ("schlüssel bär", ["3000006"]),
    ],
)
def test_german_letters_are_found_spelled_out(
    german: list[Catalogue | Snapshot], text: str, expected: list[str]
) -> None:
    """A purchaser without German keys types "mueller" for "MÜLLER", "strasse" for "STRAßE";
    one with them types "müller" for "MUELLER": every reader finds both spellings either way (each word on its own),
    and the folded one ("muller") for the letters typed."""
    for reader in german:
        assert skus(reader, text) == expected, (type(reader).__name__, text)


@pytest.mark.parametrize(
    ("chunk", "ways", "joined"),
    [
        (
            "Müller-Straße",
            [["muller", "mueller"], ["strasse"]],
            ["mullerstrasse", "muellerstrasse"],
        ),
        ("MU\u0308LLER", [["muller", "mueller"]], ["muller", "mueller"]),  # decomposed
        ("Größe 2", [["grosse", "groesse"], ["2"]], ["grosse2", "groesse2"]),
        ("weiß-blau", [["weiss"], ["blau"]], ["weissblau"]),  # "ß" has one way: "ss"
        ("kjær", [["kjaer"]], ["kjaer"]),
        ("ts-80", [["ts"], ["80"]], ["ts80"]),
    ],
)
def test_a_typed_chunk_s_tokens_and_their_ways(
    chunk: str, ways: list[list[str]], joined: list[str]
) -> None:
    """Each token of a typed chunk holding an umlaut is searched folded and spelled out."""
    assert token_ways(chunk) == ways
    assert joined_ways(ways) == joined


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("zubehoer", "Zubehör"),
        ("Zubehör", "Zubehör"),
        ("zubehor", "Zubehör"),
        ("ZUBEH", "Zubehör"),
        ("kühlung", "Kuehlung"),
        ("kuehl", "Kuehlung"),
        ("zubehör halterungen", "Halterungen"),  # the words of its path, one in its name
        ("halter zubehoer", "Halterungen"),
    ],
)
def test_a_category_is_named_spelled_either_way(
    german: list[Catalogue | Snapshot], text: str, name: str
) -> None:
    """The window offers "Zubehör" beside the products for "zubehoer" as for "zubehör", and
    "Kuehlung" for "kühlung"; "Zubehör › Halterungen", not "Zubehör", for "zubehör
    halterungen"."""
    for reader in german:
        assert [n.name for n in categories_named(reader.category_tree(), text)] == [name]
