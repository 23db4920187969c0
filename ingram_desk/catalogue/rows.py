"""One parsed CSV row → the canonical values stored per article, or a reason to skip it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .layouts import ColumnMap
from .values import parse_date, parse_price, parse_quantity

__all__ = ["RAW_SEPARATOR", "CanonicalRow", "RowConverter", "RowError"]

#: Joins the original cells of a row in the ``raw`` column (unit separator: never in real data).
RAW_SEPARATOR = "\x1f"

_NA_STATUS = {"*": "discontinued", "N": "to be discontinued", "V": "deleted by vendor"}


class RowError(ValueError):
    """The row cannot be imported; the message is the reason shown in the import report."""


@dataclass(slots=True)
class CanonicalRow:
    line: int
    sku: str
    vpn: str
    ean: str
    vendor: str
    description: str
    category_code: str
    category_names: tuple[str, ...]
    customer_price: int | None
    retail_price: int | None
    currency: str
    stock: int | None
    in_stock: bool
    eta: str | None
    status: str
    datasheet_url: str
    image_url: str
    icecat_id: str
    raw: str


Warn = Callable[[int, str], None]


def _clean(text: str) -> str:
    """Strip padding and collapse inner runs of whitespace; drop NULs and control characters."""
    if not text.isprintable():
        text = "".join(c if c.isprintable() else " " for c in text)
    return " ".join(text.split())


class RowConverter:
    """Applies a ``ColumnMap``; unusable rows raise ``RowError``, oddities go to ``warn``."""

    def __init__(self, columns: ColumnMap, default_currency: str, warn: Warn) -> None:
        self.map = columns
        c = columns.columns

        def one(name: str) -> int | None:
            ix = c.get(name)
            return ix[0] if ix else None

        self.sku, self.vpn, self.vendor = one("sku"), one("vpn"), one("vendor")
        self.eans = c.get("ean", ())
        self.desc = c.get("description", ())
        self.cat_names = c.get("category_path", ())
        self.cat_code = one("category_code")
        self.price, self.retail = one("customer_price"), one("retail_price")
        self.currency_col = one("currency")
        self.stock, self.eta, self.status = one("stock"), one("eta"), one("status")
        self.datasheet, self.image, self.icecat = (
            one("datasheet_url"), one("image_url"), one("icecat_id"),
        )  # fmt: skip
        self.currency = columns.currency or default_currency
        self.price_comma = columns.decimal_comma.get("customer_price", False)
        self.retail_comma = columns.decimal_comma.get("retail_price", False)
        self.warn = warn
        self.min_columns = columns.min_columns
        self.max_columns = columns.max_columns

    def _cell(self, row: Sequence[str], index: int | None) -> str:
        return row[index].strip() if index is not None else ""

    def __call__(self, row: list[str], line: int) -> CanonicalRow:
        n = len(row)
        if n > self.max_columns and not any(row[self.max_columns :]):
            n = self.max_columns  # trailing delimiter
        if n < self.min_columns or n > self.max_columns:
            expected = (
                str(self.min_columns)
                if self.min_columns == self.max_columns
                else f"{self.min_columns}–{self.max_columns}"
            )
            raise RowError(f"{len(row)} columns, expected {expected}")
        cell = self._cell
        sku = _clean(cell(row, self.sku))
        if not sku:
            raise RowError("no SKU")
        try:
            price = parse_price(row[self.price], self.price_comma)  # type: ignore[index]
        except ValueError as exc:
            raise RowError(f"customer price: {exc}") from None
        if price is None:
            raise RowError("no customer price")
        retail = None
        if self.retail is not None:
            try:
                retail = parse_price(row[self.retail], self.retail_comma)
            except ValueError as exc:
                self.warn(line, f"retail price ignored: {exc}")
        stock = None
        if self.stock is not None:
            try:
                stock = parse_quantity(row[self.stock])
            except ValueError as exc:
                self.warn(line, f"stock ignored: {exc}")
            if stock is not None and stock < 0:
                self.warn(line, f"negative stock {stock} read as 0")
                stock = 0
        if self.map.in_stock_flag is not None:
            in_stock = row[self.map.in_stock_flag].strip().upper() == "Y"
        else:
            in_stock = bool(stock)
        eta = None
        if self.eta is not None and row[self.eta].strip():
            try:
                eta = parse_date(row[self.eta])
            except (ValueError, TypeError) as exc:
                self.warn(line, f"ETA ignored: {exc}")
        ean = ""
        for i in self.eans:
            ean = row[i].strip()
            if ean:
                break
        status = _clean(cell(row, self.status))
        if self.map.layout == "na_price_txt":
            status = _NA_STATUS.get(status, status)
            if self.map.action is not None and row[self.map.action].strip() == "D":
                status = "deleted"
        return CanonicalRow(
            line=line,
            sku=sku,
            vpn=_clean(cell(row, self.vpn)),
            ean=ean,
            vendor=_clean(cell(row, self.vendor)),
            description=_clean(" ".join(row[i] for i in self.desc)),
            category_code=cell(row, self.cat_code),
            category_names=tuple(n for n in (_clean(row[i]) for i in self.cat_names) if n),
            customer_price=price,
            retail_price=retail,
            currency=cell(row, self.currency_col).upper() or self.currency,
            stock=stock,
            in_stock=in_stock,
            eta=eta,
            status=status,
            datasheet_url=cell(row, self.datasheet),
            image_url=cell(row, self.image),
            icecat_id=cell(row, self.icecat),
            raw=RAW_SEPARATOR.join(row),
        )
