"""Documents Ingram pushes (despatch advice, invoice, asynchronous order confirmation), as read
from files the user drops into the inbox; they attach to orders by PO or order number."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

__all__ = ["DocumentLine", "PushedDocument"]

KIND_LABELS = {
    "despatch_advice": "Despatch advice",
    "invoice": "Invoice",
    "order_confirmation": "Order confirmation",
}


@dataclass(frozen=True, slots=True)
class DocumentLine:
    line_number: str
    sku: str
    description: str
    quantity: int | None
    unit_price: Decimal | None = None
    amount: Decimal | None = None
    serial_numbers: tuple[str, ...] = ()
    tracking_numbers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PushedDocument:
    kind: str  #: despatch_advice | invoice | order_confirmation
    number: str  #: DespatchAdviceNumber, InvoiceNumber or BranchOrderNumber
    customer_po: str
    order_numbers: tuple[str, ...]  #: Ingram order numbers the document names (display form)
    issued: date | None
    carrier: str = ""
    tracking: tuple[tuple[str, str | None], ...] = ()  #: (tracking number, URL)
    currency: str | None = None
    total: Decimal | None = None
    lines: tuple[DocumentLine, ...] = ()

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def serial_numbers(self) -> tuple[str, ...]:
        return tuple(s for ln in self.lines for s in ln.serial_numbers)

    def summary(self) -> str:
        """One line for notifications and the CLI."""
        parts = [f"{self.label} {self.number}"]
        if self.tracking:
            parts.append("tracking " + ", ".join(t for t, _ in self.tracking))
        if self.total is not None:
            parts.append(f"total {self.total} {self.currency or ''}".rstrip())
        if self.serial_numbers:
            parts.append(f"{len(self.serial_numbers)} serial number(s)")
        return "; ".join(parts)

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "number": self.number,
            "customer_po": self.customer_po,
            "order_numbers": list(self.order_numbers),
            "date": self.issued.isoformat() if self.issued else None,
            "carrier": self.carrier,
            "tracking": [{"tracking_number": t, "url": u} for t, u in self.tracking],
            "currency": self.currency,
            "total": str(self.total) if self.total is not None else None,
            "lines": [
                {
                    "line_number": ln.line_number,
                    "sku": ln.sku,
                    "description": ln.description,
                    "quantity": ln.quantity,
                    "unit_price": str(ln.unit_price) if ln.unit_price is not None else None,
                    "amount": str(ln.amount) if ln.amount is not None else None,
                    "serial_numbers": list(ln.serial_numbers),
                    "tracking_numbers": list(ln.tracking_numbers),
                }
                for ln in self.lines
            ],
        }
