"""The bundled sample files: DACH layout, regenerable byte for byte, same products as the sandbox."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from ingram_desk.paths import resource_path
from ingram_desk.sandbox.price_files import (
    PRICE_HEADER,
    SAMPLE_CATEGORY_FILE,
    SAMPLE_PRICE_FILE,
    SAMPLE_STOCK_FILE,
    write_sample_files,
)

SAMPLE = resource_path("sample")
ROOT = Path(__file__).resolve().parents[2]


def _rows(name: str) -> list[list[str]]:
    raw = (SAMPLE / name).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM"
    assert b"\r\n" not in raw
    return [line.split("|") for line in raw.decode("utf-8-sig").splitlines()]


def test_committed_samples_equal_a_fresh_generation(tmp_path):
    write_sample_files(tmp_path)
    for name in (SAMPLE_PRICE_FILE, SAMPLE_STOCK_FILE, SAMPLE_CATEGORY_FILE):
        assert (tmp_path / name).read_bytes() == (SAMPLE / name).read_bytes(), name
    total = sum(
        (SAMPLE / n).stat().st_size
        for n in (SAMPLE_PRICE_FILE, SAMPLE_STOCK_FILE, SAMPLE_CATEGORY_FILE)
    )
    assert total < 2_000_000


def test_price_file_has_the_dach_layout():
    rows = _rows(SAMPLE_PRICE_FILE)
    header, data = rows[0], rows[1:]
    assert header == PRICE_HEADER.split("|") and len(header) == 52
    assert len(data) == 3000
    assert all(len(r) == 52 for r in data)
    col = {name: i for i, name in enumerate(header)}
    skus = [r[col["ARTIKEL_NR"]] for r in data]
    assert len(set(skus)) == 3000 and all(len(s) == 7 for s in skus)
    assert all(len(r[col["ARTIKEL1"]]) == 25 and len(r[col["ARTIKEL2"]]) == 25 for r in data)
    assert all(r[col["VDATUM"]][2] == "." and r[col["VDATUM"]][5] == "." for r in data)
    assert any(r[col["EANCODE"]].startswith("0") for r in data)
    assert all(len(r[col["EANCODE"]]) == 13 for r in data)
    assert any("/" in r[col["HSTNUMMER"]] for r in data) and any(
        "-" in r[col["HSTNUMMER"]] for r in data
    )
    assert any("Ä" in r[col["ARTIKEL1"]] or "Ü" in r[col["ARTIKEL2"]] for r in data)
    assert "Zubehör" in {r[col["GRUPPE1"]] for r in data}
    assert {r[col["AUSLIEFERUNGSLAGER"]] for r in data} == {"NL", "DE"}
    assert all(
        Decimal(r[col["EK"]]) > 0 and Decimal(r[col["EVP"]]) >= Decimal(r[col["EK"]]) for r in data
    )
    backorders = [r for r in data if r[col["VMENGE"]] == "0"]
    assert backorders and any(r[col["VETA"]] for r in backorders)


def test_stock_file_is_a_partial_update_keyed_on_sku():
    price_skus = {r[3] for r in _rows(SAMPLE_PRICE_FILE)[1:]}
    rows = _rows(SAMPLE_STOCK_FILE)
    assert rows[0] == ["ARTIKEL_NR", "VMENGE", "VETA", "AUSLIEFERUNGSLAGER", "VDATUM"]
    skus = [r[0] for r in rows[1:]]
    assert 100 < len(skus) < 1000 and set(skus) <= price_skus and len(set(skus)) == len(skus)
    assert all(r[1].isdigit() for r in rows[1:])
    assert all(r[2] for r in rows[1:] if r[1] == "0")


def test_category_file_is_a_tree_matching_the_price_file():
    rows = _rows(SAMPLE_CATEGORY_FILE)
    assert rows[0] == ["CODE", "NAME", "PARENT", "LEVEL"]
    nodes = {r[0]: r for r in rows[1:]}
    assert all(nodes[r[2]][3] == "1" for r in rows[1:] if r[3] == "2")
    price = _rows(SAMPLE_PRICE_FILE)
    col = {name: i for i, name in enumerate(price[0])}
    for r in price[1:]:
        leaf = nodes[r[col["CATALOGID"]]]
        assert leaf[1] == r[col["GRUPPE2"]] and nodes[leaf[2]][1] == r[col["GRUPPE1"]]


def test_sandbox_serves_the_sample_products(sandbox):
    data = _rows(SAMPLE_PRICE_FILE)[1:]
    assert [r[3] for r in data] == [p.sku for p in sandbox.catalogue.products]
    assert [Decimal(r[15]) for r in data] == [p.price for p in sandbox.catalogue.products]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bench_generator_extends_the_sample(tmp_path, jobs):
    out, stock, cats = tmp_path / "p.csv", tmp_path / "s.csv", tmp_path / "c.csv"
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "make_price_file.py"), "--rows", "4200", "--out", str(out),
         "--stock", str(stock), "--categories", str(cats), "--jobs", jobs],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    lines = out.read_bytes().splitlines(keepends=True)
    assert len(lines) == 4201
    sample = (SAMPLE / SAMPLE_PRICE_FILE).read_bytes().splitlines(keepends=True)
    assert lines[:3001] == sample
    assert cats.read_bytes() == (SAMPLE / SAMPLE_CATEGORY_FILE).read_bytes()
    assert stock.read_bytes().startswith((SAMPLE / SAMPLE_STOCK_FILE).read_bytes())
