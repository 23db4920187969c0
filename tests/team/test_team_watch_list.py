"""The shared watch list on a real server and a real sandbox: watched on one desk, polled by two
desks, the change reported exactly once, and who has seen it: each desk's user has their own
"not seen yet" marks, whichever desk recorded the change."""

from __future__ import annotations

from typing import Any

from ingram_desk.sandbox.orders import Shipment
from ingram_desk.services.events import WATCH_CHANGED, EventHub
from ingram_desk.services.team.pg_journal import PgJournal
from ingram_desk.services.team.watch_list import TeamWatchStore
from ingram_desk.services.tracking_service import TrackingService


async def test_two_desks_share_the_watch_list_and_a_change_is_reported_once(
    sandbox: Any, client_factory: Any, team_url: str, tmp_path: Any
) -> None:
    order = next(
        o for o in sandbox.orders.all()
        if len(o.sub_orders) == 1 and o.sub_orders[0].status_code == "R"
        and not any(ln.shipments for ln in o.sub_orders[0].lines)
    )  # fmt: skip
    desks = [PgJournal(team_url, account="NL:20-222222", desk_id=d) for d in ("ann", "bob")]
    stores = [TeamWatchStore(d) for d in desks]
    hub = EventHub()
    heard: list[Any] = []
    hub.subscribe(WATCH_CHANGED, heard.append)
    try:
        async with client_factory(sandbox) as c:
            ann, bob = (TrackingService(c, tmp_path / "x.json", hub, store=s) for s in stores)
            ann.watch(order.number)
            assert bob.watched() == [order.number]  # watched on one desk: on the other too
            assert await ann.poll() == []  # the baseline
            assert await bob.poll() == []  # nothing changed
            assert ann.unseen() == {} == bob.unseen()  # a first snapshot is no change
            line = order.sub_orders[0].lines[0]
            line.shipments.append(
                Shipment(line.quantity, "8000123", "2026-11-23", "UG", "UPS GROUND", ["1ZT0001"])
            )
            order.sub_orders[0].status_code = "F"
            (change,) = await bob.poll()
            assert await ann.poll() == []  # bob recorded it: ann does not report it again
            assert "new tracking number 1ZT0001" in change.changes
            assert heard == [change]
            # recorded by bob's desk, seen by nobody yet: each user has their own mark
            for desk in (ann, bob):
                assert desk.unseen() == {order.number: change.changes}
            assert stores[0].seen_by(order.number) == {}
            ann.mark_seen(order.number)
            assert ann.unseen() == {} and order.number in bob.unseen()
            assert stores[1].seen_by(order.number) == {"ann": True}
            order.sub_orders[0].status_code = "V"  # a second change: ann has not seen that one
            (second,) = await ann.poll()
            assert ann.unseen() == {order.number: second.changes} == bob.unseen()
            assert stores[1].seen_by(order.number) == {"ann": False}
        bob.unwatch(order.number)
        assert ann.watched() == [] and ann.unseen() == {}
        assert not (tmp_path / "x.json").exists()  # nothing on the desk's disk
    finally:
        for d in desks:
            d.close()
