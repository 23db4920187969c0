"""The user's language: which one (the system's, or the one chosen under View › Language), where its
compiled translations come from, and installing them into the running app.

The ``.ts`` sources live in ``resources/i18n``. A frozen bundle carries the ``.qm`` files next to
them (compiled by the PyInstaller spec); a checkout or wheel compiles a ``.ts`` on demand with
``pyside6-lrelease`` into ``<data dir>/i18n`` when its ``.qm`` is missing or older than the ``.ts``,
so a fresh clone needs no build step. English is the source language: its ``.ts`` holds only the
plural forms ("1 product", "2 products").
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ingram_desk.paths import private_dir, resource_path
from ingram_desk.ui import formats

__all__ = [
    "LANGUAGES",
    "NATIVE_NAMES",
    "SYSTEM",
    "compiled_translation",
    "install_language",
    "resolve_language",
    "ts_file",
]

log = logging.getLogger(__name__)

#: the languages the app speaks; English is the source text
LANGUAGES = ("en", "nl", "de", "fr")
#: each language in its own words (never translated: a user must find their own language)
NATIVE_NAMES = {"en": "English", "nl": "Nederlands", "de": "Deutsch", "fr": "Français"}
#: the setting that follows the system locale
SYSTEM = "system"

_installed: list[QTranslator] = []


def resolve_language(choice: str, locale: QLocale | None = None) -> str:
    """``choice`` if the app speaks it; for "system" (or anything unknown) the first of the
    locale's UI languages the app speaks, else English."""
    if choice in LANGUAGES:
        return choice
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def _formats_locale(choice: str, language: str, system: QLocale | None = None) -> QLocale | None:
    """The locale formats use for a chosen language: the system's (None) when the choice
    follows the system or the system speaks that language (``de_AT`` keeps its own), else the
    language's own (``de`` → de_DE, ``en`` → en_US)."""
    system = system or QLocale.system()
    wanted = QLocale(language)
    if choice not in LANGUAGES or wanted.language() == system.language():
        return None
    if language == "en" and system.language() == QLocale.Language.C:
        return None  # formats read "C" as US English already
    return wanted


def ts_file(language: str) -> Path:
    return resource_path("i18n", f"ingram_desk_{language}.ts")


def _lrelease() -> list[str] | None:
    """The command that compiles a .ts: the binary shipped in the PySide6 wheel, else on PATH."""
    import PySide6

    exe = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if exe.is_file():
        return [str(exe)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compiled_translation(language: str, cache_dir: Path) -> Path | None:
    """The ``.qm`` for ``language``: the bundle's if it is up to date, else one compiled into
    ``cache_dir``; None when there is neither (the app then shows the English source)."""
    ts = ts_file(language)
    bundled = ts.with_suffix(".qm")
    if bundled.is_file() and (not ts.is_file() or bundled.stat().st_mtime >= ts.stat().st_mtime):
        return bundled
    if not ts.is_file():
        return None
    qm = cache_dir / bundled.name
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    command = _lrelease()
    if command is None:
        log.warning("no lrelease to compile %s; the app stays in English", ts.name)
        return None
    private_dir(cache_dir)
    done = subprocess.run(
        [*command, "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0,
    )
    if done.returncode != 0 or not qm.is_file():
        log.warning("could not compile %s: %s", ts.name, (done.stderr or done.stdout).strip())
        return None
    return qm


def install_language(app: QCoreApplication, choice: str, cache_dir: Path) -> str:
    """Replace the app's translators with those for ``choice`` (a language or "system"): ours and
    Qt's own (standard buttons, dialogs). Returns the language now spoken. Widgets built from now
    on speak it; the window is rebuilt to switch (``MainWindow.set_language``)."""
    language = resolve_language(choice)
    # numbers, money and dates as the language writes them: German words with "€1,041.90" and
    # "2:05 AM" read as one euro four cents and a US clock
    formats.set_locale(_formats_locale(choice, language))
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qm = compiled_translation(language, cache_dir)
    ours = QTranslator(app)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    log.info("language %s (setting %s)", language, choice)
    return language
