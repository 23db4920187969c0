"""Export of order grids and order details to CSV and XLSX, safe against formula injection.

OWASP's CSV-injection guidance in full: a text cell that a spreadsheet could read as a formula
gets a leading apostrophe. That is a cell whose first character is ``= + - @``, tab, CR, LF or NUL,
or whose first character after leading blanks (spaces, no-break and other Unicode spaces,
zero-width characters) is one of them, or one of their full-width / small forms (``＝ ＋ － ＠
﹦ ﹢ ﹣ ﹫``, caught by NFKC). Every text cell in the CSV is quoted (embedded quotes doubled), so a
``,`` or ``;`` in the text cannot start a new cell. The guard is idempotent. Numbers (int,
Decimal, float) stay numbers, and dates stay dates in XLSX (ISO text in CSV). A CSV follows a
:class:`CsvStyle`: the UI passes the clerk's locale's (``;`` and a decimal comma in nl/de/fr,
so the file opens in columns in local Excel); the default is ``,`` and ``.``. Qt-free: the UI
only picks the path and calls ``export``.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ingram_desk.domain.order_status import decode_hold_reason, decode_status
from ingram_desk.domain.placed_order import OrderDetails, OrderSummary

__all__ = [
    "DETAIL_HEADERS",
    "ORDER_HEADERS",
    "CsvStyle",
    "csv_rows",
    "detail_rows",
    "export",
    "order_rows",
    "safe_cell",
    "write_csv",
    "write_xlsx",
]

#: first characters that make a spreadsheet evaluate a text cell (after NFKC normalisation)
_FORMULA_START = frozenset("=+-@\t\r\n\0")

Cell = str | int | float | Decimal | date | datetime | None


def safe_cell(value: Any) -> Cell:
    """Numbers and dates unchanged; text starting like a formula prefixed with an apostrophe."""
    if value is None or isinstance(value, bool):
        return None if value is None else str(value)
    if isinstance(value, (int, float, Decimal, date)):
        return value
    text = str(value)
    return "'" + text if _looks_like_formula(text) else text


def _blank(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in ("Zs", "Cf")


def _looks_like_formula(text: str) -> bool:
    if not text:
        return False
    if text[0] in _FORMULA_START:
        return True
    i = 0
    while i < len(text) and _blank(text[i]):
        i += 1
    if i == len(text):
        return False
    return unicodedata.normalize("NFKC", text[i])[:1] in _FORMULA_START


@dataclass(frozen=True, slots=True)
class CsvStyle:
    """List separator and decimal mark of a CSV, as the reader's Excel expects them."""

    delimiter: str = ","
    decimal: str = "."


class _Number(float):
    """A number cell: unquoted under QUOTE_NONNUMERIC, written with the style's decimal mark."""

    text: str

    def __new__(cls, value: int | float | Decimal, decimal: str) -> _Number:
        obj = super().__new__(cls, value)
        plain = format(value, "f") if isinstance(value, Decimal) else str(value)
        obj.text = plain.replace(".", decimal)
        return obj

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__


def _csv_cell(value: Any, style: CsvStyle) -> Any:
    v = safe_cell(value)
    if isinstance(v, (date, datetime)):
        return v.isoformat()  # ISO dates: every Excel reads them as dates, whatever the locale
    if isinstance(v, (int, float, Decimal)):
        return _Number(v, style.decimal)
    return "" if v is None else v


def csv_rows(
    out: Any,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    style: CsvStyle,
    lineterminator: str = "\r\n",
) -> None:
    """Write headers and rows to a text stream: text cells guarded and quoted, numbers bare."""
    writer = csv.writer(
        out, delimiter=style.delimiter, quoting=csv.QUOTE_NONNUMERIC, lineterminator=lineterminator
    )
    writer.writerow([safe_cell(h) for h in headers])
    for row in rows:
        writer.writerow([_csv_cell(v, style) for v in row])


def write_csv(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    style: CsvStyle | None = None,
) -> None:
    """UTF-8 with BOM (Excel opens it right), one header row; numbers written plainly."""
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        csv_rows(fh, headers, rows, style or CsvStyle())


def _xlsx_text(value: Cell) -> Cell:
    """XLSX cannot store C0 control characters (NUL, …): each becomes U+FFFD, visibly."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return value


def write_xlsx(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], sheet: str = "Orders"
) -> None:
    """One sheet; Decimals become numbers with two decimals, dates real dates, text stays text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = sheet[:31]
    ws.append([safe_cell(h) for h in headers])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        values = [_xlsx_text(safe_cell(v)) for v in row]
        ws.append([float(v) if isinstance(v, Decimal) else v for v in values])
        for cell, v in zip(ws[ws.max_row], values, strict=False):
            if isinstance(v, Decimal):
                cell.number_format = "#,##0.00"
            elif isinstance(v, (date, datetime)):
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(v, str):
                cell.data_type = "s"  # never let openpyxl guess a formula
    ws.freeze_panes = "A2"
    wb.save(path)


def export(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    fmt: str | None = None,
    style: CsvStyle | None = None,
) -> Path:
    """Write CSV or XLSX: by ``fmt`` ("csv"/"xlsx", the format the user chose) when given, else
    by the file's suffix (``.xlsx`` → XLSX, anything else → CSV). A name without a suffix gets
    the format's."""
    fmt = (fmt or ("xlsx" if path.suffix.lower() == ".xlsx" else "csv")).lower()
    if not path.suffix:
        path = path.with_suffix(f".{fmt}")
    if fmt == "xlsx":
        write_xlsx(path, headers, rows)
    else:
        write_csv(path, headers, rows, style)
    return path


ORDER_HEADERS = (
    "Ingram order", "Sub-order", "Customer PO", "Order date", "Status code", "Status",
    "Hold code", "Hold reason", "Ingram's hold text", "Total", "Currency", "Lines",
)  # fmt: skip


def order_rows(orders: Iterable[OrderSummary]) -> list[list[Any]]:
    """One row per sub-order (an order without sub-orders gets one row)."""
    rows: list[list[Any]] = []
    for o in orders:
        day = o.order_date.date() if isinstance(o.order_date, datetime) else o.order_date
        for sub in o.sub_orders or (None,):
            code = sub.status_code if sub else None
            hold = sub.hold_reason_code if sub else None
            rows.append(
                [
                    o.ingram_order_number,
                    sub.sub_order_number if sub else "",
                    o.customer_order_number,
                    day,
                    code or "",
                    decode_status(code).description if sub else o.status,
                    hold or "",
                    decode_hold_reason(hold).description if hold else "",
                    (sub.hold_explanation or "") if sub else "",
                    (sub.total if sub and sub.total is not None else o.total),
                    o.currency or "",
                    o.line_count,
                ]
            )
    return rows


DETAIL_HEADERS = (
    "Ingram order", "Customer PO", "Sub-order", "Line", "SKU", "Vendor part no.", "Description",
    "Status", "Ordered", "Confirmed", "Backordered", "Backorder ETA", "Unit price",
    "Extended price", "Currency", "Carrier", "Tracking numbers", "Serial numbers", "Invoices",
)  # fmt: skip


def detail_rows(details: OrderDetails) -> list[list[Any]]:
    """One row per order line, with its shipments' carriers, tracking numbers, serials, invoices."""
    rows: list[list[Any]] = []
    for ln in details.lines:
        packages = [p for sh in ln.shipments for p in sh.packages]
        rows.append(
            [
                details.ingram_order_number,
                details.customer_order_number,
                ln.sub_order_number,
                ln.line_number,
                ln.sku,
                ln.vpn,
                ln.description,
                ln.status,
                ln.quantity_ordered,
                ln.quantity_confirmed,
                ln.quantity_backordered,
                ln.backorder_eta,
                ln.unit_price,
                ln.extended_price,
                details.currency or "",
                ", ".join(dict.fromkeys(p.carrier_name or p.carrier_code for p in packages)),
                ", ".join(p.tracking_number for p in packages),
                ", ".join(ln.serial_numbers),
                ", ".join(
                    dict.fromkeys(s.invoice_number for s in ln.shipments if s.invoice_number)
                ),
            ]
        )
    return rows
