"""The ship-to address book: saved as JSON in the data folder, edited in place, names unique."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingram_desk.settings.address_book import AddressBook, SavedAddress


def test_addresses_survive_a_reopen_and_become_draft_addresses(tmp_path: Path) -> None:
    book = AddressBook(tmp_path / "address-book.json")
    book.save(
        SavedAddress("Berlin", {"companyName": "ACME GmbH", "city": "Berlin", "countryCode": "DE"})
    )
    book.save(SavedAddress("Depot", {"companyName": "ACME", "city": "Wien"}, "0001"))
    again = AddressBook(tmp_path / "address-book.json")
    assert [e.name for e in again.entries()] == ["Berlin", "Depot"]
    address = again.get("Depot").to_address()
    assert address.address_id == "0001" and address.to_request()["addressId"] == "0001"
    assert again.get("Berlin").one_line() == "ACME GmbH, Berlin, DE"


def test_edit_renames_in_place_and_names_stay_unique(tmp_path: Path) -> None:
    book = AddressBook(tmp_path / "book.json")
    book.save(SavedAddress("A", {"city": "X"}))
    book.save(SavedAddress("B", {"city": "Y"}))
    book.save(SavedAddress("A2", {"city": "Z"}), old_name="A")
    assert [(e.name, e.fields["city"]) for e in book.entries()] == [("A2", "Z"), ("B", "Y")]
    with pytest.raises(ValueError):
        book.save(SavedAddress("B", {}), old_name="A2")
    book.remove("B")
    assert [e.name for e in book.entries()] == ["A2"]
