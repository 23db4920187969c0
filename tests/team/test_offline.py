"""The team database unreachable: the desk says so in one line, P&A keeps working, drafts are kept
on the desk, nothing is sent whose PO cannot be claimed; back online, the drafts join the team
journal once (no duplicate), and one whose PO a colleague took meanwhile stays on the desk."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import psycopg
import pytest

from ingram_desk.cli.main import main
from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.domain.phrase import Phrase
from ingram_desk.services.team import schema
from ingram_desk.services.team.offline import OFFLINE_FILE, catch_up_file
from ingram_desk.services.team.pg_journal import PgJournal


def test_offline_desk_keeps_drafts_sends_nothing_and_catches_up_once(
    sandbox: Any, pg_factory: Any, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    server = pg_factory()
    with psycopg.connect(server.url(), autocommit=True) as conn:
        schema.migrate(conn, "tests")
    url = server.url()
    monkeypatch.setenv("INGRAM_CLIENT_ID", sandbox.config.client_id)
    monkeypatch.setenv("INGRAM_CLIENT_SECRET", sandbox.config.client_secret)
    monkeypatch.setenv("INGRAM_CUSTOMER_NUMBER", "20-222222")
    monkeypatch.setenv("INGRAM_COUNTRY", "NL")
    base = ["--data-dir", str(tmp_path / "desk"), "--team", url, "--api-url", sandbox.url]
    sku = next(p.sku for p in sandbox.catalogue.products if p.stock > 10 and not p.discontinued)
    files = {}
    for po in ("OFF-1", "OFF-2"):
        files[po] = tmp_path / f"{po}.json"
        files[po].write_text(json.dumps({"customerOrderNumber": po,
                                         "lines": [{"ingramPartNumber": sku, "quantity": 1}]}))  # fmt: skip
    server.stop()

    assert main([*base, "pna", sku]) == 0  # P&A keeps working
    err = capsys.readouterr().err
    assert "team database 127.0.0.1:" in err and "unreachable" in err
    assert "P&A work" in err and "Traceback" not in err
    for po in ("OFF-1", "OFF-2"):
        assert main([*base, "orders", "create", str(files[po])]) == 1
        err = capsys.readouterr().err
        assert "nothing is sent until its PO can be claimed" in err and "Traceback" not in err
    assert sandbox.placed_orders() == []  # nothing sent

    server.start()
    with PgJournal(url, account="NL:20-222222", desk_id="colleague") as other:
        other.save_draft(OrderDraft.from_request({  # a colleague took OFF-2 meanwhile
            "customerOrderNumber": "OFF-2", "lines": [{"ingramPartNumber": sku, "quantity": 2}],
        }))  # fmt: skip
    assert main([*base, "orders", "journal", "--json"]) == 0
    out, err = capsys.readouterr()
    assert "draft PO OFF-1 moved to the team journal" in err
    assert "draft with PO OFF-2 stays on this desk" in err
    orders = {o["customer_po"]: o["state"] for o in json.loads(out)["orders"]}
    assert orders == {"OFF-1": "draft", "OFF-2": "draft"}
    assert main([*base, "orders", "journal", "--json"]) == 0  # again: nothing moved twice
    out, err = capsys.readouterr()
    assert "moved to the team journal" not in err
    assert "draft with PO OFF-2 stays on this desk" in err  # still kept, still said
    offline = next((tmp_path / "desk").rglob(OFFLINE_FILE))
    with PgJournal(url, account="NL:20-222222", desk_id="desk") as team:
        _moved, [kept] = catch_up_file(offline, team)
    assert isinstance(kept, Phrase) and kept.values["po"] == "OFF-2"  # the window translates it
    assert kept.template.startswith("draft with PO {po} stays on this desk: {error}")
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute("SELECT customer_po, count(*) FROM orders GROUP BY 1 ORDER BY 1")
        assert rows.fetchall() == [("OFF-1", 1), ("OFF-2", 1)]
    assert sandbox.placed_orders() == []
