"""What the Order tab says under the form about the order shown: its state in the journal, Ingram's
order numbers, the journal's last reason in the user's language and who sends it, in the state's
colour. A partly placed order never reads as a success; a pending one says not to place it again.

The texts keep the Order tab's translation context ("OrderTab")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ingram_desk.services.order_journal import JournalEntry, OrderState
from ingram_desk.services.ordering_service import says_only_order_numbers
from ingram_desk.ui.domain_texts import phrase_text, state_text

__all__ = ["PENDING", "STATE_COLOURS", "reason_shown", "state_line", "styled"]

S = OrderState
# states in which the outcome is not known yet: no Submit, "awaiting confirmation"
PENDING = (S.QUEUED, S.IN_FLIGHT, S.RECONCILING)
STATE_COLOURS = {
    S.DRAFT: "#5f6b7a", S.QUEUED: "#8a6d00", S.IN_FLIGHT: "#8a6d00", S.RECONCILING: "#8a6d00",
    S.PLACED: "#1b7f3b", S.REJECTED: "#b3261e", S.NEEDS_ATTENTION: "#b3261e",
}  # fmt: skip
# placed with some lines rejected by Ingram
_PARTLY = "#b3261e"


def reason_shown(reason: str) -> str:
    """The journal's last reason as the state line says it, in the user's language: nothing
    where it only repeats the order numbers."""
    if says_only_order_numbers(reason):  # (tests/ui/test_order_tab.py: said once)
        return ""
    return phrase_text(reason)


def styled(html: str, colour: str) -> str:
    return f"<span style='color:{colour}'>{html}</span>"


def state_line(entry: JournalEntry | None, reason: str, driven_elsewhere: bool) -> str:
    """The label's HTML for ``entry`` (None: a new order) and the journal's last ``reason``
    (already in the user's language)."""
    if entry is None:
        text = QCoreApplication.translate("OrderTab", "New order — saved as a draft as you type.")
        return styled(text, STATE_COLOURS[S.DRAFT])
    state = entry.state
    if state is S.DRAFT:
        text = QCoreApplication.translate("OrderTab", "Draft {customer_po} — saved.")
        return styled(text.format(customer_po=entry.customer_po), STATE_COLOURS[S.DRAFT])
    text = f"<b>{state_text(state)}</b>"
    colour = STATE_COLOURS[state]
    if state is S.PLACED and entry.last_error:  # partly placed: never reads as success
        text = QCoreApplication.translate(
            "OrderTab",
            "<b>Placed, but not every line: {last_error}</b> — those lines were not ordered",
        ).format(last_error=phrase_text(entry.last_error))
        reason = ""
        colour = _PARTLY
    if state in PENDING:
        text = QCoreApplication.translate(
            "OrderTab", "<b>{label}</b> — awaiting confirmation; do not place it again"
        ).format(label=state_text(state))
    if entry.ingram_order_numbers:
        text += QCoreApplication.translate("OrderTab", "<br>Ingram order(s): <b>{v0}</b>").format(
            v0=", ".join(entry.ingram_order_numbers)
        )
    if reason:
        text += f"<br>{reason}"
    if state is S.QUEUED and entry.attempts == 0 and driven_elsewhere:
        text += QCoreApplication.translate(
            "OrderTab",
            "<br>Another Ingram Desk window or command is sending orders from this"
            " journal; it will send this one.",
        )
    return styled(text, colour)
