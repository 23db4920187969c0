"""``ingram-desk team join|migrate|status``: join a desk's profile to the team database, set up or
upgrade its schema, and report on it.

The database is the global ``--team postgresql://…`` option (or ``INGRAM_DESK_TEAM``), else the
profile's team URL (``--profile TEAM``). Its password is never stored in a file: ``team join``
puts it in the keyring (entry ``<profile>:team``); ``INGRAM_DESK_TEAM_PASSWORD`` overrides it.
"""

from __future__ import annotations

import argparse

from ingram_desk.cli.lazy import lazy

__all__ = ["register"]

_RUN = "ingram_desk.cli.team_run"


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("team", parents=[common], help="the shared team database")
    sub = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    j = sub.add_parser("join", parents=[common], help="join --profile NAME to a team database")
    j.add_argument("url", help="postgresql://user@host:port/database (password asked for)")
    j.set_defaults(handler=lazy(_RUN, "handle_join"))
    m = sub.add_parser("migrate", parents=[common], help="create or upgrade the team schema")
    m.set_defaults(handler=lazy(_RUN, "handle_migrate"))
    s = sub.add_parser("status", parents=[common], help="server, schema, desks, queue, budget")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=lazy(_RUN, "handle_status"))
