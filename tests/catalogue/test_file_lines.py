"""The file's shape in one pass over its bytes (``file_lines``): the lines, each record's
columns and first line, blank lines and offsets, the same whatever the block size; a malformed
row is reported with its line wherever the blocks are cut."""

from __future__ import annotations

import csv
import io
import random
import sqlite3
from pathlib import Path

import pytest

from ingram_desk.catalogue import file_lines
from ingram_desk.catalogue.detect import ImportPlan, plan_import
from ingram_desk.catalogue.engine import import_files
from ingram_desk.catalogue.file_lines import scan_lines
from ingram_desk.catalogue.schema import ensure_base
from ingram_desk.catalogue.sniff import open_source

from .builders import (
    ENGLISH_HEADER,
    dach_row,
    english_row,
    na_row,
    na_text,
    write_csv,
    write_dach,
)  # fmt: skip


def _plan(path: Path) -> ImportPlan:
    conn = sqlite3.connect(":memory:")
    ensure_base(conn)
    try:
        return plan_import(conn, open_source(path), None)
    finally:
        conn.close()


def test_crlf_a_bom_a_blank_line_and_no_final_newline(tmp_path: Path) -> None:
    src = write_dach(tmp_path / "PL.csv", [dach_row("A1"), dach_row("A2")], newline="\r\n")
    data = src.read_bytes() + b"\r\n" + "|".join(dach_row("A3")).encode() + b"|"
    src.write_bytes(data)
    shape = scan_lines(src, _plan(src), utf8=True)
    assert shape.lines == 5 and shape.blank == 1 and shape.utf8
    width = len(dach_row("A1"))
    # a trailing delimiter is an empty cell past the last column, not one column too many
    assert shape.records.rows() == [(width, False, 2), (width, False, 3), (None, False, 4),
                                    (width, False, 5)]  # fmt: skip
    lines = data.split(b"\n")  # each record's start, then the end
    assert shape.starts.tolist() == [sum(len(x) + 1 for x in lines[:i]) for i in range(5)] + [
        len(data)
    ]


def test_a_byte_invalid_in_utf8_is_found(tmp_path: Path) -> None:
    src = write_dach(tmp_path / "PL.csv", [dach_row("A1", vendor="CAFE")])
    src.write_bytes(src.read_bytes().replace(b"CAFE", b"CAF\xe9"))
    assert scan_lines(src, _plan(src), utf8=True).utf8 is False
    assert scan_lines(src, _plan(src), utf8=False).utf8 is None


@pytest.mark.parametrize("block", [64, 257, 4096, 8 << 20])
def test_the_same_shape_whatever_the_block_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    rows = [english_row(f"Q{i}", f"V-{i}", description=f'item {i}, 27" "QHD"') for i in range(40)]
    rows[5] = english_row("Q5", "V-5", description="two\r\nlines,\r\nthree")
    rows[9] = ["Q9", "only", "three"]
    rows[30] = [*english_row("Q30", "V-30"), "extra"]
    src = write_csv(tmp_path / "p.csv", ENGLISH_HEADER, rows)
    monkeypatch.setattr(file_lines, "_BLOCK", block)
    shape = scan_lines(src, _plan(src), utf8=True)
    assert shape.lines == 43
    n, _long, line = zip(*shape.records.rows(), strict=True)
    data = src.read_bytes()  # each record starts where the one before it ends
    assert len(shape.starts) == 42 and shape.starts[-1] == len(data)
    cut = [data[a:b] for a, b in zip(shape.starts[:-1], shape.starts[1:], strict=True)]
    assert cut[6].startswith(b"Q5,") and cut[6].count(b"\n") == 3 and cut[7].startswith(b"Q6,")
    assert n == (13,) * 9 + (3,) + (13,) * 20 + (14,) + (13,) * 9
    assert line == (*range(2, 8), *range(10, 44))  # record 6 spans lines 7-9


@pytest.mark.parametrize("block", [100, 8 << 20])
def test_a_malformed_row_at_a_block_seam_is_reported_with_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    rows = [english_row(f"G{i}", f"V-{i}", description=f"cable {i}") for i in range(30)]
    rows[3] = english_row("G3", "V-3", description="a\nbreak")  # lines 5-6
    rows[12] = ["G12", "only", "three"]  # line 15
    rows[20] = english_row("G20", "V-20", description="x" * 150)  # longer than a block
    rows[21] = ["G21", "short"]  # line 24
    src = write_csv(tmp_path / "p.csv", ENGLISH_HEADER, rows)
    monkeypatch.setattr(file_lines, "_BLOCK", block)
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.rows_imported == 28 and report.rows_skipped == 2
    assert [(p.line, p.reason) for p in report.problems] == [
        (15, "3 columns, expected 13"),
        (24, "2 columns, expected 13"),
    ]


def test_record_starts_where_quotes_are_read_and_where_they_are_not(tmp_path: Path) -> None:
    """The DACH list reads quotes literally: its lines are its records whatever they hold; a
    quoted file's record goes on past a line break inside quotes."""
    src = write_dach(tmp_path / "PL.csv", [dach_row("A1", text1='MONITOR 27"'), dach_row("A2")])
    shape = scan_lines(src, _plan(src), utf8=True)
    assert len(shape.starts) == shape.lines + 1 == 4
    spanning = write_csv(
        tmp_path / "r.csv", ENGLISH_HEADER, [english_row("Q1", "V-1", description='27"\nQHD')]
    )
    shape = scan_lines(spanning, _plan(spanning), utf8=True)
    assert shape.lines == 3 and len(shape.starts) == 3  # the header, the record, the end


def test_a_line_break_in_a_column_no_field_reads_still_counts_for_the_lines(
    tmp_path: Path,
) -> None:
    """The line of a problem is where its record starts in the file, whichever cells held
    line breaks before it (polars reads only the mapped ones)."""
    header = [*ENGLISH_HEADER, "Notes"]
    rows = [[*english_row(f"N{i}", f"V-{i}"), "note"] for i in range(6)]
    rows[1][-1] = "first\nsecond\nthird"  # lines 3-5
    rows[3] = ["N3", "only", "three"]  # line 7
    src = write_csv(tmp_path / "p.csv", header, rows)
    report = import_files(tmp_path / "c.sqlite3", src)
    assert [(p.line, p.reason) for p in report.problems] == [(7, "3 columns, expected 14")]


@pytest.mark.parametrize("block", [97, 8 << 20])
def test_columns_and_lines_agree_with_the_csv_module_on_random_quoted_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    """Quoted cells holding delimiters, doubled quotes and line breaks, rows short and long:
    each record's columns and first line are what the csv module reads, wherever a block
    ends."""
    rng = random.Random(13)
    bits = ["a", "b", ",", '"', "\n", "\r\n", " ", "é"]
    rows = []
    for i in range(300):
        width = rng.choice([13, 13, 13, 12, 14, 3])
        row = english_row(f"R{i}", f"V-{i}")[:width] + ["x"] * max(0, width - 13)
        row[4 % width] = "".join(rng.choices(bits, k=rng.randint(0, 12)))
        rows.append(row)
    src = write_csv(tmp_path / "p.csv", ENGLISH_HEADER, rows)
    monkeypatch.setattr(file_lines, "_BLOCK", block)
    shape = scan_lines(src, _plan(src), utf8=True)
    expected, text = [], src.read_text(encoding="utf-8")
    reader = csv.reader(io.StringIO(text, newline=""))
    next(reader)
    line = reader.line_num + 1
    for row in reader:
        expected.append((len(row), line))
        line = reader.line_num + 1
    n, _long, first = zip(*shape.records.rows(), strict=True)
    assert list(zip(n, first, strict=True)) == expected
    assert shape.lines == text.count("\n")


@pytest.mark.parametrize(("block", "piece"), [(61, 8), (64, 16), (4096, 24), (8 << 20, 256 << 10)])
def test_every_cell_quoted_columns_and_lines_agree_with_the_csv_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int, piece: int
) -> None:
    """NA's PRICE.TXT quotes every cell (a quote every ~6 bytes): cells holding delimiters,
    doubled quotes and line breaks, rows short and long, blocks cut anywhere (inside a
    64-bit word of the quotes' bits or on its edge) and their bits unpacked a piece at a
    time: each record's columns and first line are the csv module's."""
    rng = random.Random(24)
    bits = ["A", ",", '"', "\n", "\r\n", " ", "é", '","']
    rows = []
    for i in range(400):
        row = na_row(f"N{i}", f"V-{i}")[: rng.choice([24, 24, 24, 23, 2])]
        if rng.random() < 0.3:
            row[-1] = "".join(rng.choices(bits, k=rng.randint(0, 9)))
        rows.append(row + ["x"] * rng.choice([0, 0, 0, 1]))
    src = tmp_path / "PRICE.TXT"
    src.write_bytes(_quoted(rows))
    monkeypatch.setattr(file_lines, "_BLOCK", block)
    monkeypatch.setattr(file_lines, "_PIECE", piece)
    shape = scan_lines(src, _plan(src), utf8=True)
    expected, text = [], src.read_text(encoding="utf-8")
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 1
    for row in reader:
        expected.append((len(row), line))
        line = reader.line_num + 1
    n, _long, first = zip(*shape.records.rows(), strict=True)
    assert list(zip(n, first, strict=True)) == expected
    assert shape.lines == text.count("\n") and shape.starts[-1] == len(src.read_bytes())


def _quoted(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


@pytest.mark.parametrize("block", [16, 8 << 20])
def test_a_quote_never_closed_runs_to_the_end_its_delimiters_after_it_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    """Line breaks after a quote that never closes are inside it (one record to the end);
    the delimiters after that last quote count, as the cells they split are read."""
    src = tmp_path / "PRICE.TXT"
    good = na_text([na_row("A1", "V-1"), na_row("A2", "V-2")])
    src.write_bytes(good + b'"A","B","C,D\r\nE,F')
    monkeypatch.setattr(file_lines, "_BLOCK", block)
    shape = scan_lines(src, _plan(src), utf8=True)
    assert shape.lines == 4 and len(shape.starts) == 4  # three records, then the end
    assert [r[0] for r in shape.records.rows()] == [24, 24, 5]


def test_a_single_byte_file_is_counted_as_read_while_it_is_re_encoded(tmp_path: Path) -> None:
    """A cp1252 file's shape is counted on the file itself, beside its re-encoding:
    a misshapen row, a quoted line break and a cell over the field limit (in characters, each
    accented letter one) are reported at their lines, a cell just under it is kept."""

    def row(i: int, description: str = "Câble") -> list[str]:
        return english_row(f"W{i}", f"V-{i}", "1,50", "Société", description, retail="2,00")

    rows = [row(i) for i in range(8)]
    rows[1] = row(1, "deux\nlignes; «ok»")  # lines 3-4
    rows[3] = ["W3", "zu", "kurz"]  # line 6
    rows[5] = row(5, "é" * file_lines.FIELD_LIMIT)  # line 8
    rows[6] = row(6, "é" * (file_lines.FIELD_LIMIT + 1))  # line 9
    src = write_csv(tmp_path / "p.csv", ENGLISH_HEADER, rows, delimiter=";", encoding="cp1252")
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.encoding == "cp1252" and report.rows_imported == 6
    limit = f"unreadable row: field larger than field limit ({file_lines.FIELD_LIMIT})"
    assert [(p.line, p.reason, p.skipped) for p in report.problems] == [
        (6, "3 columns, expected 13", True),
        (9, limit, True),
    ]


@pytest.mark.parametrize("step", [4, 5, 32 << 10])
def test_utf8_is_checked_piece_by_piece_wherever_a_character_is_cut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: int
) -> None:
    """The UTF-8 check reads a block in small pieces (no fresh pages a block): a character
    cut by a piece's end is still valid; a stray byte or a character cut by the file's end
    is not."""
    monkeypatch.setattr(file_lines, "_UTF8_STEP", step)
    rows = [
        english_row(f"U{i}", f"V-{i}", vendor="Zürich € 😀", description="Café") for i in range(9)
    ]
    src = write_csv(tmp_path / "p.csv", ENGLISH_HEADER, rows)
    assert scan_lines(src, _plan(src), utf8=True).utf8 is True
    good = src.read_bytes()
    for broken in (good.replace("€".encode(), b"\xe2\x82", 1), good + "😀".encode()[:3]):
        src.write_bytes(broken)
        assert scan_lines(src, _plan(src), utf8=True).utf8 is False
