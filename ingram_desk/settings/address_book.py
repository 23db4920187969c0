"""Saved ship-to addresses: a small versioned JSON file in the profile's data folder.

Writes go to a temporary file and replace the old one atomically, so a crash never leaves half
a file. Field names are Ingram's v6 ``shipToInfo`` names, so an entry becomes an ``Address``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ingram_desk.domain.errors import IngramError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.order_draft import Address
from ingram_desk.paths import write_private

__all__ = [
    "ADDRESS_FIELDS",
    "DEMO_ADDRESSES",
    "AddressBook",
    "AddressBookError",
    "SavedAddress",
    "seed_demo_addresses",
]


class AddressBookError(IngramError, ValueError):
    """An entry that cannot be saved (no name, a name taken); shown in the address book."""

    kind = "address_book"


#: (v6 field name, label) in form order
ADDRESS_FIELDS: tuple[tuple[str, str], ...] = (
    ("companyName", "Company"),
    ("contact", "Contact"),
    ("addressLine1", "Address line 1"),
    ("addressLine2", "Address line 2"),
    ("city", "City"),
    ("state", "State"),
    ("postalCode", "Postal code"),
    ("countryCode", "Country"),
    ("email", "E-mail"),
    ("phoneNumber", "Phone"),
)
_VERSION = 1


@dataclass(frozen=True, slots=True)
class SavedAddress:
    name: str  #: the purchaser's label, unique in the book
    fields: dict[str, str] = field(default_factory=dict)
    address_id: str = ""  #: Ingram's pre-registered ship-to id, when there is one

    def to_address(self) -> Address:
        return Address(self.address_id or None, {k: v for k, v in self.fields.items() if v})

    def one_line(self) -> str:
        f = self.fields
        parts = [f.get("companyName", ""), f.get("city", ""), f.get("countryCode", "")]
        return ", ".join(p for p in parts if p)


class AddressBook:
    def __init__(self, path: Path) -> None:
        self.path = path

    def entries(self) -> list[SavedAddress]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        return [
            SavedAddress(e["name"], dict(e.get("fields", {})), e.get("address_id", ""))
            for e in data.get("addresses", [])
        ]

    def get(self, name: str) -> SavedAddress | None:
        return next((e for e in self.entries() if e.name == name), None)

    def save(self, entry: SavedAddress, old_name: str | None = None) -> None:
        """Add, or replace the entry called ``old_name`` (or ``entry.name``), keeping the order."""
        if not entry.name.strip():
            raise AddressBookError(QT_TRANSLATE_NOOP("Errors", "An address needs a name."))
        entries = self.entries()
        replace = old_name or entry.name
        names = [e.name for e in entries]
        if entry.name != replace and entry.name in names:
            raise AddressBookError(
                QT_TRANSLATE_NOOP("Errors", "An address called {name} already exists."),
                values={"name": repr(entry.name)},
            )
        if replace in names:
            entries[names.index(replace)] = entry
        else:
            entries.append(entry)
        self._write(entries)

    def remove(self, name: str) -> None:
        self._write([e for e in self.entries() if e.name != name])

    def _write(self, entries: list[SavedAddress]) -> None:
        data = {
            "version": _VERSION,
            "addresses": [
                {"name": e.name, "fields": e.fields, "address_id": e.address_id} for e in entries
            ],
        }
        write_private(self.path, json.dumps(data, indent=1, ensure_ascii=False))


#: the demo profile's address book starts with these (invented) ship-to addresses
DEMO_ADDRESSES: tuple[SavedAddress, ...] = (
    SavedAddress(
        "Warehouse Utrecht (demo)",
        {"companyName": "DEMO RESELLER BV", "contact": "GOODS-IN", "addressLine1": "KANAALWEG 12",
         "city": "UTRECHT", "postalCode": "3526 KL", "countryCode": "NL",
         "phoneNumber": "+31 30 000 0000"},
    ),
    SavedAddress(
        "Customer site Düsseldorf (demo)",
        {"companyName": "BEISPIEL GMBH", "contact": "IT-ABTEILUNG",
         "addressLine1": "KÖNIGSALLEE 1", "city": "DUESSELDORF", "postalCode": "40212",
         "countryCode": "DE", "email": "it@example.invalid"},
    ),
)  # fmt: skip


def seed_demo_addresses(book: AddressBook) -> bool:
    """Give an empty demo address book its two sample addresses; True when it did."""
    if book.entries():
        return False
    for entry in DEMO_ADDRESSES:
        book.save(entry)
    return True
