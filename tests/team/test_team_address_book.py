"""The shared address book on a real server: saved on one desk, offered on the other."""

from __future__ import annotations

import pytest

from ingram_desk.services.team.address_book import TeamAddressBook
from ingram_desk.services.team.pg_journal import PgJournal
from ingram_desk.services.team.watch_list import TeamWatchStore
from ingram_desk.settings.address_book import SavedAddress


def test_an_address_saved_on_one_desk_is_offered_on_the_other(team_url: str) -> None:
    desks = [
        PgJournal(team_url, account=account, desk_id=desk)
        for account, desk in (("NL:20-222222", "ann"), ("NL:20-222222", "bob"), ("DE:1", "carl"))
    ]
    ann, bob, elsewhere = (TeamAddressBook(d) for d in desks)
    try:
        depot = SavedAddress("Depot", {"companyName": "Acme", "city": "Utrecht"}, "SH-1")
        ann.save(depot)
        assert bob.get("Depot") == depot
        assert elsewhere.entries() == []  # another account's book
        ann.save(SavedAddress("Shop", {"companyName": "Acme Shop"}))
        with pytest.raises(ValueError, match="already exists"):
            bob.save(SavedAddress("Shop", {"city": "X"}), old_name="Depot")
        bob.save(SavedAddress("Main depot", depot.fields, "SH-1"), old_name="Depot")  # rename
        assert [e.name for e in ann.entries()] == ["Main depot", "Shop"]
        ann.remove("Shop")
        assert [e.name for e in bob.entries()] == ["Main depot"]
        with pytest.raises(ValueError):
            ann.save(SavedAddress("  "))
    finally:
        for desk in desks:
            desk.close()


async def test_a_joined_run_uses_the_team_address_book(
    sandbox, team_url: str, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import argparse

    from ingram_desk.cli.context import open_context

    monkeypatch.setenv("INGRAM_CLIENT_ID", sandbox.config.client_id)
    monkeypatch.setenv("INGRAM_CLIENT_SECRET", sandbox.config.client_secret)
    monkeypatch.setenv("INGRAM_CUSTOMER_NUMBER", "20-222222")
    monkeypatch.setenv("INGRAM_COUNTRY", "NL")
    args = argparse.Namespace(data_dir=tmp_path, team=team_url, api_url=sandbox.url, profile=None)
    async with open_context(args) as ctx:
        assert isinstance(ctx.address_book, TeamAddressBook)
        assert isinstance(ctx.tracking.store, TeamWatchStore)
        ctx.address_book.save(SavedAddress("Depot", {"city": "Utrecht"}))
    with PgJournal(team_url, account="NL:20-222222", desk_id="x") as other:
        assert [e.name for e in TeamAddressBook(other).entries()] == ["Depot"]
