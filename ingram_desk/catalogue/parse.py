"""Parse: a planned price file read by polars into the columns of a new ``Snapshot``.

polars reads only the mapped columns, as text; SKU and customer price are read at once (rows
lacking either are left out, duplicates keep the last row), each row's search text is built
(``search_text``) and, with a report, every skipped row and every value left empty is reported
with its line (``problems``). A ZIP member is unpacked to a private temporary file that polars
maps (``SourceFile.on_disk``). Files in another encoding (cp1252, latin-1, UTF-16) are
re-encoded to UTF-8 in memory in one streaming pass first (``_as_utf8``; a single-byte one's
shape is counted on the file meanwhile), so every encoding takes this path; a file with a
byte invalid in its encoding is read line by line instead, each such line reported and read
as cp1252 (``_mended``), and so is a file whose quotes polars reads otherwise than the csv
module (an inch mark inside a cell: ``quotes``), each record holding a quote then written
again as the csv module reads it; ``SnapshotUnsupported`` means a file polars cannot read.
"""

from __future__ import annotations

import codecs
import csv
import io
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from ingram_desk.domain.phrase import CatalogueTexts, Phrase

from .detect import ImportPlan, plan_import
from .file_lines import FileLines, scan_lines
from .heap import big_blocks_reused
from .layouts import UserMapping
from .problems import LaterChecks, blank, misshapen, record_problems, sku_text, unknown_counts
from .quotes import quotes_misread, requoted, unpaired_quotes
from .report import ImportReport
from .rows import SHOWN_ONLY
from .runaway import check_snapshot
from .schema import connect, ensure_base
from .search_index import per_core
from .search_text import field_cell, search_expr
from .side_files import CategoryTable
from .snapshot import Snapshot
from .sniff import SourceFile, iter_lines, open_source
from .values import prices

__all__ = ["SnapshotUnsupported", "build_snapshot", "snapshot_of", "unreadable"]

_UTF8 = ("utf-8", "utf-8-sig")
#: encodings whose line breaks, quotes and delimiters are the same bytes as in UTF-8, one byte a
#: character: the file's shape is counted on the file itself while it is re-encoded
_SINGLE_BYTE = ("cp1252", "latin-1")
#: bytes re-encoded at a time: each chunk's bytes, text and UTF-8 stay under glibc's mmap
#: threshold as ``heap`` fixes it (128 KB), so they reuse the same heap pages (16 MB chunks were
#: fresh pages each, ~100k page faults at 150 MB), and the GIL is let go between chunks for the
#: shape count beside it
_TRANSCODE_CHUNK = 64 << 10
_READ_AGAIN_CHUNK = 4 << 20  # (read again beside the whole snapshot: a smaller buffer)
#: a column with at most ``_FEW`` distinct cells in its first ``_SAMPLE`` rows is read as
#: categories (``_few_valued``), sampled from the first ``_SAMPLE_BYTES`` of the data (reading
#: the sample from the file's path cost polars 0.05-0.1 CPU-s, from these bytes 15 ms)
_FEW, _SAMPLE, _SAMPLE_BYTES = 2000, 20_000, 8 << 20
c = pl.col


class SnapshotUnsupported(ValueError):
    """The file cannot be read into a snapshot (encoding, container): the import reports it.
    Its message is a ``CatalogueTexts`` phrase, so the import dialog says it in the user's
    language (the log and the command line keep the English)."""


def unreadable(exc: BaseException) -> Phrase:
    """Why the file cannot be read; the reader's own words stay as they are (a detail), on
    one line (polars' run over many, with advice for programmers after a blank line), or
    our own phrase where the error carries one (``DamagedArchive``)."""
    said = exc.args[0] if exc.args else None
    error = said if isinstance(said, Phrase) else " ".join(str(exc).split("\n\n")[0].split())
    return CatalogueTexts.tr("cannot read the file: {error}", error=error)


def _as_utf8(
    source: SourceFile, encoding: str, report: ImportReport | None
) -> tuple[io.BytesIO, bool]:
    """The file re-encoded to UTF-8 (``_utf8_chunks``) and whether it was mended: a file with
    a byte its encoding does not define is read again line by line (``_mended``)."""
    out = io.BytesIO()
    try:
        for chunk in _utf8_chunks(source, encoding):
            out.write(chunk)
    except UnicodeDecodeError:
        return _mended(source, encoding, report), True
    out.seek(0)
    return out, False


def _utf8_chunks(
    source: SourceFile, encoding: str, size: int = _TRANSCODE_CHUNK
) -> Iterator[bytes]:
    """The file as UTF-8 (BOM left out), read and converted ``size`` bytes at a time; raises
    ``UnicodeDecodeError`` at a byte its encoding does not define."""
    decoder = codecs.getincrementaldecoder(encoding)()
    first = True
    with source.open_binary() as f:
        while True:
            chunk = f.read(size)
            text = decoder.decode(chunk, final=not chunk)
            if first and text:
                text, first = text.removeprefix("\ufeff"), False
            yield text.encode("utf-8")
            if not chunk:
                return


@dataclass(frozen=True, slots=True)
class _ReadAgain:
    """The bytes the file's shape was counted on, read again (the rows' store is cut from
    them once the snapshot settles, ``row_blocks``): the file itself where it is UTF-8 or
    ``own`` (a single-byte file counted as it is), else re-encoded as ``_as_utf8`` or
    ``_mended`` did."""

    source: SourceFile
    encoding: str
    mended: bool
    own: bool = False
    requote: str | None = None

    def __call__(self) -> Iterator[bytes]:
        if self.own:
            yield from _file_chunks(self.source)
        elif self.mended:
            yield from _mended_chunks(self.source, self.encoding, None, self.requote)
        elif self.encoding in _UTF8:
            yield from _file_chunks(self.source)
        else:
            yield from _utf8_chunks(self.source, self.encoding, _READ_AGAIN_CHUNK)


def _file_chunks(source: SourceFile) -> Iterator[memoryview]:
    """The file's bytes a chunk at a time, read into one buffer: a chunk holds until the next
    is asked for (the rows' store copies it at once). A fresh ``bytes`` a read was a fresh
    mapping whose pages all faulted in: ~65k page faults for a file of 270 MB."""
    buf = bytearray(_READ_AGAIN_CHUNK)
    view = memoryview(buf)
    with source.open_binary() as f:
        while size := f.readinto(buf):
            yield view[:size]


def _mended(
    source: SourceFile, encoding: str, report: ImportReport | None, requote: str | None = None
) -> io.BytesIO:
    """The file read line by line (``_mended_chunks``), whole."""
    out = io.BytesIO()
    for chunk in _mended_chunks(source, encoding, report, requote):
        out.write(chunk)
    out.seek(0)
    return out


def _mended_chunks(
    source: SourceFile, encoding: str, report: ImportReport | None, requote: str | None = None
) -> Iterator[bytes]:
    """The file read line by line, as UTF-8 a few MB at a time (the rows' store reads it
    again so, beside the whole snapshot): each line with a byte invalid in its encoding
    reported with its number and read as cp1252 (UTF-16: the bad unit as U+FFFD;
    ``sniff.iter_lines``), as the store read it; with ``requote`` (the delimiter), each
    record holding a quote read as the csv module reads it and written again
    (``quotes.requoted``). Raises ``ValueError`` for a record over several lines the csv
    module refuses."""

    def problem(line: int, reason: str) -> None:
        if report is not None:
            report.add_problem(line, reason, skipped=False)

    with source.open_binary() as f:
        lines = iter_lines(f, encoding, problem)
        if requote is not None:
            lines = requoted(lines, requote, problem)
        batch: list[str] = []
        size = 0
        for text in lines:
            batch.append(text)
            size += len(text)
            if size >= _READ_AGAIN_CHUNK:
                yield "".join(batch).encode("utf-8")
                batch, size = [], 0
        yield "".join(batch).encode("utf-8")


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
    # (the count's numpy arrays reuse the heap's blocks, returned afterwards: ``heap``)
    with big_blocks_reused(), ThreadPoolExecutor(1, thread_name_prefix="file-lines") as pool:
        counting = None
        if shape_of is not None:
            counting = pool.submit(scan_lines, shape_of, plan, utf8=False, encoding=plan.encoding)
        if callable(data):
            data = data()
        if isinstance(data, io.BytesIO):
            # its bytes, shared (``getvalue``, here before any view of them is taken: with
            # one alive, as the sample's or polars' own, it copied them, ~270 MB at 1M rows)
            data = data.getvalue()
        if counting is None:
            counting = pool.submit(scan_lines, data, plan, utf8=utf8)
        frame: pl.DataFrame | Exception
        read = _options(plan, wanted)
        try:
            frame = pl.read_csv(data, schema_overrides=_few_valued(data, read), **read)
        except (pl.exceptions.PolarsError, OSError, ValueError) as exc:
            frame = exc
        try:
            shape = counting.result()
        except OSError as exc:
            raise SnapshotUnsupported(unreadable(exc)) from None
    return frame, shape


def _options(plan: ImportPlan, cells: list[int]) -> dict[str, Any]:
    """How polars reads ``cells`` of the file as ``plan`` says, as text."""
    return {
        "has_header": False,
        "skip_rows": plan.lead,
        "separator": plan.delimiter,
        "quote_char": None if plan.quoting == csv.QUOTE_NONE else '"',
        "columns": cells,
        "infer_schema": False,
        "encoding": "utf8-lossy",
        "truncate_ragged_lines": True,
        "empty_string_is_null": False,
        "raise_if_empty": False,
    }


@dataclass(frozen=True, slots=True)
class _CellsAgain:
    """The cells stage 1 leaves unread (``SHOWN_ONLY``), read whole as the first read read
    the others, from the same bytes (``again``: UTF-8; a UTF-8 file from its path, as then,
    not held whole): for a rows' store that keeps the mapped cells (``rows_store``). ``None``
    if the file cannot be read again."""

    again: _ReadAgain
    plan: ImportPlan

    def __call__(self, cells: list[int]) -> pl.DataFrame | None:
        options = _options(self.plan, cells)
        again = self.again
        try:
            if again.encoding in _UTF8 and not again.mended:
                with again.source.on_disk() as path:
                    frame = pl.read_csv(path, **options)
            else:
                data = io.BytesIO()
                for chunk in again():
                    data.write(chunk)
                frame = pl.read_csv(data.getvalue(), **options)
        except (OSError, ValueError, pl.exceptions.PolarsError):
            return None
        return frame.rename(dict(zip(frame.columns, [f"c{i}" for i in cells], strict=True)))


def _few_valued(data: Path | bytes | io.BytesIO, read: dict[str, Any]) -> dict[str, Any]:
    """The columns read as categories: each with at most ``_FEW`` distinct cells in the first
    ``_SAMPLE`` rows (categories, vendors, dates, stock, columns left empty), as the data's
    first bytes hold them. 4 bytes a row instead of polars' 16-byte string view plus the text,
    made as polars reads: casting the text afterwards took 0.1-0.13 CPU-s more at 1M rows and
    held both forms at once (``text_cell`` reads them as text)."""
    if isinstance(data, Path):
        with open(data, "rb") as f:
            head = f.read(_SAMPLE_BYTES)
    elif isinstance(data, io.BytesIO):
        with data.getbuffer() as view:
            head = bytes(view[:_SAMPLE_BYTES])
    else:
        head = data[:_SAMPLE_BYTES]
    try:  # (its last record may be cut short: a sample only)
        sample = pl.read_csv(head, n_rows=_SAMPLE, **read)
    except (pl.exceptions.PolarsError, OSError, ValueError):
        return {}
    return {
        name: pl.Categorical
        for name in sample.columns
        if sample.get_column(name).n_unique() <= _FEW
    }


def _row_columns(frame: pl.DataFrame, plan: ImportPlan) -> pl.DataFrame:
    """Each row's SKU (``_sku``), customer price (``_price``) and search text (``_text``,
    ``search_text``: what a fresh snapshot is scanned by and its word index cut from). The SKU
    and text are built from the cells in one slice per core at once (polars runs one
    expression over a column on one core), then made one chunk:
    a query's ``select`` copied a chunked column whole. The price rules run as Series calls
    (``values.prices``), which hold the GIL: on this thread over the whole column while
    polars builds the rest on its own threads, not inside each slice's plan, where the slices'
    prices took turns with each other (0.21 s at 1M decimal-comma rows, beside the text: the
    rows' columns ~0.1 s sooner)."""
    cols = plan.columns
    comma = cols.decimal_comma.get("customer_price", False)
    exprs = [sku_text(plan), search_expr(cols, frame)]
    slices = [part.lazy().select(exprs) for part in per_core(frame)]
    with ThreadPoolExecutor(1, thread_name_prefix="row-columns") as pool:
        built = pool.submit(pl.collect_all, slices)
        price = prices(frame.select(field_cell(cols, "customer_price")).to_series(), comma)
        parts = built.result()
    columns = pl.concat(parts, rechunk=True)
    return columns.insert_column(1, price.alias("_price"))


def build_snapshot(
    source: SourceFile,
    plan: ImportPlan,
    *,
    currency: str = "EUR",
    categories: CategoryTable | None = None,
    report: ImportReport | None = None,
) -> tuple[Snapshot, LaterChecks | None]:
    """Read ``source`` as ``plan`` says into a ``Snapshot``. Blocking (polars uses every core).
    With ``report``, each skipped row and each value left empty is reported with its line
    (``problems``): the rows left out now, the rows kept by the ``LaterChecks`` returned,
    whose ``finish`` adds every problem to ``report`` (call it before the snapshot settles).

    Raises ``SnapshotUnsupported`` for files stage 1 cannot read.
    """
    cols = plan.columns
    # the cells read now: all mapped but those only shown (read with the rows' store)
    wanted = sorted(
        {i for f, ix in cols.columns.items() if f not in SHOWN_ONLY for i in ix}
        | {i for i in (cols.in_stock_flag, cols.action) if i is not None}
    )
    cells = sorted({*wanted, *(i for ix in cols.columns.values() for i in ix)})
    data: Any = None
    mended = False
    # a single-byte file's shape is counted on the file itself while it is re-encoded: its
    # record starts are offsets into the file's own bytes, which the rows' store then keeps
    shape_of = source.path if source.as_is and plan.encoding in _SINGLE_BYTE else None
    if plan.encoding not in _UTF8:

        def made() -> io.BytesIO:
            nonlocal mended
            try:
                out, mended = _as_utf8(source, plan.encoding, report)
            except (OSError, LookupError) as exc:
                raise SnapshotUnsupported(unreadable(exc)) from None
            return out

        frame, shape = _read(made, plan, wanted, utf8=False, shape_of=shape_of)
    else:  # (a ZIP member unpacked to a file for the read, not held whole beside the columns)
        try:
            with source.on_disk() as path:
                frame, shape = _read(path, plan, wanted, utf8=True)
        except OSError as exc:  # (the member damaged, the disk full)
            raise SnapshotUnsupported(unreadable(exc)) from None
    if shape.utf8 is False:  # a byte invalid in UTF-8: each such line reported, read again
        data = _mended(source, plan.encoding, report)
        frame, shape = _read(data, plan, wanted, utf8=False)
        mended, shape_of = True, None
    # a runaway quote or a sea of blank lines is refused as the csv module would refuse it;
    # where it read the file, its count of records tells whether polars misread the quotes
    read = None
    if not isinstance(frame, Exception):
        read = check_snapshot(source, plan, frame.height + plan.lead, shape)
    requote = None
    again = _ReadAgain(source, plan.encoding, mended, own=shape_of is not None)
    if plan.quoting != csv.QUOTE_NONE and quotes_misread(
        frame, plan, shape, read, again, again.own
    ):
        # quotes inside cells (inch marks) read as the csv module reads them (lines already
        # mended were reported then)
        try:
            data = _mended(source, plan.encoding, None if mended else report, plan.delimiter)
        except ValueError as exc:  # (the csv module refuses a record over several lines)
            if not isinstance(frame, Exception):  # (polars' reading loses rows: not kept)
                raise SnapshotUnsupported(unreadable(exc)) from None
            # (a runaway quote is told below)
        else:
            frame, shape = _read(data, plan, wanted, utf8=False)
            mended, shape_of, requote = True, None, plan.delimiter
            if not isinstance(frame, Exception):
                check_snapshot(source, plan, frame.height + plan.lead, shape)
    data = None  # (bytes made or unpacked: not held beside the rows' columns made next)
    if isinstance(frame, Exception):
        check_snapshot(source, plan, 0, shape)  # a runaway quote?
        if isinstance(frame, pl.exceptions.PolarsError) and plan.quoting != csv.QUOTE_NONE:
            raise SnapshotUnsupported(unpaired_quotes())
        raise SnapshotUnsupported(unreadable(frame))
    if frame.width != len(wanted):
        raise SnapshotUnsupported(
            CatalogueTexts.tr(
                "only {got} of the {wanted} mapped columns could be read",
                got=frame.width,
                wanted=len(wanted),
            )
        )
    frame = frame.rename(dict(zip(frame.columns, [f"c{i}" for i in wanted], strict=True)))
    frame = frame.hstack(_row_columns(frame, plan))
    read = frame.height
    counts = shape.records
    # the records line up with the rows: the rows' store is cut at their starts once settled
    records = None
    if counts.height == read:
        own = shape_of is not None  # (the file's own bytes: decoded a page at a time)
        again = _ReadAgain(source, plan.encoding, mended, own, requote)
        records = (again, shape.starts, plan.encoding if own else "utf-8")
    del shape  # (its counts live on in the frame only until the filter)
    if counts.height != read:  # (the records do not line up)
        counts = unknown_counts(frame, wanted, 1 + plan.lead)
    frame = frame.with_row_index("_rec").hstack(counts)
    del counts
    found = record_problems(frame, plan, wanted) if report is not None else []
    misshapen_rows = frame.select(misshapen(plan).sum()).item()
    usable = (c("_sku") != "") & c("_price").is_not_null() & ~misshapen(plan)
    # (the few left out only: checking every row for blank costs ~0.1 s a million rows; blank
    # by the cells read: a record holding nothing but links or an Icecat id is blank too)
    blank_lines = frame.filter(~usable).select((blank(wanted) & ~misshapen(plan)).sum()).item()
    frame = frame.filter(usable)
    later = None
    if report is not None:  # (the kept rows' cells: shared with the snapshot's, not copied)
        kept = frame.select("_line", *(c(f"c{i}") for i in LaterChecks.columns(plan)))
        later = LaterChecks(kept, plan, found, report)
    frame = frame.drop("_n", "_long", "_line")
    unusable = read - frame.height - blank_lines
    frame = frame.with_row_index("_id", offset=1)  # ids as the store numbers its rows
    # duplicate SKUs (compared case-insensitively, like the store): the last row wins
    key = c("_sku")
    if frame.select(key.str.contains(r"\p{Ll}").any()).item():
        key = key.str.to_lowercase()  # only then: lower-casing a million SKUs costs 0.1 s
    # (told by the keys' hashes, a sixth of the time comparing the texts took: no hash repeats
    # where no key does, and ``unique`` compares the keys themselves)
    if frame.select(key.hash().n_unique()).item() < frame.height:
        frame = frame.unique(subset=key, keep="last", maintain_order=True)
    frame = frame.select("_text", "_id", "_price", "_rec", *[c(f"c{i}") for i in wanted])
    unread = None
    if len(cells) > len(wanted):
        unread = _CellsAgain(_ReadAgain(source, plan.encoding, mended, False, requote), plan)
    snap = Snapshot(
        frame, plan, cells, currency, categories, unusable, records=records, unread=unread
    )
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
