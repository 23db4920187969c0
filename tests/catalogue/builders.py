"""Writers for small price/stock/category files in each layout, nasty cases included."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from ingram_desk.catalogue.words import SPELLED, spelled_out, tokens

DACH_HEADER = (
    "GRUPPE1|GRUPPE2|HERSTELLER|ARTIKEL_NR|KITSKUS|HSTNUMMER|ARTIKEL1|ARTIKEL2|FVERSION|FSYSTEM|"
    "FSPRACHE|FFORMAT|FBUS|FGARANTIE|EVP|EK|AKTIONPR|AKTBIS|AKTION|VERFUEGBARKZ|VMENGE|VRESERVE|"
    "HRESERVE|VDATUM|VETA|NACHFOLGER|DATENBLATT1|BILD1|ERFDAT|EANCODE|UPCCODE|HOEHE|BREITE|LAENGE|"
    "GEWICHT|RANG|STCK_KART|STCK_PAL|STORNO|ECLASS50|ECLASS70|UNSPC|INTRASTAT|CATALOGID|MWST|"
    "ARTIKELTYP|REVERSECHARGE|ICECATID|ICECATTYPE|ICECATUPDATE|CUSTPARTNBR"
).split("|")


def dach_row(
    sku: str,
    vpn: str = "VP-1",
    vendor: str = "ACME",
    text1: str = "ARTICLE",
    text2: str = "",
    ek: str = "10.00",
    evp: str = "15.00",
    qty: str = "5",
    eta: str = "",
    ean: str = "",
    g1: str = "Zubehör",
    g2: str = "Kabel",
    catalogid: str = "10030100",
) -> list[str]:
    """One DACH row with the 51 columns; description lines padded to 25 like Ingram's."""
    values = dict.fromkeys(DACH_HEADER, "")
    values.update(
        GRUPPE1=g1, GRUPPE2=g2, HERSTELLER=vendor, ARTIKEL_NR=sku, HSTNUMMER=vpn,
        ARTIKEL1=text1.ljust(25), ARTIKEL2=text2.ljust(25), EVP=evp, EK=ek, VMENGE=qty,
        VETA=eta, VDATUM="15.01.2026 02:05:11", EANCODE=ean, CATALOGID=catalogid, STORNO="Y",
        DATENBLATT1=f"https://example.invalid/ds/{sku}.pdf", ICECATID="9000" + sku[-2:],
    )  # fmt: skip
    return [values[h] for h in DACH_HEADER]


def write_dach(
    path: Path, rows: Iterable[list[str]], *, bom: bool = True, newline: str = "\n",
    tail: bytes = b"",
) -> Path:  # fmt: skip
    lines = ["|".join(DACH_HEADER), *("|".join(r) for r in rows)]
    data = (newline.join(lines) + newline).encode("utf-8")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data + tail)
    return path


def na_row(
    sku: str, vpn: str, vendor: str = "ACME NETWORKS", line1: str = "8-PORT SWITCH",
    line2: str = "DESKTOP", retail: str = "0000089.00", price: str = "0000061.75",
    avail: str = "Y", category: str = "0611", action: str = "A", upc: str = "0123456789012",
) -> list[str]:  # fmt: skip
    """A 24-column NA ``PRICE.TXT`` row, padded like the field sheet says."""
    return [
        action, sku.ljust(12), "Z901", vendor.ljust(35), line1.ljust(35), line2.ljust(35), retail,
        vpn.ljust(20), "002.10", upc, "010.00", "006.00", "002.00", " ", price, " ", avail, " ",
        "      ", "CABL", category, " ", "            ", "N",
    ]  # fmt: skip


def na_text(rows: Iterable[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("ascii")


def write_zip(path: Path, member: str, data: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, data)
    return path


def write_damaged_zip(path: Path, data: bytes, where: str) -> Path:
    """``data`` zipped with one byte of the member flipped: near its end in a stored member (its
    CRC fails once read whole), or near its start in a deflated one (the data cannot inflate)."""
    method = zipfile.ZIP_STORED if where == "end" else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", method) as archive:
        archive.writestr("PRICE.TXT", data)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("PRICE.TXT")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start + (info.compress_size - 50 if where == "end" else 20)] ^= 0x5A
    path.write_bytes(bytes(raw))
    return path


def write_csv(
    path: Path, header: list[str] | None, rows: Iterable[list[str]], *, delimiter: str = ",",
    encoding: str = "utf-8", newline: str = "\r\n",
) -> Path:  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    if header is not None:
        writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


ENGLISH_HEADER = [
    "IngramPartNumber", "VendorPartNumber", "EANUPC", "VendorName", "Description",
    "CategoryCode", "Category", "SubCategory", "CustomerPrice", "RetailPrice", "Currency",
    "AvailableQuantity", "ETADate",
]  # fmt: skip


def english_row(
    sku: str, vpn: str, price: str = "10.00", vendor: str = "ACME", description: str = "Thing",
    qty: str = "3", ean: str = "0012345678905", retail: str = "12.00", eta: str = "",
) -> list[str]:  # fmt: skip
    return [sku, vpn, ean, vendor, description, "1001", "Cables", "USB", price, retail, "EUR",
            qty, eta]  # fmt: skip


#: what the search text makes a space of in the words (``search_text._spaced``)
_ASCII_SEPARATOR = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]")


def spelled_words(text: str) -> list[str]:
    """The words that ``text``'s runs between ASCII separators holding an umlaut give spelled
    out ("müller" also "mueller": ``words.SPELLED``), as the search text holds them
    in front of the cell's own."""
    runs = _ASCII_SEPARATOR.split(text.lower())
    return [
        w
        for run in runs
        if any(letters in run for letters in SPELLED)
        for w in tokens(spelled_out(run))
    ]
