"""Small httpx helpers for sandbox tests: a token, the v6 headers, a client on the sandbox URL."""

from __future__ import annotations

import uuid

import httpx

from ingram_desk.sandbox.demo import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_COUNTRY,
    DEMO_CUSTOMER_NUMBER,
    DEMO_SENDER_ID,
)
from ingram_desk.sandbox.server import SandboxServer


def token(client: httpx.Client, cid: str = DEMO_CLIENT_ID, secret: str = DEMO_CLIENT_SECRET) -> str:
    r = client.post(
        "/oauth/oauth30/token",
        data={"grant_type": "client_credentials", "client_id": cid, "client_secret": secret},
    )
    assert r.status_code == 200, r.text
    return r.json()["access_token"]


def v6_headers(bearer: str, country: str = DEMO_COUNTRY, **extra: str) -> dict[str, str]:
    headers = {
        "Authorization": f"Bearer {bearer}",
        "IM-CustomerNumber": DEMO_CUSTOMER_NUMBER,
        "IM-CountryCode": country,
        "IM-CorrelationID": uuid.uuid4().hex,
        "IM-SenderID": DEMO_SENDER_ID,
        "Accept": "application/json",
    }
    headers.update(extra)
    return headers


class Api:
    """An authenticated httpx client on one sandbox (country NL unless told otherwise)."""

    def __init__(self, sandbox: SandboxServer, country: str = DEMO_COUNTRY) -> None:
        self.http = httpx.Client(base_url=sandbox.url, timeout=10)
        self.bearer = token(self.http)
        self.country = country

    def headers(self, **extra: str) -> dict[str, str]:
        return v6_headers(self.bearer, self.country, **extra)

    def get(self, path: str, **kw) -> httpx.Response:
        return self.http.get(path, headers=self.headers(**kw.pop("extra", {})), **kw)

    def post(self, path: str, **kw) -> httpx.Response:
        return self.http.post(path, headers=self.headers(**kw.pop("extra", {})), **kw)

    def delete(self, path: str, **kw) -> httpx.Response:
        return self.http.delete(path, headers=self.headers(**kw.pop("extra", {})), **kw)

    def pna(self, *products: dict, **flags: str) -> httpx.Response:
        params = {"includeAvailability": "true", "includePricing": "true", **flags}
        return self.post(
            "/resellers/v6/catalog/priceandavailability",
            params=params,
            json={"products": list(products)},
        )

    def order(self, po: str, lines: list[dict], **body) -> httpx.Response:
        return self.post(
            "/resellers/v6/orders", json={"customerOrderNumber": po, "lines": lines, **body}
        )

    def v5_search(self, **params: str) -> httpx.Response:
        query = {"customerNumber": DEMO_CUSTOMER_NUMBER, "isocountrycode": self.country, **params}
        return self.http.get(
            "/resellers/v5/orders/search",
            params=query,
            headers={"Authorization": f"Bearer {self.bearer}", "Accept": "application/json"},
        )

    def close(self) -> None:
        self.http.close()
