"""The layering rules of docs' architecture table, checked by parsing every module's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "ingram_desk"

QT = ("PySide6", "qasync", "shiboken6")
#: layer -> top-level names it must not import (package layers as "ingram_desk.X").
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": (
        "ingram_desk.ingram", "ingram_desk.catalogue", "ingram_desk.services",
        "ingram_desk.settings", "ingram_desk.sandbox", "ingram_desk.ui", "ingram_desk.app",
        "ingram_desk.cli", "httpx", "lxml", "sqlite3", "keyring", *QT,
    ),
    "ingram": (
        "ingram_desk.catalogue", "ingram_desk.services", "ingram_desk.ui", "ingram_desk.sandbox",
        "ingram_desk.settings", "ingram_desk.app", "ingram_desk.cli", *QT,
    ),
    "catalogue": (
        "ingram_desk.ingram", "ingram_desk.services", "ingram_desk.ui", "ingram_desk.sandbox",
        "ingram_desk.app", "ingram_desk.cli", "httpx", *QT,
    ),
    "settings": (
        "ingram_desk.ui", "ingram_desk.services", "ingram_desk.sandbox", "ingram_desk.app",
        "ingram_desk.cli", *QT,
    ),
    "services": ("ingram_desk.ui", "ingram_desk.sandbox", "ingram_desk.app", "ingram_desk.cli", *QT),
    "sandbox": (
        "ingram_desk.ingram", "ingram_desk.services", "ingram_desk.catalogue", "ingram_desk.ui",
        "ingram_desk.settings", "ingram_desk.app", "ingram_desk.cli", *QT,
    ),
    "feeds": (
        "ingram_desk.ingram", "ingram_desk.catalogue", "ingram_desk.services", "ingram_desk.ui",
        "ingram_desk.sandbox", "ingram_desk.settings", "ingram_desk.app", "ingram_desk.cli", *QT,
    ),
    "ui": ("ingram_desk.ingram", "ingram_desk.catalogue", "ingram_desk.sandbox", "ingram_desk.cli"),
}  # fmt: skip
#: modules any layer may import
SHARED = ("ingram_desk.paths", "ingram_desk.logging_setup")


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    module_parts = ["ingram_desk", *path.relative_to(PACKAGE).with_suffix("").parts]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = module_parts[: len(module_parts) - node.level]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.append((node.lineno, name))
    return found


def _violations(layer: str) -> list[str]:
    bad = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for lineno, name in _imports(path):
            if name.startswith(SHARED):
                continue
            for prefix in FORBIDDEN[layer]:
                if name == prefix or name.startswith(prefix + "."):
                    bad.append(f"{path.relative_to(PACKAGE.parent)}:{lineno} imports {name}")
    return bad


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    assert (PACKAGE / layer).is_dir()
    assert _violations(layer) == []


def test_rule_checker_catches_a_violation(tmp_path: Path) -> None:
    """The checker itself works: a forbidden import in a domain-like file is reported."""
    fake = PACKAGE / "domain" / "_probe_violation.py"
    fake.write_text("from ingram_desk.ui import main_window\nimport PySide6\n")
    try:
        assert len(_violations("domain")) == 2
    finally:
        fake.unlink()


def test_no_catalogue_module_is_over_25_kb() -> None:
    """The catalogue reads as one pipeline of small modules (issue 13: none over 25 KB)."""
    sizes = {p.name: p.stat().st_size for p in (PACKAGE / "catalogue").glob("*.py")}
    assert sizes and {name: size for name, size in sizes.items() if size > 25_000} == {}
