"""One row of Ingram's live product search (v6 catalog), as opposed to a price-file ``Product``."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CatalogHit"]


@dataclass(frozen=True, slots=True)
class CatalogHit:
    sku: str
    vpn: str
    upc: str
    description: str
    vendor: str
    category: str
    sub_category: str
    discontinued: bool | None
    authorized: bool | None
    replacement_sku: str = ""
