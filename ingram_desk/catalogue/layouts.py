"""Which column holds what: built-in layouts (DACH pipe, NA PRICE.TXT), the header alias table,
and user mappings (``--mapping FILE.json``) — all resolved to one ``ColumnMap`` of indexes.

Header cells are compared normalised (``norm_header``: lower-case, umlauts folded, ``_``/space/
``-``/``.`` removed), so ``VERFUEGBARKZ``, ``Verfügbar_KZ`` and ``verfuegbar kz`` are equal.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .words import spelled_out

__all__ = [
    "ALIASES",
    "LIST_FIELDS",
    "REQUIRED",
    "ColumnMap",
    "MappingError",
    "MappingRequired",
    "UserMapping",
    "guess_columns",
    "header_signature",
    "looks_like_na_price_txt",
    "map_header",
    "na_price_txt_map",
    "norm_header",
]


class MappingError(ValueError):
    """A user mapping file is malformed or names columns the file does not have."""


class MappingRequired(ValueError):
    """The file's layout is not recognised: a column mapping must be supplied (GUI or --mapping)."""

    def __init__(
        self,
        message: str,
        header: Sequence[str] = (),
        samples: Sequence[Sequence[str]] = (),
        delimiter: str = "",
        encoding: str = "",
    ) -> None:
        super().__init__(message)
        self.header = list(header)
        #: a few data rows after the header, so a mapping step can show sample values
        self.samples = [list(r) for r in samples]
        self.delimiter = delimiter
        self.encoding = encoding

    def __reduce__(self) -> tuple[Any, ...]:  # picklable across the import subprocess
        return (
            type(self),
            (str(self), self.header, self.samples, self.delimiter, self.encoding),
        )


#: canonical field -> accepted header names (normalised: ``norm_header``), in order of
#: preference: Ingram's names, then the words of a list exported in German, Dutch or French
#: (the languages of the window: "Bezeichnung", "omschrijving", "désignation").
ALIASES: dict[str, tuple[str, ...]] = {
    "sku": ("ingrampartnumber", "ingramsku", "artikelnr", "imsku", "sku", "pid", "ingrampartnbr",
            "partnumber", "itemnumber", "materialnumber", "artikelnummer", "artnr", "artikelcode",
            "référenceingram", "refingram"),
    "vpn": ("vendorpartnumber", "hstnummer", "vpn", "mpn", "manufacturerpartnumber", "ppn",
            "vendorpartnbr", "herstellernummer", "manufacturerpartno", "herstellerartikelnummer",
            "herstellerartnr", "fabrikantartikelnummer", "artikelnummerfabrikant",
            "herstellerteilenummer", "teilenummer", "référencefabricant", "référenceconstructeur",
            "reffabricant", "refconstructeur"),
    "ean": ("eanupccode", "eancode", "eanupc", "ean", "upccode", "upc", "gtin", "barcode",
            "ean13", "codeean"),
    "vendor": ("vendorname", "hersteller", "vname", "manufacturer", "manufacturername", "vendor",
               "brand", "mastervendnam", "marke", "fabrikant", "merk", "fabricant", "marque",
               "constructeur"),
    "vendor_code": ("vendornumber", "vendorcode", "vendorid"),
    "description": ("description", "ingrampartdescription", "partdescription", "artikel1",
                    "partdescriptionline1", "productdescription", "pname", "name", "productname",
                    "shortdescription", "artikel2", "partdescriptionline2", "description2",
                    "bezeichnung", "artikelbezeichnung", "beschreibung", "omschrijving",
                    "productomschrijving", "désignation", "libellé"),
    "customer_price": ("customerprice", "ek", "yourprice", "netprice", "dealerprice", "price",
                       "resellerprice", "cost", "purchaseprice", "ekpreis", "einkaufspreis",
                       "nettopreis", "preisnetto", "haendlerpreis", "ihrpreis", "preis",
                       "inkoopprijs", "nettoprijs", "prijs", "prixachat", "prixd'achat",
                       "prixnet", "prix"),
    "retail_price": ("retailprice", "evp", "msrp", "listprice", "lprice", "srp", "rrp", "uvp",
                     "listenpreis", "adviesprijs", "prixpublic", "prixconseillé"),
    "currency": ("currency", "currencycode", "waehrung", "curr", "valuta", "devise"),
    "stock": ("availablequantity", "vmenge", "stock", "stockfree", "availableqty", "quantity",
              "qty", "stockquantity", "onhand", "lagerbestand", "bestand", "voorraad"),
    "eta": ("etadate", "eta", "veta", "backlogeta", "expecteddate", "nextdeliverydate",
            "liefertermin", "lieferdatum", "verfuegbarab", "leverdatum"),
    "category_code": ("categorycode", "catalogid", "catsid", "categoryid", "ingramcategory",
                      "ingramcategorysubcategory"),
    "category_path": ("gruppe1", "gruppe2", "gruppe3", "category", "subcategory", "productfamily",
                      "categoryname", "subcategoryname", "kategorie", "warengruppe",
                      "categorie", "productgroep", "catégorie"),
    "status": ("status", "skustatus", "artikelstatus"),
    "datasheet_url": ("datenblatt1", "datasheeturl", "datasheet", "datenblatt"),
    "image_url": ("bild1", "imageurl", "image", "picture", "afbeelding"),
    "icecat_id": ("icecatid",),
}  # fmt: skip
#: Fields that take several columns (joined with a space, or as path levels).
LIST_FIELDS = frozenset({"description", "category_path", "ean"})
#: Fields without which a row is useless; a file must map them.
REQUIRED = ("sku", "customer_price")

_NON_ALNUM = re.compile(r"[\s_\-./()#]+")


def norm_header(cell: str) -> str:
    """``"Vendor Part Number"`` → ``"vendorpartnumber"``; ``"Verfügbar_KZ"`` → ``"verfuegbarkz"``."""
    return _NON_ALNUM.sub("", spelled_out(cell.strip().strip('"')))


def header_signature(header: Sequence[str]) -> str:
    """A stable key for "this file shape", used to remember a user's mapping."""
    joined = "|".join(norm_header(h) for h in header)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Column indexes per canonical field; list fields keep every matching column in order."""

    layout: str
    columns: Mapping[str, tuple[int, ...]]
    header: tuple[str, ...]
    decimal_comma: Mapping[str, bool] = field(default_factory=dict)
    in_stock_flag: int | None = None  #: NA: Y/N availability column
    action: int | None = None  #: NA: A/C/D row action column
    min_columns: int = 0
    max_columns: int = 0
    currency: str = ""
    #: slash dates read ``mm/dd/yyyy`` (detected from samples; European ``dd/mm`` otherwise)
    month_first: bool = False

    def has(self, name: str) -> bool:
        return bool(self.columns.get(name))


def map_header(header: Sequence[str], layout: str = "header_csv") -> ColumnMap:
    """Resolve a header row through the alias table; raises ``MappingRequired`` if SKU/price miss."""
    normalised = [norm_header(h) for h in header]
    position = {}
    for i, name in enumerate(normalised):
        position.setdefault(name, i)
    columns: dict[str, tuple[int, ...]] = {}
    taken: set[int] = set()
    for canonical, aliases in ALIASES.items():
        found = [position[a] for a in aliases if a in position and position[a] not in taken]
        if not found:
            continue
        if canonical not in LIST_FIELDS:
            found = found[:1]
        columns[canonical] = tuple(found)
        taken.update(found)
    missing = [f for f in REQUIRED if f not in columns]
    if missing:
        raise MappingRequired(
            f"unrecognised columns: no {' or '.join(missing)} column in the header; "
            "supply a column mapping (--mapping FILE.json)",
            header,
        )
    n = len(header)
    return ColumnMap(
        layout, columns, tuple(h.strip() for h in header), min_columns=n, max_columns=n
    )


def guess_columns(header: Sequence[str]) -> dict[str, int]:
    """Canonical field -> column index for headers that equal or resemble an alias (a mapping
    step's pre-fill): exact matches first, then prefixes either way (``Artikel`` ~ ``artikelnr``);
    each column is guessed for one field at most."""
    normalised = [norm_header(h) for h in header]
    guess: dict[str, int] = {}
    taken: set[int] = set()

    def resembles(name: str, alias: str) -> bool:
        return (
            len(name) >= 3
            and len(alias) >= 3
            and (alias.startswith(name) or name.startswith(alias))
        )

    for match in (str.__eq__, resembles):
        for canonical, aliases in ALIASES.items():
            if canonical in guess:
                continue
            for alias in aliases:
                found = [
                    i for i, n in enumerate(normalised) if i not in taken and n and match(n, alias)
                ]
                if found:
                    guess[canonical] = found[0]
                    taken.add(found[0])
                    break
    return guess


def count_known_headers(cells: Sequence[str]) -> int:
    """How many cells of a first line are known header names (≥ 3 means it is a header)."""
    known = {a for aliases in ALIASES.values() for a in aliases}
    return sum(1 for c in cells if norm_header(c) in known)


# --- North-American PRICE.TXT (positional, 23 or 24 columns, no header) --------------------

_NA_NAMES = (
    "Action Indicator", "Ingram Part Number", "Vendor Number", "Vendor Name",
    "Part Description Line 1", "Part Description Line 2", "Retail Price", "Vendor Part Number",
    "Weight", "UPC Code", "Length", "Width", "Height", "Price Change Flag", "Customer Price",
    "Special Price Flag", "Availability Flag", "SKU Status", "CPU Code", "Media Type",
    "Ingram Category/Subcategory", "New Item Receipt Flag", "Substitute Part",
    "Instant Rebate Flag",
)  # fmt: skip
_ZERO_PACKED = re.compile(r"^\d+\.\d+$")


def looks_like_na_price_txt(cells: Sequence[str]) -> bool:
    """Headerless NA file: 23/24 cells, A/C/D action, zero-packed decimals at 6 and 14."""
    return (
        len(cells) in (23, 24)
        and cells[0].strip() in ("A", "C", "D")
        and bool(_ZERO_PACKED.match(cells[6].strip()))
        and bool(_ZERO_PACKED.match(cells[14].strip()))
    )


def na_price_txt_map() -> ColumnMap:
    columns = {
        "sku": (1,), "vendor_code": (2,), "vendor": (3,), "description": (4, 5),
        "retail_price": (6,), "vpn": (7,), "ean": (9,), "customer_price": (14,),
        "status": (17,), "category_code": (20,),
    }  # fmt: skip
    return ColumnMap(
        "na_price_txt", columns, _NA_NAMES, in_stock_flag=16, action=0, min_columns=23,
        max_columns=24, currency="USD",
    )  # fmt: skip


# --- user mappings -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UserMapping:
    """A saved column mapping (the JSON of ``--mapping``), see ``UserMapping.load``.

    ``{"columns": {"sku": "Artikel", "customer_price": "Preis", "description": ["Bez1", "Bez2"]},
    "header": true, "delimiter": ";", "encoding": "cp1252", "decimal_comma": true,
    "currency": "EUR"}`` — columns by header name, or by 0-based index when ``"header": false``.
    Only ``columns`` is required; the rest overrides auto-detection.
    """

    columns: Mapping[str, Any]
    header: bool = True
    delimiter: str | None = None
    encoding: str | None = None
    decimal_comma: bool | None = None
    currency: str | None = None

    @classmethod
    def load(cls, path: Path) -> UserMapping:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise MappingError(f"cannot read mapping {path}: {exc}") from None
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: Any) -> UserMapping:
        if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
            raise MappingError('a mapping needs a "columns" object')
        unknown = set(data["columns"]) - set(ALIASES)
        if unknown:
            raise MappingError(f"unknown canonical fields in mapping: {sorted(unknown)}")
        delimiter = data.get("delimiter")
        if delimiter is not None and (not isinstance(delimiter, str) or len(delimiter) != 1):
            raise MappingError("delimiter must be a single character")
        return cls(
            columns=data["columns"],
            header=bool(data.get("header", True)),
            delimiter=delimiter,
            encoding=data.get("encoding"),
            decimal_comma=data.get("decimal_comma"),
            currency=data.get("currency"),
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "columns": dict(self.columns), "header": self.header, "delimiter": self.delimiter,
                "encoding": self.encoding, "decimal_comma": self.decimal_comma,
                "currency": self.currency,
            },
            ensure_ascii=False,
        )  # fmt: skip

    def resolve(self, first_row: Sequence[str]) -> ColumnMap:
        """Indexes for this file: names looked up in the header (or indexes taken as given)."""
        lookup = {norm_header(h): i for i, h in enumerate(first_row)} if self.header else {}
        columns: dict[str, tuple[int, ...]] = {}
        for canonical, spec in self.columns.items():
            specs = spec if isinstance(spec, list) else [spec]
            idx: list[int] = []
            for s in specs:
                if isinstance(s, int) and not isinstance(s, bool):
                    idx.append(s)
                elif isinstance(s, str) and self.header and norm_header(s) in lookup:
                    idx.append(lookup[norm_header(s)])
                else:
                    raise MappingError(f"mapping column {s!r} for {canonical} is not in the file")
            columns[canonical] = tuple(idx)
        missing = [f for f in REQUIRED if f not in columns]
        if missing:
            raise MappingError(f"mapping lacks required fields: {missing}")
        header = (
            tuple(h.strip() for h in first_row)
            if self.header
            else tuple(f"col{i + 1}" for i in range(len(first_row)))
        )
        need = max(i for ix in columns.values() for i in ix) + 1
        dc = {} if self.decimal_comma is None else dict.fromkeys(
            ("customer_price", "retail_price"), self.decimal_comma
        )  # fmt: skip
        return ColumnMap(
            "mapped", columns, header, decimal_comma=dc, min_columns=need,
            max_columns=max(len(first_row), need), currency=self.currency or "",
        )  # fmt: skip
