"""The import dialog's progress as a big import goes: read (rows, rate, time left), searchable
(the rate of the read is over), kept (closing the app no longer loses it), done."""

from __future__ import annotations

from typing import Any

from ingram_desk.catalogue.report import ImportProgress
from ingram_desk.ui.dialogs.import_dialog import ImportDialog


def _tick(phase: str, rows: int, done: int = 0, total: int = 0, rate: float = 0.0) -> Any:
    return ImportProgress(phase, rows, done, total, rate, 2.0 if rate else None)


def test_the_dialog_says_searchable_then_kept_and_never_a_rate_after_the_read(qtbot: Any) -> None:
    """Once searchable it says, for as long as the import runs, that the window may be closed,
    and offers Close beside "Cancel the import" (a lone "Cancel" was the only button)."""
    dialog = ImportDialog("PRICE.TXT")
    qtbot.addWidget(dialog)
    dialog.show()
    # till a tick counts the bytes read (a big file's read sends none) the clerk sees it read
    assert dialog.phase.text() == "Reading the price file…" and dialog.bar.maximum() == 0
    dialog.show_progress(_tick("reading", 500_000, 150, 300, 400_000.0))
    assert "400,000 rows/s" in dialog.rate.text() and dialog.bar.value() == 500
    assert dialog.bar.maximum() == 1000
    assert not dialog.kept.isVisible()
    assert dialog.cancel_button.isVisible() and not dialog.close_button.isVisible()
    dialog.show_progress(_tick("searchable", 1_000_000))
    assert "1,000,000 products are searchable now" in dialog.phase.text()
    assert dialog.bar.maximum() == 0  # busy while the full index is built
    # told it may close the window, the clerk finds a Close beside "Cancel the import"
    assert dialog.hint.isVisible() and "close this window" in dialog.hint.text()
    assert dialog.close_button.isVisible() and dialog.cancel_button.isVisible()
    assert dialog.cancel_button.text() == "Cancel the import"
    dialog.show_progress(_tick("kept", 1_000_000))
    assert dialog.kept.isVisible() and "finishes at its next start" in dialog.kept.text()
    # the commit's first tick counts its rows at once: no rate of billions of rows a second
    dialog.show_progress(_tick("indexing", 1_000_000, 10, 10, 2.4e11))
    assert "indexing: 1,000,000 rows" in dialog.phase.text() and dialog.rate.text() == ""
    assert dialog.kept.isVisible()
    assert dialog.hint.isVisible()  # (the phase's ticks wiped it within a second)
    assert dialog.bar.maximum() == 0
    dialog.show_failure("Not imported: cancelled.")
    assert dialog.bar.maximum() == 1000
    assert not dialog.rate.isVisible()  # (the read's rate is over)
    assert not dialog.kept.isVisible()  # nothing is kept of an import that ended without
    assert not dialog.hint.isVisible() and not dialog.cancel_button.isVisible()
    assert dialog.close_button.isVisible()


def test_the_report_shows_a_file_named_like_html_as_named(qtbot: Any) -> None:
    """The file's name, a row's reason and a warning go into the report's HTML as text."""
    from ingram_desk.catalogue.query import ChangeSummary
    from ingram_desk.catalogue.report import ImportReport
    from ingram_desk.services.catalogue_service import ImportOutcome

    report = ImportReport(source="<b>a&b</b>.csv", layout="header_csv", encoding="utf-8",
                          rows_imported=2, warnings=["<i>odd</i>"])  # fmt: skip
    report.add_problem(3, "price '<1>' unreadable")
    dialog = ImportDialog("<b>a&b</b>.csv")
    qtbot.addWidget(dialog)
    dialog.show_outcome(ImportOutcome(report, ChangeSummary(), None))  # type: ignore[arg-type]
    text = dialog.report.toPlainText()
    assert "Imported 2 products from <b>a&b</b>.csv" in text
    assert "<i>odd</i>" in text and "price '<1>' unreadable" in text


def test_a_refused_file_shows_no_rate_and_import_anyway_shows_it_again(qtbot: Any) -> None:
    """A file refused at once said "0 rows/s" under its reason."""
    dialog = ImportDialog("PRICE.ZIP")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_progress(_tick("reading", 0, 0, 300, 0.0))
    assert dialog.rate.isVisible() and "0 rows/s" in dialog.rate.text()
    dialog.show_failure("Not imported: far fewer rows than before.", can_force=True)
    assert not dialog.rate.isVisible() and dialog.force_button.isVisible()
    dialog.force_button.click()
    assert dialog.rate.isVisible() and dialog.rate.text() == ""
    dialog.show_progress(_tick("reading", 500_000, 150, 300, 400_000.0))
    assert "400,000 rows/s" in dialog.rate.text()
