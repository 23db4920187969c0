"""OAuth: both token paths, expires_in as a string, wrong credentials, expiry by moving the clock."""

from __future__ import annotations

import httpx

from ingram_desk.sandbox.demo import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from tests.sandbox.helpers import token, v6_headers

CATALOG = "/resellers/v6/catalog"


def test_token_post_form_answers_bearer_with_string_lifetime(sandbox):
    with httpx.Client(base_url=sandbox.url) as c:
        r = c.post(
            "/oauth/oauth30/token",
            data={"grant_type": "client_credentials", "client_id": DEMO_CLIENT_ID,
                  "client_secret": DEMO_CLIENT_SECRET},
        )  # fmt: skip
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == "86399"
    assert isinstance(body["access_token"], str) and len(body["access_token"]) > 16


def test_token_oauth20_get_query_variant(sandbox):
    with httpx.Client(base_url=sandbox.url) as c:
        r = c.get(
            "/oauth/oauth20/token",
            params={"grant_type": "client_credentials", "client_id": DEMO_CLIENT_ID,
                    "client_secret": DEMO_CLIENT_SECRET},
        )  # fmt: skip
    assert r.status_code == 200
    assert r.json()["token_type"] == "Bearer"


def test_wrong_secret_is_401_and_wrong_grant_is_400(sandbox):
    with httpx.Client(base_url=sandbox.url) as c:
        bad = c.post(
            "/oauth/oauth30/token",
            data={"grant_type": "client_credentials", "client_id": DEMO_CLIENT_ID,
                  "client_secret": "wrong"},
        )  # fmt: skip
        grant = c.post("/oauth/oauth30/token", data={"grant_type": "password"})
    assert bad.status_code == 401
    assert "access_token" not in bad.text
    assert grant.status_code == 400
    assert "message" in grant.json()


def test_api_call_without_or_with_unknown_bearer_is_401(sandbox):
    with httpx.Client(base_url=sandbox.url) as c:
        none = c.get(CATALOG, params={"keyword": "maus"})
        unknown = c.get(CATALOG, params={"keyword": "maus"}, headers=v6_headers("not-a-token"))
    assert none.status_code == 401
    assert unknown.status_code == 401


def test_token_expires_when_the_clock_passes_its_lifetime(sandbox_factory):
    sb = sandbox_factory(token_lifetime=30)
    with httpx.Client(base_url=sb.url) as c:
        bearer = token(c)
        assert c.get(CATALOG, headers=v6_headers(bearer)).status_code == 200
        sb.advance(29)
        assert c.get(CATALOG, headers=v6_headers(bearer)).status_code == 200
        sb.advance(2)
        assert c.get(CATALOG, headers=v6_headers(bearer)).status_code == 401
        fresh = token(c)
        assert c.get(CATALOG, headers=v6_headers(fresh)).status_code == 200


def test_expire_tokens_switch_invalidates_issued_tokens_only(sandbox):
    with httpx.Client(base_url=sandbox.url) as c:
        old = token(c)
        sandbox.faults.expire_tokens()
        sandbox.advance(0.001)
        new = token(c)
        assert c.get(CATALOG, headers=v6_headers(old)).status_code == 401
        assert c.get(CATALOG, headers=v6_headers(new)).status_code == 200


def test_sandbox_prefix_case_and_trailing_slash_are_accepted(sandbox):
    with httpx.Client(base_url=sandbox.url) as c:
        bearer = token(c)
        r = c.get("/sandbox/Resellers/V6/Catalog/", headers=v6_headers(bearer))
    assert r.status_code == 200
    assert r.json()["recordsFound"] == 3000
