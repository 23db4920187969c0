"""Files in another encoding than UTF-8 (cp1252, latin-1, UTF-16) are re-encoded to UTF-8 a
small chunk at a time before polars reads them: every character comes through wherever a chunk
cuts the file, and a byte the encoding does not define is reported with its line and read as
cp1252 (``parse._mended``), not dropped."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest

from ingram_desk.catalogue import parse, sniff
from ingram_desk.catalogue.engine import import_files
from ingram_desk.catalogue.parse import snapshot_of
from ingram_desk.catalogue.query import CatalogueQuery

from .builders import ENGLISH_HEADER, english_row, write_csv

VENDORS = ["Müller & Söhne", "Société Générale", "€uro „Handel“ – Ærø", "Łódź ☃ 😀"]


def _rows(n: int, vendors: list[str]) -> list[list[str]]:
    rows = []
    for i in range(n):
        vendor = vendors[i % len(vendors)]
        text = "zwei\nZeilen; ä" if i == 3 else f"Gerät {i} «größer»"  # a quoted line break
        rows.append(english_row(f"S{i}", f"Ü-{i}", f"1.234,{i % 100:02d}", vendor, text))
    return rows


@pytest.mark.parametrize(
    ("encoding", "vendors"),
    [
        ("cp1252", VENDORS[:3]),
        ("latin-1", [VENDORS[0], "Ærø \x8d Ltd"]),  # (a byte cp1252 lacks: latin-1)
        ("utf-16-le", VENDORS),
        ("utf-16-be", VENDORS),
    ],
)
@pytest.mark.parametrize("chunk", [5, 64 << 10])
def test_every_character_comes_through_wherever_a_chunk_cuts_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str, vendors: list[str], chunk: int
) -> None:
    monkeypatch.setattr(parse, "_TRANSCODE_CHUNK", chunk)
    rows = _rows(400 if chunk < 100 else 3000, vendors)  # (3000 rows: several 64 KB chunks)
    src = tmp_path / "p.csv"
    text = io.StringIO()
    csv.writer(text, delimiter=";", lineterminator="\r\n").writerows([ENGLISH_HEADER, *rows])
    bom = "\ufeff" if encoding.startswith("utf-16") else ""
    src.write_bytes((bom + text.getvalue()).encode(encoding))
    snap = snapshot_of(src)
    assert snap.plan.encoding == encoding
    got = snap.read_rows(range(1, len(rows) + 1))
    shown = [(r[0], r[1], " ".join(r[3].replace("\x8d", "").split()), r[4]) for r in rows]
    # (a control character and a line break show as spaces)
    assert [(p.sku, p.vpn, p.vendor, p.description) for p in got] == [
        (*r[:3], r[3].replace("\n", " ")) for r in shown
    ]
    assert got[5].customer_price == Decimal("1234.05")
    found = snap.query_ids(CatalogueQuery(text=f"{vendors[0].split()[0]} größer"))
    assert len(found) == len([r for i, r in enumerate(rows) if r[3] == vendors[0] and i != 3])


def test_a_byte_cp1252_does_not_define_is_reported_with_its_line_and_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """0x81 past the sample the encoding was detected on: the file is cp1252 (not latin-1),
    so its re-encoding stops there and the file is read line by line, that line reported."""
    monkeypatch.setattr(sniff, "_SAMPLE_BYTES", 4096)
    rows = [english_row(f"B{i}", f"V-{i}", "2,50", "Müller", f"Kabel {i}") for i in range(300)]
    src = write_csv(tmp_path / "p.csv", ENGLISH_HEADER, rows, delimiter=";", encoding="cp1252")
    src.write_bytes(src.read_bytes().replace(b"Kabel 250;", b"Kabel\x81250;"))
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.encoding == "cp1252" and report.rows_imported == 300
    [problem] = report.problems
    assert problem.line == 252 and "0x81" in problem.reason and not problem.skipped
    snap = snapshot_of(src)
    [bad] = snap.read_rows(snap.query_ids(CatalogueQuery(text="B250")))
    assert bad.vendor == "Müller" and bad.description == "Kabel\ufffd250"
