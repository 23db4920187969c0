"""Reliability §7 E3 on the IM-XML and SOAP transports: the password travels inside every request
body, yet it appears in no file the app wrote, no output and no error text, even at DEBUG."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from ingram_desk.cli.main import main
from ingram_desk.ingram.xml import messages as m
from ingram_desk.ingram.xml.tree import to_bytes
from ingram_desk.sandbox.dataset import load_catalogue

FAKE_SECRET = "FAKE-XML-PW-5eed-91ab"


@pytest.mark.parametrize("transport", ["xml", "soap"])
def test_no_xml_password_in_anything_the_app_wrote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch, sandbox_factory, transport
) -> None:
    server = sandbox_factory(client_secret=FAKE_SECRET)
    monkeypatch.setenv("INGRAM_CLIENT_ID", server.config.client_id)
    monkeypatch.setenv("INGRAM_CLIENT_SECRET", FAKE_SECRET)
    monkeypatch.setenv("INGRAM_CUSTOMER_NUMBER", "20-222222")
    monkeypatch.setenv("INGRAM_COUNTRY", "NL")
    monkeypatch.setenv("INGRAM_DESK_LOG_LEVEL", "DEBUG")
    base = ["--data-dir", str(tmp_path), "--api-url", server.url, "--transport", transport]
    sku = next(p.sku for p in load_catalogue().products if p.stock > 10 and not p.discontinued)
    order = tmp_path / "order.json"
    order.write_text(json.dumps({"lines": [{"ingramPartNumber": sku, "quantity": 1}]}))

    assert main([*base, "pna", sku, "--json"]) == 0
    assert main([*base, "orders", "create", str(order)]) == 0
    server.write_documents(tmp_path / "drop")
    assert main([*base, "orders", "inbox", "import", str(tmp_path / "drop")]) == 0
    monkeypatch.setenv("INGRAM_CLIENT_SECRET", FAKE_SECRET + "-wrong")
    assert main([*base, "pna", sku]) == 1  # 20007, and the refused password is not echoed
    # a request body logged by mistake is masked as well (LoginID and Password elements)
    creds = m.Credentials("S", "INGRAM", "NL", "LOGIN-77", FAKE_SECRET + "-other")
    logging.getLogger("ingram_desk").debug("sent %s", to_bytes(m.pna_request(creds, [{"upc": "1"}])).decode())  # fmt: skip
    out, err = capsys.readouterr()

    needles = [FAKE_SECRET, FAKE_SECRET + "-other", "LOGIN-77"]
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p != order]
    log_text = (tmp_path / "logs" / "cli.log").read_text()
    assert "<Password>***</Password>" in log_text
    for path in written:
        data = path.read_bytes()
        for needle in needles:
            assert needle.encode() not in data, f"{needle[:6]}… leaked into {path}"
    for needle in needles:
        assert needle not in out and needle not in err
