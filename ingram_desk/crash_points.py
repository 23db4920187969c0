"""Named crash points for the reliability tests: a child process armed with
``INGRAM_DESK_CRASH_AT=<name>`` dies at that point with ``os._exit`` (no cleanup, no finally,
no atexit), like a power cut or a kill. Unarmed, a crash point is one environment lookup.

Order placement has ``after_inflight_commit`` and ``after_response_before_commit``
(reliability A7/A8); the catalogue's generation swap arms its own with
``INGRAM_DESK_CATALOGUE_CRASH_AT``.
"""

from __future__ import annotations

import os

__all__ = ["CATALOGUE_CRASH_ENV", "CRASH_ENV", "crash_point"]

CRASH_ENV = "INGRAM_DESK_CRASH_AT"
#: the catalogue import's points (the generation swap, the rows' store)
CATALOGUE_CRASH_ENV = "INGRAM_DESK_CATALOGUE_CRASH_AT"


def crash_point(name: str, env: str = CRASH_ENV) -> None:
    """Die here, at once, if the process was armed (in ``env``) with this point's name."""
    if os.environ.get(env) == name:
        os._exit(70)
