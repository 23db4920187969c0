"""The Hourly Stock File on the one engine: a partial update by SKU written as a new
generation that shares every other part with the live one; a price file re-imported keeps
the stock of a newer stock file, and its change summary reports no stock change it did not
see (issue 17, defect 5)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import (
    Catalogue,
    apply_stock_file,
    catalogue_root,
    import_files,
    import_price_file,
)
from ingram_desk.catalogue.generation import current_name, open_generation
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.report import CatalogueImportError

from .builders import dach_row, write_dach

DAY = 86_400


def _price_file(
    tmp_path: Path, name: str = "prices.csv", stamp: str = "15.01.2026 02:05:11"
) -> Path:
    rows = [
        dach_row(f"S{i}", ek=f"{10 + i}.00", qty=str(i % 3), eta="01.02.2027" if i % 2 else "")
        for i in range(12)
    ]
    for row in rows:  # VDATUM: when the file was exported (its age, not its time on disk)
        row[row.index("15.01.2026 02:05:11")] = stamp
    return write_dach(tmp_path / name, rows)


def _stock_file(
    tmp_path: Path, lines: list[str], header: str = "ARTIKEL_NR|VMENGE|VETA|LAGER"
) -> Path:
    path = tmp_path / "stock.csv"
    path.write_text(header + "\n" + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _state(cat: Catalogue) -> dict[str, tuple]:
    return {
        p.sku: (p.stock, p.in_stock, p.eta, p.stock_warehouse)
        for p in cat.read_rows(cat.query_ids(CatalogueQuery()))
    }


def test_a_stock_file_updates_stock_filters_and_sorts_in_a_new_generation(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    import_price_file(db, _price_file(tmp_path))
    root = catalogue_root(db)
    first = current_name(root)
    assert first is not None
    cat = Catalogue.open(db)
    before = _state(cat)
    stock = _stock_file(tmp_path, ["S0|7|15.03.2027|W1", "S1|0||W2", "NOPE|3||", "S2|x||"])
    report = apply_stock_file(db, stock)
    assert report.stock_rows_applied == 2 and report.stock_rows_unknown == 1
    assert [(p.line, p.reason) for p in report.problems] == [
        (5, "stock file: not a quantity: 'x' (column 2)")
    ]
    assert report.generation == 2 and cat.generation() == 2
    now = _state(cat)
    assert now["S0"] == (7, True, date(2027, 3, 15), "W1")
    assert now["S1"] == (0, False, None, "W2")  # the file's empty ETA cell clears it
    assert {k: v for k, v in now.items() if k not in ("S0", "S1")} == {
        k: v for k, v in before.items() if k not in ("S0", "S1")
    }
    in_stock = [p.sku for p in cat.read_rows(cat.query_ids(CatalogueQuery(in_stock=True)))]
    assert in_stock == sorted((k for k, v in now.items() if v[1]), key=lambda s: int(s[1:]))
    by_stock = cat.read_rows(cat.query_ids(CatalogueQuery(sort_key="stock", descending=True)))
    assert by_stock[0].sku == "S0"
    by_eta = cat.read_rows(cat.query_ids(CatalogueQuery(sort_key="eta", descending=True)))
    assert by_eta[0].sku == "S0"
    assert cat.info().stock_file_time and cat.info().row_count == 12
    # the parts a stock file does not change are the live generation's files, linked
    live = root / str(current_name(root))
    assert os.path.samefile(live / "rows.blocks.npy", root / first / "rows.blocks.npy")
    assert not os.path.samefile(live / "rank.stock.npy", root / first / "rank.stock.npy")
    # the generation before it still reads as it was
    old = open_generation(root, first)
    assert old is not None and old.lookup("S0")[0].stock == before["S0"][0]


def test_a_stock_file_without_an_eta_column_keeps_the_etas(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    import_price_file(db, _price_file(tmp_path))
    apply_stock_file(db, _stock_file(tmp_path, ["S1|5", "S3|0"], header="ARTIKEL_NR|VMENGE"))
    now = _state(Catalogue.open(db))
    assert now["S1"] == (5, True, date(2027, 2, 1), "")
    assert now["S3"] == (0, False, date(2027, 2, 1), "")


def test_no_catalogue_yet(tmp_path: Path) -> None:
    with pytest.raises(CatalogueImportError, match="import a price file first"):
        apply_stock_file(tmp_path / "c.sqlite3", _stock_file(tmp_path, ["S1|5"]))


def test_a_re_imported_price_file_keeps_a_newer_stock_file(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    prices = _price_file(tmp_path)
    import_price_file(db, prices)
    # S1 back, S2 out of stock; the stock file was exported after the price file
    stock = _stock_file(
        tmp_path, [f"S{i}|{q}|||16.01.2026 09:00:04" for i, q in ((0, 9), (1, 4), (2, 0))],
        header="ARTIKEL_NR|VMENGE|VETA|LAGER|VDATUM",
    )  # fmt: skip
    apply_stock_file(db, stock)
    os.utime(prices)  # downloaded again just now: its own date is what counts
    report = import_price_file(db, prices)
    cat = Catalogue.open(db)
    now = _state(cat)
    assert (now["S0"][0], now["S1"][:2], now["S2"][:2]) == (9, (4, True), (0, False))
    assert any("stock kept" in w for w in report.warnings)
    changes = cat.changes()
    assert changes.counts["back_in_stock"] == 0 and changes.counts["out_of_stock"] == 0
    assert [p.sku for p in cat.read_rows(cat.query_ids(CatalogueQuery(in_stock=True)))][:2] == [
        "S0",
        "S1",
    ]
    # a price file newer than the stock file brings its own stock (and says what changed)
    newer = _price_file(tmp_path, "newer.csv", stamp="17.01.2026 02:05:11")
    stamp = stock.stat().st_mtime - DAY  # its time on disk is older: its own date counts
    os.utime(newer, (stamp, stamp))
    import_price_file(db, newer)
    assert _state(cat)["S1"][:2] == (1, True) and _state(cat)["S2"][:2] == (2, True)
    assert cat.changes().counts["back_in_stock"] == 1  # S2: 0 in the stock file, 2 now
    assert cat.info().stock_file_time == ""


def _next_day(tmp_path: Path) -> Path:
    """``_price_file``'s articles a day on: S11 gone, S5 cheaper, the rest (stock too) the same."""
    rows = [
        dach_row(f"S{i}", ek=f"{10 + i}.00", qty=str(i % 3), eta="01.02.2027" if i % 2 else "")
        for i in range(11)
    ]
    rows[5] = dach_row("S5", ek="1.00", qty="2", eta="01.02.2027")
    return write_dach(tmp_path / "next.csv", rows)


def test_a_stock_file_says_what_it_changed_and_keeps_the_last_import_s_changes(
    tmp_path: Path,
) -> None:
    """An hourly stock file's own summary (what came back and what went out of stock) is
    kept apart: the last price file's changes stay as they were, for the day's list."""
    db = tmp_path / "c.sqlite3"
    import_price_file(db, _price_file(tmp_path))
    import_price_file(db, _next_day(tmp_path))
    cat = Catalogue.open(db)
    day = cat.changes()
    assert {k: n for k, n in day.counts.items() if n} == {"removed": 1, "price_down": 1}
    assert not any(cat.stock_changes().counts.values())
    # S0 0 → 6: back; S1 1 → 0: out; S2 2 → 5: still in stock, not listed; NOPE unknown
    lines = ["S0|6", "S1|0", "S2|5", "NOPE|3"]
    apply_stock_file(db, _stock_file(tmp_path, lines, "ARTIKEL_NR|VMENGE"))
    hour = cat.stock_changes()
    assert hour.generation == 3
    assert {k: n for k, n in hour.counts.items() if n} == {"back_in_stock": 1, "out_of_stock": 1}
    assert [(c.sku, c.old, c.new) for c in hour.items["back_in_stock"]] == [("S0", "0", "6")]
    assert [(c.sku, c.old, c.new) for c in hour.items["out_of_stock"]] == [("S1", "1", "0")]
    assert cat.changes().counts == day.counts and cat.changes().items == day.items
    # the same file again changes nothing; the next price file's import forgets the hour's
    apply_stock_file(db, _stock_file(tmp_path, ["S0|6", "S1|0"], "ARTIKEL_NR|VMENGE"))
    assert not any(cat.stock_changes().counts.values())
    apply_stock_file(db, _stock_file(tmp_path, ["S0|0"], "ARTIKEL_NR|VMENGE"))
    assert cat.stock_changes().counts["out_of_stock"] == 1
    import_price_file(db, _price_file(tmp_path))
    assert not any(cat.stock_changes().counts.values()) and cat.changes().counts["new"] == 1


def test_a_price_file_imported_with_a_stock_file_lists_their_changes_as_one(
    tmp_path: Path,
) -> None:
    """The daily price file and the hourly stock file fetched together: one summary against
    the catalogue before them both, the removed article described as the price file's commit
    described it. A first import with a stock file lists nothing (there was nothing before)."""
    db = tmp_path / "c.sqlite3"
    first = _stock_file(tmp_path, ["S0|4"], "ARTIKEL_NR|VMENGE")
    import_files(db, _price_file(tmp_path), stock_file=first)
    cat = Catalogue.open(db)
    assert cat.generation() == 2 and not any(cat.changes().counts.values())
    # S3 0 → 4: back in stock; S4 1 → 0: out of stock (the price file keeps both as they were)
    stock = _stock_file(tmp_path, ["S3|4", "S4|0", "S0|4"], "ARTIKEL_NR|VMENGE")
    import_files(db, _next_day(tmp_path), stock_file=stock)
    changes = cat.changes()
    assert {k: n for k, n in changes.counts.items() if n} == {
        "removed": 1, "price_down": 1, "back_in_stock": 1, "out_of_stock": 1,
    }  # fmt: skip
    removed = changes.items["removed"][0]
    assert (removed.sku, removed.vendor, removed.description) == ("S11", "ACME", "ARTICLE")
    assert [c.sku for c in changes.items["price_down"]] == ["S5"]
    assert [(c.sku, c.old, c.new) for c in changes.items["back_in_stock"]] == [("S3", "0", "4")]
    assert [(c.sku, c.old, c.new) for c in changes.items["out_of_stock"]] == [("S4", "1", "0")]
