"""Demo credentials and account for the embedded sandbox (documented in the README; not secrets)."""

from __future__ import annotations

__all__ = [
    "DEMO_CARRIERS",
    "DEMO_CLIENT_ID",
    "DEMO_CLIENT_SECRET",
    "DEMO_COUNTRY",
    "DEMO_CUSTOMER_NUMBER",
    "DEMO_SENDER_ID",
]

DEMO_CLIENT_ID = "ingram-desk-demo"
DEMO_CLIENT_SECRET = "demo-secret-not-for-production"
DEMO_CUSTOMER_NUMBER = "20-222222"
#: NL's API window is all day, so the demo works around the clock.
DEMO_COUNTRY = "NL"
DEMO_SENDER_ID = "IngramDesk"
#: Carrier codes the demo account may choose (codes from Ingram's spec examples: DHL normal,
#: UPS ground, will call).
DEMO_CARRIERS = ("GN", "UG", "WC")
