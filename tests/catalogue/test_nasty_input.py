"""Bad input never stops an import: each bad line is reported with its number and reason."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import Catalogue, import_files
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.report import MAX_PROBLEMS, CatalogueImportError

from .builders import (
    DACH_HEADER,
    ENGLISH_HEADER,
    dach_row,
    english_row,
    na_row,
    na_text,
    write_csv,
    write_dach,
)


def _skus(db: Path) -> list[str]:
    cat = Catalogue.open(db)
    return [p.sku for p in cat.read_rows(cat.query_ids(CatalogueQuery()))]


def _reasons(report) -> dict[int, str]:
    return {p.line: p.reason for p in report.problems}


def test_crlf_and_quoted_fields_with_embedded_delimiters_and_newlines(tmp_path: Path) -> None:
    rows = [
        english_row("Q1", "V-1", description='Monitor 27", "QHD", IPS'),
        english_row("Q2", "V-2", description="two\r\nlines, here"),
        english_row("Q3", "V-3"),
    ]
    src = write_csv(tmp_path / "p.csv", ENGLISH_HEADER, rows, newline="\r\n")
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.rows_imported == 3 and report.problems == []
    store = Catalogue.open(tmp_path / "c.sqlite3")
    first, second, _third = store.read_rows(store.query_ids(CatalogueQuery()))
    assert first.description == 'Monitor 27", "QHD", IPS'
    assert second.description == "two lines, here"
    assert first.raw["Description"] == 'Monitor 27", "QHD", IPS'


def test_malformed_rows_are_skipped_and_reported_with_line_numbers(tmp_path: Path) -> None:
    good = english_row("G1", "V-1")
    rows = [
        good,  # line 2
        ["G2", "only", "three"],  # line 3: wrong column count
        english_row("G3", "V-3", price="12,3x"),  # line 4: bad price
        english_row("", "V-4"),  # line 5: no SKU
        english_row("G5", "V-5", price=""),  # line 6: no price
        english_row("G6", "V-6", qty="-4"),  # line 7: negative stock -> 0, kept with a warning
        english_row("G7", "V-7", eta="31.02.2027"),  # line 8: impossible date -> kept, no ETA
        english_row("G8", "V-8"),  # line 9
    ]
    src = write_csv(tmp_path / "p.csv", ENGLISH_HEADER, rows)
    report = import_files(tmp_path / "c.sqlite3", src)
    reasons = _reasons(report)
    assert report.rows_imported == 4 and report.rows_skipped == 4
    assert reasons[3] == "3 columns, expected 13"
    assert reasons[4].startswith("customer price: not a number")
    assert reasons[5] == "no SKU" and reasons[6] == "no customer price"
    assert "negative stock" in reasons[7] and "ETA ignored" in reasons[8]
    assert {p.line for p in report.problems if not p.skipped} == {7, 8}
    assert _skus(tmp_path / "c.sqlite3") == ["G1", "G6", "G7", "G8"]


def test_truncated_last_line_is_reported_not_fatal(tmp_path: Path) -> None:
    src = write_dach(
        tmp_path / "PL.csv",
        [dach_row("S1"), dach_row("S2")],
        tail="|".join(dach_row("S3"))[:60].encode(),  # cut mid-row, no newline
    )
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.rows_imported == 2 and report.rows_skipped == 1
    assert report.problems[0].line == 4 and "columns, expected" in report.problems[0].reason


def test_a_wrong_encoding_byte_is_reported_and_decoded_not_dropped(tmp_path: Path) -> None:
    src = write_dach(tmp_path / "PL.csv", [dach_row("E1"), dach_row("E2", vendor="CAFE")])
    data = src.read_bytes().replace(b"CAFE", b"CAF\xe9")  # latin-1 é inside a UTF-8 file
    src.write_bytes(data)
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.encoding == "utf-8-sig" and report.rows_imported == 2
    assert report.problems[0].line == 3 and "0xe9" in report.problems[0].reason
    store = Catalogue.open(tmp_path / "c.sqlite3")
    assert [p.sku for p in store.read_rows(store.query_ids(CatalogueQuery(text="café")))] == ["E2"]


def test_duplicate_skus_last_row_wins_and_is_reported(tmp_path: Path) -> None:
    rows = [dach_row("D1", ek="1.00"), dach_row("D2"), dach_row("d1", ek="2.00", vpn="NEW-VPN")]
    report = import_files(tmp_path / "c.sqlite3", write_dach(tmp_path / "PL.csv", rows))
    assert report.rows_imported == 2 and report.duplicates_replaced == 1
    assert _reasons(report)[4] == "duplicate SKU d1: replaces line 2"
    store = Catalogue.open(tmp_path / "c.sqlite3")
    [d1] = store.lookup("D1")
    assert d1.customer_price == Decimal("2.00") and d1.vpn == "NEW-VPN"
    assert store.query_ids(CatalogueQuery(text="VP-1")).tolist() == [2]  # old row not searchable


def test_duplicates_across_batches_are_removed_from_the_index_too(tmp_path: Path) -> None:
    rows = [dach_row(f"N{i:06d}", vpn=f"VPN-{i}") for i in range(20_050)]
    rows.append(dach_row("N000003", vpn="REPLACED-3"))
    report = import_files(tmp_path / "c.sqlite3", write_dach(tmp_path / "PL.csv", rows))
    assert report.rows_imported == 20_050 and report.duplicates_replaced == 1
    store = Catalogue.open(tmp_path / "c.sqlite3")
    assert store.lookup("VPN-3") == []
    hits = store.read_rows(store.query_ids(CatalogueQuery(text="N000003")))
    assert [p.vpn for p in hits] == ["REPLACED-3"]  # the replaced row left the FTS index too
    assert [p.vpn for p in store.read_rows(store.query_ids(CatalogueQuery(text="REPLACED-3")))] == [
        "REPLACED-3"
    ]


def test_a_20_mb_field_is_reported_and_the_rest_imported(tmp_path: Path) -> None:
    huge = "X" * (20 * 1024 * 1024)
    rows = [english_row("H1", "V-1"), english_row("H2", "V-2", description=huge)]
    rows.append(english_row("H3", "V-3"))
    src = write_csv(tmp_path / "p.csv", ENGLISH_HEADER, rows)
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.rows_imported == 2 and report.rows_skipped == 1
    assert (
        report.problems[0].line == 3
        and "field larger than field limit" in report.problems[0].reason
    )
    assert _skus(tmp_path / "c.sqlite3") == ["H1", "H3"]
    assert csv.field_size_limit() == 131072  # the global limit was not raised


@pytest.mark.parametrize("layout", ["dach", "english quoted"])
def test_a_huge_cell_in_a_column_no_field_reads_is_reported_too(
    tmp_path: Path, layout: str
) -> None:
    """A cell over the field limit in a column the import does not map (polars never reads
    it) is skipped and reported with its line, as one in a mapped column is."""
    huge = "Y" * 200_000
    if layout == "dach":
        rows = [dach_row("U1"), dach_row("U2"), dach_row("U3")]
        rows[1][DACH_HEADER.index("FVERSION")] = huge
        src = write_dach(tmp_path / "PL.csv", rows)
    else:
        header = [*ENGLISH_HEADER, "Notes"]
        rows = [[*english_row(f"U{i}", f"V-{i}"), "short, quoted"] for i in (1, 2, 3)]
        rows[1][-1] = f"a, {huge}\nover two lines"
        src = write_csv(tmp_path / "p.csv", header, rows)
    report = import_files(tmp_path / "c.sqlite3", src)
    assert (report.rows_imported, report.rows_skipped) == (2, 1)
    assert report.problems[0].line == 3
    assert "field larger than field limit" in report.problems[0].reason
    assert _skus(tmp_path / "c.sqlite3") == ["U1", "U3"]
    assert csv.field_size_limit() == 131072


def test_problems_are_capped_but_counted(tmp_path: Path) -> None:
    rows = [dach_row(f"P{i}") for i in range(10)] + [["bad"] * 3 for _ in range(MAX_PROBLEMS + 50)]
    src = write_dach(tmp_path / "PL.csv", rows)
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.rows_imported == 10 and report.rows_skipped == MAX_PROBLEMS + 50
    assert len(report.problems) == MAX_PROBLEMS and report.problem_count == MAX_PROBLEMS + 50
    assert report.as_dict()["problems"][0] == {
        "line": 12,
        "reason": f"3 columns, expected {len(DACH_HEADER)}",
        "skipped": True,
    }


def _minimally_quoted(header: list[str], rows: list[list[str]], delimiter: str) -> str:
    """A CSV as many shops export it: only a cell holding the delimiter is quoted; an inch
    mark inside any other cell stays as it is (``27" IPS``)."""

    def cell(text: str) -> str:
        return '"{}"'.format(text.replace('"', '""')) if delimiter in text else text

    return "".join(delimiter.join(map(cell, row)) + "\r\n" for row in [header, *rows])


@pytest.mark.parametrize(
    ("delimiter", "encoding"), [(",", "utf-8"), (";", "cp1252"), ("\t", "utf-16")]
)
def test_inch_marks_inside_unquoted_cells_are_read_as_the_csv_module_reads_them(
    tmp_path: Path, delimiter: str, encoding: str
) -> None:
    """polars took each such quote to open a quoted cell and refused the whole file ("cannot
    read the file: CSV malformed: expected 152 rows, actual 304 rows, …")."""
    descriptions = ['Monitor {}" IPS matt', 'Monitor {}" IPS{}matt 2"', "Monitor {}in{}matt"]
    rows = [
        english_row(
            f"I{i:04d}", f"V-{i}", description=descriptions[i % 3].format(i % 30, delimiter)
        )
        for i in range(3000)
    ]
    rows[7] = english_row("I0007", "V-7", price="12,3x" if delimiter == "," else "12.3x")
    text = _minimally_quoted(ENGLISH_HEADER, rows, delimiter)
    src = tmp_path / "p.csv"
    src.write_bytes(text.encode(encoding))
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.rows_imported == 2999 and report.rows_skipped == 1
    assert [(p.line, p.skipped) for p in report.problems] == [(9, True)]  # the file's own line
    # every description as the csv module reads the same text (white space shown as one space)
    lines = text.splitlines()[1:]
    wanted = {r[0]: " ".join(r[4].split()) for r in csv.reader(lines, delimiter=delimiter)}
    del wanted["I0007"]
    store = Catalogue.open(tmp_path / "c.sqlite3")
    got = {p.sku: p.description for p in store.read_rows(store.query_ids(CatalogueQuery()))}
    assert got["I0003"] == 'Monitor 3" IPS matt' and got == wanted
    found = store.read_rows(store.query_ids(CatalogueQuery(text="ips matt")))
    assert {p.sku for p in found} == {s for s, d in wanted.items() if "IPS" in d}


def test_blank_lines_are_not_rows_neither_counted_nor_reported(tmp_path: Path) -> None:
    """A blank line, a lone carriage return between two line feeds and the empty last line
    were counted as skipped rows with no problem reported: "3 rows skipped" and one reason."""
    lines = [
        ",".join(ENGLISH_HEADER),
        *(",".join(english_row(f"B{i}", f"V-{i}")) for i in range(3)),
    ]
    text = "\n".join([lines[0], lines[1], "", lines[2], "\r", " ", lines[3], ""]) + "\n"
    src = tmp_path / "p.csv"
    src.write_text(text, encoding="utf-8", newline="")
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.rows_imported == 3
    assert report.rows_skipped == len(report.problems) == 1  # the line holding a space
    assert report.problems[0].line == 6 and report.problems[0].reason.startswith("1 columns")


@pytest.mark.parametrize("layout", ["dach", "english", "na"])
def test_a_dos_end_of_file_mark_is_no_row(tmp_path: Path, layout: str) -> None:
    """Ctrl-Z (0x1A) after the last line, as DOS-era tools end a file, was reported as a row of
    one column ("1 row skipped"); a row holding it in a cell is a row as any other."""
    if layout == "dach":
        rows = [dach_row("Z1"), dach_row("Z2", text1="PFEIL \x1a RECHTS")]
        data = write_dach(tmp_path / "PL.csv", rows).read_bytes()
    elif layout == "english":
        rows = [english_row("Z1", "V-1"), english_row("Z2", "V-2", description="PFEIL \x1a")]
        data = write_csv(tmp_path / "PL.csv", ENGLISH_HEADER, rows).read_bytes()
    else:
        data = na_text([na_row("Z1", "V-1"), na_row("Z2", "V-2", line1="PFEIL \x1a")])
    src = tmp_path / "mark" / "PRICE.TXT"
    src.parent.mkdir()
    src.write_bytes(data + b"\x1a")
    report = import_files(tmp_path / "c.sqlite3", src)
    assert (report.rows_imported, report.rows_skipped, report.problems) == (2, 0, [])
    assert _skus(tmp_path / "c.sqlite3") == ["Z1", "Z2"]  # (one holding the mark in a cell)


def test_a_quote_left_open_beside_inch_marks_is_reported_where_it_swallows_a_line(
    tmp_path: Path,
) -> None:
    """The quote opening line 41's description is closed by line 42's inch mark, as the csv
    module reads it: the two are one row with as many cells as any other, so no column count
    tells. It is said at line 41, kept, not silently."""
    rows = [english_row(f"S{i}", f"V{i}", description=f'Monitor {i}" IPS') for i in range(300)]
    rows[39] = english_row("S39", "V39", description='"Monitor never closed')
    text = _minimally_quoted(ENGLISH_HEADER, rows, ",")
    src = tmp_path / "p.csv"
    src.write_text(text, encoding="utf-8", newline="")
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.rows_imported == 299 and report.rows_skipped == 0
    [problem] = report.problems
    assert (problem.line, problem.skipped) == (41, False)
    assert problem.reason == "a quoted cell runs on over 2 lines: they are read as one row"


@pytest.mark.parametrize("inches", [set(range(1, 2000, 10)), {100, 101, 500, 501}])
def test_an_inch_mark_inside_a_quoted_cell_loses_no_row(tmp_path: Path, inches: set) -> None:
    """An NA ``PRICE.TXT`` quotes every cell; a description holding ``27"`` unescaped
    (``"MONITOR 27" IPS"``) closes its cell there for the csv module, where polars ran on over
    the next lines: of 2,000 rows with one every ten lines 1,000 were imported, none
    reported, the others inside the descriptions; with two pairs, 1,998 (too few lines for
    the runaway-quote check to read the file). Every row is now read as the csv module reads
    it."""
    rows = [
        na_row(f"S{i:06d}", f"VPN-{i}", line1='MONITOR 27" IPS' if i in inches else "SWITCH")
        for i in range(2000)
    ]
    text = na_text(rows).replace(b'27"" IPS', b'27" IPS')  # (as the file holds it)
    (tmp_path / "na").mkdir()
    src = tmp_path / "na" / "PRICE.TXT"
    src.write_bytes(text)
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.rows_imported == 2000 and report.rows_skipped == 0
    lines = text.decode().splitlines()
    wanted = {r[1].strip(): " ".join(r[4].split()) for r in csv.reader(lines)}
    store = Catalogue.open(tmp_path / "c.sqlite3")
    got = {p.sku: p.description for p in store.read_rows(store.query_ids(CatalogueQuery()))}
    assert {sku: d.split(" DESKTOP")[0] for sku, d in got.items()} == wanted
    assert wanted["S000501"] == 'MONITOR 27 IPS "'  # (the csv module's reading)


def test_a_huge_cell_beside_inch_marks_inside_quoted_cells_loses_no_other_row(
    tmp_path: Path,
) -> None:
    """A file read again the csv module's way (inch marks inside quoted cells) with a cell
    over the csv module's limit: the reading again was given up and polars' reading kept,
    999 of 2,000 rows imported, the one skipped reported, the 1,000 others gone unreported.
    The line is now read without its quotes and skipped with its line, as on every path."""
    inches = set(range(1, 2000, 10))
    rows = [
        na_row(f"S{i:06d}", f"VPN-{i}", line1='MONITOR 27" IPS' if i in inches else "SWITCH")
        for i in range(2000)
    ]
    rows[700][5] = "Z" * 200_000
    (tmp_path / "na").mkdir()
    src = tmp_path / "na" / "PRICE.TXT"
    src.write_bytes(na_text(rows).replace(b'27"" IPS', b'27" IPS'))
    report = import_files(tmp_path / "c.sqlite3", src)
    assert (report.rows_imported, report.rows_skipped) == (1999, 1)
    assert _reasons(report) == {701: "unreadable row: field larger than field limit (131072)"}
    assert "S000700" not in _skus(tmp_path / "c.sqlite3")


def test_a_huge_cell_over_two_lines_beside_inch_marks_refuses_the_file(tmp_path: Path) -> None:
    """The same, the huge cell over two lines: the csv module refuses the record, polars
    reads the file otherwise, and neither reading is kept: refused with the record's line."""
    inches = set(range(1, 2000, 10))
    rows = [
        na_row(f"S{i:06d}", f"VPN-{i}", line1='MONITOR 27" IPS' if i in inches else "SWITCH")
        for i in range(2000)
    ]
    rows[700][5] = "Z" * 100_000 + "\r\n" + "Z" * 100_000
    (tmp_path / "na").mkdir()
    src = tmp_path / "na" / "PRICE.TXT"
    src.write_bytes(na_text(rows).replace(b'27"" IPS', b'27" IPS'))
    with pytest.raises(CatalogueImportError) as exc:
        import_files(tmp_path / "c.sqlite3", src)
    assert str(exc.value) == (
        "PRICE.TXT: cannot read the file: line 701: field larger than field limit (131072)"
    )
