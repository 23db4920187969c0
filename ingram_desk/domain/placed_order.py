"""Orders as Ingram knows them: create results, search rows, full details, invoices.

Search rows (``OrderSummary``) carry sub-orders with the seed's status and hold-reason text
decoded; ``OrderDetails`` carries lines, shipments, carriers, tracking numbers and serials.
``snapshot()`` gives the watch list a comparable digest of what a purchaser cares about.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

__all__ = [
    "CreateResult",
    "CreatedOrder",
    "InvoiceDetails",
    "InvoiceLine",
    "OrderDetails",
    "OrderLine",
    "OrderSummary",
    "RejectedLine",
    "Shipment",
    "SubOrder",
    "TrackingPackage",
]


@dataclass(frozen=True, slots=True)
class RejectedLine:
    customer_line_number: str
    sku: str
    quantity: int | None
    code: str
    reason: str


@dataclass(frozen=True, slots=True)
class CreatedOrder:
    ingram_order_number: str
    order_date: date | None
    order_type: str
    total: Decimal | None
    currency: str | None
    rejected_lines: tuple[RejectedLine, ...] = ()


@dataclass(frozen=True, slots=True)
class CreateResult:
    """A 201/207 answer. Every order number is kept (a split creates several)."""

    customer_po: str
    orders: tuple[CreatedOrder, ...]
    partial: bool
    status: int

    @property
    def order_numbers(self) -> tuple[str, ...]:
        return tuple(o.ingram_order_number for o in self.orders)


@dataclass(frozen=True, slots=True)
class SubOrder:
    sub_order_number: str
    status_code: str | None
    status: str
    hold_reason_code: str | None = None
    hold_reason: str | None = None  #: the seed's description of the code
    hold_explanation: str | None = None  #: Ingram's free text (e.g. "HARD-9 CUST NOT FLOOR ORD")
    total: Decimal | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "sub_order_number": self.sub_order_number,
            "status_code": self.status_code,
            "status": self.status,
            "hold_reason_code": self.hold_reason_code,
            "hold_reason": self.hold_reason,
            "hold_explanation": self.hold_explanation,
        }


@dataclass(frozen=True, slots=True)
class OrderSummary:
    ingram_order_number: str
    customer_order_number: str
    order_date: datetime | date | None
    status: str
    sub_orders: tuple[SubOrder, ...] = ()
    total: Decimal | None = None
    #: from the order's details when read (the v5 search carries neither)
    currency: str | None = None
    line_count: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "ingram_order_number": self.ingram_order_number,
            "customer_order_number": self.customer_order_number,
            "order_date": self.order_date.isoformat() if self.order_date else None,
            "status": self.status,
            "sub_orders": [s.as_json() for s in self.sub_orders],
        }


@dataclass(frozen=True, slots=True)
class TrackingPackage:
    tracking_number: str
    carrier_code: str
    carrier_name: str
    url: str | None = None
    serial_numbers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Shipment:
    quantity: int | None
    warehouse_id: str | None
    warehouse_location: str | None
    estimated_ship_date: date | None
    shipped_date: date | None
    invoice_number: str | None
    invoice_date: date | None
    delivery_number: str | None
    packages: tuple[TrackingPackage, ...] = ()


@dataclass(frozen=True, slots=True)
class OrderLine:
    sub_order_number: str
    line_number: str
    customer_line_number: str
    status: str
    sku: str
    vpn: str
    description: str
    unit_price: Decimal | None
    extended_price: Decimal | None
    quantity_ordered: int | None
    quantity_confirmed: int | None
    quantity_backordered: int | None
    backorder_eta: date | None
    shipments: tuple[Shipment, ...] = ()

    @property
    def serial_numbers(self) -> tuple[str, ...]:
        return tuple(s for sh in self.shipments for p in sh.packages for s in p.serial_numbers)


@dataclass(frozen=True, slots=True)
class OrderDetails:
    ingram_order_number: str
    customer_order_number: str
    order_date: datetime | date | None
    status: str
    total: Decimal | None
    currency: str | None
    lines: tuple[OrderLine, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def tracking_numbers(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for line in self.lines:
            for sh in line.shipments:
                for p in sh.packages:
                    seen.setdefault(p.tracking_number)
        return tuple(seen)

    @property
    def invoice_numbers(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for line in self.lines:
            for sh in line.shipments:
                if sh.invoice_number:
                    seen.setdefault(sh.invoice_number)
        return tuple(seen)

    def snapshot(self) -> dict[str, Any]:
        """What the watch list compares between polls (status, ETAs, shipments, tracking)."""
        return {
            "status": self.status,
            "lines": {
                f"{ln.sub_order_number}/{ln.line_number}": {
                    "status": ln.status,
                    "eta": ln.backorder_eta.isoformat() if ln.backorder_eta else None,
                    "shipments": len(ln.shipments),
                }
                for ln in self.lines
            },
            "tracking": sorted(self.tracking_numbers),
        }

    def as_json(self) -> dict[str, Any]:
        def d(x: date | None) -> str | None:
            return x.isoformat() if x else None

        return {
            "ingram_order_number": self.ingram_order_number,
            "customer_order_number": self.customer_order_number,
            "order_date": d(self.order_date),
            "status": self.status,
            "total": str(self.total) if self.total is not None else None,
            "currency": self.currency,
            "lines": [
                {
                    "sub_order_number": ln.sub_order_number,
                    "line_number": ln.line_number,
                    "customer_line_number": ln.customer_line_number,
                    "status": ln.status,
                    "sku": ln.sku,
                    "vpn": ln.vpn,
                    "description": ln.description,
                    "unit_price": str(ln.unit_price) if ln.unit_price is not None else None,
                    "quantity_ordered": ln.quantity_ordered,
                    "quantity_confirmed": ln.quantity_confirmed,
                    "quantity_backordered": ln.quantity_backordered,
                    "backorder_eta": d(ln.backorder_eta),
                    "serial_numbers": list(ln.serial_numbers),
                    "shipments": [
                        {
                            "quantity": sh.quantity,
                            "warehouse_id": sh.warehouse_id,
                            "warehouse_location": sh.warehouse_location,
                            "shipped_date": d(sh.shipped_date),
                            "invoice_number": sh.invoice_number,
                            "tracking": [
                                {
                                    "tracking_number": p.tracking_number,
                                    "carrier_code": p.carrier_code,
                                    "carrier_name": p.carrier_name,
                                    "url": p.url,
                                    "serial_numbers": list(p.serial_numbers),
                                }
                                for p in sh.packages
                            ],
                        }
                        for sh in ln.shipments
                    ],
                }
                for ln in self.lines
            ],
            "tracking_numbers": list(self.tracking_numbers),
            "invoice_numbers": list(self.invoice_numbers),
        }


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    line_number: str
    sku: str
    description: str
    quantity: int | None
    unit_price: Decimal | None
    extended_price: Decimal | None
    serial_numbers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InvoiceDetails:
    invoice_number: str
    status: str
    invoice_date: date | None
    due_date: date | None
    customer_order_number: str
    ingram_order_number: str
    currency: str | None
    amount_due: Decimal | None
    lines: tuple[InvoiceLine, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "invoice_number": self.invoice_number,
            "status": self.status,
            "invoice_date": self.invoice_date.isoformat() if self.invoice_date else None,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "customer_order_number": self.customer_order_number,
            "ingram_order_number": self.ingram_order_number,
            "currency": self.currency,
            "amount_due": str(self.amount_due) if self.amount_due is not None else None,
            "lines": [
                {
                    "line_number": ln.line_number,
                    "sku": ln.sku,
                    "description": ln.description,
                    "quantity": ln.quantity,
                    "unit_price": str(ln.unit_price) if ln.unit_price is not None else None,
                    "serial_numbers": list(ln.serial_numbers),
                }
                for ln in self.lines
            ],
        }
