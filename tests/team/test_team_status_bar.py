"""The window's status bar on a desk of a team shows the team's remaining budget (what the other
desks spent too), and says plainly when the team database cannot be reached."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

from ingram_desk.ingram.client import IngramClient
from ingram_desk.ingram.config import ClientConfig
from ingram_desk.services.events import RATE_BUDGET_CHANGED, EventHub
from ingram_desk.services.pna_service import PnaService
from ingram_desk.services.team.budget import TeamRateGate

ACCOUNT = "NL:20-222222"


def desk_client(server: Any, gate: TeamRateGate) -> IngramClient:
    config = ClientConfig(
        base_url=server.url, customer_number="20-222222", country="NL",
        client_id=server.config.client_id, client_secret=server.config.client_secret,
    )  # fmt: skip
    client = IngramClient(config, gate=gate)
    return client


async def check_in_window(window: Any, events: EventHub) -> Any:
    seen = asyncio.get_running_loop().create_future()
    unsubscribe = events.subscribe(RATE_BUDGET_CHANGED, lambda b: seen.done() or seen.set_result(b))
    window.pna_tab.check_items(["6DGFIF7"])
    try:
        return await asyncio.wait_for(seen, 10)
    finally:
        unsubscribe()


async def test_the_status_bar_shows_the_teams_budget(
    qtbot, sandbox, team_url: str, make_main_window, ui_catalogue
) -> None:  # type: ignore[no-untyped-def]
    mine, theirs = (TeamRateGate(team_url, account=ACCOUNT) for _ in range(2))
    here, there = desk_client(sandbox, mine), desk_client(sandbox, theirs)
    events = EventHub()
    here.http.on_budget = lambda b: events.emit(RATE_BUDGET_CHANGED, b)
    try:
        window = make_main_window(ui_catalogue, PnaService(here, events), events=events)
        await check_in_window(window, events)
        for _ in range(5):  # a colleague's desk spends five calls of the account's budget
            await there.price_and_availability(["6DGFIF7"])
        budget = await check_in_window(window, events)
        assert budget.scope == "team"
        assert budget.remaining == 60 - 7
        assert "API calls (team): 53 / 60 left" in window.status.budget_label.text()
    finally:
        for c, g in ((here, mine), (there, theirs)):
            await c.aclose()
            await g.aclose()


async def test_the_status_bar_says_when_the_team_database_is_unreachable(
    qtbot, sandbox, make_main_window, ui_catalogue
) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    gate = TeamRateGate(f"postgresql://x@127.0.0.1:{port}/team", account=ACCOUNT)
    client = desk_client(sandbox, gate)
    events = EventHub()
    client.http.on_budget = lambda b: events.emit(RATE_BUDGET_CHANGED, b)
    try:
        window = make_main_window(ui_catalogue, PnaService(client, events), events=events)
        await check_in_window(window, events)  # P&A still works
        assert "team database unreachable" in window.status.budget_label.text()
    finally:
        await client.aclose()
        await gate.aclose()
