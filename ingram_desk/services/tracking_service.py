"""Order tracking: searches (async page iterator), details, invoices, cancel, and a watch list.

The watch list is a small JSON file of order numbers with the last seen snapshot; ``poll``
re-reads each watched order at background priority (so it never crowds out interactive work
or orders) and reports what changed: status, ETA, new shipments, new tracking numbers.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from ingram_desk.domain.errors import IngramError
from ingram_desk.domain.placed_order import InvoiceDetails, OrderDetails, OrderSummary
from ingram_desk.ingram.api import IngramApi
from ingram_desk.ingram.client import SearchCriteria
from ingram_desk.ingram.rate_limit import Priority
from ingram_desk.paths import write_private
from ingram_desk.services.events import WATCH_CHANGED, EventHub
from ingram_desk.services.journal_port import Journal
from ingram_desk.services.order_journal import OrderState

__all__ = [
    "JsonWatchStore",
    "SearchCriteria",
    "TrackingService",
    "WatchChange",
    "WatchStore",
    "journal_line_counts",
]


@dataclass(frozen=True, slots=True)
class WatchChange:
    order_number: str
    changes: tuple[str, ...]  #: human-readable, e.g. "status: Processing → Shipped"
    details: OrderDetails | None  #: None when a pushed document (inbox) reported the change


def diff_snapshots(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    out = []
    if old.get("status") != new.get("status"):
        out.append(f"status: {old.get('status')} → {new.get('status')}")
    old_lines, new_lines = old.get("lines", {}), new.get("lines", {})
    for key, line in new_lines.items():
        before = old_lines.get(key)
        if before is None:
            out.append(f"line {key}: new")
            continue
        if before.get("status") != line.get("status"):
            out.append(f"line {key} status: {before.get('status')} → {line.get('status')}")
        if before.get("eta") != line.get("eta"):
            out.append(f"line {key} ETA: {before.get('eta')} → {line.get('eta')}")
        if line.get("shipments", 0) > before.get("shipments", 0):
            out.append(f"line {key}: new shipment")
    for number in sorted(set(new.get("tracking", [])) - set(old.get("tracking", []))):
        out.append(f"new tracking number {number}")
    return out


def with_values(order: OrderSummary, details: OrderDetails) -> OrderSummary:
    return replace(
        order,
        total=details.total if details.total is not None else order.total,
        currency=details.currency or order.currency,
        line_count=len(details.lines),
    )


def journal_line_counts(journal: Journal) -> Callable[[], dict[str, int]]:
    """Order number → lines sent, for this desk's orders placed as one Ingram order: the
    Orders grid's line count without a details read."""
    sent = [s for s in OrderState if s not in (OrderState.DRAFT, OrderState.QUEUED)]

    def known() -> dict[str, int]:
        return {
            e.ingram_order_numbers[0]: len(e.draft.lines)
            for e in journal.entries(sent)
            if len(e.ingram_order_numbers) == 1
        }

    return known


class WatchStore(Protocol):
    """The watch list: order number → the last snapshot read from Ingram, and the changes this
    desk's user has not seen yet."""

    def load(self) -> dict[str, dict[str, Any]]: ...

    def add(self, order_number: str) -> None: ...

    def remove(self, order_number: str) -> None: ...

    def put(
        self, order_number: str, old: dict[str, Any], new: dict[str, Any],
        changes: Sequence[str] = (),
    ) -> bool:  # fmt: skip
        """Replace ``old`` by ``new``; False when someone else (another desk) already did.
        ``changes`` (none for the first snapshot) stay unseen until ``mark_seen``."""
        ...

    def note(self, order_number: str, changes: Sequence[str]) -> None:
        """A change reported another way (a pushed document): unseen until ``mark_seen``."""
        ...

    def unseen(self) -> dict[str, tuple[str, ...]]: ...

    def mark_seen(self, order_number: str) -> None: ...


class JsonWatchStore:
    """The desk's own watch list: a small JSON file in the profile's folder, and the unseen
    changes in ``watch-unseen.json`` next to it (so the marks survive a restart)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._unseen_file = path.with_name("watch-unseen.json")

    def load(self) -> dict[str, dict[str, Any]]:
        try:
            return dict(json.loads(self.path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def _save(self, data: dict[str, dict[str, Any]]) -> None:
        write_private(self.path, json.dumps(data, indent=1, sort_keys=True))

    def add(self, order_number: str) -> None:
        data = self.load()
        data.setdefault(order_number, {})
        self._save(data)

    def remove(self, order_number: str) -> None:
        data = self.load()
        data.pop(order_number, None)
        self._save(data)
        self.mark_seen(order_number)

    def put(
        self, order_number: str, old: dict[str, Any], new: dict[str, Any],
        changes: Sequence[str] = (),
    ) -> bool:  # fmt: skip
        data = self.load()
        if data.get(order_number) != old:  # unwatched or changed meanwhile
            return False
        data[order_number] = new
        self._save(data)
        if changes:
            self.note(order_number, changes)
        return True

    def unseen(self) -> dict[str, tuple[str, ...]]:
        try:
            data = json.loads(self._unseen_file.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return {}
        return {str(k): tuple(map(str, v)) for k, v in dict(data).items()}

    def _save_unseen(self, unseen: dict[str, tuple[str, ...]]) -> None:
        write_private(self._unseen_file, json.dumps({k: list(v) for k, v in unseen.items()}))

    def note(self, order_number: str, changes: Sequence[str]) -> None:
        self._save_unseen({**self.unseen(), order_number: tuple(changes)})

    def mark_seen(self, order_number: str) -> None:
        unseen = self.unseen()
        if unseen.pop(order_number, None) is not None:
            self._save_unseen(unseen)


class TrackingService:
    """Searches, details and actions on Ingram's orders, and the watch list.

    Money always has its currency: Ingram's order searches (v5 and v6) carry none, and an
    account is billed in its country's currency, so a row or an order's details without one get
    ``account_currency`` (the profile's country through ``CURRENCY_BY_COUNTRY``: EUR for NL).
    A row's line count comes from what is known without a call: details read this session, else
    ``journal_lines`` (this desk's own orders); never from a details read per listed order."""

    def __init__(
        self,
        client: IngramApi,
        watch_file: Path,
        events: EventHub | None = None,
        *,
        store: WatchStore | None = None,
        account_currency: str | None = None,
        journal_lines: Callable[[], dict[str, int]] | None = None,
    ) -> None:
        self.account_currency = account_currency or None
        self._journal_lines = journal_lines
        #: order number → line count of the details read this session
        self._lines_read: dict[str, int] = {}
        self.client = client
        self.watch_file = watch_file
        self.events = events or EventHub()
        #: where the watch list lives: the profile's file, or the team database
        self.store: WatchStore = store or JsonWatchStore(watch_file)

    # ---- searches and details --------------------------------------------------------------
    async def search_page(
        self, criteria: SearchCriteria, *, page: int = 1, page_size: int = 25
    ) -> tuple[list[OrderSummary], int]:
        return await self.client.search_orders_v5(criteria, page=page, page_size=page_size)

    async def search(
        self, criteria: SearchCriteria, *, page_size: int = 100, limit: int | None = None
    ) -> AsyncIterator[tuple[OrderSummary, int]]:
        """Every match with the total (all pages, or the first ``limit`` rows)."""
        n = 0
        known = self.known_line_counts()
        async for row, total in self.client.iter_orders(criteria, page_size=page_size):
            yield self._completed(row, known), total
            n += 1
            if limit is not None and n >= limit:
                return

    async def details(
        self, order_number: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> OrderDetails:
        details = await self.client.order_details(order_number, priority=priority)
        if details.currency is None and self.account_currency:
            details = replace(details, currency=self.account_currency)
        self._lines_read[details.ingram_order_number] = len(details.lines)
        return details

    def known_line_counts(self) -> dict[str, int]:
        """Order number → line count known without asking Ingram: this desk's journal (the
        lines it sent), overridden by the details read this session (what Ingram holds)."""
        known = dict(self._journal_lines()) if self._journal_lines is not None else {}
        known.update(self._lines_read)
        return known

    def _completed(self, row: OrderSummary, known: dict[str, int]) -> OrderSummary:
        """A search row with the account's currency and the line count known locally."""
        lines = row.line_count
        if lines is None:
            lines = known.get(row.ingram_order_number)
        return replace(row, currency=row.currency or self.account_currency, line_count=lines)

    async def with_values(
        self, order: OrderSummary, *, priority: Priority = Priority.BACKGROUND
    ) -> OrderSummary:
        """The search row with its order value, currency and line count (from its details)."""
        details = await self.details(order.ingram_order_number, priority=priority)
        return with_values(order, details)

    async def order_totals(
        self, criteria: SearchCriteria, numbers: set[str], *, max_pages: int = 5
    ) -> dict[str, OrderSummary]:
        """Order values for ``numbers`` from Ingram's v6 search (100 orders a call; the v5 search
        the grid uses carries none), same criteria without the v5 status code."""
        wanted = set(numbers)
        found: dict[str, OrderSummary] = {}
        plain = SearchCriteria(
            order_number=criteria.order_number,
            customer_po=criteria.customer_po,
            since=criteria.since,
            until=criteria.until,
        )
        seen = 0
        async for row, _total in self.client.iter_orders(plain, version=6, page_size=100):
            if row.ingram_order_number in wanted:
                found[row.ingram_order_number] = self._completed(row, {})
                if len(found) == len(wanted):
                    break
            seen += 1
            if seen >= max_pages * 100:
                break
        return found

    async def invoice(self, invoice_number: str) -> InvoiceDetails:
        return await self.client.invoice_details(invoice_number)

    async def cancel(self, order_number: str) -> None:
        await self.client.cancel_order(order_number)

    async def release(self, order_number: str) -> tuple[str, ...]:
        """Release an order from customer hold: Ingram starts processing it."""
        return await self.client.modify_order(order_number, release=True)

    async def change(
        self,
        order_number: str,
        *,
        quantities: dict[str, int] | None = None,
        ship_to: dict[str, Any] | None = None,
    ) -> tuple[str, ...]:
        """Change lines (quantity; 0 removes) or the ship-to of an order on customer hold;
        returns Ingram's reasons for refused line changes."""
        return await self.client.modify_order(order_number, quantities=quantities, ship_to=ship_to)

    # ---- watch list -------------------------------------------------------------------------
    def watched(self) -> list[str]:
        return sorted(self.store.load())

    def watch(self, order_number: str) -> None:
        self.store.add(order_number)

    def unwatch(self, order_number: str) -> None:
        self.store.remove(order_number)

    def unseen(self) -> dict[str, tuple[str, ...]]:
        """Watched orders whose changes this desk's user has not seen yet (what changed)."""
        return self.store.unseen()

    def mark_seen(self, order_number: str) -> None:
        self.store.mark_seen(order_number)

    def note(self, change: WatchChange) -> None:
        """A change a pushed document reported: unseen until the user opens the order."""
        self.store.note(change.order_number, change.changes)

    async def run_forever(self, interval: float = 300.0) -> None:
        """Poll the watch list every ``interval`` seconds until cancelled (changes go out as
        ``WATCH_CHANGED`` events)."""
        while True:
            await self.poll()
            await asyncio.sleep(interval)

    async def poll(self) -> list[WatchChange]:
        """Re-read every watched order (background priority); returns what changed."""
        data = self.store.load()
        changes = []
        for number in sorted(data):
            try:
                details = await self.client.order_details(number, priority=Priority.BACKGROUND)
            except IngramError:
                continue  # try again next poll; the error is the rate/budget layer's business
            snap = details.snapshot()
            old = data[number]
            # the change is reported by whoever records it first (one desk of a team)
            diff = tuple(diff_snapshots(old, snap)) if old else ()
            if snap != old and self.store.put(number, old, snap, diff) and diff:
                change = WatchChange(number, diff, details)
                changes.append(change)
                self.events.emit(WATCH_CHANGED, change)
        return changes
