"""What a GUI mapping step needs from an unknown layout: header, sample rows, a guess — and the
chosen mapping remembered for that file shape (through the service, across the import process)."""

from __future__ import annotations

import asyncio
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from ingram_desk.services.catalogue_service import (
    CatalogueQuery,
    CatalogueService,
    MappingRequired,
    UserMapping,
    guess_columns,
)

GERMAN = "Artikel;Bezeichnung;Preis;Hersteller;Teilenr\n"


def _odd_file(path: Path, rows: int = 4) -> Path:
    lines = [f"A{i:05d};Notebook Modell {i};1.234,{i:02d};Lenovo;20X-{i}\n" for i in range(rows)]
    path.write_text(GERMAN + "".join(lines), encoding="cp1252")
    return path


def test_guess_takes_exact_aliases_and_resembling_headers() -> None:
    header = ["Artikel", "Bezeichnung", "Preis", "Hersteller", "Teilenr", "EAN"]
    assert guess_columns(header) == {
        "sku": 0, "description": 1, "customer_price": 2, "vendor": 3, "ean": 5,
    }  # fmt: skip
    assert guess_columns(["Ingram Part Number", "Price"]) == {"sku": 0, "customer_price": 1}
    # a monitor list's screen size is no image link ("Bild" would resemble it)
    header = ["Artikelnummer", "Bezeichnung", "Bildschirmgröße", "EK"]
    assert guess_columns(header) == {"sku": 0, "description": 1, "customer_price": 3}


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["Artikelnummer", "Hersteller-Artikelnummer", "Bezeichnung", "Marke", "EK-Preis", "UVP",
          "Lagerbestand", "Liefertermin", "Währung", "Warengruppe"],
         ["sku", "vpn", "description", "vendor", "customer_price", "retail_price", "stock",
          "eta", "currency", "category_path"]),
        (["Artikelcode", "Omschrijving", "Merk", "Inkoopprijs", "Adviesprijs", "Voorraad",
          "Valuta", "Categorie"],
         ["sku", "description", "vendor", "customer_price", "retail_price", "stock",
          "currency", "category_path"]),
        (["Référence Ingram", "Référence fabricant", "Désignation", "Marque", "Prix d'achat",
          "Prix public", "Stock", "Devise", "Catégorie"],
         ["sku", "vpn", "description", "vendor", "customer_price", "retail_price", "stock",
          "currency", "category_path"]),
    ],
)  # fmt: skip
def test_a_list_exported_in_the_windows_languages_is_guessed(
    header: list[str], expected: list[str]
) -> None:
    """A German, Dutch or French list's own words (as the mapping dialog's labels name the
    fields: "Bezeichnung", "omschrijving", "désignation") are pre-filled, each column once."""
    assert guess_columns(header) == {field: column for column, field in enumerate(expected)}


def test_unknown_layout_reports_header_samples_and_format_then_remembers_the_mapping(
    tmp_path: Path,
) -> None:
    service = CatalogueService(tmp_path / "cat.sqlite3")
    try:
        with pytest.raises(MappingRequired) as raised:
            asyncio.run(service.import_files(_odd_file(tmp_path / "liste.csv")))
        exc = raised.value
        assert exc.header == GERMAN.strip().split(";")
        assert exc.samples[0] == ["A00000", "Notebook Modell 0", "1.234,00", "Lenovo", "20X-0"]
        assert len(exc.samples) == 4 and exc.delimiter == ";" and exc.encoding
        mapping = UserMapping.from_dict(
            {"columns": {"sku": "Artikel", "vpn": "Teilenr", "description": ["Bezeichnung"],
                         "customer_price": "Preis", "vendor": "Hersteller"}}
        )  # fmt: skip
        outcome = asyncio.run(service.import_files(tmp_path / "liste.csv", mapping=mapping))
        assert outcome.report.rows_imported == 4 and outcome.report.layout == "mapped"
        again = asyncio.run(service.import_files(_odd_file(tmp_path / "liste2.csv", rows=5)))
        assert again.report.rows_imported == 5
        ids = service.reader.query_ids(CatalogueQuery(text="20X-3"))
        (product,) = service.reader.read_rows(ids)
        assert product.sku == "A00003" and product.customer_price == Decimal("1234.03")
    finally:
        service.close()


def test_a_german_list_with_an_article_number_and_a_price_imports_without_asking(
    tmp_path: Path,
) -> None:
    """Its own words name every column: no mapping step; the decimal comma, the dot grouping
    thousands and the ``dd.mm.yy`` date read as a German reads them."""
    lines = [
        "Artikelnummer;Hersteller-Artikelnummer;Bezeichnung;Hersteller;Preis;Bestand;Liefertermin",
        *(f"X{i:05d};HP-{i};Toner Größe {i} schwarz;Müller GmbH;1.877,5{i};{i};27.08.27"
          for i in range(4)),
    ]  # fmt: skip
    path = tmp_path / "liste.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="cp1252")
    service = CatalogueService(tmp_path / "cat.sqlite3")
    try:
        outcome = asyncio.run(service.import_files(path))
        assert (outcome.report.rows_imported, outcome.report.layout) == (4, "header_csv")
        (product,) = service.reader.read_rows(
            service.reader.query_ids(CatalogueQuery(text="größe 3"))
        )
    finally:
        service.close()
    assert (product.sku, product.vpn, product.vendor) == ("X00003", "HP-3", "Müller GmbH")
    assert product.description == "Toner Größe 3 schwarz"
    assert (product.customer_price, product.stock) == (Decimal("1877.53"), 3)
    assert product.eta == date(2027, 8, 27)
