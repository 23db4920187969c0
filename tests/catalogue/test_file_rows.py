"""Rows read back from the price file by offset (the settled snapshot's display rows): where
a line is a record they come back cell for cell; where it may not be, no offsets are given."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import numpy as np
import pytest

from ingram_desk.catalogue.file_rows import FileChanged, FileRows
from ingram_desk.catalogue.parse import snapshot_of
from ingram_desk.catalogue.query import CatalogueQuery

from .builders import dach_row, write_dach


def _rows(path: Path, offsets: list[int], cells: list[int], quoting: int) -> FileRows:
    return FileRows(
        path, np.array(offsets), delimiter="|", quoting=quoting, cells=cells, separator="/"
    )


def test_rows_with_crlf_a_bom_and_no_final_newline(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(b"\xef\xbb\xbfH|I\r\na|b\r\n\r\nc|" + b"x" * 10_000 + b"|d")
    rows = _rows(path, [0, 8, 13, 15], [0, 2], csv.QUOTE_MINIMAL)
    # BOM and CR gone, short padded; "c|x…x|d" is longer than one read and read to its end
    assert rows.get([3, 0, 1, 2]) == ["c/d", "H/", "a/", "/"]
    wide = _rows(path, [0, 8, 13, 15], [1], csv.QUOTE_MINIMAL)
    assert wide.get([3]) == ["x" * 10_000]


def test_no_handle_stays_open_between_page_reads(tmp_path: Path) -> None:
    """Windows refuses to rename or delete a file that is open: a page read opens and closes it."""
    path = tmp_path / "p.txt"
    path.write_bytes(b"a|b\nc|d\n")
    rows = _rows(path, [0, 4], [0, 1], csv.QUOTE_NONE)
    assert rows.get([1, 0]) == ["c/d", "a/b"]
    fds = Path(f"/proc/{os.getpid()}/fd")
    if fds.is_dir():
        assert not [fd for fd in fds.iterdir() if os.path.realpath(fd) == str(path.resolve())]
    path.rename(tmp_path / "moved.txt")
    with pytest.raises(FileChanged, match="gone"):
        rows.get([0])


def test_a_quote_is_read_literally_where_quotes_are_not_read(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes(b'a|"two\nlines"\nb|c\n')
    rows = _rows(path, [0, 7], [0, 1], csv.QUOTE_NONE)
    assert rows.get([0, 1]) == ['a/"two', 'lines"/']
    rows.close()


def test_a_settled_snapshot_reads_its_rows_from_the_file_until_the_file_changes(
    tmp_path: Path,
) -> None:
    src = write_dach(
        tmp_path / "PL.csv", [dach_row(f"S{i}", text1=f"KABEL {i}") for i in range(50)]
    )
    snap = snapshot_of(src)
    before = snap.read_rows([1, 25, 50])
    snap.settle()
    assert type(snap._blocks).__name__ == "FileRows"
    assert snap.read_rows([50, 1, 25]) == [before[2], before[0], before[1]]
    stat = src.stat()
    src.write_bytes(src.read_bytes().replace(b"KABEL", b"CABLE"))
    os.utime(src, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    with pytest.raises(FileChanged, match="changed on disk"):
        snap.read_rows([1])
    assert (
        len(snap.query_ids(CatalogueQuery(text="kabel"))) == 50
    )  # searches still answer from memory


def test_blank_lines_anywhere_still_give_each_row_its_own_line(tmp_path: Path) -> None:
    src = write_dach(tmp_path / "PL.csv", [dach_row("B1"), dach_row("B2"), dach_row("B3")])
    lines = src.read_bytes().split(b"\n")
    src.write_bytes(b"\n".join([*lines[:2], b"", *lines[2:]]) + b"\n\n")
    snap = snapshot_of(src)
    before = snap.read_rows([1, 2, 3])
    assert [p.sku for p in before] == ["B1", "B2", "B3"]
    snap.settle()
    assert snap.read_rows([1, 2, 3]) == before
