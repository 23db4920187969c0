"""Named crash points for the reliability tests: a child process armed with
``INGRAM_DESK_CRASH_AT=<name>`` dies at that point with ``os._exit`` (no cleanup, no finally,
no atexit), like a power cut or a kill. Unarmed, a crash point is one environment lookup.

Order placement has ``after_inflight_commit`` and ``after_response_before_commit``
(reliability A7/A8).
"""

from __future__ import annotations

import os

__all__ = ["CRASH_ENV", "crash_point"]

CRASH_ENV = "INGRAM_DESK_CRASH_AT"


def crash_point(name: str) -> None:
    """Die here, at once, if the process was armed with this point's name."""
    if os.environ.get(CRASH_ENV) == name:
        os._exit(70)
