"""The token cache: single-flight refresh, early renewal, invalidation after a 401."""

from __future__ import annotations

import asyncio

from ingram_desk.ingram.auth import TokenManager, refresh_margin


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


async def test_concurrent_callers_share_one_token_request() -> None:
    calls = 0

    async def fetch() -> tuple[str, float]:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.01)
        return f"tok{calls}", 86399

    tm = TokenManager(fetch)
    tokens = await asyncio.gather(*(tm.token() for _ in range(25)))
    assert set(tokens) == {"tok1"}
    assert calls == 1 == tm.fetch_count


async def test_token_is_renewed_before_it_expires() -> None:
    clock = FakeClock()
    n = 0

    async def fetch() -> tuple[str, float]:
        nonlocal n
        n += 1
        return f"t{n}", 86399

    tm = TokenManager(fetch, clock=clock)
    assert await tm.token() == "t1"
    clock.t += 86399 - refresh_margin(86399) - 1
    assert await tm.token() == "t1"
    clock.t += 2  # now inside the renewal margin, still before real expiry
    assert await tm.token() == "t2"


async def test_invalidate_drops_only_the_token_that_failed() -> None:
    n = 0

    async def fetch() -> tuple[str, float]:
        nonlocal n
        n += 1
        return f"t{n}", 3600

    tm = TokenManager(fetch)
    first = await tm.token()
    tm.invalidate("something-else")
    assert await tm.token() == first
    tm.invalidate(first)
    assert await tm.token() == "t2"


async def test_a_failed_refresh_reaches_every_waiter_and_the_next_call_retries() -> None:
    attempts = 0

    async def fetch() -> tuple[str, float]:
        nonlocal attempts
        attempts += 1
        await asyncio.sleep(0.01)
        if attempts == 1:
            raise RuntimeError("token endpoint down")
        return "ok", 3600

    tm = TokenManager(fetch)
    results = await asyncio.gather(*(tm.token() for _ in range(3)), return_exceptions=True)
    assert isinstance(results[0], RuntimeError)
    assert await tm.token() == "ok"


def test_refresh_margin_is_ten_percent_for_a_day_and_half_for_short_tokens() -> None:
    assert refresh_margin(86399) == 8639.9
    assert refresh_margin(4) == 2
