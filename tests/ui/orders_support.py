"""Helpers for the Order/Orders tab tests: a main window wired to real ordering, tracking and P&A
services on the embedded sandbox (loopback), with the journal, watch list and address book in a
data folder the test chooses (so a second window can reopen the same data)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from ingram_desk.sandbox.orders import Order
from ingram_desk.services.events import EventHub
from ingram_desk.services.order_journal import OrderJournal
from ingram_desk.services.ordering_service import OrderingService
from ingram_desk.services.pna_service import PnaService
from ingram_desk.services.tracking_service import TrackingService
from ingram_desk.settings.address_book import AddressBook


@asynccontextmanager
async def order_window(
    make_main_window: Callable[..., Any],
    sandbox: Any,
    client_factory: Callable[..., Any],
    catalogue: Any,
    data_dir: Path,
) -> AsyncIterator[Any]:
    client = client_factory(sandbox)
    events = EventHub()
    journal = OrderJournal(data_dir / "orders-journal.sqlite3")
    window = make_main_window(
        catalogue,
        PnaService(client, events),
        events=events,
        ordering=OrderingService(client, journal, events),
        tracking=TrackingService(client, data_dir / "watchlist.json", events),
        address_book=AddressBook(data_dir / "address-book.json"),
    )
    try:
        yield window
    finally:
        await window.runner.shutdown()
        window.orders_tab.notifier.close()
        window.close()
        await client.aclose()
        journal.close()


async def next_signal(signal: Any, timeout: float = 20.0) -> tuple[Any, ...]:
    """Await the signal's next emission (never a blocking qtbot wait inside a coroutine)."""
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def fire(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(fire)
    try:
        return await asyncio.wait_for(future, timeout)
    finally:
        signal.disconnect(fire)


def stocked_sku(sandbox: Any, skip: int = 0) -> str:
    """A SKU the sandbox has plenty of."""
    products = [p for p in sandbox.catalogue.products if p.stock > 10 and not p.discontinued]
    return str(products[skip].sku)


def clone_orders(sandbox: Any, n: int) -> list[str]:
    """Seed ``n`` more orders at the sandbox (copies of seeded ones with new numbers and POs)."""
    base = sandbox.orders.all()
    numbers = []
    for i in range(n):
        src = base[i % len(base)].to_json()
        number = f"30-X{i:04d}"
        src["number"] = number
        src["customer_order_number"] = f"PO-BULK-{i:04d}"
        for k, sub in enumerate(src["sub_orders"]):
            sub["number"] = f"{number}-{11 + k}"
            sub["invoice_number"] = sub["number"].replace("-", "") if sub["invoice_number"] else ""
        sandbox.orders.add(Order.from_json(src))
        numbers.append(number)
    return numbers
