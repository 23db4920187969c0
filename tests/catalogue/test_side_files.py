"""Hourly Stock File (partial update by SKU) and Category File (code → name tree)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import Catalogue, apply_stock_file, import_files
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.report import CatalogueImportError

from .builders import dach_row, na_row, na_text, write_csv, write_dach, write_zip


def _by_sku(store: Catalogue) -> dict:
    return {p.sku: p for p in store.read_rows(store.query_ids(CatalogueQuery()))}


def test_stock_file_with_header_updates_quantity_and_eta_by_sku(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    rows = [dach_row("S1", qty="0"), dach_row("S2", qty="7"), dach_row("S3", qty="1")]
    price = write_dach(tmp_path / "PL.csv", rows)
    stock = tmp_path / "stock.csv"
    stock.write_text(
        "\ufeffARTIKEL_NR|VMENGE|VETA|AUSLIEFERUNGSLAGER\n"
        "S1|25||NL\nS2|0|10.03.2027|NL\nGHOST|4||NL\nS3|x||NL\n",
        encoding="utf-8",
    )
    report = import_files(db, price, stock_file=stock)
    assert report.stock_rows_applied == 2 and report.stock_rows_unknown == 1
    assert [p.reason for p in report.problems] == ["stock file: not a quantity: 'x' (column 2)"]
    products = _by_sku(Catalogue.open(db))
    assert products["S1"].stock == 25 and products["S1"].in_stock
    assert products["S2"].stock == 0 and not products["S2"].in_stock
    assert products["S2"].eta is not None and products["S2"].eta.isoformat() == "2027-03-10"
    assert products["S3"].stock == 1  # untouched: its stock row was bad
    assert Catalogue.open(db).info().stock_file_time != ""


def test_na_total_txt_applied_later_to_the_live_catalogue(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    price = tmp_path / "PRICE.TXT"
    price.write_bytes(na_text([na_row("Q1X2Y3", "A-1", avail="N"), na_row("R5T6U7", "B-2")]))
    import_files(db, price)
    total = write_zip(tmp_path / "TOTAL.ZIP", "TOTAL.TXT", b'"Q1X2Y3",154\r\n"R5T6U7",0\r\n')
    report = apply_stock_file(db, total)
    assert report.stock_rows_applied == 2
    products = _by_sku(Catalogue.open(db))
    assert products["Q1X2Y3"].stock == 154 and products["Q1X2Y3"].in_stock
    assert products["R5T6U7"].stock == 0 and not products["R5T6U7"].in_stock
    in_stock = Catalogue.open(db).query_ids(CatalogueQuery(in_stock=True))
    assert in_stock.tolist() == [products["Q1X2Y3"].row_id]


def test_stock_file_needs_a_catalogue(tmp_path: Path) -> None:
    stock = write_csv(tmp_path / "s.csv", None, [["A", "1"]])
    with pytest.raises(CatalogueImportError, match="import a price file first"):
        apply_stock_file(tmp_path / "c.sqlite3", stock)


def test_category_file_builds_the_tree_for_coded_rows(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    price = tmp_path / "PRICE.TXT"
    price.write_bytes(
        na_text([
            na_row("A1", "V1", category="0611"), na_row("A2", "V2", category="0611"),
            na_row("A3", "V3", category="0011"), na_row("A4", "V4", category="9999"),
        ])
    )  # fmt: skip
    cats = write_csv(
        tmp_path / "cats.csv",
        ["Code", "Name", "Parent"],
        [["06", "Networking", ""], ["0611", "Switches", "06"], ["00", "Computers", ""],
         ["0011", "Notebooks", "00"]],
    )  # fmt: skip
    report = import_files(db, price, category_file=cats)
    assert report.categories_loaded == 4
    store = Catalogue.open(db)
    tree = {n.name: n for n in store.category_tree()}
    assert set(tree) == {"Computers", "Networking", "9999"}  # unknown code stays visible
    assert tree["Networking"].count == 2
    assert [(c.name, c.path, c.count) for c in tree["Networking"].children] == [
        ("Switches", "Networking › Switches", 2)
    ]
    switches = store.read_rows(store.query_ids(CatalogueQuery(category="Networking")))
    assert [p.sku for p in switches] == ["A1", "A2"]
    assert switches[0].category_path == ("Networking", "Switches")
    by_code = store.query_ids(CatalogueQuery(category="0011"))
    assert [p.sku for p in store.read_rows(by_code)] == ["A3"]


def test_headerless_category_file_with_na_code_hierarchy(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    price = tmp_path / "PRICE.TXT"
    price.write_bytes(na_text([na_row("A1", "V1", category="0611")]))
    cats = write_csv(tmp_path / "NEWCATS.TXT", None, [["06", "Networking"], ["0611", "Switches"]])
    import_files(db, price, category_file=cats)
    [product] = Catalogue.open(db).lookup("A1")
    assert product.category_path == ("Networking", "Switches")


def test_stock_file_warehouse_column_updates_listed_skus_only(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    rows = [dach_row("S1", qty="0"), dach_row("S2", qty="7", eta="01.06.2027"), dach_row("S3")]
    import_files(db, write_dach(tmp_path / "PL.csv", rows))
    stock = tmp_path / "stock.csv"
    stock.write_text(
        "\ufeffARTIKEL_NR|VMENGE|VETA|AUSLIEFERUNGSLAGER|VDATUM\n"
        "S1|12||NL|15.01.2026 09:00:00\nS2|0|10.03.2027|DE|15.01.2026 09:00:00\n",
        encoding="utf-8",
    )
    report = apply_stock_file(db, stock)
    assert report.stock_rows_applied == 2
    store = Catalogue.open(db)
    products = _by_sku(store)
    s1, s2, s3 = products["S1"], products["S2"], products["S3"]
    assert (s1.stock, s1.in_stock, s1.eta, s1.stock_warehouse) == (12, True, None, "NL")
    assert (s2.stock, s2.in_stock, s2.stock_warehouse) == (0, False, "DE")
    assert s2.eta is not None and s2.eta.isoformat() == "2027-03-10"
    assert (s3.stock, s3.eta, s3.stock_warehouse) == (5, None, "")  # not in the stock file
    store.close()
    # A later stock file without a warehouse column keeps the warehouse it does not mention.
    apply_stock_file(db, write_csv(tmp_path / "s2.csv", ["SKU", "Quantity"], [["S1", "3"]]))
    store = Catalogue.open(db)
    assert (_by_sku(store)["S1"].stock, _by_sku(store)["S1"].stock_warehouse) == (3, "NL")
    store.close()
