"""Order drafts: v6 request round trip, limits, and the forbidden duplicate-PO switch."""

from __future__ import annotations

import json

import pytest

from ingram_desk.domain.errors import DraftValidationError
from ingram_desk.domain.order_draft import OrderDraft, generate_po


def test_request_round_trip_normalises_types_and_numbers_lines() -> None:
    raw = {
        "customerOrderNumber": "PO-1",
        "acceptBackOrder": "true",
        "lines": [
            {"ingramPartNumber": "DF4128", "quantity": "2", "customerLineNumber": "9"},
            {"ingramPartNumber": "123512", "quantity": "1,", "unitPrice": "12.50"},
        ],
        "shipmentDetails": {"carrierCode": "RG", "shipComplete": "C"},
        "additionalAttributes": [
            {"attributeName": "allowOrderOnCustomerHold", "attributeValue": "true"}
        ],
        "somethingNew": {"kept": True},
    }
    draft = OrderDraft.from_request(raw)
    draft.validate()
    body = draft.to_request()
    assert body["acceptBackOrder"] is True
    assert [ln["customerLineNumber"] for ln in body["lines"]] == ["1", "2"]
    assert [ln["quantity"] for ln in body["lines"]] == [2, 1]
    assert body["shipmentDetails"] == {"carrierCode": "RG", "shipComplete": "C"}
    assert body["somethingNew"] == {"kept": True}
    assert draft.on_customer_hold
    assert OrderDraft.from_json(draft.to_json()).frozen_bytes() == draft.frozen_bytes()


def test_allow_duplicate_po_is_refused() -> None:
    raw = {
        "customerOrderNumber": "PO-2",
        "lines": [{"ingramPartNumber": "DF4128", "quantity": 1}],
        "additionalAttributes": [
            {"attributeName": "allowDuplicateCustomerOrderNumber", "attributeValue": "true"}
        ],
    }
    draft = OrderDraft.from_request(raw)
    with pytest.raises(DraftValidationError) as exc:
        draft.validate()
    assert "allowDuplicateCustomerOrderNumber" in str(exc.value)
    assert b"allowDuplicate" not in draft.frozen_bytes()


def test_limits_are_checked_field_by_field() -> None:
    draft = OrderDraft.from_request(
        {"customerOrderNumber": "X" * 19, "lines": [{"ingramPartNumber": "", "quantity": 0}]}
    )
    fields = {p.field for p in draft.problems()}
    assert {"customerOrderNumber", "lines[1].ingramPartNumber", "lines[1].quantity"} <= fields


def test_generated_po_fits_and_is_unique() -> None:
    pos = {generate_po("ACME") for _ in range(200)}
    assert len(pos) == 200
    assert all(len(p) <= 18 for p in pos)
    assert json.dumps(sorted(pos))
