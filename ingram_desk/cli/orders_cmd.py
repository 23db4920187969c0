"""``ingram-desk orders search|show|create|journal|inbox``: order search, details, placement,
journal, and the inbox of documents Ingram pushes (despatch advice, invoices)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ingram_desk.cli.lazy import lazy

_RUN = "ingram_desk.cli.orders_run"


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: use YYYY-MM-DD") from None


def _status(text: str) -> str:
    from ingram_desk.domain.order_status import ORDER_STATUSES

    code = text.strip().upper()
    if code and code in ORDER_STATUSES:
        return code
    known = ", ".join(sorted(c for c in ORDER_STATUSES if c))
    raise argparse.ArgumentTypeError(f"unknown order status {text!r}; one of: {known}")


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("orders", parents=[common], help="search, show, create orders")
    sub = p.add_subparsers(dest="orders_command", metavar="ACTION", required=True)

    s = sub.add_parser("search", parents=[common], help="search orders (seed OrderLookAPI)")
    s.add_argument("--order-number")
    s.add_argument("--customer-po")
    s.add_argument("--status", type=_status, help="status code, e.g. C, S, R (seed 004 table)")
    s.add_argument("--since", type=_day, help="created on or after YYYY-MM-DD")
    s.add_argument("--until", type=_day, help="created on or before YYYY-MM-DD")
    s.add_argument("--all", action="store_true", help="fetch every page (default: first 25)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=lazy(_RUN, "handle_search"))

    sh = sub.add_parser("show", parents=[common], help="one order: lines, shipments, invoices")
    sh.add_argument("number", help="Ingram order number, e.g. 20-RD3QV")
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(handler=lazy(_RUN, "handle_show"))

    c = sub.add_parser("create", parents=[common], help="place an order from a v6 request file")
    c.add_argument("file", type=Path, help="JSON in the shape of Ingram's v6 order-create request")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=lazy(_RUN, "handle_create"))

    j = sub.add_parser("journal", parents=[common], help="the local order journal with states")
    j.add_argument("--process", action="store_true", help="send/reconcile orders that are due")
    j.add_argument("--events", action="store_true", help="include the audit trail")
    j.add_argument("--json", action="store_true")
    j.set_defaults(handler=lazy(_RUN, "handle_journal"))

    ib = sub.add_parser("inbox", parents=[common], help="documents Ingram pushes (XML files)")
    ib_sub = ib.add_subparsers(dest="inbox_command", metavar="ACTION", required=True)
    imp = ib_sub.add_parser(
        "import", parents=[common], help="import despatch advice / invoice XML files"
    )
    imp.add_argument("path", type=Path, help="an XML file, or a folder of them")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=lazy(_RUN, "handle_inbox_import"))
    ls = ib_sub.add_parser("list", parents=[common], help="imported documents, unmatched first")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=lazy(_RUN, "handle_inbox_list"))
