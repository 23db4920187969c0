"""Every v6/v6.1 answer the sandbox gives validates against Ingram's official response schemas.

Strict mode: objects may only carry properties the schema declares (see spec_schema.py).
"""

from __future__ import annotations

import pytest

from tests.sandbox.spec_schema import validate

PNA = "/resellers/v6/catalog/priceandavailability"
ORDERS = "/resellers/v6/orders"
DETAILS = "/resellers/v6.1/orders/{ordernumber}"


def _stocked_sku(sandbox, central: bool = False) -> str:
    return next(
        p.sku
        for p in sandbox.catalogue.products
        if p.stock > 5
        and p.central_only == central
        and p.category.product_type not in ("SWL", "SERV")
    )


def test_token_answer_matches_schema(sandbox, api):
    r = api.http.get(
        "/oauth/oauth20/token",
        params={"grant_type": "client_credentials", "client_id": sandbox.config.client_id,
                "client_secret": sandbox.config.client_secret},
    )  # fmt: skip
    validate(r.json(), "/oauth/oauth20/token", "get", 200)


def test_catalog_search_200_and_404(api):
    ok = api.get("/resellers/v6/catalog", params={"keyword": "ssd", "pageSize": 5})
    assert ok.status_code == 200
    validate(ok.json(), "/resellers/v6/catalog", "get", 200)
    none = api.get("/resellers/v6/catalog", params={"keyword": "no-such-thing-xyz"})
    assert none.status_code == 404
    validate(none.json(), "/resellers/v6/catalog", "get", 404)


def test_product_details_200_and_404(sandbox, api):
    for p in sandbox.catalogue.products[:40]:
        r = api.get(f"/resellers/v6/catalog/details/{p.sku}")
        assert r.status_code == 200
        validate(r.json(), "/resellers/v6/catalog/details/{ingramPartNumber}", "get", 200)
    missing = api.get("/resellers/v6/catalog/details/0NOPE00")
    validate(missing.json(), "/resellers/v6/catalog/details/{ingramPartNumber}", "get", 404)


def test_pna_200_207_and_400(sandbox, api):
    promo = next(p for p in sandbox.catalogue.products if p.promo_price is not None)
    backorder = next(p for p in sandbox.catalogue.products if p.stock == 0 and p.eta_days)
    ok = api.post(
        PNA,
        params={"includeAvailability": "true", "includePricing": "true"},
        json={"products": [{"ingramPartNumber": promo.sku}, {"ingramPartNumber": backorder.sku},
                           {"vendorPartNumber": sandbox.catalogue.products[7].vpn}],
              "showAvailableDiscounts": True},
    )  # fmt: skip
    assert ok.status_code == 200
    validate(ok.json(), PNA, "post", 200)
    mixed = api.pna({"ingramPartNumber": promo.sku}, {"ingramPartNumber": "0NOPE00"})
    assert mixed.status_code == 207
    validate(mixed.json(), PNA, "post", 207)
    bad = api.post(PNA, json={"products": [{"ingramPartNumber": promo.sku}]})
    assert bad.status_code == 400
    validate(bad.json(), PNA, "post", 400)


def test_order_create_201_207_400(sandbox, api):
    local, central = _stocked_sku(sandbox), _stocked_sku(sandbox, central=True)
    created = api.order("SCHEMA-1", [{"customerLineNumber": "1", "ingramPartNumber": local, "quantity": 1},
                                     {"customerLineNumber": "2", "ingramPartNumber": central, "quantity": 2}])  # fmt: skip
    assert created.status_code == 201
    validate(created.json(), ORDERS, "post", 201)
    partial = api.order("SCHEMA-2", [{"customerLineNumber": "1", "ingramPartNumber": local, "quantity": 1},
                                     {"customerLineNumber": "2", "ingramPartNumber": "0NOPE00", "quantity": 1}])  # fmt: skip
    assert partial.status_code == 207
    validate(partial.json(), ORDERS, "post", 207)
    invalid = api.order("X" * 36, [{"ingramPartNumber": local, "quantity": 1}])
    assert invalid.status_code == 400
    validate(invalid.json(), ORDERS, "post", 400)


def test_order_search_v6_matches_schema(api):
    r = api.get("/resellers/v6/orders/search", params={"pageSize": 100})
    assert r.status_code == 200
    validate(r.json(), "/resellers/v6/orders/search", "get", 200)
    bad = api.get("/resellers/v6/orders/search", params={"ingramOrderDate": "03/04/2026"})
    assert bad.status_code == 400
    validate(bad.json(), "/resellers/v6/orders/search", "get", 400)


@pytest.mark.parametrize(
    "simulate", [None, "IM::SHIPPED", "IM::PARTIALLY_SHIPPED", "IM::HOLD", "IM::INVOICED"]
)
def test_every_seeded_order_detail_matches_schema(sandbox, api, simulate):
    params = {"simulateStatus": simulate} if simulate else {}
    for order in sandbox.orders.all():
        r = api.get(f"/resellers/v6.1/orders/{order.number}", params=params)
        assert r.status_code == 200, order.number
        validate(r.json(), DETAILS, "get", 200)


def test_invoices_match_schema(sandbox, api):
    invoiced = [s for o in sandbox.orders.all() for s in o.sub_orders if s.invoice_number]
    assert len(invoiced) >= 5
    for sub in invoiced:
        r = api.get(
            f"/resellers/v6.1/invoices/{sub.invoice_number}",
            params={"includeSerialNumbers": "true"},
            extra={"IM-ApplicationID": "IngramDesk"},
        )
        assert r.status_code == 200, sub.invoice_number
        validate(r.json(), "/resellers/v6.1/invoices/{invoiceNumber}", "get", 200)


def test_cancel_error_bodies_match_schema(sandbox, api):
    missing = api.delete("/resellers/v6/orders/70-NOPE1")
    assert missing.status_code == 404
    validate(missing.json(), "/resellers/v6/orders/{OrderNumber}", "delete", 404)
    shipped = next(o for o in sandbox.orders.all() if not o.customer_hold)
    refused = api.delete(f"/resellers/v6/orders/{shipped.number}")
    assert refused.status_code == 405
    validate(refused.json(), "/resellers/v6/orders/{OrderNumber}", "delete", 405)
