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
    "screenshots_cmd",
    "sandbox_cmd",
    "team_cmd",
)


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """The options every subcommand takes; on subparsers they must not clobber earlier values."""
    d = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", type=Path, default=d, help="folder for all local state")
    parser.add_argument("--profile", default=d, help="profile name (default: demo)")
    parser.add_argument("--api-url", default=d, help="base URL of an Ingram-compatible API")
    parser.add_argument(
        "--team", default=d, metavar="URL", help="join this run to a team database (postgresql://…)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ingram-desk",
        description="Ingram Desk: catalogue, live price & availability, orders. "
        "With no command, opens the desktop app.",
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
    if handler is None:
        from ingram_desk.app import run_gui

        return run_gui(args)
    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
