"""The team's shared address book: the same interface as the desk's JSON address book
(``settings.address_book.AddressBook``), kept in the team database per Ingram account, so a
ship-to saved on one desk is offered on every desk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.services.team.pg_journal import connect_kwargs, server_label, unreachable
from ingram_desk.settings.address_book import AddressBookError, SavedAddress

__all__ = ["TeamAddressBook"]


class TeamAddressBook:
    def __init__(
        self,
        url: str,
        *,
        account: str,
        desk_id: str,
        password: str | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.url = url
        self.account = account
        self.desk_id = desk_id
        self._password = password
        self._now = now or (lambda: datetime.now(UTC))
        self._conn: psycopg.Connection[Any] | None = None

    def _db(self) -> psycopg.Connection[Any]:
        if self._conn is None or self._conn.closed or self._conn.broken:
            try:
                self._conn = psycopg.connect(
                    self.url, **connect_kwargs(self._password), autocommit=True,
                    connect_timeout=5,
                )  # fmt: skip
            except psycopg.Error as exc:
                raise unreachable(server_label(self.url), exc) from None
        return self._conn

    def entries(self) -> list[SavedAddress]:
        rows = self._db().execute(
            "SELECT entry_id, payload FROM address_book WHERE account=%s ORDER BY lower(entry_id)",
            (self.account,),
        )
        return [
            SavedAddress(name, dict(p.get("fields", {})), p.get("address_id", ""))
            for name, p in rows.fetchall()
        ]

    def get(self, name: str) -> SavedAddress | None:
        return next((e for e in self.entries() if e.name == name), None)

    def save(self, entry: SavedAddress, old_name: str | None = None) -> None:
        """Add, or replace the entry called ``old_name`` (or ``entry.name``)."""
        if not entry.name.strip():
            raise AddressBookError(QT_TRANSLATE_NOOP("Errors", "An address needs a name."))
        replace = old_name or entry.name
        payload = Jsonb({"fields": entry.fields, "address_id": entry.address_id})
        conn = self._db()
        with conn.transaction():
            if entry.name != replace:
                taken = conn.execute(
                    "SELECT 1 FROM address_book WHERE account=%s AND entry_id=%s",
                    (self.account, entry.name),
                ).fetchone()
                if taken:
                    raise AddressBookError(
                        QT_TRANSLATE_NOOP("Errors", "An address called {name} already exists."),
                        values={"name": repr(entry.name)},
                    )
                conn.execute(
                    "DELETE FROM address_book WHERE account=%s AND entry_id=%s",
                    (self.account, replace),
                )
            conn.execute(
                "INSERT INTO address_book(account, entry_id, payload, updated_by, updated_at)"
                " VALUES (%s,%s,%s,%s,%s) ON CONFLICT (account, entry_id) DO UPDATE SET"
                " payload=excluded.payload, updated_by=excluded.updated_by,"
                " updated_at=excluded.updated_at",
                (self.account, entry.name, payload, self.desk_id, self._now()),
            )

    def remove(self, name: str) -> None:
        self._db().execute(
            "DELETE FROM address_book WHERE account=%s AND entry_id=%s", (self.account, name)
        )

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
