"""``ingram-desk screenshots OUTDIR``: the main window on the demo profile with realistic content,
one PNG per tab (catalogue.png, pna.png, order.png, orders.png), the checkout review
(checkout.png) and an order on customer hold with its actions (holds.png, change-order.png),
offscreen if need be."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path
from typing import Any

__all__ = ["register", "take_screenshots"]

#: window size of the pictures (the issue asks for at least 1200×750)
SIZE = (1440, 860)
#: what the catalogue shot searches for, and what the P&A shot checks
CATALOGUE_SEARCH = "monitor"
PNA_SEARCHES = ("monitor", "notebook", "switch")


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "screenshots",
        parents=[common],
        help="write catalogue.png, pna.png, order.png and orders.png of the app",
        description="Opens the main window on the demo profile (offscreen unless a display is "
        "wanted), fills every tab with realistic content and saves one PNG per tab.",
    )
    p.add_argument("outdir", type=Path, help="folder for the PNG files (created if missing)")
    p.add_argument(
        "--lang",
        choices=("en", "nl", "de", "fr", "system"),
        default=None,
        help="the language of the pictures (default: the app's setting, View › Language)",
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    Path(args.outdir).mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    from ingram_desk.app import set_up_language

    set_up_language(app, args, args.lang)
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        written = runner.run(take_screenshots(args, Path(args.outdir)))
    for path in written:
        print(path)
    return 0


def _next(signal: Any) -> asyncio.Future[tuple[Any, ...]]:
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def fire(*values: Any) -> None:
        if not future.done():
            future.set_result(values)

    signal.connect(fire)
    return future


async def _settle() -> None:
    """Let queued paints and layout requests run before a grab."""
    for _ in range(5):
        await asyncio.sleep(0.02)


async def take_screenshots(args: argparse.Namespace, outdir: Path) -> list[Path]:
    from ingram_desk.app import attach_feeds, open_app, sample_files

    written: list[Path] = []
    async with open_app(args) as session:
        window, catalogue = session.window, session.catalogue
        window.resize(*SIZE)
        window.show()
        if not (await catalogue.info()).row_count:
            price, stock, category = sample_files()
            await catalogue.import_files(price, stock_file=stock, category_file=category)
        feeds = await attach_feeds(session)  # the feeds fetch what is due, as at a normal start
        await feeds.service.run_due(at_start=True)
        feeds.refresh()
        await window.refresh_catalogue_state()

        tab = window.catalogue_tab
        done = _next(tab.search_finished)
        tab.search.setText(CATALOGUE_SEARCH)
        tab.search.flush()
        await asyncio.wait_for(done, 30)
        tab.table.selectRow(2)
        written.append(await _grab(window, outdir / "catalogue.png"))
        details = await catalogue.change_details()  # (the feed's file against the sample's)
        if any(details.summary.counts.values()):
            from PySide6.QtCore import Qt

            from ingram_desk.ui.dialogs.changes_dialog import ChangesDialog

            rises = details.summary.counts.get("price_up", 0)
            changes = ChangesDialog(details, "price_up" if rises else None, window)
            changes.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)  # the biggest rises
            changes.show()
            written.append(await _grab(changes, outdir / "changes.png"))
            changes.close()

        from ingram_desk.services.catalogue_service import CatalogueQuery

        skus: list[str] = []
        for text in PNA_SEARCHES:
            result = await catalogue.search(CatalogueQuery(text=text))
            products = catalogue.reader.read_rows(result.ids[:200])
            # one article the hourly stock file changed, so the grid shows "file said …"
            changed = [p for p in products if p.raw.get("VMENGE", "") not in ("", str(p.stock))]
            skus += [p.sku for p in (changed[:1] + products)[:2]]
        skus.append("BOGUS-SKU-1")
        window.tabs.setCurrentWidget(window.pna_tab)
        done = _next(window.pna_tab.check_finished)
        window.pna_tab.check_items(skus)
        await asyncio.wait_for(done, 30)
        written.append(await _grab(window, outdir / "pna.png"))

        order_tab = window.order_tab
        order_tab.new_draft()
        order_tab.end_po.setText("EU-4471")
        order_tab.notes.setText("Goods-in, gate 3; call 30 min ahead")
        window.add_to_order([(skus[0], 2), (skus[2], 1), (skus[4], 5)])
        done = _next(order_tab.live_check_finished)
        order_tab.check_live()  # the live P&A that runs before sending: shows what changed
        await asyncio.wait_for(done, 30)
        written.append(await _grab(window, outdir / "order.png"))
        shown = _next(order_tab.review_shown)
        order_tab.submit()  # the checkout review before anything is sent
        (review,) = await asyncio.wait_for(shown, 30)
        written.append(await _grab(review, outdir / "checkout.png"))
        review.back_button.click()  # nothing is placed by taking screenshots

        orders_tab = window.orders_tab
        pushed = await _pushed_documents(session, outdir)
        window.tabs.setCurrentWidget(orders_tab)
        done = _next(orders_tab.search_finished)
        orders_tab.run_search()
        await asyncio.wait_for(done, 30)
        from ingram_desk.ui.models.orders_model import COLUMNS

        hold_col = [k for k, _ in COLUMNS].index("hold")
        model = orders_tab.model
        held = next((r for r in range(model.rowCount()) if model.index(r, hold_col).data()), 0)
        if pushed:  # an IM-XML profile: the order whose pushed documents were imported
            held = orders_tab.model.rows_of(pushed)[0]
        done = _next(orders_tab.details_shown)
        orders_tab.table.selectRow(held)
        await asyncio.wait_for(done, 30)
        if pushed:  # show the documents under the order's lines
            bar = orders_tab.detail.verticalScrollBar()
            bar.setValue(bar.maximum())
        written.append(await _grab(window, outdir / "orders.png"))
        if pushed:
            dialog = orders_tab.show_inbox()
            written.append(await _grab(dialog, outdir / "inbox.png"))
            dialog.close()
        # an order on customer hold: release and change are offered, with what they do
        on_customer_hold = next(
            (r for r in range(model.rowCount()) if str(model.index(r, hold_col).data()).startswith("IM")),
            None,
        )  # fmt: skip
        if on_customer_hold is not None:
            if on_customer_hold != held:
                done = _next(orders_tab.details_shown)
                orders_tab.table.selectRow(on_customer_hold)
                await asyncio.wait_for(done, 30)
            details = orders_tab.detail.details
            written.append(await _grab(window, outdir / "holds.png"))
            change = orders_tab.open_change()
            if change is not None and details is not None and details.lines:
                change.set_quantity(details.lines[0].line_number, 1)
                written.append(await _grab(change, outdir / "change-order.png"))
                change.reject()  # nothing is changed by taking screenshots
    return written


async def _pushed_documents(session: Any, outdir: Path) -> str | None:
    """On an IM-XML profile (``--transport xml|soap``): the demo sandbox writes despatch advice
    and an invoice for a shipped order, plus one document nobody ordered, and the inbox imports
    them, so the Orders tab shows them and the inbox lists the unmatched one."""
    ctx = session.context
    if ctx.profile.transport == "rest" or ctx.sandbox is None or ctx.inbox is None:
        return None
    order = next(
        o for o in ctx.sandbox.orders.all()
        if any(sh.serial_numbers for s in o.sub_orders for ln in s.lines for sh in ln.shipments)
    )  # fmt: skip
    drop = outdir / "pushed-documents"
    ctx.sandbox.write_documents(drop, order.number)
    (drop / "DESADV_UNKNOWN.xml").write_bytes(
        b"<DespatchAdvice><DespatchAdviceHeader><DespatchAdviceNumber>DA-0000-UNKNOWN"
        b"</DespatchAdviceNumber><CustomerPO>PO-NOT-OURS</CustomerPO></DespatchAdviceHeader>"
        b"</DespatchAdvice>"
    )
    await ctx.inbox.import_path(drop)
    return str(order.number)


async def _grab(window: Any, path: Path) -> Path:
    await _settle()
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path
