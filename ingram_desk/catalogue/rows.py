"""Parsed CSV rows → the canonical values of each article, or a reason to skip each one.

A page's rows and the rows the import checks (``problems``) convert through ``RowConverter``
(the cell values come from ``values``, the one parser); a page's become ``Product``s by
``product_of``."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date

import polars as pl

from ingram_desk.domain.phrase import CatalogueTexts
from ingram_desk.domain.product import Product

from .layouts import ColumnMap
from .side_files import CategoryTable
from .values import Reading, price_from_stored, read_cells, unreadable

__all__ = ["RAW_SEPARATOR", "ROW_FIELDS", "RowConverter", "RowError", "product_of", "raw_names"]

#: Joins the original cells in the ``raw`` column when a row has no byte offsets (UTF-16 files).
RAW_SEPARATOR = "\x1f"

_NA_STATUS = {"*": "discontinued", "N": "to be discontinued", "V": "deleted by vendor"}


@functools.lru_cache(maxsize=16)
def raw_names(header: tuple[str, ...], width: int) -> tuple[str, ...]:
    """The names of a row's first ``width`` raw columns: the header's, ``col<n>`` past it
    (made once, not per cell of each page: 52 x 100 calls were a fifth of a page read)."""
    return tuple(header[i] if i < len(header) else f"col{i + 1}" for i in range(width))


class RowError(ValueError):
    """The row cannot be imported; the message is the reason shown in the import report."""


#: What ``RowConverter`` returns per row, in this order (prices scaled, ``eta`` ISO text).
ROW_FIELDS = (
    "line", "sku", "vpn", "ean", "vendor", "description", "category_code", "category_names",
    "customer_price", "retail_price", "currency", "stock", "in_stock", "eta", "status",
    "datasheet_url", "image_url", "icecat_id",
)  # fmt: skip
_F = {name: i for i, name in enumerate(ROW_FIELDS)}
#: fields a page shows and nothing searches, filters or sorts by: stage 1 leaves them unread
#: (English links: 73 MB of columns at 1M rows, at the read's peak); the rows' store has them
SHOWN_ONLY = ("datasheet_url", "image_url", "icecat_id")


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
        comma = columns.decimal_comma.get("customer_price", False)
        # how ``convert`` reads a block's price, retail, stock and ETA cells (stock as prices)
        self._readings = {
            "p": Reading("price", comma),
            "r": Reading("price", columns.decimal_comma.get("retail_price", False)),
            "s": Reading("quantity", comma),
            "e": Reading("date", month_first=columns.month_first),
        }
        self.warn = warn
        self.min_columns = columns.min_columns
        self.max_columns = columns.max_columns
        self.flag = -1 if columns.in_stock_flag is None else columns.in_stock_flag
        self.na = columns.layout == "na_price_txt"
        self.action = -1 if columns.action is None else columns.action

    def _column(self, index: int) -> str:
        header = self.map.header
        name = header[index] if 0 <= index < len(header) else ""
        if name:
            return CatalogueTexts.tr("column {n}, {name}", n=index + 1, name=name)
        return CatalogueTexts.tr("column {n}", n=index + 1)

    def convert(self, rows: list[list[str]], lines: list[int]) -> list[tuple | RowError]:
        """Each row as ``ROW_FIELDS`` values (plain tuples) or the ``RowError`` skipping it.

        Money, quantities and dates of the whole block are read at once by ``values`` (the
        snapshot reads its columns with the same expressions); the rest is a Python loop."""
        shaped: list[list[str] | RowError] = [self._shaped(row) for row in rows]
        good = [r for r in shaped if not isinstance(r, RowError)]

        def column(index: int) -> pl.Series:
            return pl.Series([r[index] for r in good], dtype=pl.String)

        text = pl.DataFrame({
            "p": column(self.price), "r": column(self.retail), "s": column(self.stock),
            "e": column(self.eta),
        })  # fmt: skip
        read = read_cells(text, self._readings)
        cells = text.hstack(read.rename({"p": "price", "r": "retail", "s": "stock", "e": "eta"}))
        c = pl.col
        # in one plan (a page's 100 rows pay ~0.1 ms a plan, whatever their values)
        values = cells.select(
            "price", unreadable(c("p"), c("price")).alias("bad_price"),
            "retail", unreadable(c("r"), c("retail")).alias("bad_retail"),
            "stock", unreadable(c("s"), c("stock")).alias("bad_stock"),
            c("eta").dt.to_string("%Y-%m-%d"), unreadable(c("e"), c("eta")).alias("bad_eta"),
        ).iter_rows()  # fmt: skip
        out: list[tuple | RowError] = []
        for row, line in zip(shaped, lines, strict=True):
            if isinstance(row, RowError):
                out.append(row)
                continue
            try:
                out.append(self._assemble(row, line, *next(values)))
            except RowError as exc:
                out.append(exc)
        return out

    def _shaped(self, row: list[str]) -> list[str] | RowError:
        """The row with an empty cell appended (unmapped fields read index -1), or why not."""
        n = len(row)
        if n > self.max_columns and not any(row[self.max_columns :]):
            n = self.max_columns  # trailing delimiter
        if n < self.min_columns or n > self.max_columns:
            expected = (
                str(self.min_columns)
                if self.min_columns == self.max_columns
                else f"{self.min_columns}–{self.max_columns}"
            )
            return RowError(
                CatalogueTexts.tr("{n} columns, expected {expected}", n=len(row), expected=expected)
            )
        row.append("")
        return row

    def _assemble(
        self, row: list[str], line: int, price: int | None, bad_price: bool,
        retail: int | None, bad_retail: bool, stock: int | None, bad_stock: bool,
        eta: str | None, bad_eta: bool,
    ) -> tuple:  # fmt: skip
        sku = _clean(row[self.sku])
        if not sku:
            raise RowError(CatalogueTexts.tr("no SKU"))
        if bad_price:
            raise RowError(self._unreadable(_PRICE, _NOT_A_NUMBER, self.price, row))
        if price is None:
            raise RowError(CatalogueTexts.tr("no customer price"))
        if bad_retail:
            reason = self._unreadable(_RETAIL_IGNORED, _NOT_A_NUMBER, self.retail, row)
            self.warn(line, reason)
        if bad_stock:
            self.warn(line, self._unreadable(_STOCK_IGNORED, _NOT_A_QUANTITY, self.stock, row))
        if stock is not None and stock < 0:
            self.warn(line, CatalogueTexts.tr("negative stock {stock} read as 0", stock=stock))
            stock = 0
        in_stock = row[self.flag].strip().upper() == "Y" if self.flag >= 0 else bool(stock)
        if bad_eta:
            self.warn(line, self._unreadable(_ETA_IGNORED, _NOT_A_DATE, self.eta, row))
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

    def _unreadable(self, what: str, rule: str, index: int, row: list[str]) -> str:
        return CatalogueTexts.tr(
            "{what}: {rule}: {value} ({column})",
            what=what,
            rule=rule,
            value=repr(row[index].strip()[:40]),
            column=self._column(index),
        )


# the parts of an unreadable cell's reason
_PRICE = CatalogueTexts.tr("customer price")
_RETAIL_IGNORED = CatalogueTexts.tr("retail price ignored")
_STOCK_IGNORED = CatalogueTexts.tr("stock ignored")
_ETA_IGNORED = CatalogueTexts.tr("ETA ignored")
_NOT_A_NUMBER = CatalogueTexts.tr("not a number")
_NOT_A_QUANTITY = CatalogueTexts.tr("not a quantity")
_NOT_A_DATE = CatalogueTexts.tr("not a date")


def product_of(
    row_id: int, r: tuple, raw: dict[str, str], categories: CategoryTable | None
) -> Product:
    """The product of a converted row (``RowConverter``; prices scaled, ``eta`` ISO text):
    a row coded but not named is named by ``categories``, as the category tree names it."""
    names, code = r[_F["category_names"]], r[_F["category_code"]]
    if not names and code:
        names = (categories.path(code) if categories else ()) or (code,)
    eta = r[_F["eta"]]
    return Product(
        row_id=row_id, sku=r[_F["sku"]], vpn=r[_F["vpn"]], ean=r[_F["ean"]],
        vendor=r[_F["vendor"]], description=r[_F["description"]], category_code=code,
        category_path=tuple(names),
        customer_price=price_from_stored(r[_F["customer_price"]]),
        retail_price=price_from_stored(r[_F["retail_price"]]), currency=r[_F["currency"]],
        stock=r[_F["stock"]], in_stock=bool(r[_F["in_stock"]]),
        eta=date.fromisoformat(eta) if eta else None, status=r[_F["status"]],
        datasheet_url=r[_F["datasheet_url"]], image_url=r[_F["image_url"]],
        icecat_id=r[_F["icecat_id"]], raw=raw,
    )  # fmt: skip
