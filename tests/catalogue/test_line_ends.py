"""A file whose lines end in a lone carriage return (Excel for Mac's "CSV (Macintosh)", old
Mac exports) imports like the same file with line feeds: it was one line, "no readable rows"."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from ingram_desk.app import sample_files
from ingram_desk.catalogue.engine import Catalogue, import_files
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.report import ImportReport
from ingram_desk.catalogue.side_files import read_stock
from ingram_desk.catalogue.sniff import open_source

from .builders import ENGLISH_HEADER, english_row, write_csv, write_zip


def products(db: Path) -> dict[str, tuple[str, object, int | None]]:
    store = Catalogue.open(db)
    try:
        rows = store.read_rows(store.query_ids(CatalogueQuery()))
        return {p.sku: (p.description, p.customer_price, p.stock) for p in rows}
    finally:
        store.close()


def test_the_sample_price_file_with_carriage_returns_imports_as_with_line_feeds(
    tmp_path: Path,
) -> None:
    text = sample_files()[0].read_bytes()
    assert b"\r" not in text
    (tmp_path / "lf").mkdir()
    (tmp_path / "cr").mkdir()
    lf = tmp_path / "lf" / "PL.csv"
    lf.write_bytes(text)
    cr = tmp_path / "cr" / "PL.csv"
    cr.write_bytes(text.replace(b"\n", b"\r"))
    assert open_source(cr).cr_lines and not open_source(lf).cr_lines
    report = import_files(tmp_path / "cr" / "c.sqlite3", cr)
    assert report.rows_imported == 3000 and report.rows_skipped == 0
    import_files(tmp_path / "lf" / "c.sqlite3", lf)
    assert products(tmp_path / "cr" / "c.sqlite3") == products(tmp_path / "lf" / "c.sqlite3")
    assert cr.read_bytes() == text.replace(b"\n", b"\r")  # (the user's file as it was)


def test_a_cp1252_semicolon_file_and_a_zip_member_with_carriage_returns(tmp_path: Path) -> None:
    """Problems keep their lines; a quoted cell holding the delimiter stays one cell."""
    rows = [
        english_row("M1", "V-1", "12,50", vendor="MÜLLER", description="Kabel; 2 m"),
        english_row("M2", "V-2", "zwölf"),
        english_row("M3", "V-3", "1.234,56", qty="7"),
    ]
    src = write_csv(
        tmp_path / "p.csv", ENGLISH_HEADER, rows, delimiter=";", encoding="cp1252", newline="\r"
    )
    report = import_files(tmp_path / "c.sqlite3", src)
    assert (report.rows_imported, report.rows_skipped) == (2, 1)
    assert [p.line for p in report.problems] == [3]
    got = products(tmp_path / "c.sqlite3")
    assert got["M1"][0] == "Kabel; 2 m" and str(got["M3"][1]) == "1234.56"
    zipped = write_zip(tmp_path / "PRICE.ZIP", "p.csv", src.read_bytes())
    assert open_source(zipped).cr_lines
    again = import_files(tmp_path / "z.sqlite3", zipped)
    assert (again.rows_imported, [p.line for p in again.problems]) == (2, [3])


def test_a_stock_file_with_carriage_returns(tmp_path: Path) -> None:
    src = tmp_path / "stock.csv"
    src.write_bytes(b"SKU;QTY\rS1;4\rS2;0\r")
    updates, _ = read_stock(src, ImportReport())
    assert [(u.sku, u.stock) for u in updates] == [("S1", 4), ("S2", 0)]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", b"")],
)
def test_a_utf16_file_with_carriage_returns(tmp_path: Path, encoding: str, bom: bytes) -> None:
    """In UTF-16 a carriage return is a 2-byte unit, read as a line feed unit by unit: "č"
    (U+010D) holds the byte 0x0D and stays "č", a character beyond the BMP stays whole. It was
    read as one line ("a quote opens a cell that it does not close")."""
    rows = [
        english_row("U1", "V-1", "12.50", vendor="Lučina", description="Kabel 😀 grün"),
        english_row("U2", "V-2", "7.00", description="Adapter"),
    ]
    lines = [",".join(ENGLISH_HEADER)] + [",".join(row) for row in rows]
    got = {}
    for ending in ("\r", "\n"):
        folder = tmp_path / ("cr" if ending == "\r" else "lf")
        folder.mkdir()
        src = folder / "p.csv"
        src.write_bytes(bom + ending.join(lines).encode(encoding) + ending.encode(encoding))
        assert open_source(src).cr_lines == (ending == "\r")
        report = import_files(folder / "c.sqlite3", src)
        assert (report.encoding, report.rows_imported, report.problems) == (encoding, 2, [])
        got[ending] = products(folder / "c.sqlite3")
    assert got["\r"] == got["\n"]
    assert got["\r"]["U1"][0] == "Kabel 😀 grün"
    store = Catalogue.open(tmp_path / "cr" / "c.sqlite3")
    try:
        (found,) = store.read_rows(store.query_ids(CatalogueQuery(text="lucina")))
        assert found.vendor == "Lučina"
    finally:
        store.close()
