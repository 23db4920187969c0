"""A snapshot read straight from a price file answers like the engine's generation of the same
file, before, while and after it settles and while typing narrows it: the same ids in the same
order for text, filters and sorts, the same products, lookups, vendors and category tree — for
every layout and encoding.
"""

from __future__ import annotations

import json
import random
import string
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import Catalogue, import_files
from ingram_desk.catalogue.indexed import indexed_token
from ingram_desk.catalogue.layouts import MappingRequired, UserMapping
from ingram_desk.catalogue.parse import snapshot_of
from ingram_desk.catalogue.query import SORT_KEYS, CatalogueQuery
from ingram_desk.catalogue.rows import SHOWN_ONLY
from ingram_desk.catalogue.snapshot import Snapshot
from tests.fixtures.catalogue import SAMPLE_CATEGORY_FILE, SAMPLE_PRICE_FILE

from .builders import (
    DACH_HEADER,
    ENGLISH_HEADER,
    dach_row,
    english_row,
    na_row,
    na_text,
    write_csv,
    write_dach,
    write_zip,
)


def _pair(tmp_path: Path, src: Path, **kw: object) -> tuple[Catalogue, Snapshot]:
    """The engine's generation of ``src`` (imported, swapped in, reopened) and a fresh snapshot."""
    db = tmp_path / "c.sqlite3"
    import_files(db, src, **kw)  # type: ignore[arg-type]
    snapshot_kw = {k: v for k, v in kw.items() if k in ("mapping", "category_file")}
    return Catalogue.open(db), snapshot_of(src, mappings_from=db, **snapshot_kw)  # type: ignore[arg-type]


def _queries(engine: Catalogue, rng: random.Random) -> list[CatalogueQuery]:
    """Texts taken from the data itself (words, prefixes, part-number pieces, EANs), each also
    with filters and sorts."""
    products = engine.read_rows(engine.query_ids(CatalogueQuery()))
    texts = ["", "a", "ab", "x1", "switch", "kabel 2m", '"', "NEAR OR", "zz-no-such"]
    for p in rng.sample(products, min(12, len(products))):
        words = p.description.split()
        texts += [p.sku, p.vpn, p.vpn[1:6], p.vpn.replace("-", "")[2:], p.ean, p.vendor.lower()]
        texts += [w[:3] for w in words[:2]] + [" ".join(reversed(words[:2]))]
    vendor = products[0].vendor if products else None
    category = products[-1].category if products else None
    out = []
    for text in texts:
        out.append(CatalogueQuery(text=text))
        out.append(CatalogueQuery(text=text, in_stock=True, sort_key="customer_price"))
        out.append(CatalogueQuery(text=text, vendor=vendor, sort_key="sku", descending=True))
        out.append(CatalogueQuery(text=text, category=category, price_min=Decimal("5")))
    out += [CatalogueQuery(sort_key=k, descending=d) for k in SORT_KEYS for d in (False, True)]
    return out


def assert_alike(engine: Catalogue, snap: Snapshot, seed: int = 7) -> str:
    """Alike right after the read (but the cells only shown: read with the rows' store), and
    again once the snapshot has settled (words indexed, rows read back from the store:
    "records" where it holds the file's records, else "cells")."""
    assert not snap.settled
    _alike(engine, snap, seed, stored=False)
    ids = engine.query_ids(CatalogueQuery())

    def raw(rows: list) -> list[dict[str, str]]:  # settled cells are kept stripped
        return [{k: v.strip() for k, v in p.raw.items()} for p in rows]

    before = raw(snap.read_rows(ids))
    snap.settle()
    assert snap.settled and snap.frame.columns == ["_id", "_price"]
    _alike(engine, snap, seed)
    after = raw(snap.read_rows(ids))  # the file's records: every column, not just these
    assert [{k: a[k] for k in b} for a, b in zip(after, before, strict=True)] == before
    assert snap._blocks is not None
    return "records" if snap._blocks.whole else "cells"


def _alike(engine: Catalogue, snap: Snapshot, seed: int, *, stored: bool = True) -> None:
    for query in _queries(engine, random.Random(seed)):
        assert snap.query_ids(query).tolist() == engine.query_ids(query).tolist(), query
    ids = engine.query_ids(CatalogueQuery())

    def engines(found: list) -> list:  # before the rows' store: without links and Icecat ids
        return found if stored else [replace(p, **dict.fromkeys(SHOWN_ONLY, "")) for p in found]

    pages = snap.read_rows(ids)
    assert stored or {getattr(p, f) for p in pages for f in SHOWN_ONLY} <= {""}
    assert pages == engines(engine.read_rows(ids))  # every other field (raw is not compared)
    for p in engine.read_rows(ids[:20]):
        for code in (p.sku, p.vpn.lower(), p.ean, p.ean.lstrip("0")):
            assert snap.lookup(code) == engines(engine.lookup(code)), code
    assert snap.vendors() == engine.vendors()

    def tree(nodes: list) -> list:
        return [(n.path, n.code, n.count, tree(n.children)) for n in nodes]

    assert tree(snap.category_tree()) == tree(engine.category_tree())
    assert snap.row_count == engine.info().row_count


def test_sample_file_with_its_category_file(tmp_path: Path) -> None:
    engine, snap = _pair(tmp_path, SAMPLE_PRICE_FILE, category_file=SAMPLE_CATEGORY_FILE)
    assert snap.row_count == 3000
    assert assert_alike(engine, snap) == "records"  # a pipe file read without quoting


def test_na_price_txt_plain_and_zipped(tmp_path: Path) -> None:
    rows = [
        na_row("Q1X2Y3", "AN-GS108-EU"),
        na_row("R5T6U7", "NW-NB14-G5", "NORTHWIND COMPUTING", "NB14 G5 NOTEBOOK", "512GB SSD",
               "0001199.00", "0000912.55", avail="N", category="0011", action="C"),
        na_row("S8V9W0", "CT-M23F", "CONTOSO DISPLAYS", "23IN MONITOR", "", action="D"),
    ]  # fmt: skip
    (tmp_path / "PRICE.TXT").write_bytes(na_text(rows))
    engine, snap = _pair(tmp_path / "", tmp_path / "PRICE.TXT")
    assert assert_alike(engine, snap) == "records"  # quoted, a line a record
    assert [p.status for p in snap.read_rows([1, 3])] == ["", "deleted"]
    zipped = tmp_path / "z"
    zipped.mkdir()
    src = write_zip(zipped / "PRICE.ZIP", "PRICE.TXT", na_text(rows))
    engine, snap = _pair(zipped, src)
    assert assert_alike(engine, snap) == "records"  # the member's records


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_english_header_csv_with_quotes_crlf_and_embedded_delimiters(
    tmp_path: Path, delimiter: str
) -> None:
    rows = [
        english_row("A1", "X-1", "10.50", description="Cable, 2m; red|blue"),
        english_row("A2", "X-2", "1234.56", qty="0", description='Monitor 27", "QHD"'),
        english_row("A3", "X-3", "7.00", description="two\r\nlines, here", eta="2026-12-01"),
        english_row("", "X-4"),  # no SKU: skipped
        english_row("A5", "X-5", price=""),  # no price: skipped
    ]
    src = write_csv(tmp_path / "prices.csv", ENGLISH_HEADER, rows, delimiter=delimiter)
    engine, snap = _pair(tmp_path, src)
    assert snap.row_count == 3 and snap.rows_unusable == 2
    assert assert_alike(engine, snap) == "records"  # a record over two lines too


def test_a_mapped_file_with_decimal_commas_and_a_remembered_mapping(tmp_path: Path) -> None:
    header = ["Artikel", "Herstellernr", "Bez", "Preis", "Lager"]
    rows = [["K-1", "M-1", "Maus", "9,99", "4"], ["K-2", "M-2", "Tastatur", "19,90", "0"]]
    src = write_csv(tmp_path / "odd.csv", header, rows, delimiter=";")
    with pytest.raises(MappingRequired):
        snapshot_of(src)
    mapping = UserMapping.from_dict(json.loads(json.dumps({
        "columns": {"sku": "Artikel", "vpn": "Herstellernr", "description": "Bez",
                    "customer_price": "Preis", "stock": "Lager"},
        "decimal_comma": True,
    })))  # fmt: skip
    engine, snap = _pair(tmp_path, src, mapping=mapping)
    assert_alike(engine, snap)
    remembered = snapshot_of(src, mappings_from=tmp_path / "c.sqlite3")  # saved by the import
    assert [p.customer_price for p in remembered.read_rows([1, 2])] == [
        Decimal("9.99"), Decimal("19.90"),
    ]  # fmt: skip


def test_duplicate_skus_in_any_case_keep_the_last_row(tmp_path: Path) -> None:
    rows = [dach_row("D1", ek="1.00"), dach_row("D2"), dach_row("d1", ek="2.00", vpn="NEW-VPN")]
    engine, snap = _pair(tmp_path, write_dach(tmp_path / "PL.csv", rows))
    assert snap.row_count == 2
    [d1] = snap.lookup("D1")
    assert d1.customer_price == Decimal("2.00") and d1.vpn == "NEW-VPN"
    assert snap.query_ids(CatalogueQuery(text="VP-1")).tolist() == [2]
    assert_alike(engine, snap)


def test_crlf_without_bom_and_a_truncated_last_line(tmp_path: Path) -> None:
    src = write_dach(
        tmp_path / "PL.csv",
        [dach_row("S1", text1="KABEL HDMI"), dach_row("S2", vendor="Škoda Parts")],
        bom=False,
        newline="\r\n",
        tail="|".join(dach_row("S3"))[:60].encode(),
    )
    engine, snap = _pair(tmp_path, src)
    assert snap.row_count == 2 and snap.rows_unusable == 1
    assert assert_alike(engine, snap) == "records"


def test_raw_holds_the_mapped_columns_by_header_name_and_the_urls(tmp_path: Path) -> None:
    row = dach_row("R1", vpn="AB-1", ean="0012345678905")
    row[DACH_HEADER.index("DATENBLATT1")] = "https://example.com/r1.pdf"
    src = write_dach(tmp_path / "PL.csv", [row])
    snap = snapshot_of(src)
    [early] = snap.read_rows([1])  # stage 1 leaves the links to the rows' store
    assert early.datasheet_url == "" and "DATENBLATT1" not in early.raw
    assert early.raw["HSTNUMMER"] == "AB-1"
    snap.store_rows()
    [product] = snap.read_rows([1])
    assert product.raw["HSTNUMMER"] == "AB-1" and product.raw["EANCODE"] == "0012345678905"
    assert product.ean == "0012345678905"  # leading zeros kept
    assert product.datasheet_url == "https://example.com/r1.pdf"  # kept: the engine's rows
    assert product.raw["DATENBLATT1"] == "https://example.com/r1.pdf"
    import_files(tmp_path / "c.sqlite3", src)
    [stored] = Catalogue.open(tmp_path / "c.sqlite3").read_rows([1])
    assert stored.datasheet_url == "https://example.com/r1.pdf"


def test_cp1252_and_utf16_files_are_read_too_and_answer_like_the_engine(tmp_path: Path) -> None:
    """No UTF-8-only stage 1: other encodings are re-encoded in one pass and read the same."""
    rows = [
        english_row(f"B{i}", f"Y-{i}", f"1.234,5{i}", vendor="Müller", description="Crème façade")
        for i in range(6)
    ]
    src = write_csv(tmp_path / "p.csv", ENGLISH_HEADER, rows, delimiter=";", encoding="cp1252")
    text = src.read_text("cp1252")
    utf16 = tmp_path / "u.csv"
    utf16.write_bytes("\ufeff".encode("utf-16-le") + text.encode("utf-16-le"))
    utf16be = tmp_path / "ube.csv"
    utf16be.write_bytes("\ufeff".encode("utf-16-be") + text.encode("utf-16-be"))
    for n, path in enumerate((src, utf16, utf16be)):
        (tmp_path / str(n)).mkdir()
        engine, snap = _pair(tmp_path / str(n), path)
        first = snap.read_rows([1])[0]
        assert (first.vendor, first.description) == ("Müller", "Crème façade")
        assert first.customer_price == Decimal("1234.50")
        assert snap.query_ids(CatalogueQuery(text="müller crème")).tolist() == list(range(1, 7))
        assert assert_alike(engine, snap) == "records"  # cut from the re-encoded bytes
        engine.close()


def test_typing_on_narrows_the_last_matches_and_answers_like_the_engine(tmp_path: Path) -> None:
    rows = [
        dach_row("T1", "AN-GS108-EU", "ACME", "SWITCH 8 PORT", "GIGABIT", qty="3"),
        dach_row("T2", "AN-GS108-US", "ACME", "SWITCH 8 PORT US", "", qty="0"),
        dach_row("T3", "MK-O'NEIL/2", "MÜLLER", "KABEL HDMI 2M", "", qty="4"),
        dach_row("T4", "SW-16", "Škoda", "SWITCHBOX 16", "", qty="1"),
    ] + [dach_row(f"F{i:05d}", f"VP-{i}", text1=f"FILLER {i} SWITCHING") for i in range(300)]
    engine, snap = _pair(tmp_path, write_dach(tmp_path / "PL.csv", rows))
    typed = ["switch 8 port", "an-gs108-eu", "müller kabel", "sw 16"]

    def type_key_by_key() -> None:
        for extra in ({}, {"in_stock": True}):
            for text in typed:
                for end in range(1, len(text) + 1):
                    query = CatalogueQuery(text=text[:end], **extra)
                    assert snap.query_ids(query).tolist() == engine.query_ids(query).tolist(), query

    type_key_by_key()
    assert snap.narrowed_queries > 20  # typing on reused the previous matches
    # backspace, a word typed in front, other filters: answered from the whole catalogue again
    before = snap.narrowed_queries
    for text in ["switch 8 po", "8 switch", "gs108"]:
        query = CatalogueQuery(text=text, vendor="acme")
        assert snap.query_ids(query).tolist() == engine.query_ids(query).tolist()
    assert snap.narrowed_queries == before
    snap.settle()  # then the word index answers every keystroke
    type_key_by_key()
    assert snap.narrowed_queries == before


def test_one_character_searches_before_the_index_are_kept_and_answer_alike(
    tmp_path: Path,
) -> None:
    """A one-character search scans the whole catalogue once before the index serves; asked
    again (another spelling, typing starting over), it answers from what it kept."""
    engine, snap = _pair(tmp_path, SAMPLE_PRICE_FILE)
    for text in ["s", "S", "-s", "s ", "3", "s", "3", "é", "e"]:
        query = CatalogueQuery(text=text)
        assert snap.query_ids(query).tolist() == engine.query_ids(query).tolist(), text
    for text in ["s", "3"]:  # with a filter or a sort: the same rows
        for query in (
            CatalogueQuery(text=text, sort_key="customer_price", descending=True),
            CatalogueQuery(text=text, in_stock=True),
        ):
            assert snap.query_ids(query).tolist() == engine.query_ids(query).tolist(), query
    assert not snap.settled
    snap.settle()
    query = CatalogueQuery(text="s")
    assert snap.query_ids(query).tolist() == engine.query_ids(query).tolist()


def test_a_page_read_counts_as_a_query_under_way(tmp_path: Path) -> None:
    """Settling gives way to page reads as to searches (``priority``): a clerk scrolling
    while the import settles is not kept waiting behind a sort on every core."""
    snap = snapshot_of(SAMPLE_PRICE_FILE)
    assert not snap._queries.recent()
    assert [p.row_id for p in snap.read_rows([2, 1])] == [2, 1]
    assert snap._queries.recent()


def test_a_snapshot_settled_before_its_first_query_answers_like_the_engine(tmp_path: Path) -> None:
    """Everything derived after ``settle`` (rare sort keys, filters) comes from the
    compressed rows; the words from the index."""
    engine, snap = _pair(tmp_path, SAMPLE_PRICE_FILE, category_file=SAMPLE_CATEGORY_FILE)
    snap.settle()
    _alike(engine, snap, seed=5)


def test_readers_get_the_same_answers_while_the_snapshot_settles(tmp_path: Path) -> None:
    import threading

    rows = [
        dach_row(f"S{i:06d}", f"V{i % 50}-{i}", vendor=("ACME", "Škoda Parts")[i % 2],
                 text1=f"SWITCH {i % 7} PORT", qty=str(i % 3), ek=f"{i % 997}.{i % 100:02d}")
        for i in range(60_000)
    ]  # fmt: skip
    engine, snap = _pair(tmp_path, write_dach(tmp_path / "PL.csv", rows))
    queries = [
        CatalogueQuery(text="switch 3", vendor="acme", sort_key="customer_price"),
        CatalogueQuery(text="v7", in_stock=True, sort_key="sku", descending=True),
        CatalogueQuery(category="Zubehör › Kabel", sort_key="vendor"),
        CatalogueQuery(sort_key="description"),
    ]
    settling = threading.Thread(target=snap.settle)
    settling.start()
    rounds = 0
    while settling.is_alive() or rounds < 2:  # before, during and after the swap
        for query in queries:
            ids = snap.query_ids(query)
            assert ids.tolist() == engine.query_ids(query).tolist(), query
            assert [p.sku for p in snap.read_rows(ids[:50])] == [
                p.sku for p in engine.read_rows(ids[:50])
            ]
        rounds += 1
    settling.join()
    assert snap.settled and rounds >= 2


def test_the_one_character_masks_kept_with_the_index_are_each_tokens_own_answer() -> None:
    """``index`` (before the keys and the derived columns) keeps a mask per letter and digit,
    built all at once; each is the rows the token itself matches on the indexes (part
    numbers, words, EANs)."""
    snap = snapshot_of(SAMPLE_PRICE_FILE)
    snap.index()
    assert snap._codes is not None and snap._index is not None
    assert sorted(snap._short) == sorted(string.ascii_lowercase + string.digits)
    for token, mask in snap._short.items():
        alone = indexed_token(snap._codes, snap._index, token, None, {})[0]
        assert mask.to_list() == alone.to_list(), token
    assert sum(mask.sum() for mask in snap._short.values()) > 0


def test_each_sort_key_orders_by_its_value_nulls_first_ties_in_file_order(tmp_path: Path) -> None:
    """Held to an order worked out here from the products themselves, before and after
    ``settle`` and reopened from the generation: blank prices, stock and ETAs sort first,
    equal values keep file order, descending is the exact reverse."""
    rng = random.Random(11)
    rows = [
        dach_row(
            f"S{rng.randrange(10**6):06d}-{i}", f"V{rng.randrange(40)}-{i}",
            ek=rng.choice(["10.00", "9.50", "1.234,56", "0.99"]),
            evp=rng.choice(["", "15.00", "9.50", "120"]), qty=rng.choice(["", "0", "3", "12"]),
            eta=rng.choice(["", "05.03.2026", "01.02.2026"]),
            ean=rng.choice(["", "4006381333931", f"{rng.randrange(10**12):013d}"]),
        )
        for i in range(3_000)
    ]  # fmt: skip
    engine, snap = _pair(tmp_path, write_dach(tmp_path / "PL.csv", rows))
    products = engine.read_rows(engine.query_ids(CatalogueQuery()))
    keyed = {
        "customer_price": lambda p: p.customer_price, "retail_price": lambda p: p.retail_price,
        "stock": lambda p: p.stock, "eta": lambda p: p.eta, "sku": lambda p: p.sku.lower(),
        "ean": lambda p: p.ean, "vpn": lambda p: p.vpn.lower(),
    }  # fmt: skip
    assert {p.retail_price for p in products} >= {None} and {p.eta for p in products} >= {None}
    for reader in (snap, engine, "settled"):
        if reader == "settled":
            snap.settle()
            reader = snap
        for key, value in keyed.items():
            if key in ("sku", "ean", "vpn"):  # text: "" first, no NULL
                in_order = sorted(products, key=value)
            else:
                in_order = sorted(products, key=lambda p: (value(p) is not None, value(p) or 0))
            expected = [p.row_id for p in in_order]  # (a stable sort: ties by id)
            assert reader.query_ids(CatalogueQuery(sort_key=key)).tolist() == expected, key
            down = reader.query_ids(CatalogueQuery(sort_key=key, descending=True)).tolist()
            assert down == expected[::-1], key


def test_rank_of_numbers_dates_and_text_is_the_place_in_a_stable_nulls_first_order() -> None:
    import datetime as dt

    import polars as pl

    from ingram_desk.catalogue.columns import rank_of

    rng = random.Random(5)
    day = dt.date(2026, 1, 1)
    columns = [
        pl.Series([rng.choice([None, -3, 0, 7, 7, 2**40]) for _ in range(2_000)], dtype=pl.Int64),
        pl.Series([rng.choice([None, day, day + dt.timedelta(9)]) for _ in range(2_000)]),
        pl.Series([rng.choice(["", "b", "a", "äb", None]) for _ in range(2_000)]),
        pl.Series([None] * 5), pl.Series([], dtype=pl.Int64), pl.Series([4, 1, 4, 1]),
        # text over more rows than the places are set at once (``_places``, in parts)
        pl.Series([rng.choice(["c", "a", "b", ""]) + str(i % 7) if i % 3 else None
                   for i in range(300_001)]),
    ]  # fmt: skip
    for values in columns:
        items = values.to_list()
        fill = "" if values.dtype == pl.String else 0  # ("" is a value, not NULL)
        order = sorted(range(len(items)), key=lambda i: (items[i] is not None, items[i] or fill))
        expected = [0] * len(items)
        for place, i in enumerate(order):
            expected[i] = place
        assert rank_of(values).to_list() == expected, values.dtype


def test_stock_and_eta_parsed_for_the_change_summary_rank_alike_once_settled(
    tmp_path: Path,
) -> None:
    """``keys`` (taken before ``settle``) parses stock and ETA; ``settle`` ranks and flags
    from those: the same ranks and in-stock rows as a snapshot that parses them itself."""
    rows = [
        dach_row(f"S{i}", qty=("", "0", "7", "-2", "x")[i % 5],
                 eta=("", "05.03.2026", "01.02.26", "bad")[i % 4])
        for i in range(400)
    ]  # fmt: skip
    src = write_dach(tmp_path / "PL.csv", rows)
    fresh, keyed = snapshot_of(src), snapshot_of(src)
    keys = keyed.keys()
    assert keys.get_column("stock").null_count() and keys.get_column("eta").null_count()
    assert set(keyed._parsed) == {"stock", "eta"}
    fresh.settle()
    keyed.settle()
    assert not keyed._parsed
    for key in ("stock", "eta", "in_stock"):
        query = CatalogueQuery(sort_key=key)
        assert keyed.query_ids(query).tolist() == fresh.query_ids(query).tolist(), key
        assert keyed._rank(key).to_list() == fresh._rank(key).to_list(), key
    in_stock = CatalogueQuery(in_stock=True)
    assert keyed.query_ids(in_stock).tolist() == fresh.query_ids(in_stock).tolist()
    assert 0 < len(keyed.query_ids(in_stock)) < 400
