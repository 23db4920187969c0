"""``IngramClient``: every Ingram operation the services use, as async methods returning domain objects.

Reads retry per reliability §1.3; ``create_order`` never retries blindly (see ``IngramHttp``).
Searches come as single pages and as async iterators that page by ``pageNumber`` until
``pageNumber * pageSize >= recordsFound`` (gotcha 25), all within the shared rate gate.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import httpx

from ingram_desk.domain.availability import PnaResult
from ingram_desk.domain.catalog_hit import CatalogHit
from ingram_desk.domain.errors import OrderOutcomeUnknownError, ResponseFormatError
from ingram_desk.domain.placed_order import CreateResult, InvoiceDetails, OrderDetails, OrderSummary
from ingram_desk.ingram.config import ClientConfig
from ingram_desk.ingram.http import IngramHttp
from ingram_desk.ingram.rate_limit import Priority, RateBudget, RateGate
from ingram_desk.ingram.rest import mapping

__all__ = ["PNA_MAX_PER_CALL", "IngramClient", "SearchCriteria", "pna_product"]

#: REST P&A takes at most 50 products per call (reference §3.1).
PNA_MAX_PER_CALL = 50
_UPC = re.compile(r"^\d{12,14}$")
_SKU = re.compile(r"^[A-Z0-9]{4,7}$")


def pna_product(query: str) -> dict[str, str]:
    """Which identifier a typed value is: ``sku:``/``vpn:``/``ean:`` prefixes, else a best guess."""
    text = query.strip()
    prefix, _, rest = text.partition(":")
    key = {"sku": "ingramPartNumber", "vpn": "vendorPartNumber", "ean": "upc", "upc": "upc"}
    if rest and prefix.lower() in key:
        return {key[prefix.lower()]: rest.strip()}
    if _UPC.match(text):
        return {"upc": text}
    if _SKU.match(text.upper()):
        return {"ingramPartNumber": text.upper()}
    return {"vendorPartNumber": text}


class SearchCriteria:
    """Filters shared by the v5 and v6 order searches (dates are inclusive days)."""

    def __init__(
        self,
        *,
        order_number: str | None = None,
        customer_po: str | None = None,
        status: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> None:
        self.order_number = order_number
        self.customer_po = customer_po
        self.status = status
        self.since = since
        self.until = until

    def v5_params(self) -> dict[str, str]:
        p: dict[str, str] = {}
        if self.order_number:
            p["ordernumber"] = self.order_number
        if self.customer_po:
            p["customerordernumber"] = self.customer_po
        if self.status:
            p["orderstatus"] = self.status
        if self.since:
            p["startcreatetimestamp"] = f"{self.since.isoformat()}T00:00:00Z"
        if self.until:
            p["endcreatetimestamp"] = f"{self.until.isoformat()}T23:59:59Z"
        return p

    def v6_params(self) -> list[tuple[str, str]]:
        p: list[tuple[str, str]] = []
        if self.order_number:
            p.append(("ingramOrderNumber", self.order_number))
        if self.customer_po:
            p.append(("customerOrderNumber", self.customer_po))
        if self.status:
            p.append(("orderStatus", self.status))
        if self.since or self.until:
            start = self.since or date(2000, 1, 1)
            end = self.until or date.today()
            p += [
                ("ingramOrderDate-bt", start.isoformat()),
                ("ingramOrderDate-bt", end.isoformat()),
            ]
        return p


class IngramClient:
    def __init__(
        self,
        config: ClientConfig,
        *,
        gate: RateGate | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        now: Callable[[], datetime] | None = None,
        sleep: Callable[[float], Awaitable[object]] | None = None,
    ) -> None:
        kw: dict[str, Any] = {"gate": gate, "transport": transport, "now": now}
        if sleep is not None:
            kw["sleep"] = sleep
        self.http = IngramHttp(config, **kw)
        self.config = config

    async def aclose(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> IngramClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def budget(self) -> RateBudget:
        """The rate gate's remaining budget, for the status bar."""
        return self.http.gate.budget()

    # ---- price & availability ------------------------------------------------------------
    async def price_and_availability(
        self, queries: list[str], *, priority: Priority = Priority.INTERACTIVE
    ) -> list[PnaResult]:
        """P&A v6 for any number of items, ≤50 per call, results in the order asked."""
        results: list[PnaResult] = []
        for start in range(0, len(queries), PNA_MAX_PER_CALL):
            chunk = queries[start : start + PNA_MAX_PER_CALL]
            resp = await self.http.request(
                "POST",
                "/resellers/v6/catalog/priceandavailability",
                params={"includeAvailability": "true", "includePricing": "true"},
                json_body={"products": [pna_product(q) for q in chunk]},
                priority=priority,
            )
            results += mapping.pna_results(resp.data, chunk, self.config.country)
        return results

    async def search_products(
        self,
        keywords: list[str],
        *,
        vendor: str | None = None,
        page: int = 1,
        page_size: int = 25,
        priority: Priority = Priority.INTERACTIVE,
    ) -> tuple[list[CatalogHit], int]:
        """Product search v6 (keywords as repeated keys); 404 "No Records Found" → no hits."""
        params = [("keyword", k) for k in keywords]
        if vendor:
            params.append(("vendor", vendor))
        params += [("pageSize", str(min(page_size, 100))), ("pageNumber", str(page))]
        resp = await self.http.request(
            "GET",
            "/resellers/v6/catalog",
            params=params,
            priority=priority,
            not_found_is_empty=True,
        )
        return mapping.catalog_search(resp.data)

    # ---- orders --------------------------------------------------------------------------
    async def create_order(
        self, body: bytes, customer_po: str, correlation_id: str
    ) -> CreateResult:
        """Order create v6, sent once. See ``IngramHttp.send_order`` for what it raises."""
        if b"allowduplicatecustomerordernumber" in body.lower():
            raise ValueError("an order body must never carry allowDuplicateCustomerOrderNumber")
        resp = await self.http.send_order("/resellers/v6/orders", body, correlation_id)
        try:
            return mapping.create_result(resp.status, resp.data, customer_po)
        except ResponseFormatError as exc:
            raise OrderOutcomeUnknownError(
                exc.message, status=resp.status, correlation_id=correlation_id
            ) from None

    async def search_orders_v6(
        self,
        criteria: SearchCriteria,
        *,
        page: int = 1,
        page_size: int = 25,
        priority: Priority = Priority.INTERACTIVE,
    ) -> tuple[list[OrderSummary], int]:
        params = [*criteria.v6_params(), ("pageSize", str(page_size)), ("pageNumber", str(page))]
        resp = await self.http.request(
            "GET", "/resellers/v6/orders/search", params=params, priority=priority
        )
        return mapping.search_v6(resp.data)

    async def search_orders_v5(
        self,
        criteria: SearchCriteria,
        *,
        page: int = 1,
        page_size: int = 25,
        priority: Priority = Priority.INTERACTIVE,
    ) -> tuple[list[OrderSummary], int]:
        """The seed's OrderLookAPI (status and hold-reason codes per sub-order)."""
        params = {
            "customerNumber": self.config.customer_number,
            "isocountrycode": self.config.country,
            **criteria.v5_params(),
            "pagesize": str(min(page_size, 100)),
            "pagenumber": str(page),
        }
        resp = await self.http.request(
            "GET", "/resellers/v5/Orders/search", params=params, priority=priority
        )
        return mapping.search_v5(resp.data)

    async def iter_orders(
        self,
        criteria: SearchCriteria,
        *,
        version: int = 5,
        page_size: int = 100,
        priority: Priority = Priority.INTERACTIVE,
    ) -> AsyncIterator[tuple[OrderSummary, int]]:
        """Every matching order with the server's total, page after page (≤100 per page).

        v5 pages by sub-order, so one order's sub-orders can straddle a page boundary: they
        are merged, and each order is yielded once, complete, without duplicate sub-orders.
        """
        search = self.search_orders_v5 if version == 5 else self.search_orders_v6
        size = min(page_size, 100)
        page = 1
        pending: OrderSummary | None = None
        total = 0
        while True:
            rows, total = await search(criteria, page=page, page_size=size, priority=priority)
            for row in rows:
                if pending is not None and row.ingram_order_number == pending.ingram_order_number:
                    known = {s.sub_order_number for s in pending.sub_orders}
                    extra = tuple(s for s in row.sub_orders if s.sub_order_number not in known)
                    pending = replace(pending, sub_orders=pending.sub_orders + extra)
                    continue
                if pending is not None:
                    yield pending, total
                pending = row
            if not rows or page * size >= total:
                break
            page += 1
        if pending is not None:
            yield pending, total

    async def order_details(
        self, order_number: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> OrderDetails:
        resp = await self.http.request(
            "GET", f"/resellers/v6.1/orders/{order_number}", priority=priority
        )
        return mapping.order_details(resp.data)

    async def invoice_details(
        self, invoice_number: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> InvoiceDetails:
        resp = await self.http.request(
            "GET",
            f"/resellers/v6.1/invoices/{invoice_number}",
            params={"customerType": "invoice", "includeSerialNumbers": "true"},
            application_id=True,
            priority=priority,
        )
        return mapping.invoice_details(resp.data)

    async def modify_order(
        self,
        order_number: str,
        *,
        quantities: dict[str, int] | None = None,
        ship_to: dict[str, Any] | None = None,
        release: bool = False,
    ) -> tuple[str, ...]:
        """Change an order on customer hold (line quantities by Ingram line number, 0 removes the
        line; a new ship-to) and/or release it. Only repeatable changes are offered, so a retry
        after a dropped connection cannot change the order twice. Returns Ingram's reasons for
        refused line changes (empty: all done)."""
        body: dict[str, Any] = {}
        lines = [
            {"ingramLineNumber": number, "addUpdateDeleteLine": "DELETE"}
            if qty <= 0
            else {"ingramLineNumber": number, "addUpdateDeleteLine": "UPDATE", "quantity": qty}
            for number, qty in (quantities or {}).items()
        ]
        if lines:
            body["lines"] = lines
        if ship_to:
            body["shipToInfo"] = ship_to
        resp = await self.http.request(
            "PUT",
            f"/resellers/v6/orders/{order_number}",
            params={"actionCode": "release"} if release else None,
            json_body=body,
            priority=Priority.ORDER,
        )
        rejected = (
            (resp.data or {}).get("rejectedLineItems") if isinstance(resp.data, dict) else None
        )
        return tuple(
            f"line {r.get('ingramLineNumber', '?')}: {r.get('rejectReason') or r.get('rejectCode')}"
            for r in rejected or []
            if isinstance(r, dict)
        )

    async def cancel_order(self, order_number: str) -> None:
        """Cancel an order still on customer hold (405 from Ingram otherwise)."""
        await self.http.request(
            "DELETE", f"/resellers/v6/orders/{order_number}", priority=Priority.ORDER
        )
