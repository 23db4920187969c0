"""Opening a price/stock/category file as text: ZIP container, encoding, delimiter (recipe §10).

Lines are decoded one by one from bytes, so a single byte that is invalid in the detected
encoding is reported with its line number (and decoded as cp1252 instead of being dropped),
rather than aborting the import or silently corrupting it.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import os
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from ingram_desk.domain.phrase import CatalogueTexts
from ingram_desk.paths import private_file

__all__ = [
    "DamagedArchive",
    "DecodeProblem",
    "SourceFile",
    "detect_delimiter",
    "detect_encoding",
    "open_source",
]

#: ZIP members we know, in the order we prefer them.
_MEMBER_PRIORITY = ("price.txt", "total.txt", "stdprice_full.txt", "export.csv", "export2.csv")
_SAMPLE_BYTES = 1 << 20
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_DELIMITERS = ("|", "\t", ";", ",")
#: the largest ZIP member unpacked (Ingram's biggest full price files are well under 2 GB)
MAX_MEMBER_BYTES = 4 * 1024**3
#: the most a ZIP member may expand (checked for members over ``_RATIO_FROM_BYTES``)
MAX_EXPANSION = 100
_RATIO_FROM_BYTES = 8 * 1024**2

DecodeProblem = Callable[[int, str], None]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file on disk, or one member of a ZIP archive, with its uncompressed size.
    ``cr_lines``: its lines end in a lone carriage return (Excel for Mac's "CSV (Macintosh)"),
    read with line feeds instead, so that every reader finds its lines; ``cr_units``: the
    UTF-16 encoding of such a file (its carriage returns are 2-byte units), else ``None``."""

    path: Path
    member: str | None
    size: int
    cr_lines: bool = False
    cr_units: str | None = None

    @property
    def as_is(self) -> bool:
        """Whether the file on disk holds the bytes read, as they are read."""
        return self.member is None and not self.cr_lines

    @property
    def name(self) -> str:
        return f"{self.path.name}:{self.member}" if self.member else self.path.name

    def open_binary(self) -> BinaryIO:
        if self.member is None:
            f: BinaryIO = open(self.path, "rb", buffering=1 << 20)  # noqa: SIM115 (returned)
        else:
            f = io.BufferedReader(_member(self.path, self.member), 1 << 20)
        if not self.cr_lines:
            return f
        return io.BufferedReader(_line_feeds(f, self.cr_units), 1 << 20)

    def copy_to(self, target: Path) -> None:
        """Write the (unzipped) bytes to ``target`` (0600); a file copy uses the OS fast path."""
        private_file(target, create=True)  # copyfile keeps the mode of an existing target
        if self.as_is:
            shutil.copyfile(self.path, target)
            return
        with self.open_binary() as src, open(target, "wb") as out:
            shutil.copyfileobj(src, out, 1 << 20)

    def sample(self) -> bytes:
        with self.open_binary() as f:
            return f.read(_SAMPLE_BYTES)

    @contextmanager
    def on_disk(self) -> Iterator[Path]:
        """The file as a path: a ZIP member (or a file read with line feeds) written out to a
        private temporary file (0600, ``mkstemp``), deleted afterwards, so that a reader maps
        it as it maps a price file on disk rather than holding all of its bytes (an NA
        ``PRICE.ZIP``'s 300 MB) at once."""
        if self.as_is:
            yield self.path
            return
        fd, name = tempfile.mkstemp(prefix="ingram-desk-", suffix=".unpacked")
        os.close(fd)
        target = Path(name)
        try:
            self.copy_to(target)
            yield target
        finally:
            try:
                target.unlink(missing_ok=True)
            except OSError as exc:  # (Windows: a virus scanner may hold it a moment)
                log.warning("could not delete the unpacked %s: %s", target.name, exc)


class DamagedArchive(OSError):
    """A ZIP member that cannot be unpacked (a bad CRC, data that cannot inflate, an archive
    cut short); its one argument is a phrase, said in the user's language."""


class _Raw(io.RawIOBase):
    """Bytes as ``read(size)`` gives them (-1: all that is left), as a raw stream for a
    ``BufferedReader``; ``closing`` is closed with it."""

    def __init__(self, read: Callable[[int], bytes], *closing: Any) -> None:
        self._read, self._closing = read, closing

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readall(self) -> bytes:  # (``RawIOBase``'s reads 8 KB at a time)
        return self._read(-1)

    def close(self) -> None:
        if not self.closed:
            for each in self._closing:
                each.close()
        super().close()


def _member(path: Path, name: str) -> _Raw:
    """A ZIP member's bytes, its damage (a bad CRC, corrupt deflate data, an archive cut
    short) raised as ``DamagedArchive``, an ``OSError`` as any failed read: every reader
    reports it."""
    archive = zipfile.ZipFile(path)
    try:
        member = archive.open(name)
    except BaseException:
        archive.close()
        raise

    def read(size: int) -> bytes:
        try:
            return member.read(size)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            said = CatalogueTexts.tr("the ZIP archive is damaged ({error})", error=str(exc))
            raise DamagedArchive(said) from None

    return _Raw(read, member, archive)


def _line_feeds(inner: BinaryIO, utf16: str | None) -> _Raw:
    """A file's bytes with each carriage return read as a line feed (``SourceFile.cr_lines``:
    one byte in every encoding such a file is read in but UTF-16, whose 2-byte units are read
    whole: a unit of another character may hold the byte 0x0D)."""
    if utf16 is None:
        return _Raw(lambda size: inner.read(size).replace(b"\r", b"\n"), inner)
    odd = b""  # a unit's first byte, read last

    def read(size: int) -> bytes:
        nonlocal odd
        while True:
            more = inner.read(size if size < 0 else max(size - len(odd), 1))
            got = odd + more
            whole = len(got) - len(got) % 2
            if not more:  # (an odd last byte as it is: the decoder reports it)
                odd = b""
                return _units_fed(got[:whole], utf16) + got[whole:]
            odd = got[whole:]
            if whole:
                return _units_fed(got[:whole], utf16)

    return _Raw(read, inner)


def _units_fed(units: bytes, utf16: str) -> bytes:
    """Whole UTF-16 units with each carriage return a line feed (a pair of surrogates cut
    between two reads passes unchanged)."""
    text = units.decode(utf16, "surrogatepass")
    return text.replace("\r", "\n").encode(utf16, "surrogatepass")


def open_source(path: Path) -> SourceFile:
    """The file itself, or the best member of a ZIP (``PRICE.TXT`` first); read with line
    feeds where its lines end in a lone carriage return. Raises ``ValueError``."""
    source = _container(Path(path))
    try:
        with source.open_binary() as f:
            sample = f.read(_SAMPLE_BYTES)
    except OSError:  # (told where the file is read: a damaged ZIP member)
        return source
    if b"\r" not in sample:
        return source
    encoding = detect_encoding(sample)
    if encoding.startswith("utf-16"):  # (a unit of another character may hold 0x0A too)
        text = sample[: len(sample) - len(sample) % 2].decode(encoding, "surrogatepass")
        if "\r" in text and "\n" not in text:
            return replace(source, cr_lines=True, cr_units=encoding)
    elif b"\n" not in sample:
        return replace(source, cr_lines=True)
    return source


def _container(path: Path) -> SourceFile:
    """The file itself, or the best member of a ZIP (``PRICE.TXT`` first)."""
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic != b"PK\x03\x04":
        return SourceFile(path, None, path.stat().st_size)
    try:
        with zipfile.ZipFile(path) as archive:
            members = [i for i in archive.infolist() if not i.is_dir()]
    except zipfile.BadZipFile as exc:
        raise ValueError(f"{path.name}: damaged ZIP archive ({exc})") from None
    if not members:
        raise ValueError(f"{path.name}: the ZIP archive is empty")
    names = {i.filename for i in members}
    if "xl/workbook.xml" in names:  # an .xlsx is a ZIP too
        raise ValueError(
            f"{path.name} is an Excel workbook, not a price file: save it as CSV (UTF-8) in "
            "Excel and import the CSV"
        )
    if "content.xml" in names and "META-INF/manifest.xml" in names:  # .ods (LibreOffice)
        raise ValueError(
            f"{path.name} is an OpenDocument spreadsheet, not a price file: save it as CSV "
            "(UTF-8) and import the CSV"
        )

    def rank(info: zipfile.ZipInfo) -> tuple[int, int]:
        base = info.filename.rsplit("/", 1)[-1].lower()
        known = _MEMBER_PRIORITY.index(base) if base in _MEMBER_PRIORITY else len(_MEMBER_PRIORITY)
        if known == len(_MEMBER_PRIORITY) and base.startswith("pl_"):
            known = 0
        return (known, -info.file_size)

    best = min(members, key=rank)
    if best.flag_bits & 0x1:  # (zipfile would ask for the password: "RuntimeError")
        raise ValueError(
            f"{path.name}: {best.filename} is protected by a password: unpack it with its "
            "password and import the file unpacked"
        )
    _check_expansion(path, best)
    return SourceFile(path, best.filename, best.file_size)


def _check_expansion(path: Path, info: zipfile.ZipInfo) -> None:
    """Refuse a ZIP member that would unpack to more than ``MAX_MEMBER_BYTES`` or expand more
    than ``MAX_EXPANSION`` times (a price file compresses 5-15x; a bomb 1000x). zipfile stops
    at the declared size, so a member that lies about it cannot unpack further either."""
    if info.file_size > MAX_MEMBER_BYTES:
        raise ValueError(
            f"{path.name}: {info.filename} would unpack to {info.file_size / 1e9:.1f} GB;"
            f" at most {MAX_MEMBER_BYTES / 1e9:.0f} GB is accepted"
        )
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > _RATIO_FROM_BYTES and ratio > MAX_EXPANSION:
        raise ValueError(
            f"{path.name}: {info.filename} expands {ratio:,.0f} times"
            f" ({info.compress_size:,} → {info.file_size:,} bytes); that is not a price file"
            f" (at most {MAX_EXPANSION} times is accepted)"
        )


def detect_encoding(sample: bytes) -> str:
    """BOM first; then UTF-16 without one (NUL bytes in every other place); else strict UTF-8
    on the sample; else cp1252; latin-1 if cp1252 cannot."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le"
    if sample.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    if (utf16 := _bomless_utf16(sample)) is not None:
        return utf16
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if any(bytes((b,)) in sample for b in _CP1252_UNDEFINED):  # (a byte loop: 50 ms a MB)
        return "latin-1"
    return "cp1252"


def _bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM: a price file is mostly ASCII, so one byte of nearly every 2-byte
    unit is NUL (the high byte: the odd ones in little-endian, the even ones in big-endian)."""
    head = sample[:4096]
    if len(head) < 64 or head.count(0) < len(head) // 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _count_outside_quotes(line: str, delimiter: str) -> int:
    if '"' not in line:
        return line.count(delimiter)
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


def detect_delimiter(lines: list[str]) -> str:
    """The candidate with a non-zero, consistent count over the first lines; tie order | TAB ; ,."""
    sample = [ln for ln in lines if ln.strip()][:50]
    if not sample:
        return ","
    best, best_score = ",", -1.0
    for delim in _DELIMITERS:
        counts = [_count_outside_quotes(ln, delim) for ln in sample]
        if not any(counts):
            continue
        mode = max(set(counts), key=counts.count)
        if mode == 0:
            continue
        score = counts.count(mode) / len(counts)
        if score > best_score + 0.1:  # earlier candidates win near-ties
            best, best_score = delim, score
    return best


def iter_lines(
    binary: BinaryIO,
    encoding: str,
    on_problem: DecodeProblem | None = None,
    position: list[int] | None = None,
) -> Iterator[str]:
    """Decoded lines (line ends kept, BOM stripped); a bad byte is reported and read as cp1252.

    ``position[0]`` is advanced by each line's byte length before it is yielded, so a caller
    can tell which bytes a CSV record came from (not for UTF-16).
    """
    if encoding.startswith("utf-16"):
        yield from _utf16_lines(binary, encoding, on_problem)
        return
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    first = True
    if position is None:
        position = [0]
    for number, raw in enumerate(binary, 1):
        position[0] += len(raw)
        if first:
            first = False
            if raw.startswith(codecs.BOM_UTF8):
                raw = raw[3:]
        try:
            yield raw.decode(codec)
        except UnicodeDecodeError as exc:
            if on_problem is not None:
                on_problem(
                    number,
                    CatalogueTexts.tr(
                        "byte {byte} at column {n} is not valid {codec}; read as cp1252",
                        byte=f"0x{raw[exc.start]:02x}",
                        n=exc.start + 1,
                        codec=codec,
                    ),
                )
            yield raw.decode("cp1252", errors="replace")


def _utf16_lines(
    binary: BinaryIO, encoding: str, on_problem: DecodeProblem | None
) -> Iterator[str]:
    """UTF-16 lines, decoded chunk by chunk; an undecodable unit is reported and replaced."""
    text = io.TextIOWrapper(binary, encoding=encoding, errors="replace", newline="")
    try:
        for number, line in enumerate(text, 1):
            if number == 1:
                line = line.removeprefix("\ufeff")
            if "\ufffd" in line and on_problem is not None:
                on_problem(
                    number,
                    CatalogueTexts.tr(
                        "not valid {encoding}: undecodable bytes replaced by {mark}",
                        encoding=encoding,
                        mark="\ufffd",
                    ),
                )
            yield line
    finally:
        text.detach()  # the caller owns ``binary`` (the wrapper would close it)


def first_rows(source: SourceFile, encoding: str, delimiter: str, n: int) -> list[list[str]]:
    """Up to ``n`` parsed rows from the start of the file (for detection and samples)."""
    with source.open_binary() as f:
        head = f.read(_SAMPLE_BYTES)
    text_lines = list(iter_lines(io.BytesIO(head), encoding))
    if len(head) == _SAMPLE_BYTES and text_lines:
        text_lines.pop()  # probably cut in the middle
    rows: list[list[str]] = []
    reader = csv.reader(text_lines, delimiter=delimiter)
    try:
        for row in reader:
            if row:
                rows.append(row)
            if len(rows) >= n:
                break
    except csv.Error:
        pass
    return rows
