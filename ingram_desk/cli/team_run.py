"""Handlers of ``ingram-desk team join|migrate|status`` (loaded when one runs): join a desk's profile to the team database, set up or
upgrade its schema, and report on it.

The database is the global ``--team postgresql://…`` option (or ``INGRAM_DESK_TEAM``), else the
profile's team URL (``--profile TEAM``). Its password is never stored in a file: ``team join``
puts it in the keyring (entry ``<profile>:team``); ``INGRAM_DESK_TEAM_PASSWORD`` overrides it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from urllib.parse import urlsplit, urlunsplit

from ingram_desk import __version__
from ingram_desk.cli.output import emit_json, fail, run_command
from ingram_desk.domain.errors import ConfigurationError
from ingram_desk.logging_setup import register_secret
from ingram_desk.paths import AppPaths, default_data_dir
from ingram_desk.settings.credentials import CredentialStore
from ingram_desk.settings.profiles import DEMO_PROFILE, Profile, ProfileStore

__all__ = [
    "handle_join",
    "handle_migrate",
    "handle_status",
    "resolve_team",
    "split_password",
    "team_url",
]

PASSWORD_ENV = "INGRAM_DESK_TEAM_PASSWORD"


def keyring_entry(profile: str) -> str:
    return f"{profile}:team"


def split_password(url: str) -> tuple[str, str | None]:
    """The URL without its password, and the password (None when it has none)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url, None
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc)), parts.password


def team_url(args: argparse.Namespace) -> str | None:
    return getattr(args, "team", None) or os.environ.get("INGRAM_DESK_TEAM") or None


def resolve_team(
    args: argparse.Namespace, profile: Profile | None = None
) -> tuple[str, str | None] | None:
    """(URL without password, password) of the team this run joins; None: solo."""
    url = team_url(args)
    name = profile.name if profile else getattr(args, "profile", None)
    if not url and profile is None and name and name != DEMO_PROFILE:
        paths = AppPaths(getattr(args, "data_dir", None) or default_data_dir())
        profile = ProfileStore(paths.profiles_dir).load(name)
    if not url and profile is not None:
        url = profile.team_url
    if not url:
        return None
    url, password = split_password(url)
    password = password or os.environ.get(PASSWORD_ENV) or None
    if password is None and name and name != DEMO_PROFILE:
        # a keyring that does not answer fails after its timeout (E2), and only once a run:
        # the journal, the shared budget and the listener each ask
        known = getattr(args, "_team_keyring", None)
        if known is not None and known[0] == name:
            if isinstance(known[1], Exception):
                raise known[1]
            password = known[1]
        else:
            try:
                password = CredentialStore().get_secret_bounded(keyring_entry(name))
            except ConfigurationError as exc:
                args._team_keyring = (name, exc)
                raise
            args._team_keyring = (name, password)
    if password:
        register_secret(password)
    return url, password


def handle_join(args: argparse.Namespace) -> int:
    name = getattr(args, "profile", None)
    if not name or name == DEMO_PROFILE:
        return fail("team join needs --profile NAME (a saved profile, not the demo)")
    paths = AppPaths(getattr(args, "data_dir", None) or default_data_dir()).ensure()
    store = ProfileStore(paths.profiles_dir)
    profile = store.load(name)
    if profile is None:
        return fail(f"No profile named {name!r} in {paths.profiles_dir}")
    url, password = split_password(args.url)
    if password is None:
        password = os.environ.get(PASSWORD_ENV)
    if password is None and sys.stdin.isatty():
        password = getpass.getpass(f"Password for {url}: ") or None

    async def run() -> int:
        from ingram_desk.services.team.status import team_status

        info = team_status(url, password)
        if info["schema_version"] is None:
            raise ConfigurationError(
                f"The team database {info['server']} has no Ingram Desk schema yet",
                remedial_action="Run: ingram-desk --team URL team migrate (as its owner).",
            )
        if password:
            note = ""
            try:  # off the event loop with the timeout: a locked keyring must not hang
                if not await CredentialStore().set_secret_async(keyring_entry(name), password):
                    note = f"no keyring: the password is not kept; set {PASSWORD_ENV} for the next runs"
            except ConfigurationError as exc:
                note = (f"{exc.message}: the password is not kept; unlock the keyring and join"
                        f" again, or set {PASSWORD_ENV}")  # fmt: skip
            if note:
                print(f"ingram-desk: {note}", file=sys.stderr)
        from dataclasses import replace

        store.save(replace(profile, team_url=url))
        print(f"profile {name} joined the team database {info['server']} (schema"
              f" {info['schema_version']}, TLS {'on' if info['tls'] else 'off'})")  # fmt: skip
        return 0

    return run_command(run)


def handle_migrate(args: argparse.Namespace) -> int:
    team = resolve_team(args)
    if team is None:
        return fail("team migrate needs --team postgresql://… (the database owner's role)")
    url, password = team

    async def run() -> int:
        import psycopg

        from ingram_desk.services.team import schema
        from ingram_desk.services.team.connection import connect_kwargs, server_label

        try:
            conn = psycopg.connect(url, **connect_kwargs(password), autocommit=True,
                                   connect_timeout=10)  # fmt: skip
        except psycopg.Error as exc:
            return fail(f"cannot reach {server_label(url)}: {str(exc).strip().splitlines()[0]}")
        with conn:
            try:
                before, after = schema.migrate(conn, __version__)
            except psycopg.errors.InsufficientPrivilege as exc:
                return fail(f"this role may not change the schema: {str(exc).splitlines()[0]}")
        said = "already at" if before == after else f"upgraded from {before or 'nothing'} to"
        print(f"team database {server_label(url)}: schema {said} version {after}")
        return 0

    return run_command(run)


def handle_status(args: argparse.Namespace) -> int:
    team = resolve_team(args)
    if team is None:
        return fail("team status needs --team postgresql://… or a team profile (--profile)")
    url, password = team

    async def run() -> int:
        from ingram_desk.services.team.status import team_status

        info = team_status(url, password)
        if args.json:
            emit_json(info)
            return 0
        print(f"server {info['server']} (PostgreSQL {info['server_version']}), schema"
              f" {info['schema_version']} (this program: {info['schema_expected']}),"
              f" TLS {'on' if info['tls'] else 'off'}")  # fmt: skip
        for d in info["desks"]:
            print(f"  desk {d['name']:<40} {'online' if d['online'] else 'offline'}"
                  f"  last seen {d['last_seen']:%Y-%m-%d %H:%M}")  # fmt: skip
        print(f"queue depth {info['queue_depth']}")
        for b in info["budget"]:
            print(f"  budget {b['account']}: {b['used']}/{b['window_limit']} used this window")
        return 0

    return run_command(run)
