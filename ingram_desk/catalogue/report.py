"""What an import tells its caller: progress ticks, the final report, and the typed refusals."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ingram_desk.domain.phrase import CatalogueTexts

__all__ = [
    "MAX_PROBLEMS",
    "MAX_UNUSABLE_SHARE",
    "MIN_ROW_RATIO",
    "CancelFlag",
    "CatalogueImportError",
    "ImportCancelled",
    "ImportProgress",
    "ImportReport",
    "Problem",
    "ProgressCallback",
    "SanityGateError",
    "sanity_gate",
]

#: Problems kept in a report (the count of all of them is kept too).
MAX_PROBLEMS = 200


@dataclass(frozen=True, slots=True)
class Problem:
    """One bad or suspicious input line: skipped rows and accepted-with-warning rows alike."""

    line: int
    reason: str
    skipped: bool = True

    def as_dict(self) -> dict[str, Any]:
        return {"line": self.line, "reason": self.reason, "skipped": self.skipped}


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """A progress tick: ``phase`` is reading → indexing → swapping → done; a big file's import
    also says "searchable" (its snapshot answers searches from then on) and "kept" (its file is
    on disk: a stopped import finishes at the next start). ``services.import_texts`` says them."""

    phase: str
    rows: int
    bytes_read: int
    bytes_total: int
    rows_per_second: float
    eta_seconds: float | None


ProgressCallback = Callable[[ImportProgress], None]
#: Anything with ``is_set()`` (``threading.Event``, ``multiprocessing.Event``).
CancelFlag = threading.Event


@dataclass(slots=True)
class ImportReport:
    """The outcome of an import, also the JSON of ``ingram-desk catalogue import --json``."""

    source: str = ""
    layout: str = ""
    encoding: str = ""
    delimiter: str = ""
    rows_imported: int = 0
    rows_skipped: int = 0
    rows_without_sku_or_price: int = 0
    duplicates_replaced: int = 0
    previous_rows: int = 0
    stock_rows_applied: int = 0
    stock_rows_unknown: int = 0
    categories_loaded: int = 0
    seconds: float = 0.0
    seconds_until_searchable: float = 0.0
    generation: int = 0
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    warnings: list[str] = field(default_factory=list)

    def add_problem(self, line: int, reason: str, *, skipped: bool = True) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(line, reason, skipped))

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "layout": self.layout,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "rows_imported": self.rows_imported,
            "rows_skipped": self.rows_skipped,
            "duplicates_replaced": self.duplicates_replaced,
            "previous_rows": self.previous_rows,
            "stock_rows_applied": self.stock_rows_applied,
            "stock_rows_unknown": self.stock_rows_unknown,
            "categories_loaded": self.categories_loaded,
            "seconds": round(self.seconds, 3),
            "seconds_until_searchable": round(self.seconds_until_searchable, 3),
            "generation": self.generation,
            "problems": [p.as_dict() for p in self.problems],
            "problem_count": self.problem_count,
            "warnings": list(self.warnings),
        }


class CatalogueImportError(Exception):
    """An import that could not produce a catalogue; the previous one is untouched.

    Its one argument is the message, a ``Phrase`` where the import words it: ``str()`` is the
    English (log, CLI), the window shows it in the user's language."""


class ImportCancelled(CatalogueImportError):
    """The cancel flag was set; nothing changed."""


class CatalogueBusy(CatalogueImportError):
    """Another process (a second app window, ``ingram-desk catalogue``) is writing this
    catalogue: an import or a stock file; nothing changed, and its import is left alone."""


class SanityGateError(CatalogueImportError):
    """The new file looks wrong (far fewer rows, most rows unusable); pass ``force=True`` to insist.

    ``report`` describes what was read; the previous catalogue is still the live one.
    """

    def __init__(self, message: str, report: ImportReport) -> None:
        super().__init__(message)
        self.report = report

    def __reduce__(self) -> tuple[Any, ...]:  # picklable across the import subprocess
        return (type(self), (self.args[0], self.report))


class ProgressMeter:
    """Turns row/byte counts into throttled ``ImportProgress`` ticks (rate and ETA from bytes)."""

    def __init__(self, callback: ProgressCallback | None, bytes_total: int) -> None:
        self.callback = callback
        self.bytes_total = bytes_total
        self.started = time.perf_counter()
        self._last = 0.0

    def tick(self, phase: str, rows: int, bytes_read: int, *, force: bool = False) -> None:
        if self.callback is None:
            return
        now = time.perf_counter()
        if not force and now - self._last < 0.1:
            return
        self._last = now
        elapsed = max(now - self.started, 1e-6)
        eta = None
        if phase == "reading" and bytes_read > 0 and self.bytes_total > 0:
            eta = max(0.0, elapsed * (self.bytes_total - bytes_read) / bytes_read)
        self.callback(
            ImportProgress(phase, rows, bytes_read, self.bytes_total, rows / elapsed, eta)
        )


#: The gate refuses a file with fewer rows than this share of the live catalogue.
MIN_ROW_RATIO = 0.5
#: The gate refuses a file where more than this share of rows lack a SKU or a price ("most").
MAX_UNUSABLE_SHARE = 0.5


def sanity_gate(report: ImportReport, force: bool) -> None:
    """Raise ``SanityGateError`` unless ``report`` looks like a whole, usable price file."""
    read = report.rows_imported + report.rows_skipped
    if report.rows_imported == 0:
        raise SanityGateError(
            CatalogueTexts.tr(
                "{source}: no usable rows; catalogue not replaced", source=report.source
            ),
            report,
        )
    if force:
        return
    if report.previous_rows and report.rows_imported < MIN_ROW_RATIO * report.previous_rows:
        raise SanityGateError(
            CatalogueTexts.tr(
                "file looks incomplete ({rows} rows vs {previous} in the current catalogue);"
                " catalogue not replaced (use force to import it anyway)",
                rows=report.rows_imported,
                previous=report.previous_rows,
            ),
            report,
        )
    if report.rows_without_sku_or_price > MAX_UNUSABLE_SHARE * read:
        raise SanityGateError(
            CatalogueTexts.tr(
                "{unusable} of {read} rows lack a SKU or price; catalogue not replaced (use force"
                " to import it anyway)",
                unusable=report.rows_without_sku_or_price,
                read=read,
            ),
            report,
        )
