"""What the order journal says about an order (its events' reasons, its last error) is stored as
an English template with its values: the window says it in the clerk's language, while the log
and the command line keep the English text (the Order tab and CLI case: tests/ui/test_order_tab)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale

from ingram_desk.domain.errors import BadRequestError
from ingram_desk.domain.phrase import JournalTexts
from ingram_desk.ui import formats
from ingram_desk.ui.domain_texts import phrase_text
from ingram_desk.ui.i18n import install_language


def test_an_errors_one_line_kept_by_the_journal_reads_in_dutch_with_its_correlation_id(
    qapp: Any, tmp_path: Path
) -> None:
    error = BadRequestError(
        "Ingram answered {status} {description}",
        values={"status": 400, "description": "Bad Request"},
        correlation_id="abc123",
    )
    reason = JournalTexts.tr("rejected by Ingram: {error}", error=error.phrase())
    assert (
        str(reason) == "rejected by Ingram: Ingram answered 400 Bad Request (correlation id abc123)"
    )
    try:
        assert install_language(qapp, "nl", tmp_path / "i18n") == "nl"
        formats.set_locale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        shown = phrase_text(reason)
        assert shown.startswith("geweigerd door Ingram: "), shown
        assert shown.endswith("(correlatie-id abc123)"), shown
        plural = JournalTexts.tr("%n line(s) rejected by Ingram ({reasons})", "", 3, reasons="…")
        assert phrase_text(plural) == "3 regels geweigerd door Ingram (…)"
        assert phrase_text("an older row's plain text") == "an older row's plain text"
    finally:
        install_language(qapp, "en", tmp_path / "i18n")
        formats.set_locale(None)


def test_a_kept_stock_files_time_reads_as_the_locale_writes_it(qapp: Any, tmp_path: Path) -> None:
    """A warning the import kept names the stock file's time as the locale writes it, not as ISO."""
    from ingram_desk.domain.phrase import CatalogueTexts

    warning = CatalogueTexts.tr(
        "stock kept from the stock file of {when} (newer)", when="2026-01-15T09:00:04"
    )
    try:
        assert install_language(qapp, "de", tmp_path / "i18n") == "de"
        formats.set_locale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        shown = phrase_text(warning)
        assert "15.01." in shown and "09:00" in shown and "T09" not in shown, shown
        assert phrase_text(CatalogueTexts.tr("{when}", when="not a time")) == "not a time"
    finally:
        install_language(qapp, "en", tmp_path / "i18n")
        formats.set_locale(None)
