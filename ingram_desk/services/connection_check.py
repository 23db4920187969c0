"""Test connection for the profiles dialog: get a token and make one real call, nothing else.

The answer is a ``ConnectionReport``; a failure raises the typed ``IngramError`` the client maps
(its ``remedial_action`` is the seed's remedial text and it carries the correlation id).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from ingram_desk.ingram.client import SearchCriteria
from ingram_desk.ingram.config import ClientConfig
from ingram_desk.logging_setup import register_secret
from ingram_desk.services.client_factory import make_client
from ingram_desk.settings.profiles import Profile

__all__ = ["ConnectionReport", "check_connection"]


@dataclass(frozen=True, slots=True)
class ConnectionReport:
    base_url: str
    seconds: float
    orders_found: int
    calls_left: int | None
    transport: str = "rest"

    def describe(self) -> str:
        left = "" if self.calls_left is None else f"; {self.calls_left} API calls left this minute"
        if self.transport != "rest":
            kind = "IM-XML over SOAP" if self.transport == "soap" else "IM-XML"
            return (
                f"Connected to {self.base_url} ({kind}): the login was accepted and an order"
                f" status request answered in {self.seconds * 1000:,.0f} ms{left}."
            )
        return (
            f"Connected to {self.base_url}: token received and an order search answered in "
            f"{self.seconds * 1000:,.0f} ms ({self.orders_found} orders on the account{left})."
        )


async def check_connection(profile: Profile, secret: str) -> ConnectionReport:
    """One token request plus one order search (page size 1) with ``profile`` and ``secret``.

    Never places or changes anything; ignores the country's API window so it also answers at
    night (the server says so if it is closed).
    """
    register_secret(secret)
    config = ClientConfig(
        base_url=profile.base_url(),
        customer_number=profile.customer_number,
        country=profile.country,
        client_id=profile.client_id,
        client_secret=secret,
        sender_id=profile.sender_id,
        enforce_window=False,
    )
    started = time.perf_counter()
    client = make_client(profile, config)
    try:
        # IM-XML has no order list: a status request for a PO nobody uses proves the login
        criteria = SearchCriteria(customer_po="ID-CONNECTION-TEST") if profile.transport != "rest" else SearchCriteria()  # fmt: skip
        _orders, total = await client.search_orders_v6(criteria, page_size=1)
        budget = client.budget()
    finally:
        await client.aclose()
    return ConnectionReport(
        config.base_url,
        time.perf_counter() - started,
        total,
        budget.remaining,
        profile.transport,
    )
