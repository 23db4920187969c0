"""Defect 4 in the window: the status bar says the price file's own date, and warns (its
warning colour, why in the tooltip) once the prices are older than the preference allows."""

from __future__ import annotations

from datetime import datetime, timedelta

from ingram_desk.services.catalogue_service import CatalogueInfo
from ingram_desk.settings.preferences import Preferences
from ingram_desk.ui.widgets.status_bar import StatusBar


def _info(price_file_time: str, dated: bool = True) -> CatalogueInfo:
    return CatalogueInfo(
        row_count=3000, generation=1, layout="dach_impulse", encoding="utf-8", source="p.csv",
        price_file_time=price_file_time, stock_file_time="", imported_at="2026-12-03T10:00:00+00:00",
        rows_skipped=0, price_file_dated=dated,
    )  # fmt: skip


def test_old_prices_are_flagged_and_fresh_ones_are_not(qtbot) -> None:
    bar = StatusBar("demo", "demo", "NL")
    qtbot.addWidget(bar)
    assert Preferences().price_age_warn_days == bar.price_age_warn_days == 3
    bar.set_catalogue(_info("2026-01-15T02:05:11"))
    text = bar.catalogue_label.text()
    assert "price file of" in text and "2026" in text and "received" not in text
    assert bar.prices_stale and "background" in bar.catalogue_label.styleSheet()
    assert "The prices are" in bar.catalogue_label.toolTip()
    assert "older than the 3 days" in bar.catalogue_label.toolTip()

    fresh = (datetime.now() - timedelta(hours=5)).isoformat(timespec="seconds")
    bar.set_catalogue(_info(fresh))
    assert not bar.prices_stale and bar.catalogue_label.styleSheet() == ""
    assert bar.catalogue_label.toolTip() == bar.catalogue_label.text()

    bar.price_age_warn_days = 400  # the preference, set higher
    bar.set_catalogue(_info("2026-01-15T02:05:11"))
    assert not bar.prices_stale


def test_a_file_without_a_date_of_its_own_says_when_it_was_received(qtbot) -> None:
    bar = StatusBar("demo", "demo", "NL")
    qtbot.addWidget(bar)
    bar.set_catalogue(_info("2026-12-03T10:00:00+00:00", dated=False))
    assert "price file received" in bar.catalogue_label.text()


def test_the_api_budget_shows_refilled_once_ingrams_window_resets(qtbot) -> None:
    """Found in the Xvfb pass: "API calls: 11 / 60 left" stayed for minutes on an idle desk."""
    from datetime import UTC

    from ingram_desk.ingram.rate_limit import RateBudget

    bar = StatusBar("demo", "demo", "NL")
    qtbot.addWidget(bar)
    resets = datetime.now(UTC) + timedelta(milliseconds=200)
    bar.set_budget(RateBudget(60, 60.0, 11, resets, None, 0))
    assert "11 / 60 left" in bar.budget_label.text()
    qtbot.waitUntil(lambda: "60 / 60 left" in bar.budget_label.text(), timeout=5000)


def test_the_price_files_date_is_not_squeezed_out_by_the_feeds_fields(qtbot) -> None:
    """Found in the Xvfb pass: with the feeds' fields and the busy bar the field was 5 px."""
    from PySide6.QtWidgets import QLabel

    bar = StatusBar("demo", "demo", "NL")
    qtbot.addWidget(bar)
    feeds = QLabel("price never fetched  stock never fetched  category never fetched " * 3)
    feeds.setMinimumWidth(1)
    bar.addPermanentWidget(feeds)
    bar.set_work(1)
    bar.set_catalogue(_info("2026-01-15T02:05:11"))
    bar.resize(1400, 30)
    bar.show()
    qtbot.waitExposed(bar)
    label = bar.catalogue_label
    shown = label.fontMetrics().horizontalAdvance("3,000 products · price file of 1/15/2026")
    assert label.width() >= shown
