"""``ingram-desk pna`` and ``orders ...`` through ``main()``: JSON shapes of the issue, exit codes,
the embedded demo sandbox (state kept between runs) and the ``--api-url`` + environment mode."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ingram_desk.cli.main import main
from ingram_desk.sandbox.dataset import load_catalogue

ENV = ("INGRAM_CLIENT_ID", "INGRAM_CLIENT_SECRET", "INGRAM_CUSTOMER_NUMBER", "INGRAM_COUNTRY")


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ENV:
        monkeypatch.delenv(key, raising=False)


@pytest.fixture(scope="module")
def skus() -> list[str]:
    products = load_catalogue().products
    return [p.sku for p in products if p.stock > 10 and not p.discontinued][:3]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    try:
        data = json.loads(out) if out.strip() else None
    except ValueError:
        data = out
    return code, data, err


def test_pna_json_shape_on_the_demo_profile(tmp_path: Path, capsys, skus) -> None:
    code, data, _ = run(capsys, "--data-dir", str(tmp_path), "pna", *skus[:2], "NOPE1", "--json")
    assert code == 3  # an item not found (exit codes in --help)
    first, _, bad = data["results"]
    assert set(first) == {
        "sku", "vpn", "description", "customer_price", "currency", "total_available",
        "warehouses", "status_code", "status_message",
    }  # fmt: skip
    assert set(first["warehouses"][0]) == {
        "id", "name", "location", "central", "available", "backordered", "eta",
    }  # fmt: skip
    assert first["currency"] == "EUR" and isinstance(first["customer_price"], str)
    assert bad["status_code"] == "E"
    assert (tmp_path / "profiles" / "demo").is_dir()


def test_pna_text_output_and_global_options_after_the_command(tmp_path, capsys, skus) -> None:
    code, out, _ = run(capsys, "pna", skus[0], "--data-dir", str(tmp_path))
    assert code == 0 and skus[0] in out and "Tilburg" in out


def test_more_than_20_items_fails_with_one_line(tmp_path, capsys) -> None:
    items = [f"A{i:05d}" for i in range(21)]
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "pna", *items)
    assert code == 1 and err.count("\n") == 1 and "At most 20" in err


def test_orders_search_show_create_and_journal(tmp_path: Path, capsys, skus) -> None:
    d = str(tmp_path)
    code, data, _ = run(
        capsys, "--data-dir", d, "orders", "search", "--customer-po", "PO-SPLIT-4711", "--json"
    )
    assert code == 0 and data["total"] == 2
    row = data["results"][0]
    assert set(row) == {
        "ingram_order_number", "customer_order_number", "order_date", "status", "sub_orders",
    }  # fmt: skip
    assert set(row["sub_orders"][0]) == {
        "sub_order_number", "status_code", "status", "hold_reason_code", "hold_reason",
        "hold_explanation",
    }  # fmt: skip

    code, data, _ = run(capsys, "--data-dir", d, "orders", "search", "--all", "--json")
    assert code == 0 and len(data["results"]) > 20
    shipped = next(
        r["ingram_order_number"]
        for r in data["results"]
        if any(s["status_code"] == "F" for s in r["sub_orders"])
    )
    code, data, _ = run(capsys, "--data-dir", d, "orders", "show", shipped, "--json")
    assert code == 0
    assert data["lines"] and data["tracking_numbers"] and data["invoices"]
    assert "serial_numbers" in data["lines"][0]

    draft = tmp_path / "order.json"
    draft.write_text(
        json.dumps(
            {
                "customerOrderNumber": "CLI-PO-1",
                "lines": [{"ingramPartNumber": skus[0], "quantity": 1}],
            }
        )
    )
    code, data, _ = run(capsys, "--data-dir", d, "orders", "create", str(draft), "--json")
    assert code == 0 and data["state"] == "placed" and data["ingram_order_numbers"]
    number = data["ingram_order_numbers"][0]

    # The demo sandbox keeps placed orders between runs.
    assert (tmp_path / "profiles" / "demo" / "sandbox-state.json").exists()
    code, data, _ = run(
        capsys, "--data-dir", d, "orders", "search", "--customer-po", "CLI-PO-1", "--json"
    )
    assert [r["ingram_order_number"] for r in data["results"]] == [number]

    code, data, _ = run(capsys, "--data-dir", d, "orders", "journal", "--events", "--json")
    (entry,) = data["orders"]
    assert entry["customer_po"] == "CLI-PO-1" and entry["state"] == "placed"
    assert [e["to"] for e in entry["events"]] == ["draft", "queued", "in_flight", "placed"]

    # Same file again: the journal refuses the PO before anything is sent.
    code, _, err = run(capsys, "--data-dir", d, "orders", "create", str(draft))
    assert code == 1 and "already used" in err and err.count("\n") == 1


def test_unknown_order_is_exit_1_with_one_line(tmp_path, capsys) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "orders", "show", "20-NOPE9")
    assert code == 1 and err.startswith("ingram-desk: ") and err.count("\n") == 1


def test_invalid_draft_file_is_refused(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"lines": [{"ingramPartNumber": "X", "quantity": 0}]}))
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "orders", "create", str(bad))
    assert code == 1 and "quantity" in err


def test_api_url_with_environment_needs_no_profile_and_starts_no_sandbox(
    tmp_path, capsys, monkeypatch, sandbox, skus
) -> None:
    monkeypatch.setenv("INGRAM_CLIENT_ID", sandbox.config.client_id)
    monkeypatch.setenv("INGRAM_CLIENT_SECRET", sandbox.config.client_secret)
    monkeypatch.setenv("INGRAM_CUSTOMER_NUMBER", "20-222222")
    monkeypatch.setenv("INGRAM_COUNTRY", "nl")
    d = str(tmp_path)
    code, data, _ = run(capsys, "--data-dir", d, "--api-url", sandbox.url, "pna", skus[0], "--json")
    assert code == 0 and data["results"][0]["sku"] == skus[0]
    assert not (tmp_path / "profiles" / "demo").exists()
    assert any("priceandavailability" in r["path"] for r in sandbox.received)


def test_api_url_without_credentials_is_a_clear_error(tmp_path, capsys) -> None:
    code, _, err = run(
        capsys, "--data-dir", str(tmp_path), "--api-url", "http://127.0.0.1:9", "pna", "X"
    )
    assert code == 1 and "INGRAM_CLIENT_SECRET" in err


def test_saved_profile_without_a_secret_says_what_to_do(tmp_path, capsys) -> None:
    from ingram_desk.settings.profiles import Profile, ProfileKind, ProfileStore

    ProfileStore(tmp_path / "profiles").save(
        Profile("acme", ProfileKind.CUSTOM, "20-1", "NL", "app", api_url="http://127.0.0.1:9")
    )
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "--profile", "acme", "pna", "X")
    assert code == 1 and "No client secret" in err and "INGRAM_CLIENT_SECRET" in err


def test_saved_profile_reads_its_secret_from_the_keyring(
    tmp_path, capsys, sandbox, memory_keyring, skus
) -> None:
    from ingram_desk.settings.credentials import CredentialStore
    from ingram_desk.settings.profiles import Profile, ProfileKind, ProfileStore

    ProfileStore(tmp_path / "profiles").save(
        Profile(
            "acme",
            ProfileKind.CUSTOM,
            "20-222222",
            "NL",
            sandbox.config.client_id,
            api_url=sandbox.url,
        )
    )
    CredentialStore().set_secret("acme", sandbox.config.client_secret)
    code, data, _ = run(
        capsys, "--data-dir", str(tmp_path), "--profile", "acme", "pna", skus[0], "--json"
    )
    assert code == 0 and data["results"][0]["sku"] == skus[0]
    profile_text = (tmp_path / "profiles" / "acme" / "profile.json").read_text()
    assert sandbox.config.client_secret not in profile_text


def test_process_exits_0_after_an_orderly_teardown(tmp_path, skus) -> None:
    """A real process: the embedded sandbox, client and journal close; no abort at exit."""
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "ingram_desk.cli.main", "--data-dir", str(tmp_path), "pna",
         skus[0], "--json"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["results"][0]["sku"] == skus[0]
    assert proc.stderr == ""
