"""Lenient JSON → domain mapping, fed with the spec's own (quirky) examples."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ingram_desk.domain.errors import ResponseFormatError
from ingram_desk.ingram.client import pna_product
from ingram_desk.ingram.errors import error_from_response
from ingram_desk.ingram.rest import mapping


def test_pna_resolves_warehouses_from_the_seed_table_and_keeps_request_order() -> None:
    data = [
        {
            "ingramPartNumber": "123512",
            "vendorPartNumber": "LS1016A",
            "description": "Cable",
            "availability": {
                "available": "true",
                "totalAvailability": "12",
                "availabilityByWarehouse": [
                    {"warehouseId": "NL01", "location": "x", "quantityAvailable": "10"},
                    {
                        "warehouseId": "PEDE",
                        "quantityAvailable": 2,
                        "quantityBackordered": "5",
                        "backOrderInfo": [
                            {"quantity": 3, "etaDate": "2026-12-20"},
                            {"quantity": 2, "etaDate": "2026-12-05"},
                        ],
                    },
                    {"warehouseId": 99, "location": "Elsewhere, XX", "quantityAvailable": 0},
                ],
                # the spec's 207 example nests pricing here (gotcha 17)
                "pricing": {"currencyCode": "EUR", "customerPrice": "5.43"},
            },
        },
        {
            "productStatusCode": "E",
            "productStatusMessage": "Product not found",
            "ingramPartNumber": "BAD1",
        },
    ]
    first, bad = mapping.pna_results(data, ["123512", "BAD1"], "NL")
    assert first.customer_price == Decimal("5.43") and first.currency == "EUR"
    assert first.total_available == 12
    nl01, pede, other = first.warehouses
    assert (nl01.name, nl01.location, nl01.central) == ("Tilburg", "Tilburg, NL", False)
    assert (pede.name, pede.central, pede.backordered) == ("Straubing", True, 5)
    assert pede.eta == date(2026, 12, 5)
    assert (other.id, other.name, other.known) == ("99", "Elsewhere", False)
    assert not bad.ok and bad.status_message == "Product not found"
    assert first.as_json()["warehouses"][1]["eta"] == "2026-12-05"


def test_pna_uses_index_when_the_server_reorders() -> None:
    data = [{"index": 1, "ingramPartNumber": "B"}, {"index": 0, "ingramPartNumber": "A"}]
    a, b = mapping.pna_results(data, ["A", "B"], "NL")
    assert (a.sku, b.sku) == ("A", "B")


def test_pna_that_is_not_a_list_is_a_format_error() -> None:
    with pytest.raises(ResponseFormatError):
        mapping.pna_results("oops", ["A"], "NL")


def test_create_result_keeps_every_order_of_a_split_and_the_rejected_lines() -> None:
    data = {
        "customerOrderNumber": "PO1",
        "orderSplit": "true",
        "orders": [
            {"ingramOrderNumber": "20-AAAAA", "orderTotal": "7.13", "orderType": "S"},
            {
                "ingramOrderNumber": "20-BBBBB",
                "rejectedLineItems": {
                    "customerLinenumber": "2",
                    "ingramPartNumber": "XXXXXX",
                    "rejectCode": "EN",
                    "rejectReason": "SKU-NOTFOUND    XXXXXX",
                },
            },
        ],
    }
    r = mapping.create_result(207, data, "PO1")
    assert r.order_numbers == ("20-AAAAA", "20-BBBBB")
    assert r.partial
    assert r.orders[0].total == Decimal("7.13")
    assert r.orders[1].rejected_lines[0].code == "EN"


def test_v5_search_reads_the_typo_container_and_decodes_codes() -> None:
    data = {
        "serviceresponse": {
            "responsepreamble": {"requeststatus": "SUCCESS", "returnmessage": "Data found"},
            "ordesearchresponse": {
                "ordersfound": "3",
                "orders": [
                    {
                        "ordernumber": "20-RD128",
                        "entrytimestamp": "2020-04-03T15:54:39Z",
                        "customerordernumber": "ZENPO",
                        "suborders": [
                            {
                                "subordernumber": "20-RD128-11",
                                "statuscode": "C",
                                "status": "CREDIT HOLD",
                                "holdreasoncode": "CH",
                                "holdreason": "HARD-9 CUST NOT FLOOR ORD",
                            }
                        ],
                        "links": {"topic": "orders"},
                    }
                ],
            },
        }
    }
    rows, total = mapping.search_v5(data)
    assert total == 3
    sub = rows[0].sub_orders[0]
    assert (sub.status_code, sub.hold_reason_code, sub.hold_explanation) == (
        "C",
        "CH",
        "HARD-9 CUST NOT FLOOR ORD",
    )
    assert sub.hold_reason  # the seed's description


def test_v5_failed_preamble_is_no_results_not_an_error() -> None:
    data = {
        "serviceResponse": {
            "responsepreamble": {"requeststatus": "FAILED", "returnmessage": "No data found"},
            "ordersearchresponse": {"ordersfound": "0"},
        }
    }
    assert mapping.search_v5(data) == ([], 0)


def test_v6_search_204_is_empty_and_counters_may_be_strings() -> None:
    assert mapping.search_v6(None) == ([], 0)
    rows, total = mapping.search_v6(
        {
            "recordsFound": "123",
            "orders": [
                {
                    "ingramOrderNumber": "20-RD128",
                    "customerOrderNumber": "PO",
                    "orderStatus": "OPEN",
                    "subOrders": {"subOrderNumber": "20-RD128-11", "subOrderStatus": "SHIPPED"},
                }
            ],
        }
    )
    assert total == 123 and rows[0].sub_orders[0].status == "SHIPPED"


def test_order_details_collects_tracking_serials_and_invoices() -> None:
    data = {
        "ingramOrderNumber": "20-RD3QV",
        "ingramOrderDate": "2020-05-13T00:38:52-07:00",
        "orderStatus": "Processing",
        "orderTotal": 25371.27,
        "lines": [
            {
                "subOrderNumber": "20-RD3QV-11",
                "ingramOrderLineNumber": "002",
                "unitPrice": 20887.57,
                "shipmentDetails": {
                    "quantity": 1,
                    "invoiceNumber": "20RD3QV11",
                    "carrierDetails": [
                        {
                            "carrierCode": "VL",
                            "carrierName": "VIRTUAL",
                            "trackingDetails": [
                                {
                                    "trackingNumber": "390064340282",
                                    "serialNumbers": [{"serialNumber": "Q2EV-5SJ3-E6LN"}],
                                }
                            ],
                        }
                    ],
                },
            }
        ],
    }
    d = mapping.order_details(data)
    assert d.tracking_numbers == ("390064340282",)
    assert d.invoice_numbers == ("20RD3QV11",)
    assert d.lines[0].serial_numbers == ("Q2EV-5SJ3-E6LN",)
    assert d.total == Decimal("25371.27")
    assert d.snapshot()["tracking"] == ["390064340282"]


def test_error_envelope_with_misspelt_keys_maps_to_a_typed_error_with_the_seed_remedy() -> None:
    body = (
        b'{"errors":[{"id":"x","type":"/errors/validation-failed","messaage":"Validation failed",'
        b'"fields":[{"field":"IM-CountryCode","value":"USA","message":"IM-CountryCode is not valid"}]}]}'
    )
    e = error_from_response(400, body, "c0ffee")
    assert e.kind == "bad_request" and e.fields[0].field == "IM-CountryCode"
    assert "Validation failed" in e.one_line() and "c0ffee" in e.one_line()
    e401 = error_from_response(401, b"", "id1")
    assert e401.kind == "auth" and "Check App ID and Client Secret" in e401.remedial_action
    e503 = error_from_response(503, b"<html>", None)
    assert (
        e503.kind == "server" and "contact your local ecommerce representative" in e503.one_line()
    )


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("123512", {"ingramPartNumber": "123512"}),
        ("qq0202", {"ingramPartNumber": "QQ0202"}),
        ("0718908728116", {"upc": "0718908728116"}),
        ("LS1016A-CISCO", {"vendorPartNumber": "LS1016A-CISCO"}),
        ("vpn:ABC", {"vendorPartNumber": "ABC"}),
    ],
)
def test_pna_identifier_guess(typed: str, sent: dict[str, str]) -> None:
    assert pna_product(typed) == sent


def test_catalog_search_reads_boolean_strings() -> None:
    hits, total = mapping.catalog_search(
        {
            "recordsFound": 1180,
            "catalog": [
                {
                    "ingramPartNumber": "1A8249",
                    "vendorPartNumber": "SDSQUNC-016G-AN6IA",
                    "discontinued": "false",
                    "authorizedToPurchase": "true",
                    "hasDiscounts": "",
                }
            ],
        }
    )
    assert total == 1180
    assert hits[0].discontinued is False and hits[0].authorized is True
    assert mapping.catalog_search(None) == ([], 0)
