"""``ingram-desk open [FILE…]``: the desktop app, importing the given price files once it is up.

What the desktop entry runs (``Exec=ingram-desk open %F``): a file manager's "Open with" passes
price files here. With no files it is the same as running ``ingram-desk`` with no command.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

__all__ = ["register"]


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "open",
        parents=[common],
        help="open the desktop app and import the given price files",
    )
    p.add_argument("files", nargs="*", type=Path, metavar="FILE", help="price/stock/category files")
    p.set_defaults(handler=handle, process_kind="gui")


def handle(args: argparse.Namespace) -> int:
    from ingram_desk.app import run_gui

    return run_gui(args)
