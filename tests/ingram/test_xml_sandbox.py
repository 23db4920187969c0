"""IM-XML 2.0 and SOAP round trips against the embedded sandbox over loopback: every message,
the classic error numbers, the same products and orders as REST, and the fault switches."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from lxml import etree

from ingram_desk.domain.errors import (
    AuthError,
    BadRequestError,
    ForbiddenError,
    NotFoundError,
    OrderOutcomeUnknownError,
    ResponseFormatError,
    UnreachableError,
)
from ingram_desk.ingram.client import SearchCriteria
from ingram_desk.ingram.xml import messages as m
from ingram_desk.ingram.xml import soap
from ingram_desk.ingram.xml.config import XmlConfig
from ingram_desk.ingram.xml.safe import parse_xml
from ingram_desk.ingram.xml.tree import to_bytes
from ingram_desk.logging_setup import RedactingFilter, redact

SOAP = [False, True]


def sku_where(server: Any, pred: Any) -> str:
    return next(p.sku for p in server.catalogue.products if pred(p))


def calls(server: Any, path: str) -> list[dict[str, Any]]:
    return [r for r in server.received if r["path"].lower() == path]


def order_body(po: str, *lines: tuple[str, int], **extra: Any) -> bytes:
    body = {
        "customerOrderNumber": po,
        "lines": [
            {"customerLineNumber": str(i), "ingramPartNumber": sku, "quantity": q}
            for i, (sku, q) in enumerate(lines, 1)
        ],
        **extra,
    }
    return json.dumps(body, separators=(",", ":"), sort_keys=True).encode()


@pytest.mark.parametrize("use_soap", SOAP)
async def test_pna_gives_the_same_rows_as_rest(
    sandbox, client_factory, xml_client_factory, use_soap
):
    in_stock = sku_where(sandbox, lambda p: p.stock > 20 and not p.central_only)
    eta_sku = sku_where(sandbox, lambda p: p.stock == 0 and p.eta_days and not p.central_only)
    queries = [in_stock, eta_sku, "NOPE99"]
    async with client_factory(sandbox) as rest, xml_client_factory(sandbox, soap=use_soap) as xml:
        by_rest = await rest.price_and_availability(queries)
        by_xml = await xml.price_and_availability(queries)
    for r, x in zip(by_rest[:2], by_xml[:2], strict=True):
        assert (
            x.as_json()["warehouses"]
            == [
                {**w, "eta": w["eta"] if w["available"] == 0 else None}
                for w in r.as_json()["warehouses"]
            ]
            or x.as_json()["warehouses"] == r.as_json()["warehouses"]
        )
        assert (x.sku, x.vpn, x.description, x.customer_price, x.currency, x.total_available) == (
            r.sku, r.vpn, r.description, r.customer_price, r.currency, r.total_available,
        )  # fmt: skip
        assert x.as_json().keys() == r.as_json().keys()
    assert by_xml[1].eta == by_rest[1].eta and by_xml[1].eta is not None
    assert {(w.id, w.name, w.central) for w in by_xml[0].warehouses} >= {
        ("NL01", "Tilburg", False),
        ("PEDE", "Straubing", True),
    }
    bad = by_xml[2]
    assert not bad.ok and bad.status_message == "ERROR: SKU not found"
    assert len(calls(sandbox, "/soap" if use_soap else "/imxml")) == 1


async def test_pna_sends_at_most_20_items_per_request(sandbox, xml_client_factory):
    skus = [p.sku for p in sandbox.catalogue.products[:25]]
    async with xml_client_factory(sandbox) as xml:
        results = await xml.price_and_availability(skus)
    assert [r.sku for r in results] == skus
    assert len(calls(sandbox, "/imxml")) == 2


@pytest.mark.parametrize("use_soap", SOAP)
async def test_bad_login_is_20007_and_an_auth_error_with_a_remedy(
    sandbox, xml_client_factory, use_soap
):
    async with xml_client_factory(sandbox, soap=use_soap, client_secret="wrong-pass") as xml:
        with pytest.raises(AuthError) as info:
            await xml.price_and_availability(["ANY1"])
    assert "20007" in info.value.message
    assert "login" in info.value.remedial_action.lower()
    assert "wrong-pass" not in info.value.one_line()


async def test_an_unknown_country_code_is_a_bad_login(sandbox, xml_client_factory):
    async with xml_client_factory(sandbox, xml=XmlConfig(country_code="1X")) as xml:
        with pytest.raises(AuthError):
            await xml.price_and_availability(["ANY1"])


async def test_not_authorised_is_20002_and_forbidden(sandbox, xml_client_factory):
    sandbox.xml_account.refused.add("PNARequest")
    async with xml_client_factory(sandbox) as xml:
        with pytest.raises(ForbiddenError, match="20002"):
            await xml.price_and_availability(["ANY1"])


@pytest.mark.parametrize("use_soap", SOAP)
async def test_order_placed_by_xml_shows_in_rest_and_the_other_way_round(
    sandbox, client_factory, xml_client_factory, use_soap
):
    sku = sku_where(sandbox, lambda p: p.stock > 20 and not p.central_only)
    async with client_factory(sandbox) as rest, xml_client_factory(sandbox, soap=use_soap) as xml:
        placed = await xml.create_order(order_body("XPO-1", (sku, 2)), "XPO-1", "a" * 32)
        assert not placed.partial and len(placed.order_numbers) == 1
        rows, _ = await rest.search_orders_v6(SearchCriteria(customer_po="XPO-1"))
        assert [r.ingram_order_number for r in rows] == list(placed.order_numbers)
        by_rest = await rest.create_order(order_body("RPO-1", (sku, 1)), "RPO-1", "b" * 32)
        found = [r async for r, _ in xml.iter_orders(SearchCriteria(customer_po="RPO-1"))]
        assert [r.ingram_order_number for r in found] == list(by_rest.order_numbers)
        details = await xml.order_details(placed.order_numbers[0])
        rest_details = await rest.order_details(placed.order_numbers[0])
    assert details.customer_order_number == "XPO-1"
    assert [(ln.sku, ln.quantity_ordered) for ln in details.lines] == [(sku, 2)]
    assert details.total == rest_details.total


async def test_order_lines_rejected_by_ingram_come_back_as_a_partial_result(
    sandbox, xml_client_factory
):
    sku = sku_where(sandbox, lambda p: p.stock > 20)
    async with xml_client_factory(sandbox) as xml:
        result = await xml.create_order(
            order_body("XPO-2", (sku, 1), ("NOPE99", 3)), "XPO-2", "c" * 32
        )
    assert result.partial and result.status == 207
    (rejected,) = result.orders[0].rejected_lines
    assert (rejected.customer_line_number, rejected.sku) == ("2", "NOPE99")
    assert "NOTFOUND" in rejected.reason


async def test_async_order_2_5_is_acknowledged_then_numbered_by_status(sandbox, xml_client_factory):
    sku = sku_where(sandbox, lambda p: p.stock > 20)
    async with xml_client_factory(sandbox, xml=XmlConfig(async_orders=True)) as xml:
        result = await xml.create_order(order_body("XPO-25", (sku, 1)), "XPO-25", "d" * 32)
    assert result.order_numbers and result.customer_po == "XPO-25"
    assert result.order_numbers[0] in {o["number"] for o in sandbox.placed_orders()}


async def test_an_order_with_no_valid_line_is_refused(sandbox, xml_client_factory):
    async with xml_client_factory(sandbox) as xml:
        with pytest.raises(BadRequestError, match="No valid lines"):
            await xml.create_order(order_body("XPO-3", ("NOPE99", 1)), "XPO-3", "e" * 32)


async def test_a_duplicate_po_is_an_unknown_outcome_not_a_rejection(sandbox, xml_client_factory):
    sku = sku_where(sandbox, lambda p: p.stock > 20)
    async with xml_client_factory(sandbox) as xml:
        await xml.create_order(order_body("XPO-4", (sku, 1)), "XPO-4", "f" * 32)
        with pytest.raises(OrderOutcomeUnknownError):
            await xml.create_order(order_body("XPO-4", (sku, 1)), "XPO-4", "0" * 32)


@pytest.mark.parametrize("use_soap", SOAP)
async def test_status_detail_and_tracking_of_a_shipped_order(
    sandbox, client_factory, xml_client_factory, use_soap
):
    order = next(
        o for o in sandbox.orders.all()
        if any(sh.tracking_numbers and sh.serial_numbers
               for s in o.sub_orders for ln in s.lines for sh in ln.shipments)
    )  # fmt: skip
    async with client_factory(sandbox) as rest, xml_client_factory(sandbox, soap=use_soap) as xml:
        rows = [r async for r, _ in xml.iter_orders(SearchCriteria(customer_po=order.customer_order_number))]  # fmt: skip
        assert [r.ingram_order_number for r in rows] == [order.number]
        details = await xml.order_details(order.number)
        by_rest = await rest.order_details(order.number)
    assert details.tracking_numbers == by_rest.tracking_numbers
    assert [ln.serial_numbers for ln in details.lines] == [
        ln.serial_numbers for ln in by_rest.lines
    ]
    package = details.lines[0].shipments[0].packages[0]
    assert package.carrier_name and package.url


async def test_unknown_po_has_no_rows_and_unknown_order_is_not_found(sandbox, xml_client_factory):
    known = lambda: [("NO-SUCH-PO", ("70-ZZZZZ",))]  # noqa: E731
    async with xml_client_factory(sandbox, known_orders=known) as xml:
        assert [r async for r in xml.iter_orders(SearchCriteria(customer_po="NO-SUCH-PO"))] == []
        with pytest.raises(NotFoundError, match="20086"):
            await xml.order_details("70-ZZZZZ")
        with pytest.raises(NotFoundError, match="PO"):
            await xml.order_details("70-NEVER")


async def test_a_search_without_po_asks_for_every_known_po(sandbox, xml_client_factory):
    seeded = sandbox.orders.all()[:3]
    known = lambda: [(o.customer_order_number, (o.number,)) for o in seeded]  # noqa: E731
    async with xml_client_factory(sandbox, known_orders=known) as xml:
        rows = [r async for r, _ in xml.iter_orders(SearchCriteria())]
    assert {r.ingram_order_number for r in rows} == {o.number for o in seeded}


# ---- fault switches -----------------------------------------------------------------------------
async def test_a_5xx_on_a_read_is_retried(sandbox, xml_client_factory):
    sku = sku_where(sandbox, lambda p: p.stock > 0)
    sandbox.faults.fail_next(2, status=503, path="/imxml")
    async with xml_client_factory(sandbox) as xml:
        (result,) = await xml.price_and_availability([sku])
    assert result.ok
    assert [c["status"] for c in calls(sandbox, "/imxml")] == [503, 503, 200]


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("json", ResponseFormatError),  # cut in half, still labelled text/xml
        ("html", ResponseFormatError),
        ("truncated", UnreachableError),  # a dropped body is a transport failure, as on REST
        ("empty", ResponseFormatError),
    ],
)
async def test_malformed_answers_are_unreadable_not_crashes(
    sandbox, xml_client_factory, body, error
):
    sku = sku_where(sandbox, lambda p: p.stock > 0)
    sandbox.faults.malformed(5, body=body, path="/imxml")
    async with xml_client_factory(sandbox) as xml:
        with pytest.raises(error) as info:
            await xml.price_and_availability([sku])
    assert info.value.message


async def test_a_soap_fault_from_the_server_is_typed(sandbox, xml_client_factory):
    async with xml_client_factory(sandbox, soap=True) as xml:
        request = m.pna_request(xml.creds, [{"ingramPartNumber": "X"}])
        request.tag = "NoSuchRequest"
        with pytest.raises(BadRequestError, match="Unknown message"):
            await xml._exchange(request, 0)


# ---- message shapes -----------------------------------------------------------------------------
CREDS = m.Credentials("ACME-BUYDESK", "INGRAM", "NL", "DEMO123456", "p&ss<wörd>")


def names(el: etree._Element) -> list[str]:
    return [c.tag for c in el]


def test_order_request_follows_the_classic_element_order():
    body = order_body("PO-1", ("7QX01A1", 5), notes="mornings only", acceptBackOrder=False,
                      shipToInfo={"contact": "Goods-in", "companyName": "Example BV",
                                  "addressLine1": "Straat 1", "city": "Utrecht",
                                  "postalCode": "3511AA", "countryCode": "NL"},
                      shipmentDetails={"carrierCode": "GN", "shipComplete": "C"})  # fmt: skip
    root = m.order_request(CREDS, body, transaction_id="PO-1", ship_from_branches="NL01")
    assert names(root) == ["Version", "TransactionHeader", "OrderHeaderInformation", "OrderLineInformation", "ShowDetail"]  # fmt: skip
    assert names(root.find("TransactionHeader")) == ["SenderID", "ReceiverID", "CountryCode", "LoginID", "Password", "TransactionID"]  # fmt: skip
    head = root.find("OrderHeaderInformation")
    assert names(head) == ["AddressingInformation", "ProcessingOptions", "DynamicMessage"]
    assert names(head.find("AddressingInformation")) == ["CustomerPO", "ShipToAttention", "ShipTo"]
    assert names(head.find("ProcessingOptions")) == ["CarrierCode", "AutoRelease", "KillOrderAfterLineError", "ShipmentOptions"]  # fmt: skip
    options = head.find("ProcessingOptions/ShipmentOptions")
    assert [c.text for c in options] == ["N", "N", "N", "NL01"]
    line = root.find("OrderLineInformation/ProductLine")
    assert names(line) == ["SKU", "Quantity", "CustomerLineNumber"]
    assert line.findtext("CustomerLineNumber") == "001"
    # the same frozen bytes always give the same request (a resend is the same order)
    assert to_bytes(root) == to_bytes(m.order_request(CREDS, body, transaction_id="PO-1", ship_from_branches="NL01"))  # fmt: skip


def test_pna_request_escapes_values_and_masks_credentials_in_logs():
    root = m.pna_request(CREDS, [{"ingramPartNumber": "A&B"}, {"vendorPartNumber": "X<Y"}])
    raw = to_bytes(root)
    assert parse_xml(raw).find("PNAInformation").get("SKU") == "A&B"
    assert names(root) == ["Version", "TransactionHeader", "PNAInformation", "PNAInformation", "ShowDetail"]  # fmt: skip
    text = raw.decode()
    assert "DEMO123456" in text and "DEMO123456" not in redact(text)
    assert "p&amp;ss&lt;wörd&gt;" in text and "p&amp;ss" not in redact(text)
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "sent %s", (text,), None)
    RedactingFilter().filter(record)
    assert "DEMO123456" not in record.getMessage()


def test_soap_envelope_uses_the_profile_namespace_and_action():
    root = m.order_status_request(CREDS, "PO-1")
    wrapped = soap.wrap(root, "urn:example:imxml")
    env = parse_xml(wrapped)
    body = env.find(f"{{{soap.SOAP11_NS}}}Body")
    (message,) = list(body)
    assert message.tag == "{urn:example:imxml}OrderStatusRequest"
    assert soap.unwrap(env) is not None
    assert soap.soap_action("urn:ingram/{message}", "PNARequest") == '"urn:ingram/PNARequest"'


def test_order_numbers_round_trip_through_the_7_character_form():
    assert m.branch_order_number("20-RF1AB") == "20RF1AB"
    assert m.branch_order_number("20-RF1AB-11") == "20RF1AB"
    assert m.display_order_number("20RF1AB") == "20-RF1AB"
    assert m.display_order_number("7001234") == "70-01234"


def test_sku_and_carrier_code_are_never_shortened():
    """Cutting either would order another article or choose another carrier."""
    body = order_body("PO-2", ("ABCDEFGHIJKLMN", 1), shipmentDetails={"carrierCode": "UPSGROUND"})
    root = m.order_request(CREDS, body)
    assert root.findtext("OrderLineInformation/ProductLine/SKU") == "ABCDEFGHIJKLMN"
    assert root.findtext("OrderHeaderInformation/ProcessingOptions/CarrierCode") == "UPSGROUND"
