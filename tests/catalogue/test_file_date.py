"""Defect 4: the catalogue's age is the date the file carries (its VDATUM stamps, the date in its
name, its time inside Ingram's ZIP), and its time on disk only when it carries none."""

from __future__ import annotations

import os
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import Catalogue, import_files
from ingram_desk.catalogue.file_date import file_date
from ingram_desk.catalogue.sniff import open_source
from ingram_desk.cli.main import main

from .builders import dach_row, write_dach

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"
#: a time on disk far from the files' own dates (the copy "downloaded" on 3 Dec 2026)
DOWNLOADED = datetime(2026, 12, 3, 10, 0, tzinfo=UTC).timestamp()


def _downloaded(path: Path) -> Path:
    os.utime(path, (DOWNLOADED, DOWNLOADED))
    return path


def test_the_sample_is_dated_by_its_vdatum_not_by_its_time_on_disk(tmp_path: Path) -> None:
    price = _downloaded(Path(shutil.copy(SAMPLE / "price_file.csv", tmp_path / "price.csv")))
    stock = _downloaded(Path(shutil.copy(SAMPLE / "stock_file.csv", tmp_path / "stock.csv")))
    db = tmp_path / "catalogue.sqlite3"
    import_files(db, price, stock_file=stock)
    store = Catalogue.open(db)
    try:
        info = store.info()
    finally:
        store.close()
    assert (info.price_file_time, info.price_file_dated) == ("2026-01-15T02:05:11", True)
    assert info.stock_file_time == "2026-01-15T09:00:04"  # the stock file's own VDATUM


def test_the_newest_stamp_of_the_rows_is_the_export(tmp_path: Path) -> None:
    rows = [dach_row(f"A{i}", f"VP-{i}") for i in range(3)]
    stamp = rows[0].index("15.01.2026 02:05:11")
    rows[1][stamp] = "16.01.2026 03:10:00"  # the newest figure in the file
    rows[2][stamp] = "not a date"  # passed over, never an error
    path = _downloaded(write_dach(tmp_path / "p.csv", rows))
    found = file_date(open_source(path))
    assert (found.at, found.carried) == ("2026-01-16T03:10:00", True)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("PRICE_20260110.TXT", "2026-01-10T00:00:00"),
     ("PL_612345_10.01.2026.csv", "2026-01-10T00:00:00"),
     ("prices-2026-01-10.csv", "2026-01-10T00:00:00")],
)  # fmt: skip
def test_a_file_without_stamps_is_dated_by_the_date_in_its_name(
    tmp_path: Path, name: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_text("sku,description,price\nA1,Cable,1.00\n", encoding="utf-8")
    found = file_date(open_source(_downloaded(path)))
    assert (found.at, found.carried) == (expected, True)


def test_a_zip_member_is_dated_by_its_time_in_the_archive(tmp_path: Path) -> None:
    archive = tmp_path / "PRICE.ZIP"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr(zipfile.ZipInfo("PRICE.TXT", (2026, 1, 12, 5, 30, 0)), "A1,Cable,1.00\n")
    found = file_date(open_source(_downloaded(archive)))
    assert (found.at, found.carried) == ("2026-01-12T05:30:00", True)


def test_only_a_file_that_carries_no_date_falls_back_to_its_time_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "prices.csv"
    path.write_text("sku,description,price\nA1,Cable,1.00\n", encoding="utf-8")
    found = file_date(open_source(_downloaded(path)))
    assert (found.at, found.carried) == ("2026-12-03T10:00:00+00:00", False)
    future = tmp_path / "PRICE_20991231.TXT"  # a date in the future is no export date
    future.write_text("sku,description,price\nA1,Cable,1.00\n", encoding="utf-8")
    assert not file_date(open_source(_downloaded(future))).carried


def test_catalogue_info_says_the_files_own_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    price = _downloaded(Path(shutil.copy(SAMPLE / "price_file.csv", tmp_path / "price.csv")))
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "catalogue", "import", str(price)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "catalogue", "info"]) == 0
    out = capsys.readouterr().out
    assert "price file price.csv of 15 Jan 2026 02:05, imported" in out, out
