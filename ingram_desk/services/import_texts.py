"""What an import says while it runs and when it ends, as phrases (``domain.phrase``), written once.

The import dialog shows them in the clerk's language (``ui.domain_texts.phrase_text``);
``catalogue import`` prints them as they are, in English: the same phases, the same names of the
file's layout, the same report and the same summary of what changed since the previous file.
"""

from __future__ import annotations

from ingram_desk.catalogue.query import ChangeSummary
from ingram_desk.catalogue.report import ImportProgress, ImportReport
from ingram_desk.domain.phrase import CatalogueTexts, Phrase

__all__ = [
    "change_line",
    "change_lines",
    "changes_heading",
    "details",
    "headline",
    "layout_name",
    "phase_name",
    "progress_line",
    "rate_line",
    "searchable_line",
    "sentence",
]


def phase_name(phase: str) -> str:
    """A progress phase (``ImportProgress.phase``) as the import names it; an unknown one as
    it came."""
    names = {
        "reading": CatalogueTexts.tr("reading"),
        "indexing": CatalogueTexts.tr("indexing"),
        "swapping": CatalogueTexts.tr("swapping in"),
        "done": CatalogueTexts.tr("done"),
    }
    return names.get(phase, phase)


def layout_name(layout: str) -> str:
    """The importer's layout (``ImportReport.layout``) by its name, not its id."""
    names = {
        "dach_impulse": CatalogueTexts.tr("DACH Impulse price list"),
        "header_csv": CatalogueTexts.tr("CSV with a header row"),
        "na_price_txt": CatalogueTexts.tr("North American PRICE.TXT"),
        "mapped": CatalogueTexts.tr("your column mapping"),
        "stock": CatalogueTexts.tr("hourly stock file"),
    }
    return names.get(layout, layout)


# encodings by the names Windows and text editors give them
_ENCODINGS = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8", "cp1252": "Windows-1252", "latin-1": "ISO 8859-1",
    "utf-16": "UTF-16", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
}  # fmt: skip


def encoding_name(encoding: str) -> str:
    """The importer's encoding (``ImportReport.encoding``) as a clerk knows it."""
    return _ENCODINGS.get(encoding.lower(), encoding)


def sentence(text: str) -> str:
    """``text`` with its first letter upper case (a phase name opening a line)."""
    return text[:1].upper() + text[1:]


def progress_line(tick: ImportProgress, searchable: bool) -> Phrase:
    """Where the import is: its phase and rows; once the new catalogue answers searches, that
    it does (the rest builds the full index)."""
    if searchable:
        return CatalogueTexts.tr(
            "Searchable now · building the full index — {phase}: {rows:,} rows",
            phase=phase_name(tick.phase),
            rows=tick.rows,
        )
    return CatalogueTexts.tr("{phase}: {rows:,} rows", phase=phase_name(tick.phase), rows=tick.rows)


def rate_line(tick: ImportProgress) -> Phrase:
    """The read's pace and the time it has left (only the read has a pace worth saying)."""
    rate = CatalogueTexts.tr(
        "{rows_per_second:,} rows/s", rows_per_second=round(tick.rows_per_second)
    )
    if not tick.eta_seconds:
        return rate
    left = CatalogueTexts.tr(", about {seconds:,} s left", seconds=round(tick.eta_seconds))
    return Phrase.join([rate, left], "")


def searchable_line(rows: int) -> Phrase:
    """The new catalogue answers searches; what is left to do."""
    return CatalogueTexts.tr(
        "{rows:,} products are searchable now. Building the full index (change history, import report).",
        rows=rows,
    )


def headline(report: ImportReport) -> Phrase:
    return CatalogueTexts.tr(
        "Imported %Ln product(s) from {source}", "", report.rows_imported, source=report.source
    )


def details(report: ImportReport) -> Phrase:
    """The file's layout, encoding and time, the rows left out or replaced, what else came
    with it (stock, categories): one line."""
    counts = [
        CatalogueTexts.tr("%Ln row(s) skipped", "", report.rows_skipped),
        CatalogueTexts.tr("%Ln duplicate(s) replaced", "", report.duplicates_replaced),
    ]
    if report.stock_rows_applied:
        counts.append(
            CatalogueTexts.tr("stock applied to {rows:,}", rows=report.stock_rows_applied)
        )
    if report.stock_rows_unknown:
        counts.append(
            CatalogueTexts.tr("%Ln unknown SKU(s) in the stock file", "", report.stock_rows_unknown)
        )
    if report.categories_loaded:
        counts.append(CatalogueTexts.tr("%Ln categor(y|ies)", "", report.categories_loaded))
    layout = CatalogueTexts.tr(
        "Layout {layout}, {encoding}; {seconds:.1f} s.",
        layout=layout_name(report.layout),
        encoding=encoding_name(report.encoding),
        seconds=report.seconds,
    )
    return Phrase.join([layout, " ", Phrase.join(counts, ", "), "."], "")


def change_line(kind: str, n: int) -> Phrase:
    """``n`` changes of one kind since the previous file: ``3 price rises`` (a kind without a
    text here by its id)."""
    texts = {
        "new": lambda: CatalogueTexts.tr("%Ln new article(s)", "", n),
        "removed": lambda: CatalogueTexts.tr("%Ln removed article(s)", "", n),
        "price_up": lambda: CatalogueTexts.tr("%Ln price rise(s)", "", n),
        "price_down": lambda: CatalogueTexts.tr("%Ln price cut(s)", "", n),
        "back_in_stock": lambda: CatalogueTexts.tr("%Ln back in stock", "", n),
        "out_of_stock": lambda: CatalogueTexts.tr("%Ln out of stock", "", n),
    }
    return texts[kind]() if kind in texts else Phrase.join([f"{n:,}", kind], " ")


def change_lines(changes: ChangeSummary) -> list[Phrase]:
    """One line per kind of change since the previous file that happened (``change_line``)."""
    return [change_line(kind, n) for kind, n in changes.counts.items() if n]


def changes_heading(report: ImportReport, changes: ChangeSummary) -> Phrase | None:
    """What heads ``change_lines``, or says there are none; ``None`` for a first import."""
    if any(changes.counts.values()):
        return CatalogueTexts.tr("What changed since the previous file")
    if report.previous_rows:
        return CatalogueTexts.tr("Nothing changed since the previous file.")
    return None
