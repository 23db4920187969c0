"""``ingram-desk pna SKU...``: live price & availability for up to 20 items."""

from __future__ import annotations

import argparse

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "pna",
        parents=[common],
        help="live price & availability (up to 20 SKUs, VPNs or EANs)",
        description="Live price and availability from Ingram. Prefix an item with sku:, vpn: "
        "or ean: to say what it is.",
    )
    p.add_argument("items", nargs="+", metavar="SKU", help="Ingram SKU, vendor part number or EAN")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from ingram_desk.cli.context import open_context  # loaded when the command runs
    from ingram_desk.cli.output import emit_json, run_command

    async def run() -> int:
        async with open_context(args) as ctx:
            results = await ctx.pna.check(args.items)
        # exit 3 when an item was not found (documented in --help)
        found_all = 0 if all(r.ok for r in results) else 3
        if args.json:
            emit_json({"results": [r.as_json() for r in results]})
            return found_all
        for r in results:
            if not r.ok:
                print(f"{r.query}: {r.status_message or 'not found'}")
                continue
            price = f"{r.customer_price} {r.currency}" if r.customer_price is not None else "-"
            print(f"{r.sku}  {r.vpn or ''}  {r.description}")
            print(f"    price {price}   available {r.total_available}")
            for w in r.warehouses:
                eta = f"  ETA {w.eta}" if w.eta else ""
                kind = "central" if w.central else "local"
                print(
                    f"    {w.id:<5} {w.name:<12} {kind:<7} {w.available:>7}"
                    f"  backordered {w.backordered}{eta}"
                )
        return found_all

    return run_command(run)
