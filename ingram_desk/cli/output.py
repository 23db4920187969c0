"""Shared CLI plumbing: run a command coroutine, print JSON or text, one-line failures."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from ingram_desk.domain.errors import IngramError

__all__ = ["emit_json", "fail", "run_command"]


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def fail(message: str, code: int = 1) -> int:
    print(f"ingram-desk: {message}".replace("\n", " "), file=sys.stderr)
    return code


def run_command(coro_factory: Callable[[], Awaitable[int]]) -> int:
    """Run one command to completion; a typed error becomes exit 1 and one line on stderr."""
    try:
        return asyncio.run(coro_factory())  # type: ignore[arg-type]
    except IngramError as exc:
        return fail(exc.one_line())
    except (OSError, ValueError) as exc:
        return fail(f"{type(exc).__name__}: {exc}")
