"""The sandbox's Ingram-style feed files, generated from its own product set and its clock.

Ingram's NL/BE feed layout is unknown (price-files.md §0, §8), so the sandbox publishes the DACH
layout it already writes (``price_files``) under names with the date in them:

* ``NL/PRICE_YYYYMMDD.zip``: the daily Price File (one CSV inside). Each day differs from the
  day before: about 1 % of the SKUs are missing that day, 15 new SKUs appear, about 3 % of the
  prices move by up to ±8 %.
* ``NL/STOCK_YYYYMMDD.csv``: the Hourly Stock File; its content and time change every hour of
  the sandbox clock (the same name all day, as an hourly overwrite).
* ``NL/CATEGORY.csv``: the Category File (the same every day).

Files are written into a real folder (the FTP and SFTP servers serve it) only when the sandbox's
day or hour changed since the last look, atomically, with the file time set to the time of
publication, and a zip written with fixed member times, so an unchanged file keeps its size and time.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import io
import os
import random
import threading
import zipfile
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from ingram_desk.sandbox.price_files import (
    BOM,
    CATEGORY_HEADER,
    PRICE_HEADER,
    STOCK_HEADER,
    _stock_rows,
    category_rows,
    price_row,
)
from ingram_desk.sandbox.products import (
    DEFAULT_SEED,
    SAMPLE_ROWS,
    Product,
    generate_products,
    product_block,
)

__all__ = ["FEED_FOLDER", "FEED_KINDS", "FeedFiles", "feed_names"]

FEED_FOLDER = "NL"
FEED_KINDS = ("price", "stock", "category")
_NEW_PER_DAY = 15
_NEW_BLOCKS_FROM = 40_000  #: product blocks far above any sample or bench file
_CENT = Decimal("0.01")


def feed_names(day: date) -> dict[str, str]:
    """The remote file names of each feed on ``day``."""
    return {
        "price": f"PRICE_{day:%Y%m%d}.zip",
        "stock": f"STOCK_{day:%Y%m%d}.csv",
        "category": "CATEGORY.csv",
    }


def _share(sku: str, salt: int) -> float:
    """A stable pseudo-random number in [0, 1) for ``sku`` on one day (no global random state)."""
    digest = hashlib.blake2b(f"{sku}:{salt}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


@functools.lru_cache(maxsize=2)
def _base(rows: int, seed: int) -> tuple[Product, ...]:
    return tuple(generate_products(rows, seed))


def day_products(day: date, rows: int = SAMPLE_ROWS, seed: int = DEFAULT_SEED) -> list[Product]:
    """The product set of ``day``: the base set, some SKUs missing, new ones, moved prices."""
    k = day.toordinal()
    out: list[Product] = []
    for p in _base(rows, seed):
        if _share(p.sku, k) < 0.01:
            continue  # not in today's file
        if _share(p.sku, -k) < 0.03:
            factor = Decimal(1) + Decimal(int(_share(p.sku, k * 7) * 160) - 80) / 1000
            p = dataclasses.replace(p, price=max(_CENT, (p.price * factor).quantize(_CENT)))
        out.append(p)
    out.extend(product_block(_NEW_BLOCKS_FROM + k % 10_000, seed, _NEW_PER_DAY))
    return out


def price_text(day: date, rows: int = SAMPLE_ROWS, seed: int = DEFAULT_SEED) -> str:
    return (
        BOM
        + PRICE_HEADER
        + "\n"
        + "".join(price_row(p, day) + "\n" for p in day_products(day, rows, seed))
    )


def stock_text(hour: datetime, rows: int = SAMPLE_ROWS, seed: int = DEFAULT_SEED) -> str:
    """The stock file of the hour starting at ``hour`` (about 10 % of the SKUs)."""
    rnd = random.Random(seed * 7919 + int(hour.timestamp()) // 3600)
    lines = _stock_rows(day_products(hour.date(), rows, seed), rnd, 0.1, hour.date())
    return BOM + STOCK_HEADER + "\n" + "".join(r + "\n" for r in lines)


def category_text() -> str:
    return BOM + CATEGORY_HEADER + "\n" + "\n".join(category_rows()) + "\n"


def _zipped(member: str, text: str, when: datetime) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo(member, date_time=when.timetuple()[:6])
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


class FeedFiles:
    """Keeps ``root/NL`` in line with the sandbox clock; ``refresh()`` before every listing/read.

    ``missing`` holds feed kinds whose file is withheld (the "missing file" fault).
    """

    def __init__(
        self,
        root: Path,
        clock: Callable[[], datetime],
        *,
        rows: int = SAMPLE_ROWS,
        seed: int = DEFAULT_SEED,
    ) -> None:
        self.root = Path(root)
        self.folder = self.root / FEED_FOLDER
        self.folder.mkdir(parents=True, exist_ok=True)
        self.clock = clock
        self.rows = rows
        self.seed = seed
        self.missing: set[str] = set()
        self._published: dict[str, tuple[object, ...]] = {}
        self._lock = threading.Lock()

    def now(self) -> datetime:
        """The sandbox time in the local zone (file names carry the local date, as Ingram's)."""
        return self.clock().astimezone()

    def refresh(self) -> None:
        now = self.now()
        day = now.date()
        hour = now.replace(minute=0, second=0, microsecond=0)
        names = feed_names(day)
        # the price file appears at 05:00 of its day; before that the day before's is served
        price_day = day if now.hour >= 5 else day - timedelta(days=1)
        published = datetime.combine(price_day, datetime.min.time(), now.tzinfo) + timedelta(
            hours=5
        )
        wanted: dict[str, tuple[object, ...]] = {
            "price": ("price", price_day, feed_names(price_day)["price"], published),
            "stock": ("stock", hour, names["stock"], hour),
            "category": ("category", "static", names["category"], datetime(2026, 1, 1, tzinfo=UTC)),
        }
        with self._lock:
            for kind, key in wanted.items():
                name = str(key[2])
                if kind in self.missing:
                    self._remove(kind)
                    continue
                if self._published.get(kind) == (*key, self.rows, self.seed):
                    continue
                self._remove(kind)
                self._write(name, self._content(kind, key), key[3])  # type: ignore[arg-type]
                self._published[kind] = (*key, self.rows, self.seed)

    def _content(self, kind: str, key: tuple[object, ...]) -> bytes:
        if kind == "price":
            day = key[1]
            assert isinstance(day, date)
            member = str(key[2]).replace(".zip", ".csv")
            return _zipped(
                member,
                price_text(day, self.rows, self.seed),
                datetime.combine(day, datetime.min.time()),
            )
        if kind == "stock":
            hour = key[1]
            assert isinstance(hour, datetime)
            return stock_text(hour, self.rows, self.seed).encode("utf-8")
        return category_text().encode("utf-8")

    def _remove(self, kind: str) -> None:
        key = self._published.pop(kind, None)
        if key is not None:
            (self.folder / str(key[2])).unlink(missing_ok=True)

    def _write(self, name: str, data: bytes, when: datetime) -> None:
        tmp = self.folder / f".{name}.tmp"
        tmp.write_bytes(data)
        stamp = when.timestamp()
        os.utime(tmp, (stamp, stamp))
        os.replace(tmp, self.folder / name)

    def path_of(self, kind: str) -> Path | None:
        key = self._published.get(kind)
        return None if key is None else self.folder / str(key[2])

    def names(self) -> Iterable[str]:
        return sorted(p.name for p in self.folder.iterdir() if not p.name.startswith("."))
