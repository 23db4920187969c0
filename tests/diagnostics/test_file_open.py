"""A price file opened from macOS Finder arrives as a QFileOpenEvent and is imported."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from ingram_desk.sandbox.price_files import write_catalogue_files
from ingram_desk.services.catalogue_service import CatalogueService
from ingram_desk.ui.file_open import FileOpenRelay
from tests.fixtures.ui import next_emission


async def test_a_file_open_event_imports_the_file(
    qtbot: Any, make_main_window: Any, tmp_path: Path
) -> None:
    price = tmp_path / "from finder.csv"
    write_catalogue_files(price, 400)
    catalogue = CatalogueService(tmp_path / "empty.sqlite3")
    try:
        window = make_main_window(catalogue)
        relay = FileOpenRelay(QApplication.instance(), window)
        imported = next_emission(window.importer.imported)
        try:
            assert QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(price)))
        finally:
            relay.detach()
        (outcome,) = await asyncio.wait_for(imported, 30)
        assert outcome.report.rows_imported == 400
        window.importer.dialog.close()
    finally:
        catalogue.close()
