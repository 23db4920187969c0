"""Pure helpers of the order form (no widgets): typed/pasted "SKU qty" text → lines, and a live
P&A answer applied to the lines with a note of what changed since they were added."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from ingram_desk.domain.availability import PnaResult
from ingram_desk.ui import formats
from ingram_desk.ui.models.order_lines_model import FormLine

__all__ = [
    "LineInputError",
    "answers_by_sku",
    "apply_live_answers",
    "live_price_source",
    "parse_sku_quantities",
]

_QTY = re.compile(r"[0-9]{1,6}")


class LineInputError(ValueError):
    """Typed or pasted text with a line that is not "SKU" or "SKU quantity"; nothing was added."""

    def __init__(self, bad: list[str]) -> None:
        shown = ", ".join(f"“{b}”" for b in bad[:3]) + (" …" if len(bad) > 3 else "")
        super().__init__(
            QCoreApplication.translate(
                "LineInputError",
                "Nothing added: {shown} — write one SKU per line, optionally followed by a whole quantity of at least 1 (e.g. “1234567 3”).",
            ).format(shown=shown)
        )
        self.bad = bad


def parse_sku_quantities(text: str) -> list[tuple[str, int]]:
    """ "SKU", "SKU 3", "SKU;3" or "SKU<TAB>3" per line (a spreadsheet copy) → (sku, qty) pairs.

    A line with anything else ("SKU -3", "SKU 2a", "SKU x3", "SKU 3 Stk", "SKU 1.000",
    "SKU 0") raises ``LineInputError`` naming every such line: a quantity is never guessed."""
    out: list[tuple[str, int]] = []
    bad: list[str] = []
    for raw in text.replace("\r", "\n").split("\n"):
        parts = raw.replace(";", " ").replace(",", " ").replace("\t", " ").split()
        if not parts:
            continue
        if len(parts) == 1:
            out.append((parts[0], 1))
        elif len(parts) == 2 and _QTY.fullmatch(parts[1]) and int(parts[1]) >= 1:
            out.append((parts[0], int(parts[1])))
        else:
            bad.append(raw.strip())
    if bad:
        raise LineInputError(bad)
    return out


def live_price_source(stamp: str) -> str:
    """A line's "Price from" once a live P&A priced it: ``live P&A 09:15`` (``Live-P&A`` in de)."""
    return QCoreApplication.translate("OrderLinesInput", "live P&A {time}").format(time=stamp)


def apply_live_answers(line: FormLine, answer: PnaResult | None, stamp: str) -> FormLine:
    """The line with the live price (source "live P&A HH:MM") and ``live_note`` saying what
    changed: price, not enough stock, rejected or unanswered ("" when nothing changed)."""
    notes: list[str] = []
    new = replace(line, live_rejected=False)
    if answer is None:
        notes.append(QCoreApplication.translate("OrderLinesInput", "no answer from Ingram"))
    elif not answer.ok:
        notes.append(
            answer.status_message
            or QCoreApplication.translate("OrderLinesInput", "rejected by Ingram")
        )
        new = replace(new, live_rejected=True)
    else:
        price = answer.customer_price
        currency = answer.currency or line.currency
        if price is not None:
            if line.unit_price is not None and price != line.unit_price:
                notes.append(
                    QCoreApplication.translate("OrderLinesInput", "price {old} → {new}").format(
                        old=formats.money(line.unit_price, currency),
                        new=formats.money(price, currency),
                    )
                )
            new = replace(new, unit_price=price, price_source=live_price_source(stamp))
        if answer.total_available <= 0 < line.quantity:  # not "only 0 available"
            notes.append(QCoreApplication.translate("OrderLinesInput", "none in stock"))
        elif answer.total_available < line.quantity:
            notes.append(
                QCoreApplication.translate(
                    "OrderLinesInput", "only {total_available} available"
                ).format(total_available=answer.total_available)
            )
        new = replace(
            new,
            description=line.description or answer.description,
            currency=answer.currency or line.currency,
        )
    return replace(new, live_note="; ".join(notes), live_checked=True)


def answers_by_sku(results: list[PnaResult]) -> Mapping[str, PnaResult]:
    return {(r.sku or r.query).upper(): r for r in results}
