"""The order detail under the Orders grid says an order's and each line's state in the user's
language: the Xvfb pass in German read "Status: On Hold" above lines "On Hold", under a grid
that says "E-Commerce-Sperre"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from ingram_desk.domain.placed_order import OrderDetails, OrderLine
from ingram_desk.ui.domain_texts import ingram_state_text
from ingram_desk.ui.i18n import install_language
from ingram_desk.ui.widgets.order_detail_pane import details_html


def _line(status: str) -> OrderLine:
    return OrderLine(
        "70-RD2HG-11", "001", "1", status, "34OW6L7", "SW-48", "TAILSPIN SWITCH 48P",
        Decimal("1290.38"), Decimal("3871.14"), 3, 3, None, None,
    )  # fmt: skip


def test_ingram_state_words_are_german_in_the_order_detail(qapp: Any, tmp_path: Path) -> None:
    details = OrderDetails(
        "70-RD2HG", "PO-HOLD-1", date(2026, 12, 4), "On Hold", Decimal("3871.14"), "EUR",
        (_line("On Hold"), _line("Backordered")),
    )  # fmt: skip
    try:
        install_language(qapp, "de", tmp_path / "i18n")
        html = details_html(details)
        assert "Status: <b>Gesperrt</b>" in html
        assert "<td>Gesperrt</td>" in html and "<td>Im Rückstand</td>" in html
        assert "On Hold" not in html and "Backordered" not in html
        assert ingram_state_text("SHIPPED") == "Versandt"  # any case Ingram sends
        assert ingram_state_text("Awaiting Pickup") == "Awaiting Pickup"  # unknown: as sent
    finally:
        install_language(qapp, "en", tmp_path / "i18n")
    assert "Status: <b>On Hold</b>" in details_html(details)


def test_an_item_ingram_does_not_know_reads_german_in_the_pna_grid(
    qapp: Any, tmp_path: Path
) -> None:
    """The German P&A grid said "Product not found for VendorPartNumber:  BOGUS-SKU-1"."""
    from PySide6.QtCore import Qt

    from ingram_desk.domain.availability import PnaResult
    from ingram_desk.ui.models.pna_model import PnaModel

    message = "Product not found for VendorPartNumber:  BOGUS-SKU-1"
    missing = PnaResult(
        query="BOGUS-SKU-1", sku=None, vpn="BOGUS-SKU-1", upc=None, description="",
        vendor_name="", customer_price=None, retail_price=None, currency=None, available=False,
        total_available=0, status_code="E", status_message=message,
    )  # fmt: skip
    try:
        install_language(qapp, "de", tmp_path / "i18n")
        model = PnaModel()
        model.set_results([missing])
        cell = model.index(0, [c.key for c in model.columns].index("status"))
        assert cell.data() == "Nicht bei Ingram gefunden"
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == message  # Ingram's own words
    finally:
        install_language(qapp, "en", tmp_path / "i18n")


def test_a_live_priced_order_line_says_so_in_german(qapp: Any, tmp_path: Path) -> None:
    """The German order form's "Preis aus" column read "live P&A 20:41"."""
    from ingram_desk.domain.availability import PnaResult
    from ingram_desk.ui.models.order_lines_model import FormLine
    from ingram_desk.ui.order_lines_input import apply_live_answers

    answer = PnaResult(
        query="A1", sku="A1", vpn=None, upc=None, description="Disk", vendor_name="",
        customer_price=Decimal("10.00"), retail_price=None, currency="EUR", available=True,
        total_available=5,
    )  # fmt: skip
    try:
        install_language(qapp, "de", tmp_path / "i18n")
        line = apply_live_answers(FormLine("A1", 2, unit_price=Decimal("10.00")), answer, "09:15")
        assert line.price_source == "Live-P&A 09:15"
    finally:
        install_language(qapp, "en", tmp_path / "i18n")


async def test_the_german_pna_eta_column_takes_only_the_room_its_dates_need(
    qtbot: Any, qapp: Any, sandbox: Any, client_factory: Any, make_main_window: Any,
    ui_catalogue: Any, tmp_path: Path,
) -> None:  # fmt: skip
    """At 1280 px in German the ETA column kept its 150 px for "10.01.2027" and pushed the
    Status column ("Nicht am Lager · Datei sagte …") off the right edge by ~100 px (now ~35 px
    with the description at its 150 px floor)."""
    import asyncio

    from ingram_desk.services.catalogue_service import CatalogueQuery
    from ingram_desk.services.pna_service import PnaService
    from tests.fixtures.ui import next_emission

    client = client_factory(sandbox)
    try:
        install_language(qapp, "de", tmp_path / "i18n")
        window = make_main_window(ui_catalogue, PnaService(client), country="NL")
        window.resize(1280, 800)
        window.tabs.setCurrentWidget(window.pna_tab)
        result = await ui_catalogue.search(CatalogueQuery(text="monitor 27"))
        skus = [p.sku for p in ui_catalogue.reader.read_rows(result.ids[:3])]
        done = next_emission(window.pna_tab.check_finished)
        window.pna_tab.check_items(skus)
        await asyncio.wait_for(done, 30)
        view = window.pna_tab.view
        eta = [c.key for c in window.pna_tab.model.columns].index("eta")
        assert view.columnWidth(eta) < 150  # as wide as "Liefertermin" and its dates
        assert view.columnWidth(eta) >= view.header().sectionSizeHint(eta)
    finally:
        install_language(qapp, "en", tmp_path / "i18n")
        await client.aclose()
