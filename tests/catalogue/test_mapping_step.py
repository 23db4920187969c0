"""What a GUI mapping step needs from an unknown layout: header, sample rows, a guess — and the
chosen mapping remembered for that file shape (through the service, across the import process)."""

from __future__ import annotations

import asyncio
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
    assert guess_columns(header) == {"sku": 0, "vendor": 3, "ean": 5}
    assert guess_columns(["Ingram Part Number", "Price"]) == {"sku": 0, "customer_price": 1}


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
