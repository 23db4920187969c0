"""What a catalogue reader is asked (``CatalogueQuery``, ``SORT_KEYS``) and answers besides
row ids (``CatalogueInfo``, ``ChangeSummary``), and how a query is stopped (``QueryCancelled``).
One reader answers: ``engine.Catalogue`` (a generation's ``snapshot.Snapshot``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

__all__ = [
    "CHANGE_KINDS",
    "SORT_KEYS",
    "CatalogueInfo",
    "CatalogueQuery",
    "Change",
    "ChangeSummary",
    "QueryCancelled",
]

#: Sortable columns (``CatalogueQuery.sort_key``) → the column it names.
SORT_KEYS: dict[str, str] = {
    "row": "id",
    "sku": "sku",
    "vpn": "vpn",
    "ean": "ean",
    "vendor": "vendor",
    "description": "description",
    "category": "category_code",
    "customer_price": "customer_price",
    "retail_price": "retail_price",
    "currency": "currency",
    "stock": "stock",
    "in_stock": "in_stock",
    "eta": "eta",
    "status": "status",
}


#: Kinds of change recorded per SKU, in display order.
CHANGE_KINDS = ("new", "removed", "price_up", "price_down", "back_in_stock", "out_of_stock")


class QueryCancelled(Exception):
    """``query_ids`` stopped because its cancel flag was set."""


@dataclass(frozen=True, slots=True)
class CatalogueQuery:
    """One view of the catalogue. Empty ``text`` means every row; filters combine with AND.

    ``category`` is a category path ("Zubehör › Kabel", the whole subtree) or a category code;
    ``vendor`` is matched case-insensitively and exactly; prices are inclusive bounds.
    ``sort_key`` is one of ``SORT_KEYS`` (default: file order).
    """

    text: str = ""
    vendor: str | None = None
    category: str | None = None
    in_stock: bool = False
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    sort_key: str = "row"
    descending: bool = False


@dataclass(frozen=True, slots=True)
class CatalogueInfo:
    row_count: int
    generation: int
    layout: str
    encoding: str
    source: str
    price_file_time: str
    stock_file_time: str
    imported_at: str
    rows_skipped: int
    #: True while an import's stage-1 snapshot serves the catalogue (its generation is written)
    interim: bool = False
    #: True when ``price_file_time`` is the file's own export date (``file_date``), False when
    #: it is the file's time on disk (the file carries none)
    price_file_dated: bool = False


@dataclass(frozen=True, slots=True)
class Change:
    """One article changed; a removed one also as the catalogue before it had it (the others
    are read from the live catalogue)."""

    sku: str
    old: str | None
    new: str | None
    vpn: str = ""
    vendor: str = ""
    description: str = ""


@dataclass(slots=True)
class ChangeSummary:
    """Changes of the live catalogue against the import before it; ``counts`` are complete,
    ``items`` per kind are capped at ``limit``. ``old``/``new`` are prices (as decimal strings)
    for new/removed/price kinds and stock quantities for the stock kinds."""

    generation: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    items: dict[str, list[Change]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "generation": self.generation,
            "counts": dict(self.counts),
            "changes": {k: [_change_dict(c) for c in v] for k, v in self.items.items()},
        }


def _change_dict(change: Change) -> dict[str, str | None]:
    out = {"sku": change.sku, "old": change.old, "new": change.new}
    if change.vpn or change.vendor or change.description:  # (a removed article)
        out |= {"vpn": change.vpn, "vendor": change.vendor, "description": change.description}
    return out
