"""``ingram-desk feeds sync|status``: Ingram's file feeds without the window (cron, Task Scheduler).

``feeds sync`` fetches every feed once (or ``--feed`` ones), skips files unchanged since the last
fetch, imports what changed; exit 0 when every feed ended well, 1 when one failed.
``feeds status`` reads local state only. The JSON shapes are documented in the README ("Feeds").
"""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable
from pathlib import Path

from ingram_desk.feeds.config import FEED_KINDS

__all__ = ["register"]

CATALOGUE_FILE = "catalogue.sqlite3"


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "feeds", parents=[common], help="fetch Ingram's price, stock and category files"
    )
    sub = p.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    sync = sub.add_parser("sync", parents=[common], help="one fetch-and-import run")
    sync.add_argument("--json", action="store_true", help="machine-readable report")
    sync.add_argument("--source", metavar="URL",
                      help="ftp://, ftps:// or sftp://[user@]host[:port][/folder] instead of "
                      "the profile's server")  # fmt: skip
    sync.add_argument("--ca-file", help="FTPS: a certificate to trust besides the system's")
    sync.add_argument("--feed", action="append", choices=FEED_KINDS,
                      help="only this feed (repeatable)")  # fmt: skip
    sync.add_argument("--due", action="store_true", help="only the feeds whose time has come")
    sync.add_argument("--force", action="store_true", help="fetch even unchanged files")
    sync.set_defaults(handler=_run(lambda a: _sync(a)))
    status = sub.add_parser("status", parents=[common], help="each feed's age and last outcome")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_run(lambda a: _status(a)))


def _run(
    command: Callable[[argparse.Namespace], Awaitable[int]],
) -> Callable[[argparse.Namespace], int]:
    """A handler that loads the runner (and asyncio) only when the command runs."""

    def handler(args: argparse.Namespace) -> int:
        from ingram_desk.cli.output import run_command

        return run_command(lambda: command(args))

    return handler


async def _sync(args: argparse.Namespace) -> int:
    from ingram_desk.cli.context import open_context
    from ingram_desk.cli.feeds_setup import build_feed_service
    from ingram_desk.cli.output import emit_json
    from ingram_desk.domain.errors import ConfigurationError
    from ingram_desk.services.catalogue_service import CatalogueService

    async with open_context(args) as ctx:
        path: Path = ctx.paths.profile_dir(ctx.profile.name) / CATALOGUE_FILE
        catalogue = CatalogueService(path, ctx.events, in_subprocess=False)
        try:
            service = build_feed_service(ctx, catalogue, source=args.source, ca_file=args.ca_file)
            problems = service.config.problems()
            if problems or not service.config.enabled:
                why = "; ".join(problems) or "feeds are switched off"
                raise ConfigurationError(
                    f"Profile {ctx.profile.name!r} cannot fetch feeds: {why}",
                    remedial_action="Set them under Tools › Profiles & credentials › Feeds, "
                    "or pass --source URL.",
                )
            kinds = service.due() if args.due else args.feed
            if args.due and not kinds:
                report = None
            else:
                report = await service.sync(kinds, force=args.force)
        finally:
            catalogue.close()
    if report is None:
        if args.json:
            emit_json({"ok": True, "feeds": [], "changes": {}})
        else:
            print("nothing due")
        return 0
    if args.json:
        emit_json(report.as_dict())
    else:
        for o in report.outcomes:
            size = f" ({o.size:,} bytes)" if o.size is not None else ""
            resumed = f", resumed at {o.resumed_from:,}" if o.resumed_from else ""
            rows = f", {o.rows:,} rows" if o.rows is not None else ""
            line = f"{o.kind}: {o.status}{' ' + o.remote_name if o.remote_name else ''}{size}{resumed}{rows}"
            if not o.ok:
                line += f": {o.message}. {o.remedy}".rstrip(". ")
            print(line)
        changed = {k: v for k, v in report.changes.items() if v}
        if changed:
            print(
                "changes: " + ", ".join(f"{k.replace('_', ' ')} {v:,}" for k, v in changed.items())
            )
    return 0 if report.ok else 1


async def _status(args: argparse.Namespace) -> int:
    from ingram_desk.cli.context import open_context
    from ingram_desk.cli.feeds_setup import build_feed_service
    from ingram_desk.cli.output import emit_json
    from ingram_desk.services.catalogue_service import CatalogueService

    async with open_context(args) as ctx:
        path = ctx.paths.profile_dir(ctx.profile.name) / CATALOGUE_FILE
        catalogue = CatalogueService(path, ctx.events, in_subprocess=False)
        try:
            service = build_feed_service(ctx, catalogue, start_servers=False)
            statuses = service.status()
        finally:
            catalogue.close()
    if args.json:
        emit_json({"profile": ctx.profile.name, "enabled": service.config.enabled,
                   "feeds": [s.as_dict() for s in statuses]})  # fmt: skip
        return 0
    if not service.config.enabled:
        print(f"feeds are off for profile {ctx.profile.name!r}")
    for s in statuses:
        nxt = s.next_run.astimezone().strftime("%Y-%m-%d %H:%M") if s.next_run else "-"
        flag = "  OVERDUE" if s.overdue else ""
        last = (
            f"{s.last_outcome}" + (f": {s.last_message}" if s.last_message else "")
            if s.last_outcome
            else "-"
        )
        print(f"{s.age_text():<28} next {nxt}  last {last}{flag}")
    return 0
