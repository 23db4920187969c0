"""Id sets (bitmaps of short tokens, filter columns, every key presorted) answer exactly what
SQL answers, stay right after an Hourly Stock File, and go with their generation."""

from __future__ import annotations

import random
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest

from ingram_desk.catalogue.id_lists import SORT_KEYS
from ingram_desk.catalogue.id_sets import IdSets, build_id_sets
from ingram_desk.catalogue.importer import apply_stock_file, import_catalogue
from ingram_desk.catalogue.schema import generation_tables, table
from ingram_desk.catalogue.store import CatalogueQuery, CatalogueStore

from .builders import dach_row, write_dach


def store_copy(store: CatalogueStore, name: str) -> Path:
    """A copy of ``store``'s file (and its kept source) to alter."""
    target = store.path.with_name(name)
    with sqlite3.connect(store.path) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    gen = store.generation()
    source = store.path.with_name(f"{store.path.name}.source{gen}")
    target.with_name(f"{name}.source{gen}").write_bytes(source.read_bytes())
    return target


WORDS = ["SWITCH", "KABEL", "NOTEBOOK", "MÜLLER", "CRÈME", "16GB", "DDR5", "DOCK", "SSD", "NAS"]
VENDORS = ["ACME", "acme", "Škoda Parts", "NORTHWIND", "Contoso"]


def _rows(n: int, seed: int = 5) -> list[list[str]]:
    rng = random.Random(seed)
    return [
        dach_row(
            f"S{i:05d}",
            vpn=f"{rng.choice('ABNSW')}{rng.randint(1, 99)}-{rng.choice(['EU', 'US', 'N2'])}",
            vendor=rng.choice(VENDORS),
            text1=" ".join(rng.sample(WORDS, 3)),
            text2=rng.choice(["", "USB-C", "2M", "NEU"]),
            ek=rng.choice(["", f"{rng.randint(1, 900)}.{i % 100:02d}"]) if i % 50 == 0
            else f"{rng.randint(1, 900)}.{i % 100:02d}",
            qty=str(rng.choice([0, 0, 3, 12])),
            eta=rng.choice(["", "10.12.2026", "02.01.2027"]),
            ean=f"{rng.randint(0, 10**12):013d}",
            g1=rng.choice(["Netzwerk", "Zubehör"]),
            g2=rng.choice(["Kabel", "Adapter"]),
        )
        for i in range(n)
    ]  # fmt: skip


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, CatalogueStore]:
    """The same import three ways: as imported (too small for bitmaps), every short token with
    a bitmap, and without id sets (SQL alone)."""
    tmp = tmp_path_factory.mktemp("sets")
    import_catalogue(tmp / "c.sqlite3", write_dach(tmp / "PL.csv", _rows(4000)))
    plain = CatalogueStore.open(tmp / "c.sqlite3")
    gen = plain.generation()
    bits = store_copy(plain, "bits.sqlite3")
    with sqlite3.connect(bits, isolation_level=None) as conn:
        build_id_sets(conn, gen, min_hits=30)
    sql = store_copy(plain, "sql.sqlite3")
    with sqlite3.connect(sql) as conn:
        conn.execute(f"DROP TABLE {table('sets', gen)}")
    out = {"plain": plain, "bits": CatalogueStore.open(bits), "sql": CatalogueStore.open(sql)}
    yield out
    for s in out.values():
        s.close()


def test_a_bitmap_holds_exactly_the_rows_fts_matches(stores: dict[str, CatalogueStore]) -> None:
    store = stores["bits"]
    conn = sqlite3.connect(store.path)
    gen = store.generation()
    sets = IdSets.load(conn, gen)
    assert sets is not None
    fts = table("fts", gen)
    with_bitmap = 0
    for token in [*"abcdefgnsuwxz0123456789", "sw", "ka", "no", "n2", "eu", "us", "10", "zz"]:
        rows = [
            r[0]
            for r in conn.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ?", (f'"{token}"*',))
        ]
        bits = sets.prefix(token)
        if bits is None:
            assert len(rows) < 30, token  # only rare tokens go without
        else:
            with_bitmap += 1
            assert np.flatnonzero(bits).tolist() == rows, token
    assert with_bitmap >= 20
    assert IdSets.load(sqlite3.connect(stores["sql"].path), gen) is None
    assert IdSets.load(sqlite3.connect(stores["plain"].path), gen) is not None


def _queries(store: CatalogueStore, rng: random.Random) -> list[CatalogueQuery]:
    products = store.read_rows(store.query_ids(CatalogueQuery()))
    texts = ["", "a", "s", "n", "sw", "no", "2", "n2", "1 s", "s n", "ssd n", "kabel 2m", "é", "zq"]
    for p in rng.sample(products, 8):
        texts += [p.vpn[:2], p.vpn, p.ean[:2], f"{p.description.split()[0][:3]} {p.vpn[:1]}"]
    out = []
    for text in texts:
        for key in SORT_KEYS:
            out.append(CatalogueQuery(text=text, sort_key=key, descending=rng.random() < 0.5))
        out.append(CatalogueQuery(text=text, in_stock=True, sort_key="customer_price"))
        out.append(CatalogueQuery(text=text, vendor="acme", sort_key="sku", descending=True))
        out.append(CatalogueQuery(text=text, category="Zubehör", price_min=Decimal("50")))
        out.append(CatalogueQuery(text=text, category="Netzwerk › Kabel", in_stock=True))
        out.append(CatalogueQuery(text=text, price_min=Decimal("100"), price_max=Decimal("300.5")))
    return out


def test_every_query_answers_like_sql(stores: dict[str, CatalogueStore]) -> None:
    queries = _queries(stores["sql"], random.Random(2))
    assert len(queries) > 400
    for query in queries:
        expected = stores["sql"].query_ids(query).tolist()
        assert stores["plain"].query_ids(query).tolist() == expected, query
        assert stores["bits"].query_ids(query).tolist() == expected, query


def test_a_price_range_leaves_out_rows_without_a_price(stores: dict[str, CatalogueStore]) -> None:
    store = stores["bits"]
    products = store.read_rows(store.query_ids(CatalogueQuery()))
    unpriced = {p.row_id for p in products if p.customer_price is None}
    wide = store.query_ids(CatalogueQuery(price_min=Decimal("-1"), price_max=Decimal("10000")))
    if unpriced:
        assert not unpriced & set(wide)
    assert len(wide) == len(products) - len(unpriced)


def test_every_sort_key_is_presorted_and_sets_go_with_their_generation(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    import_catalogue(db, write_dach(tmp_path / "PL.csv", _rows(300)))
    import_catalogue(db, write_dach(tmp_path / "PL2.csv", _rows(320, seed=6)))
    store = CatalogueStore.open(db)
    gen = store.generation()
    conn = sqlite3.connect(db)
    cached = {
        k for (k,) in conn.execute("SELECT sort_key FROM sort_cache WHERE generation = ?", (gen,))
    }
    assert cached == set(SORT_KEYS) - {"row"}
    assert (
        conn.execute("SELECT count(*) FROM sort_cache WHERE generation != ?", (gen,)).fetchone()[0]
        == 0
    )
    tables = generation_tables(conn)
    assert list(tables) == [gen] and table("sets", gen) in tables[gen]


def test_a_stock_file_updates_the_in_stock_set_and_the_stock_orders(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    rows = _rows(500)
    import_catalogue(db, write_dach(tmp_path / "PL.csv", rows))
    store = CatalogueStore.open(db)
    before = store.query_ids(CatalogueQuery(in_stock=True, sort_key="stock")).tolist()
    conn = sqlite3.connect(db)
    for key in ("stock", "in_stock", "eta"):  # a user sorted by them: orders cached
        assert store.query_ids(CatalogueQuery(sort_key=key))
    first = store.read_rows(store.query_ids(CatalogueQuery())[:200])
    flips = {p.sku: ("0" if p.in_stock else "40") for p in first}  # SKU → new quantity
    stock = tmp_path / "stock.csv"
    lines = "".join(f"{sku}|{qty}|01.03.2027|NL\n" for sku, qty in flips.items())
    stock.write_text("ARTIKEL_NR|VMENGE|VETA|AUSLIEFERUNGSLAGER\n" + lines, encoding="utf-8")
    assert apply_stock_file(db, stock).stock_rows_applied == 200
    products = store.read_rows(store.query_ids(CatalogueQuery()))
    by_stock = sorted(products, key=lambda p: (p.stock, p.row_id))
    expected = [p.row_id for p in by_stock if p.in_stock]
    assert store.query_ids(CatalogueQuery(in_stock=True, sort_key="stock")).tolist() == expected
    assert expected != before
    orders = {
        "in_stock": lambda p: (p.in_stock, p.row_id),
        "eta": lambda p: (p.eta is not None, p.eta or date.min, p.row_id),  # NULL first, as SQL
    }
    for key, order in orders.items():
        got = store.query_ids(CatalogueQuery(sort_key=key)).tolist()
        assert got == [p.row_id for p in sorted(products, key=order)], key
    gen = store.generation()
    fresh = {
        k for (k,) in conn.execute("SELECT sort_key FROM sort_cache WHERE generation = ?", (gen,))
    }
    assert {"stock", "in_stock", "eta"} <= fresh  # computed again right after the update
