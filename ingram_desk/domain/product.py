"""One catalogue article as the rest of the app sees it, whatever price-file layout it came from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

__all__ = ["CATEGORY_SEPARATOR", "Product"]

#: Joins the levels of a category path when it is shown or stored as one string.
CATEGORY_SEPARATOR = " › "


@dataclass(frozen=True, slots=True)
class Product:
    """A price-file row mapped onto canonical fields (price-files.md §9).

    Codes (SKU, VPN, EAN, category) stay text with leading zeros kept; prices are ``Decimal``
    (``None`` when the file has none); ``stock`` is ``None`` when the layout carries no quantity
    (the NA ``PRICE.TXT`` only has a Y/N flag, kept in ``in_stock``). ``raw`` maps every original
    column name (or ``col1``… for headerless files) to its text, so unmapped columns stay viewable.
    ``stock_warehouse`` is the warehouse column of the latest Hourly Stock File applied.
    ``row_id`` is the store's row id for the current catalogue generation, not a stable key: use
    ``sku`` to remember an article across imports.
    """

    row_id: int
    sku: str
    vpn: str
    ean: str
    vendor: str
    description: str
    category_code: str
    category_path: tuple[str, ...]
    customer_price: Decimal | None
    retail_price: Decimal | None
    currency: str
    stock: int | None
    in_stock: bool
    eta: date | None
    status: str = ""
    datasheet_url: str = ""
    image_url: str = ""
    icecat_id: str = ""
    #: Warehouse the latest Hourly Stock File named for ``stock`` ("" when none did).
    stock_warehouse: str = ""
    raw: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def category(self) -> str:
        """The category path as one display string ("Zubehör › Kabel")."""
        return CATEGORY_SEPARATOR.join(self.category_path)
