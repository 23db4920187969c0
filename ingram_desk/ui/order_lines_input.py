"""Pure helpers of the order form (no widgets): typed/pasted "SKU qty" text → lines, and a live
P&A answer applied to the lines with a note of what changed since they were added."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ingram_desk.domain.availability import PnaResult
from ingram_desk.ui.models.order_lines_model import FormLine

__all__ = ["answers_by_sku", "apply_live_answers", "parse_sku_quantities"]


def parse_sku_quantities(text: str) -> list[tuple[str, int]]:
    """ "SKU", "SKU 3", "SKU;3" or "SKU<TAB>3" per line (a spreadsheet copy) → (sku, qty) pairs."""
    out: list[tuple[str, int]] = []
    for raw in text.replace("\r", "\n").split("\n"):
        parts = [p for p in raw.replace(";", " ").replace(",", " ").replace("\t", " ").split() if p]
        if not parts:
            continue
        qty = 1
        if len(parts) > 1 and parts[-1].isdigit():
            qty = max(int(parts.pop()), 1)
        out.extend((sku, qty) for sku in parts)
    return out


def apply_live_answers(line: FormLine, answer: PnaResult | None, stamp: str) -> FormLine:
    """The line with the live price (source "live P&A HH:MM") and ``live_note`` saying what
    changed: price, not enough stock, rejected or unanswered ("" when nothing changed)."""
    notes: list[str] = []
    new = line
    if answer is None:
        notes.append("no answer from Ingram")
    elif not answer.ok:
        notes.append(answer.status_message or "rejected by Ingram")
    else:
        price = answer.customer_price
        if price is not None:
            if line.unit_price is not None and price != line.unit_price:
                notes.append(f"price {line.unit_price:,.2f} → {price:,.2f}")
            new = replace(new, unit_price=price, price_source=f"live P&A {stamp}")
        if answer.total_available < line.quantity:
            notes.append(f"only {answer.total_available} available")
        new = replace(
            new,
            description=line.description or answer.description,
            currency=answer.currency or line.currency,
        )
    return replace(new, live_note="; ".join(notes), live_checked=True)


def answers_by_sku(results: list[PnaResult]) -> Mapping[str, PnaResult]:
    return {(r.sku or r.query).upper(): r for r in results}
