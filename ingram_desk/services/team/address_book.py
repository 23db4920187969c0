"""The team's shared address book: the same interface as the desk's JSON address book
(``settings.address_book.AddressBook``), kept in the team database per Ingram account, so a
ship-to saved on one desk is offered on every desk.

While the database cannot be reached the book offers the entries it last read and says why in
``offline`` (the window shows it); saving or deleting raises ``TeamUnreachableError``."""

from __future__ import annotations

from typing import Any

from psycopg.types.json import Jsonb

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.services.team.account_table import AccountTable
from ingram_desk.services.team.connection import TeamUnreachableError
from ingram_desk.settings.address_book import AddressBookError, SavedAddress

__all__ = ["TeamAddressBook"]


class TeamAddressBook(AccountTable):
    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._known: list[SavedAddress] = []
        #: why the entries offered are the last ones read ("": they are the team's current ones)
        self.offline = ""

    def entries(self) -> list[SavedAddress]:
        try:
            rows = self._run(
                lambda c: c.execute(
                    "SELECT entry_id, payload FROM address_book WHERE account=%s"
                    " ORDER BY lower(entry_id)",
                    (self.account,),
                ).fetchall()
            )
        except TeamUnreachableError as exc:
            self.offline = exc.one_line()
            return list(self._known)
        self.offline = ""
        self._known = [
            SavedAddress(
                r["entry_id"], dict(r["payload"].get("fields", {})),
                r["payload"].get("address_id", ""),
            )
            for r in rows
        ]  # fmt: skip
        return list(self._known)

    def get(self, name: str) -> SavedAddress | None:
        return next((e for e in self.entries() if e.name == name), None)

    def save(self, entry: SavedAddress, old_name: str | None = None) -> None:
        """Add, or replace the entry called ``old_name`` (or ``entry.name``)."""
        if not entry.name.strip():
            raise AddressBookError(QT_TRANSLATE_NOOP("Errors", "An address needs a name."))
        replace = old_name or entry.name
        payload = Jsonb({"fields": entry.fields, "address_id": entry.address_id})

        def write(c: Any) -> None:
            with c.transaction():
                if entry.name != replace:
                    taken = c.execute(
                        "SELECT 1 FROM address_book WHERE account=%s AND entry_id=%s",
                        (self.account, entry.name),
                    ).fetchone()
                    if taken:
                        raise AddressBookError(
                            QT_TRANSLATE_NOOP("Errors", "An address called {name} already exists."),
                            values={"name": repr(entry.name)},
                        )
                    c.execute(
                        "DELETE FROM address_book WHERE account=%s AND entry_id=%s",
                        (self.account, replace),
                    )
                c.execute(
                    "INSERT INTO address_book(account, entry_id, payload, updated_by, updated_at)"
                    " VALUES (%s,%s,%s,%s,%s) ON CONFLICT (account, entry_id) DO UPDATE SET"
                    " payload=excluded.payload, updated_by=excluded.updated_by,"
                    " updated_at=excluded.updated_at",
                    (self.account, entry.name, payload, self.desk_id, self._now()),
                )

        self._run(write)

    def remove(self, name: str) -> None:
        self._run(
            lambda c: c.execute(
                "DELETE FROM address_book WHERE account=%s AND entry_id=%s", (self.account, name)
            )
        )
