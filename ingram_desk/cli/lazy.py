"""Subcommand handlers loaded when their command runs: ``--help`` and ``--version`` import none
of the clients, the catalogue engine or numpy (issue 17, defect 18)."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable

__all__ = ["lazy"]


def lazy(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    """A handler that imports ``module`` and calls its ``name`` only when invoked."""

    def handler(args: argparse.Namespace) -> int:
        return int(getattr(importlib.import_module(module), name)(args) or 0)

    handler.__name__ = name
    return handler
