"""Choosing a language under View › Language also chooses how numbers, money and dates are
written: the Xvfb pass in German found "UVP €1,041.90" (read in Germany as one euro four) and
"Preisdatei vom 12/4/2026, 2:05 AM" on an English system."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale

from ingram_desk.ui import formats
from ingram_desk.ui.i18n import _formats_locale, install_language


def test_each_language_writes_money_dates_and_times_its_own_way(qapp: Any, tmp_path: Path) -> None:
    price, day, at = Decimal("1041.90"), date(2026, 12, 4), datetime(2026, 12, 4, 14, 5)
    expected = {
        "de": ("1.041,90\u00a0€", "04.12.2026", "14:05"),
        "nl": ("€\u00a01.041,90", "04-12-2026", "14:05"),
        "fr": ("1\u202f041,90\u00a0€", "04/12/2026", "14:05"),
        "en": ("€1,041.90", "12/4/2026", "2:05\u202fPM"),
    }
    try:
        for language, (money, day_text, time_text) in expected.items():
            install_language(qapp, language, tmp_path / "i18n")
            got = (formats.money(price, "EUR"), formats.date_text(day), formats.time_text(at))
            norm = [g.replace(" ", "\u00a0") for g in got]
            assert norm == [e.replace(" ", "\u00a0") for e in (money, day_text, time_text)], (
                language,
                got,
            )
    finally:
        install_language(qapp, "en", tmp_path / "i18n")


def test_the_system_setting_and_a_system_that_speaks_the_language_keep_the_systems_own() -> None:
    austria = QLocale("de_AT")
    assert _formats_locale("de", "de", austria) is None  # Austrian formats, German words
    assert _formats_locale("system", "de", QLocale("de_CH")) is None
    assert _formats_locale("de", "de", QLocale("en_GB")).name() == "de_DE"
    assert _formats_locale("fr", "fr", QLocale("de_CH")).name() == "fr_FR"


def test_qts_own_counts_group_digits_as_the_formats_do(qapp: Any, tmp_path: Path) -> None:
    """``%Ln`` (the catalogue's "1,000,000 products", the import report) is written by Qt's
    default locale: on a system naming no locale ("C", as under Xvfb without ``LANG``) it
    wrote "1000000 products" beside the formats' "1,000,000 rows"."""
    from ingram_desk.ui.tabs.catalogue_tab import CatalogueTab

    system = QLocale.system()
    try:
        for language in ("en", "de", "nl", "fr"):
            install_language(qapp, language, tmp_path / "i18n")
            counted = CatalogueTab.tr("%Ln product(s) · {elapsed} ms", "", 1_000_000)
            assert formats.quantity(1_000_000) in counted, (language, counted)
        formats.set_locale(QLocale.c())  # (a "C" locale chosen, as a system naming none)
        assert QLocale().toString(1_000_000) == formats.quantity(1_000_000) == "1,000,000"
    finally:
        install_language(qapp, "en", tmp_path / "i18n")
    assert QLocale().language() in (system.language(), QLocale.Language.English)


def test_the_import_dialog_names_each_phase_in_the_clerks_language(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    """The phase of an import ("indexing", "reading") came as the engine names it, in English
    in every language ("Jetzt durchsuchbar … — indexing: 1.000.000 Zeilen")."""
    from ingram_desk.catalogue.report import ImportProgress
    from ingram_desk.ui.dialogs.import_dialog import ImportDialog

    expected = {"de": ("Einlesen", "Indexierung"), "nl": ("Inlezen", "indexeren"),
                "fr": ("Lecture", "indexation"), "en": ("Reading", "indexing")}  # fmt: skip
    try:
        for language, (reading, indexing) in expected.items():
            install_language(qapp, language, tmp_path / "i18n")
            dialog = ImportDialog("PRICE.TXT")
            qtbot.addWidget(dialog)
            dialog.show_progress(ImportProgress("reading", 500_000, 150, 300, 4e5, 2.0))
            assert dialog.phase.text().startswith(reading), dialog.phase.text()
            dialog.show_progress(ImportProgress("searchable", 1_000_000, 0, 0, 0.0, None))
            dialog.show_progress(ImportProgress("indexing", 1_000_000, 10, 10, 0.0, None))
            text = dialog.phase.text()
            assert indexing in text and "indexing" not in text.replace(indexing, ""), text
            assert formats.quantity(1_000_000) in text, text
    finally:
        install_language(qapp, "en", tmp_path / "i18n")


def test_the_import_report_names_the_files_layout_in_the_clerks_language(
    qapp: Any, tmp_path: Path
) -> None:
    """The report said "Layout dach_impulse" (the importer's own name) in every language."""
    from types import SimpleNamespace

    from ingram_desk.catalogue.report import ImportReport
    from ingram_desk.ui.dialogs.import_dialog import report_html

    names = {"de": "DACH-Impulse-Preisliste", "nl": "DACH Impulse-prijslijst",
             "fr": "liste de prix DACH Impulse", "en": "DACH Impulse price list"}  # fmt: skip
    report = ImportReport(source="PL.csv", layout="dach_impulse", encoding="cp1252")
    outcome = SimpleNamespace(report=report, changes=SimpleNamespace(counts={}))
    try:
        for language, name in names.items():
            install_language(qapp, language, tmp_path / "i18n")
            html = report_html(outcome)
            assert name in html and "dach_impulse" not in html, (language, html)
    finally:
        install_language(qapp, "en", tmp_path / "i18n")


def test_the_import_report_is_the_command_lines_in_the_clerks_language(
    qapp: Any, tmp_path: Path
) -> None:
    """The dialog and ``catalogue import`` say one report (``services.import_texts``): in
    German its seconds with a decimal comma, its counts grouped by dots, what changed."""
    from ingram_desk.catalogue.query import ChangeSummary
    from ingram_desk.catalogue.report import ImportReport
    from ingram_desk.services.catalogue_service import ImportOutcome
    from ingram_desk.services.import_texts import change_lines, changes_heading, details
    from ingram_desk.ui.dialogs.import_dialog import report_html

    report = ImportReport(
        source="PL.csv", layout="dach_impulse", encoding="cp1252", rows_imported=1_234_567,
        rows_skipped=1, seconds=12.34, previous_rows=10, categories_loaded=2_000,
    )  # fmt: skip
    changes = ChangeSummary(counts={"new": 1_500, "price_up": 1, "removed": 0})
    outcome = ImportOutcome(report, changes, None)  # type: ignore[arg-type]
    english = f"{details(report)} {changes_heading(report, changes)} " + " ".join(
        change_lines(changes)
    )
    assert english == (
        "Layout DACH Impulse price list, Windows-1252; 12.3 s. 1 row skipped, 0 duplicates "
        "replaced, 2,000 categories. What changed since the previous file 1,500 new articles "
        "1 price rise"
    )
    try:
        install_language(qapp, "de", tmp_path / "i18n")
        html = report_html(outcome)
        for said in ("1.234.567 Artikel aus PL.csv importiert", "12,3 s.",
                     "1 Zeile übersprungen, 0 Duplikate ersetzt, 2.000 Kategorien.",
                     "Was sich seit der vorigen Datei geändert hat",
                     ">1.500 neue Artikel</a></li><li><a href='changes:price_up'>1 Preiserhöhung<"):  # fmt: skip
            assert said in html, (said, html)
    finally:
        install_language(qapp, "en", tmp_path / "i18n")
