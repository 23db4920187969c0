"""The one engine: a price file imported into a generation folder answers every read; the
change summary comes from joining the new generation with the one before it by SKU; the
sanity gate, a cancel or a killed import leave the live generation exactly as it was."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

import pytest

from ingram_desk.catalogue import row_blocks
from ingram_desk.catalogue.engine import (
    Catalogue,
    apply_stock_file,
    catalogue_root,
    import_price_file,
)
from ingram_desk.catalogue.generation import current_name
from ingram_desk.catalogue.layouts import MappingRequired, UserMapping
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.report import (
    MAX_PROBLEMS,
    CatalogueImportError,
    ImportCancelled,
    SanityGateError,
)
from tests.fixtures.catalogue import SAMPLE_CATEGORY_FILE, SAMPLE_PRICE_FILE

from .builders import DACH_HEADER, ENGLISH_HEADER, dach_row, english_row, write_csv, write_dach

ROOT = Path(__file__).resolve().parents[2]


def _skus(db: Path) -> list[str]:
    cat = Catalogue.open(db)
    return [p.sku for p in cat.read_rows(cat.query_ids(CatalogueQuery()))]


def test_an_imported_sample_file_answers_searches_filters_and_look_ups(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    cat = Catalogue.open(db)
    assert cat.info().row_count == 0 and len(cat.query_ids(CatalogueQuery(text="a"))) == 0
    report = import_price_file(db, SAMPLE_PRICE_FILE, category_file=SAMPLE_CATEGORY_FILE)
    assert report.rows_imported == 3000 and report.generation == 1
    info = cat.info()  # the same reader sees the new generation
    assert (info.row_count, info.generation, info.source) == (3000, 1, SAMPLE_PRICE_FILE.name)
    assert info.layout == report.layout and info.imported_at
    every = cat.read_rows(cat.query_ids(CatalogueQuery()))
    assert len(every) == 3000
    first = every[0]
    words = first.description.lower().split()[:2]
    for text in (" ".join(reversed(words)), words[0][:2].upper(), first.vpn[2:7], first.ean):
        found = {p.row_id for p in cat.read_rows(cat.query_ids(CatalogueQuery(text=text)))}
        assert first.row_id in found, text
    cheap = cat.read_rows(cat.query_ids(CatalogueQuery(price_max=Decimal("20"))))
    assert cheap and all(p.customer_price <= 20 for p in cheap)
    by_price = cat.read_rows(cat.query_ids(CatalogueQuery(sort_key="customer_price")))
    assert [p.customer_price for p in by_price] == sorted(p.customer_price for p in every)
    assert cat.lookup(first.sku) == [first]
    assert sum(n for _v, n in cat.vendors()) == 3000
    assert sum(node.count for node in cat.category_tree()) == 3000
    assert first.raw  # the original columns


def test_the_change_summary_joins_the_new_generation_with_the_previous(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    old = [dach_row(f"S{i}", ek=f"{10 + i}.00", qty=str(i % 3)) for i in range(30)]
    new = [
        dach_row(f"S{i}", ek=f"{10 + i + (i % 4 == 0) - (i % 5 == 0)}.00", qty=str((i + 1) % 3))
        for i in range(2, 34)
    ]
    import_price_file(db, write_dach(tmp_path / "old.csv", old))
    assert Catalogue.open(db).changes().counts["new"] == 0  # the first import: nothing to join
    import_price_file(db, write_dach(tmp_path / "new.csv", new))
    changes = Catalogue.open(db).changes()
    assert changes.generation == 2
    up = [f"S{i}" for i in range(2, 30) if i % 4 == 0 and i % 5]
    down = [f"S{i}" for i in range(2, 30) if i % 5 == 0 and i % 4]
    back = [f"S{i}" for i in range(2, 30) if i % 3 == 0 and (i + 1) % 3]
    gone = [f"S{i}" for i in range(2, 30) if i % 3 and (i + 1) % 3 == 0]
    expected = {
        "new": sorted(f"S{i}" for i in range(30, 34)), "removed": ["S0", "S1"],
        "price_up": up, "price_down": down,  # the biggest share of the old price first
        "back_in_stock": sorted(back), "out_of_stock": sorted(gone),
    }  # fmt: skip
    assert {k: [c.sku for c in v] for k, v in changes.items.items()} == expected
    assert changes.counts == {k: len(v) for k, v in expected.items()}
    s4 = next(c for c in changes.items["price_up"] if c.sku == "S4")
    assert (s4.old, s4.new) == ("14.00", "15.00")
    s33 = next(c for c in changes.items["new"] if c.sku == "S33")
    assert (s33.old, s33.new) == (None, "43.00")


def test_products_of_listed_skus_are_read_in_one_join_and_removed_ones_described_at_the_swap(
    tmp_path: Path,
) -> None:
    """A change list's articles by exact SKU: one join of the kept keys, thousands at once.
    A removed article is described in the summary as the catalogue before had it: after an
    hourly stock file that catalogue is deleted."""
    db = tmp_path / "c.sqlite3"
    import_price_file(db, write_dach(tmp_path / "old.csv", [
        dach_row(f"S{i}", vpn=f"OLD-{i}", text1=f"OLD ARTICLE {i}", ek=f"{10 + i}.00")
        for i in range(30)
    ]))  # fmt: skip
    cat = Catalogue.open(db)
    import_price_file(db, write_dach(tmp_path / "new.csv", [
        dach_row(f"S{i}", text1=f"NEW ARTICLE {i}", ek=f"{11 + i}.00") for i in range(2, 34)
    ]))  # fmt: skip
    live = cat.products_by_sku(["S3", "S33", "S1", "s4", "NOPE"])
    assert sorted(live) == ["S3", "S33"]  # exact: "S3" is not "S33", "s4" not "S4"
    assert live["S33"].description.startswith("NEW ARTICLE 33")
    assert str(live["S3"].customer_price) == "14.00"
    assert cat.products_by_sku([]) == {}
    stock = tmp_path / "STOCK.csv"
    stock.write_text("ARTIKEL_NR|VMENGE\nS5|0\n", encoding="utf-8")
    for _ in range(2):  # the generation the price file replaced is gone after these
        apply_stock_file(db, stock)
    removed = cat.changes().items["removed"]
    assert [(c.sku, c.old, c.vpn, c.vendor) for c in removed] == [
        ("S0", "10.00", "OLD-0", "ACME"), ("S1", "11.00", "OLD-1", "ACME"),
    ]  # fmt: skip
    assert removed[1].description.split() == ["OLD", "ARTICLE", "1"]
    assert cat.changes().as_dict()["changes"]["removed"][0]["description"].startswith("OLD")
    assert "description" not in cat.changes().as_dict()["changes"]["new"][0]


def test_the_change_summary_counts_every_change_and_lists_the_first_by_sku() -> None:
    """More changes of each kind than are listed: the counts are all of them, the items the
    first ``CHANGES_LISTED`` by SKU (price changes: the biggest first) with old and new values,
    worked out here row by row."""
    import random

    import polars as pl

    from ingram_desk.catalogue.changes import CHANGES_LISTED, change_summary
    from ingram_desk.catalogue.values import price_from_stored

    rng = random.Random(8)

    def keys(skus: list[str]) -> pl.DataFrame:
        stock = [rng.choice([None, 0, 3]) for _ in skus]
        return pl.DataFrame({
            "sku": skus, "price": [rng.choice([10_000, 25_000, 99_000]) for _ in skus], "stock": stock,
            "in_stock": [bool(q) for q in stock],
        })  # fmt: skip

    skus = [f"S{rng.randrange(10**6):06d}" for _ in range(12_000)]
    old, new = keys(sorted(set(skus[:9_000]))), keys(sorted(set(skus[2_500:])))
    before = {r["sku"]: r for r in old.iter_rows(named=True)}
    after = {r["sku"]: r for r in new.iter_rows(named=True)}
    both = sorted(before.keys() & after.keys())

    def money(v: int | None) -> str | None:
        return None if v is None else str(price_from_stored(v))

    def qty(v: int | None) -> str | None:
        return None if v is None else str(v)

    def by_move(skus: Iterable[str]) -> list[str]:  # price kinds: the biggest moves first
        def share(k: str) -> float:
            return abs(after[k]["price"] - before[k]["price"]) / before[k]["price"]

        return sorted(skus, key=lambda k: (-share(k), k))

    expected = {
        "new": [(k, None, money(after[k]["price"])) for k in sorted(after.keys() - before.keys())],
        "removed": [(k, money(before[k]["price"]), None) for k in sorted(before.keys() - after.keys())],
        "price_up": [(k, money(before[k]["price"]), money(after[k]["price"]))
                     for k in by_move(k for k in both if after[k]["price"] > before[k]["price"])],
        "price_down": [(k, money(before[k]["price"]), money(after[k]["price"]))
                       for k in by_move(k for k in both if after[k]["price"] < before[k]["price"])],
        "back_in_stock": [(k, qty(before[k]["stock"]), qty(after[k]["stock"]))
                          for k in both if after[k]["in_stock"] and not before[k]["in_stock"]],
        "out_of_stock": [(k, qty(before[k]["stock"]), qty(after[k]["stock"]))
                         for k in both if before[k]["in_stock"] and not after[k]["in_stock"]],
    }  # fmt: skip
    found = change_summary(old, new)
    assert all(len(items) > CHANGES_LISTED for items in expected.values())
    for kind, items in expected.items():
        assert found[kind]["count"] == len(items), kind
        got = [(s, a, b) for s, a, b in found[kind]["items"]]
        assert got == items[:CHANGES_LISTED], kind


def test_the_sanity_gate_refuses_a_much_smaller_file_unless_forced(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    import_price_file(db, write_dach(tmp_path / "a.csv", [dach_row(f"A{i}") for i in range(40)]))
    small = write_dach(tmp_path / "small.csv", [dach_row(f"S{i}") for i in range(5)])
    with pytest.raises(SanityGateError, match=r"file looks incomplete \(5 rows vs 40"):
        import_price_file(db, small)
    assert _skus(db) == [f"A{i}" for i in range(40)]
    assert import_price_file(db, small, force=True).rows_imported == 5
    assert _skus(db) == [f"S{i}" for i in range(5)]


def test_datasheet_and_image_urls_are_kept(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    import_price_file(db, write_dach(tmp_path / "a.csv", [dach_row("A1"), dach_row("A2")]))
    first = Catalogue.open(db).lookup("A2")[0]
    assert first.datasheet_url == "https://example.invalid/ds/A2.pdf"


def test_a_cancelled_import_leaves_the_catalogue(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    import_price_file(db, write_dach(tmp_path / "a.csv", [dach_row(f"A{i}") for i in range(9)]))
    cancel = threading.Event()
    cancel.set()
    src = write_dach(tmp_path / "b.csv", [dach_row(f"B{i}") for i in range(9)])
    with pytest.raises(ImportCancelled):
        import_price_file(db, src, cancel=cancel)
    assert _skus(db) == [f"A{i}" for i in range(9)]


@pytest.mark.parametrize(
    "point", ["in_rows_store", "before_generation_rename", "before_generation_pointer"]
)
def test_a_killed_import_leaves_the_catalogue(tmp_path: Path, point: str) -> None:
    db = tmp_path / "c.sqlite3"
    import_price_file(db, write_dach(tmp_path / "a.csv", [dach_row(f"A{i}") for i in range(9)]))
    live = current_name(catalogue_root(db))
    src = write_dach(tmp_path / "b.csv", [dach_row(f"B{i}") for i in range(9)])
    script = (
        "import sys; from ingram_desk.catalogue.engine import import_price_file;"
        "import_price_file(sys.argv[1], sys.argv[2])"
    )
    env = {**os.environ, "INGRAM_DESK_CATALOGUE_CRASH_AT": point}
    done = subprocess.run([sys.executable, "-c", script, str(db), str(src)], cwd=ROOT, env=env)
    assert done.returncode == 70
    assert current_name(catalogue_root(db)) == live
    assert _skus(db) == [f"A{i}" for i in range(9)]
    import_price_file(db, src)  # the next import clears what the killed one left
    assert _skus(db) == [f"B{i}" for i in range(9)]
    assert len([p for p in catalogue_root(db).iterdir() if p.is_dir()]) == 2  # live + previous


def test_a_failing_rows_store_fails_the_import_in_one_line_and_leaves_the_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rows' store spools its blocks to a temporary file: that folder full fails the
    import with one line, and nothing is swapped."""
    db = tmp_path / "c.sqlite3"
    import_price_file(db, write_dach(tmp_path / "a.csv", [dach_row(f"A{i}") for i in range(9)]))
    live = current_name(catalogue_root(db))

    def full(self: row_blocks.Spool) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(row_blocks.Spool, "__init__", full)
    src = write_dach(tmp_path / "b.csv", [dach_row(f"B{i}") for i in range(9)])
    with pytest.raises(CatalogueImportError) as failed:
        import_price_file(db, src)
    assert str(failed.value) == "cannot write the catalogue: [Errno 28] No space left on device"
    assert current_name(catalogue_root(db)) == live
    assert _skus(db) == [f"A{i}" for i in range(9)]
    monkeypatch.undo()
    import_price_file(db, src)
    assert _skus(db) == [f"B{i}" for i in range(9)]


def test_a_mapping_is_remembered_in_the_settings_for_that_file_shape(tmp_path: Path) -> None:
    header = ["Artikel", "Herstellernr", "Bez", "Preis", "Lager"]
    rows = [["K-1", "M-1", "Maus", "9,99", "4"], ["K-2", "M-2", "Tastatur", "19,90", "0"]]
    src = write_csv(tmp_path / "odd.csv", header, rows, delimiter=";")
    db = tmp_path / "c.sqlite3"
    with pytest.raises(MappingRequired):
        import_price_file(db, src)
    mapping = {
        "columns": {"sku": "Artikel", "vpn": "Herstellernr", "description": "Bez",
                    "customer_price": "Preis", "stock": "Lager"},
        "decimal_comma": True, "currency": "EUR",
    }  # fmt: skip
    (tmp_path / "map.json").write_text(json.dumps(mapping))
    report = import_price_file(db, src, mapping=UserMapping.load(tmp_path / "map.json"))
    assert report.layout == "mapped" and report.rows_imported == 2
    mouse, keyboard = Catalogue.open(db).read_rows([1, 2])
    assert mouse.raw == dict(zip(header, rows[0], strict=True))
    assert mouse.customer_price == Decimal("9.99") and mouse.stock == 4 and mouse.vpn == "M-1"
    assert keyboard.customer_price == Decimal("19.90") and not keyboard.in_stock
    again = import_price_file(db, src)  # same file shape: the saved mapping is reused
    assert again.layout == "mapped" and again.rows_imported == 2


def test_bad_cells_are_reported_with_their_line_and_column(tmp_path: Path) -> None:
    rows = [
        english_row("G1", "V-1"),  # line 2
        english_row("G2", "V-2", price="12,3x"),  # line 3: bad price, skipped
        english_row("", "V-3"),  # line 4: no SKU
        english_row("G4", "V-4", price=""),  # line 5: no price
        english_row("G5", "V-5", qty="-4"),  # line 6: negative stock -> 0, kept
        english_row("G6", "V-6", eta="31.02.2027"),  # line 7: impossible date, kept
        english_row("G7", "V-7", description="two\r\nlines, here"),  # lines 8-9
        english_row("G8", "V-8", qty="x"),  # line 10: stock left empty, kept
    ]
    src = write_csv(tmp_path / "p.csv", ENGLISH_HEADER, rows)
    report = import_price_file(tmp_path / "c.sqlite3", src)
    assert report.rows_imported == 5 and report.rows_skipped == 3
    assert [(p.line, p.reason, p.skipped) for p in report.problems] == [
        (3, "customer price: not a number: '12,3x' (column 9, CustomerPrice)", True),
        (4, "no SKU", True),
        (5, "no customer price", True),
        (6, "negative stock -4 read as 0", False),
        (7, "ETA ignored: not a date: '31.02.2027' (column 13, ETADate)", False),
        (10, "stock ignored: not a quantity: 'x' (column 12, AvailableQuantity)", False),
    ]
    products = Catalogue.open(tmp_path / "c.sqlite3").read_rows([1, 2, 3, 4, 5])
    assert [p.sku for p in products] == ["G1", "G5", "G6", "G7", "G8"]
    assert [p.stock for p in products] == [3, 0, 3, 3, None] and products[2].eta is None


def test_duplicate_skus_last_row_wins_and_is_reported(tmp_path: Path) -> None:
    rows = [dach_row("D1", ek="1.00"), dach_row("D2"), dach_row("d1", ek="2.00", vpn="NEW-VPN")]
    report = import_price_file(tmp_path / "c.sqlite3", write_dach(tmp_path / "PL.csv", rows))
    assert report.rows_imported == 2 and report.duplicates_replaced == 1
    assert [(p.line, p.reason) for p in report.problems] == [
        (4, "duplicate SKU d1: replaces line 2")
    ]
    cat = Catalogue.open(tmp_path / "c.sqlite3")
    [d1] = cat.lookup("D1")
    assert d1.customer_price == Decimal("2.00") and d1.vpn == "NEW-VPN"
    assert cat.query_ids(CatalogueQuery(text="VP-1")).tolist() == [2]  # old row not searchable


def test_rows_with_the_wrong_number_of_columns_are_skipped_and_counted(tmp_path: Path) -> None:
    rows = [dach_row(f"P{i}") for i in range(10)] + [["bad"] * 3 for _ in range(MAX_PROBLEMS + 50)]
    rows.append([*dach_row("WIDE"), "extra"])  # one cell too many
    rows.append([*dach_row("TRAIL"), "", ""])  # a trailing delimiter run: read as it is
    src = write_dach(tmp_path / "PL.csv", rows, tail="|".join(dach_row("CUT"))[:60].encode())
    report = import_price_file(tmp_path / "c.sqlite3", src)
    assert report.rows_imported == 11 and report.rows_skipped == MAX_PROBLEMS + 52
    assert len(report.problems) == MAX_PROBLEMS and report.problem_count == MAX_PROBLEMS + 52
    assert report.as_dict()["problems"][0] == {
        "line": 12,
        "reason": f"3 columns, expected {len(DACH_HEADER)}",
        "skipped": True,
    }
    assert _skus(tmp_path / "c.sqlite3") == [*(f"P{i}" for i in range(10)), "TRAIL"]
    rows = [dach_row("OK"), [*dach_row("WIDE"), "extra"]]
    src = write_dach(tmp_path / "b.csv", rows, tail=b"CUT|x\n")
    full = import_price_file(tmp_path / "d.sqlite3", src)
    assert [(p.line, p.reason) for p in full.problems] == [
        (3, f"{len(DACH_HEADER) + 1} columns, expected {len(DACH_HEADER)}"),
        (4, f"2 columns, expected {len(DACH_HEADER)}"),
    ]


def test_a_header_only_file_is_refused_even_when_forced(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    import_price_file(db, write_dach(tmp_path / "a.csv", [dach_row("A1")]))
    header_only = write_dach(tmp_path / "h.csv", [])
    for force in (False, True):
        with pytest.raises(SanityGateError, match="no usable rows"):
            import_price_file(db, header_only, force=force)
    assert _skus(db) == ["A1"]
