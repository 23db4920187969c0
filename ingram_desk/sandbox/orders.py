"""The sandbox's order ledger: orders, sub-orders (one per shipment/warehouse), lines, shipments.

Kept as plain dataclasses that round-trip through JSON, so the demo profile's orders survive an
app restart (``state_file``). Status logic maps seed 004's one-letter codes to the v6 vocabulary.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "HOLD_STATUS_CODES",
    "Line",
    "Order",
    "OrderBook",
    "Shipment",
    "SubOrder",
]

log = logging.getLogger(__name__)

#: Seed status codes that mean "on hold".
HOLD_STATUS_CODES = frozenset("CDOS")


@dataclass
class Shipment:
    quantity: int
    delivery_number: str
    shipped_date: str  #: yyyy-mm-dd
    carrier_code: str
    carrier_name: str
    tracking_numbers: list[str]
    serial_numbers: list[str] = field(default_factory=list)
    delivered_date: str = ""
    package_weight: str = "1.0"


@dataclass
class Line:
    ingram_line_number: str
    customer_line_number: str
    sku: str
    vpn: str
    vendor: str
    description: str
    upc: str
    quantity: int
    confirmed: int
    backordered: int
    unit_price: str  #: decimal as text
    unit_weight: str = "0.5"
    eta: str = ""  #: backorder ETA, yyyy-mm-dd
    notes: str = ""
    shipments: list[Shipment] = field(default_factory=list)

    @property
    def shipped(self) -> int:
        return sum(s.quantity for s in self.shipments)


@dataclass
class SubOrder:
    number: str  #: e.g. 20-RD12H-11
    status_code: str  #: seed 004 code, "" = open
    hold_reason_code: str
    hold_reason: str  #: ERP free text, as Ingram sends it
    warehouse_id: str
    warehouse_location: str
    lines: list[Line]
    invoice_number: str = ""
    invoice_date: str = ""

    @property
    def on_hold(self) -> bool:
        return self.status_code in HOLD_STATUS_CODES

    @property
    def total(self) -> float:
        return round(sum(float(ln.unit_price) * ln.quantity for ln in self.lines), 2)

    def v6_status(self) -> str:
        """Sub-order/line status in the v6 vocabulary (Shipped, Canceled, Backordered, ...)."""
        if self.status_code == "V":
            return "Canceled"
        if self.on_hold:
            return "On Hold"
        if self.lines and all(ln.shipped >= ln.quantity for ln in self.lines):
            delivered = all(s.delivered_date for ln in self.lines for s in ln.shipments)
            return "Delivered" if delivered else "Shipped"
        if self.status_code in ("F", "I"):
            return "Shipped"
        if any(ln.backordered for ln in self.lines):
            return "Backordered"
        return "Processing"


@dataclass
class Order:
    number: str  #: e.g. 20-RD12H
    customer_number: str
    country: str
    customer_order_number: str
    entry_timestamp: str  #: ISO 8601 UTC with Z
    order_type: str  #: S stocked, D direct ship
    currency: str
    sub_orders: list[SubOrder]
    end_customer_order_number: str = ""
    notes: str = ""
    customer_hold: bool = False  #: created with allowOrderOnCustomerHold: cancellable
    ship_to: dict[str, Any] = field(default_factory=dict)
    end_user: dict[str, Any] = field(default_factory=dict)
    visible_from: str = ""  #: ISO; searches ignore the order before this instant
    placed_via_api: bool = False
    correlation_id: str = ""
    vendor_sales_order_number: str = ""

    @property
    def total(self) -> float:
        return round(sum(s.total for s in self.sub_orders), 2)

    def v6_status(self) -> str:
        """Order header status for v6 search: OPEN, CLOSED or CANCELLED."""
        states = {s.v6_status() for s in self.sub_orders}
        if states == {"Canceled"}:
            return "CANCELLED"
        if states <= {"Shipped", "Delivered", "Canceled"}:
            return "CLOSED"
        return "OPEN"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Order:
        subs = []
        for s in data.pop("sub_orders"):
            lines = []
            for ln in s.pop("lines"):
                ships = [Shipment(**sh) for sh in ln.pop("shipments")]
                lines.append(Line(**ln, shipments=ships))
            subs.append(SubOrder(**s, lines=lines))
        return cls(**data, sub_orders=subs)


class OrderBook:
    """Thread-safe ledger of seeded and placed orders, optionally persisted to a JSON file.

    Only what the API changed is persisted (placed orders and cancellations of seeded ones);
    the seeded data set is rebuilt from its generator on start.
    """

    def __init__(self, seeded: list[Order], state_file: Path | None = None) -> None:
        self.lock = threading.RLock()
        self._orders: dict[str, Order] = {o.number: o for o in seeded}
        self._seeded = set(self._orders)
        self._cancelled_seeded: set[str] = set()
        self.state_file = state_file
        self.placed_count = 0
        if state_file is not None and state_file.exists():
            self._load(state_file)

    def __len__(self) -> int:
        return len(self._orders)

    def all(self) -> list[Order]:
        with self.lock:
            return sorted(self._orders.values(), key=lambda o: (o.entry_timestamp, o.number))

    def placed(self) -> list[Order]:
        """Orders created through the API (the ledger tests check for duplicates)."""
        return [o for o in self.all() if o.placed_via_api]

    def get(self, number: str) -> Order | None:
        with self.lock:
            return self._orders.get(number.upper())

    def find_sub_order(self, number: str) -> tuple[Order, SubOrder] | None:
        key = number.upper()
        with self.lock:
            order = self._orders.get(key)
            if order is not None:
                return order, order.sub_orders[0]
            base = key.rsplit("-", 1)[0]
            order = self._orders.get(base)
            if order is not None:
                for sub in order.sub_orders:
                    if sub.number == key:
                        return order, sub
        return None

    def by_invoice(self, invoice_number: str) -> tuple[Order, SubOrder] | None:
        key = invoice_number.upper().replace("-", "")
        with self.lock:
            for order in self._orders.values():
                for sub in order.sub_orders:
                    if sub.invoice_number and sub.invoice_number.replace("-", "") == key:
                        return order, sub
        return None

    def po_in_use(self, customer_number: str, po: str) -> bool:
        with self.lock:
            return any(
                o.customer_number == customer_number
                and o.customer_order_number.upper() == po.upper()
                for o in self._orders.values()
            )

    def add(self, order: Order) -> None:
        with self.lock:
            self._orders[order.number] = order
            self.placed_count += 1
            self.save()

    def cancel(self, order: Order) -> None:
        with self.lock:
            for sub in order.sub_orders:
                sub.status_code, sub.hold_reason_code, sub.hold_reason = "V", "", ""
                for line in sub.lines:
                    line.backordered = 0
            order.customer_hold = False
            if order.number in self._seeded:
                self._cancelled_seeded.add(order.number)
            self.save()

    def save(self) -> None:
        if self.state_file is None:
            return
        with self.lock:
            data = {
                "version": 1,
                "placed_count": self.placed_count,
                "cancelled_seeded": sorted(self._cancelled_seeded),
                "orders": [o.to_json() for o in self._orders.values() if o.placed_via_api],
            }
            self.state_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.state_file.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
            os.replace(tmp, self.state_file)

    def _load(self, path: Path) -> None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("state file is not a JSON object")
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            # A damaged demo ledger must not stop the app: keep it aside and start afresh.
            aside = path.with_suffix(".corrupt")
            os.replace(path, aside)
            log.warning("sandbox state %s unreadable (%s); moved to %s", path, exc, aside)
            return
        for raw in data.get("orders", []):
            order = Order.from_json(raw)
            self._orders[order.number] = order
        self.placed_count = int(data.get("placed_count", 0))
        for number in data.get("cancelled_seeded", []):
            order = self._orders.get(number)
            if order is not None:
                self.cancel(order)
