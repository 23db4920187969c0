"""Reliability §7 E3: a known fake secret and the tokens issued for it appear in no file the app
wrote (journal, logs, profile state), in no output and in no error text, even at DEBUG."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from ingram_desk.cli.main import main
from ingram_desk.sandbox.dataset import load_catalogue

FAKE_SECRET = "FAKE-SECRET-c0ffee-7f3a9c1d"


def test_no_secret_or_token_in_anything_the_app_wrote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch, sandbox_factory
) -> None:
    server = sandbox_factory(client_secret=FAKE_SECRET)
    monkeypatch.setenv("INGRAM_CLIENT_ID", server.config.client_id)
    monkeypatch.setenv("INGRAM_CLIENT_SECRET", FAKE_SECRET)
    monkeypatch.setenv("INGRAM_CUSTOMER_NUMBER", "20-222222")
    monkeypatch.setenv("INGRAM_COUNTRY", "NL")
    monkeypatch.setenv("INGRAM_DESK_LOG_LEVEL", "DEBUG")
    base = ["--data-dir", str(tmp_path), "--api-url", server.url]
    sku = next(p.sku for p in load_catalogue().products if p.stock > 10 and not p.discontinued)
    order = tmp_path / "order.json"
    order.write_text(json.dumps({"lines": [{"ingramPartNumber": sku, "quantity": 1}]}))
    failing = tmp_path / "failing.json"
    failing.write_text(json.dumps({"lines": [{"ingramPartNumber": sku, "quantity": 2}]}))

    assert main([*base, "pna", sku, "--json"]) == 0
    assert main([*base, "orders", "create", str(order)]) == 0
    server.faults.fail_next(1, status=500, path="/resellers/v6/orders", method="POST")
    assert main([*base, "orders", "create", str(failing)]) == 1  # reconciling: not confirmed
    server.faults.expire_tokens()
    assert main([*base, "orders", "journal", "--process", "--events", "--json"]) == 0
    monkeypatch.setenv("INGRAM_CLIENT_SECRET", FAKE_SECRET + "-wrong")
    assert main([*base, "pna", sku]) == 1  # a refused secret is not echoed either
    logging.getLogger("ingram_desk").debug("client_secret=%s", FAKE_SECRET)  # redacted too
    out, err = capsys.readouterr()

    tokens = list(server._tokens)
    assert len(tokens) >= 2
    needles = [FAKE_SECRET, *tokens]
    inputs = {order, failing}
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p not in inputs]
    names = {p.name for p in written}
    assert "orders-journal.sqlite3" in names and "cli.log" in names
    log_text = (tmp_path / "logs" / "cli.log").read_text()
    assert "order" in log_text.lower()  # the log did record the run
    for path in written:
        data = path.read_bytes()
        for needle in needles:
            assert needle.encode() not in data, f"{needle[:6]}… leaked into {path}"
    for needle in needles:
        assert needle not in out and needle not in err
