"""Issue 19 defects 1 and 8, scenario D3: a runaway quote, a sea of blank lines and a ZIP bomb
are refused with their line and a clear message, by the store importer and the stage-1 snapshot
alike; the previous catalogue stays exactly as it was."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import Catalogue, import_files
from ingram_desk.catalogue.parse import snapshot_of
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.report import CatalogueImportError
from ingram_desk.catalogue.runaway import BlankLinesError, RunawayQuoteError

from .builders import dach_row, na_row, na_text, write_dach


def na_lines(n: int) -> list[bytes]:
    text = na_text(na_row(f"S{i:06d}", f"VPN-{i}") for i in range(n))
    return text.split(b"\r\n")[:-1]


def runaway_file(path: Path, lines: int = 445, bad_line: int = 11) -> Path:
    """The issue's file: 445 lines (header included), a description opening a quote on line 11
    that never closes. Before the fix this imported 9 rows, "1 skipped", and lost 435 lines."""
    rows = [dach_row(f"D{i:05d}", vpn=f"V-{i}") for i in range(lines - 1)]
    rows[bad_line - 2] = dach_row("D00009", vpn="V-9", text1='"BIG SCREEN 27')
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_dach(path, rows)


def live_skus(db: Path) -> int:
    store = Catalogue.open(db)
    try:
        return len(store.query_ids(CatalogueQuery()))
    finally:
        store.close()


def test_runaway_quote_is_refused_by_the_import_with_its_line(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    good = write_dach(tmp_path / "PL.csv", [dach_row(f"G{i:05d}") for i in range(444)])
    assert import_files(db, good).rows_imported == 444
    with pytest.raises(RunawayQuoteError) as exc:
        import_files(db, runaway_file(tmp_path / "BAD" / "PL.csv"))
    assert exc.value.line == 11 and "unbalanced quote" in str(exc.value)
    assert exc.value.absorbed >= 430
    assert live_skus(db) == 444  # the previous catalogue, untouched and searchable


def test_runaway_quote_is_refused_by_the_stage_1_snapshot_the_same_way(tmp_path: Path) -> None:
    with pytest.raises(RunawayQuoteError) as exc:
        snapshot_of(runaway_file(tmp_path / "PL.csv"))
    assert exc.value.line == 11


def test_a_few_line_breaks_inside_descriptions_still_import_on_both_paths(tmp_path: Path) -> None:
    rows = na_lines(200)
    for i in (20, 90):
        rows[i] = rows[i].replace(b'"8-PORT SWITCH', b'"8-PORT\r\nSWITCH', 1)
    src = tmp_path / "PRICE.TXT"
    src.write_bytes(b"\r\n".join(rows) + b"\r\n")
    assert import_files(tmp_path / "c.sqlite3", src).rows_imported == 200
    assert snapshot_of(src).frame.height == 200


def blank_sea(path: Path, blanks: int = 30_000) -> Path:
    return write_dach(path, [dach_row(f"B{i}") for i in range(5)], tail=b"\n" * blanks)


def test_a_sea_of_blank_lines_stops_early_on_both_paths(tmp_path: Path) -> None:
    src = blank_sea(tmp_path / "PL.csv")
    with pytest.raises(BlankLinesError) as exc:
        import_files(tmp_path / "c.sqlite3", src)
    assert exc.value.line == 7  # header, 5 rows, then the blanks start
    with pytest.raises(BlankLinesError):
        snapshot_of(src)


def test_a_zip_that_unpacks_to_a_sea_of_line_feeds_is_refused_before_unpacking(
    tmp_path: Path,
) -> None:
    bomb = tmp_path / "PRICE.ZIP"
    with (
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("PRICE.TXT", "w") as member,
    ):
        for _ in range(64):  # 64 MB of line feeds, about 64 kB compressed
            member.write(b"\n" * (1 << 20))
    db = tmp_path / "data" / "c.sqlite3"
    proc = subprocess.run(
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(tmp_path / "data"),
         "catalogue", "import", str(bomb)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1
    assert "expands" in proc.stderr and "not a price file" in proc.stderr
    assert "Traceback" not in proc.stderr
    folder = tmp_path / "data" / "profiles" / "demo"
    assert sum(p.stat().st_size for p in folder.glob("*")) < 10 << 20  # nothing unpacked
    assert not db.exists() or live_skus(db) == 0


def test_runaway_quote_through_the_command_line_is_one_line(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(tmp_path / "data"),
         "catalogue", "import", str(runaway_file(tmp_path / "PL.csv"))],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1 and "line 11" in proc.stderr and "Traceback" not in proc.stderr


def test_quotes_no_reader_can_pair_are_refused_in_one_line(tmp_path: Path) -> None:
    """A last line opening a quote after a lone carriage return (found by the fuzz test):
    polars refuses it, and so does the csv module the file is then read again by. The reason
    was polars' own, over eleven lines of advice for programmers."""
    db = tmp_path / "c.sqlite3"
    good = write_dach(tmp_path / "PL.csv", [dach_row(f"G{i:05d}") for i in range(5)])
    assert import_files(db, good).rows_imported == 5
    bad = tmp_path / "BAD" / "PL.csv"
    bad.parent.mkdir()
    bad.write_bytes(good.read_bytes() + b'\r|"\n')
    with pytest.raises(CatalogueImportError) as exc:
        import_files(db, bad)
    assert str(exc.value) == (
        'PL.csv: cannot read the file: a quote (") in it opens a cell that it does not close'
    )
    assert live_skus(db) == 5  # the previous catalogue stays
