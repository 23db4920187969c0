"""Every diagnostics test leaves the process's hooks and log handlers as it found them."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest


@pytest.fixture
def restore_hooks() -> Iterator[None]:
    from ingram_desk import diagnostics
    from ingram_desk.logging_setup import configure_logging

    saved = (sys.excepthook, threading.excepthook, list(diagnostics._listeners))
    yield
    sys.excepthook, threading.excepthook = saved[0], saved[1]
    diagnostics._listeners[:] = saved[2]
    configure_logging(None)
