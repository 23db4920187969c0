"""The desk's one connection to the team's PostgreSQL database, which the journal, address book
and watch list share (``DeskConnection.run``).

Joining registers the desk and takes a session advisory lock on a random run key, which the
server drops when the process dies (the journal's in-flight recovery reads it).
A dropped connection (server restart) is retried until ``reconnect_wait`` runs out; a write whose
commit was lost in the drop is recognised by the caller's ``done`` check instead of being done
twice. In the window (``reconnect_in_background``) nothing waits on the database on the event
loop: a lost connection is re-opened on a worker thread and calls meanwhile fail at once, in one
line; the window even joins that way (``connect_now=False``), so it shows at once, saying it is
connecting, however slow or unreachable the server is.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Callable
from typing import Any, Self, TypeVar

import psycopg
from psycopg.rows import dict_row

from ingram_desk.domain.errors import IngramError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.services.journal_records import JournalError
from ingram_desk.services.team import schema

__all__ = [
    "DeskConnection",
    "TeamUnreachableError",
    "connect_kwargs",
    "first_line",
    "server_label",
    "unreachable",
]

log = logging.getLogger(__name__)
T = TypeVar("T")
_REMEDY = QT_TRANSLATE_NOOP(
    "Errors", "Browsing and P&A keep working; orders wait until it is back."
)


class TeamUnreachableError(JournalError):
    kind = "team_unreachable"


def unreachable(server: str, exc: BaseException, remedy: str = "") -> TeamUnreachableError:
    """The one wording of "the team database cannot be reached" (``server``: host:port/db)."""
    return TeamUnreachableError(
        QT_TRANSLATE_NOOP("Errors", "The team database {server} is unreachable: {problem}"),
        remedial_action=remedy,
        # our own "being re-opened" is shown in the user's language too
        values={
            "server": server,
            "problem": exc if isinstance(exc, IngramError) else first_line(exc),
        },
    )


def connect_kwargs(password: str | None) -> dict[str, str]:
    """libpq's own default ``sslmode=prefer`` gives TLS whenever the server offers it; a URL
    may ask for more (``?sslmode=verify-full``). The password comes from the keyring."""
    return {"password": password} if password else {}


def server_label(url: str) -> str:
    """host:port/db of a connection URL, without user or password (for messages)."""
    info = psycopg.conninfo.conninfo_to_dict(url)
    return f"{info.get('host', 'localhost')}:{info.get('port', 5432)}/{info.get('dbname', '')}"


class DeskConnection:
    """One connection per desk process; use from one thread (the event loop's)."""

    def __init__(
        self,
        url: str,
        *,
        desk_id: str,
        desk_name: str = "",
        reconnect_wait: float = 30.0,
        connect_timeout: int = 5,
        password: str | None = None,
        connect_now: bool = True,
    ) -> None:
        self.url = url
        self._password = password
        self.desk_id = desk_id
        self.desk_name = desk_name or desk_id
        self.reconnect_wait = reconnect_wait
        self.connect_timeout = connect_timeout
        #: this process's advisory-lock key: free on the server once the process is gone
        self.run_key = secrets.randbits(62) + 1
        self._conn: psycopg.Connection[dict[str, Any]] | None = None
        self._background = False
        self._reconnector: threading.Thread | None = None
        self._closing = threading.Event()
        self._retry = 1.0
        #: set once the desk has joined (its first connection is open)
        self.joined = threading.Event()
        self._join_error: TeamUnreachableError | None = (
            None  # why the first connection is not open yet
        )
        if connect_now:
            self._connect()

    @property
    def password(self) -> str | None:
        """The team database password this desk joined with (from the keyring; never stored)."""
        return self._password

    @property
    def server(self) -> str:
        return server_label(self.url)

    def reconnect_in_background(self, retry: float = 1.0) -> None:
        """The window's mode: a lost connection is re-opened by a worker thread (every ``retry``
        s) and every call until then raises ``TeamUnreachableError`` at once, so the GUI thread
        never waits on the database (a server restart would otherwise hold it ``reconnect_wait``
        s). Drafts and orders wait; the outbox driver tries again on its next round."""
        self._background = True
        self._retry = retry
        if self._conn is None:  # not joined yet (``connect_now=False``): join on the worker
            self._reconnect_later()

    def joining(self) -> TeamUnreachableError | None:
        """While the desk has not joined yet, what a call is refused with: "connecting to the
        team database…", or why the last attempt failed; None once joined."""
        if self.joined.is_set():
            return None
        return (self._join_error or TeamUnreachableError(
            QT_TRANSLATE_NOOP("Errors", "Connecting to the team database {server}…"),
            remedial_action=_REMEDY, values={"server": self.server},
        )).with_traceback(None)  # fmt: skip

    @property
    def connected(self) -> bool:
        conn = self._conn
        return conn is not None and not conn.closed and not conn.broken

    def _reconnect_later(self) -> None:
        if self._reconnector is None or not self._reconnector.is_alive():
            self._reconnector = threading.Thread(
                target=self._reconnect_loop, name="team-db-reconnect", daemon=True
            )
            self._reconnector.start()

    def _reconnect_loop(self) -> None:
        while not self._closing.is_set():
            try:
                conn = self._open()
            except Exception as exc:  # unreachable, refused, schema: try again later
                log.info("team database still unreachable: %s", first_line(exc))
                if not self.joined.is_set():
                    self._join_error = (  # (a schema too old or too new is said as such)
                        exc
                        if isinstance(exc, TeamUnreachableError)
                        else unreachable(self.server, exc, _REMEDY)
                    )
                self._closing.wait(self._retry)
                continue
            if self._closing.is_set():
                conn.close()
                return
            self._conn = conn
            if self.joined.is_set():
                log.warning("team database connection re-opened")
            else:
                log.info("joined the team database %s", self.server)
            self.joined.set()
            return

    def _connect(self) -> None:
        self._conn = self._open()
        self.joined.set()

    def _open(self) -> psycopg.Connection[dict[str, Any]]:
        try:
            conn = psycopg.connect(
                self.url,
                **connect_kwargs(self._password),
                autocommit=True,
                row_factory=dict_row,
                connect_timeout=self.connect_timeout,
                application_name=f"ingram-desk {self.desk_name}"[:63],
            )
        except psycopg.Error as exc:
            raise unreachable(self.server, exc, _REMEDY) from None
        try:
            schema.require_current(conn)
            conn.execute("SELECT pg_advisory_lock(%s)", (self.run_key,))
            conn.execute(
                "INSERT INTO desks(desk_id, name, run_key) VALUES (%s, %s, %s)"
                " ON CONFLICT (desk_id) DO UPDATE SET name=excluded.name,"
                " run_key=excluded.run_key, last_seen=now()",
                (self.desk_id, self.desk_name, self.run_key),
            )
        except BaseException:
            conn.close()
            raise
        return conn

    def run(self, fn: Callable[[Any], T], done: Callable[[Any], T | None] | None = None) -> T:
        """Run ``fn(conn)``; on a dropped connection reconnect (up to ``reconnect_wait`` s) and
        run it again, unless ``done(conn)`` finds its commit already landed. The team's other
        tables (address book, watch list) go through here too: one connection per desk."""
        refused = self.joining() if self._background else None
        if refused is not None:  # the window's desk is still joining: at once, in one line
            self._reconnect_later()
            raise refused
        deadline = time.monotonic() + self.reconnect_wait
        retried = False
        while True:
            conn = self._conn  # one read: the reconnect thread may set a new one meanwhile
            try:
                if conn is None or conn.closed:
                    if self._background:
                        raise TeamUnreachableError(
                            QT_TRANSLATE_NOOP("Errors", "the connection is being re-opened")
                        )
                    self._connect()
                    conn = self._conn
                assert conn is not None
                if retried and done is not None:
                    landed = done(conn)
                    if landed is not None:
                        return landed
                return fn(conn)
            except (psycopg.OperationalError, TeamUnreachableError) as exc:
                if conn is None and not self._background:
                    conn = self._conn  # the connect above failed half-way (closed by _open)
                lost = conn is None or conn.closed or conn.broken
                if not lost:
                    raise JournalError(
                        QT_TRANSLATE_NOOP("Errors", "The team database refused: {problem}"),
                        values={"problem": first_line(exc)},
                    ) from None
                if conn is not None:
                    conn.close()
                    if self._conn is conn:
                        self._conn = None
                retried = True
                if self._background:
                    self._reconnect_later()
                if self._background or time.monotonic() >= deadline:
                    raise unreachable(
                        self.server,
                        exc,
                        QT_TRANSLATE_NOOP(
                            "Errors", "Orders wait until it is back; nothing was sent twice."
                        ),
                    ) from None
                log.warning("team database connection lost (%s); reconnecting", exc)
                time.sleep(0.5)

    def close(self) -> None:
        self._closing.set()
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
