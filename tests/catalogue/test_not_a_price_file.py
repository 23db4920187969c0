"""A file picked by mistake is refused with what it is and what to do, never a column-mapping
step over XML or binary bytes (found in the Xvfb clerk pass); a stray NUL in a real price file
does not refuse it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import import_price_file
from ingram_desk.catalogue.report import CatalogueImportError

from .builders import dach_row, write_dach


def test_an_excel_workbook_is_named_and_how_to_save_it_as_csv(tmp_path: Path) -> None:
    book = tmp_path / "prices.xlsx"
    with zipfile.ZipFile(book, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/theme/theme1.xml", "<theme/>" * 200)
    with pytest.raises(CatalogueImportError, match=r"Excel workbook.*save it as CSV"):
        import_price_file(tmp_path / "c.sqlite3", book)


def test_an_opendocument_spreadsheet_is_named_and_how_to_save_it_as_csv(tmp_path: Path) -> None:
    """It was read as its ``content.xml``: "sheet.ods:content.xml: no readable rows"."""
    sheet = tmp_path / "prices.ods"
    with zipfile.ZipFile(sheet, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<table:table-row/>" * 2000)
        z.writestr("META-INF/manifest.xml", "<manifest/>")
    with pytest.raises(CatalogueImportError, match=r"OpenDocument spreadsheet.*save it as CSV"):
        import_price_file(tmp_path / "c.sqlite3", sheet)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            '\ufeff<!DOCTYPE html>\n<html lang="en"><head><title>Sign in</title></head>\n',
            "PRICE.TXT is a web page, not a price file: the download may have failed;"
            " fetch the file again",
        ),
        (
            '\n<?xml version="1.0"?>\n<Error><Code>AccessDenied</Code></Error>\n',
            "PRICE.TXT is an XML document, not a price file",
        ),
    ],
)
def test_a_web_page_or_xml_saved_as_a_price_file_is_named(
    tmp_path: Path, text: str, said: str
) -> None:
    """A download that saved the sign-in or error page opened the column-mapping step over its
    markup ("layout not recognised")."""
    page = tmp_path / "PRICE.TXT"
    page.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueImportError) as exc:
        import_price_file(tmp_path / "c.sqlite3", page)
    assert str(exc.value) == said


def test_binary_bytes_are_not_a_price_file(tmp_path: Path) -> None:
    junk = tmp_path / "price.csv"
    junk.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" * 64)
    with pytest.raises(CatalogueImportError, match="not a text file"):
        import_price_file(tmp_path / "c.sqlite3", junk)


def test_a_stray_nul_in_a_real_price_file_is_no_reason_to_refuse_it(tmp_path: Path) -> None:
    rows = [dach_row(f"A{i}", f"VP-{i}") for i in range(40)]
    rows[5][6] = "CABLE\x00 2M"
    path = write_dach(tmp_path / "PL.csv", rows)
    assert import_price_file(tmp_path / "c.sqlite3", path).rows_imported == 40
