"""View › Language: the choice is kept in the preferences and the window reopens speaking it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ingram_desk.ui.i18n import install_language
from tests.i18n.elision import clipped


def _visible_texts(window: Any) -> dict[str, str]:
    header = window.catalogue_tab.table.horizontalHeader()
    model = window.catalogue_tab.model
    return {
        "menus": " ".join(a.text() for a in window.menuBar().actions()),
        "tabs": " ".join(window.tabs.tabText(i) for i in range(window.tabs.count())),
        "headers": " ".join(
            str(model.headerData(i, header.orientation())) for i in range(header.count())
        ),
        "search": window.catalogue_tab.search.placeholderText(),
        "stock filter": window.catalogue_tab.in_stock.text(),
    }


def test_choosing_a_language_keeps_it_and_reopens_the_window_in_it(
    qtbot: Any, qapp: Any, make_main_window: Any, ui_catalogue: Any, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    window = make_main_window(ui_catalogue, data_dir=data_dir, profile_name="demo")
    english = _visible_texts(window)
    assert "&View" in english["menus"] and "Stock" in english["headers"]
    choices = {a.data(): a for a in window.language_menu.actions()}
    assert set(choices) == {"system", "en", "nl", "de", "fr"} and choices["system"].isChecked()
    try:
        got: list[tuple[str, str]] = []
        window.language_changed.connect(lambda lang: got.append(("language", lang)))
        window.profile_switch_requested.connect(lambda name: got.append(("reopen", name)))
        choices["de"].trigger()
        assert got == [("language", "de"), ("reopen", "demo")]
        assert not window.isVisible()  # the app reopens the same profile (run_gui's loop)
        assert json.loads((data_dir / "settings.json").read_text())["language"] == "de"

        german = _visible_texts(make_main_window(ui_catalogue, data_dir=data_dir))
        assert "&Ansicht" in german["menus"] and "Lagerbestand" in german["headers"]
        assert "&Katalog" in german["tabs"] and german["stock filter"] == "Nur lieferbar"
        assert all(german[k] != english[k] for k in english), german

        reopened = make_main_window(ui_catalogue, data_dir=data_dir)
        checked = [a.data() for a in reopened.language_menu.actions() if a.isChecked()]
        assert checked == ["de"]
        reopened.set_language("nl")
        dutch = _visible_texts(make_main_window(ui_catalogue, data_dir=data_dir))
        assert "Beel&d" in dutch["menus"] and "Voorraad" in dutch["headers"]
    finally:
        install_language(qapp, "en", tmp_path / "i18n")


def test_column_widths_kept_from_another_language_still_show_every_title(
    qtbot: Any, qapp: Any, make_main_window: Any, ui_catalogue: Any, tmp_path: Path
) -> None:
    """The header layouts are kept when the window closes: reopened in German after English,
    the catalogue's "Stock" width cut "Lagerbestand" to "erbestand" (the Xvfb pass). A column
    narrower than its new title is widened; the others keep the clerk's widths."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    window = make_main_window(ui_catalogue, data_dir=data_dir, profile_name="demo")
    header = window.catalogue_tab.table.horizontalHeader()
    header.resizeSection(3, 333)  # the clerk widened the description
    try:
        window.set_language("de")  # closes: the layouts are saved
        german = make_main_window(ui_catalogue, data_dir=data_dir)
        table = german.catalogue_tab.table
        titles = [
            german.catalogue_tab.model.headerData(i, header.orientation())
            for i in range(table.model().columnCount())
        ]
        assert "Lagerbestand" in titles
        assert not clipped(german.catalogue_tab), clipped(german.catalogue_tab)
        assert not clipped(german.pna_tab)
        assert table.horizontalHeader().sectionSize(3) == 333
    finally:
        install_language(qapp, "en", tmp_path / "i18n")
