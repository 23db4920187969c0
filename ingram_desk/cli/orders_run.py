"""The ``orders`` subcommands' work, imported only when one of them runs."""

from __future__ import annotations

import argparse
import json

from ingram_desk.cli.context import open_context
from ingram_desk.cli.output import emit_json, fail, run_command
from ingram_desk.domain.errors import IngramError
from ingram_desk.domain.order_draft import OrderDraft
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
            invoices = []
            for number in details.invoice_numbers:
                try:
                    invoices.append((await ctx.tracking.invoice(number)).as_json())
                except IngramError as exc:
                    invoices.append({"invoice_number": number, "error": exc.one_line()})
        data = details.as_json()
        data["invoices"] = invoices
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
        for inv in invoices:
            print(
                f"  invoice {inv.get('invoice_number')} {inv.get('status', inv.get('error', ''))}"
            )
        return 0

    return run_command(run)


def handle_create(args: argparse.Namespace) -> int:
    try:
        raw = json.loads(args.file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return fail(f"cannot read {args.file}: {exc}")

    async def run() -> int:
        draft = OrderDraft.from_request(raw)
        async with open_context(args) as ctx:
            await ctx.ordering.recover()
            entry = await ctx.ordering.submit_draft(draft)
        if args.json:
            emit_json(entry.as_json())
        elif entry.state is OrderState.PLACED:
            print(f"placed: {', '.join(entry.ingram_order_numbers)} (PO {entry.customer_po})")
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
