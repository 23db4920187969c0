"""Order drafts: what the order form edits and the journal freezes into the exact v6 request bytes.

``OrderDraft.from_request`` reads Ingram's v6 order-create request shape (what ``orders create
FILE.json`` takes); ``to_request`` writes it back. ``validate`` applies the API's limits (the
strictest ones, reference gotchas 31-33) and forbids ``allowDuplicateCustomerOrderNumber``:
Ingram's duplicate-PO check is our last guard against placing an order twice.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ingram_desk.domain.errors import DraftValidationError, FieldError
from ingram_desk.domain.money import to_decimal

__all__ = [
    "FORBIDDEN_ATTRIBUTES",
    "MAX_LINES",
    "MAX_NOTES",
    "MAX_PO_LENGTH",
    "MAX_QUANTITY",
    "MAX_REQUEST_BYTES",
    "PO_PATTERN",
    "UNUSUAL_QUANTITY",
    "Address",
    "DraftLine",
    "OrderDraft",
    "generate_po",
]

#: v7 and v5 allow 18 characters; staying within it keeps a PO portable (gotcha 31).
MAX_PO_LENGTH = 18
#: customerLineNumber is numeric 1-884 (gotcha 32).
MAX_LINES = 884
#: Ingram publishes no character set for PO numbers; this conservative one (ASCII letters, digits,
#: space and ``- _ . / #``) passes every Ingram channel (REST v5-v7, XML, EDI) and keeps NUL and
#: control characters out of the journal and the wire.
PO_PATTERN = r"^[A-Za-z0-9 ._/#-]*$"
_PO_RE = re.compile(PO_PATTERN)
#: a line's quantity is a whole number in 1..MAX_QUANTITY (a typo like "1e9" is refused) ...
MAX_QUANTITY = 99_999
#: ... and the order form asks for a confirmation from this quantity on.
UNUSUAL_QUANTITY = 1_000
#: notes (header and line): the v6 modify limit, the strictest one the spec states.
MAX_NOTES = 132
#: the frozen request body may not exceed this (884 lines fit easily).
MAX_REQUEST_BYTES = 512 * 1024
#: header attributes a draft may never carry.
FORBIDDEN_ATTRIBUTES = frozenset({"allowduplicatecustomerordernumber"})

_ADDRESS_LIMITS = {
    "companyName": 40, "contact": 70, "addressLine1": 70, "addressLine2": 70,
    "addressLine3": 70, "city": 25, "state": 3, "postalCode": 10, "countryCode": 10,
}  # fmt: skip
_PO_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def generate_po(prefix: str = "ID", today: date | None = None) -> str:
    """A fresh PO: prefix, yymmdd and 8 random characters (40 bits), at most 18 characters."""
    day = (today or date.today()).strftime("%y%m%d")
    rand = "".join(secrets.choice(_PO_ALPHABET) for _ in range(8))
    return f"{prefix[: MAX_PO_LENGTH - 14]}{day}{rand}"


@dataclass(frozen=True, slots=True)
class Address:
    """Ship-to: either a pre-registered ``address_id`` or a full address (v6 field names)."""

    address_id: str | None = None
    fields: dict[str, str] = field(default_factory=dict)

    def to_request(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.fields)
        if self.address_id:
            out["addressId"] = self.address_id
        return out


@dataclass(frozen=True, slots=True)
class DraftLine:
    sku: str
    quantity: int
    unit_price: Decimal | None = None  #: price variance request; needs Ingram's pre-approval
    notes: str = ""
    special_bid_number: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class OrderDraft:
    customer_po: str
    lines: tuple[DraftLine, ...]
    end_customer_po: str = ""
    notes: str = ""
    ship_to: Address | None = None
    accept_backorder: bool | None = None
    ship_complete: str | None = None
    carrier_code: str = ""
    requested_delivery_date: date | None = None
    #: created on customer hold: the prerequisite for cancel / modify
    on_customer_hold: bool = False
    #: True when the app generated the PO (no pre-flight search needed before the first send)
    po_generated: bool = False
    #: unknown top-level request fields, passed through untouched
    extra: dict[str, Any] = field(default_factory=dict)

    def with_po(self, po: str) -> OrderDraft:
        return replace(self, customer_po=po)

    def problems(self) -> list[FieldError]:
        p: list[FieldError] = []
        po = self.customer_po.strip()
        if not po:
            p.append(FieldError("customerOrderNumber", "a customer PO number is required"))
        elif len(po) > MAX_PO_LENGTH:
            p.append(
                FieldError(
                    "customerOrderNumber", f"at most {MAX_PO_LENGTH} characters", self.customer_po
                )
            )
        if po and not _PO_RE.match(self.customer_po):
            p.append(
                FieldError(
                    "customerOrderNumber",
                    "only letters, digits, space and - _ . / # are allowed",
                    self.customer_po[:40],
                )
            )
        if len(self.end_customer_po) > MAX_PO_LENGTH:
            p.append(FieldError("endCustomerOrderNumber", f"at most {MAX_PO_LENGTH} characters"))
        elif not _PO_RE.match(self.end_customer_po):
            p.append(
                FieldError(
                    "endCustomerOrderNumber",
                    "only letters, digits, space and - _ . / # are allowed",
                )
            )
        if len(self.notes) > MAX_NOTES:
            p.append(FieldError("notes", f"at most {MAX_NOTES} characters"))
        if not self.lines:
            p.append(FieldError("lines", "an order needs at least one line"))
        if len(self.lines) > MAX_LINES:
            p.append(FieldError("lines", f"at most {MAX_LINES} lines"))
        for i, line in enumerate(self.lines, 1):
            if not line.sku.strip():
                p.append(FieldError(f"lines[{i}].ingramPartNumber", "SKU is required"))
            elif len(line.sku) > 18:
                p.append(FieldError(f"lines[{i}].ingramPartNumber", "at most 18 characters"))
            if line.quantity < 1:
                p.append(FieldError(f"lines[{i}].quantity", "quantity must be at least 1"))
            elif line.quantity > MAX_QUANTITY:
                p.append(FieldError(f"lines[{i}].quantity", f"at most {MAX_QUANTITY:,} units"))
            if len(line.notes) > MAX_NOTES:
                p.append(FieldError(f"lines[{i}].notes", f"at most {MAX_NOTES} characters"))
        if self.ship_complete not in (None, "", "true", "C", "P", "E"):
            p.append(FieldError("shipmentDetails.shipComplete", "must be true, C, P or E"))
        if self.ship_to is not None:
            for key, limit in _ADDRESS_LIMITS.items():
                value = self.ship_to.fields.get(key, "")
                if value and len(value) > limit:
                    p.append(FieldError(f"shipToInfo.{key}", f"at most {limit} characters"))
        for attr in self.extra.get("additionalAttributes") or []:
            name = str((attr or {}).get("attributeName", "")).lower()
            if name in FORBIDDEN_ATTRIBUTES:
                p.append(
                    FieldError(
                        "additionalAttributes",
                        "allowDuplicateCustomerOrderNumber is never sent (duplicate-PO guard)",
                    )
                )
        if not p:
            size = len(self.frozen_bytes())
            if size > MAX_REQUEST_BYTES:
                p.append(
                    FieldError("$", f"the request is {size:,} bytes; at most {MAX_REQUEST_BYTES:,}")
                )
        return p

    def validate(self) -> None:
        problems = self.problems()
        if problems:
            raise DraftValidationError("The order draft is not valid", fields=tuple(problems))

    def to_request(self) -> dict[str, Any]:
        """The v6 order-create body (real JSON booleans, integer quantities, line numbers 1..n)."""
        body: dict[str, Any] = {
            k: v for k, v in self.extra.items() if k not in ("additionalAttributes",)
        }
        body["customerOrderNumber"] = self.customer_po.strip()
        if self.end_customer_po:
            body["endCustomerOrderNumber"] = self.end_customer_po
        if self.notes:
            body["notes"] = self.notes
        if self.accept_backorder is not None:
            body["acceptBackOrder"] = self.accept_backorder
        if self.ship_to is not None:
            body["shipToInfo"] = self.ship_to.to_request()
        lines = []
        for i, line in enumerate(self.lines, 1):
            out: dict[str, Any] = dict(line.extra)
            out.update(customerLineNumber=str(i), ingramPartNumber=line.sku.strip())
            out["quantity"] = int(line.quantity)
            if line.unit_price is not None:
                out["unitPrice"] = float(line.unit_price)
            if line.notes:
                out["notes"] = line.notes
            if line.special_bid_number:
                out["specialBidNumber"] = line.special_bid_number
            lines.append(out)
        body["lines"] = lines
        shipment: dict[str, Any] = dict(self.extra.get("shipmentDetails") or {})
        if self.carrier_code:
            shipment["carrierCode"] = self.carrier_code
        if self.ship_complete:
            shipment["shipComplete"] = self.ship_complete
        if self.requested_delivery_date:
            shipment["requestedDeliveryDate"] = self.requested_delivery_date.isoformat()
        if shipment:
            body["shipmentDetails"] = shipment
        attrs = [
            a
            for a in (self.extra.get("additionalAttributes") or [])
            if str((a or {}).get("attributeName", "")).lower()
            not in (*FORBIDDEN_ATTRIBUTES, "alloworderoncustomerhold")
        ]
        if self.on_customer_hold:
            attrs.append({"attributeName": "allowOrderOnCustomerHold", "attributeValue": "true"})
        if attrs:
            body["additionalAttributes"] = attrs
        return body

    def frozen_bytes(self) -> bytes:
        """The exact bytes sent on every attempt (same PO, same lines, same prices)."""
        return json.dumps(self.to_request(), separators=(",", ":"), sort_keys=True).encode()

    @classmethod
    def from_request(cls, data: dict[str, Any], *, po_generated: bool = False) -> OrderDraft:
        """Read a v6 order-create request leniently (quantities or booleans as strings)."""
        if not isinstance(data, dict):
            raise DraftValidationError("An order draft must be a JSON object")
        known = {
            "customerOrderNumber", "endCustomerOrderNumber", "notes", "acceptBackOrder",
            "shipToInfo", "lines",
        }  # fmt: skip
        extra = {k: v for k, v in data.items() if k not in known}
        shipment_raw = extra.pop("shipmentDetails", None) or {}
        if isinstance(shipment_raw, list):
            shipment_raw = shipment_raw[0] if shipment_raw else {}
        if not isinstance(shipment_raw, dict):
            raise DraftValidationError(
                "The order draft is not valid",
                fields=(FieldError("shipmentDetails", "must be an object"),),
            )
        shipment = dict(shipment_raw)
        carrier = str(shipment.pop("carrierCode", "") or "")
        ship_complete = shipment.pop("shipComplete", None)
        rdd = shipment.pop("requestedDeliveryDate", None)
        if shipment:
            extra["shipmentDetails"] = shipment
        attrs = list(extra.get("additionalAttributes") or [])
        hold = any(
            str(a.get("attributeName", "")).lower() == "alloworderoncustomerhold"
            and str(a.get("attributeValue", "")).lower() == "true"
            for a in attrs
        )
        lines = []
        for raw in data.get("lines") or []:
            raw = dict(raw)
            sku = str(raw.pop("ingramPartNumber", "") or "")
            qty = _quantity(raw.pop("quantity", "0"), len(lines) + 1)
            raw.pop("customerLineNumber", None)
            lines.append(
                DraftLine(
                    sku=sku,
                    quantity=qty,
                    unit_price=to_decimal(raw.pop("unitPrice", None)),
                    notes=str(raw.pop("notes", "") or ""),
                    special_bid_number=str(raw.pop("specialBidNumber", "") or ""),
                    extra=raw,
                )
            )
        ship_to = None
        if isinstance(data.get("shipToInfo"), dict):
            info = {k: str(v) for k, v in data["shipToInfo"].items() if v is not None}
            ship_to = Address(info.pop("addressId", None), info)
        backorder = data.get("acceptBackOrder")
        return cls(
            customer_po=str(data.get("customerOrderNumber", "") or ""),
            lines=tuple(lines),
            end_customer_po=str(data.get("endCustomerOrderNumber", "") or ""),
            notes=str(data.get("notes", "") or ""),
            ship_to=ship_to,
            accept_backorder=None if backorder is None else str(backorder).lower() == "true",
            ship_complete=None if ship_complete is None else str(ship_complete),
            carrier_code=carrier,
            requested_delivery_date=_date(rdd),
            on_customer_hold=hold,
            po_generated=po_generated,
            extra=extra,
        )

    def to_json(self) -> str:
        """Journal storage: the request shape plus the app's own flag."""
        return json.dumps({"request": self.to_request(), "po_generated": self.po_generated})

    @classmethod
    def from_json(cls, text: str) -> OrderDraft:
        data = json.loads(text)
        return cls.from_request(data["request"], po_generated=bool(data.get("po_generated")))


def _quantity(value: object, line: int) -> int:
    """A whole number of units; fractions, NaN and absurd sizes are refused, never rounded."""
    text = str(value).strip().rstrip(",")[:40] or "0"
    where = f"lines[{line}].quantity"
    try:
        number = Decimal(text)
    except ArithmeticError:
        number = None
    if number is None or not number.is_finite():
        raise DraftValidationError(
            "The order draft is not valid", fields=(FieldError(where, "not a number", text),)
        )
    if abs(number.adjusted()) > 12 or number != number.to_integral_value():
        raise DraftValidationError(
            "The order draft is not valid",
            fields=(FieldError(where, f"must be a whole number from 1 to {MAX_QUANTITY:,}", text),),
        )
    return int(number)


def _date(value: object) -> date | None:
    if not value:
        return None
    text = str(value)
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            return None
