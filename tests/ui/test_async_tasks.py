"""The task runner: preemption, busy state restored, failures routed to the error sink."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QPushButton

from ingram_desk.domain.errors import ServerError
from ingram_desk.ui.async_tasks import TaskRunner


async def test_new_task_with_same_name_cancels_the_previous(qtbot) -> None:
    runner = TaskRunner()
    first = runner.start("search", asyncio.sleep(10))
    second = runner.start("search", asyncio.sleep(0, result="done"))
    assert await second == "done"
    assert first.cancelled()
    assert runner.running_count() == 0


async def test_busy_widget_disabled_while_running_and_restored_after_failure(qtbot) -> None:
    runner = TaskRunner()
    button = QPushButton("Check")
    qtbot.addWidget(button)
    failures: list[tuple[str, object]] = []
    runner.failed.connect(lambda name, exc: failures.append((name, exc)))
    gate = asyncio.Event()

    async def work() -> None:
        await gate.wait()
        raise ServerError("Ingram had a problem", correlation_id="abc-123")

    task = runner.start("pna", work(), busy=[button])
    await asyncio.sleep(0)
    assert not button.isEnabled()
    gate.set()
    await task
    assert button.isEnabled()
    assert [name for name, _ in failures] == ["pna"]
    assert isinstance(failures[0][1], ServerError)


async def test_unpreemptible_task_refuses_a_second_start(qtbot) -> None:
    runner = TaskRunner()
    gate = asyncio.Event()
    first = runner.start("submit", gate.wait(), preemptible=False)
    assert runner.start("submit", asyncio.sleep(0)) is None
    runner.cancel("submit")
    await asyncio.sleep(0)
    assert not first.done()
    gate.set()
    await first
    assert first.result() is True


async def test_on_done_receives_the_result(qtbot) -> None:
    runner = TaskRunner()
    got: list[int] = []
    await runner.start("x", asyncio.sleep(0, result=7), on_done=got.append)
    assert got == [7]


async def test_shutdown_cancels_preemptible_tasks(qtbot) -> None:
    runner = TaskRunner()
    task = runner.start("search", asyncio.sleep(10))
    await runner.shutdown()
    assert task.cancelled()


def test_a_task_started_once_the_loop_has_stopped_is_closed_unstarted(qtbot) -> None:
    """A signal fired while the app closes (no loop runs) must not leave a coroutine that
    was never awaited, nor raise from inside a Qt slot."""
    runner = TaskRunner()
    ran: list[str] = []

    async def work() -> None:
        ran.append("ran")

    coro = work()
    assert runner.start("search", coro) is None
    assert coro.cr_frame is None and ran == []  # closed, never run
    assert runner.running_count() == 0
