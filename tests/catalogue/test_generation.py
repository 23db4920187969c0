"""A settled catalogue written as a generation folder and mapped back answers exactly as the
snapshot it was written from: the same ids in the same order, products, look-ups, vendors and
category tree, in this process and in a fresh one; the swap to a new generation is atomic."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from ingram_desk.catalogue import generation
from ingram_desk.catalogue.generation import (
    POINTER,
    GenerationDamagedError,
    current_name,
    open_generation,
    remove_stale,
    write_generation,
)
from ingram_desk.catalogue.parse import snapshot_of
from ingram_desk.catalogue.query import SORT_KEYS, CatalogueQuery
from ingram_desk.catalogue.snapshot import Snapshot
from tests.fixtures.catalogue import SAMPLE_CATEGORY_FILE, SAMPLE_PRICE_FILE

from .builders import ENGLISH_HEADER, dach_row, english_row, na_row, na_text, write_csv, write_dach

ROOT = Path(__file__).resolve().parents[2]


def _queries(snap: Snapshot) -> list[CatalogueQuery]:
    """Texts from the data itself (words, prefixes, part-number pieces, EANs), with filters
    and every sort."""
    products = snap.read_rows(snap.query_ids(CatalogueQuery())[:40])
    texts = ["", "a", "n", "ab", "x1", "kabel 2m", "zz-no-such"]
    for p in products[::4]:
        words = p.description.split()
        texts += [p.sku, p.vpn[1:6], p.vpn.replace("-", "")[2:], p.ean, p.vendor.lower()]
        texts += [w[:3] for w in words[:2]] + [" ".join(reversed(words[:2]))]
    vendor, category = products[0].vendor, products[-1].category
    out = []
    for text in texts:
        out.append(CatalogueQuery(text=text))
        out.append(CatalogueQuery(text=text, in_stock=True, sort_key="customer_price"))
        out.append(CatalogueQuery(text=text, vendor=vendor, sort_key="sku", descending=True))
        out.append(CatalogueQuery(text=text, category=category, price_min=Decimal("5")))
    out += [CatalogueQuery(sort_key=k, descending=d) for k in SORT_KEYS for d in (False, True)]
    return out


def _answers(snap: Snapshot) -> dict[str, object]:
    """Everything a reader sees, as plain values."""
    queries = _queries(snap)
    every = snap.query_ids(CatalogueQuery())
    products = snap.read_rows(every)

    def tree(nodes: list) -> list:
        return [(n.path, n.code, n.count, tree(n.children)) for n in nodes]

    return {
        "ids": [snap.query_ids(q).tolist() for q in queries],
        "products": products,
        "lookups": [snap.lookup(code) for p in products[:15] for code in (p.sku, p.vpn, p.ean)],
        "vendors": snap.vendors(),
        "tree": tree(snap.category_tree()),
        "rows": snap.row_count,
    }


def _written(tmp_path: Path, src: Path, **kw: object) -> tuple[Snapshot, Path]:
    snap = snapshot_of(src, **kw)  # type: ignore[arg-type]
    snap.settle()
    return snap, write_generation(snap, tmp_path / "gens")


def _na(tmp_path: Path, spanning: bool = False) -> Path:
    rows = [na_row(f"Q{i}X{i}", f"AN-GS{i:03d}-EU", avail="YN"[i % 2]) for i in range(60)]
    if spanning:  # a quoted cell holding a line break: a line is not a record
        rows[7] = na_row("Q7X7", "AN-GS007-EU", line2="TWO\nLINES")
    (tmp_path / "PRICE.TXT").write_bytes(na_text(rows))
    return tmp_path / "PRICE.TXT"


def _cp1252(tmp_path: Path) -> Path:
    rows = [
        english_row(f"C{i}", f"MÜ-{i}", f"{i},50", vendor="Müller", description=f"Kabel {i} m")
        for i in range(1, 50)
    ]
    src = tmp_path / "semicolon.csv"
    return write_csv(src, ENGLISH_HEADER, rows, delimiter=";", encoding="cp1252")


@pytest.mark.parametrize(
    "make",
    [
        lambda _t: SAMPLE_PRICE_FILE,  # a pipe file read without quoting
        _na,  # quoted, a line a record
        lambda t: _na(t, spanning=True),  # a record over two lines
        _cp1252,  # re-encoded
    ],
)
def test_a_reopened_generation_answers_as_its_snapshot(tmp_path: Path, make: object) -> None:
    src = make(tmp_path)  # type: ignore[operator]
    kw = {"category_file": SAMPLE_CATEGORY_FILE} if src == SAMPLE_PRICE_FILE else {}
    snap, _folder = _written(tmp_path, src, **kw)
    reopened = open_generation(tmp_path / "gens")
    assert reopened is not None and reopened.settled
    assert reopened._blocks is not None and reopened._blocks.whole  # every column of the file
    assert _answers(reopened) == _answers(snap)
    assert [p.raw for p in reopened.read_rows(range(1, 30))] == [
        p.raw for p in snap.read_rows(range(1, 30))
    ]


def test_compressed_rows_of_a_reopened_generation_are_read_from_its_file_not_mapped(
    tmp_path: Path,
) -> None:
    """The blocks (a million rows' are ~100 MB) are read from the file as pages need them,
    however big: the same products, and the folder can go once the reader lets it go."""
    snap, folder = _written(tmp_path, _na(tmp_path, spanning=True))
    reopened = open_generation(tmp_path / "gens")
    assert reopened is not None
    assert type(reopened._blocks._blocks).__name__ == "_InFile"  # not a map of the file
    assert _answers(reopened) == _answers(snap)
    del reopened
    shutil.rmtree(folder)  # nothing holds it (Windows refuses while a map or handle does)


def test_a_fresh_process_reopens_the_generation_without_the_price_file(tmp_path: Path) -> None:
    src = tmp_path / "prices.csv"
    src.write_bytes(SAMPLE_PRICE_FILE.read_bytes())
    snap, folder = _written(tmp_path, src)
    word = snap.read_rows([1])[0].description.split()[0][:4]
    expected = snap.query_ids(CatalogueQuery(text=word, sort_key="customer_price"))
    skus = [p.sku for p in snap.read_rows(expected[:50])]
    size = src.stat().st_size
    src.unlink()  # no handle on the user's file: it may go once the generation is written
    assert not [p for p in folder.iterdir() if p.stat().st_size >= size // 2]  # no copy of it
    script = (
        "import json, sys;"
        "from ingram_desk.catalogue.generation import open_generation;"
        "from ingram_desk.catalogue.query import CatalogueQuery;"
        "s = open_generation(sys.argv[1]);"
        "ids = s.query_ids(CatalogueQuery(text=sys.argv[2], sort_key='customer_price'));"
        "print(json.dumps([ids.tolist(), [p.sku for p in s.read_rows(ids[:50])]]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "gens"), word],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    assert json.loads(out) == [expected.tolist(), skus] and len(expected) > 0


def _skus(root: Path) -> list[str]:
    snap = open_generation(root)
    assert snap is not None
    return [p.sku for p in snap.read_rows(snap.query_ids(CatalogueQuery()))]


@pytest.mark.parametrize("point", ["before_generation_rename", "before_generation_pointer"])
def test_a_killed_writer_leaves_the_live_generation_as_it_was(tmp_path: Path, point: str) -> None:
    root = tmp_path / "gens"
    old = write_dach(tmp_path / "old.csv", [dach_row(f"OLD{i}") for i in range(40)])
    new = write_dach(tmp_path / "new.csv", [dach_row(f"NEW{i}") for i in range(30)])
    write_generation(snapshot_of(old), root)
    live = current_name(root)
    script = (
        "import sys;"
        "from ingram_desk.catalogue.generation import write_generation;"
        "from ingram_desk.catalogue.parse import snapshot_of;"
        "write_generation(snapshot_of(sys.argv[1]), sys.argv[2])"
    )
    env = {**os.environ, "INGRAM_DESK_CATALOGUE_CRASH_AT": point}
    done = subprocess.run([sys.executable, "-c", script, str(new), str(root)], cwd=ROOT, env=env)
    assert done.returncode == 70  # died at the crash point
    assert current_name(root) == live
    assert _skus(root) == [f"OLD{i}" for i in range(40)]
    assert len([p for p in root.iterdir() if p.is_dir()]) == 2  # the killed one's folder
    assert remove_stale(root) and [p.name for p in root.iterdir() if p.is_dir()] == [live]


def test_the_previous_generation_keeps_answering_after_a_swap(tmp_path: Path) -> None:
    root = tmp_path / "gens"
    files = [
        write_dach(tmp_path / f"f{n}.csv", [dach_row(f"F{n}-{i}") for i in range(20)])
        for n in range(3)
    ]
    write_generation(snapshot_of(files[0]), root)
    first = open_generation(root)
    assert first is not None
    names = []
    for src in files[1:]:
        write_generation(snapshot_of(src), root)
        names.append(current_name(root))
        remove_stale(root)
    # the live one and the one before it are kept; the first was removed under its reader,
    # which still answers from what it mapped (POSIX; Windows refuses the delete until later)
    assert sorted(p.name for p in root.iterdir()) == sorted([POINTER, *names])
    assert _skus(root) == [f"F2-{i}" for i in range(20)]
    assert first.query_ids(CatalogueQuery(text="f0")).tolist() == list(range(1, 21))


def test_no_catalogue_yet(tmp_path: Path) -> None:
    assert open_generation(tmp_path / "none") is None
    (tmp_path / "gens").mkdir()
    assert open_generation(tmp_path / "gens") is None
    (tmp_path / "gens" / POINTER).write_text("g-gone")  # names a folder that is not there:
    with pytest.raises(GenerationDamagedError, match="g-gone, which is missing"):  # said
        open_generation(tmp_path / "gens")


def test_as_on_windows_no_links_no_directory_fsync_and_mapped_folders_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where a folder cannot be opened (Windows), links are refused (FAT, some shares) and a
    mapped file cannot be deleted (Windows), generations are still written, swapped and
    cleared: the rename is not fsynced, parts are copied, a folder is deleted later."""
    from ingram_desk.catalogue.engine import apply_stock_file, import_price_file

    real_open, real_rmtree = os.open, shutil.rmtree
    mapped: set[str] = set()

    def no_folder(path: object, flags: int, *args: object, **kw: object) -> int:
        if not kw and Path(str(path)).is_dir():  # (shutil's own fd-relative opens pass)
            raise PermissionError(13, "Access is denied", str(path))
        return real_open(path, flags, *args, **kw)  # type: ignore[arg-type]

    def refused(*_args: object) -> None:
        raise OSError(1, "links not supported")

    def rmtree(path: object, *args: object, **kw: object) -> None:
        if Path(str(path)).name in mapped:
            raise PermissionError(32, "used by another process", str(path))
        real_rmtree(path, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(generation.os, "open", no_folder)
    monkeypatch.setattr(generation.os, "link", refused)
    monkeypatch.setattr(generation.shutil, "rmtree", rmtree)
    db = tmp_path / "c.sqlite3"
    root = tmp_path / "c.generations"
    import_price_file(db, write_dach(tmp_path / "a.csv", [dach_row(f"A{i}") for i in range(9)]))
    first = current_name(root)
    stock = tmp_path / "stock.csv"
    stock.write_text("ARTIKEL_NR|VMENGE\nA1|77\n", encoding="utf-8")
    apply_stock_file(db, stock)  # shares nothing by link: every part copied
    live = root / str(current_name(root))
    rows = "rows.blocks.npy"
    assert (live / rows).read_bytes() == (root / str(first) / rows).read_bytes()
    assert not os.path.samefile(live / rows, root / str(first) / rows)
    reopened = open_generation(root)
    assert reopened is not None and reopened.lookup("A1")[0].stock == 77
    mapped.add(str(first))  # a reader on Windows still maps the first generation
    import_price_file(db, write_dach(tmp_path / "b.csv", [dach_row(f"B{i}") for i in range(9)]))
    assert (root / str(first)).is_dir()  # could not be deleted yet
    mapped.clear()
    remove_stale(root)  # the next clear-up removes it
    assert not (root / str(first)).exists()
    assert _skus(root) == [f"B{i}" for i in range(9)]


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes (Windows: the profile's ACL)")
def test_generation_files_are_private(tmp_path: Path) -> None:
    from ingram_desk.catalogue.engine import apply_stock_file, import_price_file

    db = tmp_path / "c.sqlite3"
    import_price_file(db, write_dach(tmp_path / "a.csv", [dach_row(f"A{i}") for i in range(9)]))
    stock = tmp_path / "stock.csv"
    stock.write_text("ARTIKEL_NR|VMENGE\nA1|77\n", encoding="utf-8")
    apply_stock_file(db, stock)
    root = tmp_path / "c.generations"
    paths = [root, *root.rglob("*")]
    wrong = {
        p.relative_to(tmp_path).as_posix(): oct(p.stat().st_mode & 0o777)
        for p in paths
        if p.stat().st_mode & 0o777 != (0o700 if p.is_dir() else 0o600)
    }
    assert len(paths) > 20 and wrong == {}
