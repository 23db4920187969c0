"""``--transport xml|soap`` runs every command over IM-XML with REST's ``--json`` output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ingram_desk.cli.main import main
from ingram_desk.sandbox import demo

ENV = ("INGRAM_CLIENT_ID", "INGRAM_CLIENT_SECRET", "INGRAM_CUSTOMER_NUMBER", "INGRAM_COUNTRY")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code = main(list(argv))
    out, _ = capsys.readouterr()
    return code, json.loads(out) if out.strip().startswith(("{", "[")) else out


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, sandbox) -> str:
    values = (sandbox.config.client_id, sandbox.config.client_secret, demo.DEMO_CUSTOMER_NUMBER, "NL")  # fmt: skip
    for key, value in zip(ENV, values, strict=True):
        monkeypatch.setenv(key, value)
    return sandbox.url


@pytest.mark.parametrize("transport", ["xml", "soap"])
def test_pna_json_has_the_same_keys_and_values_as_rest(
    tmp_path: Path, capsys, sandbox, env, transport
):
    skus = [p.sku for p in sandbox.catalogue.products if p.stock > 10][:2]
    base = ["--data-dir", str(tmp_path), "--api-url", env]
    code, rest = run(capsys, *base, "pna", *skus, "NOPE1", "--json")
    assert code == 3  # an unknown item: exit 3, the found ones still listed
    code, xml = run(capsys, *base, "--transport", transport, "pna", *skus, "NOPE1", "--json")
    assert code == 3
    assert [set(r) for r in xml["results"]] == [set(r) for r in rest["results"]]
    for a, b in zip(xml["results"][:2], rest["results"][:2], strict=True):
        assert {k: a[k] for k in ("sku", "customer_price", "currency", "total_available")} == {
            k: b[k] for k in ("sku", "customer_price", "currency", "total_available")
        }
        assert [set(w) for w in a["warehouses"]] == [set(w) for w in b["warehouses"]]
        assert a["status_code"] == b["status_code"]
    assert xml["results"][2]["status_code"] == "E"
    paths = {r["path"] for r in sandbox.received_log()}
    assert ("/soap" if transport == "soap" else "/imxml") in paths


def test_orders_create_search_and_show_over_xml(tmp_path: Path, capsys, sandbox, env):
    sku = next(p.sku for p in sandbox.catalogue.products if p.stock > 10)
    order = tmp_path / "order.json"
    order.write_text(json.dumps({"customerOrderNumber": "CLI-XML-1",
                                 "lines": [{"ingramPartNumber": sku, "quantity": 1}]}))  # fmt: skip
    base = ["--data-dir", str(tmp_path), "--api-url", env, "--transport", "xml"]
    code, created = run(capsys, *base, "orders", "create", str(order), "--json")
    assert code == 0, created
    assert created["state"] == "placed"
    number = created["ingram_order_numbers"][0]
    code, found = run(capsys, *base, "orders", "search", "--customer-po", "CLI-XML-1", "--json")
    assert [r["ingram_order_number"] for r in found["results"]] == [number]
    code, listed = run(capsys, *base, "orders", "search", "--json")  # the journal's POs
    assert number in [r["ingram_order_number"] for r in listed["results"]]
    code, shown = run(capsys, *base, "orders", "show", number, "--json")
    assert code == 0 and shown["customer_order_number"] == "CLI-XML-1"
    code, by_rest = run(capsys, "--data-dir", str(tmp_path), "--api-url", env, "orders", "show", number, "--json")  # fmt: skip
    assert by_rest["customer_order_number"] == "CLI-XML-1"
