"""Reliability B4 in the window: the token endpoint is down at start (503, or nothing listening).
The desk opens on its cached catalogue, the status bar says "offline" with its next try, the
watch retries with backoff in the background, a queued order waits, nothing reaches the banner;
when the token service answers again the status bar says "online"."""

from __future__ import annotations

import asyncio
import os
import socket
from typing import Any

from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.ingram.config import RetryPolicy
from ingram_desk.services.connectivity import CONNECTIVITY_CHANGED
from ingram_desk.services.order_journal import OrderState
from tests.ui.orders_support import order_window, stocked_sku

FAST = RetryPolicy(base=0.01, cap=0.02, attempts=2)


async def _until(window: Any, text: str, timeout: float = 20.0) -> None:
    """Wait (without blocking the loop) until the status bar's connection piece says ``text``."""
    changed: asyncio.Queue[Any] = asyncio.Queue()
    unsubscribe = window.services.events.subscribe(CONNECTIVITY_CHANGED, changed.put_nowait)
    try:
        async with asyncio.timeout(timeout):
            while not window.status.connection_label.text().startswith(text):
                await changed.get()
    finally:
        unsubscribe()


def _shot(window: Any, name: str) -> None:
    if os.environ.get("INGRAM_DESK_SHOTS"):
        window.status.grab().save(os.path.join(os.environ["INGRAM_DESK_SHOTS"], name))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_b4_token_503_at_start_offline_then_online(
    qtbot, sandbox, client_factory, ui_catalogue, make_main_window, tmp_path
) -> None:
    rule = sandbox.faults.fail_next(None, status=503, path="/oauth")
    async with order_window(
        make_main_window, sandbox, client_factory, ui_catalogue, tmp_path, retry=FAST
    ) as window:
        watch = window.start_connection_watch(first=0.05, cap=0.2)
        await _until(window, "offline — next try")
        label = window.status.connection_label
        assert label.isVisible() and "b3261e" in label.styleSheet()
        assert "token service" in label.toolTip()
        _shot(window, "offline-start.png")
        ordering = window.services.ordering
        order = OrderDraft.from_request(
            {"lines": [{"ingramPartNumber": stocked_sku(sandbox), "quantity": 1}]}
        )
        entry = await ordering.submit_draft(order)  # a queued order waits, no error
        assert entry.state is OrderState.QUEUED
        while watch.tries < 3:  # the watch keeps trying in the background, with backoff
            await asyncio.sleep(0.05)
        assert (await ui_catalogue.info()).row_count > 0  # the cached catalogue, searchable
        sandbox.faults.clear()  # the token service answers again
        await _until(window, "online")
        assert label.styleSheet() == "" and watch.state.online
        assert rule.remaining is None
        assert not window.banner.isVisible()  # nothing errored out
        assert ordering.journal.get(entry.draft_id).state is OrderState.QUEUED
        _shot(window, "online-again.png")


async def test_b4_token_service_refusing_connections_says_offline(
    qtbot, sandbox_factory, client_factory, ui_catalogue, make_main_window, tmp_path
) -> None:
    sb = sandbox_factory(port=_free_port())
    async with order_window(
        make_main_window, sb, client_factory, ui_catalogue, tmp_path, retry=FAST
    ) as window:
        sb.stop()  # nothing listens: connection refused
        watch = window.start_connection_watch(first=0.05, cap=0.2)
        await _until(window, "offline — next try")
        assert "Could not reach Ingram's token service" in window.status.connection_label.toolTip()
        assert not window.banner.isVisible()
        sb.start()  # back on the same port
        await _until(window, "online")
        assert watch.tries >= 2
