"""One parsed CSV row → the canonical values stored per article, or a reason to skip it."""

from __future__ import annotations

from collections.abc import Callable

from .layouts import ColumnMap
from .values import parse_date, parse_price, parse_quantity

__all__ = ["RAW_SEPARATOR", "ROW_FIELDS", "RowConverter", "RowError"]

#: Joins the original cells in the ``raw`` column when a row has no byte offsets (UTF-16 files).
RAW_SEPARATOR = "\x1f"

_NA_STATUS = {"*": "discontinued", "N": "to be discontinued", "V": "deleted by vendor"}


class RowError(ValueError):
    """The row cannot be imported; the message is the reason shown in the import report."""


#: What ``RowConverter`` returns per row, in this order (prices scaled, ``eta`` ISO text).
ROW_FIELDS = (
    "line", "sku", "vpn", "ean", "vendor", "description", "category_code", "category_names",
    "customer_price", "retail_price", "currency", "stock", "in_stock", "eta", "status",
    "datasheet_url", "image_url", "icecat_id",
)  # fmt: skip


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

        def one(name: str) -> int:
            ix = c.get(name)
            return ix[0] if ix else -1

        self.sku, self.vpn, self.vendor = one("sku"), one("vpn"), one("vendor")
        self.eans = c.get("ean", ())
        self.desc = c.get("description", ()) or (-1,)
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
        self.flag = -1 if columns.in_stock_flag is None else columns.in_stock_flag
        self.na = columns.layout == "na_price_txt"
        self.action = -1 if columns.action is None else columns.action

    def __call__(self, row: list[str], line: int) -> tuple:
        """The row as ``ROW_FIELDS`` values (a plain tuple: this runs a million times)."""
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
        row.append("")  # unmapped fields read index -1: this empty cell
        sku = _clean(row[self.sku])
        if not sku:
            raise RowError("no SKU")
        try:
            price = parse_price(row[self.price], self.price_comma)
        except ValueError as exc:
            raise RowError(f"customer price: {exc}") from None
        if price is None:
            raise RowError("no customer price")
        retail = None
        cell = row[self.retail]
        if cell:
            try:
                retail = parse_price(cell, self.retail_comma)
            except ValueError as exc:
                self.warn(line, f"retail price ignored: {exc}")
        stock = None
        cell = row[self.stock]
        if cell:
            try:
                stock = parse_quantity(cell)
            except ValueError as exc:
                self.warn(line, f"stock ignored: {exc}")
            if stock is not None and stock < 0:
                self.warn(line, f"negative stock {stock} read as 0")
                stock = 0
        in_stock = row[self.flag].strip().upper() == "Y" if self.flag >= 0 else bool(stock)
        eta = None
        cell = row[self.eta]
        if cell and not cell.isspace():
            try:
                eta = parse_date(cell)
            except (ValueError, TypeError) as exc:
                self.warn(line, f"ETA ignored: {exc}")
        ean = ""
        for i in self.eans:
            ean = row[i].strip()
            if ean:
                break
        status = row[self.status].strip()
        if self.na:
            status = _NA_STATUS.get(status, status)
            if row[self.action].strip() == "D":
                status = "deleted"
        desc = self.desc
        description = _clean(row[desc[0]] if len(desc) == 1 else " ".join([row[i] for i in desc]))
        names = tuple([x for x in [_clean(row[i]) for i in self.cat_names] if x])
        return (
            line, sku, _clean(row[self.vpn]), ean, _clean(row[self.vendor]), description,
            row[self.cat_code].strip(), names, price, retail,
            row[self.currency_col].strip().upper() or self.currency, stock, in_stock, eta,
            status, row[self.datasheet].strip(), row[self.image].strip(),
            row[self.icecat].strip(),
        )  # fmt: skip
