"""Order create, details, invoices and cancel: validation, split, 207 lines, duplicate PO, holds."""

from __future__ import annotations

import pytest

from tests.sandbox.helpers import Api, token


def _sku(sandbox, *, central=False, direct=False, stock=5) -> str:
    for p in sandbox.catalogue.products:
        is_direct = p.category.product_type in ("SWL", "SERV")
        if p.central_only == central and is_direct == direct and p.stock >= stock:
            return p.sku
    raise LookupError


def _line(sku: str, qty: int = 1, n: str = "1") -> dict:
    return {"customerLineNumber": n, "ingramPartNumber": sku, "quantity": qty}


def test_create_answers_201_and_the_order_shows_everywhere(sandbox, api):
    sku = _sku(sandbox)
    r = api.order("po-new-1", [_line(sku, 2)], notes="Bitte an Lager 3 liefern")
    assert r.status_code == 201
    body = r.json()
    assert body["customerOrderNumber"] == "PO-NEW-1"
    assert body["orderSplit"] is False and body["processedPartially"] is False
    (order,) = body["orders"]
    number = order["ingramOrderNumber"]
    assert number.startswith("70-RF") and order["orderType"] == "S"
    assert order["lines"][0]["subOrderNumber"] == f"{number}-11"
    assert order["lines"][0]["shipmentDetails"][0]["shipFromWarehouseId"] in (
        "NL01",
        "PE02",
        "PEDE",
    )
    assert [o["number"] for o in sandbox.placed_orders()] == [number]
    v6 = api.get("/resellers/v6/orders/search", params={"customerOrderNumber": "PO-NEW-1"}).json()
    assert [o["ingramOrderNumber"] for o in v6["orders"]] == [number]
    v5 = api.v5_search(customerordernumber="po-new-1").json()["serviceresponse"]
    assert v5["ordesearchresponse"]["orders"][0]["ordernumber"] == number
    details = api.get(f"/resellers/v6.1/orders/{number}").json()
    assert (
        details["customerOrderNumber"] == "PO-NEW-1"
        and details["notes"] == "Bitte an Lager 3 liefern"
    )
    assert details["lines"][0]["quantityOrdered"] == 2


def test_lines_from_different_sources_split_into_several_orders(sandbox, api):
    r = api.order(
        "PO-SPLIT-NEW",
        [_line(_sku(sandbox), 1, "1"), _line(_sku(sandbox, central=True), 1, "2"),
         _line(_sku(sandbox, direct=True), 1, "3")],
    )  # fmt: skip
    assert r.status_code == 201
    body = r.json()
    assert body["orderSplit"] is True
    assert len(body["orders"]) == 3
    assert sorted(o["orderType"] for o in body["orders"]) == ["D", "S", "S"]
    sources = {o["lines"][0]["shipmentDetails"][0]["shipFromWarehouseId"] for o in body["orders"]}
    assert "PEDE" in sources and "VD" in sources
    v5 = api.v5_search(customerordernumber="PO-SPLIT-NEW").json()["serviceresponse"]
    assert v5["ordesearchresponse"]["ordersfound"] == "3"


def test_bad_lines_are_rejected_with_207_and_the_rest_is_placed(sandbox, api):
    r = api.order(
        "PO-PARTIAL",
        [_line(_sku(sandbox), 1, "1"), _line("0NOPE00", 1, "2"),
         {"customerLineNumber": "3", "ingramPartNumber": _sku(sandbox), "quantity": 0}],
    )  # fmt: skip
    assert r.status_code == 207
    body = r.json()
    assert body["processedPartially"] is True
    rejected = body["orders"][0]["rejectedLineItems"]
    assert [(x["customerLinenumber"], x["rejectCode"]) for x in rejected] == [
        ("2", "EN"),
        ("3", "EQ"),
    ]
    assert rejected[0]["rejectReason"] == "SKU-NOTFOUND    0NOPE00"
    assert len(body["orders"][0]["lines"]) == 1
    assert len(sandbox.placed_orders()) == 1


def test_order_with_only_bad_lines_is_400_and_places_nothing(sandbox, api):
    r = api.order("PO-NOTHING", [_line("0NOPE00")])
    assert r.status_code == 400
    assert sandbox.placed_orders() == []


def test_backordered_quantity_when_stock_is_short(sandbox, api):
    p = next(p for p in sandbox.catalogue.products if 0 < p.stock < 5 and not p.central_only
             and p.local_share == 1.0 and p.category.product_type not in ("SWL", "SERV"))  # fmt: skip
    line = api.order("PO-BO", [_line(p.sku, p.stock + 3)]).json()["orders"][0]["lines"][0]
    assert (line["quantityConfirmed"], line["quantityBackOrdered"]) == (p.stock, 3)
    assert line["lineStatus"] == "Backordered"
    refused = api.order("PO-NOBO", [_line(p.sku, p.stock + 3)], acceptBackOrder=False)
    assert refused.status_code == 400


def test_duplicate_customer_po_is_refused_unless_allowed(sandbox, api):
    sku = _sku(sandbox)
    assert api.order("PO-DUP", [_line(sku)]).status_code == 201
    again = api.order("po-dup", [_line(sku)])
    assert again.status_code == 400
    field = again.json()["errors"][0]["fields"][0]
    assert field["field"] == "customerOrderNumber" and field["value"] == "PO-DUP"
    allowed = api.order(
        "PO-DUP",
        [_line(sku)],
        additionalAttributes=[
            {"attributeName": "allowDuplicateCustomerOrderNumber", "attributeValue": "true"}
        ],
    )
    assert allowed.status_code == 201
    assert [o["customer_order_number"] for o in sandbox.placed_orders()] == ["PO-DUP", "PO-DUP"]


def test_seeded_po_counts_as_used(api):
    r = api.order("PO-SPLIT-4711", [{"ingramPartNumber": "x", "quantity": 1}])
    assert r.status_code in (400,)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"customerOrderNumber": ""}, "customerOrderNumber"),
        ({"customerOrderNumber": "P" * 36}, "customerOrderNumber"),
        ({"shipToInfo": {"city": "X" * 26}}, "shipToInfo.city"),
        ({"shipToInfo": {"companyName": "Y" * 41}}, "shipToInfo.companyName"),
        ({"endUserInfo": {"postalCode": "12345678901"}}, "endUserInfo.postalCode"),
        ({"shipmentDetails": {"shippingInstructions": "z" * 133}}, "shipmentDetails.shippingInstructions"),
        ({"shipmentDetails": {"requestedDeliveryDate": "12.04.2026"}}, "shipmentDetails.requestedDeliveryDate"),
        ({"shipmentDetails": {"shipComplete": "X"}}, "shipmentDetails.shipComplete"),
        ({"lines": []}, "lines"),
        ({"lines": [{"customerLineNumber": "885", "ingramPartNumber": "X", "quantity": 1}]}, "lines[0].customerLineNumber"),
        ({"lines": [{"customerLineNumber": "1", "ingramPartNumber": "A", "quantity": 1},
                    {"customerLineNumber": "1", "ingramPartNumber": "B", "quantity": 1}]}, "lines[1].customerLineNumber"),
    ],
)  # fmt: skip
def test_create_validates_like_ingram(sandbox, api, body, field):
    payload = {"customerOrderNumber": "PO-VALID", "lines": [_line(_sku(sandbox))], **body}
    r = api.post("/resellers/v6/orders", json=payload)
    assert r.status_code == 400
    assert field in [f["field"] for f in r.json()["errors"][0]["fields"]]
    assert sandbox.placed_orders() == []


def test_malformed_json_body_is_400(api):
    r = api.http.post("/resellers/v6/orders", content=b"{not json", headers=api.headers())
    assert r.status_code == 400


def test_details_of_a_shipped_order_carry_carriers_tracking_and_serials(sandbox, api):
    order = next(o for o in sandbox.orders.all() if any(
        s.serial_numbers for sub in o.sub_orders for ln in sub.lines for s in ln.shipments))  # fmt: skip
    body = api.get(f"/resellers/v6.1/orders/{order.number}").json()
    shipment = body["lines"][0]["shipmentDetails"][0]
    carrier = shipment["carrierDetails"][0]
    assert carrier["carrierCode"] and carrier["carrierName"]
    tracking = carrier["trackingDetails"][0]
    assert tracking["trackingNumber"]
    assert tracking["serialNumbers"] and tracking["serialNumbers"][0]["serialNumber"]
    assert shipment["invoiceNumber"] == order.sub_orders[0].number.replace("-", "")
    assert body["lines"][0]["lineStatus"] in ("Shipped", "Delivered")


def test_details_of_a_sub_order_only_show_its_lines(sandbox, api):
    multi = max(sandbox.orders.all(), key=lambda o: len(o.sub_orders))
    assert len(multi.sub_orders) >= 5
    whole = api.get(f"/resellers/v6.1/orders/{multi.number}").json()
    one = api.get(f"/resellers/v6.1/orders/{multi.sub_orders[3].number}").json()
    assert {ln["subOrderNumber"] for ln in whole["lines"]} == {s.number for s in multi.sub_orders}
    assert {ln["subOrderNumber"] for ln in one["lines"]} == {multi.sub_orders[3].number}
    assert one["lines"][0]["lineStatus"] == "Backordered"
    assert one["lines"][0]["backOrderETADate"]


def test_partial_shipment_line(sandbox, api):
    order = next(o for o in sandbox.orders.all() for ln in o.sub_orders[0].lines
                 if ln.shipments and ln.backordered)  # fmt: skip
    line = api.get(f"/resellers/v6.1/orders/{order.number}").json()["lines"][0]
    assert line["quantityOrdered"] == 5 and line["quantityBackOrdered"] == 3
    assert sum(s["quantity"] for s in line["shipmentDetails"]) == 2
    assert line["lineStatus"] == "Backordered"


def test_unknown_order_is_404_and_other_customers_see_nothing(sandbox, api):
    assert api.get("/resellers/v6.1/orders/70-ZZZZZ").status_code == 404
    number = sandbox.orders.all()[0].number
    assert (
        api.get(
            f"/resellers/v6.1/orders/{number}", extra={"IM-CustomerNumber": "20-999999"}
        ).status_code
        == 404
    )


@pytest.mark.parametrize(
    ("mode", "status"),
    [("IM::SHIPPED", "Shipped"), ("IM::PARTIALLY_SHIPPED", "Backordered"),
     ("IM::HOLD", "On Hold"), ("IM::INVOICED", "Shipped")],
)  # fmt: skip
def test_simulate_status_gives_canned_states_without_changing_the_order(sandbox, api, mode, status):
    order = next(o for o in sandbox.orders.all() if o.sub_orders[0].status_code == "W")
    body = api.get(f"/resellers/v6.1/orders/{order.number}", params={"simulateStatus": mode}).json()
    assert body["orderStatus"] == status
    if mode != "IM::HOLD":
        assert body["lines"][0]["shipmentDetails"][0]["carrierDetails"][0]["trackingDetails"]
    if mode == "IM::INVOICED":
        assert body["lines"][0]["shipmentDetails"][0]["invoiceNumber"]
    plain = api.get(f"/resellers/v6.1/orders/{order.number}").json()
    assert plain["orderStatus"] == "Processing"
    assert (
        api.get(
            f"/resellers/v6.1/orders/{order.number}", params={"simulateStatus": "IM::LOST"}
        ).status_code
        == 400
    )


def test_invoice_details_need_application_id_and_list_serials(sandbox, api):
    sub = next(s for o in sandbox.orders.all() for s in o.sub_orders
               if s.invoice_number and any(sh.serial_numbers for ln in s.lines for sh in ln.shipments))  # fmt: skip
    path = f"/resellers/v6.1/invoices/{sub.invoice_number}"
    assert api.get(path).status_code == 400
    body = api.get(
        path, params={"includeSerialNumbers": "true"}, extra={"IM-ApplicationID": "IngramDesk"}
    ).json()
    assert body["invoiceNumber"] == sub.invoice_number and body["orderNumber"] == sub.number
    assert body["lines"][0]["serialNumbers"]
    assert body["summary"]["totals"]["netInvoiceAmount"] > 0
    plain = api.get(path, extra={"IM-ApplicationID": "IngramDesk"}).json()
    assert "serialNumbers" not in plain["lines"][0]


def test_cancel_only_on_customer_hold(sandbox, api):
    held = api.order(
        "PO-HELD",
        [_line(_sku(sandbox))],
        additionalAttributes=[
            {"attributeName": "allowOrderOnCustomerHold", "attributeValue": "true"}
        ],
    ).json()["orders"][0]["ingramOrderNumber"]
    normal = api.order("PO-NORMAL", [_line(_sku(sandbox))]).json()["orders"][0]["ingramOrderNumber"]
    assert api.delete(f"/resellers/v6/orders/{normal}").status_code == 405
    gone = api.delete(f"/resellers/v6/orders/{held}")
    assert gone.status_code == 200 and gone.content == b""
    details = api.get(f"/resellers/v6.1/orders/{held}").json()
    assert details["orderStatus"] == "Canceled"
    assert api.delete(f"/resellers/v6/orders/{held}").status_code == 405
    assert api.delete("/resellers/v6/orders/70-NOPE9").status_code == 404
    v5 = api.v5_search(ordernumber=held).json()["serviceresponse"]["ordesearchresponse"]
    assert v5["orders"][0]["suborders"][0]["statuscode"] == "V"


def test_seeded_customer_hold_order_can_be_cancelled(sandbox, api):
    order = next(o for o in sandbox.orders.all() if o.customer_order_number == "PO-HOLD-CANCEL")
    assert api.delete(f"/resellers/v6/orders/{order.number}").status_code == 200


def test_orders_persist_in_the_state_file(sandbox_factory, tmp_path):
    state = tmp_path / "profiles" / "demo" / "sandbox-state.json"
    first = sandbox_factory(state_file=state)
    api = Api(first)
    sku = _sku(first)
    number = api.order("PO-KEEP", [_line(sku)]).json()["orders"][0]["ingramOrderNumber"]
    held = next(o for o in first.orders.all() if o.customer_order_number == "PO-HOLD-CANCEL")
    assert api.delete(f"/resellers/v6/orders/{held.number}").status_code == 200
    api.close()
    first.stop()
    assert state.exists()
    second = sandbox_factory(state_file=state)
    api = Api(second)
    assert api.get(f"/resellers/v6.1/orders/{number}").json()["customerOrderNumber"] == "PO-KEEP"
    assert api.order("PO-KEEP", [_line(sku)]).status_code == 400
    assert api.get(f"/resellers/v6.1/orders/{held.number}").json()["orderStatus"] == "Canceled"
    nxt = api.order("PO-NEXT", [_line(sku)]).json()["orders"][0]["ingramOrderNumber"]
    assert nxt != number
    api.close()


def _held(sandbox, api, po: str) -> str:
    r = api.order(
        po,
        [_line(_sku(sandbox), 2)],
        additionalAttributes=[
            {"attributeName": "allowOrderOnCustomerHold", "attributeValue": "true"}
        ],
    )
    return r.json()["orders"][0]["ingramOrderNumber"]


def test_modify_a_held_order_then_release_it(sandbox, api):
    from tests.sandbox.spec_schema import validate

    number = _held(sandbox, api, "PO-MODIFY")
    extra_sku = _sku(sandbox, stock=50)
    r = api.http.put(
        f"/resellers/v6/orders/{number}",
        json={"notes": "Lieferung über Tor 2", "lines": [
            {"ingramLineNumber": "001", "addUpdateDeleteLine": "UPDATE", "quantity": 4},
            {"ingramPartNumber": extra_sku, "customerLineNumber": "2", "addUpdateDeleteLine": "ADD", "quantity": 1},
            {"ingramLineNumber": "009", "addUpdateDeleteLine": "DELETE"}]},
        headers=api.headers(),
    )  # fmt: skip
    assert r.status_code == 207
    body = r.json()
    validate(body, "/resellers/v6/orders/{orderNumber}", "put", 207)
    assert [(ln["ingramLineNumber"], ln["quantityOrdered"]) for ln in body["lines"]] == [
        ("001", 4),
        ("002", 1),
    ]
    assert body["rejectedLineItems"][0]["rejectCode"] == "EL"
    assert body["orderStatus"] == "ON HOLD"
    released = api.http.put(
        f"/resellers/v6/orders/{number}", params={"actionCode": "release"}, headers=api.headers()
    )
    assert released.status_code == 200
    validate(released.json(), "/resellers/v6/orders/{orderNumber}", "put", 200)
    assert released.json()["orderStatus"] == "PROCESSING"
    details = api.get(f"/resellers/v6.1/orders/{number}").json()
    assert details["notes"] == "Lieferung über Tor 2" and len(details["lines"]) == 2
    assert details["orderStatus"] != "On Hold"
    assert (
        api.delete(f"/resellers/v6/orders/{number}").status_code == 405
    )  # released: no longer cancellable
    again = api.http.put(
        f"/resellers/v6/orders/{number}", json={"notes": "x"}, headers=api.headers()
    )
    assert again.status_code == 400


def test_modify_rules(sandbox, api):
    assert (
        api.http.put("/resellers/v6/orders/70-NOPE1", json={}, headers=api.headers()).status_code
        == 404
    )
    number = _held(sandbox, api, "PO-OLD-HOLD")
    long_notes = api.http.put(
        f"/resellers/v6/orders/{number}", json={"notes": "n" * 133}, headers=api.headers()
    )
    assert long_notes.status_code == 400
    sandbox.advance(24 * 3600 + 60)
    api.bearer = token(api.http)  # the old token expired with the day
    late = api.http.put(
        f"/resellers/v6/orders/{number}", params={"actionCode": "release"}, headers=api.headers()
    )
    assert late.status_code == 400


def test_a_damaged_state_file_is_set_aside(sandbox_factory, tmp_path):
    state = tmp_path / "sandbox-state.json"
    state.write_text("{not json", encoding="utf-8")
    sb = sandbox_factory(state_file=state)
    assert sb.placed_orders() == []
    assert (tmp_path / "sandbox-state.corrupt").read_text(encoding="utf-8") == "{not json"
    api = Api(sb)
    assert api.order("PO-AFTER", [_line(_sku(sb))]).status_code == 201
    api.close()
    assert "PO-AFTER" in state.read_text(encoding="utf-8")
