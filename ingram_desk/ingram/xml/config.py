"""What one IM-XML (or SOAP) conversation needs beyond the REST ``ClientConfig``.

The login and password are the profile's client id and keyring secret (``ClientConfig``), so
they are stored, redacted and rotated like every other secret.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PNA_XML_MAX", "XmlConfig"]

#: the seed's limit for one XML P&A request (the NA guide allows 50)
PNA_XML_MAX = 20


@dataclass(frozen=True, slots=True)
class XmlConfig:
    soap: bool = False  #: wrap every message in a SOAP 1.1 envelope
    path: str = "/imxml"  #: plain IM-XML endpoint, relative to the profile's API URL
    soap_path: str = "/soap"  #: SOAP endpoint (not published by Ingram: a profile setting)
    soap_namespace: str = ""  #: namespace for the message inside Body ("" = none, as in IM-XML)
    soap_action: str = "{message}"  #: SOAPAction header template; ``{message}`` = root name
    country_code: str = ""  #: TransactionHeader CountryCode ("" = the profile's country)
    receiver_id: str = "INGRAM"
    ship_from_branches: str = ""  #: ShipFromBranches ("" = the country's local warehouses)
    async_orders: bool = False  #: OrderRequest 2.5 (acknowledgement now, confirmation pushed)

    @property
    def endpoint(self) -> str:
        return self.soap_path if self.soap else self.path
