"""What Help and the first start say: the keyboard shortcuts (read from the window's own actions,
so the list never drifts from the menus) and the demo's welcome with three things to try."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP

__all__ = ["WELCOME_HTML", "shortcuts_html"]

WELCOME_HTML = QT_TRANSLATE_NOOP(
    "HelpTexts",
    """<h3>Welcome to Ingram Desk — this is the demo</h3>
<p>The demo profile talks to a <b>simulated Ingram Micro</b> running inside the app: prices,
stock and orders are invented and nothing reaches Ingram. A sample price file of 3,000 products
is being imported now.</p>
<p><b>Three things to try:</b></p>
<ol>
<li><b>Search and check live:</b> type <i>monitor</i> in the Catalogue tab, select a row and
press <b>Ctrl+Shift+P</b> for live price &amp; availability per warehouse.</li>
<li><b>Place an order:</b> press <b>Ctrl+Shift+O</b> on a row to add it to the order, pick one of the
two sample addresses as ship-to, press <b>Submit order</b> and read the review before
<b>Place order</b>.</li>
<li><b>Act on a hold:</b> in the Orders tab select <i>PO-HOLD-CANCEL</i> (on customer hold) and
release it, change its quantities, or cancel it.</li>
</ol>
<p>Your own Ingram account goes in <b>Tools → Profiles &amp; credentials</b>.</p>
""",
)


def _text(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcuts_html(menu_bar: QMenuBar, extra: list[tuple[str, str]] | None = None) -> str:
    """Every menu action with a shortcut, by menu, plus ``extra`` (key, what) pairs for keys
    that live in widgets (Delete in the order lines, Enter in the line box)."""
    rows = []
    for top in menu_bar.actions():
        menu = top.menu()
        if menu is None:
            continue
        for a in menu.actions():
            if not a.shortcut().isEmpty():
                key = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((key, f"{_text(top)} → {_text(a)}"))
    rows += extra or []
    body = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(w)}</td></tr>" for k, w in rows)
    return QCoreApplication.translate(
        "HelpTexts", "<h3>Keyboard shortcuts</h3><table cellpadding='3'>{body}</table>"
    ).format(body=body)
