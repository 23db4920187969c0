"""The inbox for pushed documents: the sandbox writes despatch advice and invoices for its
orders, the inbox imports them, matches them by order number or PO, keeps what it cannot match
or read, and feeds the watch-list notifications."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from ingram_desk.cli.main import main
from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.sandbox import demo
from ingram_desk.services.events import INBOX_CHANGED, WATCH_CHANGED, EventHub
from ingram_desk.services.inbox_service import InboxService
from ingram_desk.services.order_journal import OrderJournal
from ingram_desk.services.ordering_service import OrderingService
from tests.ingram.test_xml_safety import BILLION_LAUGHS


def shipped_order(server: Any) -> Any:
    return next(
        o for o in server.orders.all()
        if any(sh.serial_numbers and sh.tracking_numbers
               for s in o.sub_orders for ln in s.lines for sh in ln.shipments)
        and any(s.invoice_number for s in o.sub_orders)
    )  # fmt: skip


def sparse_file(path: Path, size: int) -> Path:
    with open(path, "wb") as fh:
        fh.truncate(size)
    return path


def inbox(
    tmp_path: Path, known: Any = None, client: Any = None, events: Any = None
) -> InboxService:
    return InboxService(tmp_path / "inbox", known_orders=known or (lambda: []), client=client,
                        events=events)  # fmt: skip


async def test_documents_for_an_xml_placed_order_attach_to_it(
    sandbox, xml_client_factory, tmp_path
):
    sku = next(p.sku for p in sandbox.catalogue.products if p.stock > 10)
    async with xml_client_factory(sandbox) as c:
        journal = OrderJournal(tmp_path / "j.sqlite3")
        svc = OrderingService(c, journal)
        entry = await svc.submit_draft(
            OrderDraft.from_request({"lines": [{"ingramPartNumber": sku, "quantity": 2}]})
        )
        (number,) = entry.ingram_order_numbers
        written = sandbox.write_documents(tmp_path / "drop", number)
        known = lambda: [(e.customer_po, e.ingram_order_numbers) for e in journal.entries()]  # noqa: E731
        events = EventHub()
        seen: list[Any] = []
        events.subscribe(WATCH_CHANGED, seen.append)
        box = inbox(tmp_path, known, None, events)
        records = await box.import_path(tmp_path / "drop")
    assert {p.name[:6] for p in written} == {"DESADV", "INVOIC"}
    assert all(r.matched and r.order_numbers == (number,) for r in records)
    docs = box.documents_for(number)
    advice = next(d for d in docs if d.kind == "despatch_advice")
    bill = next(d for d in docs if d.kind == "invoice")
    assert advice.customer_po == entry.customer_po and advice.tracking and advice.serial_numbers
    assert bill.lines[0].sku == sku and bill.lines[0].quantity == 2 and bill.total is not None
    assert {c.order_number for c in seen} == {number}
    assert any("Despatch advice" in c.changes[0] for c in seen)


async def test_despatch_advice_is_matched_by_po_through_ingram_when_the_journal_does_not_know_it(
    sandbox, xml_client_factory, tmp_path
):
    order = shipped_order(sandbox)
    sandbox.write_documents(tmp_path / "drop", order.number)
    async with xml_client_factory(sandbox) as c:
        records = await inbox(tmp_path, client=c).import_path(tmp_path / "drop")
    advices = [r for r in records if r.kind == "despatch_advice"]
    assert advices and all(r.order_numbers == (order.number,) for r in advices)
    docs = inbox(tmp_path).documents_for(order.number)
    serials = {s for d in docs if d.kind == "despatch_advice" for s in d.serial_numbers}
    expected = {s for sub in order.sub_orders for ln in sub.lines for sh in ln.shipments for s in sh.serial_numbers}  # fmt: skip
    assert serials == expected


async def test_unknown_and_unreadable_documents_are_kept_and_listed(tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "stranger.xml").write_bytes(
        b"<DespatchAdvice><DespatchAdviceHeader><DespatchAdviceNumber>DA1</DespatchAdviceNumber>"
        b"<CustomerPO>NOBODY-KNOWS</CustomerPO></DespatchAdviceHeader></DespatchAdvice>"
    )
    (drop / "bomb.xml").write_bytes(BILLION_LAUGHS)
    (drop / "notes.xml").write_bytes(b"this is not xml")
    (drop / "other.xml").write_bytes(b"<Catalogue/>")
    (drop / "ignored.txt").write_bytes(b"not an xml file name")
    events = EventHub()
    announced: list[Any] = []
    events.subscribe(INBOX_CHANGED, announced.extend)
    box = inbox(tmp_path, events=events)
    records = await box.import_path(drop)
    assert len(records) == 4 and not any(r.matched for r in records)
    by_name = {Path(r.source).name: r for r in records}
    assert by_name["stranger.xml"].kind == "despatch_advice"
    assert by_name["stranger.xml"].customer_po == "NOBODY-KNOWS"
    assert "DOCTYPE" in by_name["bomb.xml"].error and by_name["bomb.xml"].kind == "unreadable"
    assert by_name["other.xml"].kind == "unreadable" and "Catalogue" in by_name["other.xml"].error
    assert {r.id for r in box.unmatched()} == {r.id for r in records}
    assert len(announced) == 4
    for r in records:  # every byte kept in the private inbox, never dropped
        assert (tmp_path / "inbox" / "documents" / f"{r.id}.xml").is_file()
    again = await box.import_path(drop)
    assert [r.id for r in again] == [r.id for r in records] and len(box.records()) == 4


async def test_an_unmatched_document_matches_once_its_order_is_known(tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "da.xml").write_bytes(
        b"<DespatchAdvice><DespatchAdviceHeader><DespatchAdviceNumber>DA9</DespatchAdviceNumber>"
        b"<CustomerPO>PO-LATER</CustomerPO></DespatchAdviceHeader></DespatchAdvice>"
    )
    known: list[tuple[str, tuple[str, ...]]] = []
    box = inbox(tmp_path, lambda: known)
    box.set_watch_folder(drop)
    (first,) = await box.scan()
    assert not first.matched
    known.append(("po-later", ("20-RF1AB",)))
    assert await box.scan() == []  # nothing new in the folder ...
    (record,) = box.records()
    assert record.matched and record.order_numbers == ("20-RF1AB",)  # ... but now matched


async def test_an_oversized_file_is_listed_not_read(tmp_path):
    big = sparse_file(tmp_path / "huge.xml", 50 * 1024 * 1024)
    (record,) = await inbox(tmp_path).import_path(big)
    assert record.kind == "unreadable" and "too large" in record.error


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
async def test_inbox_files_are_private(tmp_path):
    (tmp_path / "d.xml").write_bytes(b"<Invoice><InvoiceHeader><InvoiceNumber>1</InvoiceNumber></InvoiceHeader></Invoice>")  # fmt: skip
    box = inbox(tmp_path)
    (record,) = await box.import_path(tmp_path / "d.xml")
    assert os.stat(box.docs / f"{record.id}.xml").st_mode & 0o777 == 0o600
    assert os.stat(box.index_file).st_mode & 0o777 == 0o600
    assert os.stat(box.folder).st_mode & 0o777 == 0o700


def test_cli_inbox_import_reports_what_each_document_matched(
    tmp_path, capsys, sandbox, monkeypatch
):
    for key, value in zip(
        ("INGRAM_CLIENT_ID", "INGRAM_CLIENT_SECRET", "INGRAM_CUSTOMER_NUMBER", "INGRAM_COUNTRY"),
        (sandbox.config.client_id, sandbox.config.client_secret, demo.DEMO_CUSTOMER_NUMBER, "NL"),
        strict=True,
    ):
        monkeypatch.setenv(key, value)
    order = shipped_order(sandbox)
    sandbox.write_documents(tmp_path / "drop", order.number)
    (tmp_path / "drop" / "junk.xml").write_bytes(b"<nope")
    base = ["--data-dir", str(tmp_path / "data"), "--api-url", sandbox.url, "--transport", "xml"]
    assert main([*base, "orders", "inbox", "import", str(tmp_path / "drop"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    matched = [d for d in data["documents"] if d["matched"]]
    assert matched and all(d["order_numbers"] == [order.number] for d in matched)
    assert [d["kind"] for d in data["documents"] if not d["matched"]] == ["unreadable"]
    assert main([*base, "orders", "show", order.number, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert {d["kind"] for d in shown["documents"]} == {"despatch_advice", "invoice"}
    assert main([*base, "orders", "inbox", "import", str(tmp_path / "missing")]) != 0
