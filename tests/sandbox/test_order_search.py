"""Order searches: seed 004's v5 envelope and "Recommended Tests", v6 filters, paging edges."""

from __future__ import annotations

import httpx
import pytest

from ingram_desk.domain.order_status import HOLD_REASONS, ORDER_STATUSES
from ingram_desk.sandbox.demo import DEMO_CUSTOMER_NUMBER


def _v5(api, **params):
    r = api.v5_search(**params)
    assert r.status_code == 200
    return r.json()["serviceresponse"]


def test_v5_envelope_has_the_seed_spelling_and_string_counters(sandbox, api):
    body = api.v5_search(pagesize="1").json()
    assert list(body) == ["serviceresponse"]
    sr = body["serviceresponse"]
    assert list(sr) == ["responsepreamble", "ordesearchresponse"]
    assert sr["responsepreamble"] == {"requeststatus": "SUCCESS", "returnmessage": "Data found"}
    result = sr["ordesearchresponse"]
    assert list(result) == ["ordersfound", "pagesize", "pagenumber", "orders"]
    assert result["pagesize"] == "1" and result["pagenumber"] == "1"
    assert int(result["ordersfound"]) == sum(len(o.sub_orders) for o in sandbox.orders.all())
    order = result["orders"][0]
    assert list(order) == [
        "ordernumber",
        "entrytimestamp",
        "customerordernumber",
        "suborders",
        "links",
    ]
    assert order["entrytimestamp"].endswith("Z")
    sub = order["suborders"][0]
    assert list(sub) == [
        "subordernumber",
        "statuscode",
        "status",
        "holdreasoncode",
        "holdreason",
        "links",
    ]
    assert order["links"]["href"].startswith(
        f"/resellers/v5/orders/{order['ordernumber']}?customerNumber="
    )
    assert sub["links"][0] == {
        "topic": "orders",
        "type": "GET",
        "href": f"/resellers/v5/orders/{sub['subordernumber']}?customerNumber={DEMO_CUSTOMER_NUMBER}&isoCountryCode=NL",
    }


def test_invalid_access_token_is_401(sandbox):
    """Seed 004 recommended test: "Invalid Access token. Always test this scenario."""
    r = httpx.get(
        f"{sandbox.url}/resellers/v5/orders/search",
        params={"customerNumber": DEMO_CUSTOMER_NUMBER, "isocountrycode": "NL"},
        headers={"Authorization": "Bearer ml3aA1Z62Yi1R6k634hl9Ga84lmz"},
    )
    assert r.status_code == 401


def test_query_by_sales_order_number(sandbox, api):
    order = sandbox.orders.all()[5]
    result = _v5(api, ordernumber=order.number)["ordesearchresponse"]
    assert [o["ordernumber"] for o in result["orders"]] == [order.number]


def test_query_by_order_number_status_and_timestamp(sandbox, api):
    order = next(o for o in sandbox.orders.all() if o.sub_orders[0].status_code == "S")
    stamp = order.entry_timestamp
    found = _v5(api, ordernumber=order.number, orderstatus="S",
                startcreatetimestamp=stamp, endcreatetimestamp=stamp)  # fmt: skip
    assert found["ordesearchresponse"]["orders"][0]["suborders"][0]["statuscode"] == "S"
    later = _v5(
        api, ordernumber=order.number, orderstatus="S", startcreatetimestamp="2099-01-01T00:00:00Z"
    )
    assert later["responsepreamble"] == {
        "requeststatus": "FAILED",
        "returnmessage": "No data found",
    }


def test_all_sales_holds_in_a_date_period(sandbox, api):
    result = _v5(api, orderstatus="S", startcreatetimestamp="2000-01-01T00:00:00Z",
                 endcreatetimestamp="2099-01-01T00:00:00Z", pagesize="100")["ordesearchresponse"]  # fmt: skip
    codes = {s["statuscode"] for o in result["orders"] for s in o["suborders"]}
    assert codes == {"S"}
    expected = sum(1 for o in sandbox.orders.all() for s in o.sub_orders if s.status_code == "S")
    assert int(result["ordersfound"]) == expected >= 10


def test_order_with_multiple_shipments_across_pages(sandbox, api):
    multi = max(sandbox.orders.all(), key=lambda o: len(o.sub_orders))
    seen = []
    for page in (1, 2, 3):
        result = _v5(api, ordernumber=multi.number, pagesize="2", pagenumber=str(page))[
            "ordesearchresponse"
        ]
        assert result["ordersfound"] == str(len(multi.sub_orders))
        assert [o["ordernumber"] for o in result["orders"]] == [multi.number]
        seen += [s["subordernumber"] for s in result["orders"][0]["suborders"]]
    assert seen == [s.number for s in multi.sub_orders]
    past = _v5(api, ordernumber=multi.number, pagesize="2", pagenumber="4")
    assert past["responsepreamble"] == {
        "requeststatus": "SUCCESS",
        "returnmessage": "No Data Found for given Search Criteria.",
    }
    assert past["ordesearchresponse"]["orders"] == []


def test_query_by_customer_po(sandbox, api):
    result = _v5(api, customerordernumber="po-split-4711")["ordesearchresponse"]
    assert {o["customerordernumber"] for o in result["orders"]} == {"PO-SPLIT-4711"}


def test_query_with_multiple_sales_orders_for_one_po(api):
    result = _v5(api, customerordernumber="PO-SPLIT-4711")["ordesearchresponse"]
    assert result["ordersfound"] == "2" and len({o["ordernumber"] for o in result["orders"]}) == 2


@pytest.mark.parametrize(
    "params",
    [{"customerordernumber": "NO-SUCH-PO"}, {"ordernumber": "70-XXXXX"}, {"orderstatus": "Q"}],
)
def test_query_by_invalid_search_criteria_is_failed_preamble(api, params):
    body = _v5(api, **params)
    assert body == {
        "responsepreamble": {"requeststatus": "FAILED", "returnmessage": "No data found"},
        "ordesearchresponse": {"ordersfound": "0", "pagesize": "0", "pagenumber": "1"},
    }


@pytest.mark.parametrize(
    "params",
    [
        {"pagesize": "0"},
        {"pagesize": "101"},
        {"pagenumber": "0"},
        {"startcreatetimestamp": "yesterday"},
    ],
)
def test_malformed_criteria_are_failed_with_a_reason(api, params):
    pre = _v5(api, **params)["responsepreamble"]
    assert pre["requeststatus"] == "FAILED"
    assert pre["returnmessage"].startswith("Invalid search criteria")


def test_pagesize_100_is_allowed_and_default_is_25(api):
    assert _v5(api, pagesize="100")["ordesearchresponse"]["pagesize"] == "100"
    default = _v5(api)["ordesearchresponse"]
    assert default["pagesize"] == "25"
    assert sum(len(o["suborders"]) for o in default["orders"]) == 25


def test_query_keys_are_accepted_in_any_casing(sandbox, api):
    order = sandbox.orders.all()[3]
    r = api.http.get(
        "/resellers/V5/Orders/search",
        params={
            "CUSTOMERNUMBER": DEMO_CUSTOMER_NUMBER,
            "IsoCountryCode": "NL",
            "OrderNumber": order.number,
        },
        headers={"Authorization": f"Bearer {api.bearer}"},
    )
    result = r.json()["serviceresponse"]["ordesearchresponse"]
    assert result["orders"][0]["ordernumber"] == order.number


def test_missing_customer_number_is_400(api):
    r = api.http.get(
        "/resellers/v5/orders/search",
        params={"isocountrycode": "NL"},
        headers={"Authorization": f"Bearer {api.bearer}"},
    )
    assert r.status_code == 400


def test_every_seed_status_and_hold_code_is_in_the_data_set(api):
    result = _v5(api, pagesize="100")["ordesearchresponse"]
    subs = [s for o in result["orders"] for s in o["suborders"]]
    page2 = _v5(api, pagesize="100", pagenumber="2")["ordesearchresponse"]
    subs += [s for o in page2.get("orders", []) for s in o["suborders"]]
    assert {s["statuscode"] for s in subs} == set(ORDER_STATUSES)
    assert {s["holdreasoncode"] for s in subs} == set(HOLD_REASONS)
    credit = next(s for s in subs if s["holdreasoncode"] == "CH")
    assert (credit["statuscode"], credit["status"], credit["holdreason"]) == (
        "C", "CREDIT HOLD", "HARD-9 CUST NOT FLOOR ORD")  # fmt: skip
    assert any(len(s["links"]) == 2 and s["links"][1]["topic"] == "invoices" for s in subs)


def test_data_set_has_over_40_orders(sandbox):
    assert len(sandbox.orders.all()) >= 40


# -- v6 ------------------------------------------------------------------------------------------
V6 = "/resellers/v6/orders/search"


def test_v6_search_pages_over_orders(sandbox, api):
    total = len(sandbox.orders.all())
    first = api.get(V6, params={"pageSize": 25}).json()
    assert first["recordsFound"] == total and len(first["orders"]) == 25
    assert "pageNumber=2" in first["nextPage"]
    last_page = (total + 24) // 25
    last = api.get(V6, params={"pageSize": 25, "pageNumber": last_page}).json()
    assert len(last["orders"]) == total - 25 * (last_page - 1) and "nextPage" not in last


def test_v6_search_nothing_found_is_204(api):
    r = api.get(V6, params={"customerOrderNumber": "NO-SUCH-PO"})
    assert r.status_code == 204 and r.content == b""


@pytest.mark.parametrize("size", ["0", "101"])
def test_v6_search_page_size_edges_are_400(api, size):
    assert api.get(V6, params={"pageSize": size}).status_code == 400


def test_v6_filters(sandbox, api):
    held = api.get(V6, params={"orderStatus": "ON HOLD", "pageSize": 100}).json()
    assert all(
        any(s["subOrderStatus"] == "On Hold" for s in o["subOrders"]) for o in held["orders"]
    )
    cancelled = api.get(V6, params={"orderStatus-in": "CANCELLED"}).json()
    assert {o["orderStatus"] for o in cancelled["orders"]} == {"CANCELLED"}
    order = next(o for o in sandbox.orders.all() if o.sub_orders[0].lines[0].shipments)
    shipment = order.sub_orders[0].lines[0].shipments[0]
    by_tracking = api.get(V6, params={"trackingNumber": shipment.tracking_numbers[0]}).json()
    assert [o["ingramOrderNumber"] for o in by_tracking["orders"]] == [order.number]
    sku = order.sub_orders[0].lines[0].sku
    by_sku = api.get(V6, params={"ingramPartNumber": sku}).json()
    assert order.number in [o["ingramOrderNumber"] for o in by_sku["orders"]]
    day = order.entry_timestamp[:10]
    span = api.get(
        V6, params=[("ingramOrderDate-bt", day), ("ingramOrderDate-bt", day), ("pageSize", "100")]
    ).json()
    assert all(o["ingramOrderDate"].startswith(day) for o in span["orders"])
    assert api.get(V6, params={"ingramOrderDate": "2026/01/01"}).status_code == 400
    assert api.get(V6, params={"orderStatus": "LOST"}).status_code == 400


def test_v6_sub_order_links_point_at_v61_details(api):
    order = api.get(V6, params={"pageSize": 1}).json()["orders"][0]
    link = order["subOrders"][0]["links"][0]
    assert link["href"] == f"/resellers/v6.1/orders/{order['subOrders'][0]['subOrderNumber']}"
    assert api.get(link["href"]).status_code == 200


def test_seeded_data_is_deterministic_for_an_anchor_day(sandbox_factory):
    from datetime import date

    from ingram_desk.sandbox.server import DataSpec

    a = sandbox_factory(data=DataSpec(anchor=date(2026, 3, 2)))
    b = sandbox_factory(data=DataSpec(anchor=date(2026, 3, 2)))
    assert [o.to_json() for o in a.orders.all()] == [o.to_json() for o in b.orders.all()]
    # never in the future: at the latest as the anchor day starts (an order on customer hold)
    assert all(o.entry_timestamp <= "2026-03-02T00:00:00Z" for o in a.orders.all())


def test_v5_hateoas_links_lead_to_v5_details_valid_against_the_2024_spec(sandbox, api):
    from tests.sandbox.spec_schema import SPEC_2024, validate

    result = _v5(api, pagesize="100")["ordesearchresponse"]
    checked = 0
    for order in result["orders"][:30]:
        for sub in order["suborders"]:
            r = api.http.get(
                sub["links"][0]["href"], headers={"Authorization": f"Bearer {api.bearer}"}
            )
            assert r.status_code == 200
            body = r.json()
            validate(body, "/resellers/v5/Orders/{ordernumber}", "get", 200, spec_name=SPEC_2024)
            detail = body["serviceresponse"]["orderdetailresponse"]
            assert detail["ordernumber"] == sub["subordernumber"]
            assert detail["orderstatus"] == sub["status"]
            checked += 1
    assert checked >= 30
    shipped = next(
        o for o in sandbox.orders.all() if any(ln.shipments for ln in o.sub_orders[0].lines)
    )
    r = api.http.get(f"/resellers/v5/orders/{shipped.number}",
                     params={"customernumber": DEMO_CUSTOMER_NUMBER, "isocountrycode": "NL"},
                     headers={"Authorization": f"Bearer {api.bearer}"})  # fmt: skip
    line = r.json()["serviceresponse"]["orderdetailresponse"]["lines"][0]
    assert line["trackingnumber"] and line["shipmentdetails"][0]["carriercode"]
    missing = api.http.get("/resellers/v5/orders/70-NOPE1", params={"customernumber": DEMO_CUSTOMER_NUMBER,
                           "isocountrycode": "NL"}, headers={"Authorization": f"Bearer {api.bearer}"})  # fmt: skip
    assert missing.status_code == 200
    assert missing.json()["serviceresponse"]["responsepreamble"]["responsestatus"] == "FAILED"
