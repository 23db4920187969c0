"""Catalog search and price & availability: paging, filters, seed warehouses per country, 207/400."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from ingram_desk.domain.warehouses import CURRENCY_BY_COUNTRY, WAREHOUSE_TABLE
from tests.sandbox.helpers import Api

CATALOG = "/resellers/v6/catalog"


def test_catalog_pages_and_links(api):
    first = api.get(CATALOG, params={"keyword": "notebook", "pageSize": 10}).json()
    assert first["recordsFound"] > 10 and len(first["catalog"]) == 10
    assert "pageNumber=2" in first["nextPage"] and "previousPage" not in first
    second = api.get(
        CATALOG, params={"keyword": "notebook", "pageSize": 10, "pageNumber": 2}
    ).json()
    assert {c["ingramPartNumber"] for c in first["catalog"]}.isdisjoint(
        c["ingramPartNumber"] for c in second["catalog"]
    )
    assert "previousPage" in second


@pytest.mark.parametrize("size", ["0", "101", "x"])
def test_catalog_page_size_out_of_range_is_400(api, size):
    r = api.get(CATALOG, params={"pageSize": size})
    assert r.status_code == 400
    assert r.json()["errors"][0]["fields"][0]["field"] == "pageSize"


def test_catalog_filters_by_vendor_vpn_and_category(sandbox, api):
    p = sandbox.catalogue.products[42]
    by_vpn = api.get(CATALOG, params={"vendorPartNumber": p.vpn.lower()}).json()
    assert [c["ingramPartNumber"] for c in by_vpn["catalog"]] == [p.sku]
    by_vendor = api.get(CATALOG, params={"vendor": p.vendor, "pageSize": 100}).json()
    assert all(c["vendorName"] == p.vendor for c in by_vendor["catalog"])
    by_cat = api.get(CATALOG, params={"category": p.category.group2}).json()
    assert all(c["subCategory"] == p.category.group2 for c in by_cat["catalog"])


def test_catalog_keywords_match_umlauts_and_all_terms(api):
    r = api.get(CATALOG, params=[("keyword", "gehäuse"), ("keyword", "midi-tower")]).json()
    assert r["recordsFound"] > 0
    assert all("MIDI-TOWER GEHÄUSE" in c["description"] for c in r["catalog"])


def test_catalog_nothing_found_is_404_no_records(api):
    r = api.get(CATALOG, params={"keyword": "zzzz-not-there"})
    assert r.status_code == 404
    assert r.json()["errors"][0]["message"] == "No Records Found"


@pytest.mark.parametrize("country", sorted(WAREHOUSE_TABLE))
def test_pna_uses_the_seed_warehouses_and_currency_of_the_caller_country(sandbox, country):
    api = Api(sandbox, country=country)
    p = next(p for p in sandbox.catalogue.products if p.stock > 10 and not p.central_only)
    entry = api.pna({"ingramPartNumber": p.sku}).json()[0]
    api.close()
    ids = [w["warehouseId"] for w in entry["availability"]["availabilityByWarehouse"]]
    assert ids == [w.id for w in WAREHOUSE_TABLE[country].all]
    assert entry["availability"]["totalAvailability"] == p.stock
    assert (
        sum(w["quantityAvailable"] for w in entry["availability"]["availabilityByWarehouse"])
        == p.stock
    )
    assert entry["pricing"]["currencyCode"] == CURRENCY_BY_COUNTRY[country]
    assert Decimal(str(entry["pricing"]["customerPrice"])) == p.price_in(
        CURRENCY_BY_COUNTRY[country]
    )


def test_pna_uk_and_nl_warehouse_ids_from_the_seed(sandbox):
    p = next(p for p in sandbox.catalogue.products if p.stock > 10 and p.local_share < 1)
    for country, expected in (("UK", ["20", "85", "81"]), ("NL", ["NL01", "PE02", "PEDE"])):
        api = Api(sandbox, country=country)
        rows = api.pna({"ingramPartNumber": p.sku}).json()[0]["availability"][
            "availabilityByWarehouse"
        ]
        api.close()
        assert [r["warehouseId"] for r in rows] == expected
        assert rows[2]["location"] == "Straubing, DE"
        assert rows[0]["quantityAvailable"] > 0 and rows[2]["quantityAvailable"] > 0


def test_pna_central_only_product_is_stocked_only_centrally(sandbox, api):
    p = next(p for p in sandbox.catalogue.products if p.central_only and p.stock > 0)
    rows = api.pna({"ingramPartNumber": p.sku}).json()[0]["availability"]["availabilityByWarehouse"]
    assert {r["warehouseId"]: r["quantityAvailable"] for r in rows} == {
        "NL01": 0,
        "PE02": 0,
        "PEDE": p.stock,
    }


def test_pna_backorder_eta_relative_to_the_clock(sandbox, api):
    p = next(
        p for p in sandbox.catalogue.products if p.stock == 0 and p.eta_days and not p.central_only
    )
    entry = api.pna({"ingramPartNumber": p.sku}).json()[0]
    assert entry["availability"]["available"] is False
    home = entry["availability"]["availabilityByWarehouse"][0]
    expected = (sandbox.clock().date() + timedelta(days=p.eta_days)).isoformat()
    assert home["quantityBackorderedEta"] == expected
    assert home["backOrderInfo"][0]["etaDate"] == expected


def test_pna_by_vpn_and_ean_with_leading_zero(sandbox, api):
    p = next(p for p in sandbox.catalogue.products if p.ean.startswith("0"))
    r = api.pna({"vendorPartNumber": p.vpn}, {"upc": p.ean})
    assert r.status_code == 200
    assert [e["ingramPartNumber"] for e in r.json()] == [p.sku, p.sku]


def test_pna_unknown_sku_answers_207_with_status_e(sandbox, api):
    good = sandbox.catalogue.products[0].sku
    r = api.pna({"ingramPartNumber": good}, {"ingramPartNumber": "12351211"})
    assert r.status_code == 207
    ok, bad = r.json()
    assert "productStatusCode" not in ok
    assert bad == {
        "index": 1,
        "productStatusCode": "E",
        "productStatusMessage": "Product not found for IngramPartNumber:  12351211",
        "ingramPartNumber": "12351211",
    }


def test_pna_limit_is_50_products(sandbox, api):
    skus = [{"ingramPartNumber": p.sku} for p in sandbox.catalogue.products[:51]]
    assert api.pna(*skus[:50]).status_code == 200
    r = api.pna(*skus)
    assert r.status_code == 400
    assert r.json()["errors"][0]["fields"][0]["field"] == "products"


def test_pna_requires_both_include_flags(sandbox, api):
    body = {"products": [{"ingramPartNumber": sandbox.catalogue.products[0].sku}]}
    r = api.post(
        "/resellers/v6/catalog/priceandavailability", params={"includePricing": "true"}, json=body
    )
    assert r.status_code == 400
    assert [f["field"] for f in r.json()["errors"][0]["fields"]] == ["includeAvailability"]
    only_price = api.post(
        "/resellers/v6/catalog/priceandavailability",
        params={"includePricing": "true", "includeAvailability": "false"},
        json=body,
    ).json()[0]
    assert "pricing" in only_price and "availability" not in only_price


def test_pna_discounts_only_when_asked(sandbox, api):
    p = next(p for p in sandbox.catalogue.products if p.promo_price is not None)
    plain = api.pna({"ingramPartNumber": p.sku}).json()[0]
    assert "discounts" not in plain and plain["pricing"]["webDiscountsAvailable"] is True
    asked = api.post(
        "/resellers/v6/catalog/priceandavailability",
        params={"includeAvailability": "true", "includePricing": "true"},
        json={"products": [{"ingramPartNumber": p.sku}], "showAvailableDiscounts": True},
    ).json()[0]
    special = asked["discounts"][0]["specialPricing"][0]
    assert special["discountType"] == "Promo Discount" and special["specialPricingDiscount"] > 0


@pytest.mark.parametrize(
    ("headers", "field"),
    [
        ({"IM-CustomerNumber": ""}, "IM-CustomerNumber"),
        ({"IM-CustomerNumber": "12345678901"}, "IM-CustomerNumber"),
        ({"IM-CountryCode": "NLD"}, "IM-CountryCode"),
        ({"IM-CountryCode": ""}, "IM-CountryCode"),
        ({"IM-CorrelationID": "x" * 33}, "IM-CorrelationID"),
        ({"IM-CorrelationID": ""}, "IM-CorrelationID"),
    ],
)
def test_bad_im_headers_are_400_in_ingrams_error_shape(sandbox, api, headers, field):
    r = api.post(
        "/resellers/v6/catalog/priceandavailability",
        params={"includeAvailability": "true", "includePricing": "true"},
        json={"products": [{"ingramPartNumber": sandbox.catalogue.products[0].sku}]},
        extra=headers,
    )
    assert r.status_code == 400
    error = r.json()["errors"][0]
    assert error["type"] == "/errors/validation-failed"
    assert error["id"]
    assert field in [f["field"] for f in error["fields"]]


def test_correlation_and_sender_ids_are_echoed(api):
    r = api.get(CATALOG, extra={"IM-CorrelationID": "fbac82ba-cf0a-4bcf-fc03-0c5084"})
    assert r.headers["IM-CorrelationID"] == "fbac82ba-cf0a-4bcf-fc03-0c5084"
    assert r.headers["IM-SenderID"] == "IngramDesk"


def test_iso_gb_is_treated_as_the_seeds_uk(sandbox):
    api = Api(sandbox, country="GB")
    p = next(p for p in sandbox.catalogue.products if p.stock > 10 and not p.central_only)
    entry = api.pna({"ingramPartNumber": p.sku}).json()[0]
    api.close()
    assert [w["warehouseId"] for w in entry["availability"]["availabilityByWarehouse"]] == [
        "20",
        "85",
        "81",
    ]
    assert entry["pricing"]["currencyCode"] == "GBP"


def test_catalog_links_lead_to_product_details(sandbox, api):
    entry = api.get(CATALOG, params={"keyword": "laser"}).json()["catalog"][0]
    details = api.get(entry["links"][0]["href"])
    assert details.status_code == 200
    body = details.json()
    assert body["ingramPartNumber"] == entry["ingramPartNumber"]
    assert [w["plantId"] for w in body["additionalInformation"]["productWeight"]] == [
        "NL01",
        "PE02",
        "PEDE",
    ]
    assert api.get("/resellers/v6/catalog/details/0NOPE00").status_code == 404


def test_date_header_follows_the_sandbox_clock(sandbox, api):
    from email.utils import parsedate_to_datetime

    sandbox.advance(600)
    r = api.get(CATALOG)
    skew = parsedate_to_datetime(r.headers["Date"]).timestamp() - sandbox.clock().timestamp()
    assert abs(skew) < 2
