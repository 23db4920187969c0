"""Errors built below the UI (API client, services, feeds) reach the banner in the user's language,
while the error object itself stays English for the log and the CLI."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from ingram_desk.domain.api_codes import http_code
from ingram_desk.domain.errors import IngramError, UnreachableError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.feeds.config import FeedConfig, with_source
from ingram_desk.feeds.errors import FeedTruncatedError
from ingram_desk.ingram.xml.safe import XmlRefusedError, parse_xml
from ingram_desk.services.catalogue_service import CatalogueQuery
from ingram_desk.services.connectivity import Connectivity
from ingram_desk.services.pna_service import PnaService
from ingram_desk.services.team.connection import TeamUnreachableError
from ingram_desk.services.team.offline import OfflineJournal
from ingram_desk.ui import formats
from ingram_desk.ui.domain_texts import error_text
from ingram_desk.ui.i18n import install_language
from ingram_desk.ui.widgets.feed_listing import FeedListing
from ingram_desk.ui.widgets.status_bar import StatusBar
from tests.fixtures.ui import next_emission


async def test_a_5xx_from_the_sandbox_shows_in_german_in_the_banner(
    qtbot: Any,
    qapp: Any,
    sandbox: Any,
    client_factory: Any,
    make_main_window: Any,
    ui_catalogue: Any,
    tmp_path: Path,
) -> None:
    client = client_factory(sandbox)
    try:
        assert install_language(qapp, "de", tmp_path / "i18n") == "de"
        window = make_main_window(ui_catalogue, PnaService(client), country="DE")
        result = await ui_catalogue.search(CatalogueQuery(text="switch"))
        sku = ui_catalogue.reader.read_rows(result.ids[:1])[0].sku
        sandbox.faults.fail_next(None, status=503, path="priceandavailability")
        failed = next_emission(window.runner.failed)
        window.pna_tab.set_items([sku])
        window.pna_tab.check_entered()
        _name, exc = await asyncio.wait_for(failed, 20)

        assert str(exc).startswith("Ingram answered 503 Service Unavailable")  # logs, CLI
        shown = window.banner.text()
        assert "Ingram antwortete 503 Dienst nicht verfügbar" in shown, shown
        assert "Ingram answered" not in shown
        english_remedy = http_code(503).remedial_action
        assert english_remedy not in shown  # seed 004's remedy is shown translated too
        assert exc.correlation_id in shown
    finally:
        install_language(qapp, "en", tmp_path / "i18n")
        sandbox.faults.clear()
        await client.aclose()


def test_messages_the_xml_parser_team_database_and_feed_settings_build_show_in_german(
    qapp: Any, tmp_path: Path
) -> None:
    try:
        assert install_language(qapp, "de", tmp_path / "i18n") == "de"
        formats.set_locale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        with pytest.raises(XmlRefusedError) as empty:
            parse_xml(b"  ")
        assert str(empty.value).startswith("Ingram's answer was empty")  # logs, CLI
        assert error_text(empty.value) == "Ingrams Antwort war leer"  # the document's name too

        truncated = FeedTruncatedError("PRICE_20261204.zip", 1_234_567, 2_345_678)
        assert "(1,234,567 of 2,345,678 bytes)" in str(truncated)
        assert "(1.234.567 von 2.345.678 Bytes)" in error_text(truncated)  # the locale's grouping

        down = TeamUnreachableError(
            QT_TRANSLATE_NOOP("Errors", "The team database {server} is unreachable: {problem}"),
            values={"server": "db:5432/desk", "problem": "timeout"},
        )
        offline = OfflineJournal(tmp_path / "offline.sqlite3", down)
        try:
            with pytest.raises(TeamUnreachableError) as refused:
                offline.queue("x", None)  # type: ignore[arg-type]
        finally:
            offline.close()
        shown = error_text(refused.value)
        assert shown.startswith("Die Team-Datenbank db:5432/desk ist nicht erreichbar: timeout. ")
        assert "Entwurf" in shown and "order stays" not in shown

        listing = FeedListing()
        assert not listing.check(FeedConfig(protocol="gopher"))
        assert listing.result.text() == (
            "das Protokoll muss ftp, ftps oder sftp sein; der Feed-Server ist nicht angegeben; "
            "der Feed-Benutzer ist nicht angegeben"
        )
        with pytest.raises(ValueError) as bad_url:  # still a ValueError for the command line
            with_source(FeedConfig(), "http://example.com")
        assert isinstance(bad_url.value, IngramError)
        assert error_text(bad_url.value).startswith("keine Feed-URL: 'http://example.com'")

        bar = StatusBar("demo", "sandbox", "DE")
        bar.update_api_window(datetime(2026, 12, 4, 3, 0, tzinfo=UTC))  # 04:00 in Germany
        assert bar.window_label.toolTip().startswith("Ingrams API für DE ist bis "), (
            bar.window_label.toolTip()
        )
        reason = UnreachableError(
            QT_TRANSLATE_NOOP("Errors", "Ingram did not answer in time"),
            remedial_action=http_code(504).remedial_action,
        )
        bar.set_connectivity(Connectivity(False, reason.one_line(), error=reason))
        tip = bar.connection_label.toolTip()
        assert tip.startswith("Ingram hat nicht rechtzeitig geantwortet "), tip
        assert "did not answer" not in tip and http_code(504).remedial_action not in tip
    finally:
        formats.set_locale(None)
        install_language(qapp, "en", tmp_path / "i18n")
