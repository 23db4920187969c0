"""The status bar's catalogue field at the window widths clerks use (1280, 1440, 1920 px) in
English and German: it ends in "…" where it does not fit (the tooltip has it whole), never
cuts a letter, and never makes the window wider than its first size."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from ingram_desk.services.catalogue_service import CatalogueInfo
from ingram_desk.services.feed_service import FeedStatus
from ingram_desk.ui.feeds_panel import FeedsStatus
from ingram_desk.ui.i18n import install_language

WIDTHS = (1280, 1440, 1920)
_INFO = CatalogueInfo(
    row_count=2985, generation=1, layout="dach_impulse", encoding="utf-8", source="p.csv",
    price_file_time="2026-12-04T02:05:00", stock_file_time="2026-12-04T09:00:00",
    imported_at="2026-12-04T10:00:00+00:00", rows_skipped=0, price_file_dated=True,
)  # fmt: skip


@pytest.fixture(params=("en", "de"))
def language(request: pytest.FixtureRequest, qapp: Any, tmp_path: Path) -> Any:
    yield install_language(qapp, request.param, tmp_path / "i18n")
    install_language(qapp, "en", tmp_path / "i18n")


async def test_the_catalogue_field_elides_at_every_width_and_never_widens_the_window(
    qtbot: Any, language: str, make_main_window: Any, ui_catalogue: Any
) -> None:
    w = make_main_window(ui_catalogue)
    bar = w.status
    feeds = FeedsStatus()  # the demo's feeds fields, as attach_feeds adds them
    later = datetime.now(UTC) + timedelta(hours=2)
    feeds.show_status([
        FeedStatus(kind, True, None, age, None, "ok", "", later, False)
        for kind, age in (("price", 13 * 3600.0), ("stock", 52 * 60.0), ("category", 10.0))
    ])  # fmt: skip
    bar.addPermanentWidget(feeds)
    bar.set_work(1)  # the busy bar and its text take room too
    bar.set_catalogue(_INFO)
    label = bar.catalogue_label
    assert "9:00" in label.text() and label.toolTip() == label.text()
    for width in WIDTHS:
        w.resize(width, 860)
        for _ in range(5):
            await asyncio.sleep(0.02)
        assert w.width() == width, f"{language}: the window needs {w.width()} px, not {width}"
        shown = label.shown_text()
        fits = label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
        assert shown == label.text() if fits else shown.endswith("…"), (language, width, shown)
    assert w.minimumSizeHint().width() <= WIDTHS[0]
