"""The transport a profile chooses, its IM-XML/SOAP settings on disk, and the client it yields."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace

from ingram_desk.ingram.client import IngramClient
from ingram_desk.ingram.config import ClientConfig
from ingram_desk.ingram.xml.client import XmlClient
from ingram_desk.services.client_factory import make_client
from ingram_desk.settings.profiles import Profile, ProfileKind, ProfileStore, XmlSettings

CONFIG = ClientConfig("http://127.0.0.1:9", "20-222222", "NL", "LOGIN1", "secret-1")


def test_xml_settings_survive_a_save_and_load(tmp_path):
    store = ProfileStore(tmp_path)
    profile = Profile(
        "acme", ProfileKind.CUSTOM, transport="soap",
        xml=XmlSettings(soap_namespace="urn:x", soap_action="urn:x/{message}", country_code="BE",
                        async_orders=True),
    )  # fmt: skip
    store.save(profile)
    assert store.load("acme") == profile
    data = json.loads((tmp_path / "acme" / "profile.json").read_text())
    assert data["transport"] == "soap" and data["xml"]["soap_action"] == "urn:x/{message}"


def test_an_older_profile_file_is_rest_and_an_unknown_transport_falls_back_to_rest(tmp_path):
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "profile.json").write_text(json.dumps({"name": "old", "kind": "custom"}))
    (tmp_path / "odd").mkdir()
    (tmp_path / "odd" / "profile.json").write_text(
        json.dumps(
            {
                "name": "odd",
                "kind": "custom",
                "transport": "carrier-pigeon",
                "xml": {"path": "/x", "unknown": 1},
            }
        )
    )
    store = ProfileStore(tmp_path)
    old, odd = store.load("old"), store.load("odd")
    assert old is not None and old.transport == "rest" and old.xml == XmlSettings()
    assert odd is not None and odd.transport == "rest" and odd.xml.path == "/x"


def test_the_transport_picks_the_client_and_its_settings():
    base = Profile("p", ProfileKind.CUSTOM, country="NL")
    clients = [
        make_client(base, CONFIG),
        make_client(replace(base, transport="xml"), CONFIG),
        make_client(
            replace(base, transport="soap", xml=XmlSettings(soap_path="/ws", country_code="be")),
            CONFIG,
        ),
    ]
    try:
        rest, xml, soap = clients
        assert isinstance(rest, IngramClient)
        assert isinstance(xml, XmlClient) and not xml.xml.soap and xml.xml.endpoint == "/imxml"
        assert isinstance(soap, XmlClient) and soap.xml.endpoint == "/ws"
        assert soap.creds.login == "LOGIN1" and soap.creds.country_code == "BE"
        assert "secret-1" not in repr(soap.creds)
    finally:
        for client in clients:
            asyncio.run(client.aclose())
