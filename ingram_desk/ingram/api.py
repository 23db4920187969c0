"""``IngramApi``: what the services need from Ingram, implemented by the REST client and by the
IM-XML/SOAP client alike, so P&A, ordering (journal, reconciliation, duplicate-PO guard) and
tracking behave the same whichever transport a profile chooses."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Protocol

from ingram_desk.domain.availability import PnaResult
from ingram_desk.domain.placed_order import CreateResult, InvoiceDetails, OrderDetails, OrderSummary
from ingram_desk.ingram.rate_limit import Priority, RateBudget

if TYPE_CHECKING:
    from ingram_desk.ingram.client import SearchCriteria
    from ingram_desk.ingram.http import IngramHttp

__all__ = ["IngramApi"]


class IngramApi(Protocol):
    #: the one HTTP layer (rate gate, retries, API window, budget listener)
    http: IngramHttp

    async def aclose(self) -> None: ...

    def budget(self) -> RateBudget: ...

    async def price_and_availability(
        self, queries: list[str], *, priority: Priority = Priority.INTERACTIVE
    ) -> list[PnaResult]: ...

    async def create_order(
        self, body: bytes, customer_po: str, correlation_id: str
    ) -> CreateResult: ...

    async def search_orders_v5(
        self,
        criteria: SearchCriteria,
        *,
        page: int = 1,
        page_size: int = 25,
        priority: Priority = Priority.INTERACTIVE,
    ) -> tuple[list[OrderSummary], int]: ...

    async def search_orders_v6(
        self,
        criteria: SearchCriteria,
        *,
        page: int = 1,
        page_size: int = 25,
        priority: Priority = Priority.INTERACTIVE,
    ) -> tuple[list[OrderSummary], int]: ...

    def iter_orders(
        self,
        criteria: SearchCriteria,
        *,
        version: int = 5,
        page_size: int = 100,
        priority: Priority = Priority.INTERACTIVE,
    ) -> AsyncIterator[tuple[OrderSummary, int]]: ...

    async def order_details(
        self, order_number: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> OrderDetails: ...

    async def invoice_details(
        self, invoice_number: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> InvoiceDetails: ...

    async def cancel_order(self, order_number: str) -> None: ...
