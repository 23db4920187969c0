"""The column-mapping step for a price file of unknown layout: asked once per file shape, Cancel
keeps the catalogue, OK only once the needed fields are mapped."""

from __future__ import annotations

import asyncio
from pathlib import Path

from ingram_desk.services.catalogue_service import CatalogueService
from ingram_desk.ui.dialogs.column_mapping_dialog import ColumnMappingDialog
from tests.fixtures.ui import next_emission

HEADER = ["Artikel", "Bezeichnung", "Preis", "Hersteller", "Teilenr"]


def _odd_file(path: Path, rows: int = 6, first: int = 0) -> Path:
    lines = [
        f"IM{i:05d};Dockingstation Typ {i};{100 + i},{i:02d};Lenovo;40B{i}-EU\n"
        for i in range(first, first + rows)
    ]
    path.write_text(";".join(HEADER) + "\n" + "".join(lines), encoding="cp1252")
    return path


async def _mapping_dialog(window, path: Path) -> ColumnMappingDialog:
    window.importer.start(path)
    deadline = asyncio.get_running_loop().time() + 30
    while window.importer.mapping_dialog is None or not window.importer.mapping_dialog.isVisible():
        assert asyncio.get_running_loop().time() < deadline, "no mapping dialog"
        await asyncio.sleep(0.02)
    return window.importer.mapping_dialog


def _choose(dialog: ColumnMappingDialog, field: str, header: str) -> None:
    combo = dialog.combos[field]
    combo.setCurrentIndex(combo.findData(HEADER.index(header)))


async def test_unknown_layout_asks_for_columns_once_then_imports_searchably(
    qtbot, make_main_window, tmp_path: Path
) -> None:
    catalogue = CatalogueService(tmp_path / "cat.sqlite3")
    try:
        window = make_main_window(catalogue)
        dialog = await _mapping_dialog(window, _odd_file(tmp_path / "liste.csv"))
        assert not window.banner.isVisible()
        assert dialog.chosen_columns() == {  # guessed from the aliases, German words too
            "sku": 0, "description": 1, "customer_price": 2, "vendor": 3,
        }  # fmt: skip
        assert dialog.preview.item(0, 2).text() == "100,00"
        assert "semicolon" in dialog.format_label.text()
        # SKU and price are all an import needs: a list without part numbers imports too,
        # the left-out column named
        label = dialog.missing_label.text()
        assert dialog.ok_button.isEnabled() and "without: Vendor part number" in label
        imported = next_emission(window.importer.imported)
        dialog.ok_button.click()
        (outcome,) = await asyncio.wait_for(imported, 30)
        assert outcome.report.rows_imported == 6 and outcome.report.layout == "mapped"
        tab = window.catalogue_tab
        found = next_emission(tab.search_finished)
        tab.search.setText("typ 3")
        (count,) = await asyncio.wait_for(found, 10)
        assert count == 1 and tab.model.product(0).sku == "IM00003"
        assert not tab.model.product(0).vpn and tab.model.product(0).raw["Teilenr"] == "40B3-EU"
        assert str(tab.model.product(0).customer_price) == "103.03"
        window.importer.dialog.close()

        again = next_emission(window.importer.imported)
        window.importer.start(_odd_file(tmp_path / "liste-2.csv", rows=7, first=10))
        (outcome,) = await asyncio.wait_for(again, 30)  # same file shape: no mapping step
        assert outcome.report.rows_imported == 7 and window.importer.mapping_dialog is None
        window.importer.dialog.close()
    finally:
        catalogue.close()


async def test_cancelling_the_mapping_keeps_the_previous_catalogue(
    qtbot, make_main_window, ui_catalogue, tmp_path: Path
) -> None:
    window = make_main_window(ui_catalogue)
    dialog = await _mapping_dialog(window, _odd_file(tmp_path / "liste.csv"))
    failed = next_emission(window.importer.import_failed)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    (message,) = await asyncio.wait_for(failed, 5)
    assert "unchanged" in message and not window.banner.isVisible()
    assert (await ui_catalogue.info()).row_count == 3000
    assert not window.importer.dialog.isVisible()


def test_ok_needs_every_required_field_and_the_dialog_renders(qtbot, tmp_path: Path) -> None:
    samples = [["IM1", "Kabel HDMI 2m", "9,90", "Delock", "85-123"]]
    dialog = ColumnMappingDialog("liste.csv", HEADER, samples, delimiter=";", encoding="cp1252")
    qtbot.addWidget(dialog)
    dialog.show()
    for field, header in (("description", "Bezeichnung"), ("vpn", "Teilenr")):
        _choose(dialog, field, header)
    dialog.combos["customer_price"].setCurrentIndex(0)  # (guessed from "Preis")
    assert not dialog.ok_button.isEnabled() and "Your price" in dialog.missing_label.text()
    dialog.accept()  # refused while a needed field is missing
    assert dialog.isVisible()
    _choose(dialog, "customer_price", "Preis")
    assert dialog.missing_label.text() == "Ready to import."
    dialog.decimals.setCurrentIndex(dialog.decimals.findData(True))
    mapping = dialog.mapping()
    assert mapping.columns["description"] == ["Bezeichnung"] and mapping.decimal_comma is True
    assert mapping.columns["customer_price"] == "Preis" and dialog.ok_button.isEnabled()
    assert dialog.grab().save(str(tmp_path / "column-mapping.png"))
    dialog.close()
