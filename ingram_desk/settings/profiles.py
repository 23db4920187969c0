"""Profiles: which Ingram endpoint and account to use, saved as versioned JSON (no secrets).

Kinds: ``demo`` (the embedded sandbox, URL decided at run time), ``ingram_sandbox``,
``production`` and ``custom`` (any Ingram-compatible URL). A profile file lives at
``<data-dir>/profiles/<name>/profile.json``; the client secret is only in the keyring
(``settings.credentials``).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from pathlib import Path
from typing import Any

from ingram_desk.paths import write_private

__all__ = [
    "BASE_URLS",
    "DEMO_PROFILE",
    "PROFILE_VERSION",
    "TRANSPORTS",
    "OrderPreferences",
    "Profile",
    "ProfileKind",
    "ProfileStore",
    "XmlSettings",
]

PROFILE_VERSION = 1
DEMO_PROFILE = "demo"
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")
#: what a profile name may be (the dialog checks it before using the name)
PROFILE_NAME = _NAME


class ProfileKind(StrEnum):
    DEMO = "demo"
    INGRAM_SANDBOX = "ingram_sandbox"
    PRODUCTION = "production"
    CUSTOM = "custom"


#: Ingram's hosts (reference §1.1); the token URL never gets ``/sandbox``.
BASE_URLS = {
    ProfileKind.INGRAM_SANDBOX: "https://api.ingrammicro.com:443/sandbox",
    ProfileKind.PRODUCTION: "https://api.ingrammicro.com:443",
}


@dataclass(frozen=True, slots=True)
class OrderPreferences:
    """Defaults the order form starts from, and how patient reconciliation is."""

    po_prefix: str = "ID"
    accept_backorder: bool | None = None
    on_customer_hold: bool = False
    carrier_code: str = ""  #: the carrier the form starts with ("" = Ingram chooses)
    #: carrier codes this account may choose (Ingram's e-commerce rep says which; codes are
    #: ERP-specific, up to 10 chars). Empty: Ingram chooses and the form offers no carrier.
    carriers: tuple[str, ...] = ()
    #: seconds Ingram's search must not show a PO before a same-PO resend (reliability §1.7)
    quiet_window: float = 600.0


#: how a profile talks to Ingram: the REST API (default), IM-XML 2.0, or IM-XML inside SOAP 1.1
TRANSPORTS = ("rest", "xml", "soap")


@dataclass(frozen=True, slots=True)
class XmlSettings:
    """IM-XML/SOAP endpoint settings (reference ingram-xml.md: the SOAP envelope's namespace,
    SOAPAction and endpoint are not published, so they are configured per profile). The
    LoginID/Password are the profile's client id and keyring secret."""

    path: str = "/imxml"  #: plain IM-XML endpoint, relative to the API URL
    soap_path: str = "/soap"  #: SOAP endpoint, relative to the API URL
    soap_namespace: str = ""  #: namespace of the message inside soap:Body ("" = none)
    soap_action: str = "{message}"  #: SOAPAction template; {message} = e.g. PNARequest
    country_code: str = ""  #: TransactionHeader CountryCode ("" = the profile's country)
    ship_from_branches: str = ""  #: OrderRequest ShipFromBranches ("" = local warehouses)
    async_orders: bool = False  #: OrderRequest 2.5 (acknowledged now, confirmed later)


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    kind: ProfileKind
    customer_number: str = ""
    country: str = ""
    client_id: str = ""
    sender_id: str = "IngramDesk"
    api_url: str = ""  #: custom kind only (demo's is known at run time)
    orders: OrderPreferences = field(default_factory=OrderPreferences)
    transport: str = "rest"  #: one of TRANSPORTS
    xml: XmlSettings = field(default_factory=XmlSettings)
    #: team mode: the team's PostgreSQL database (postgresql://user@host/db, no password: that
    #: is in the keyring as "<profile>:team"); empty: this desk's own SQLite journal
    team_url: str = ""

    def base_url(self) -> str:
        return self.api_url or BASE_URLS.get(self.kind, "")

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["version"] = PROFILE_VERSION
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Profile:
        data = _migrate(dict(data))
        known = {f.name for f in fields(OrderPreferences)}
        prefs = {k: v for k, v in data.get("orders", {}).items() if k in known}
        if "carriers" in prefs:  # a JSON list
            prefs["carriers"] = tuple(str(c).strip().upper() for c in prefs["carriers"] or ())
        orders = OrderPreferences(**prefs)
        xml_known = {f.name for f in fields(XmlSettings)}
        xml = XmlSettings(**{k: v for k, v in (data.get("xml") or {}).items() if k in xml_known})
        transport = str(data.get("transport") or "rest").lower()
        return cls(
            name=data["name"],
            kind=ProfileKind(data.get("kind", "custom")),
            customer_number=data.get("customer_number", ""),
            country=data.get("country", ""),
            client_id=data.get("client_id", ""),
            sender_id=data.get("sender_id", "IngramDesk"),
            api_url=data.get("api_url", ""),
            orders=orders,
            transport=transport if transport in TRANSPORTS else "rest",
            xml=xml,
            team_url=data.get("team_url", ""),
        )


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older profile file up to ``PROFILE_VERSION`` (v0 had ``environment``)."""
    if data.get("version", 0) < 1 and "environment" in data:
        data["kind"] = {"sandbox": "ingram_sandbox"}.get(data["environment"], data["environment"])
    data["version"] = PROFILE_VERSION
    return data


class ProfileStore:
    def __init__(self, profiles_dir: Path) -> None:
        self.profiles_dir = profiles_dir

    def _file(self, name: str) -> Path:
        if not _NAME.match(name):
            raise ValueError(f"Not a valid profile name: {name!r}")
        return self.profiles_dir / name / "profile.json"

    def names(self) -> list[str]:
        if not self.profiles_dir.is_dir():
            return []
        return sorted(p.parent.name for p in self.profiles_dir.glob("*/profile.json"))

    def load(self, name: str) -> Profile | None:
        path = self._file(name)
        try:
            return Profile.from_json(json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None

    def save(self, profile: Profile) -> None:
        path = self._file(profile.name)
        write_private(path, json.dumps(profile.to_json(), indent=2))

    def delete(self, name: str) -> None:
        self._file(name).unlink(missing_ok=True)
