"""Price & availability results as the P&A grid and the CLI show them (one per requested item).

``PnaResult.warehouses`` lists per-warehouse stock with the name and location resolved from
seed 004's table for the account's country (``local`` vs ``central``), the backordered quantity
and the earliest ETA. Money is ``Decimal`` with its ISO currency.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

__all__ = ["PnaResult", "WarehouseAvailability"]


@dataclass(frozen=True, slots=True)
class WarehouseAvailability:
    id: str
    name: str  #: town from the seed table, or Ingram's location text when not in the table
    location: str
    central: bool  #: True for the country's central warehouse (e.g. Straubing for NL)
    known: bool  #: False when the id is not in the seed table for this country
    available: int
    backordered: int
    on_order: int | None = None
    eta: date | None = None  #: earliest expected date of incoming stock


@dataclass(frozen=True, slots=True)
class PnaResult:
    """One requested item. ``ok`` is False when Ingram flagged the line (status code "E")."""

    query: str  #: what the user typed (SKU, VPN or EAN)
    sku: str | None
    vpn: str | None
    upc: str | None
    description: str
    vendor_name: str
    customer_price: Decimal | None
    retail_price: Decimal | None
    currency: str | None
    available: bool
    total_available: int
    warehouses: tuple[WarehouseAvailability, ...] = ()
    status_code: str | None = None
    status_message: str | None = None
    accept_backorder: bool | None = None
    product_class: str | None = None
    extra: dict[str, object] = field(default_factory=dict, compare=False)

    @property
    def ok(self) -> bool:
        return (self.status_code or "").upper() != "E"

    @property
    def eta(self) -> date | None:
        """Earliest ETA over all warehouses (shown when nothing is in stock)."""
        etas = [w.eta for w in self.warehouses if w.eta]
        return min(etas) if etas else None

    def local_available(self) -> int:
        return sum(w.available for w in self.warehouses if not w.central)

    def as_json(self) -> dict[str, object]:
        """The CLI contract's snake_case shape."""
        return {
            "sku": self.sku,
            "vpn": self.vpn,
            "description": self.description,
            "customer_price": str(self.customer_price) if self.customer_price is not None else None,
            "currency": self.currency,
            "total_available": self.total_available,
            "warehouses": [
                {
                    "id": w.id,
                    "name": w.name,
                    "location": w.location,
                    "central": w.central,
                    "available": w.available,
                    "backordered": w.backordered,
                    "eta": w.eta.isoformat() if w.eta else None,
                }
                for w in self.warehouses
            ],
            "status_code": self.status_code,
            "status_message": self.status_message,
        }
