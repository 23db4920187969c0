"""Writers for invented Ingram files: DACH/Impulse price file, hourly stock file, category file.

Layouts: price-files.md §3 (52 German columns, pipe, UTF-8 with BOM, padded text, dd.mm.yyyy);
the stock and category layouts are ours and documented in resources/sample/README.md.
Rows are built with plain string joins so a million rows stay fast.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO

from ingram_desk.sandbox.products import (
    ANCHOR_DATE,
    BLOCK,
    CATEGORIES,
    DEFAULT_SEED,
    SAMPLE_ROWS,
    Product,
    product_block,
)

__all__ = [
    "CATEGORY_HEADER",
    "PRICE_HEADER",
    "SAMPLE_CATEGORY_FILE",
    "SAMPLE_PRICE_FILE",
    "SAMPLE_STOCK_FILE",
    "STOCK_HEADER",
    "block_texts",
    "category_rows",
    "price_row",
    "stock_row",
    "write_catalogue_files",
    "write_category_file",
    "write_sample_files",
]

PRICE_HEADER = (
    "GRUPPE1|GRUPPE2|HERSTELLER|ARTIKEL_NR|KITSKUS|HSTNUMMER|ARTIKEL1|ARTIKEL2|FVERSION|FSYSTEM|"
    "FSPRACHE|FFORMAT|FBUS|FGARANTIE|EVP|EK|AKTIONPR|AKTBIS|AKTION|VERFUEGBARKZ|VMENGE|VRESERVE|"
    "HRESERVE|VDATUM|VETA|NACHFOLGER|DATENBLATT1|BILD1|ERFDAT|EANCODE|UPCCODE|HOEHE|BREITE|LAENGE|"
    "GEWICHT|RANG|STCK_KART|STCK_PAL|STORNO|ECLASS50|ECLASS70|UNSPC|INTRASTAT|CATALOGID|MWST|"
    "ARTIKELTYP|REVERSECHARGE|ICECATID|ICECATTYPE|ICECATUPDATE|CUSTPARTNBR|AUSLIEFERUNGSLAGER"
)
STOCK_HEADER = "ARTIKEL_NR|VMENGE|VETA|AUSLIEFERUNGSLAGER|VDATUM"
CATEGORY_HEADER = "CODE|NAME|PARENT|LEVEL"

BOM = "\ufeff"
_LOCAL_COUNTRY = "NL"  #: AUSLIEFERUNGSLAGER for locally stocked goods (the demo account is NL)
_CENTRAL_COUNTRY = "DE"  #: Straubing central warehouse


@functools.lru_cache(maxsize=4096)
def _d(day: date) -> str:
    return f"{day:%d.%m.%Y} 00:00:00"


def price_row(p: Product, anchor: date = ANCHOR_DATE) -> str:
    """One price-file line (no newline) for ``p``."""
    stamp = f"{anchor:%d.%m.%Y} 02:05:11"
    eta = _d(anchor + timedelta(days=p.eta_days)) if p.eta_days is not None else ""
    promo = f"{p.promo_price}" if p.promo_price is not None else "0.00"
    promo_until = _d(p.promo_until) if p.promo_until else ""
    c = p.category
    return "|".join(
        (
            c.group1, c.group2, p.vendor, p.sku, "", p.vpn,
            p.description1.ljust(25), p.description2.ljust(25),
            "", "", "", "", "", "",
            f"{p.list_price}", f"{p.price}", promo, promo_until, "A" if p.promo_price else "", "",
            str(p.stock), str(p.reserved), "0", stamp, eta, p.successor or " ",
            "", "", _d(p.created), p.ean, "",
            "0.10", "0.20", "0.30", f"{p.weight}", "", str(p.units_per_carton), "0", "Y",
            "", "", "", "84713000", c.catalog_id, p.vat_rate, c.product_type, "",
            str(p.icecat_id), "O", f"{anchor:%d.%m.%Y} 03:10:00", "",
            _CENTRAL_COUNTRY if p.central_only else _LOCAL_COUNTRY,
        )
    )  # fmt: skip


def stock_row(p: Product, quantity: int, eta: date | None, stamp: str) -> str:
    where = _CENTRAL_COUNTRY if p.central_only else _LOCAL_COUNTRY
    return f"{p.sku}|{quantity}|{_d(eta) if eta else ''}|{where}|{stamp}"


def _stock_rows(
    products: list[Product], rnd: random.Random, share: float, anchor: date
) -> list[str]:
    """An hourly delta for about ``share`` of the products: sell-downs, arrivals, new back-orders."""
    stamp = f"{anchor:%d.%m.%Y} 09:00:04"
    rows = []
    for p in products:
        if rnd.random() >= share:
            continue
        if p.stock == 0:
            qty = rnd.choice((0, 0, 25, 60))
        else:
            qty = max(0, p.stock - rnd.randrange(0, max(2, p.stock // 3 + 2)))
        eta = anchor + timedelta(days=rnd.randrange(2, 30)) if qty == 0 else None
        rows.append(stock_row(p, qty, eta, stamp))
    return rows


def block_texts(
    block: int, seed: int, count: int, stock_share: float = 0.1, anchor: date = ANCHOR_DATE
) -> tuple[str, str]:
    """Price-file text and stock-file text (newline-terminated rows) for one product block."""
    products = product_block(block, seed, count)
    price = "".join(price_row(p, anchor) + "\n" for p in products)
    rnd = random.Random((seed ^ 0x5A5A) * 7919 + block)
    stock = "".join(r + "\n" for r in _stock_rows(products, rnd, stock_share, anchor))
    return price, stock


def _block_job(job: tuple[int, int, int, float, date]) -> tuple[str, str]:
    return block_texts(*job)


def write_catalogue_files(
    price_path: Path,
    rows: int,
    seed: int = DEFAULT_SEED,
    *,
    stock_path: Path | None = None,
    stock_share: float = 0.1,
    anchor: date = ANCHOR_DATE,
    jobs: int = 1,
) -> tuple[int, int]:
    """Write a price file of ``rows`` products (and optionally its stock file).

    ``jobs`` > 1 draws blocks in worker processes; output is identical either way.
    Returns (price rows, stock rows).
    """
    work = [
        (b, seed, min(BLOCK, rows - b * BLOCK), stock_share, anchor)
        for b in range((rows + BLOCK - 1) // BLOCK)
    ]
    price_out = open(price_path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
    stock_out = open(stock_path, "w", encoding="utf-8", newline="\n") if stock_path else None  # noqa: SIM115
    stock_rows = 0
    try:
        price_out.write(BOM + PRICE_HEADER + "\n")
        if stock_out:
            stock_out.write(BOM + STOCK_HEADER + "\n")
        if jobs > 1 and len(work) > 1:
            import multiprocessing

            with multiprocessing.get_context("spawn").Pool(jobs) as pool:
                results = pool.imap(_block_job, work, chunksize=4)
                stock_rows = _drain(results, price_out, stock_out)
        else:
            stock_rows = _drain(map(_block_job, work), price_out, stock_out)
    finally:
        price_out.close()
        if stock_out:
            stock_out.close()
    return rows, stock_rows


def _drain(results: Iterable[tuple[str, str]], price_out: TextIO, stock_out: TextIO | None) -> int:
    n = 0
    for price, stock in results:
        price_out.write(price)
        if stock_out:
            stock_out.write(stock)
            n += stock.count("\n")
    return n


def category_rows() -> list[str]:
    """``code|name|parent|level`` lines for the whole tree (level 1 first)."""
    rows: list[str] = []
    seen: set[str] = set()
    for c in CATEGORIES:
        if c.parent_id not in seen:
            seen.add(c.parent_id)
            rows.append(f"{c.parent_id}|{c.group1}||1")
    rows.extend(f"{c.catalog_id}|{c.group2}|{c.parent_id}|2" for c in CATEGORIES)
    return rows


def write_category_file(path: Path) -> int:
    rows = category_rows()
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(BOM + CATEGORY_HEADER + "\n" + "\n".join(rows) + "\n")
    return len(rows)


#: Bundled sample file names (under ``resources/sample/``).
SAMPLE_PRICE_FILE = "price_file.csv"
SAMPLE_STOCK_FILE = "stock_file.csv"
SAMPLE_CATEGORY_FILE = "category_file.csv"


def write_sample_files(folder: Path) -> None:
    """(Re)write the bundled sample files: SAMPLE_ROWS products of DEFAULT_SEED."""
    write_catalogue_files(
        folder / SAMPLE_PRICE_FILE,
        SAMPLE_ROWS,
        DEFAULT_SEED,
        stock_path=folder / SAMPLE_STOCK_FILE,
    )
    write_category_file(folder / SAMPLE_CATEGORY_FILE)
