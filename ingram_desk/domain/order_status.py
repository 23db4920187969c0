"""Order status and hold-reason codes (seed 004 "Order Status Codes" / "Hold Reason Codes").

The seed's meaning wins where sources disagree. Recorded conflicts (reference §12.1, gotcha 11):
``F`` is "Invoiced" in the seed but "FORCE BILLING" in Ingram's 2024 v5 order-details spec;
the 2024 spec also knows codes the seed does not (P, 1-4, U, T, G, N, H, A, B, Q, 9), which
are decoded from the spec's list so a purchaser never sees a bare letter.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP

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
        OrderStatus("", QT_TRANSLATE_NOOP("OrderStatus", "In progress/Open order"), _B.OPEN),
        OrderStatus("C", QT_TRANSLATE_NOOP("OrderStatus", "Credit hold"), _B.ON_HOLD),
        OrderStatus("D", QT_TRANSLATE_NOOP("OrderStatus", "Shipment hold"), _B.ON_HOLD),
        OrderStatus("E", QT_TRANSLATE_NOOP("OrderStatus", "Billing error"), _B.ERROR),
        OrderStatus("F", QT_TRANSLATE_NOOP("OrderStatus", "Invoiced"), _B.INVOICED),
        OrderStatus("I", QT_TRANSLATE_NOOP("OrderStatus", "Billed"), _B.INVOICED),
        OrderStatus("O", QT_TRANSLATE_NOOP("OrderStatus", "Ecommerce Hold"), _B.ON_HOLD),
        OrderStatus(
            "R",
            QT_TRANSLATE_NOOP("OrderStatus", "Released to the warehouse management system"),
            _B.OPEN,
        ),
        OrderStatus("S", QT_TRANSLATE_NOOP("OrderStatus", "Sales Hold"), _B.ON_HOLD),
        OrderStatus("V", QT_TRANSLATE_NOOP("OrderStatus", "Deleted order"), _B.CANCELLED),
        OrderStatus(
            "W",
            QT_TRANSLATE_NOOP(
                "OrderStatus", "Order not released to the warehouse management system"
            ),
            _B.OPEN,
        ),
    )
}

#: Codes only Ingram's 2024 v5 spec lists (order-details ``orderstatus``), kept as a fallback.
SPEC_ONLY_STATUSES: dict[str, OrderStatus] = {
    s.code: s
    for s in (
        OrderStatus("P", QT_TRANSLATE_NOOP("OrderStatus", "Pending"), _B.OPEN, False),
        OrderStatus("1", QT_TRANSLATE_NOOP("OrderStatus", "Picked"), _B.OPEN, False),
        OrderStatus("2", QT_TRANSLATE_NOOP("OrderStatus", "Inspected"), _B.OPEN, False),
        OrderStatus("3", QT_TRANSLATE_NOOP("OrderStatus", "Packed"), _B.OPEN, False),
        OrderStatus("4", QT_TRANSLATE_NOOP("OrderStatus", "Shipped"), _B.SHIPPED, False),
        OrderStatus(
            "U", QT_TRANSLATE_NOOP("OrderStatus", "Bill for history only"), _B.INVOICED, False
        ),
        OrderStatus("T", QT_TRANSLATE_NOOP("OrderStatus", "Transferred"), _B.OPEN, False),
        OrderStatus("G", QT_TRANSLATE_NOOP("OrderStatus", "Credit hold"), _B.ON_HOLD, False),
        OrderStatus("N", QT_TRANSLATE_NOOP("OrderStatus", "Credit hold"), _B.ON_HOLD, False),
        OrderStatus("H", QT_TRANSLATE_NOOP("OrderStatus", "Tag hold"), _B.ON_HOLD, False),
        OrderStatus("A", QT_TRANSLATE_NOOP("OrderStatus", "Drop ship hold"), _B.ON_HOLD, False),
        OrderStatus(
            "B",
            QT_TRANSLATE_NOOP("OrderStatus", "Internet customer origin hold"),
            _B.ON_HOLD,
            False,
        ),
        OrderStatus("Q", QT_TRANSLATE_NOOP("OrderStatus", "RMA hold"), _B.ON_HOLD, False),
        OrderStatus("9", QT_TRANSLATE_NOOP("OrderStatus", "Cisco 3A6"), _B.OPEN, False),
    )
}

#: Where the seed and Ingram's spec disagree: code -> (seed meaning, spec meaning).
STATUS_CONFLICTS: dict[str, tuple[str, str]] = {
    "F": ("Invoiced", "FORCE BILLING (2024 v5 order-details spec)"),
    "I": ("Billed", "INVOICED (2024 v5 order-details spec)"),
}

_CREDIT = QT_TRANSLATE_NOOP(
    "HoldReason",
    "Contact your Ingram credit controller or pay overdue invoices; the order is released once credit clears.",
)
_MARGIN = QT_TRANSLATE_NOOP(
    "HoldReason",
    "Ingram's sales team is checking the price or margin; confirm the price with your account manager.",
)
_EXPORT = QT_TRANSLATE_NOOP(
    "HoldReason",
    "Export compliance check: provide end-user and destination details if Ingram asks for them.",
)
_BID = QT_TRANSLATE_NOOP(
    "HoldReason",
    "Check the special bid number and its validity with the vendor or your Ingram account manager.",
)
_ACOP = QT_TRANSLATE_NOOP(
    "HoldReason",
    "Awaiting Ingram's ACOP review; no action unless your account manager asks for information.",
)
_CONTACT = QT_TRANSLATE_NOOP(
    "HoldReason", "Contact your Ingram sales representative with the order number."
)

#: Seed 004's hold reason codes with descriptions, plus our advice on what to do.
HOLD_REASONS: dict[str, HoldReason] = {
    h.code: h
    for h in (
        HoldReason(
            "",
            QT_TRANSLATE_NOOP("HoldReason", "No hold"),
            QT_TRANSLATE_NOOP("HoldReason", "Nothing to do."),
        ),
        HoldReason("AC", QT_TRANSLATE_NOOP("HoldReason", "Adjusted cost hold"), _MARGIN),
        HoldReason(
            "BA",
            QT_TRANSLATE_NOOP("HoldReason", "Bad address hold"),
            QT_TRANSLATE_NOOP(
                "HoldReason",
                "Correct the ship-to address with Ingram sales; the order ships once it validates.",
            ),
        ),
        HoldReason("BL", QT_TRANSLATE_NOOP("HoldReason", "Special bid hold"), _BID),
        HoldReason(
            "BO",
            QT_TRANSLATE_NOOP("HoldReason", "Bill only hold"),
            QT_TRANSLATE_NOOP(
                "HoldReason", "Order is to be billed without shipment; confirm this was intended."
            ),
        ),
        HoldReason("C3", QT_TRANSLATE_NOOP("HoldReason", "Credit hold"), _CREDIT),
        HoldReason("C4", QT_TRANSLATE_NOOP("HoldReason", "Credit hold"), _CREDIT),
        HoldReason("C5", QT_TRANSLATE_NOOP("HoldReason", "Credit hold"), _CREDIT),
        HoldReason("C8", QT_TRANSLATE_NOOP("HoldReason", "Credit hold"), _CREDIT),
        HoldReason(
            "CC",
            QT_TRANSLATE_NOOP("HoldReason", "Credit card hold"),
            QT_TRANSLATE_NOOP(
                "HoldReason", "Credit card payment not authorised; update card details with Ingram."
            ),
        ),
        HoldReason("CH", QT_TRANSLATE_NOOP("HoldReason", "Credit check hold"), _CREDIT),
        HoldReason("CL", QT_TRANSLATE_NOOP("HoldReason", "Credit check hold"), _CREDIT),
        HoldReason("EA", QT_TRANSLATE_NOOP("HoldReason", "ACOP hold"), _ACOP),
        HoldReason("EH", QT_TRANSLATE_NOOP("HoldReason", "ACOP hold"), _ACOP),
        HoldReason(
            "ER",
            QT_TRANSLATE_NOOP("HoldReason", "Final review hold"),
            QT_TRANSLATE_NOOP(
                "HoldReason", "Ingram is doing a final review; it usually clears without action."
            ),
        ),
        HoldReason(
            "ES",
            QT_TRANSLATE_NOOP("HoldReason", "End-user rejected/missing"),
            QT_TRANSLATE_NOOP(
                "HoldReason", "Send valid end-user information for the lines that need it."
            ),
        ),
        HoldReason(
            "EU",
            QT_TRANSLATE_NOOP("HoldReason", "End-user data missing"),
            QT_TRANSLATE_NOOP(
                "HoldReason", "Send the missing end-user data (name, address, contact) to Ingram."
            ),
        ),
        HoldReason("EX", QT_TRANSLATE_NOOP("HoldReason", "Export hold"), _EXPORT),
        HoldReason(
            "FL",
            QT_TRANSLATE_NOOP("HoldReason", "Flooring hold"),
            QT_TRANSLATE_NOOP(
                "HoldReason",
                "Flooring (financing) limit reached; contact your flooring company or Ingram credit.",
            ),
        ),
        HoldReason("GM", QT_TRANSLATE_NOOP("HoldReason", "Margin hold"), _MARGIN),
        HoldReason(
            "IC",
            QT_TRANSLATE_NOOP("HoldReason", "All orders set to hold (customer setting)"),
            QT_TRANSLATE_NOOP(
                "HoldReason",
                "Your account holds every order: release it in Ingram's portal or ask sales.",
            ),
        ),
        HoldReason(
            "IM",
            QT_TRANSLATE_NOOP("HoldReason", "Customer hold"),
            QT_TRANSLATE_NOOP(
                "HoldReason", "Held at your request: release it (or cancel it) when ready."
            ),
        ),
        HoldReason(
            "IN",
            QT_TRANSLATE_NOOP("HoldReason", "Fulfilment (dropship) value hold"),
            QT_TRANSLATE_NOOP(
                "HoldReason", "Drop-ship value limit exceeded; Ingram sales must approve."
            ),
        ),
        HoldReason("LM", QT_TRANSLATE_NOOP("HoldReason", "Margin hold"), _MARGIN),
        HoldReason("LT", QT_TRANSLATE_NOOP("HoldReason", "Margin hold"), _MARGIN),
        HoldReason("MN", QT_TRANSLATE_NOOP("HoldReason", "Pricing hold"), _MARGIN),
        HoldReason("PC", QT_TRANSLATE_NOOP("HoldReason", "Credit check hold"), _CREDIT),
        HoldReason("PD", QT_TRANSLATE_NOOP("HoldReason", "Credit check hold"), _CREDIT),
        HoldReason("R1", QT_TRANSLATE_NOOP("HoldReason", "Export hold"), _EXPORT),
        HoldReason("RP", QT_TRANSLATE_NOOP("HoldReason", "Export hold"), _EXPORT),
        HoldReason(
            "S2",
            QT_TRANSLATE_NOOP("HoldReason", "Combined SM/SP hold"),
            QT_TRANSLATE_NOOP(
                "HoldReason",
                "Minimum-order fee and price change both need approval; ask Ingram sales.",
            ),
        ),
        HoldReason("SB", QT_TRANSLATE_NOOP("HoldReason", "Special bid hold"), _BID),
        HoldReason("SE", QT_TRANSLATE_NOOP("HoldReason", "Special product hold"), _CONTACT),
        HoldReason(
            "SF",
            QT_TRANSLATE_NOOP("HoldReason", "Freight hold"),
            QT_TRANSLATE_NOOP(
                "HoldReason",
                "Freight charges need confirming; agree the carrier or freight cost with Ingram.",
            ),
        ),
        HoldReason("SH", QT_TRANSLATE_NOOP("HoldReason", "Sales hold"), _CONTACT),
        HoldReason(
            "SM",
            QT_TRANSLATE_NOOP("HoldReason", "Waive minimum order fee hold"),
            QT_TRANSLATE_NOOP(
                "HoldReason", "Order is under the minimum value; accept the fee or add lines."
            ),
        ),
        HoldReason(
            "SP",
            QT_TRANSLATE_NOOP("HoldReason", "Price change hold"),
            QT_TRANSLATE_NOOP(
                "HoldReason", "The price changed since the order was placed; confirm the new price."
            ),
        ),
        HoldReason(
            "TV",
            QT_TRANSLATE_NOOP("HoldReason", "Transmit to vendor hold (awaiting a response)"),
            QT_TRANSLATE_NOOP(
                "HoldReason", "Waiting for the vendor; no action needed unless it lasts days."
            ),
        ),
        HoldReason(
            "VO",
            QT_TRANSLATE_NOOP("HoldReason", "Deleted order"),
            QT_TRANSLATE_NOOP(
                "HoldReason", "The order was deleted; place a new order if still needed."
            ),
        ),
        HoldReason(
            "VR",
            QT_TRANSLATE_NOOP("HoldReason", "Vendor required information missing"),
            QT_TRANSLATE_NOOP(
                "HoldReason",
                "Provide the vendor-required details (often end user or licence data).",
            ),
        ),
        HoldReason(
            "WT",
            QT_TRANSLATE_NOOP("HoldReason", "Weight hold"),
            QT_TRANSLATE_NOOP(
                "HoldReason", "Shipment weight needs a freight quote; confirm with Ingram."
            ),
        ),
        HoldReason(
            "ZS",
            QT_TRANSLATE_NOOP("HoldReason", "IM-Online offline hold"),
            QT_TRANSLATE_NOOP(
                "HoldReason",
                "Ingram's online system was offline; the order is released when it is back.",
            ),
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
