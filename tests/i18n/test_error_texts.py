"""Errors built below the UI (API client, services, feeds) reach the banner in the user's language,
while the error object itself stays English for the log and the CLI."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from ingram_desk.domain.api_codes import http_code
from ingram_desk.services.catalogue_service import CatalogueQuery
from ingram_desk.services.pna_service import PnaService
from ingram_desk.ui.i18n import install_language
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
