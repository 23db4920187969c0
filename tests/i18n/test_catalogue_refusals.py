"""A price file the reader cannot take at all is refused in the user's language: the reason
``catalogue/parse.py`` gives (``SnapshotUnsupported``) is a ``CatalogueTexts`` phrase, English in
the log and on the command line, German in the import dialog. And what the catalogue shows of
a product the file says little about is in that language too."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from ingram_desk.app import sample_files
from ingram_desk.catalogue.detect import ImportPlan, plan_import
from ingram_desk.catalogue.engine import import_files
from ingram_desk.catalogue.parse import SnapshotUnsupported, build_snapshot
from ingram_desk.catalogue.report import CatalogueImportError
from ingram_desk.catalogue.schema import connect, ensure_base
from ingram_desk.catalogue.sniff import SourceFile, open_source
from ingram_desk.domain.phrase import Phrase
from ingram_desk.domain.product import Product
from ingram_desk.ui.catalogue_import import said
from ingram_desk.ui.i18n import install_language
from ingram_desk.ui.widgets.detail_pane import product_html
from tests.catalogue.builders import na_row, na_text, write_damaged_zip


@pytest.fixture
def german(qapp: Any, tmp_path: Path) -> Any:
    yield install_language(qapp, "de", tmp_path / "i18n")
    install_language(qapp, "en", tmp_path / "i18n")


def _plan(source: SourceFile, tmp_path: Path) -> ImportPlan:
    conn = connect(tmp_path / "plan.sqlite3")
    try:
        ensure_base(conn)
        return plan_import(conn, source, None)
    finally:
        conn.close()


def test_a_file_the_reader_cannot_decode_is_refused_in_german(german: str, tmp_path: Path) -> None:
    source = open_source(sample_files()[0])
    plan = _plan(source, tmp_path)
    # an encoding Python does not know (a remembered mapping from another machine, say)
    with pytest.raises(SnapshotUnsupported) as caught:
        build_snapshot(source, replace(plan, encoding="x-no-such-codec"), report=None)
    reason = caught.value.args[0]
    assert isinstance(reason, Phrase) and reason.context == "CatalogueTexts"
    assert str(reason).startswith("cannot read the file: ")  # the log's English
    shown = said(caught.value)
    assert shown.startswith("Die Datei kann nicht gelesen werden: "), shown
    assert "x-no-such-codec" in shown  # the reader's own detail stays


def test_quotes_no_reader_can_pair_are_refused_in_german(german: str, tmp_path: Path) -> None:
    src = tmp_path / "p.csv"
    src.write_bytes(
        b"IngramPartNumber,VendorPartNumber,VendorName,Description,CustomerPrice,Currency\n"
        b'S1,V1,ACME,Thing,1.00,EUR\n\r,"\n'
    )
    source = open_source(src)
    plan = _plan(source, tmp_path)
    with pytest.raises(SnapshotUnsupported) as caught:
        build_snapshot(source, plan, report=None)
    assert said(caught.value) == (
        'Die Datei kann nicht gelesen werden: ein Anführungszeichen (") darin öffnet eine'
        " Zelle, die es nicht schließt"
    )


@pytest.mark.parametrize("where", ["end", "start"])
def test_a_damaged_zip_member_is_refused_in_german(german: str, tmp_path: Path, where: str) -> None:
    """Damage found as the member is read whole (a bad CRC) or in its first MB, as the file is
    planned (data that cannot inflate): zlib's words stay, the rest is German."""
    rows = [na_row(f"S{i:06d}", f"VPN-{i}") for i in range(3000)]
    bad = write_damaged_zip(tmp_path / "PRICE.ZIP", na_text(rows), where)
    with pytest.raises(CatalogueImportError) as caught:
        import_files(tmp_path / "c.sqlite3", bad)
    shown = said(caught.value)
    assert shown.startswith(
        "PRICE.ZIP:PRICE.TXT: Die Datei kann nicht gelesen werden: das ZIP-Archiv ist beschädigt ("
    ), shown


def test_a_web_page_saved_as_a_price_file_is_named_in_german(german: str, tmp_path: Path) -> None:
    page = tmp_path / "PRICE.TXT"
    page.write_text("<!doctype html>\n<html><body>Anmelden</body></html>\n", encoding="utf-8")
    with pytest.raises(CatalogueImportError) as caught:
        import_files(tmp_path / "c.sqlite3", page)
    assert said(caught.value) == (
        "PRICE.TXT ist eine Webseite, keine Preisliste: der Download ist wohl fehlgeschlagen;"
        " laden Sie die Datei erneut herunter"
    )


def test_a_stock_the_file_does_not_give_is_unknown_in_german(german: str) -> None:
    """It read "unknown" in the German detail pane."""
    product = Product(
        row_id=1, sku="S1", vpn="", ean="", vendor="ACME", description="Ding", category_code="",
        category_path=(), customer_price=None, retail_price=None, currency="EUR", stock=None,
        in_stock=False, eta=None,
    )  # fmt: skip
    html = product_html(product)
    assert "unbekannt" in html and "unknown" not in html
