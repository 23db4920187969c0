"""Entry point: parses global options, dispatches subcommands, opens the GUI when none is given.

Each subcommand lives in its own module under ``ingram_desk/cli/`` and exposes
``register(subparsers, common)``; add the module name to ``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from ingram_desk import __version__

__all__ = ["COMMAND_MODULES", "build_parser", "main"]

#: Modules that contribute subcommands, in help order.
COMMAND_MODULES: tuple[str, ...] = (
    "pna_cmd",
    "orders_cmd",
    "catalogue_cmd",
    "feeds_cmd",
    "screenshots_cmd",
    "sandbox_cmd",
    "selftest_cmd",
    "open_cmd",
    "team_cmd",
)


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """The options every subcommand takes; on subparsers they must not clobber earlier values."""
    d = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", type=Path, default=d, help="folder for all local state")
    parser.add_argument("--profile", default=d, help="profile name (default: demo)")
    parser.add_argument("--api-url", default=d, help="base URL of an Ingram-compatible API")
    parser.add_argument(
        "--transport",
        choices=("rest", "xml", "soap"),
        default=d,
        help="REST API, IM-XML or IM-XML in SOAP (default: the profile's)",
    )
    parser.add_argument(
        "--team", default=d, metavar="URL", help="join this run to a team database (postgresql://…)"
    )


#: exit codes every command uses (listed in ``--help``)
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_NOT_FOUND, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def _epilog() -> str:
    from ingram_desk.paths import default_data_dir

    return f"""\
data folder:
  default {default_data_dir()}
  (--data-dir or INGRAM_DESK_DATA_DIR choose another)

environment variables:
  INGRAM_DESK_DATA_DIR     the data folder
  INGRAM_CLIENT_ID, INGRAM_CLIENT_SECRET, INGRAM_CUSTOMER_NUMBER, INGRAM_COUNTRY
                           credentials for --api-url without a profile; the secret also
                           stands in for a profile's stored one
  INGRAM_DESK_LOG_LEVEL    e.g. DEBUG (secrets are redacted regardless)

exit codes:
  0    done
  1    an error (Ingram refused, no connection, bad file); one line on stderr
  2    wrong command-line usage (unknown option, bad date or status)
  3    nothing found (an unknown SKU in pna, an empty catalogue)
  130  interrupted (Ctrl+C)
"""


class _Parser(argparse.ArgumentParser):
    """Builds the epilog (which names the data folder) only when help is shown: ``--version``
    and every command skip loading platformdirs for it."""

    def format_help(self) -> str:
        if self.epilog is None:
            self.epilog = _epilog()
        return super().format_help()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ingram-desk",
        description="Ingram Desk: catalogue, live price & availability, orders. "
        "With no command, opens the desktop app.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"ingram-desk {__version__}")
    _global_options(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"ingram_desk.cli.{name}")
        module.register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    _start_diagnostics(args, "gui" if handler is None else getattr(args, "process_kind", "cli"))
    if handler is None:
        from ingram_desk.app import run_gui

        return run_gui(args)
    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _start_diagnostics(args: argparse.Namespace, kind: str) -> None:
    """This process's log file (``gui.log``, ``cli.log`` or ``sandbox.log``), faulthandler and the
    uncaught-exception hooks; ``INGRAM_DESK_LOG_LEVEL=DEBUG`` raises the level."""
    import logging
    import os

    from ingram_desk.diagnostics import start_diagnostics
    from ingram_desk.paths import app_paths

    level = logging.getLevelName(os.environ.get("INGRAM_DESK_LOG_LEVEL", "INFO").upper())
    paths = app_paths(getattr(args, "data_dir", None))
    start_diagnostics(kind, paths.logs_dir, level if isinstance(level, int) else logging.INFO)


if __name__ == "__main__":
    sys.exit(main())
