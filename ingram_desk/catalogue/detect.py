"""Working out how to read a price file: encoding, delimiter, quoting, layout and number format.

``plan_import`` applies price-files.md §10: a user mapping wins; then the NA positional shape;
then a mapping remembered for this header; then the header alias table. Anything else raises
``MappingRequired`` with the first row, so the caller can ask for a mapping.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import sqlite3

from ingram_desk.domain.phrase import CatalogueTexts

from .layouts import (
    ColumnMap,
    MappingRequired,
    UserMapping,
    count_known_headers,
    header_signature,
    looks_like_na_price_txt,
    map_header,
    na_price_txt_map,
    norm_header,
)
from .report import CatalogueImportError
from .sniff import SourceFile, detect_delimiter, detect_encoding, iter_lines
from .values import is_decimal_comma, is_month_first

__all__ = ["ImportPlan", "before_header", "plan_import"]

_DACH_KEYS = {"artikelnr", "hstnummer", "ek"}


@dataclasses.dataclass(slots=True)
class ImportPlan:
    encoding: str
    delimiter: str
    quoting: int
    columns: ColumnMap
    has_header: bool
    #: the lines before the header (or the first row): blank ones, Excel's ``sep=;`` hint
    head: int = 0

    @property
    def lead(self) -> int:
        """The file's records before its first row: the lines before the header, the header."""
        return self.head + self.has_header


#: Excel's delimiter hint, a file's first line ("sep=;"): Excel opens the file by it
_SEP_HINT = re.compile(r"sep=(.)", re.IGNORECASE)


def before_header(lines: list[str]) -> tuple[int, str | None]:
    """How many lines come before the header (blank ones, a first line ``sep=;``) and the
    delimiter such a line names. They made the header a row ("customer price: not a number:
    'EK'") or the layout unrecognised."""
    head, hint = 0, None
    for line in lines:
        text = line.strip()
        if head == 0 and (named := _SEP_HINT.fullmatch(text)):
            hint = named[1]
        elif text:
            break
        head += 1
    return head, hint


def plan_import(
    conn: sqlite3.Connection, source: SourceFile, mapping: UserMapping | None
) -> ImportPlan:
    sample = source.sample()
    if not sample.strip():
        raise CatalogueImportError(CatalogueTexts.tr("{name} is empty", name=source.name))
    encoding = (mapping and mapping.encoding) or detect_encoding(sample)
    if not encoding.startswith("utf-16") and _binary(sample):
        raise CatalogueImportError(
            CatalogueTexts.tr(
                "{name} is not a text file (it holds binary data): a price file is CSV or TXT",
                name=source.name,
            )
        )
    lines = list(iter_lines(io.BytesIO(sample), encoding))
    if len(sample) >= (1 << 20) and len(lines) > 1:
        lines.pop()
    head, hint = before_header(lines)
    lines = lines[head:]
    delimiter = (mapping and mapping.delimiter) or hint or detect_delimiter(lines[:50])
    quoting = csv.QUOTE_MINIMAL
    if delimiter in "|\t" and not any(
        cell.startswith('"') for ln in lines[:200] for cell in ln.split(delimiter)
    ):
        quoting = csv.QUOTE_NONE  # DACH pipe files are unquoted; a stray " is just an inch mark
    rows: list[list[str]] = []
    try:
        for row in csv.reader(lines[:400], delimiter=delimiter, quoting=quoting):
            if row and any(c.strip() for c in row):
                rows.append(row)
    except csv.Error:
        pass
    if not rows:
        raise CatalogueImportError(CatalogueTexts.tr("{name}: no readable rows", name=source.name))
    if mapping is None:
        _refuse_markup(lines, source.name)
    first = rows[0]
    has_header = True
    if mapping is not None:
        columns, has_header = mapping.resolve(first), mapping.header
    elif looks_like_na_price_txt(first):
        columns, has_header = na_price_txt_map(), False
    else:
        saved = conn.execute(
            "SELECT mapping FROM mappings WHERE signature = ?", (header_signature(first),)
        ).fetchone()
        if saved is not None:
            user = UserMapping.from_dict(json.loads(saved[0]))
            columns, has_header = user.resolve(first), user.header
        elif count_known_headers(first) >= 3:
            normal = {norm_header(c) for c in first}
            try:
                columns = map_header(
                    first, "dach_impulse" if normal >= _DACH_KEYS else "header_csv"
                )
            except MappingRequired as exc:  # a header without SKU or price: asked with samples
                raise MappingRequired(
                    f"{source.name}: {exc}", first, rows[1:6], delimiter, encoding
                ) from None
        else:
            raise MappingRequired(
                f"{source.name}: layout not recognised (no known header, not an NA PRICE.TXT); "
                "supply a column mapping (--mapping FILE.json)",
                first,
                rows[1:6],
                delimiter,
                encoding,
            )
    if not columns.decimal_comma:
        data = rows[1:] if has_header else rows
        flags = {}
        for name in ("customer_price", "retail_price"):
            if columns.has(name):
                i = columns.columns[name][0]
                flags[name] = is_decimal_comma([r[i] for r in data if len(r) > i])
        columns = dataclasses.replace(columns, decimal_comma=flags)
    if columns.has("eta"):
        data = rows[1:] if has_header else rows
        i = columns.columns["eta"][0]
        month_first = is_month_first([r[i] for r in data if len(r) > i])
        columns = dataclasses.replace(columns, month_first=month_first)
    return ImportPlan(encoding, delimiter, quoting, columns, has_header, head)


def _refuse_markup(lines: list[str], name: str) -> None:
    """A web page or an XML document saved under a price file's name (a download that failed
    and saved the sign-in or error page instead) is refused as what it is, not offered the
    column-mapping step over its markup."""
    first = lines[0].strip().lower()  # (the lines before the header left out: not blank)
    if first.startswith(("<!doctype html", "<html")):
        raise CatalogueImportError(
            CatalogueTexts.tr(
                "{name} is a web page, not a price file: the download may have failed;"
                " fetch the file again",
                name=name,
            )
        )
    if first.startswith("<?xml"):
        raise CatalogueImportError(
            CatalogueTexts.tr("{name} is an XML document, not a price file", name=name)
        )


#: bytes no text price file holds (tab, line feed, form feed and carriage return aside)
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}


def _binary(sample: bytes) -> bool:
    """More than 1 % control bytes: a program, an image or a spreadsheet picked by mistake,
    not a price file with a stray NUL in one row."""
    head = sample[: 1 << 16]
    return sum(head.count(b) for b in _CONTROL) > len(head) // 100
