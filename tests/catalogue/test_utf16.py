"""UTF-16 price files (BOM FF FE or FE FF, or none) import like any other, streamed and
reported."""

from __future__ import annotations

import codecs
from decimal import Decimal
from pathlib import Path

from ingram_desk.catalogue.engine import Catalogue, apply_stock_file, import_files
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.report import ImportProgress

from .builders import DACH_HEADER, ENGLISH_HEADER, dach_row, english_row, write_csv


def _all(db: Path):
    store = Catalogue.open(db)
    try:
        return store.read_rows(store.query_ids(CatalogueQuery()))
    finally:
        store.close()


def _utf16(path: Path, text: str, *, big_endian: bool = False) -> Path:
    if big_endian:
        path.write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    else:
        path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    return path


def test_utf16_le_english_header_csv_with_bom(tmp_path: Path) -> None:
    lines = [
        ",".join(ENGLISH_HEADER),
        ",".join(english_row("A1", "X-1", "10.50", vendor="Müller", description="Kabel grün €")),
        ",".join(english_row("A2", "X-2", "1234.56", qty="0", eta="2027-03-10"))
        .replace("Thing", '"Cable, 2m ""red"""'),
    ]  # fmt: skip
    src = _utf16(tmp_path / "prices.csv", "\r\n".join(lines) + "\r\n")
    db = tmp_path / "c.sqlite3"
    report = import_files(db, src)
    assert (report.layout, report.encoding, report.delimiter) == ("header_csv", "utf-16-le", ",")
    assert (report.rows_imported, report.rows_skipped, report.problems) == (2, 0, [])
    first, second = _all(db)
    assert first.sku == "A1" and first.vendor == "Müller" and first.description == "Kabel grün €"
    assert first.customer_price == Decimal("10.50") and first.ean == "0012345678905"
    assert second.description == 'Cable, 2m "red"' and not second.in_stock
    assert second.customer_price == Decimal("1234.56")
    assert first.raw["IngramPartNumber"] == "A1" and first.raw["VendorName"] == "Müller"
    store = Catalogue.open(db)
    assert store.info().encoding == "utf-16-le"
    assert [p.sku for p in store.read_rows(store.query_ids(CatalogueQuery(text="grun")))] == ["A1"]
    store.close()


def test_utf16_be_dach_pipe_file_and_a_utf16_stock_file(tmp_path: Path) -> None:
    rows = [
        dach_row("0585AB5", "AN-GS108-EU", "Müller AG", "SWITCH 8 PORT", ek="61.75", qty="12",
                 ean="0123456789012"),
        dach_row("0585AB6", "NW-NB14-G5", text1="NOTEBOOK", ek="912.55", qty="0",
                 eta="03.02.2027 00:00:00"),
    ]  # fmt: skip
    text = "\n".join("|".join(r) for r in [DACH_HEADER, *rows]) + "\n"
    db = tmp_path / "c.sqlite3"
    report = import_files(db, _utf16(tmp_path / "PL.csv", text, big_endian=True))
    assert (report.layout, report.encoding, report.delimiter) == ("dach_impulse", "utf-16-be", "|")
    assert (report.rows_imported, report.rows_skipped, report.problems) == (2, 0, [])
    first, second = _all(db)
    assert first.description == "SWITCH 8 PORT" and first.vendor == "Müller AG"
    assert first.ean == "0123456789012" and first.customer_price == Decimal("61.75")
    assert first.category_path == ("Zubehör", "Kabel") and first.raw["HSTNUMMER"] == "AN-GS108-EU"
    assert second.eta is not None and second.eta.isoformat() == "2027-02-03"

    stock = _utf16(
        tmp_path / "stock.csv", "ARTIKEL_NR|VMENGE|VETA|AUSLIEFERUNGSLAGER\r\n0585AB6|4||DE\r\n"
    )
    assert apply_stock_file(db, stock).stock_rows_applied == 1
    assert [(p.stock, p.stock_warehouse) for p in _all(db)] == [(12, ""), (4, "DE")]


def test_a_large_utf16_file_is_streamed_past_the_sniff_sample(tmp_path: Path) -> None:
    rows = [english_row(f"S{i:05d}", f"VP-{i}", description="Prise über €") for i in range(25_000)]
    plain = write_csv(tmp_path / "plain.csv", ENGLISH_HEADER, rows)
    src = _utf16(tmp_path / "big.csv", plain.read_text(encoding="utf-8"))
    assert src.stat().st_size > 3 << 20  # far beyond the 1 MiB sample the format is sniffed from
    ticks: list[ImportProgress] = []
    report = import_files(tmp_path / "c.sqlite3", src, progress=ticks.append)
    assert report.encoding == "utf-16-le" and report.rows_imported == 25_000
    assert report.rows_skipped == 0
    assert ticks[0].phase == "reading" and ticks[0].bytes_total == src.stat().st_size
    last = _all(tmp_path / "c.sqlite3")[-1]
    assert (last.sku, last.description) == ("S24999", "Prise über €")


def test_an_odd_trailing_byte_in_utf16_is_reported_not_fatal(tmp_path: Path) -> None:
    lines = [",".join(ENGLISH_HEADER), ",".join(english_row("A1", "X-1"))]
    src = _utf16(tmp_path / "p.csv", "\r\n".join(lines) + "\r\n")
    src.write_bytes(src.read_bytes() + b"\x41")
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.rows_imported == 1
    assert any("utf-16-le" in p.reason and p.line == 3 for p in report.problems)


def test_utf16_without_a_bom_is_recognised_in_both_byte_orders(tmp_path: Path) -> None:
    lines = [
        ",".join(ENGLISH_HEADER),
        ",".join(english_row("N1", "X-1", "10.50", vendor="Müller", description="Kabel grün")),
        ",".join(english_row("N2", "X-2", "7.25")),
    ]
    text = "\r\n".join(lines) + "\r\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        src = tmp_path / f"{encoding}.csv"
        src.write_bytes(text.encode(encoding))  # no BOM at all
        db = tmp_path / f"{encoding}.sqlite3"
        report = import_files(db, src)
        assert (report.encoding, report.rows_imported, report.problems) == (encoding, 2, [])
        first, second = _all(db)
        assert first.vendor == "Müller" and first.description == "Kabel grün"
        assert second.customer_price == Decimal("7.25")
