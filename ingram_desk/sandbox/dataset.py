"""The sandbox's seeded, deterministic data: its catalogue and ~60 orders covering every seed code.

Orders span every seed 004 status code and every hold reason code, several sub-orders per order,
partial shipments, a PO split into two sales orders, invoiced orders with invoices, and orders on
customer hold (cancellable). Dates are offsets from an anchor day (the server's start day).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ingram_desk.domain.order_status import HOLD_REASONS
from ingram_desk.domain.warehouses import CURRENCY_BY_COUNTRY, warehouses_for
from ingram_desk.sandbox.orders import Line, Order, Shipment, SubOrder
from ingram_desk.sandbox.products import (
    DEFAULT_SEED,
    SAMPLE_ROWS,
    Product,
    generate_products,
)

__all__ = [
    "CARRIERS",
    "Catalogue",
    "branch_for",
    "build_orders",
    "load_catalogue",
    "seeded_order_number",
]

#: Carriers seen in EMEA orders (codes are ERP-specific; these are invented but plausible).
CARRIERS: tuple[tuple[str, str], ...] = (
    ("DH", "DHL PARCEL"),
    ("UP", "UPS STANDARD"),
    ("PN", "POSTNL PAKKET"),
    ("GN", "DHL NORMAL"),
    ("DP", "DPD CLASSIC"),
)

_B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _b36(n: int, width: int) -> str:
    out = ""
    for _ in range(width):
        n, r = divmod(n, 36)
        out = _B36[r] + out
    return out


@dataclass(frozen=True)
class Catalogue:
    """The sandbox's products, indexed the ways P&A and order create look them up."""

    products: tuple[Product, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_sku", {p.sku: p for p in self.products})
        object.__setattr__(self, "by_vpn", {p.vpn.upper(): p for p in self.products})
        object.__setattr__(self, "by_ean", {p.ean: p for p in self.products})

    def find(self, sku: str | None = None, vpn: str | None = None, upc: str | None = None):
        if sku:
            return self.by_sku.get(sku.strip().upper())  # type: ignore[attr-defined]
        if vpn:
            return self.by_vpn.get(vpn.strip().upper())  # type: ignore[attr-defined]
        if upc:
            code = upc.strip()
            return self.by_ean.get(code) or self.by_ean.get(code.zfill(13))  # type: ignore[attr-defined]
        return None


def load_catalogue(count: int = SAMPLE_ROWS, seed: int = DEFAULT_SEED) -> Catalogue:
    """The same products as the bundled sample price file."""
    return Catalogue(tuple(generate_products(count, seed)))


def branch_for(country: str) -> str:
    """Two-digit order-number prefix: the first numeric local warehouse, else 70 (SAP countries)."""
    table = warehouses_for(country)
    if table:
        for wh in table.local:
            if wh.id.isdigit():
                return wh.id
    return "70"


def seeded_order_number(country: str, index: int) -> str:
    return f"{branch_for(country)}-RD{_b36(index * 37 + 1000, 3)}"


# Which seed status code shows each hold reason (credit → C, sales/pricing → S, shipping → D,
# e-commerce/data → O, deleted → V).
_HOLD_STATUS = {
    **dict.fromkeys("C3 C4 C5 C8 CC CH CL PC PD FL".split(), "C"),
    **dict.fromkeys("SH S2 SM SP SB BL GM LM LT MN AC SE".split(), "S"),
    **dict.fromkeys("BA SF WT EX R1 RP ER".split(), "D"),
    **dict.fromkeys("ZS IC IM EU ES EA EH VR TV IN BO".split(), "O"),
    "VO": "V",
}
#: ERP free text Ingram puts in ``holdreason`` (seed example for CH; others our invention).
_HOLD_TEXT = {
    "CH": "HARD-9 CUST NOT FLOOR ORD",
    "IM": "CUSTOMER HOLD",
    "SH": "SALES HOLD - CHECK PO",
}


class _Builder:
    def __init__(self, catalogue: Catalogue, customer: str, country: str, anchor: date) -> None:
        self.rnd = random.Random(DEFAULT_SEED + 17)
        self.customer, self.country, self.anchor = customer, country, anchor
        self.currency = CURRENCY_BY_COUNTRY.get(country, "USD")
        table = warehouses_for(country)
        self.local = table.local[0] if table else None
        self.central = table.central if table and table.central else None
        self.stocked = [p for p in catalogue.products if p.stock > 0 and not p.central_only]
        self.central_only = [p for p in catalogue.products if p.central_only]
        self.serialised = [p for p in self.stocked if p.category.product_type in ("SYST", "MNTR")]
        self.index = 0
        self.orders: list[Order] = []

    def _stamp(self, days_ago: int, minute: int) -> str:
        # Always before the anchor day starts, so seeded orders never lie in the future.
        day = self.anchor - timedelta(days=days_ago + 1)
        moment = datetime.combine(day, time(7, 0)) + timedelta(minutes=minute % 900)
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")

    def _hold_stamp(self) -> str:
        # An order on customer hold can be changed for 24 hours after entry: entered as the anchor
        # day starts, it stays changeable all that day (a stamp on the day before, as _stamp
        # gives, ran out of the window at some hour of the afternoon, with the tests).
        return f"{self.anchor:%Y-%m-%d}T00:00:00Z"

    def _line(self, n: int, product: Product, qty: int, backordered: int = 0) -> Line:
        return Line(
            ingram_line_number=f"{n:03d}",
            customer_line_number=str(n),
            sku=product.sku,
            vpn=product.vpn,
            vendor=product.vendor,
            description=product.description,
            upc=product.ean,
            quantity=qty,
            confirmed=qty - backordered,
            backordered=backordered,
            unit_price=str(product.price_in(self.currency)),
            unit_weight=str(product.weight),
            eta=(self.anchor + timedelta(days=12)).isoformat() if backordered else "",
        )

    def _ship(self, line: Line, qty: int, days_ago: int, delivered: bool, serial: bool) -> None:
        code, name = CARRIERS[self.rnd.randrange(len(CARRIERS))]
        shipped = self.anchor - timedelta(days=days_ago)
        serials = (
            [f"S{line.sku}{k:03d}{self.rnd.randrange(1000, 9999)}" for k in range(qty)]
            if serial
            else []
        )
        line.shipments.append(
            Shipment(
                quantity=qty,
                delivery_number=f"80{self.rnd.randrange(10**7, 10**8)}",
                shipped_date=shipped.isoformat(),
                carrier_code=code,
                carrier_name=name,
                tracking_numbers=[f"3S{self.rnd.randrange(10**11, 10**12)}NL"],
                serial_numbers=serials,
                delivered_date=(shipped + timedelta(days=1)).isoformat() if delivered else "",
                package_weight=str(line.unit_weight),
            )
        )

    def order(
        self,
        subs: list[tuple[str, str]],
        *,
        po: str | None = None,
        days_ago: int = 3,
        central: bool = False,
        customer_hold: bool = False,
    ) -> Order:
        """One order whose sub-orders have the given (status code, hold code) pairs."""
        self.index += 1
        number = seeded_order_number(self.country, self.index)
        wh = self.central if central and self.central else self.local
        sub_orders = []
        for k, (status, hold) in enumerate(subs):
            pool = self.central_only if central else self.stocked
            serial = status in ("F", "I") and k % 2 == 0
            if serial:
                pool = self.serialised
            lines = [
                self._line(n + 1, pool[self.rnd.randrange(len(pool))], self.rnd.randint(1, 4))
                for n in range(self.rnd.randint(1, 3))
            ]
            sub = SubOrder(
                number=f"{number}-{11 + k}",
                status_code=status,
                hold_reason_code=hold,
                hold_reason=_HOLD_TEXT.get(hold, HOLD_REASONS[hold].description.upper())
                if hold
                else "",
                warehouse_id=wh.id if wh else "10",
                warehouse_location=wh.location if wh else "Mira Loma, CA",
                lines=lines,
            )
            if status in ("F", "I", "E"):
                for line in lines:
                    self._ship(line, line.quantity, days_ago - 1, status == "F", serial)
            if status in ("F", "I", "E"):
                sub.invoice_number = sub.number.replace("-", "")
                sub.invoice_date = (self.anchor - timedelta(days=max(days_ago - 2, 0))).isoformat()
            sub_orders.append(sub)
        order = Order(
            number=number,
            customer_number=self.customer,
            country=self.country,
            customer_order_number=po or f"PO-{self.anchor:%y}{self.index:04d}",
            entry_timestamp=self._hold_stamp()
            if customer_hold and days_ago == 0
            else self._stamp(days_ago, self.index * 7),
            order_type="D" if central else "S",
            currency=self.currency,
            sub_orders=sub_orders,
            end_customer_order_number=f"EU-{self.index:04d}" if self.index % 3 == 0 else "",
            customer_hold=customer_hold,
            ship_to=_SHIP_TO,
            end_user=_END_USER if self.index % 2 else {},
        )
        self.orders.append(order)
        return order


_SHIP_TO = {
    "companyName": "BEISPIEL IT-SERVICE B.V.",
    "contact": "J. DE VRIES",
    "addressLine1": "KANAALSTRAAT 12",
    "city": "TILBURG",
    "postalCode": "5041 AB",
    "countryCode": "NL",
}
_END_USER = {
    "companyName": "GEMEENTE VOORBEELD",
    "contact": "A. JANSEN",
    "addressLine1": "MARKT 1",
    "city": "BREDA",
    "postalCode": "4811 XK",
    "countryCode": "NL",
}


def build_orders(customer: str, country: str, anchor: date, catalogue: Catalogue) -> list[Order]:
    """The seeded orders for ``customer`` (deterministic for a given anchor day)."""
    b = _Builder(catalogue, customer, country, anchor)
    # Every hold reason code once, on the status that shows it.
    for i, code in enumerate(sorted(_HOLD_STATUS)):
        b.order([(_HOLD_STATUS[code], code)], days_ago=1 + i % 20, customer_hold=code == "IM")
    # Plain statuses, several of each.
    for i, status in enumerate(["", "", "", "R", "R", "W", "W", "E", "I", "I", "F", "F", "F", "V"]):
        b.order([(status, "")], days_ago=2 + (i * 3) % 40)
    # Several sub-orders (partial shipments) on one order: pagination over shipments.
    multi = b.order([("F", ""), ("I", ""), ("R", ""), ("", ""), ("D", "SF")], days_ago=9)
    first = multi.sub_orders[3].lines[0]
    first.backordered, first.confirmed = first.quantity, 0
    first.eta = (anchor + timedelta(days=6)).isoformat()
    # A line shipped in part, rest back-ordered.
    partial = b.order([("R", "")], days_ago=4)
    line = partial.sub_orders[0].lines[0]
    line.quantity, line.confirmed, line.backordered = 5, 2, 3
    line.eta = (anchor + timedelta(days=10)).isoformat()
    b._ship(line, 2, 2, False, False)
    # One PO split into a stocked and a central-warehouse sales order.
    b.order([("R", "")], po="PO-SPLIT-4711", days_ago=5)
    b.order([("", "")], po="PO-SPLIT-4711", days_ago=5, central=True)
    # Customer-hold orders (created with allowOrderOnCustomerHold): cancellable.
    b.order([("O", "IM")], po="PO-HOLD-CANCEL", days_ago=0, customer_hold=True)
    return b.orders
