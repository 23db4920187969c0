"""The .ts sources: up to date with the code, every entry translated in nl, de and fr with the same
placeholders; compiled on demand and installed, following the system locale or the setting."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ingram_desk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "i18n"
TRANSLATED = ("nl", "de", "fr")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name", ""), msg.findtext("source", "")): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def _sources() -> list[str]:
    """The files lupdate reads: the UI, the texts the domain, API clients, services, feeds and
    the catalogue import mark, the composition root."""
    files = [
        *(ROOT / "ingram_desk" / "ui").rglob("*.py"),
        *(ROOT / "ingram_desk" / "domain").glob("*.py"),
        *(ROOT / "ingram_desk" / "services").rglob("*.py"),
        *(ROOT / "ingram_desk" / "ingram").rglob("*.py"),
        *(ROOT / "ingram_desk" / "feeds").rglob("*.py"),
        *(ROOT / "ingram_desk" / "catalogue").rglob("*.py"),
    ]
    return [*sorted(str(f) for f in files), str(ROOT / "ingram_desk" / "app.py")]


def _lupdate(ts: Path, *extra: str) -> None:
    exe = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    subprocess.run(
        [exe, "-silent", "-locations", "none", "-no-obsolete", *extra, *_sources(), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


@pytest.mark.parametrize("language", [*TRANSLATED, "en"])
def test_the_ts_file_holds_exactly_what_lupdate_finds_in_the_code(
    language: str, tmp_path: Path
) -> None:
    committed = TS_DIR / f"ingram_desk_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    _lupdate(fresh, *(["-pluralonly"] if language == "en" else []))
    assert set(_messages(fresh)) == set(_messages(committed)), (
        f"{committed.name} is out of date: run pyside6-lupdate (README › Languages)"
    )


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_entry_is_translated_with_its_placeholders(language: str) -> None:
    problems = []
    for (context, source), msg in _messages(TS_DIR / f"ingram_desk_{language}.ts").items():
        tr = msg.find("translation")
        assert tr is not None
        forms = (
            [f.text or "" for f in tr.iter("numerusform")]
            if msg.get("numerus")
            else [tr.text or ""]
        )
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            f.strip() for f in forms
        ):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        wanted = sorted(set(_PLACEHOLDER.findall(source)))
        for form in forms:
            if sorted(set(_PLACEHOLDER.findall(form))) != wanted:
                problems.append(f"{context}: {source!r} → {form!r} changes the placeholders")
    assert not problems, "\n".join(problems)


def test_the_trade_words_are_the_trades_own() -> None:
    def texts(language: str) -> str:
        return " ".join(
            (m.find("translation").text or "")
            + " ".join(f.text or "" for f in m.iter("numerusform"))
            for m in _messages(TS_DIR / f"ingram_desk_{language}.ts").values()
        )

    nl, de, fr = texts("nl"), texts("de"), texts("fr")
    for word in ("Inkooporder", "Bestelling", "Voorraad", "levertijd"):
        assert word in nl
    for word in ("Bestellnummer", "Lieferrückstand", "Lagerbestand", "Auftrag"):
        assert word in de
    for word in ("bon de commande", "date de livraison prévue", "stock", "commande"):
        assert word in fr


def test_the_language_follows_the_system_unless_one_is_chosen() -> None:
    assert i18n.resolve_language("system", QLocale("de_AT")) == "de"
    assert i18n.resolve_language("system", QLocale("nl_BE")) == "nl"
    assert i18n.resolve_language("system", QLocale("fr_CH")) == "fr"
    assert i18n.resolve_language("system", QLocale("it_IT")) == "en"
    assert i18n.resolve_language("fr", QLocale("de_DE")) == "fr"
    assert i18n.resolve_language("klingon", QLocale("en_GB")) == "en"


def test_a_missing_or_stale_qm_is_compiled_on_demand(qapp: object, tmp_path: Path) -> None:
    qm = i18n.compiled_translation("de", tmp_path)
    assert qm is not None and qm.parent == tmp_path and qm.stat().st_size > 0
    compiled_at = qm.stat().st_mtime_ns
    assert i18n.compiled_translation("de", tmp_path) == qm  # up to date: used as it is
    assert qm.stat().st_mtime_ns == compiled_at
    os.utime(qm, ns=(0, 0))  # older than the .ts: compiled again
    assert i18n.compiled_translation("de", tmp_path) == qm and qm.stat().st_mtime_ns > 0


def test_installing_a_language_translates_ui_and_domain_texts(qapp: object, tmp_path: Path) -> None:
    from ingram_desk.domain.order_status import decode_hold_reason
    from ingram_desk.ui.domain_texts import hold_action, hold_text, warehouse_town

    try:
        assert i18n.install_language(qapp, "nl", tmp_path) == "nl"
        assert QCoreApplication.translate("MainWindow", "&View") == "Beel&d"
        hold = decode_hold_reason("IM")
        assert hold.code == "IM" and hold_text(hold) == "Klantblokkade"
        assert hold_action(hold).startswith("Op uw verzoek geblokkeerd")
        assert i18n.install_language(qapp, "de", tmp_path) == "de"
        assert warehouse_town("Vienna") == "Wien"
        assert QCoreApplication.translate("MainWindow", "&View") == "&Ansicht"
    finally:
        i18n.install_language(qapp, "en", tmp_path)
    assert QCoreApplication.translate("MainWindow", "&View") == "&View"
