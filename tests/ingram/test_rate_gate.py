"""The rate gate's arithmetic on a fake clock: headers, 429 holds, priority lanes, pacing."""

from __future__ import annotations

import asyncio

from ingram_desk.ingram.rate_limit import Priority, RateGate


class Clock:
    """Monotonic + wall clock that only moves when the gate sleeps."""

    def __init__(self) -> None:
        self.mono = 100.0
        self.wall = 1_800_000_000.0
        self.slept: list[float] = []

    async def sleep(self, s: float) -> None:
        self.slept.append(s)
        self.mono += s
        self.wall += s
        await asyncio.sleep(0)


def gate(clock: Clock, **kw: object) -> RateGate:
    return RateGate(
        monotonic=lambda: clock.mono, wall=lambda: clock.wall, sleep=clock.sleep, jitter=0, **kw
    )


def reset_header(clock: Clock, seconds: float) -> str:
    return str(int((clock.wall + seconds) * 1000))


async def test_paces_to_the_announced_limit_after_a_burst() -> None:
    c = Clock()
    g = gate(c, limit=60, period=60.0)
    for _ in range(10):
        await g.acquire()
    assert c.slept == []  # burst of limit/6
    await g.acquire()
    assert abs(sum(c.slept) - 1.0) < 1e-6  # then one per second


async def test_new_limit_header_changes_the_pace() -> None:
    c = Clock()
    g = gate(c, limit=60, period=60.0)
    g.update({"X-RateLimit-Limit": "6"})
    await g.acquire()
    await g.acquire()
    assert abs(sum(c.slept) - 10.0) < 1e-6


async def test_remaining_zero_holds_everything_until_reset() -> None:
    c = Clock()
    g = gate(c)
    g.update({"x-ratelimit-remaining": "0", "x-ratelimit-reset": reset_header(c, 30)})
    assert g.budget().remaining == 0
    await g.acquire(Priority.ORDER)
    assert 29.9 < sum(c.slept) < 30.1


async def test_background_waits_at_the_reserve_but_interactive_goes() -> None:
    c = Clock()
    g = gate(c, reserve=3)
    g.update({"x-ratelimit-remaining": "3", "x-ratelimit-reset": reset_header(c, 20)})
    assert g.delay_for(Priority.INTERACTIVE) == 0
    assert 19.9 < g.delay_for(Priority.BACKGROUND) <= 20


async def test_429_holds_until_the_reset_and_counts() -> None:
    c = Clock()
    g = gate(c)
    hold = g.note_429({"X-RateLimit-Reset": reset_header(c, 12)})
    assert 11.9 < hold <= 12
    await g.acquire()
    assert 11.9 < sum(c.slept) < 12.1
    assert g.budget().throttled == 1


async def test_429_without_headers_uses_retry_after_then_the_fallback() -> None:
    c = Clock()
    g = gate(c, fallback_wait=60)
    assert g.note_429({"Retry-After": "7"}) == 7
    assert g.note_429({}) == 60


async def test_implausible_reset_is_clamped_not_obeyed() -> None:
    c = Clock()
    g = gate(c, fallback_wait=60, max_reset_wait=65)
    three_hours = reset_header(c, 3 * 3600)
    assert g.note_429({"x-ratelimit-reset": three_hours}) == 60


async def test_reset_is_corrected_for_server_clock_skew() -> None:
    c = Clock()
    g = gate(c)
    from email.utils import formatdate

    server_now = c.wall + 600  # server clock 10 min ahead
    headers = {
        "x-ratelimit-reset": str(int((server_now + 15) * 1000)),
        "date": formatdate(server_now, usegmt=True),
    }
    assert 14 < g.note_429(headers) <= 16


async def test_orders_and_interactive_calls_overtake_background_waiters() -> None:
    c = Clock()
    g = gate(c, limit=6, period=6.0)  # burst 1, then one per second
    await g.acquire()
    order: list[str] = []

    async def go(name: str, p: Priority) -> None:
        await g.acquire(p)
        order.append(name)

    # background arrives first; all three queue before the fake clock moves
    bg = asyncio.create_task(go("background", Priority.BACKGROUND))
    ui = asyncio.create_task(go("interactive", Priority.INTERACTIVE))
    od = asyncio.create_task(go("order", Priority.ORDER))
    await asyncio.gather(bg, ui, od)
    assert order == ["order", "interactive", "background"]


async def test_the_period_is_learnt_from_the_first_call_of_a_window() -> None:
    c = Clock()
    g = gate(c, limit=60, period=60.0)
    g.update(
        {
            "x-ratelimit-limit": "6",
            "x-ratelimit-remaining": "5",
            "x-ratelimit-reset": reset_header(c, 3),
        }
    )
    await g.acquire()
    await g.acquire()  # burst 1, then one per 3/6 s
    assert abs(sum(c.slept) - 0.5) < 1e-6
