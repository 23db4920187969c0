"""The rows' store: the file's own records cut at their starts, compressed a few at a time, and
read back with the csv module, every column, in any order; from a generation's file without
holding it; and the mapped cells only where the records do not line up with the rows."""

from __future__ import annotations

import csv
import os
import random
import threading
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from ingram_desk.catalogue import generation
from ingram_desk.catalogue.generation import open_generation, write_generation
from ingram_desk.catalogue.parse import snapshot_of
from ingram_desk.catalogue.priority import InFlight
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.row_blocks import BLOCK, Misaligned, RowBlocks
from ingram_desk.catalogue.rows_store import stored_rows

from .builders import ENGLISH_HEADER, dach_row, english_row, write_csv, write_dach


def _store(data: bytes, starts: list[int], *, step: int = 7, **kw: object) -> RowBlocks:
    """``data`` handed over ``step`` bytes at a time (records cut across chunks)."""
    chunks = [data[at : at + step] for at in range(0, len(data), step)]
    records = np.arange(len(starts) - 1, dtype=np.uint32)
    options = {"delimiter": "|", "quoting": csv.QUOTE_MINIMAL, "cells": [0, 2]} | kw
    return RowBlocks.build(chunks, np.array(starts), records, **options)  # type: ignore[arg-type]


def test_records_with_crlf_a_bom_a_blank_line_and_no_final_newline() -> None:
    data = b"\xef\xbb\xbfH|I\r\na|b\r\n\r\nc|" + b"x" * 10_000 + b"|d"
    rows = _store(data, [0, 8, 13, 15, len(data)])
    # BOM and CR gone, short padded; "c|x…x|d" spans many chunks
    assert rows.get([3, 0, 1, 2]) == [["c", "d"], ["H", ""], ["a", ""], ["", ""]]
    assert rows.records([3])[0][1] == "x" * 10_000
    assert rows.records([2, 0]) == [[], ["H", "I"]]


def test_many_blocks_in_any_order_and_a_quoted_line_break() -> None:
    lines = [f'r{i}|"two\nlines {i}"|é{i}\n'.encode() if i % 5 == 0 else f"r{i}|b|c{i}\n".encode()
             for i in range(BLOCK * 4 + 3)]  # fmt: skip
    starts = np.cumsum([0, *map(len, lines)]).tolist()
    rows = _store(b"".join(lines), starts, step=1000)
    order = list(range(len(lines)))
    random.Random(1).shuffle(order)
    expected = [
        [f"r{i}", f"two\nlines {i}", f"é{i}"] if i % 5 == 0 else [f"r{i}", "b", f"c{i}"]
        for i in range(len(lines))
    ]
    assert rows.records(order) == [expected[i] for i in order]
    assert rows.records([0, 0]) == [expected[0]] * 2  # a cached block too
    assert rows.series("/").to_list() == [f"{r[0]}/{r[2]}" for r in expected]


def test_near_blocks_in_one_read_and_far_apart_ones_each_read_back_alike() -> None:
    lines = [f"r{i}|{random.Random(i).random()}|c{i}\n".encode() for i in range(BLOCK * 2000)]
    starts = np.cumsum([0, *map(len, lines)]).tolist()
    rows = _store(b"".join(lines), starts, step=1 << 16)
    near = list(range(BLOCK * 5, BLOCK * 9, 3))  # a page of close rows: one read
    far = [0, BLOCK * 1000 + 1, len(lines) - 1]  # blocks far apart: a read each
    for page in (near, far, near + far):
        assert rows.get(page) == [[f"r{i}", f"c{i}"] for i in page]


def test_the_compressing_threads_wait_for_a_query_in_flight() -> None:
    """Each batch of blocks is compressed only once no query of the snapshot is under way
    (``pause``): zlib on both cores no longer slows a search down."""
    lines = [f"r{i}|b|c{i}\n".encode() for i in range(BLOCK * 300)]  # two batches of blocks
    starts = np.cumsum([0, *map(len, lines)]).tolist()
    query, paused, built = InFlight(), threading.Event(), []

    def pause() -> None:
        paused.set()
        query.wait_idle(60)

    with query:  # a search under way
        worker = threading.Thread(
            target=lambda: built.append(_store(b"".join(lines), starts, step=5000, pause=pause))
        )
        worker.start()
        assert paused.wait(60)
        assert worker.is_alive() and not built  # held until the search ends
    worker.join(60)
    assert built[0].get([0, len(lines) - 1]) == [
        ["r0", "c0"],
        [f"r{len(lines) - 1}", f"c{len(lines) - 1}"],
    ]


def test_a_page_is_read_while_a_generation_copies_the_blocks() -> None:
    """The copy into a generation's file takes the spool a part at a time: a page read in
    between is answered at once, not after the whole copy."""
    rnd = random.Random(3)
    lines = [f"r{i}|{rnd.getrandbits(256):x}|c{i}\n".encode() for i in range(BLOCK * 2000)]
    starts = np.cumsum([0, *map(len, lines)]).tolist()
    rows = _store(b"".join(lines), starts, step=1 << 16)
    spool = rows.parts()["blocks"]
    assert spool.nbytes > 2 << 20  # copied in several parts

    class Held:
        """A generation's file whose first write waits till the page below was read."""

        def __init__(self) -> None:
            self.parts: list[bytes] = []
            self.writing, self.go = threading.Event(), threading.Event()

        def write(self, data: bytes) -> None:
            self.writing.set()
            assert self.go.wait(60)
            self.parts.append(bytes(data))

    out = Held()
    copying = threading.Thread(target=spool.copy_to, args=(out,))
    copying.start()
    assert out.writing.wait(60)
    last = len(lines) - 1
    assert rows.get([last, 0]) == [[f"r{last}", f"c{last}"], ["r0", "c0"]]  # mid-copy
    out.go.set()
    copying.join(60)
    assert not copying.is_alive()
    spool.file.seek(0)
    assert b"".join(out.parts) == spool.file.read()


def test_a_quote_is_read_literally_where_quotes_are_not_read() -> None:
    data = b'a|"two|x\nb|c"|y\n'
    rows = _store(data, [0, 9, len(data)], quoting=csv.QUOTE_NONE)
    assert rows.records([0, 1]) == [["a", '"two', "x"], ["b", 'c"', "y"]]


def test_bytes_that_end_elsewhere_than_the_starts_are_refused() -> None:
    with pytest.raises(Misaligned):
        _store(b"a|b\nc|d\n", [0, 4, 9])


def test_a_settled_snapshot_serves_every_column_without_the_price_file(tmp_path: Path) -> None:
    """No handle on the user's file: once settled, it may be changed or deleted."""
    src = write_dach(
        tmp_path / "PL.csv", [dach_row(f"S{i}", text1=f"KABEL {i}") for i in range(50)]
    )
    snap = snapshot_of(src)
    snap.store_rows()  # (the links are read with it)
    before = snap.read_rows([1, 25, 50])
    snap.settle()
    assert snap._blocks is not None and snap._blocks.whole
    src.unlink()
    after = snap.read_rows([50, 1, 25])
    assert after == [before[2], before[0], before[1]]
    assert (
        len(after[0].raw) == len(dach_row("S1")) and after[0].raw["ARTIKEL1"].strip() == "KABEL 49"
    )
    assert len(snap.query_ids(CatalogueQuery(text="kabel"))) == 50


def test_a_file_changed_before_the_snapshot_settles_keeps_the_cells_read(tmp_path: Path) -> None:
    """Its records read again no longer line up: the store keeps the mapped cells instead,
    the links (left unread by stage 1) read again where the rows' SKUs are still there."""
    src = write_dach(
        tmp_path / "PL.csv", [dach_row(f"S{i}", text1=f"KABEL {i}") for i in range(40)]
    )
    snap = snapshot_of(src)
    before = snap.read_rows(range(1, 41))
    assert {p.datasheet_url for p in before} == {""}
    src.write_bytes(src.read_bytes().replace(b"KABEL", b"CABLES"))
    snap.settle()
    assert snap._blocks is not None and not snap._blocks.whole
    after = snap.read_rows(range(1, 41))
    links = [f"https://example.invalid/ds/S{i}.pdf" for i in range(40)]
    assert [p.datasheet_url for p in after] == links
    assert [p.icecat_id for p in after] == ["9000" + f"S{i}"[-2:] for i in range(40)]
    unlinked = [replace(p, datasheet_url="", icecat_id="") for p in after]
    assert unlinked == before  # the cells as first read
    assert after[0].raw["DATENBLATT1"] == links[0] and "ARTIKEL1" in after[0].raw
    root = write_generation(snap, tmp_path / "gens").parent
    reopened = open_generation(root)
    assert reopened is not None and reopened.read_rows(range(1, 41)) == after


def test_links_of_a_file_changed_past_recognition_are_left_empty(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Its SKUs are no longer the rows': links read again could be another row's, so none is
    kept (and the log says why); every cell stage 1 read stays."""
    src = write_dach(tmp_path / "PL.csv", [dach_row(f"S{i}") for i in range(30)])
    snap = snapshot_of(src)
    before = snap.read_rows(range(1, 31))
    src.write_bytes(src.read_bytes().replace(b"|S", b"|Z").replace(b"KABEL", b"CABLES"))
    snap.settle()
    assert snap._blocks is not None and not snap._blocks.whole
    after = snap.read_rows(range(1, 31))
    assert after == before and [p.sku for p in after] == [f"S{i}" for i in range(30)]
    assert {p.datasheet_url for p in after} == {""}
    assert "the file changed while it was imported" in caplog.text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252"])
def test_records_that_do_not_line_up_keep_the_links_read_again(
    tmp_path: Path, encoding: str
) -> None:
    """The rows' store of mapped cells (the file's records not lined up with polars' rows):
    the cells stage 1 left unread are read again, each row's by its record (a UTF-8 file
    from its path, another one re-encoded as at the read)."""
    src = write_dach(tmp_path / "PL.csv", [dach_row(f"S{i}") for i in range(25)])
    src.write_bytes(src.read_text("utf-8-sig").encode(encoding))
    snap = snapshot_of(src)
    assert snap.plan.encoding == encoding
    assert snap._unread is not None
    store = stored_rows(snap.frame, snap.plan, snap._cells, None, unread=snap._unread)
    assert not store.whole
    column = snap._cells.index(snap.plan.columns.columns["datasheet_url"][0])
    rows = store.get(range(25))
    assert [r[column] for r in rows] == [f"https://example.invalid/ds/S{i}.pdf" for i in range(25)]


def test_a_cp1252_file_keeps_every_column_of_its_records(tmp_path: Path) -> None:
    rows = [english_row(f"C{i}", f"MÜ-{i}", f"{i},50", vendor="Müller") for i in range(1, 70)]
    rows[3] = english_row("C4", "MÜ-4", "4,50", vendor="Müller", description="zwei\nZeilen; ä")
    src = write_csv(tmp_path / "s.csv", ENGLISH_HEADER, rows, delimiter=";", encoding="cp1252")
    snap = snapshot_of(src)
    before = snap.read_rows(range(1, 70))
    snap.settle()
    assert snap._blocks is not None and snap._blocks.whole
    after = snap.read_rows(range(1, 70))
    assert [p.raw for p in after] == [dict(zip(ENGLISH_HEADER, r, strict=True)) for r in rows]
    assert [p.description for p in after] == [p.description for p in before]
    # the store holds the file's own cp1252 bytes: a reopened generation decodes them alike
    assert snap._blocks.reading == (";", snap.plan.quoting, "cp1252")
    reopened = open_generation(write_generation(snap, tmp_path / "gens").parent)
    assert reopened is not None
    assert [p.raw for p in reopened.read_rows(range(1, 70))] == [p.raw for p in after]


def test_a_generation_reads_its_blocks_per_page_and_holds_no_handle(tmp_path: Path) -> None:
    src = write_dach(tmp_path / "PL.csv", [dach_row(f"S{i}") for i in range(BLOCK * 5)])
    snap = snapshot_of(src)
    snap.settle()
    folder = write_generation(snap, tmp_path / "gens")
    assert generation.check_generation(folder.parent, folder.name)["files"]["rows.blocks"][0] == (
        "blocks"
    )
    reopened = open_generation(folder.parent)
    assert reopened is not None
    assert [p.sku for p in reopened.read_rows([3, 150, 77])] == ["S2", "S149", "S76"]
    fds = Path(f"/proc/{os.getpid()}/fd")
    if fds.is_dir():
        blocks = str((folder / "rows.blocks.npy").resolve())
        assert not [fd for fd in fds.iterdir() if os.path.realpath(fd) == blocks]
    os.replace(folder / "rows.blocks.npy", tmp_path / "gone.npy")  # Windows: refused if open
    with pytest.raises(OSError):  # blocks not yet read come from the file, which is gone
        reopened.read_rows([40])


def test_only_a_line_feed_ends_a_line_of_a_record() -> None:
    """NEL (latin-1's 0x85), U+2028 and form feeds are cells' characters, not line breaks."""
    lines = ["a|x\x85y|1\r\n", "b|p\u2028q\x0cr|2\n", 'c|"m\r\nn"|3\n']
    data = "".join(lines).encode()
    starts = np.cumsum([0, *(len(line.encode()) for line in lines)]).tolist()
    rows = _store(data, starts)
    assert rows.records([0, 1, 2]) == [
        ["a", "x\x85y", "1"],
        ["b", "p\u2028q\x0cr", "2"],
        ["c", "m\r\nn", "3"],
    ]
