"""The ``catalogue`` subcommands' work, imported only when one of them runs."""

from __future__ import annotations

import argparse
import asyncio
import functools
import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from ingram_desk.catalogue.categories import named as categories_named
from ingram_desk.catalogue.engine import Catalogue
from ingram_desk.catalogue.generation import GenerationDamagedError
from ingram_desk.catalogue.layouts import MappingError, MappingRequired, UserMapping
from ingram_desk.catalogue.query import CatalogueQuery, ChangeSummary
from ingram_desk.catalogue.report import (
    CatalogueImportError,
    ImportProgress,
    ImportReport,
    SanityGateError,
)
from ingram_desk.catalogue.schema import CatalogueDamagedError
from ingram_desk.cli.catalogue_cmd import catalogue_path
from ingram_desk.cli.output import emit_json, fail
from ingram_desk.domain.product import Product
from ingram_desk.services import import_texts as said
from ingram_desk.services.catalogue_service import CatalogueService, ImportOutcome


def _store_errors(handler: Callable[[argparse.Namespace], int]) -> Callable[..., int]:
    """A damaged catalogue is one line that says how to recover, never a traceback."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except (CatalogueDamagedError, GenerationDamagedError) as exc:
            return fail(str(exc))
        except sqlite3.DatabaseError as exc:
            return fail(str(CatalogueDamagedError(catalogue_path(args), str(exc))))

    return run


class _Progress:
    """The import dialog's progress (``services.import_texts``) on one line of a terminal."""

    def __init__(self) -> None:
        self.searchable = False

    def __call__(self, tick: ImportProgress) -> None:
        if tick.phase == "kept":
            return  # (said if the import is interrupted: ``handle_import``)
        if tick.phase == "searchable":
            self.searchable = True
            print(f"\r{said.searchable_line(tick.rows)}\033[K", file=sys.stderr)
            return
        line = said.sentence(said.progress_line(tick, self.searchable))
        if not self.searchable and tick.bytes_total:
            line += (
                f", {tick.bytes_read / 1e6:.0f}/{tick.bytes_total / 1e6:.0f} MB, "
                f"{said.rate_line(tick)}"
            )
        print(f"\r{line}\033[K", end="", file=sys.stderr)


def _progress(args: argparse.Namespace) -> _Progress | None:
    return _Progress() if sys.stderr.isatty() and not args.json else None


async def _import(args: argparse.Namespace, mapping: UserMapping | None) -> ImportOutcome:
    """The app's own import path: ``CatalogueService`` (one child reads a big file, serves its
    snapshot and commits it; the same progress ticks and report)."""
    service = CatalogueService(catalogue_path(args))
    await service.open()
    if service.damaged_note:  # a damaged catalogue was set aside: this import rebuilds it
        print(f"ingram-desk: {service.damaged_note}", file=sys.stderr)
    try:
        outcome = await service.import_files(
            args.price_file, stock_file=args.stock, category_file=args.categories,
            mapping=mapping, force=args.force, currency=args.currency,
            progress=_progress(args),
        )  # fmt: skip
    finally:
        service.close()
    return outcome


def handle_import(args: argparse.Namespace) -> int:
    try:
        mapping = UserMapping.load(args.mapping) if args.mapping else None
        outcome = asyncio.run(_import(args, mapping))
    except KeyboardInterrupt:  # a big import kept by then is not lost: say how it finishes
        from ingram_desk.catalogue.engine import catalogue_root
        from ingram_desk.catalogue.kept_import import find

        if find(catalogue_root(catalogue_path(args))) is not None:
            print(
                "\ninterrupted: the import was kept; `ingram-desk catalogue resume` or the app's "
                "next start finishes it",
                file=sys.stderr,
            )
        return 130
    except SanityGateError as exc:
        return fail(f"refused: {exc}")
    except (MappingRequired, MappingError, CatalogueImportError, OSError) as exc:
        return fail(str(exc))
    return _imported(args, outcome)


async def _resume(args: argparse.Namespace) -> ImportOutcome | None:
    """The import kept when the app (or ``catalogue import``) was stopped before its swap,
    finished through the same service path as the window's next start finishes it."""
    service = CatalogueService(catalogue_path(args))
    await service.open()
    try:
        kept = await service.kept_import()
        if kept is None:
            await service.check_writable()  # another window imports: not "nothing to finish"
            return None
        print(f"finishing the import of {kept.price_file.name}", file=sys.stderr)
        return await service.finish_kept_import(kept, progress=_progress(args))
    finally:
        service.close()


def handle_resume(args: argparse.Namespace) -> int:
    try:
        outcome = asyncio.run(_resume(args))
    except SanityGateError as exc:
        return fail(f"refused: {exc}")
    except (MappingRequired, MappingError, CatalogueImportError, OSError) as exc:
        return fail(str(exc))
    if outcome is None:
        print("no interrupted import to finish")
        return 0
    return _imported(args, outcome)


def _print_changes(report: ImportReport, changes: ChangeSummary) -> None:
    """What changed since the previous file (price or stock file), as the import dialog says."""
    heading, lines = said.changes_heading(report, changes), said.change_lines(changes)
    if heading is not None:
        print(f"{heading}:" if lines else heading)
    for line in lines:
        print(f"  {line}")


def _imported(args: argparse.Namespace, outcome: ImportOutcome) -> int:
    """An import's report, as ``--json`` or as the import dialog says it (in English)."""
    report, changes = outcome.report, outcome.changes
    if args.json:
        emit_json(report.as_dict())
        return 0
    if sys.stderr.isatty():
        print(file=sys.stderr)  # (after the progress line)
    print(f"{said.headline(report)}\n{said.details(report)}")
    for w in report.warnings:
        print(f"  note: {w}", file=sys.stderr)
    _print_changes(report, changes)
    for p in report.problems[:20]:
        print(f"  line {p.line}: {p.reason}{'' if p.skipped else ' (kept)'}")
    if report.problem_count > 20:
        print(f"  … {report.problem_count - 20:,} more problems (see --json)")
    return 0


async def _stock(args: argparse.Namespace) -> ImportOutcome:
    service = CatalogueService(catalogue_path(args))
    try:
        return await service.apply_stock(args.stock_file)
    finally:
        service.close()


@_store_errors
def handle_stock(args: argparse.Namespace) -> int:
    try:
        outcome = asyncio.run(_stock(args))
    except (CatalogueImportError, OSError, ValueError) as exc:
        return fail(str(exc))
    report = outcome.report
    if args.json:
        emit_json(report.as_dict())
        return 0
    print(
        f"{report.source}: {report.stock_rows_applied:,} SKUs updated, "
        f"{report.stock_rows_unknown:,} not in the catalogue"
    )
    _print_changes(report, outcome.changes)
    return 0


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _result(p: Product) -> dict[str, object]:
    return {
        "sku": p.sku,
        "vpn": p.vpn,
        "ean": p.ean,
        "vendor": p.vendor,
        "description": p.description,
        "category": p.category,
        "customer_price": _money(p.customer_price),
        "retail_price": _money(p.retail_price),
        "currency": p.currency,
        "stock": p.stock,
        "eta": p.eta.isoformat() if p.eta else None,
        "stock_warehouse": p.stock_warehouse or None,
    }


@_store_errors
def handle_search(args: argparse.Namespace) -> int:
    path = catalogue_path(args)
    if not path.exists():
        return fail("no catalogue yet: run `ingram-desk catalogue import PRICEFILE` first")
    store = Catalogue.open(path)
    try:
        started = time.perf_counter()
        query = CatalogueQuery(
            text=args.text,
            vendor=args.vendor,
            category=args.category,
            in_stock=args.in_stock,
            sort_key=args.sort,
            descending=args.desc,
        )
        ids = store.query_ids(query)
        products = store.read_rows(ids[: max(args.limit, 0)])
        elapsed = (time.perf_counter() - started) * 1000
        named = [] if args.json else categories_named(store.category_tree(), args.text or "")
    except ValueError as exc:
        return fail(str(exc))
    finally:
        store.close()
    if args.json:
        results = [_result(p) for p in products]
        emit_json({"results": results, "total": len(ids), "query_ms": round(elapsed, 2)})
        return 0
    for p in products:
        price = f"{p.customer_price} {p.currency}" if p.customer_price is not None else "-"
        stock = "-" if p.stock is None else str(p.stock)
        print(f"{p.sku:<12} {p.vpn:<22} {price:>14} {stock:>6}  {p.vendor}: {p.description}")
    print(f"{len(ids):,} found in {elapsed:.1f} ms")
    for node in named:  # (a category's name is not among the words searched, as in the window)
        if node.path != args.category:
            count = f"{node.count:,} product{'' if node.count == 1 else 's'}"
            print(f"category {node.path!r} ({count}): --category {node.path!r}")
    return 0


@_store_errors
def handle_changes(args: argparse.Namespace) -> int:
    path = catalogue_path(args)
    if not path.exists():
        return fail("no catalogue yet: run `ingram-desk catalogue import PRICEFILE` first")
    store = Catalogue.open(path)
    try:
        summary = store.changes(limit=max(args.limit, 0))
    finally:
        store.close()
    if args.json:
        emit_json(summary.as_dict())
        return 0
    if not any(summary.counts.values()):
        print("no changes recorded (fewer than two imports, or identical files)")
        return 0
    for kind, count in summary.counts.items():
        if not count:
            continue
        print(f"{said.change_line(kind, count)}:")  # (as the import's report says it)
        for c in summary.items[kind]:  # (a new or removed article has one side)
            sides = " → ".join(side for side in (c.old, c.new) if side is not None)
            named = f"  {c.vendor} {c.description}".rstrip()  # (a removed article's, as it was)
            print(f"  {c.sku}  {sides}{named}")
    return 0


@_store_errors
def handle_info(args: argparse.Namespace) -> int:
    path = catalogue_path(args)
    store = Catalogue.open(path)
    try:
        info = store.info()
    finally:
        store.close()
    if args.json:
        emit_json({"path": str(path), **{k: getattr(info, k) for k in info.__slots__}})
        return 0
    if not info.row_count and not info.source:
        print(
            f"{path}: no catalogue imported yet — import one with "
            "`ingram-desk catalogue import PRICE_FILE`"
        )
        return 3  # nothing found (documented in --help)
    print(f"{path}: {info.row_count:,} rows (generation {info.generation}, {info.layout})")
    made = _when(info.price_file_time) or "an unknown date"
    dated = f"of {made}" if info.price_file_dated else f"received {made} (the file carries no date)"
    print(
        f"price file {info.source or '(unknown)'} {dated}, "
        f"imported {_when(info.imported_at) or 'at an unknown time'}"
    )
    print(f"stock file of {_when(info.stock_file_time) or '-'}")
    return 0


def _when(stamp: str) -> str:
    """A stored ISO time as a person reads it: ``15 Jan 2026 02:05`` (UTC ones in local time)."""
    try:
        at = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return (at.astimezone() if at.tzinfo else at).strftime("%d %b %Y %H:%M")
