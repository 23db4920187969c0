"""A phrase's English text (the log, the command line, JSON): its count written in and its
noun counted as English counts it."""

from __future__ import annotations

from ingram_desk.domain.phrase import CatalogueTexts, JournalTexts, from_stored


def test_the_english_text_counts_its_noun() -> None:
    """It read "1 product(s)"; the window's English plural forms come from its translations."""
    assert CatalogueTexts.tr("Imported %Ln product(s) from {f}", "", 1, f="a.csv") == (
        "Imported 1 product from a.csv"
    )
    assert CatalogueTexts.tr("%Ln row(s) skipped", "", 1_234) == "1,234 rows skipped"
    assert CatalogueTexts.tr("%Ln row(s) skipped", "", 0) == "0 rows skipped"
    # a noun English counts by more than an "s": its ending for one and for more ("1 categories")
    assert CatalogueTexts.tr("%Ln categor(y|ies)", "", 1) == "1 category"
    assert CatalogueTexts.tr("%Ln categor(y|ies)", "", 2_000) == "2,000 categories"
    kept = JournalTexts.tr("%n line(s) rejected by Ingram ({reasons})", "", 2, reasons="x")
    again = from_stored(kept.stored())
    assert again == "2 lines rejected by Ingram (x)"
    assert again.template == "%n line(s) rejected by Ingram ({reasons})" and again.count == 2
    # without a count the template is left as written
    assert CatalogueTexts.tr("row(s) {n}", n=3) == "row(s) 3"
