"""The two companion files: the Category File (code → name, parent) and the Hourly Stock File.

Both are sniffed like price files (ZIP, encoding, delimiter, header or not). The stock file is a
partial update keyed on SKU — never paired with the price file by line position (price-files §8).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from ingram_desk.domain.phrase import CatalogueTexts

from .detect import before_header
from .layouts import ALIASES, norm_header
from .report import ImportReport
from .sniff import detect_delimiter, detect_encoding, iter_lines, open_source
from .values import date_values, quantity_values, unreadable

__all__ = ["CategoryTable", "StockUpdate", "read_categories", "read_stock"]

_CODE = {"code", "categorycode", "catid", "categoryid", "catalogid", "catsid", "id"}
_NAME = {"name", "categoryname", "description", "category", "bezeichnung", "text"}
_PARENT = {"parent", "parentcode", "parentid", "parentcategory", "parentcategorycode"}
_LEVEL = {"level", "depth", "ebene"}


def _in(label: str, problem: str) -> str:
    """A side file's problem named with the file it is in ("stock file: …")."""
    return CatalogueTexts.tr("{file}: {problem}", file=label, problem=problem)


def _rows(path: Path, report: ImportReport, label: str) -> tuple[list[str] | None, Iterator]:
    """(header or None, iterator of (line, row)); decode problems go to the report."""
    source = open_source(path)
    sample = source.sample()
    encoding = detect_encoding(sample)
    lines = list(iter_lines(io.BytesIO(sample[: 1 << 16]), encoding))
    before, hint = before_header(lines)  # (Excel's ``sep=;`` is no header)
    delimiter = hint or detect_delimiter(lines[before:])

    def generate() -> Iterator[tuple[int, list[str]]]:
        with source.open_binary() as f:
            text = iter_lines(f, encoding, lambda n, r: report.add_problem(n, _in(label, r)))
            reader = csv.reader(text, delimiter=delimiter)
            while True:
                line = reader.line_num + 1
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    report.add_problem(line, _in(label, str(exc)))
                    continue
                if line > before and row and any(c.strip() for c in row):
                    yield line, row

    it = generate()
    first = next(it, None)
    if first is None:
        return None, iter(())
    return first[1], _chain_first(first, it)


def _chain_first(first: tuple[int, list[str]], rest: Iterator) -> Iterator:
    yield first
    yield from rest


@dataclass(slots=True)
class CategoryTable:
    """code → (name, parent code); ``path(code)`` walks up to the root."""

    names: dict[str, str]
    parents: dict[str, str]

    def path(self, code: str) -> tuple[str, ...]:
        out: list[str] = []
        seen: set[str] = set()
        while code and code in self.names and code not in seen:
            seen.add(code)
            out.append(self.names[code])
            code = self.parents.get(code, "")
        return tuple(reversed(out))


def read_categories(path: Path, report: ImportReport) -> CategoryTable:
    """Read a category file: header with code/name[/parent/level] columns, or code,name[,parent]."""
    first, rows = _rows(path, report, CatalogueTexts.tr("category file"))
    names: dict[str, str] = {}
    parents: dict[str, str] = {}
    if first is None:
        return CategoryTable(names, parents)
    normal = [norm_header(c) for c in first]
    is_header = any(c in _CODE for c in normal) and any(c in _NAME for c in normal)

    def find(options: set[str], default: int | None) -> int | None:
        return next((i for i, c in enumerate(normal) if c in options), default)

    if is_header:
        code_i, name_i = find(_CODE, 0), find(_NAME, 1)
        parent_i, level_i = find(_PARENT, None), find(_LEVEL, None)
        next(rows)
    else:
        code_i, name_i = 0, 1
        parent_i, level_i = (2 if len(first) > 2 else None), None
    stack: dict[int, str] = {}
    for line, row in rows:
        try:
            code, name = row[code_i].strip(), " ".join(row[name_i].split())  # type: ignore[index]
        except IndexError:
            report.add_problem(line, CatalogueTexts.tr("category file: too few columns"))
            continue
        if not code or not name:
            report.add_problem(line, CatalogueTexts.tr("category file: no code or name"))
            continue
        names[code] = name
        parent = row[parent_i].strip() if parent_i is not None and parent_i < len(row) else ""
        if not parent and level_i is not None and level_i < len(row):
            try:
                level = int(row[level_i])
                stack[level] = code
                parent = stack.get(level - 1, "")
            except ValueError:
                pass
        if parent and parent != code:
            parents[code] = parent
    # NA codes: "0611" is subcategory 11 of category 06 when "06" is listed.
    for code in names:
        if code not in parents and len(code) == 4 and code.isdigit() and code[:2] in names:
            parents[code] = code[:2]
    report.categories_loaded = len(names)
    return CategoryTable(names, parents)


#: Warehouse column names of stock files (normalised like price-file headers).
_WAREHOUSE = {"auslieferungslager", "warehouse", "warehouseid", "warehousecode", "lager", "whse"}


@dataclass(frozen=True, slots=True)
class StockUpdate:
    sku: str
    stock: int
    eta: str | None
    warehouse: str | None = None


def read_stock(path: Path, report: ImportReport) -> tuple[list[StockUpdate], frozenset[str]]:
    """Stock rows (SKU, quantity[, ETA][, warehouse]) and which optional columns the file has.

    The optional columns are named ``"eta"`` and ``"warehouse"``; a headerless file is read as
    SKU, quantity[, ETA] (it names no warehouse).
    """
    first, rows = _rows(path, report, CatalogueTexts.tr("stock file"))
    if first is None:
        return [], frozenset()
    normal = [norm_header(c) for c in first]
    sku_i = next((i for i, c in enumerate(normal) if c in ALIASES["sku"]), None)
    qty_i = next((i for i, c in enumerate(normal) if c in ALIASES["stock"]), None)
    eta_i = next((i for i, c in enumerate(normal) if c in ALIASES["eta"]), None)
    wh_i = next((i for i, c in enumerate(normal) if c in _WAREHOUSE), None)
    if sku_i is not None and qty_i is not None:
        next(rows)
    else:
        sku_i, qty_i, wh_i = 0, 1, None
        eta_i = 2 if len(first) > 2 else None
    taken = [(line, row) for line, row in rows]
    short = {line for line, row in taken if len(row) <= max(sku_i, qty_i)}
    kept = [(line, row) for line, row in taken if line not in short]

    def cells(i: int | None) -> list[str]:
        return [row[i] if i is not None and i < len(row) else "" for _, row in kept]

    qty_cells, eta_cells = cells(qty_i), cells(eta_i)
    frame = pl.DataFrame({"q": qty_cells, "e": eta_cells}, schema=dict.fromkeys("qe", pl.String))
    qty, eta = quantity_values(pl.col("q"), False), date_values(pl.col("e"))
    parsed = frame.select(
        qty.alias("q"), unreadable(pl.col("q"), qty).alias("bad_q"),
        eta.dt.to_string("%Y-%m-%d").alias("e"), unreadable(pl.col("e"), eta).alias("bad_e"),
    )  # fmt: skip
    values = iter(parsed.iter_rows())
    out: list[StockUpdate] = []
    for line, row in taken:
        if line in short:
            report.add_problem(
                line, CatalogueTexts.tr("stock file: {n} columns, too few", n=len(row))
            )
            continue
        q, bad_q, e, bad_e = next(values)
        if bad_q:
            report.add_problem(
                line,
                CatalogueTexts.tr(
                    "stock file: not a quantity: {value} (column {n})",
                    value=repr(row[qty_i].strip()[:40]),
                    n=qty_i + 1,
                ),
            )
            continue
        if bad_e:
            assert eta_i is not None
            report.add_problem(
                line,
                CatalogueTexts.tr(
                    "stock file: not a date: {value} (column {n})",
                    value=repr(row[eta_i].strip()[:40]),
                    n=eta_i + 1,
                ),
            )
            continue
        sku = row[sku_i].strip()
        if not sku or q is None:
            report.add_problem(line, CatalogueTexts.tr("stock file: no SKU or quantity"))
            continue
        warehouse = None
        if wh_i is not None and wh_i < len(row):
            warehouse = row[wh_i].strip() or None
        out.append(StockUpdate(sku, max(q, 0), e, warehouse))
    columns = {"eta"} if eta_i is not None else set()
    if wh_i is not None:
        columns.add("warehouse")
    return out, frozenset(columns)
