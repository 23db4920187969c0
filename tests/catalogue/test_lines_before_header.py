"""Lines before the header: blank ones, and Excel's delimiter hint (``sep=;``, a first line
that makes Excel open the file by that delimiter). The hint made the layout unrecognised (a
mapping asked for), a blank line made the header a row ("customer price: not a number: 'EK'",
one row skipped); both now import as the file without them, its problems at its own lines."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingram_desk.app import sample_files
from ingram_desk.catalogue.engine import Catalogue, import_files
from ingram_desk.catalogue.layouts import MappingRequired, UserMapping
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.report import ImportReport
from ingram_desk.catalogue.side_files import read_stock

from .builders import ENGLISH_HEADER, english_row, write_csv


def products(db: Path) -> dict[str, tuple[object, ...]]:
    store = Catalogue.open(db)
    try:
        rows = store.read_rows(store.query_ids(CatalogueQuery()))
        return {p.sku: (p.description, p.customer_price, p.stock, p.raw) for p in rows}
    finally:
        store.close()


@pytest.mark.parametrize("before", [b"sep=|\n", b"\n", b"SEP=|\r\n\r\n"])
def test_the_sample_price_file_with_lines_before_its_header(tmp_path: Path, before: bytes) -> None:
    """Every row and every raw column as without them (the rows' store cut at the records)."""
    text = sample_files()[0].read_bytes().removeprefix(b"\xef\xbb\xbf")
    (tmp_path / "plain").mkdir()
    (tmp_path / "hint").mkdir()
    plain = tmp_path / "plain" / "PL.csv"
    plain.write_bytes(text)
    hinted = tmp_path / "hint" / "PL.csv"
    hinted.write_bytes(before + text)
    report = import_files(tmp_path / "hint" / "c.sqlite3", hinted)
    assert (report.rows_imported, report.rows_skipped, report.problems) == (3000, 0, [])
    import_files(tmp_path / "plain" / "c.sqlite3", plain)
    got = products(tmp_path / "hint" / "c.sqlite3")
    assert got == products(tmp_path / "plain" / "c.sqlite3")
    assert "FGARANTIE" in next(iter(got.values()))[3]  # (a raw column no field maps)


def test_problems_keep_the_file_s_own_lines_after_a_hint_and_blank_lines(tmp_path: Path) -> None:
    rows = [
        english_row("M1", "V-1", "12,50", vendor="MÜLLER", description="Kabel; 2 m"),
        english_row("M2", "V-2", "zwölf"),
        english_row("M3", "V-3", "1.234,56"),
    ]
    src = write_csv(tmp_path / "p.csv", ENGLISH_HEADER, rows, delimiter=";", encoding="cp1252")
    src.write_bytes(b"sep=;\r\n\r\n" + src.read_bytes())
    report = import_files(tmp_path / "c.sqlite3", src)
    assert (report.rows_imported, report.rows_skipped) == (2, 1)
    assert [p.line for p in report.problems] == [5]  # sep, blank, header, M1, then M2
    got = products(tmp_path / "c.sqlite3")
    assert got["M1"][0] == "Kabel; 2 m" and str(got["M3"][1]) == "1234.56"


def test_a_hint_before_a_header_no_layout_knows_asks_for_its_header(tmp_path: Path) -> None:
    src = tmp_path / "own.csv"
    src.write_bytes(b"sep=,\nArtikel,Preis netto\nA1,10.00\n")
    with pytest.raises(MappingRequired) as asked:
        import_files(tmp_path / "c.sqlite3", src)
    assert asked.value.header == ["Artikel", "Preis netto"]
    assert asked.value.samples == [["A1", "10.00"]]
    assert asked.value.delimiter == ","
    mapping = UserMapping.from_dict(
        {"columns": {"sku": "Artikel", "customer_price": "Preis netto"}}
    )
    report = import_files(tmp_path / "c.sqlite3", src, mapping=mapping)
    assert (report.rows_imported, report.rows_skipped) == (1, 0)
    assert products(tmp_path / "c.sqlite3")["A1"][1] == Decimal("10.00")
    again = tmp_path / "again.csv"  # the same shape next time: its mapping remembered
    again.write_bytes(b"sep=,\nArtikel,Preis netto\nA2,11.00\n")
    assert import_files(tmp_path / "c.sqlite3", again).rows_imported == 1


def test_a_stock_file_with_a_hint(tmp_path: Path) -> None:
    src = tmp_path / "stock.csv"
    src.write_bytes(b"sep=;\r\nSKU;QTY\r\nS1;4\r\nS2;x\r\n")
    report = ImportReport()
    updates, _ = read_stock(src, report)
    assert [(u.sku, u.stock) for u in updates] == [("S1", 4)]
    assert [p.line for p in report.problems] == [4]
