"""``ingram-desk team migrate|status``: set up or upgrade the team database, and report on it.

The database is named by the global ``--team postgresql://…`` option (or ``INGRAM_DESK_TEAM``).
"""

from __future__ import annotations

import argparse
import os

from ingram_desk import __version__
from ingram_desk.cli.output import emit_json, fail, run_command

__all__ = ["register", "team_url"]


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("team", parents=[common], help="the shared team database")
    sub = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    m = sub.add_parser("migrate", parents=[common], help="create or upgrade the team schema")
    m.set_defaults(handler=handle_migrate)
    s = sub.add_parser("status", parents=[common], help="server, schema, desks, queue, budget")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=handle_status)


def team_url(args: argparse.Namespace) -> str | None:
    return getattr(args, "team", None) or os.environ.get("INGRAM_DESK_TEAM") or None


def handle_migrate(args: argparse.Namespace) -> int:
    url = team_url(args)
    if not url:
        return fail("team migrate needs --team postgresql://… (the database owner's role)")

    async def run() -> int:
        import psycopg

        from ingram_desk.services.team import schema
        from ingram_desk.services.team.pg_journal import server_label

        try:
            conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
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
    url = team_url(args)
    if not url:
        return fail("team status needs --team postgresql://…")

    async def run() -> int:
        from ingram_desk.services.team.status import team_status

        info = team_status(url)
        if args.json:
            emit_json(info)
            return 0
        print(f"server {info['server']} (PostgreSQL {info['server_version']}), schema"
              f" {info['schema_version']} (this program: {info['schema_expected']})")  # fmt: skip
        for d in info["desks"]:
            print(f"  desk {d['name']:<40} {'online' if d['online'] else 'offline'}"
                  f"  last seen {d['last_seen']:%Y-%m-%d %H:%M}")  # fmt: skip
        print(f"queue depth {info['queue_depth']}")
        for b in info["budget"]:
            print(f"  budget {b['account']}: {b['used']}/{b['window_limit']} used this window")
        return 0

    return run_command(run)
