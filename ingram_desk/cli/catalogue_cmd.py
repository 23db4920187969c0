"""``ingram-desk catalogue import|stock|search|changes|info``: the offline catalogue from a shell.

The store is ``<data-dir>/profiles/<profile>/catalogue.sqlite3`` (profile "demo" by default).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ingram_desk.cli.lazy import lazy

__all__ = ["CATALOGUE_FILE", "catalogue_path", "register"]

CATALOGUE_FILE = "catalogue.sqlite3"
_RUN = "ingram_desk.cli.catalogue_run"


def catalogue_path(args: argparse.Namespace) -> Path:
    from ingram_desk.paths import app_paths

    paths = app_paths(getattr(args, "data_dir", None)).ensure()
    return paths.profile_dir(getattr(args, "profile", None) or "demo") / CATALOGUE_FILE


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "catalogue", parents=[common], help="import Ingram's price files and search them offline"
    )
    sub = p.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)

    imp = sub.add_parser("import", parents=[common], help="import a price file (CSV/TXT/ZIP)")
    imp.add_argument("price_file", type=Path, metavar="PRICEFILE")
    imp.add_argument("--stock", type=Path, help="Hourly Stock File to apply over it")
    imp.add_argument("--categories", type=Path, help="Category File (code, name, parent)")
    imp.add_argument("--mapping", type=Path, help="column mapping JSON for an unknown layout")
    imp.add_argument("--currency", default="EUR", help="currency when the file has none")
    imp.add_argument("--force", action="store_true", help="replace even if the file looks wrong")
    imp.add_argument("--json", action="store_true", help="machine-readable report")
    imp.set_defaults(handler=lazy(_RUN, "handle_import"))

    resume = sub.add_parser(
        "resume", parents=[common], help="finish an import stopped before its catalogue was written"
    )
    resume.add_argument("--json", action="store_true", help="machine-readable report")
    resume.set_defaults(handler=lazy(_RUN, "handle_resume"))

    stock = sub.add_parser("stock", parents=[common], help="apply an Hourly Stock File")
    stock.add_argument("stock_file", type=Path, metavar="STOCKFILE")
    stock.add_argument("--json", action="store_true")
    stock.set_defaults(handler=lazy(_RUN, "handle_stock"))

    search = sub.add_parser("search", parents=[common], help="search the imported catalogue")
    search.add_argument("text", nargs="?", default="", metavar="TEXT", help="empty lists all")
    search.add_argument("--vendor")
    search.add_argument("--category", help="category path or code (whole subtree)")
    search.add_argument("--in-stock", action="store_true")
    search.add_argument("--sort", default="row", help="sort column (sku, customer_price, …)")
    search.add_argument("--desc", action="store_true", help="sort descending")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=lazy(_RUN, "handle_search"))

    changes = sub.add_parser("changes", parents=[common], help="what the last import changed")
    changes.add_argument("--limit", type=int, default=100, help="SKUs listed per kind")
    changes.add_argument("--json", action="store_true")
    changes.set_defaults(handler=lazy(_RUN, "handle_changes"))

    info = sub.add_parser("info", parents=[common], help="row count, file dates, layout")
    info.add_argument("--json", action="store_true")
    info.set_defaults(handler=lazy(_RUN, "handle_info"))
