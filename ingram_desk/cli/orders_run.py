"""The ``orders`` subcommands' work, imported only when one of them runs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ingram_desk.cli.context import open_context
from ingram_desk.cli.output import emit_json, fail, run_command
from ingram_desk.domain.errors import DraftValidationError, IngramError
from ingram_desk.domain.order_file import MAX_FILE_BYTES, parse_order_file
from ingram_desk.services.order_journal import OrderState
from ingram_desk.services.tracking_service import SearchCriteria


def handle_search(args: argparse.Namespace) -> int:
    criteria = SearchCriteria(
        order_number=args.order_number,
        customer_po=args.customer_po,
        status=args.status,
        since=args.since,
        until=args.until,
    )

    async def run() -> int:
        async with open_context(args) as ctx:
            rows = []
            total = 0
            async for row, seen_total in ctx.tracking.search(
                criteria, page_size=100 if args.all else 25, limit=None if args.all else 25
            ):
                rows.append(row)
                total = seen_total
        if args.json:
            emit_json({"results": [r.as_json() for r in rows], "total": total})
            return 0
        for r in rows:
            when = r.order_date.isoformat()[:10] if r.order_date else ""
            print(f"{r.ingram_order_number:<12} {r.customer_order_number:<20} {when}  {r.status}")
            for s in r.sub_orders:
                hold = f"  hold {s.hold_reason_code}: {s.hold_reason}" if s.hold_reason_code else ""
                print(f"    {s.sub_order_number:<14} {s.status_code or '':<2} {s.status}{hold}")
        print(f"{len(rows)} of {total} order(s)")
        return 0

    return run_command(run)


def handle_show(args: argparse.Namespace) -> int:
    async def run() -> int:
        async with open_context(args) as ctx:
            details = await ctx.tracking.details(args.number)
            assert ctx.inbox is not None
            documents = ctx.inbox.documents_for(details.ingram_order_number)
            invoices = []
            for number in details.invoice_numbers:
                try:
                    invoices.append((await ctx.tracking.invoice(number)).as_json())
                except IngramError as exc:
                    invoices.append({"invoice_number": number, "error": exc.one_line()})
        data = details.as_json()
        data["invoices"] = invoices
        data["documents"] = [d.as_json() for d in documents]
        if args.json:
            emit_json(data)
            return 0
        print(
            f"{details.ingram_order_number}  PO {details.customer_order_number}  {details.status}"
        )
        for ln in details.lines:
            print(
                f"  {ln.line_number} {ln.sku:<8} x{ln.quantity_ordered} {ln.status}"
                f"  {ln.unit_price or ''} {details.currency or ''}"
            )
            for sh in ln.shipments:
                for p in sh.packages:
                    serials = f" serials {', '.join(p.serial_numbers)}" if p.serial_numbers else ""
                    print(f"      {p.carrier_name} {p.tracking_number}{serials}")
        for doc in documents:
            print(f"  {doc.summary()}")
        for inv in invoices:
            print(
                f"  invoice {inv.get('invoice_number')} {inv.get('status', inv.get('error', ''))}"
            )
        return 0

    return run_command(run)


def handle_create(args: argparse.Namespace) -> int:
    try:
        with args.file.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return fail(f"cannot read {args.file}: {exc.strerror or exc}")
    try:
        draft = parse_order_file(data)
    except DraftValidationError as exc:
        return fail(f"{args.file}: {exc.one_line()}")

    async def run() -> int:
        async with open_context(args) as ctx:
            # Sent by this process once it holds the journal's driver lock, or by the process
            # that holds it (the window); either way the outcome printed is the journal's.
            entry = await ctx.ordering.place(draft)
        if args.json:
            emit_json(entry.as_json())
        elif entry.state is OrderState.PLACED:
            print(f"placed: {', '.join(entry.ingram_order_numbers)} (PO {entry.customer_po})")
        elif entry.state is OrderState.QUEUED and entry.attempts == 0:
            print(
                f"{entry.state.label}: PO {entry.customer_po} (another Ingram Desk process is"
                " sending orders from this journal; it will send this one)"
            )
        else:
            print(f"{entry.state.label}: PO {entry.customer_po}")
        if entry.state in (OrderState.PLACED, OrderState.QUEUED):
            return 0
        return fail(f"{entry.state.label}: {entry.last_error or entry.customer_po}")

    return run_command(run)


def handle_journal(args: argparse.Namespace) -> int:
    async def run() -> int:
        async with open_context(args) as ctx:
            if args.process:
                await ctx.ordering.recover()
                if ctx.ordering.driven_elsewhere:
                    print(
                        "ingram-desk: another Ingram Desk process is sending orders from this"
                        " journal; it processes them (nothing sent from here)",
                        file=sys.stderr,
                    )
            entries = ctx.journal.entries()
            events = {e.draft_id: ctx.journal.events(e.draft_id) for e in entries}
        if args.json:
            out = []
            for e in entries:
                item = e.as_json()
                if args.events:
                    item["events"] = [
                        {
                            "from": ev.from_state.value if ev.from_state else None,
                            "to": ev.to_state.value,
                            "reason": ev.reason,
                            "at": ev.at.isoformat(),
                        }
                        for ev in events[e.draft_id]
                    ]
                out.append(item)
            emit_json({"orders": out})
            return 0
        for e in entries:
            numbers = ", ".join(e.ingram_order_numbers)
            print(f"{e.customer_po:<20} {e.state.value:<16} {numbers}")
            if args.events:
                for ev in events[e.draft_id]:
                    print(f"    {ev.at:%Y-%m-%d %H:%M:%S} {ev.to_state.value:<16} {ev.reason}")
        print(f"{len(entries)} order(s) in the journal")
        return 0

    return run_command(run)


def handle_inbox_import(args: argparse.Namespace) -> int:
    if not args.path.exists():
        return fail(f"no such file or folder: {args.path}")

    async def run() -> int:
        async with open_context(args) as ctx:
            assert ctx.inbox is not None
            records = await ctx.inbox.import_path(args.path)
        if args.json:
            emit_json({"documents": [r.as_json() for r in records]})
        else:
            for r in records:
                where = ", ".join(r.order_numbers) if r.matched else f"UNMATCHED {r.error}".strip()
                print(f"{Path(r.source).name:<40} {r.summary:<60} -> {where}")
            unmatched = sum(1 for r in records if not r.matched)
            print(f"{len(records)} document(s), {unmatched} unmatched (kept in the inbox)")
        return 0

    return run_command(run)


def handle_inbox_list(args: argparse.Namespace) -> int:
    async def run() -> int:
        async with open_context(args) as ctx:
            assert ctx.inbox is not None
            records = sorted(ctx.inbox.records(), key=lambda r: (r.matched, r.imported_at))
        if args.json:
            emit_json({"documents": [r.as_json() for r in records]})
            return 0
        for r in records:
            where = ", ".join(r.order_numbers) if r.matched else "UNMATCHED"
            print(f"{r.imported_at}  {r.kind:<18} {r.summary:<60} -> {where}")
        return 0

    return run_command(run)
