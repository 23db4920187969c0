"""Helpers for the Order/Orders tab tests: a main window wired to real ordering, tracking and P&A
services on the embedded sandbox (loopback), with the journal, watch list and address book in a
data folder the test chooses (so a second window can reopen the same data)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from ingram_desk.domain.warehouses import CURRENCY_BY_COUNTRY
from ingram_desk.sandbox.orders import Order
from ingram_desk.services.events import EventHub
from ingram_desk.services.order_journal import OrderJournal
from ingram_desk.services.ordering_service import OrderingService
from ingram_desk.services.pna_service import PnaService
from ingram_desk.services.tracking_service import TrackingService, journal_line_counts
from ingram_desk.settings.address_book import AddressBook


@asynccontextmanager
async def order_window(
    make_main_window: Callable[..., Any],
    sandbox: Any,
    client_factory: Callable[..., Any],
    catalogue: Any,
    data_dir: Path,
    ordering_kw: dict[str, Any] | None = None,
    window_kw: dict[str, Any] | None = None,
    **client_kw: Any,
) -> AsyncIterator[Any]:
    """``client_kw`` go to the client (``country=``, ``now=``); ``now`` also drives the journal;
    ``ordering_kw`` go to the ordering service (``carriers=``, ``default_carrier=``);
    ``window_kw`` to the window's services (``inbox=``)."""
    client = client_factory(sandbox, **client_kw)
    now = client_kw.get("now")
    events = EventHub()
    journal = OrderJournal(data_dir / "orders-journal.sqlite3", now=now)
    window = make_main_window(
        catalogue,
        PnaService(client, events),
        events=events,
        ordering=OrderingService(client, journal, events, now=now, **(ordering_kw or {})),
        tracking=TrackingService(
            client,
            data_dir / "watchlist.json",
            events,
            account_currency=CURRENCY_BY_COUNTRY.get(client.config.country.upper()),
            journal_lines=journal_line_counts(journal),
        ),  # fmt: skip (as the composition root wires it)
        address_book=AddressBook(data_dir / "address-book.json"),
        **(window_kw or {}),
    )
    try:
        yield window
    finally:
        for _ in range(500):  # let background work (details, polls) end before closing
            if not window.runner.running_count():
                break
            await asyncio.sleep(0.01)
        await window.runner.shutdown()
        # The client is closed before the window: in tests Qt quits when the last window
        # closes, which stops the qasync loop under httpx's pool close ("no running event loop").
        await client.aclose()
        window.orders_tab.notifier.close()
        window.close()
        journal.close()


def next_signal(signal: Any, timeout: float = 20.0) -> Awaitable[tuple[Any, ...]]:
    """Connect now; await the result for the signal's next emission's arguments (never a blocking
    qtbot wait inside a coroutine)."""
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def fire(*args: Any) -> None:
        if not future.done():
            future.set_result(args)
            signal.disconnect(fire)

    signal.connect(fire)
    return asyncio.wait_for(future, timeout)


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
