"""Search semantics: words in any order, prefixes, part-number substrings, accents, hyphens,
quotes; filters, sorting, exact lookups, cancellation and the change history.

The semantic tests run on every reader that may serve a catalogue (``reader``): the SQLite+FTS5
store answering with its id sets (as imported; with a bitmap for every short token; and, like a
store written before id sets, with SQL alone) and the stage-1 polars snapshot that serves the same
file while the store is being built, fresh and settled — all must answer alike."""

from __future__ import annotations

import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from ingram_desk.catalogue.id_sets import build_id_sets
from ingram_desk.catalogue.importer import import_catalogue
from ingram_desk.catalogue.parse import snapshot_of
from ingram_desk.catalogue.schema import table
from ingram_desk.catalogue.snapshot import Snapshot
from ingram_desk.catalogue.store import SORT_KEYS, CatalogueQuery, CatalogueStore, QueryCancelled

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
def store(tmp_path_factory: pytest.TempPathFactory) -> CatalogueStore:
    tmp = tmp_path_factory.mktemp("search")
    import_catalogue(tmp / "c.sqlite3", write_dach(tmp / "PL.csv", ROWS))
    s = CatalogueStore.open(tmp / "c.sqlite3")
    yield s
    s.close()


def store_copy(store: CatalogueStore, name: str) -> Path:
    """A copy of ``store``'s file (and its kept source) to alter."""
    target = store.path.with_name(name)
    with sqlite3.connect(store.path) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    gen = store.generation()
    source = store.path.with_name(f"{store.path.name}.source{gen}")
    target.with_name(f"{name}.source{gen}").write_bytes(source.read_bytes())
    return target


@pytest.fixture(scope="module")
def store_bits(store: CatalogueStore) -> CatalogueStore:
    """Every one- and two-character token answered from a bitmap."""
    path = store_copy(store, "bits.sqlite3")
    with sqlite3.connect(path, isolation_level=None) as conn:
        build_id_sets(conn, store.generation(), min_hits=1)
    s = CatalogueStore.open(path)
    yield s
    s.close()


@pytest.fixture(scope="module")
def store_sql(store: CatalogueStore) -> CatalogueStore:
    """Like a store written before id sets existed: SQL answers everything."""
    path = store_copy(store, "sql.sqlite3")
    with sqlite3.connect(path) as conn:
        conn.execute(f"DROP TABLE {table('sets', store.generation())}")
    s = CatalogueStore.open(path)
    yield s
    s.close()


@pytest.fixture(scope="module")
def snapshot(store: CatalogueStore) -> Snapshot:
    return snapshot_of(store.path.with_name("PL.csv"))


@pytest.fixture(scope="module")
def settled(store: CatalogueStore) -> Snapshot:
    snap = snapshot_of(store.path.with_name("PL.csv"))
    snap.settle()  # filters derived, cells joined: the form it serves most of its life in
    return snap


@pytest.fixture(params=["store", "store_bits", "store_sql", "snapshot", "settled"])
def reader(request: pytest.FixtureRequest) -> CatalogueStore | Snapshot:
    return request.getfixturevalue(request.param)


def skus(store: CatalogueStore | Snapshot, text: str = "", **kw: object) -> list[str]:
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
        ("NEAR OR AND NOT", []),  # FTS operators are plain words
        ("nothing-like-this", []),
        ("sw", ["1000001", "1000005"]),  # short tokens: bitmaps in store_bits
        ("8 p", ["1000001", "1000005"]),
        ("x1 c", ["1000004"]),
        ("u2", ["1000002"]),  # the start of a part number
        ("2", ["1000002", "1000003"]),  # "27", "2724de", "2m"
        ("k 2", ["1000003"]),
        ("é", ["1000003"]),  # folded to "e": a suffix of the compacted MK-O'NEIL/2
        ("switch p", ["1000001", "1000005"]),  # FTS5 for the word, a bitmap for "p"
    ],
)
def test_free_text(reader: CatalogueStore | Snapshot, text: str, expected: list[str]) -> None:
    assert skus(reader, text) == expected


def test_filters_combine_with_text(reader: CatalogueStore | Snapshot) -> None:
    assert skus(reader, vendor="acme") == ["1000001", "1000005"]  # case-insensitive vendor
    assert skus(reader, "switch", in_stock=True) == ["1000001"]
    assert skus(reader, category="Zubehör") == ["1000003", "1000006", "1000007"]  # subtree
    assert skus(reader, category="Zubehör › Kabel") == ["1000003", "1000006"]
    assert skus(reader, price_min=Decimal("6.85"), price_max=Decimal("389")) == [
        "1000001", "1000002", "1000003", "1000005",
    ]  # fmt: skip
    assert skus(reader, "kabel", vendor="MÜLLER & SÖHNE", in_stock=True) == ["1000003"]
    assert skus(reader, category="No Such Category") == []


def test_sorting_any_column_both_ways(reader: CatalogueStore | Snapshot) -> None:
    assert skus(reader, sort_key="customer_price")[:3] == ["1000006", "1000007", "1000003"]
    assert skus(reader, sort_key="customer_price", descending=True)[0] == "1000004"
    assert skus(reader, "switch", sort_key="customer_price") == ["1000005", "1000001"]
    assert skus(reader, "switch", sort_key="stock", descending=True) == ["1000001", "1000005"]
    for key in SORT_KEYS:  # every key is valid, with and without filters
        assert len(reader.query_ids(CatalogueQuery(sort_key=key))) == len(ROWS)
        assert len(reader.query_ids(CatalogueQuery(text="a", in_stock=True, sort_key=key))) >= 0
    with pytest.raises(ValueError, match="unknown sort key"):
        reader.query_ids(CatalogueQuery(sort_key="id; DROP TABLE meta"))


def test_sorted_full_list_is_cached_and_reused(reader: CatalogueStore | Snapshot) -> None:
    first = reader.query_ids(CatalogueQuery(sort_key="vendor"))
    again = reader.query_ids(CatalogueQuery(sort_key="vendor", descending=True))
    assert again.tolist() == list(reversed(first.tolist()))


def test_exact_lookup_by_sku_vpn_ean_reports_ambiguity(reader: CatalogueStore | Snapshot) -> None:
    assert [p.sku for p in reader.lookup("1000004")] == ["1000004"]
    assert [p.sku for p in reader.lookup("an-gs108-eu")] == ["1000001"]  # VPN, any case
    assert [p.sku for p in reader.lookup("123456789012")] == ["1000001"]  # UPC without the 0
    assert [p.sku for p in reader.lookup("1000001")] == ["1000001", "1000007"]  # ambiguous
    assert reader.lookup("GS108") == [] and reader.lookup("  ") == []


def test_read_rows_keeps_order_and_skips_unknown_ids(reader: CatalogueStore | Snapshot) -> None:
    products = reader.read_rows([4, 999, 1])
    assert [p.sku for p in products] == ["1000004", "1000001"]
    assert products[1].customer_price == Decimal("61.75") and products[1].stock == 12


def test_vendors_and_categories(reader: CatalogueStore | Snapshot) -> None:
    vendors = dict(reader.vendors())
    assert {name.upper(): count for name, count in vendors.items()}["ACME"] == 2  # one entry
    assert "Škoda Parts" in vendors
    tree = {n.path: (n.count, [c.path for c in n.children]) for n in reader.category_tree()}
    assert tree["Zubehör"] == (3, ["Zubehör › Adapter", "Zubehör › Kabel"])
    assert tree["Netzwerk"] == (2, ["Netzwerk › Switches"])


def test_metadata(store: CatalogueStore) -> None:
    vendors = dict(store.vendors())
    assert {name.upper(): count for name, count in vendors.items()}["ACME"] == 2  # one entry
    assert "Škoda Parts" in vendors
    info = store.info()
    assert info.row_count == len(ROWS) and info.layout == "dach_impulse" and info.generation == 1
    assert {n.name for n in store.category_tree()} == {
        "Netzwerk", "Displays", "Zubehör", "Computersysteme",
    }  # fmt: skip


def test_query_can_be_cancelled(store: CatalogueStore, tmp_path: Path) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(QueryCancelled):
        store.query_ids(CatalogueQuery(sort_key="description", in_stock=True), cancel)
    big_db = tmp_path / "big.sqlite3"
    rows = [dach_row(f"C{i}", text1=f"WORD{i % 97}") for i in range(30_000)]
    import_catalogue(big_db, write_dach(tmp_path / "big.csv", rows))
    big = CatalogueStore.open(big_db)
    flag = threading.Event()
    # the flag gets set as the search statement starts: only the progress handler can stop it
    big._conn().set_trace_callback(lambda sql: flag.set() if "MATCH" in sql else None)
    with pytest.raises(QueryCancelled):
        big.query_ids(CatalogueQuery(text="word1", sort_key="description"), flag)
    big._conn().set_trace_callback(None)
    assert len(big.query_ids(CatalogueQuery(text="word1"))) > 0
    assert len(store.query_ids(CatalogueQuery(in_stock=True))) == 5  # connection still usable


def test_each_thread_gets_its_own_connection(store: CatalogueStore) -> None:
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
    import_catalogue(db, write_dach(tmp_path / "1.csv", first))
    store = CatalogueStore.open(db)
    assert store.changes().counts["new"] == 0  # nothing to compare with yet
    second = [dach_row("A", ek="12.50", qty="4"), dach_row("B", ek="4.00"), dach_row("D")]
    import_catalogue(db, write_dach(tmp_path / "2.csv", second))
    changes = store.changes()
    assert {k: v for k, v in changes.counts.items() if v} == {
        "new": 1, "removed": 1, "price_up": 1, "price_down": 1, "back_in_stock": 1,
    }  # fmt: skip
    up = changes.items["price_up"][0]
    assert (up.sku, up.old, up.new) == ("A", "10.00", "12.50")
    assert [c.sku for c in changes.items["new"]] == ["D"]
    assert changes.as_dict()["changes"]["removed"] == [{"sku": "C", "old": "10.00", "new": None}]


def test_large_sorted_views_match_python_sorting(tmp_path: Path) -> None:
    prices = [(i * 7919) % 5003 for i in range(6000)]
    rows = [
        dach_row(f"L{i:05d}", ek=f"{p}.{i % 100:02d}", qty=str(i % 3)) for i, p in enumerate(prices)
    ]
    import_catalogue(tmp_path / "c.sqlite3", write_dach(tmp_path / "PL.csv", rows))
    store = CatalogueStore.open(tmp_path / "c.sqlite3")
    by_price = sorted(range(1, 6001), key=lambda i: (Decimal(rows[i - 1][15]), i))
    assert store.query_ids(CatalogueQuery(sort_key="customer_price")).tolist() == by_price
    in_stock = [i for i in by_price if (i - 1) % 3]
    ids = store.query_ids(CatalogueQuery(in_stock=True, sort_key="customer_price"))
    assert ids.tolist() == in_stock  # the filtered path (hex-packed id list)
    down = store.query_ids(
        CatalogueQuery(in_stock=True, sort_key="customer_price", descending=True)
    )
    assert down.tolist() == sorted(
        in_stock, key=lambda i: (Decimal(rows[i - 1][15]), i), reverse=True
    )
