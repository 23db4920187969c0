"""One function run in a thread of its own, beside what the caller does meanwhile.

Why: the commit half runs on two cores, and its steps that call polars and numpy let the GIL
go; a step that does not need another's result runs beside it (``engine.PendingImport``).
Its failure is raised in the caller, by ``result``: a failed step fails the import there,
never silently in its thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["Beside"]

T = TypeVar("T")


class Beside(Generic[T]):
    """``function()`` started at once in a thread named ``name``."""

    def __init__(self, function: Callable[[], T], name: str) -> None:
        self._function = function
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Until it returned or failed (its failure is for ``result``)."""
        self._thread.join()

    def result(self) -> T:
        """What it returned, once it did; raises what it raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]

    def _run(self) -> None:
        try:
            self._value = self._function()
        except BaseException as exc:  # raised in the caller, by ``result``
            self._error = exc
