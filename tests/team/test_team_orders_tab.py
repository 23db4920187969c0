"""The Orders tab is live across desks: an order placed on a colleague's desk joins this desk's
grid through LISTEN/NOTIFY (a real PostgreSQL server), read from the sandbox, no search
re-run and no polling."""

from __future__ import annotations

import asyncio

from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.services.events import EventHub
from ingram_desk.services.ordering_service import OrderingService
from ingram_desk.services.team.live import TeamListener
from ingram_desk.services.team.pg_journal import PgJournal
from tests.fixtures.ui import next_emission
from tests.ui.orders_support import order_window

ACCOUNT = "NL:20-222222"


async def test_a_colleagues_order_joins_the_orders_tab_live(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue, team_url: str, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    sku = next(p.sku for p in sandbox.catalogue.products if p.stock > 10 and not p.discontinued)
    ann_journal = PgJournal(team_url, account=ACCOUNT, desk_id="ann")
    bob_journal = PgJournal(team_url, account=ACCOUNT, desk_id="bob")
    async with order_window(
        make_main_window, sandbox, client_factory, ui_catalogue, tmp_path / "bob"
    ) as window:
        tab = window.orders_tab
        window.tabs.setCurrentWidget(tab)
        done = next_emission(tab.search_finished)
        tab.run_search()
        await asyncio.wait_for(done, 30)
        before = tab.model.rowCount()
        listener = TeamListener(team_url, bob_journal, window.services.events, account=ACCOUNT)
        task = asyncio.create_task(listener.run())
        try:
            await asyncio.wait_for(listener.connected.wait(), 10)
            arrived = next_emission(tab.order_arrived)
            async with client_factory(sandbox) as client:
                draft = OrderDraft.from_request(
                    {"customerOrderNumber": "LIVE-TAB-1",
                     "lines": [{"ingramPartNumber": sku, "quantity": 1}]}
                )  # fmt: skip
                placed = await OrderingService(client, ann_journal, EventHub()).place(draft)
            (summary,) = await asyncio.wait_for(arrived, 10)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            ann_journal.close()
            bob_journal.close()
        (number,) = placed.ingram_order_numbers
        assert summary.ingram_order_number == number
        assert summary.customer_order_number == "LIVE-TAB-1"
        assert tab.model.rows_of(number) == [0]  # at the top of bob's grid
        assert tab.model.rowCount() == before + max(1, len(summary.sub_orders))
