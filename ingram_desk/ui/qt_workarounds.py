"""Works around a PySide6 6.12.0 refcount bug: ``SignalInstance.emit()`` and
``SignalInstance.disconnect()`` return ``True`` without taking a reference, so every call from
Python (ours, and qasync's ``call_soon_threadsafe``) steals one reference to ``True``. After a few
thousand calls the interpreter aborts with "Fatal Python error: bool_dealloc" — the exit-time
SIGABRT noted in performance-measurements §6.

``install()`` probes each method and wraps only those that leak, to give the reference back.
It is idempotent and a no-op on versions without the bug (6.11.0 and 6.10.1 are clean).
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

__all__ = ["install", "leaking_methods"]

_patched: set[str] = set()


class _Probe(QObject):
    fired = Signal()


def _incref(obj: Any) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def _leaks(call: Callable[[], Any]) -> bool:
    before = sys.getrefcount(True)
    for _ in range(8):
        call()
    leaked = before - sys.getrefcount(True)
    for _ in range(max(0, leaked)):  # give back what the probe itself stole
        _incref(True)
    return leaked > 0


def leaking_methods() -> list[str]:
    """Names of the ``SignalInstance`` methods that drop references to ``True`` here."""
    probe = _Probe()

    def slot() -> None:
        pass

    def connect_and_disconnect() -> None:
        probe.fired.connect(slot)
        probe.fired.disconnect(slot)

    found = []
    if "emit" not in _patched and _leaks(probe.fired.emit):
        found.append("emit")
    if "disconnect" not in _patched and _leaks(connect_and_disconnect):
        found.append("disconnect")
    return found


def _wrap(original: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(self: SignalInstance, *args: Any, **kwargs: Any) -> Any:
        result = original(self, *args, **kwargs)
        if result is True:
            _incref(True)
        return result

    wrapper.__name__ = getattr(original, "__name__", "wrapper")
    wrapper.__doc__ = getattr(original, "__doc__", None)
    return wrapper


def install() -> list[str]:
    """Patch the leaking methods (once); returns the names patched so far."""
    for name in leaking_methods():
        setattr(SignalInstance, name, _wrap(getattr(SignalInstance, name)))
        _patched.add(name)
    return sorted(_patched)
