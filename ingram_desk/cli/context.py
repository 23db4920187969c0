"""Builds profile → client → services from the global options, for every CLI command.

* ``--api-url`` with ``INGRAM_CLIENT_ID/SECRET/CUSTOMER_NUMBER/COUNTRY`` set and no
  ``--profile``: no profile file and no sandbox; state goes under ``profiles/env``.
* ``--profile NAME`` (default: the preferences' active profile, initially demo): the saved profile, its secret from the keyring; the same
  environment variables (and ``--api-url``) override its fields.
* otherwise the demo profile: an embedded sandbox on a free loopback port, with its state in
  ``<data-dir>/profiles/demo/sandbox-state.json``, stopped when the command ends.
* ``--transport rest|xml|soap`` (default: the profile's) picks the client behind the services:
  the REST ``IngramClient`` or the IM-XML ``XmlClient`` (plain or SOAP); nothing else changes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ingram_desk.domain.errors import ConfigurationError
from ingram_desk.domain.warehouses import CURRENCY_BY_COUNTRY
from ingram_desk.ingram.api import IngramApi
from ingram_desk.ingram.config import ClientConfig
from ingram_desk.logging_setup import register_secret
from ingram_desk.paths import AppPaths, app_paths
from ingram_desk.services.client_factory import make_client
from ingram_desk.services.events import RATE_BUDGET_CHANGED, EventHub
from ingram_desk.services.inbox_service import InboxService
from ingram_desk.services.journal_port import Journal
from ingram_desk.services.order_journal import OrderJournal, OrderState
from ingram_desk.services.ordering_service import OrderingService
from ingram_desk.services.pna_service import PnaService
from ingram_desk.services.tracking_service import TrackingService, journal_line_counts
from ingram_desk.settings.credentials import CredentialStore
from ingram_desk.settings.preferences import load_preferences
from ingram_desk.settings.profiles import (
    DEMO_PROFILE,
    OrderPreferences,
    Profile,
    ProfileKind,
    ProfileStore,
)

__all__ = ["JOURNAL_FILE", "CliContext", "open_context", "resolve_profile"]

JOURNAL_FILE = "orders-journal.sqlite3"
ENV_PROFILE = "env"
_ENV = ("INGRAM_CLIENT_ID", "INGRAM_CLIENT_SECRET", "INGRAM_CUSTOMER_NUMBER", "INGRAM_COUNTRY")


@dataclass
class CliContext:
    paths: AppPaths
    profile: Profile
    client: IngramApi
    journal: Journal
    events: EventHub
    pna: PnaService
    ordering: OrderingService
    tracking: TrackingService
    sandbox: Any = None
    inbox: InboxService | None = None
    #: in a team, the shared address book (None: the profile's own file)
    address_book: Any = None
    #: in a team, what hears colleagues' changes (``connected`` is set while it listens)
    team_listener: Any = None
    #: why the client has no secret yet (the window opened while the keyring did not answer);
    #: nothing is sent until ``client.http.use_secret``
    secret_error: ConfigurationError | None = None


def _env_overrides(profile: Profile, env: dict[str, str], api_url: str | None) -> Profile:
    return replace(
        profile,
        client_id=env.get("INGRAM_CLIENT_ID") or profile.client_id,
        customer_number=env.get("INGRAM_CUSTOMER_NUMBER") or profile.customer_number,
        country=(env.get("INGRAM_COUNTRY") or profile.country).upper(),
        api_url=api_url or profile.api_url,
    )


def resolve_profile(
    args: argparse.Namespace, paths: AppPaths, env: dict[str, str]
) -> tuple[Profile, str | None]:
    """The profile to use and its secret from the environment (None: demo, or ask the keyring)."""
    name = getattr(args, "profile", None)
    api_url = getattr(args, "api_url", None)
    if not name and not api_url:
        name = load_preferences(paths.settings_file).active_profile
    if api_url and not name and all(env.get(k) for k in _ENV):
        profile = Profile(ENV_PROFILE, ProfileKind.CUSTOM, sender_id="IngramDesk-CLI")
        return _env_overrides(profile, env, api_url), env["INGRAM_CLIENT_SECRET"]
    if not name or name == DEMO_PROFILE:
        if api_url:
            missing = [k for k in _ENV if not env.get(k)]
            raise ConfigurationError(
                "--api-url needs a profile or the environment variables " + ", ".join(missing)
            )
        return Profile(DEMO_PROFILE, ProfileKind.DEMO), None
    profile = ProfileStore(paths.profiles_dir).load(name)
    if profile is None:
        raise ConfigurationError(f"No profile named {name!r} in {paths.profiles_dir}")
    return _env_overrides(profile, env, api_url), env.get("INGRAM_CLIENT_SECRET") or None


def _start_sandbox(paths: AppPaths) -> tuple[Any, Profile, str]:
    from ingram_desk.sandbox import demo
    from ingram_desk.sandbox.server import SandboxConfig, SandboxServer

    state = paths.profile_dir(DEMO_PROFILE) / "sandbox-state.json"
    server = SandboxServer(
        SandboxConfig(
            host="127.0.0.1",
            port=0,
            client_id=demo.DEMO_CLIENT_ID,
            client_secret=demo.DEMO_CLIENT_SECRET,
            state_file=state,
        )
    )
    server.start()
    profile = Profile(
        DEMO_PROFILE,
        ProfileKind.DEMO,
        customer_number=demo.DEMO_CUSTOMER_NUMBER,
        country=demo.DEMO_COUNTRY,
        client_id=demo.DEMO_CLIENT_ID,
        sender_id=demo.DEMO_SENDER_ID,
        api_url=server.url,
        orders=OrderPreferences(carriers=demo.DEMO_CARRIERS),
    )
    return server, profile, demo.DEMO_CLIENT_SECRET


def _journal_orders(journal: Journal) -> Any:
    """(PO, order numbers) of every order this desk sent, newest last (IM-XML's "order list")."""
    sent = [s for s in OrderState if s.value not in ("draft", "queued")]

    def known() -> list[tuple[str, tuple[str, ...]]]:
        return [(e.customer_po, e.ingram_order_numbers) for e in journal.entries(sent)]

    return known


def _open_journal(
    args: argparse.Namespace, paths: AppPaths, profile: Profile, *, join_in_background: bool
) -> Journal:
    """The team's journal when this run joins a team database, else the desk's own file.
    ``join_in_background`` (the window): the team's journal is returned before it has joined,
    which it does on a worker thread; nothing here waits on the server."""
    from ingram_desk.cli.team_run import resolve_team

    try:
        team = resolve_team(args, profile)
    except ConfigurationError as exc:  # the team password's keyring does not answer (E2)
        from ingram_desk.services.team.offline import OFFLINE_FILE, OfflineJournal

        print(f"ingram-desk: {exc.one_line()} Drafts are kept on this desk and nothing is"
              " sent until the team database can be joined.", file=sys.stderr)  # fmt: skip
        return OfflineJournal(paths.profile_dir(profile.name) / OFFLINE_FILE, exc)
    if team is None:
        return OrderJournal(paths.profile_dir(profile.name) / JOURNAL_FILE)
    url, password = team
    from ingram_desk.services.team.connection import TeamUnreachableError
    from ingram_desk.services.team.desk import account_key, desk_identity
    from ingram_desk.services.team.offline import OFFLINE_FILE, OfflineJournal
    from ingram_desk.services.team.pg_journal import PgJournal

    offline = paths.profile_dir(profile.name) / OFFLINE_FILE
    desk_id, name = desk_identity(paths.data_dir)
    try:
        journal = PgJournal(
            url,
            account=account_key(profile.country, profile.customer_number),
            desk_id=desk_id,
            desk_name=name,
            password=password,
            connect_now=not join_in_background,
        )
    except TeamUnreachableError as exc:
        print(
            f"ingram-desk: {exc.message}. Browsing and P&A work; drafts are kept on this desk"
            " and nothing is sent until it is back.",
            file=sys.stderr,
        )
        return OfflineJournal(offline, exc)
    if not join_in_background:  # (the window catches up once it has joined)
        for note in catch_up_offline_drafts(paths.profile_dir(profile.name), journal):
            print(f"ingram-desk: {note}", file=sys.stderr)
    return journal


def catch_up_offline_drafts(profile_dir: Path, journal: Journal) -> list[str]:
    """Back online: this desk's offline drafts join the team journal; what moved or stayed,
    one line each."""
    from ingram_desk.services.team.connection import TeamUnreachableError
    from ingram_desk.services.team.offline import OFFLINE_FILE, catch_up_file

    try:
        moved, kept = catch_up_file(profile_dir / OFFLINE_FILE, journal)
    except TeamUnreachableError as exc:  # lost again at once: they wait for the next run
        return [f"offline drafts stay on this desk for now: {exc.one_line()}"]
    return moved + kept


def _drafts_journal(
    paths: AppPaths, profile: Profile, journal: Journal, join_in_background: bool
) -> Journal:
    """The window's team journal keeps new drafts in the desk's offline file while the team
    database is not joined or out of reach (the command line joins first, or runs offline)."""
    if not (join_in_background and _is_team_journal(journal)):
        return journal
    from ingram_desk.services.team.offline import OFFLINE_FILE, DraftsKeptOffline

    return DraftsKeptOffline(journal, paths.profile_dir(profile.name) / OFFLINE_FILE)  # type: ignore[return-value]


def _team_gate(args: argparse.Namespace, profile: Profile, config: ClientConfig) -> Any:
    """In a team, the rate gate takes each call's unit from the account's shared budget."""
    from ingram_desk.cli.team_run import resolve_team

    try:
        team = resolve_team(args, profile)
    except ConfigurationError:  # said by the journal: it works offline
        return None
    if team is None:
        return None
    from ingram_desk.services.team.budget import TeamRateGate
    from ingram_desk.services.team.desk import account_key

    return TeamRateGate(
        team[0],
        account=account_key(profile.country, profile.customer_number),
        password=team[1],
        max_reset_wait=config.retry.max_reset_wait,
    )


def _is_team_journal(journal: Journal) -> bool:
    """Whether ``journal`` is the team's, without loading psycopg for a desk that has none (a
    team journal's module is loaded before the journal exists)."""
    module = sys.modules.get("ingram_desk.services.team.pg_journal")
    return module is not None and isinstance(journal, module.PgJournal)


def _team_address_book(journal: Journal) -> Any:
    """The team's address book when this run's journal is the team's (not while offline); it
    goes through the journal's connection (never one of its own on the caller's thread)."""
    if not _is_team_journal(journal):
        return None
    from ingram_desk.services.team.address_book import TeamAddressBook

    return TeamAddressBook(journal)


def _team_watch_store(journal: Journal) -> Any:
    """The team's watch list (with who has seen what) when the journal is the team's."""
    if not _is_team_journal(journal):
        return None
    from ingram_desk.services.team.watch_list import TeamWatchStore

    return TeamWatchStore(journal)


def _listen_to_team(
    args: argparse.Namespace, profile: Profile, journal: Journal, events: EventHub
) -> tuple[Any, asyncio.Task[None]] | None:
    """In a team, colleagues' order changes arrive as ORDER_STATE_CHANGED (LISTEN/NOTIFY)."""
    from ingram_desk.cli.team_run import resolve_team

    try:
        team = resolve_team(args, profile)
    except ConfigurationError:  # said by the journal: it works offline
        return None
    if team is None:
        return None
    from ingram_desk.services.team.desk import account_key
    from ingram_desk.services.team.live import TeamListener

    listener = TeamListener(
        team[0],
        journal,
        events,
        account=account_key(profile.country, profile.customer_number),
        password=team[1],
    )
    return listener, asyncio.get_running_loop().create_task(listener.run())


@asynccontextmanager
async def open_context(
    args: argparse.Namespace,
    env: dict[str, str] | None = None,
    *,
    defer_secret: bool = False,
    join_in_background: bool = False,
) -> AsyncIterator[CliContext]:
    """Everything a command needs; tears it all down in order (client, journal, sandbox).

    ``defer_secret`` (the window): a keyring that does not answer is not fatal; the context
    comes with ``secret_error`` set and a client that sends nothing until it gets the secret.
    ``join_in_background`` (the window): a team journal joins on a worker thread."""
    paths = app_paths(getattr(args, "data_dir", None)).ensure()
    env = dict(os.environ) if env is None else env
    profile, secret = resolve_profile(args, paths, env)
    sandbox = None
    if profile.kind is ProfileKind.DEMO:
        sandbox, profile, secret = _start_sandbox(paths)
    transport = getattr(args, "transport", None)
    if transport:
        profile = replace(profile, transport=transport)
    secret_error: ConfigurationError | None = None
    if secret is None:
        # Off the event loop with a timeout: a locked keyring must not freeze the app.
        try:
            secret = await CredentialStore().get_secret_async(profile.name)
        except ConfigurationError as exc:  # locked, not answering, or refusing
            if not defer_secret:
                raise
            secret_error = exc
        if not secret and secret_error is None:
            raise ConfigurationError(
                f"No client secret for profile {profile.name!r}",
                remedial_action="Enter it in the app, or set INGRAM_CLIENT_SECRET.",
            )
    register_secret(secret)
    secret = secret or ""
    client = journal = listening = None
    try:
        config = ClientConfig(
            base_url=profile.base_url(),
            customer_number=profile.customer_number,
            country=profile.country,
            client_id=profile.client_id,
            client_secret=secret,
            sender_id=profile.sender_id,
        )
        events = EventHub()
        journal = _open_journal(args, paths, profile, join_in_background=join_in_background)
        if journal.restore_note:  # a damaged journal was set aside and restored: say so
            print(f"ingram-desk: {journal.restore_note}", file=sys.stderr)
        journal.backup(max_age_hours=24)  # a daily consistent copy next to the journal
        from_journal = _journal_orders(journal)
        inboxes: list[InboxService] = []

        def known_orders() -> list[tuple[str, tuple[str, ...]]]:
            """The journal's orders and those pushed documents named (IM-XML's order list)."""
            found = from_journal()
            for box in inboxes:
                found += [(r.customer_po, r.order_numbers) for r in box.records() if r.matched]
            return found

        client = make_client(
            profile,
            config,
            known_orders,
            po_index=paths.profile_dir(profile.name) / "xml-order-pos.json",
            gate=_team_gate(args, profile, config),
        )
        inbox = InboxService(
            paths.profile_dir(profile.name) / "inbox",
            known_orders=from_journal,
            client=client,
            events=events,
        )
        if secret_error is not None:
            client.http.wait_for_secret(secret_error)
        inboxes.append(inbox)
        client.http.on_budget = lambda budget: events.emit(RATE_BUDGET_CHANGED, budget)
        listening = _listen_to_team(args, profile, journal, events)
        address_book = _team_address_book(journal)
        watch_store = _team_watch_store(journal)
        yield CliContext(
            paths=paths,
            profile=profile,
            client=client,
            journal=journal,
            events=events,
            pna=PnaService(client, events),
            ordering=OrderingService(
                client,
                _drafts_journal(paths, profile, journal, join_in_background),
                events,
                quiet_window=profile.orders.quiet_window,
                po_prefix=profile.orders.po_prefix,
                carriers=profile.orders.carriers,
                default_carrier=profile.orders.carrier_code,
            ),
            tracking=TrackingService(
                client,
                paths.profile_dir(profile.name) / "watchlist.json",
                events,
                store=watch_store,
                account_currency=CURRENCY_BY_COUNTRY.get(config.country.upper()),
                journal_lines=journal_line_counts(journal),
            ),
            sandbox=sandbox,
            inbox=inbox,
            address_book=address_book,
            team_listener=listening[0] if listening else None,
            secret_error=secret_error,
        )
    finally:
        if listening is not None:
            listening[1].cancel()
            await asyncio.gather(listening[1], return_exceptions=True)
        if client is not None:
            await client.aclose()
            if hasattr(client.http.gate, "aclose"):  # the team's shared budget connection
                await client.http.gate.aclose()
        if journal is not None:
            journal.backup_if_healthy()  # the backup holds this session's orders too
            journal.close()
        if sandbox is not None:
            sandbox.stop()
