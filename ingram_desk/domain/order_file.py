"""Reading an order file (``orders create FILE.json``): hostile input is refused, never crashes.

The whole request is checked against ``ORDER_REQUEST_SCHEMA`` before any field is read, and every
problem is reported with its JSON path (``$.lines[0].quantity``). The schema follows the official
OpenAPI ``OrderCreateRequest`` (v6) with the app's stricter rules on top: the portable PO
(18 characters, ``PO_PATTERN``), whole quantities in ``1..MAX_QUANTITY``, notes of at most
``MAX_NOTES`` characters. Unknown fields are still passed through (the API grows).

Before the schema runs: a size cap (a 50 MB notes field is refused before it is decoded), an
optional UTF-8 BOM is accepted, NaN/Infinity and absurd numbers are refused by the JSON parser,
and nesting deeper than ``MAX_DEPTH`` (or deep enough to exhaust the parser) is one error, not a
``RecursionError``.
"""

from __future__ import annotations

import json
import math
from typing import Any

import jsonschema

from ingram_desk.domain.errors import DraftValidationError, FieldError
from ingram_desk.domain.order_draft import (
    MAX_LINES,
    MAX_NOTES,
    MAX_PO_LENGTH,
    MAX_QUANTITY,
    MAX_REQUEST_BYTES,
    PO_PATTERN,
    OrderDraft,
)

__all__ = ["MAX_DEPTH", "MAX_FILE_BYTES", "ORDER_REQUEST_SCHEMA", "parse_order_file"]

#: an order of 884 lines is well under 0.5 MB, even pretty-printed
MAX_FILE_BYTES = 2 * MAX_REQUEST_BYTES
#: the v6 request nests 4 levels deep; 16 leaves room for pass-through fields
MAX_DEPTH = 16
#: errors listed in one message; the rest are counted
MAX_ERRORS = 20

_STR = {"type": "string"}
_QTY = {
    "oneOf": [
        {"type": "integer", "minimum": 1, "maximum": MAX_QUANTITY},
        {"type": "string", "pattern": r"^\s*[0-9]{1,9},?\s*$"},
    ]
}
_BOOL = {
    "oneOf": [{"type": "boolean"}, {"type": "string", "enum": ["true", "false", "True", "False"]}]
}
_NUMBER = {
    "oneOf": [
        {"type": "number", "minimum": 0},
        {"type": "string", "pattern": r"^\s*[0-9]{1,12}([.,][0-9]{1,6})?\s*$"},
    ]
}


def _limited(limits: dict[str, int]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {k: {"type": "string", "maxLength": n} for k, n in limits.items()},
    }


_ADDRESS = {
    "addressId": 10, "contact": 70, "companyName": 40, "name1": 70, "name2": 70,
    "addressLine1": 70, "addressLine2": 70, "addressLine3": 70, "addressLine4": 70, "city": 25,
    "state": 3, "postalCode": 10, "countryCode": 10, "phoneNumber": 30, "email": 100,
}  # fmt: skip

ORDER_REQUEST_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["lines"],
    "properties": {
        "customerOrderNumber": {
            "type": "string",
            "maxLength": MAX_PO_LENGTH,
            "pattern": PO_PATTERN,
        },
        "endCustomerOrderNumber": {
            "type": "string",
            "maxLength": MAX_PO_LENGTH,
            "pattern": PO_PATTERN,
        },
        "billToAddressId": {"type": "string", "maxLength": 10},
        "specialBidNumber": {"type": "string", "maxLength": 36},
        "notes": {"type": "string", "maxLength": MAX_NOTES},
        "acceptBackOrder": _BOOL,
        "shipToInfo": _limited(_ADDRESS),
        "endUserInfo": _limited({k: v for k, v in _ADDRESS.items() if k != "addressId"}),
        "resellerInfo": {"type": "object"},
        "vmf": {"type": "object"},
        "lines": {
            "type": "array",
            "minItems": 1,
            "maxItems": MAX_LINES,
            "items": {
                "type": "object",
                "required": ["ingramPartNumber", "quantity"],
                "properties": {
                    "customerLineNumber": {
                        "oneOf": [
                            {"type": "string", "maxLength": 3},
                            {"type": "integer", "minimum": 1, "maximum": MAX_LINES},
                        ]
                    },
                    "ingramPartNumber": {"type": "string", "minLength": 1, "maxLength": 18},
                    "quantity": _QTY,
                    "specialBidNumber": {"type": "string", "maxLength": 36},
                    "notes": {"type": "string", "maxLength": MAX_NOTES},
                    "unitPrice": _NUMBER,
                },
            },
        },
        "shipmentDetails": {
            "oneOf": [
                {"$ref": "#/$defs/shipment"},
                {"type": "array", "maxItems": 1, "items": {"$ref": "#/$defs/shipment"}},
            ]
        },
        "additionalAttributes": {
            "type": "array",
            "maxItems": 50,
            "items": {
                "type": "object",
                "required": ["attributeName"],
                "properties": {
                    "attributeName": {"type": "string", "maxLength": 100},
                    "attributeValue": {"type": ["string", "boolean", "number"]},
                },
            },
        },
    },
    "$defs": {
        "shipment": {
            "type": "object",
            "properties": {
                "carrierCode": {"type": "string", "maxLength": 10},
                "requestedDeliveryDate": {"type": "string", "maxLength": 30},
                "shipComplete": {"type": ["string", "boolean"]},
                "shippingInstructions": {"type": "string", "maxLength": MAX_NOTES},
                "freightAccountNumber": {"type": "string", "maxLength": 30},
                "signatureRequired": _BOOL,
            },
        }
    },
}

_VALIDATOR = jsonschema.Draft202012Validator(ORDER_REQUEST_SCHEMA)


def _invalid(*problems: FieldError) -> DraftValidationError:
    return DraftValidationError("The order file is not valid:", fields=problems)


def _finite_float(text: str) -> float:
    if len(text) > 40:
        raise ValueError(f"number {text[:20]}… is too long")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text} is out of range")
    return value


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > 15:
        raise ValueError(f"number {text[:20]}… is out of range")
    return int(text)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _depth(value: Any) -> int:
    """Nesting depth without recursion (a hostile file may nest thousands of levels)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            return deepest
        if isinstance(node, dict):
            stack.extend((v, level + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, level + 1) for v in node)
    return deepest


def _path(error: jsonschema.ValidationError) -> str:
    out = "$"
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _message(error: jsonschema.ValidationError) -> str:
    v = error.validator
    if v == "maxLength":
        return f"too long (at most {error.validator_value} characters)"
    if v == "pattern":
        if error.absolute_path and str(error.absolute_path[-1]).endswith("OrderNumber"):
            return "only letters, digits, space and - _ . / # are allowed"
        return f"not a valid value: {_excerpt(error.instance)}"
    if v == "type":
        return f"must be {_types(error.validator_value)}, not {_excerpt(error.instance)}"
    if v == "oneOf":
        if error.absolute_path and error.absolute_path[-1] == "quantity":
            return (
                f"must be a whole number from 1 to {MAX_QUANTITY:,}, not {_excerpt(error.instance)}"
            )
        if error.absolute_path and error.absolute_path[-1] == "shipmentDetails":
            return f"must be an object, not {_excerpt(error.instance)}"
        return f"not a valid value: {_excerpt(error.instance)}"
    if v == "required":
        return error.message.split("'")[1] + " is required"
    if v in ("maxItems", "minItems"):
        noun = "item" if error.validator_value == 1 else "items"
        word = "at most" if v == "maxItems" else "at least"
        return f"{word} {error.validator_value} {noun}"
    if v in ("minimum", "maximum"):
        return f"out of range ({error.instance})"
    return error.message[:120]


def _types(value: Any) -> str:
    names = {"object": "an object", "array": "a list", "string": "text", "integer": "a whole number",
             "number": "a number", "boolean": "true or false"}  # fmt: skip
    if isinstance(value, list):
        return " or ".join(names.get(v, v) for v in value)
    return names.get(value, value)


def _excerpt(value: Any) -> str:
    text = (
        json.dumps(value, ensure_ascii=True, default=str)
        if not isinstance(value, str)
        else repr(value)
    )
    return text if len(text) <= 40 else text[:37] + "…"


def read_order_request(data: bytes) -> dict[str, Any]:
    """The validated request object from raw file bytes, or ``DraftValidationError``."""
    if len(data) > MAX_FILE_BYTES:
        raise _invalid(
            FieldError(
                "$", f"the file is too large for an order (at most {MAX_FILE_BYTES:,} bytes)"
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _invalid(FieldError("$", f"not UTF-8 text (byte {exc.start})")) from None
    try:
        raw = json.loads(
            text, parse_float=_finite_float, parse_int=_bounded_int, parse_constant=_no_constant
        )
    except RecursionError:
        raise _invalid(FieldError("$", f"nested too deeply (at most {MAX_DEPTH} levels)")) from None
    except json.JSONDecodeError as exc:
        raise _invalid(
            FieldError("$", f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        ) from None
    except ValueError as exc:
        raise _invalid(FieldError("$", f"not JSON: {exc}")) from None
    if _depth(raw) > MAX_DEPTH:
        raise _invalid(FieldError("$", f"nested too deeply (at most {MAX_DEPTH} levels)"))
    errors = sorted(_VALIDATOR.iter_errors(raw), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        problems = [FieldError(_path(e), _message(e)) for e in errors[:MAX_ERRORS]]
        if len(errors) > MAX_ERRORS:
            problems.append(FieldError("$", f"and {len(errors) - MAX_ERRORS} more problem(s)"))
        raise _invalid(*problems)
    return raw


def parse_order_file(data: bytes) -> OrderDraft:
    """An order draft from the bytes of an order file; every problem is a ``FieldError``."""
    draft = OrderDraft.from_request(read_order_request(data))
    problems = draft.problems()
    if not draft.customer_po.strip():
        problems = [p for p in problems if p.field != "customerOrderNumber"]
    if problems:
        raise _invalid(*problems)
    return draft
