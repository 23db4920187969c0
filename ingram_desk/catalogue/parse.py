"""Parse: a planned price file read by polars into the columns of a new ``Snapshot``.

polars reads only the mapped columns, as text; SKU and customer price are read at once (rows
lacking either are left out, duplicates keep the last row), each row's search text is built
(``search_text``) and, with a report, every skipped row and every value left empty is reported
with its line (``problems``). Files in another encoding (cp1252, latin-1, UTF-16) are
re-encoded to UTF-8 in memory in one streaming pass first (``_as_utf8``; a single-byte one's
shape is counted on the file meanwhile), so every encoding takes this path; a file with a
byte invalid in its encoding is read line by line instead, each such line reported and read
as cp1252 (``_mended``); ``SnapshotUnsupported`` means a file polars cannot read at all.
"""

from __future__ import annotations

import codecs
import csv
import io
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import polars as pl

from ingram_desk.domain.phrase import CatalogueTexts, Phrase

from .detect import ImportPlan, plan_import
from .file_lines import FileLines, scan_lines
from .heap import release_free_memory
from .layouts import UserMapping
from .problems import LaterChecks, misshapen, record_problems, unknown_counts
from .report import ImportReport
from .runaway import check_snapshot
from .schema import connect, ensure_base
from .search_text import compact_cells, search_column, text_cell
from .side_files import CategoryTable
from .snapshot import Snapshot
from .sniff import SourceFile, iter_lines, open_source
from .values import price_values

__all__ = ["SnapshotUnsupported", "build_snapshot", "snapshot_of"]

_UTF8 = ("utf-8", "utf-8-sig")
#: encodings whose line breaks, quotes and delimiters are the same bytes as in UTF-8, one byte a
#: character: the file's shape is counted on the file itself while it is re-encoded
_SINGLE_BYTE = ("cp1252", "latin-1")
_TRANSCODE_CHUNK = 16 << 20
c = pl.col


class SnapshotUnsupported(ValueError):
    """The file cannot be read into a snapshot (encoding, container): the import reports it.
    Its message is a ``CatalogueTexts`` phrase, so the import dialog says it in the user's
    language (the log and the command line keep the English)."""


def _unreadable(exc: BaseException) -> Phrase:
    """Why the file cannot be read; the reader's own words stay as they are (a detail)."""
    return CatalogueTexts.tr("cannot read the file: {error}", error=str(exc))


def _as_utf8(source: SourceFile, encoding: str, report: ImportReport | None) -> io.BytesIO:
    """The file re-encoded to UTF-8, read and converted 16 MB at a time; a file with a byte
    its encoding does not define is read again line by line (``_mended``)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    out = io.BytesIO()
    first = True
    with source.open_binary() as f:
        while True:
            chunk = f.read(_TRANSCODE_CHUNK)
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError:
                return _mended(source, encoding, report)
            if first and text:
                text, first = text.removeprefix("\ufeff"), False
            out.write(text.encode("utf-8"))
            if not chunk:
                break
    out.seek(0)
    return out


def _mended(source: SourceFile, encoding: str, report: ImportReport | None) -> io.BytesIO:
    """A file with bytes invalid in its encoding, line by line: each such line is reported
    with its number and read as cp1252 (UTF-16: the bad unit as U+FFFD; ``sniff.iter_lines``),
    as the store read it."""

    def problem(line: int, reason: str) -> None:
        if report is not None:
            report.add_problem(line, reason, skipped=False)

    out = io.BytesIO()
    with source.open_binary() as f:
        for text in iter_lines(f, encoding, problem):
            out.write(text.encode("utf-8"))
    out.seek(0)
    return out


def _read(
    data: Path | bytes | io.BytesIO | Callable[[], io.BytesIO],
    plan: ImportPlan,
    wanted: list[int],
    *,
    utf8: bool,
    shape_of: Path | None = None,
) -> tuple[pl.DataFrame | Exception, FileLines]:
    """The wanted cells as polars reads them (or why it could not) and the file's shape
    (``file_lines``; ``utf8``: checked to be UTF-8), counted at the same time on another
    thread: numpy releases the GIL while polars reads. ``data`` may be a call that makes the
    bytes (``_as_utf8``), and ``shape_of`` the file itself in a single-byte encoding, whose
    shape is then counted while the bytes are made (the same lines, records and cells)."""
    with ThreadPoolExecutor(1, thread_name_prefix="file-lines") as pool:
        counting = None
        if shape_of is not None:
            counting = pool.submit(scan_lines, shape_of, plan, utf8=False, encoding=plan.encoding)
        if callable(data):
            data = data()
        if counting is None:
            counting = pool.submit(scan_lines, data, plan, utf8=utf8)
        frame: pl.DataFrame | Exception
        try:
            frame = pl.read_csv(
                data,
                has_header=False,
                skip_rows=1 if plan.has_header else 0,
                separator=plan.delimiter,
                quote_char=None if plan.quoting == csv.QUOTE_NONE else '"',
                columns=wanted,
                infer_schema=False,
                encoding="utf8-lossy",
                truncate_ragged_lines=True,
                empty_string_is_null=False,
                raise_if_empty=False,
            )
        except (pl.exceptions.PolarsError, OSError, ValueError) as exc:
            frame = exc
        try:
            shape = counting.result()
        except OSError as exc:
            raise SnapshotUnsupported(_unreadable(exc)) from None
    if isinstance(data, io.BytesIO):
        data.seek(0)
    release_free_memory()  # the count's freed blocks, before the frame grows (``heap``)
    return frame, shape


def build_snapshot(
    source: SourceFile,
    plan: ImportPlan,
    *,
    currency: str = "EUR",
    categories: CategoryTable | None = None,
    report: ImportReport | None = None,
    scan: bool = True,
) -> tuple[Snapshot, LaterChecks | None]:
    """Read ``source`` as ``plan`` says into a ``Snapshot``. Blocking (polars uses every core).
    With ``report``, each skipped row and each value left empty is reported with its line
    (``problems``): the rows left out now, the rows kept by the ``LaterChecks`` returned,
    whose ``finish`` adds every problem to ``report`` (call it before the snapshot settles).
    ``scan=False`` leaves out the search column a fresh snapshot is scanned by (~100 MB at
    1M rows): for a snapshot settled before it is asked anything.

    Raises ``SnapshotUnsupported`` for files stage 1 cannot read.
    """
    cols = plan.columns
    wanted = sorted(
        {i for ix in cols.columns.values() for i in ix}
        | {i for i in (cols.in_stock_flag, cols.action) if i is not None}
    )
    data: Any = source.path
    in_place = source.member is None and plan.encoding in _UTF8  # rows read back by offset
    shape_of = source.path if source.member is None and plan.encoding in _SINGLE_BYTE else None
    if plan.encoding not in _UTF8:

        def data() -> io.BytesIO:
            try:
                return _as_utf8(source, plan.encoding, report)
            except (OSError, LookupError) as exc:
                raise SnapshotUnsupported(_unreadable(exc)) from None

    elif source.member is not None:
        with source.open_binary() as f:
            data = f.read()
    frame, shape = _read(data, plan, wanted, utf8=plan.encoding in _UTF8, shape_of=shape_of)
    if shape.utf8 is False:  # a byte invalid in UTF-8: each such line reported, read again
        data, in_place = _mended(source, plan.encoding, report), False
        frame, shape = _read(data, plan, wanted, utf8=False)
    if isinstance(frame, Exception):
        check_snapshot(source, plan, 0, shape)  # a runaway quote?
        raise SnapshotUnsupported(_unreadable(frame))
    # a runaway quote or a sea of blank lines is refused as the store importer refuses it
    check_snapshot(source, plan, frame.height + plan.has_header, shape)
    if frame.width != len(wanted):
        raise SnapshotUnsupported(
            CatalogueTexts.tr(
                "only {got} of the {wanted} mapped columns could be read",
                got=frame.width,
                wanted=len(wanted),
            )
        )
    frame = compact_cells(
        frame.rename(dict(zip(frame.columns, [f"c{i}" for i in wanted], strict=True)))
    )

    def cell(field: str, n: int = 0) -> pl.Expr:
        ix = cols.columns.get(field, ())
        return text_cell(ix[n]) if len(ix) > n else pl.lit("")

    frame = frame.with_columns(
        cell("sku").str.strip_chars().alias("_sku"),
        price_values(cell("customer_price"), cols.decimal_comma.get("customer_price", False)).alias(
            "_price"
        ),
    )
    read = frame.height
    counts = shape.records
    # each line one record: rows are read back from the file by these offsets once settled
    starts = shape.starts if in_place and read + plan.has_header == shape.lines else None
    del shape  # (its counts live on in the frame only until the filter)
    if counts.height != read:  # (the lines do not line up)
        counts = unknown_counts(frame, wanted, 1 + plan.has_header)
    frame = frame.with_row_index("_rec").hstack(counts)
    del counts
    found = record_problems(frame, plan, wanted) if report is not None else []
    misshapen_rows = frame.select(misshapen(plan).sum()).item()
    usable = (c("_sku") != "") & c("_price").is_not_null() & ~misshapen(plan)
    frame = frame.filter(usable)
    later = None
    if report is not None:  # (the kept rows' cells: shared with the snapshot's, not copied)
        kept = frame.select("_line", "_sku", *(c(f"c{i}") for i in LaterChecks.columns(plan)))
        later = LaterChecks(kept, plan, found, report)
    frame = frame.drop("_n", "_long", "_line")
    unusable = read - frame.height
    frame = frame.with_row_index("_id", offset=1)  # ids as the store numbers its rows
    # duplicate SKUs (compared case-insensitively, like the store): the last row wins
    key = c("_sku")
    if frame.select(key.str.contains(r"\p{Ll}").any()).item():
        key = key.str.to_lowercase()  # only then: lower-casing a million SKUs costs 0.1 s
    if frame.select(key.n_unique()).item() < frame.height:
        frame = frame.unique(subset=key, keep="last", maintain_order=True)
    frame = frame.select("_id", "_price", "_rec", *[c(f"c{i}") for i in wanted])
    if scan:
        frame = frame.insert_column(0, search_column(frame, cols))
    snap = Snapshot(
        frame, plan, wanted, currency, categories, unusable, file=(source.path, starts),
        source=source,
    )  # fmt: skip
    snap.rows_misshapen = misshapen_rows
    return snap, later


def snapshot_of(
    price_file: Path,
    *,
    mappings_from: Path | None = None,
    mapping: UserMapping | None = None,
    category_file: Path | None = None,
    currency: str = "EUR",
) -> Snapshot:
    """Plan and read ``price_file`` in one call (remembered mappings come from the store at
    ``mappings_from``). Raises what planning raises (``MappingRequired``…) and
    ``SnapshotUnsupported``."""
    from .side_files import read_categories

    source = open_source(Path(price_file))
    conn = sqlite3.connect(":memory:") if mappings_from is None else connect(Path(mappings_from))
    try:
        if mappings_from is None:
            ensure_base(conn)
        plan = plan_import(conn, source, mapping)
    finally:
        conn.close()
    categories = read_categories(Path(category_file), ImportReport()) if category_file else None
    return build_snapshot(source, plan, currency=currency, categories=categories)[0]
