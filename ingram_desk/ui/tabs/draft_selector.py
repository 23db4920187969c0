"""The Order tab's list of drafts and orders. In a team each entry names its author, and the
clerk may keep a draft of their own private (listed only on their desk) or share it with the
team; a submitted order is always the team's. On a solo desk it is the plain list."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from ingram_desk.services.order_journal import JournalEntry, OrderState
from ingram_desk.ui.domain_texts import state_text

__all__ = ["DraftSelector"]


class DraftSelector(QWidget):
    """Signals: ``privacy_toggled(draft id, shared)`` when the clerk ticks or clears Private."""

    privacy_toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setMinimumWidth(420)
        self.private = QCheckBox(self.tr("Private"), self)
        self.private.setToolTip(
            self.tr(
                "Only on your desk while it is a draft; your colleagues see it once it is"
                " submitted. Its PO is kept for it either way."
            )
        )
        self.private.setVisible(False)  # a team's journal only (``team``)
        self._entry: JournalEntry | None = None
        self.private.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.private)

    def set_team(self, team: bool) -> None:
        self.private.setVisible(team)

    @staticmethod
    def label(e: JournalEntry) -> str:
        # DraftSelector.tr, not translate(): lupdate reads plural forms only from a tr()
        text = DraftSelector.tr("{po} — {state} — %n line(s)", "", len(e.draft.lines)).format(
            po=e.customer_po, state=state_text(e.state)
        )
        if e.author:  # a team's entry
            text += " — " + e.author
        if not e.shared:
            text += " — " + QCoreApplication.translate("OrderTab", "private")
        if e.on_desk:  # kept in the desk's file until the team database is back
            text += " — " + QCoreApplication.translate("OrderTab", "on this desk")
        return text

    def fill(self, entries: Iterable[JournalEntry], current: str | None) -> None:
        self.combo.clear()
        self.combo.addItem(QCoreApplication.translate("OrderTab", "(new order)"), None)
        for e in entries:
            self.combo.addItem(self.label(e), e.draft_id)
        index = self.combo.findData(current) if current else 0
        self.combo.setCurrentIndex(max(index, 0))

    def relabel(self, entry: JournalEntry) -> None:
        """Keep the entry for ``entry`` in step (PO, state, line count, private or shared)."""
        index = self.combo.findData(entry.draft_id)
        if index >= 0:
            self.combo.setItemText(index, self.label(entry))
        if self._entry is not None and entry.draft_id == self._entry.draft_id:
            self.show_entry(entry)

    def show_entry(self, entry: JournalEntry | None) -> None:
        """Private ticked for a private draft; only its author may change it, while a draft."""
        self._entry = entry
        self.private.setChecked(entry is not None and not entry.shared)
        self.private.setEnabled(
            entry is not None and entry.mine and entry.state is OrderState.DRAFT
        )

    def _clicked(self, checked: bool) -> None:
        if self._entry is not None:
            self.privacy_toggled.emit(self._entry.draft_id, not checked)
