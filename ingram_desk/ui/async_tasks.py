"""The only way widgets start coroutines: kept references, named preemptive tasks, busy state
restored in ``finally``, and every failure routed to one error sink (architecture §1d.3)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

__all__ = ["TaskRunner"]

log = logging.getLogger(__name__)


class TaskRunner(QObject):
    """Starts coroutines on the running (qasync) loop on behalf of widgets.

    Guarantees: a reference to every task is kept until it ends; starting a named task cancels
    the previous task with that name (search-as-you-type, P&A refresh); the widgets passed as
    ``busy`` are disabled from ``start`` until the task is done (whatever its end); any exception other
    than cancellation is logged and emitted once through ``failed`` (the error banner listens).
    ``preemptible=False`` names a task that a second start must NOT cancel (order submission):
    the second start is refused instead.
    """

    #: (task name, exception) for every failure; the main window shows it in the banner + log.
    failed = Signal(str, object)
    #: number of running tasks changed (status bar "background work").
    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._background: set[asyncio.Task[Any]] = set()
        self._named: dict[str, asyncio.Task[Any]] = {}
        self._unpreemptible: set[str] = set()
        self._busy: dict[QWidget, int] = {}

    def start(
        self,
        name: str,
        coro: Coroutine[Any, Any, Any],
        *,
        busy: Iterable[QWidget] = (),
        on_done: Callable[[Any], None] | None = None,
        preemptible: bool = True,
        background: bool = False,
    ) -> asyncio.Task[Any] | None:
        """Run ``coro`` as task ``name``; ``on_done(result)`` runs on success, in the GUI thread.

        ``background`` tasks (the outbox driver, value look-ups) are not counted as work the
        user waits for: the busy bar does not stay up for as long as the app runs.

        Returns the task, or ``None`` when a non-preemptible task of that name is still running
        or no loop runs any more (the coroutine is closed unstarted).
        """
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # a signal after the loop stopped (closing): nothing would run it
            coro.close()
            return None
        old = self._named.get(name)
        if old is not None and not old.done():
            if name in self._unpreemptible:
                coro.close()
                return None
            old.cancel()
        widgets = [w for w in busy if w is not None]
        for w in widgets:  # disabled now, not when the task first runs: no double click
            self._busy[w] = self._busy.get(w, 0) + 1
            w.setEnabled(False)
        task = loop.create_task(self._run(name, coro, on_done), name=name)
        self._tasks.add(task)
        if background:
            self._background.add(task)
        self._named[name] = task
        if not preemptible:
            self._unpreemptible.add(name)
        task.add_done_callback(self._forget)
        # Re-enable in a done callback, so it also happens for a task cancelled before it ran;
        # counted per widget, so a preempted task does not re-enable a newer task's trigger.
        task.add_done_callback(lambda _t, ws=widgets: self._release(ws))
        # A task cancelled before it first ran never awaited ``coro``: close it quietly.
        task.add_done_callback(lambda t, c=coro: c.close() if t.cancelled() else None)
        self.busy_changed.emit(self.running_count())
        return task

    async def _run(
        self,
        name: str,
        coro: Coroutine[Any, Any, Any],
        on_done: Callable[[Any], None] | None,
    ) -> Any:
        try:
            result = await coro
            if on_done is not None:
                on_done(result)
            return result
        except asyncio.CancelledError:
            log.debug("task %s cancelled", name)
            raise
        except Exception as exc:
            log.error("task %s failed: %s", name, exc, exc_info=not _is_expected(exc))
            self.failed.emit(name, exc)
            return None

    def _release(self, widgets: list[QWidget]) -> None:
        for w in widgets:
            left = self._busy.get(w, 1) - 1
            if left > 0:
                self._busy[w] = left
                continue
            self._busy.pop(w, None)
            try:
                w.setEnabled(True)
            except RuntimeError:  # the widget was deleted while the task ran
                pass

    def _forget(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        self._background.discard(task)
        name = task.get_name()
        if self._named.get(name) is task:
            del self._named[name]
            self._unpreemptible.discard(name)
        try:
            self.busy_changed.emit(self.running_count())
        except RuntimeError:  # runner already deleted at shutdown
            pass

    def running_count(self) -> int:
        """Tasks the user waits for (background ones not counted)."""
        return sum(1 for t in self._tasks if not t.done() and t not in self._background)

    def running_names(self) -> list[str]:
        """What the busy bar stands for, in words for its tooltip."""
        return sorted(
            t.get_name().replace("-", " ")
            for t in self._tasks
            if not t.done() and t not in self._background
        )

    def is_running(self, name: str) -> bool:
        task = self._named.get(name)
        return task is not None and not task.done()

    def cancel(self, name: str) -> None:
        task = self._named.get(name)
        if task is not None and name not in self._unpreemptible:
            task.cancel()

    async def shutdown(self) -> None:
        """Cancel preemptible tasks, let the others (order submission) finish, then return."""
        for task in list(self._tasks):
            if task.get_name() not in self._unpreemptible:
                task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)


def _is_expected(exc: BaseException) -> bool:
    """Domain errors carry their own explanation; only unexpected ones need a traceback."""
    from ingram_desk.domain.errors import IngramError

    return isinstance(exc, IngramError)
