"""``Product.raw`` holds every column of the record, whether the rows are read back from the
generation's copy of the file (UTF-8, one record a line) or kept compressed (other encodings,
ZIP members, quoted files, records spanning lines), before and after a reopen."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import Catalogue, import_files
from ingram_desk.catalogue.parse import snapshot_of
from ingram_desk.catalogue.query import CatalogueQuery

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
)  # fmt: skip


def _dach(tmp_path: Path, encoding: str) -> tuple[Path, list[str], list[list[str]]]:
    rows = [dach_row(f"R{i}", vpn=f"VP-{i}", text1=f"Kabel Grün {i}", ean=f"400000000000{i}")
            for i in range(5)]  # fmt: skip
    for i, row in enumerate(rows):
        row[DACH_HEADER.index("FVERSION")] = f"v{i}.0"  # an unmapped column
        row[DACH_HEADER.index("ECLASS50")] = f"1908{i}"
    path = write_dach(tmp_path / "PL.csv", rows, bom=encoding == "utf-8")
    if encoding != "utf-8":
        path.write_bytes(path.read_text("utf-8").encode(encoding))
    return path, DACH_HEADER, rows


def _english(tmp_path: Path, spanning: bool) -> tuple[Path, list[str], list[list[str]]]:
    header = [*ENGLISH_HEADER, "Warranty", "Country Of Origin"]
    rows = [[*english_row(f"E{i}", f"V-{i}", description=f'Monitor {20 + i}", IPS'),
             f"{i} years", "CN"] for i in range(5)]  # fmt: skip
    if spanning:
        rows[2][-2] = "3 years,\nreturn to base"  # an unmapped cell over two lines
    return write_csv(tmp_path / "p.csv", header, rows), header, rows


CASES = ["dach utf-8", "dach cp1252", "dach utf-16", "na zip", "english", "english spanning"]


@pytest.mark.parametrize("case", CASES)
def test_raw_holds_every_column_in_every_layout_and_encoding(tmp_path: Path, case: str) -> None:
    if case.startswith("dach"):
        src, header, rows = _dach(tmp_path, case.split()[1])
    elif case == "na zip":
        rows = [na_row(f"N{i}", f"NV-{i}", line2=f"LINE {i}") for i in range(5)]
        src, header = write_zip(tmp_path / "PRICE.ZIP", "PRICE.TXT", na_text(rows)), []
    else:
        src, header, rows = _english(tmp_path, spanning=case.endswith("spanning"))
    db = tmp_path / "c.sqlite3"
    assert import_files(db, src).rows_imported == 5
    for cat in (Catalogue.open(db), Catalogue.open(db)):  # the second maps the generation anew
        products = cat.read_rows(cat.query_ids(CatalogueQuery(sort_key="sku")))
        for product, row in zip(products, rows, strict=True):
            assert list(product.raw.values()) == row, case
            if header:
                assert list(product.raw) == header


def test_rows_keep_their_mapped_cells_when_the_file_read_again_differs(tmp_path: Path) -> None:
    """The file changed between the read and the settling: the records read again are not the
    rows polars read, so the rows keep their mapped cells (raw: those columns) and stay right."""
    src, _header, _rows = _dach(tmp_path, "cp1252")
    snap = snapshot_of(src)
    src.write_bytes(src.read_bytes().replace(b"VP-", b"XX-"))
    snap.settle()
    products = snap.read_rows(list(range(1, 6)))
    assert [p.vpn for p in products] == [f"VP-{i}" for i in range(5)]
    assert "FVERSION" not in products[0].raw and products[0].raw["HSTNUMMER"] == "VP-0"
