"""Order status and hold-reason codes (seed 004 "Order Status Codes" / "Hold Reason Codes").

The seed's meaning wins where sources disagree. Recorded conflicts (reference §12.1, gotcha 11):
``F`` is "Invoiced" in the seed but "FORCE BILLING" in Ingram's 2024 v5 order-details spec;
the 2024 spec also knows codes the seed does not (P, 1-4, U, T, G, N, H, A, B, Q, 9), which
are decoded from the spec's list so a purchaser never sees a bare letter.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

__all__ = [
    "HOLD_REASONS",
    "ORDER_STATUSES",
    "SPEC_ONLY_STATUSES",
    "STATUS_CONFLICTS",
    "HoldReason",
    "OrderStatus",
    "StatusBucket",
    "decode_hold_reason",
    "decode_status",
]


class StatusBucket(Enum):
    """Coarse grouping for badges and filters (derived, not from a source)."""

    OPEN = "open"
    ON_HOLD = "on hold"
    SHIPPED = "shipped"
    INVOICED = "invoiced"
    CANCELLED = "cancelled"
    ERROR = "error"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class OrderStatus:
    code: str  #: "" is the seed's "blank" (open order)
    description: str
    bucket: StatusBucket
    from_seed: bool = True


@dataclass(frozen=True, slots=True)
class HoldReason:
    code: str  #: "" means no hold
    description: str
    #: What the purchaser can do about it (our advice, not Ingram's text).
    action: str


_B = StatusBucket

#: Seed 004's order status codes, verbatim descriptions.
ORDER_STATUSES: dict[str, OrderStatus] = {
    s.code: s
    for s in (
        OrderStatus("", "In progress/Open order", _B.OPEN),
        OrderStatus("C", "Credit hold", _B.ON_HOLD),
        OrderStatus("D", "Shipment hold", _B.ON_HOLD),
        OrderStatus("E", "Billing error", _B.ERROR),
        OrderStatus("F", "Invoiced", _B.INVOICED),
        OrderStatus("I", "Billed", _B.INVOICED),
        OrderStatus("O", "Ecommerce Hold", _B.ON_HOLD),
        OrderStatus("R", "Released to the warehouse management system", _B.OPEN),
        OrderStatus("S", "Sales Hold", _B.ON_HOLD),
        OrderStatus("V", "Deleted order", _B.CANCELLED),
        OrderStatus("W", "Order not released to the warehouse management system", _B.OPEN),
    )
}

#: Codes only Ingram's 2024 v5 spec lists (order-details ``orderstatus``), kept as a fallback.
SPEC_ONLY_STATUSES: dict[str, OrderStatus] = {
    s.code: s
    for s in (
        OrderStatus("P", "Pending", _B.OPEN, False),
        OrderStatus("1", "Picked", _B.OPEN, False),
        OrderStatus("2", "Inspected", _B.OPEN, False),
        OrderStatus("3", "Packed", _B.OPEN, False),
        OrderStatus("4", "Shipped", _B.SHIPPED, False),
        OrderStatus("U", "Bill for history only", _B.INVOICED, False),
        OrderStatus("T", "Transferred", _B.OPEN, False),
        OrderStatus("G", "Credit hold", _B.ON_HOLD, False),
        OrderStatus("N", "Credit hold", _B.ON_HOLD, False),
        OrderStatus("H", "Tag hold", _B.ON_HOLD, False),
        OrderStatus("A", "Drop ship hold", _B.ON_HOLD, False),
        OrderStatus("B", "Internet customer origin hold", _B.ON_HOLD, False),
        OrderStatus("Q", "RMA hold", _B.ON_HOLD, False),
        OrderStatus("9", "Cisco 3A6", _B.OPEN, False),
    )
}

#: Where the seed and Ingram's spec disagree: code -> (seed meaning, spec meaning).
STATUS_CONFLICTS: dict[str, tuple[str, str]] = {
    "F": ("Invoiced", "FORCE BILLING (2024 v5 order-details spec)"),
    "I": ("Billed", "INVOICED (2024 v5 order-details spec)"),
}

_CREDIT = "Contact your Ingram credit controller or pay overdue invoices; the order is released once credit clears."
_MARGIN = "Ingram's sales team is checking the price or margin; confirm the price with your account manager."
_EXPORT = (
    "Export compliance check: provide end-user and destination details if Ingram asks for them."
)
_BID = (
    "Check the special bid number and its validity with the vendor or your Ingram account manager."
)
_ACOP = "Awaiting Ingram's ACOP review; no action unless your account manager asks for information."
_CONTACT = "Contact your Ingram sales representative with the order number."

#: Seed 004's hold reason codes with descriptions, plus our advice on what to do.
HOLD_REASONS: dict[str, HoldReason] = {
    h.code: h
    for h in (
        HoldReason("", "No hold", "Nothing to do."),
        HoldReason("AC", "Adjusted cost hold", _MARGIN),
        HoldReason(
            "BA",
            "Bad address hold",
            "Correct the ship-to address with Ingram sales; the order ships once it validates.",
        ),
        HoldReason("BL", "Special bid hold", _BID),
        HoldReason(
            "BO",
            "Bill only hold",
            "Order is to be billed without shipment; confirm this was intended.",
        ),
        HoldReason("C3", "Credit hold", _CREDIT),
        HoldReason("C4", "Credit hold", _CREDIT),
        HoldReason("C5", "Credit hold", _CREDIT),
        HoldReason("C8", "Credit hold", _CREDIT),
        HoldReason(
            "CC",
            "Credit card hold",
            "Credit card payment not authorised; update card details with Ingram.",
        ),
        HoldReason("CH", "Credit check hold", _CREDIT),
        HoldReason("CL", "Credit check hold", _CREDIT),
        HoldReason("EA", "ACOP hold", _ACOP),
        HoldReason("EH", "ACOP hold", _ACOP),
        HoldReason(
            "ER",
            "Final review hold",
            "Ingram is doing a final review; it usually clears without action.",
        ),
        HoldReason(
            "ES",
            "End-user rejected/missing",
            "Send valid end-user information for the lines that need it.",
        ),
        HoldReason(
            "EU",
            "End-user data missing",
            "Send the missing end-user data (name, address, contact) to Ingram.",
        ),
        HoldReason("EX", "Export hold", _EXPORT),
        HoldReason(
            "FL",
            "Flooring hold",
            "Flooring (financing) limit reached; contact your flooring company or Ingram credit.",
        ),
        HoldReason("GM", "Margin hold", _MARGIN),
        HoldReason(
            "IC",
            "All orders set to hold (customer setting)",
            "Your account holds every order: release it in Ingram's portal or ask sales.",
        ),
        HoldReason(
            "IM", "Customer hold", "Held at your request: release it (or cancel it) when ready."
        ),
        HoldReason(
            "IN",
            "Fulfilment (dropship) value hold",
            "Drop-ship value limit exceeded; Ingram sales must approve.",
        ),
        HoldReason("LM", "Margin hold", _MARGIN),
        HoldReason("LT", "Margin hold", _MARGIN),
        HoldReason("MN", "Pricing hold", _MARGIN),
        HoldReason("PC", "Credit check hold", _CREDIT),
        HoldReason("PD", "Credit check hold", _CREDIT),
        HoldReason("R1", "Export hold", _EXPORT),
        HoldReason("RP", "Export hold", _EXPORT),
        HoldReason(
            "S2",
            "Combined SM/SP hold",
            "Minimum-order fee and price change both need approval; ask Ingram sales.",
        ),
        HoldReason("SB", "Special bid hold", _BID),
        HoldReason("SE", "Special product hold", _CONTACT),
        HoldReason(
            "SF",
            "Freight hold",
            "Freight charges need confirming; agree the carrier or freight cost with Ingram.",
        ),
        HoldReason("SH", "Sales hold", _CONTACT),
        HoldReason(
            "SM",
            "Waive minimum order fee hold",
            "Order is under the minimum value; accept the fee or add lines.",
        ),
        HoldReason(
            "SP",
            "Price change hold",
            "The price changed since the order was placed; confirm the new price.",
        ),
        HoldReason(
            "TV",
            "Transmit to vendor hold (awaiting a response)",
            "Waiting for the vendor; no action needed unless it lasts days.",
        ),
        HoldReason(
            "VO", "Deleted order", "The order was deleted; place a new order if still needed."
        ),
        HoldReason(
            "VR",
            "Vendor required information missing",
            "Provide the vendor-required details (often end user or licence data).",
        ),
        HoldReason(
            "WT", "Weight hold", "Shipment weight needs a freight quote; confirm with Ingram."
        ),
        HoldReason(
            "ZS",
            "IM-Online offline hold",
            "Ingram's online system was offline; the order is released when it is back.",
        ),
    )
}


def decode_status(code: str | None) -> OrderStatus:
    """The seed's meaning of a status code, the spec's if only the spec knows it."""
    key = (code or "").strip().upper()
    found = ORDER_STATUSES.get(key) or SPEC_ONLY_STATUSES.get(key)
    if found:
        return found
    return OrderStatus(key, f"Unknown status {key!r}", StatusBucket.UNKNOWN, False)


def decode_hold_reason(code: str | None) -> HoldReason:
    key = (code or "").strip().upper()
    return HOLD_REASONS.get(key) or HoldReason(key, f"Unknown hold reason {key!r}", _CONTACT)
