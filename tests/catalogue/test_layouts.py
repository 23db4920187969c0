"""Each supported layout imports without a mapping step; unknown ones need (and reuse) a mapping."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import Catalogue, import_files
from ingram_desk.catalogue.layouts import MappingRequired, UserMapping
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.services.import_texts import details

from .builders import (
    ENGLISH_HEADER,
    dach_row,
    english_row,
    na_row,
    na_text,
    write_csv,
    write_dach,
    write_zip,
)


def _all(db: Path):
    store = Catalogue.open(db)
    try:
        return store.read_rows(store.query_ids(CatalogueQuery()))
    finally:
        store.close()


def test_dach_pipe_file_with_bom_padding_and_german_dates(tmp_path: Path) -> None:
    src = write_dach(
        tmp_path / "PL_600000.csv",
        [
            dach_row("0585AB5", "AN-GS108-EU", "Müller AG", "SWITCH 8 PORT", "GIGABIT, & MORE",
                     ek="61.75", evp="89.00", qty="12", ean="0123456789012"),
            dach_row("0585AB6", "NW-NB14-G5", "NORTHWIND", "NOTEBOOK 14\"", "I5 16GB", ek="912.55",
                     evp="0.00", qty="0", eta="03.02.2027 00:00:00", g1="Computersysteme",
                     g2="Notebooks", catalogid="10010100"),
        ],
    )  # fmt: skip
    report = import_files(tmp_path / "c.sqlite3", src, currency="CHF")
    assert (report.layout, report.encoding, report.delimiter) == ("dach_impulse", "utf-8-sig", "|")
    assert (report.rows_imported, report.rows_skipped, report.problems) == (2, 0, [])
    first, second = _all(tmp_path / "c.sqlite3")
    assert first.sku == "0585AB5" and first.vpn == "AN-GS108-EU"
    assert first.description == "SWITCH 8 PORT GIGABIT, & MORE"  # padding stripped, lines joined
    assert first.ean == "0123456789012"  # leading zero kept
    assert first.customer_price == Decimal("61.75") and first.retail_price == Decimal("89.00")
    assert first.currency == "CHF" and first.stock == 12 and first.in_stock
    assert first.category_path == ("Zubehör", "Kabel") and first.category_code == "10030100"
    assert first.datasheet_url.endswith("0585AB5.pdf") and first.icecat_id == "9000B5"
    assert first.raw["HSTNUMMER"] == "AN-GS108-EU" and first.raw["STORNO"] == "Y"
    assert second.description == 'NOTEBOOK 14" I5 16GB'
    assert second.eta is not None and second.eta.isoformat() == "2027-02-03"
    assert not second.in_stock


def _na_rows() -> list[list[str]]:
    return [
        na_row("Q1X2Y3", "AN-GS108-EU"),
        na_row("R5T6U7", "NW-NB14-G5", "NORTHWIND COMPUTING", "NB14 G5 NOTEBOOK", "512GB SSD",
               "0001199.00", "0000912.55", avail="N", category="0011", action="C"),
        na_row("S8V9W0", "CT-M23F", "CONTOSO DISPLAYS", "23IN MONITOR", "", action="D"),
    ]  # fmt: skip


def test_na_price_txt_positional_zero_packed(tmp_path: Path) -> None:
    src = tmp_path / "PRICE.TXT"
    src.write_bytes(na_text(_na_rows()))
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.layout == "na_price_txt" and report.rows_imported == 3
    switch, notebook, monitor = _all(tmp_path / "c.sqlite3")
    assert switch.sku == "Q1X2Y3" and switch.vendor == "ACME NETWORKS"  # padding stripped
    assert switch.customer_price == Decimal("61.75") and switch.retail_price == Decimal("89.00")
    assert switch.currency == "USD" and switch.stock is None and switch.in_stock
    assert switch.category_code == "0611" and switch.ean == "0123456789012"
    assert notebook.description == "NB14 G5 NOTEBOOK 512GB SSD" and not notebook.in_stock
    assert monitor.status == "deleted"
    assert switch.raw["Ingram Part Number"].rstrip() == "Q1X2Y3"


def test_na_price_zip_is_opened(tmp_path: Path) -> None:
    src = write_zip(tmp_path / "PRICE.ZIP", "PRICE.TXT", na_text(_na_rows()))
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.source == "PRICE.ZIP:PRICE.TXT" and report.rows_imported == 3
    monitor = _all(tmp_path / "c.sqlite3")[2]
    assert monitor.raw["Vendor Part Number"].strip() == "CT-M23F"  # from the unzipped copy


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_english_header_csv_any_delimiter(tmp_path: Path, delimiter: str) -> None:
    rows = [
        english_row("A1", "X-1", "10.50", description="Cable, 2m; red|blue"),
        english_row("A2", "X-2", "1234.56", qty="0"),
    ]
    src = write_csv(tmp_path / "prices.csv", ENGLISH_HEADER, rows, delimiter=delimiter)
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.layout == "header_csv" and report.delimiter == delimiter
    cable, other = _all(tmp_path / "c.sqlite3")
    assert cable.description == "Cable, 2m; red|blue"
    assert cable.customer_price == Decimal("10.50") and other.customer_price == Decimal("1234.56")
    assert cable.category_path == ("Cables", "USB") and cable.category_code == "1001"


def test_cp1252_file_with_decimal_commas(tmp_path: Path) -> None:
    rows = [
        english_row("B1", "Y-1", "1.234,56", vendor="Müller", description="Kabel 2m, grün €"),
        english_row("B2", "Y-2", "17,95", vendor="Straße"),
    ]
    src = write_csv(tmp_path / "p.csv", ENGLISH_HEADER, rows, delimiter=";", encoding="cp1252")
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.encoding == "cp1252" and not report.warnings  # a file as Ingram sends it
    assert "Windows-1252" in str(details(report))
    first, second = _all(tmp_path / "c.sqlite3")
    assert first.vendor == "Müller" and first.description == "Kabel 2m, grün €"
    assert first.customer_price == Decimal("1234.56")
    assert second.customer_price == Decimal("17.95")


def test_unknown_layout_needs_a_mapping_which_is_then_remembered(tmp_path: Path) -> None:
    header = ["Artikel", "Herstellernr", "Bez", "Preis", "Lager"]
    rows = [["K-1", "M-1", "Maus", "9,99", "4"], ["K-2", "M-2", "Tastatur", "19,90", "0"]]
    src = write_csv(tmp_path / "odd.csv", header, rows, delimiter=";")
    db = tmp_path / "c.sqlite3"
    with pytest.raises(MappingRequired) as info:
        import_files(db, src)
    assert info.value.header == header
    mapping_file = tmp_path / "map.json"
    mapping_file.write_text(json.dumps({
        "columns": {"sku": "Artikel", "vpn": "Herstellernr", "description": "Bez",
                    "customer_price": "Preis", "stock": "Lager"},
        "decimal_comma": True, "currency": "EUR",
    }))  # fmt: skip
    report = import_files(db, src, mapping=UserMapping.load(mapping_file))
    assert report.layout == "mapped" and report.rows_imported == 2
    mouse, keyboard = _all(db)
    assert mouse.customer_price == Decimal("9.99") and mouse.stock == 4 and mouse.vpn == "M-1"
    assert keyboard.customer_price == Decimal("19.90") and not keyboard.in_stock
    again = import_files(db, src)  # same file shape: the saved mapping is reused
    assert again.layout == "mapped" and again.rows_imported == 2


def test_headerless_mapping_by_column_index(tmp_path: Path) -> None:
    src = write_csv(tmp_path / "x.txt", None, [["S1", "12.00", "Desk"], ["S2", "3.10", "Lamp"]])
    mapping = UserMapping.from_dict(
        {"columns": {"sku": 0, "customer_price": 1, "description": 2}, "header": False}
    )
    report = import_files(tmp_path / "c.sqlite3", src, mapping=mapping)
    assert report.rows_imported == 2
    desk = _all(tmp_path / "c.sqlite3")[0]
    assert desk.description == "Desk" and desk.raw == {
        "col1": "S1",
        "col2": "12.00",
        "col3": "Desk",
    }
