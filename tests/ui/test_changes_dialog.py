"""What an import changed, article by article: the report's counts open the articles of their
kind, File › What changed lists them all, and an article opens in the catalogue."""

from __future__ import annotations

import asyncio
import re
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest

from ingram_desk.services.catalogue_service import CatalogueService
from ingram_desk.ui.models.changes_model import KIND_ROLE, SKU_ROLE
from tests.fixtures.ui import next_emission

HEADER = "Artikelnummer;Bezeichnung;Preis;Hersteller;Herstellernummer;Bestand\n"


def _list(path: Path, prices: dict[int, str], stock: dict[int, int] | None = None) -> Path:
    """A price list in German whose columns are guessed without asking (``layouts.ALIASES``)."""
    lines = [
        f"SKU{i:03d};Monitor Modell {i} {'alt' if i < 3 else ''};{price};Contoso;CT-{i};"
        f"{(stock or {}).get(i, 5)}\n"
        for i, price in prices.items()
    ]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


async def _import(window, path: Path):
    imported = next_emission(window.importer.imported)
    window.importer.start(path)
    (outcome,) = await asyncio.wait_for(imported, 30)
    return outcome


async def _changes_dialog(window):
    deadline = asyncio.get_running_loop().time() + 10
    while window.importer.changes_dialog is None or not window.importer.changes_dialog.isVisible():
        assert asyncio.get_running_loop().time() < deadline, "no list of changes"
        await asyncio.sleep(0.02)
    return window.importer.changes_dialog


def _shown(dialog) -> list[tuple[str, str]]:
    """(kind, SKU) of each row the dialog shows, in its order."""
    view = dialog.view_model
    return [
        (view.index(r, 0).data(KIND_ROLE), view.index(r, 0).data(SKU_ROLE))
        for r in range(view.rowCount())
    ]


async def test_the_reports_counts_open_the_articles_that_changed_and_one_opens_in_the_catalogue(
    qtbot, make_main_window, tmp_path: Path
) -> None:
    catalogue = CatalogueService(tmp_path / "cat.sqlite3")
    try:
        window = make_main_window(catalogue)
        await _import(window, _list(tmp_path / "a.csv", {i: f"{100 + i},00" for i in range(1, 9)}))
        window.importer.dialog.close()
        prices = {i: f"{100 + i},00" for i in range(3, 11)}  # 1, 2 removed; 9, 10 new
        prices |= {4: "120,00", 5: "95,50"}  # a rise of 15.38 %, a cut of 9.05 %
        outcome = await _import(window, _list(tmp_path / "b.csv", prices, stock={6: 0}))
        assert outcome.changes.counts == {
            "new": 2, "removed": 2, "price_up": 1, "price_down": 1,
            "back_in_stock": 0, "out_of_stock": 1,
        }  # fmt: skip
        report = window.importer.dialog.report
        links = re.findall(r'href="(changes:[a-z_]+)"', report.toHtml())
        assert links == [
            "changes:new",
            "changes:removed",
            "changes:price_up",
            "changes:price_down",
            "changes:out_of_stock",
        ]  # fmt: skip (one per kind that happened, in the report's order)
        report.anchorClicked.emit(QUrl("changes:price_up"))  # (as a click on the link does)
        dialog = await _changes_dialog(window)
        assert _shown(dialog) == [("price_up", "SKU004")]
        row = dialog.model.rows[[r.sku for r in dialog.model.rows].index("SKU004")]
        assert (row.before, row.after) == (Decimal("104.00"), Decimal("120.00"))
        assert row.product is not None and row.product.description == "Monitor Modell 4"
        view = dialog.view_model
        assert [view.index(0, c).data() for c in (3, 7)] == ["Contoso", "+15.4%"]

        dialog.show_kind("removed")  # removed articles as the catalogue before had them
        assert _shown(dialog) == [("removed", "SKU001"), ("removed", "SKU002")]
        assert view.index(0, 4).data() == "Monitor Modell 1 alt" and view.index(0, 6).data() == "—"
        dialog.table.selectRow(0)
        assert not dialog.open_button.isEnabled()  # (not in the catalogue any more)

        dialog.show_kind(None)
        assert len(_shown(dialog)) == 7 and dialog.shown.text() == "7 articles listed"
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            # percent and units never interleave: the price changes first either way, then
            # the stock change (-5 units sorted among them was above a 9 % price cut)
            dialog.table.sortByColumn(7, order)
            kinds = [kind for kind, _sku in _shown(dialog)]
            assert kinds[:3] == (
                ["price_up", "price_down", "out_of_stock"]
                if order == Qt.SortOrder.DescendingOrder
                else ["price_down", "price_up", "out_of_stock"]
            ), kinds
        dialog.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)
        assert _shown(dialog)[0] == ("price_up", "SKU004")  # biggest difference first
        dialog.kinds.setCurrentIndex(dialog.kinds.findData("out_of_stock"))
        assert _shown(dialog) == [("out_of_stock", "SKU006")]
        assert [view.index(0, c).data() for c in (5, 6, 7)] == ["5", "0", "-5"]
        found = next_emission(window.catalogue_tab.search_finished)
        at = dialog.table.visualRect(view.index(0, 1)).center()
        opened = next_emission(dialog.show_in_catalogue)
        for click in (QTest.mouseClick, QTest.mouseDClick):  # (Qt 6: a press first)
            click(dialog.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), at)
        assert (await asyncio.wait_for(opened, 5)) == ("SKU006",)
        (count,) = await asyncio.wait_for(found, 10)
        tab = window.catalogue_tab
        assert window.tabs.currentWidget() is tab and tab.search.text() == "SKU006"
        assert count == 1 and tab.model.product(0).sku == "SKU006"
        assert dialog.grab().save(str(tmp_path / "changes.png"))
    finally:
        catalogue.close()


async def test_the_file_menu_lists_every_change_or_says_there_is_none(
    qtbot, make_main_window, tmp_path: Path
) -> None:
    catalogue = CatalogueService(tmp_path / "cat.sqlite3")
    try:
        window = make_main_window(catalogue)
        await _import(window, _list(tmp_path / "a.csv", {i: f"{100 + i},00" for i in range(1, 6)}))
        menu = next(
            a for a in window.menuBar().actions()[0].menu().actions() if "changed" in a.text()
        )
        menu.trigger()
        dialog = await _changes_dialog(window)
        assert _shown(dialog) == [] and dialog.note.isVisible()
        assert "Nothing changed" in dialog.note.text()
    finally:
        catalogue.close()
