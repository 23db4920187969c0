"""Every user-visible string in ``ingram_desk/ui`` goes through Qt's translation system."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.i18n.ui_literals import scan, scan_ui, translations_in_fstrings

PACKAGE = Path(__file__).resolve().parents[2] / "ingram_desk"

#: literals that stay English on purpose, with why
ALLOWED = frozenset(
    {
        # About › Copy diagnostics: the support ticket is read by support, in English
        ("dialogs/about_dialog.py", "Qt"),
        ("dialogs/about_dialog.py", "{} (platform plugin {})"),
        # View › Language names each language in its own words, so a user finds their own
        ("i18n.py", "English"),
        ("i18n.py", "Nederlands"),
        ("i18n.py", "Deutsch"),
        ("i18n.py", "Français"),
    }
)


def test_every_user_visible_literal_in_the_ui_goes_through_the_translation_system() -> None:
    findings = scan_ui(ALLOWED)
    assert not findings, "untranslated user-visible text:\n" + "\n".join(map(str, findings))


def test_the_scan_catches_literals_at_text_sinks_and_prose_in_tables() -> None:
    source = """
from PySide6.QtWidgets import QLabel, QPushButton
LABELS = {"sku": "Ingram SKU", "vpn": QT_TRANSLATE_NOOP("Ctx", "Vendor part number")}
class W(QWidget):
    def build(self, n):
        QPushButton("Place order", self)
        QPushButton(self.tr("Back"), self)
        self.label.setText(f"{n} lines checked")
        self.label.setText(self.tr("{n} lines").format(n=n))
        self.setObjectName("orderTab")
        self.setStyleSheet("color:#b3261e; font-weight:bold;")
        log.warning("could not read %s", n)
        self.box.addItem("OK", "C")
        self.label.setText(f"{self.tr('Total')}: {n}")
        tip = f"{n} {QCoreApplication.translate('Ctx', 'lines checked')}"
"""
    found = {(f.text, f.why) for f in scan(source, "example.py")}
    assert found == {
        ("Ingram SKU", "prose"),
        ("Place order", "sink"),
        ("{} lines checked", "sink"),
        ("OK", "sink"),
        ("Total", "translated in an f-string"),
        ("lines checked", "translated in an f-string"),
    }


def test_no_text_is_translated_inside_an_f_string_in_any_layer_lupdate_reads() -> None:
    """lupdate reads no ``tr()``/``QT_TRANSLATE_NOOP`` inside an f-string's expression: such a
    text would stay English in every language."""
    findings = []
    for file in sorted(PACKAGE.rglob("*.py")):
        rel = file.relative_to(PACKAGE).as_posix()
        findings += translations_in_fstrings(ast.parse(file.read_text(encoding="utf-8")), rel)
    assert not findings, "translated inside an f-string:\n" + "\n".join(map(str, findings))
