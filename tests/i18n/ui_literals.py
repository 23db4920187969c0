"""Finds user-visible string literals in ``ingram_desk/ui`` that bypass Qt's translation system.

Three rules over the AST of every module:

* a literal (or f-string) passed to a Qt text sink (``setText``, ``QLabel``, ``addRow``, header
  labels, message boxes, …) must be the argument of ``tr``/``translate``/``QT_TRANSLATE_NOOP``;
* any other literal that reads as prose (two words, or a capitalised word) must be too, unless it
  is a docstring, a log message, or in ``ALLOWED`` (object names, format specs, Ingram's codes…);
* no ``tr``/``translate``/``QT_TRANSLATE_NOOP`` of a literal inside an f-string's expression:
  pyside6-lupdate does not see it there, so its text never reaches the ``.ts`` files
  (:func:`translations_in_fstrings`, also run over the other layers lupdate reads).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

UI_DIR = Path(__file__).resolve().parents[2] / "ingram_desk" / "ui"

#: calls whose arguments are shown to the user
SINKS = frozenset(
    "setText setWindowTitle QLabel QPushButton QAction setToolTip setPlaceholderText addItem "
    "addItems critical warning information question about setHeaderLabels "
    "setHorizontalHeaderLabels setVerticalHeaderLabels addMenu addTab setTabText setTabToolTip "
    "QCheckBox QRadioButton QGroupBox addRow setStatusTip showMessage setTitle QToolButton "
    "addAction setPlainText setHtml insertItem setSpecialValueText setSuffix setPrefix getText "
    "getOpenFileName getOpenFileNames getSaveFileName getExistingDirectory setLabelText "
    "QMessageBox addButton setInformativeText setDetailedText QProgressDialog setWhatsThis "
    "QListWidgetItem QTreeWidgetItem QStandardItem setNameFilter setNameFilters QFileDialog "
    "showMessage setCancelButtonText QInputDialog".split()
)
#: the calls that translate (or mark for translation)
TRANSLATORS = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})
#: calls whose literal arguments are not shown to the user
NOT_SHOWN = frozenset(
    "debug info warning error exception critical_log setObjectName setStyleSheet setProperty "
    "property objectName findChild findChildren QIcon fromTheme getattr hasattr setattr get pop "
    "setdefault startswith endswith split join replace strip rstrip lstrip removeprefix "
    "removesuffix format_spec strftime strptime fromisoformat QKeySequence QColor setFamily "
    "QRegularExpression compile match search sub fullmatch setValue value "
    "setDisplayFormat toString fromString encode decode setDefaultSuffix start index "
    "isinstance mimeData hasFormat setData data hasUrls open Path QSettings".split()
)
_TAG = re.compile(r"<[^>]*>|&\w+;|\{[^{}]*\}|%\w|%n")
_PROSE = re.compile(r"[A-Za-z]{2,}[ ,.;:!?…'’]+[A-Za-z]{2,}|^\s*&?[A-Z][a-z]+")
#: literals that are never prose: identifiers (class names in ``__all__``), key sequences, files
_NOT_PROSE = re.compile(
    r"^([A-Z][a-z]+){2,}$|^(Ctrl|Shift|Alt|Meta)\+|^[\w.{}-]+\.(txt|png|csv|xlsx|json|svg|ico|exe)$"
    r"|^\s*([\w-]+\s*:[^;]*;\s*)+$"  # a style sheet
    r"|^\w+://\S+$"  # a URL
)


@dataclass(frozen=True, slots=True)
class Finding:
    path: str  #: relative to ingram_desk/ui
    line: int
    text: str
    why: str  #: "sink" or "prose"

    def __str__(self) -> str:
        return f"ui/{self.path}:{self.line}: {self.why}: {self.text!r}"


def _text_of(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def _has_words(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2}", _TAG.sub(" ", text)))


def _call_name(node: ast.Call) -> str:
    f = node.func
    return f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")


def _is_log(node: ast.Call) -> bool:
    f = node.func
    return isinstance(f, ast.Attribute) and getattr(f.value, "id", "") in {
        "log",
        "logging",
        "logger",
    }


def scan(
    source: str, path: str, allowed: frozenset[tuple[str, str]] = frozenset()
) -> list[Finding]:
    """Every untranslated user-visible literal in one module's ``source``."""
    tree = ast.parse(source)
    parents: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    docstrings = {
        id(n.body[0].value)
        for n in ast.walk(tree)
        if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and n.body
        and isinstance(n.body[0], ast.Expr)
        and isinstance(n.body[0].value, (ast.Constant, ast.JoinedStr))
    }

    def enclosing_calls(node: ast.AST) -> list[ast.Call]:
        calls, n = [], node
        while n in parents:
            n = parents[n]
            if isinstance(n, ast.Call):
                calls.append(n)
        return calls

    def in_all(node: ast.AST) -> bool:
        n = node
        while n in parents:
            n = parents[n]
            if isinstance(n, ast.Assign):
                return any(getattr(t, "id", "") == "__all__" for t in n.targets)
        return False

    found = translations_in_fstrings(tree, path, parents)
    for node in ast.walk(tree):
        text = _text_of(node)
        if text is None or id(node) in docstrings or not _has_words(text):
            continue
        if isinstance(parents.get(node), ast.JoinedStr):
            continue  # a part of an f-string: judged as the whole
        if isinstance(parents.get(node), ast.FormattedValue):
            continue  # a format spec
        calls = enclosing_calls(node)
        if any(_call_name(c) in TRANSLATORS for c in calls):
            continue
        if (path, text) in allowed:
            continue
        direct = calls[0] if calls else None
        # the literal is an argument (or an element of one) of the innermost call
        if direct is not None and _call_name(direct) in SINKS and not _is_log(direct):
            found.append(Finding(path, node.lineno, text, "sink"))
            continue
        if any(_is_log(c) or _call_name(c) in NOT_SHOWN for c in calls):
            continue
        if in_all(node):
            continue  # a name in __all__
        if isinstance(parents.get(node), (ast.Compare, ast.Subscript)):
            continue  # compared with or used as a key: data, not text
        if _PROSE.search(_TAG.sub(" ", text)) and not _NOT_PROSE.search(text):
            found.append(Finding(path, node.lineno, text, "prose"))
    return found


def translations_in_fstrings(
    tree: ast.AST, path: str, parents: dict[ast.AST, ast.AST] | None = None
) -> list[Finding]:
    """Every translation call of a literal inside an f-string's ``{…}``: lupdate misses them."""
    if parents is None:
        parents = {c: n for n in ast.walk(tree) for c in ast.iter_child_nodes(n)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _call_name(node) in TRANSLATORS):
            continue
        # the source text: tr(text, …), translate(context, text, …), QT_TRANSLATE_NOOP(context, text)
        at = 0 if _call_name(node) in {"tr", "QT_TR_NOOP"} else 1
        source = node.args[at] if len(node.args) > at else None
        texts = [source.value] if isinstance(source, ast.Constant) and source.value else []
        n: ast.AST = node
        while texts and n in parents:
            n = parents[n]
            if isinstance(n, ast.FormattedValue):
                found.append(Finding(path, node.lineno, texts[-1], "translated in an f-string"))
                break
    return found


def scan_ui(allowed: frozenset[tuple[str, str]] = frozenset()) -> list[Finding]:
    findings: list[Finding] = []
    for file in sorted(UI_DIR.rglob("*.py")):
        rel = file.relative_to(UI_DIR).as_posix()
        findings += scan(file.read_text(encoding="utf-8"), rel, allowed)
    return findings


if __name__ == "__main__":
    for f in scan_ui():
        print(f)
