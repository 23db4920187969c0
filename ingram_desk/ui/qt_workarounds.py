"""Works around a PySide6 6.12.0 refcount bug: ``SignalInstance.emit()`` returns ``True`` without
taking a reference, so every emit from Python (ours, and qasync's ``call_soon_threadsafe``)
steals one reference to ``True``. After a few thousand emits the interpreter aborts with
"Fatal Python error: bool_dealloc" — the exit-time SIGABRT noted in performance-measurements §6.

``install()`` probes for the bug and, only if it is present, wraps ``emit`` to give the reference
back. It is idempotent and a no-op on versions without the bug (6.11.0 and 6.10.1 are clean).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

__all__ = ["emit_leaks_true", "install"]

_installed = False


class _Probe(QObject):
    fired = Signal()


def emit_leaks_true() -> bool:
    """True when ``emit()`` on this PySide6 drops references to ``True``."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    leaked = before - sys.getrefcount(True)
    if leaked > 0:  # give back what the probe itself stole
        for _ in range(leaked):
            _incref(True)
    return leaked > 0


def _incref(obj: Any) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def install() -> bool:
    """Patch ``SignalInstance.emit`` if needed; returns whether the patch is active."""
    global _installed
    if _installed:
        return True
    if not emit_leaks_true():
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True:
            _incref(True)
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _installed = True
    return True
