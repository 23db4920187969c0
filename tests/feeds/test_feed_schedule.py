"""The schedule follows the sandbox clock: the hourly stock file, the daily price file, the
start-up rule, and overdue feeds in the status."""

from __future__ import annotations

from datetime import timedelta

from tests.feeds.conftest import START


def _stock_rows(path) -> dict[str, int]:
    lines = path.read_text(encoding="utf-8-sig").splitlines()[1:]
    return {line.split("|")[0]: int(line.split("|")[1]) for line in lines}


async def test_hourly_stock_and_daily_price_follow_the_sandbox_clock(make_service, feeds, clock):
    service = make_service("ftp")
    assert service.due() == ["price", "stock", "category"], "never fetched: all due"
    assert (await service.run_due()).ok
    assert service.due() == []
    assert await service.run_due() is None

    clock.advance(50 * 60)  # 11:05: a new hour, a new stock file
    assert service.due() == ["stock"]
    report = await service.run_due()
    assert [(o.kind, o.status) for o in report.outcomes] == [("stock", "imported")]
    rows = _stock_rows(feeds.files.path_of("stock"))
    products = await service.catalogue.products_by_sku(list(rows)[:20])
    assert {sku: p.stock for sku, p in products.items()} == {s: rows[s] for s in products}
    assert len(products) == 20
    # what the hour's file changed, and only stock (the day's price changes stay the import's)
    changed = {kind for kind, n in report.changes.items() if n}
    assert changed and changed <= {"back_in_stock", "out_of_stock"}, report.changes
    assert service.due() == []

    clock.advance(3 * 3600)  # 14:05, no run since 11:05: stock overdue, price not
    status = {s.kind: s for s in service.status()}
    assert status["stock"].age_text() == "stock 3 h old" and status["stock"].overdue
    assert not status["price"].overdue and status["price"].age_text() == "price 9 h old"
    assert status["price"].next_run == (START + timedelta(days=1)).replace(hour=6, minute=30)

    clock.set((START + timedelta(days=1)).replace(hour=5, minute=30))  # before 06:30
    assert service.due() == ["stock"]
    assert service.due(at_start=True) == ["price", "stock", "category"], "older than a day"
    clock.set((START + timedelta(days=1)).replace(hour=6, minute=31))
    assert service.due() == ["price", "stock", "category"]
    report = await service.run_due()
    price = next(o for o in report.outcomes if o.kind == "price")
    assert (
        price.status == "imported"
        and price.remote_name == f"PRICE_{START + timedelta(days=1):%Y%m%d}.zip"
    )
    assert report.changes["new"] > 0 and report.changes["removed"] > 0


async def test_a_failed_run_is_retried_after_the_retry_interval(make_service, feeds, clock):
    service = make_service("ftp")
    feeds.faults.wrong_login = True
    await service.run_due()
    assert service.due() == []
    clock.advance(16 * 60)
    assert service.due() == ["price", "stock", "category"]


async def test_an_older_stock_file_is_not_applied_over_a_newer_price_file(
    make_service, feeds, clock
):
    from ingram_desk.sandbox.feed_files import day_products

    service = make_service("ftp")
    assert (await service.sync()).ok
    old_stock = _stock_rows(feeds.files.path_of("stock"))
    clock.set((START + timedelta(days=1)).replace(hour=6, minute=31))
    feeds.files.missing.add("stock")  # today's stock file is late: yesterday's is the last one
    report = await service.sync(["price"])
    assert next(o for o in report.outcomes if o.kind == "price").status == "imported"
    tomorrow = {p.sku: p for p in day_products((START + timedelta(days=1)).date(), 1000)}
    differ = [s for s, q in old_stock.items() if s in tomorrow and tomorrow[s].stock != q][:10]
    assert differ
    products = await service.catalogue.products_by_sku(differ)
    assert {s: p.stock for s, p in products.items()} == {s: tomorrow[s].stock for s in differ}
