"""One place that turns a profile's transport into the client behind every service."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from ingram_desk.ingram.api import IngramApi
from ingram_desk.ingram.client import IngramClient
from ingram_desk.ingram.config import ClientConfig
from ingram_desk.ingram.rate_limit import RateGate
from ingram_desk.ingram.xml.client import XmlClient
from ingram_desk.ingram.xml.config import XmlConfig
from ingram_desk.settings.profiles import Profile

__all__ = ["make_client"]


def make_client(
    profile: Profile,
    config: ClientConfig,
    known_orders: Callable[[], Iterable[tuple[str, tuple[str, ...]]]] | None = None,
    po_index: Path | None = None,
    gate: RateGate | None = None,
) -> IngramApi:
    """The client for the profile's transport: REST, or IM-XML (plain or SOAP-wrapped)."""
    if profile.transport == "rest":
        return IngramClient(config, gate=gate)
    x = profile.xml
    xml = XmlConfig(
        soap=profile.transport == "soap",
        path=x.path,
        soap_path=x.soap_path,
        soap_namespace=x.soap_namespace,
        soap_action=x.soap_action,
        country_code=x.country_code,
        ship_from_branches=x.ship_from_branches,
        async_orders=x.async_orders,
    )
    return XmlClient(config, xml, known_orders=known_orders, po_index=po_index, gate=gate)
