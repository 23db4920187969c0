"""The date a price or stock file carries, so the catalogue's age is Ingram's export time and not
when the file landed on this disk (issue 17, defect 4: the sample exported on 15.01.2026 showed
as "price file of 03 Dec", the day it was copied).

Where a file says when it was made (price-files.md): a time-stamp column (the DACH list's and
the stock file's ``VDATUM``, per row: the newest of the first rows is the export), a date in its
name (``PRICE_20260115.TXT``, ``PL_12345_15.01.2026.csv``), or the member's time inside Ingram's
``PRICE.ZIP``. Only a file that carries none is dated by its time on disk (the download).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from .layouts import norm_header
from .sniff import SourceFile, detect_delimiter, detect_encoding, first_rows

__all__ = ["FileDate", "file_date", "newer"]

#: header names (normalised) of a column stamping when a row's figures were exported
STAMP_HEADERS = frozenset(
    {"vdatum", "stocktimestamp", "timestamp", "exportdate", "filedate", "pricedate", "lastupdate",
     "lastupdated", "updated", "updatedat"}
)  # fmt: skip
_FORMATS = (
    "%d.%m.%Y %H:%M:%S", "%d.%m.%y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d", "%Y%m%d%H%M%S", "%Y%m%d",
)  # fmt: skip
_NAME_DATES = (
    (re.compile(r"(?<!\d)(20\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"), (0, 1, 2)),
    (re.compile(r"(?<!\d)(0[1-9]|[12]\d|3[01])[-_.](0[1-9]|1[0-2])[-_.](20\d\d)(?!\d)"), (2, 1, 0)),
)  # fmt: skip
#: rows read for the stamp column (the first ~1 MB of the file at most)
_ROWS = 2000


@dataclass(frozen=True, slots=True)
class FileDate:
    #: ISO time: the file's own clock (no zone) when it carries one, else UTC time on disk
    at: str
    #: True when the file itself says when it was made; False: dated by its time on disk
    carried: bool


def file_date(
    source: SourceFile,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    now: datetime | None = None,
) -> FileDate:
    """When ``source`` was exported: its stamp column, the date in its name, its ZIP member's
    time, else its time on disk. Never raises for what the file holds (a date that cannot be
    read, or one in the future, is passed over)."""
    now = now or datetime.now()
    for found in (_stamp_column(source, encoding, delimiter, now), _name_date(source.name, now)):
        if found is not None:
            return FileDate(found.isoformat(timespec="seconds"), True)
    if source.member is not None:
        try:
            with zipfile.ZipFile(source.path) as archive:
                stamp = datetime(*archive.getinfo(source.member).date_time)
        except (OSError, KeyError, ValueError, zipfile.BadZipFile):
            stamp = None
        if stamp is not None and _plausible(stamp, now):
            return FileDate(stamp.isoformat(timespec="seconds"), True)
    disk = datetime.fromtimestamp(source.path.stat().st_mtime, UTC)
    return FileDate(disk.isoformat(timespec="seconds"), False)


def newer(a: str, b: str) -> bool:
    """Whether the stored time ``a`` is later than ``b`` (a file's own clock, no zone, is read as
    this computer's local time; a blank or unreadable one is never newer)."""
    try:
        first, second = (datetime.fromisoformat(t).astimezone() for t in (a, b))
    except ValueError:
        return bool(a) and not b
    return first > second


def _stamp_column(
    source: SourceFile, encoding: str | None, delimiter: str | None, now: datetime
) -> datetime | None:
    try:
        if encoding is None or delimiter is None:
            sample = source.sample()
            encoding = encoding or detect_encoding(sample)
            text = sample.decode(encoding, errors="replace").splitlines()[:50]
            delimiter = delimiter or detect_delimiter(text)
        rows = first_rows(source, encoding, delimiter, _ROWS)
    except (OSError, ValueError, UnicodeError, zipfile.BadZipFile):
        return None
    if not rows:
        return None
    header = [norm_header(cell) for cell in rows[0]]
    column = next((i for i, name in enumerate(header) if name in STAMP_HEADERS), None)
    if column is None:
        return None
    # each text once: an export stamps its rows alike (2,000 ``strptime`` calls took 0.1 s)
    stamps = map(_parse, {row[column].strip() for row in rows[1:] if column < len(row)})
    return max((s for s in stamps if s is not None and _plausible(s, now)), default=None)


def _name_date(name: str, now: datetime) -> datetime | None:
    for pattern, order in _NAME_DATES:
        for match in pattern.finditer(name):
            parts = match.groups()
            try:
                found = datetime(*(int(parts[i]) for i in order))
            except ValueError:
                continue
            if _plausible(found, now):
                return found
    return None


def _parse(text: str) -> datetime | None:
    text = text.strip()
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def _plausible(stamp: datetime, now: datetime) -> bool:
    """A file made this century and not in the future (a day's grace for time zones)."""
    return datetime(2000, 1, 1) <= stamp <= now + timedelta(days=1)
