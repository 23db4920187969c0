"""Fetch-and-import against the sandbox's real FTP, FTPS and SFTP servers on loopback."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.sandbox.feed_files import day_products
from tests.feeds.conftest import ROWS, START


def _by_kind(report):
    return {o.kind: o for o in report.outcomes}


async def _skus(service) -> set[str]:
    ids = (await service.catalogue.search(CatalogueQuery())).ids
    return {p.sku for p in service.catalogue.reader.read_rows(ids)}


@pytest.mark.parametrize("protocol", ["ftp", "ftps", "sftp"])
async def test_full_fetch_and_import_over_each_protocol(make_service, protocol):
    service = make_service(protocol)
    report = await service.sync()
    outcomes = _by_kind(report)
    assert report.ok, report.as_dict()
    assert [outcomes[k].status for k in ("price", "stock", "category")] == ["imported"] * 3
    expected = {p.sku for p in day_products(START.date(), ROWS)}
    assert outcomes["price"].rows == len(expected)
    assert await _skus(service) == expected
    info = await service.catalogue.info()
    assert info.row_count == len(expected)
    tree = await service.catalogue.category_tree()
    assert tree, "the category file was imported with the price file"
    placed = service.kind_folder("price")
    assert [p.name for p in placed.iterdir() if not p.name.startswith(".")] == [
        f"{START:%Y%m%d}-050000-PRICE_{START:%Y%m%d}.csv"
    ], "unzipped and renamed into place, no temp file left"
    assert not list(placed.glob(".*"))


async def test_unchanged_files_are_skipped_without_a_transfer(make_service, feeds):
    service = make_service("ftp")
    assert (await service.sync()).ok
    transfers = len(feeds.faults.transfers)
    generation = (await service.catalogue.info()).generation
    report = await service.sync()
    assert {o.status for o in report.outcomes} == {"skipped"}
    assert len(feeds.faults.transfers) == transfers, "nothing was downloaded again"
    assert (await service.catalogue.info()).generation == generation


@pytest.mark.parametrize("protocol", ["ftp", "sftp"])
async def test_a_dropped_transfer_resumes_where_it_stopped(make_service, feeds, protocol):
    feeds.files.refresh()
    size = feeds.files.path_of("price").stat().st_size
    feeds.faults.drop_after = size // 2
    service = make_service(protocol)
    report = await service.sync(["price"])
    price = _by_kind(report)["price"]
    assert price.status == "imported", report.as_dict()
    assert price.resumed_from == size // 2
    tries = [t for t in feeds.faults.transfers if t["path"].endswith(".zip")]
    assert tries[0]["dropped"] and tries[0]["sent"] == size // 2
    assert tries[1]["offset"] == size // 2 and not tries[1]["dropped"]
    assert tries[1]["sent"] == size - size // 2, "only the rest was sent again"
    assert await _skus(service) == {p.sku for p in day_products(START.date(), ROWS)}


async def test_a_file_shorter_than_its_listing_is_never_imported(make_service, feeds, clock):
    service = make_service("ftps")
    assert (await service.sync()).ok
    before = await _skus(service)
    info = await service.catalogue.info()
    clock.advance(24 * 3600)  # the next day's price file
    feeds.faults.short_by = 700
    report = await service.sync(["price"])
    price = _by_kind(report)["price"]
    assert price.status == "failed" and price.error_kind == "feed_truncated"
    assert "incomplete" in price.message and "fetched again" in price.remedy
    assert await _skus(service) == before, "the old catalogue is untouched"
    assert (await service.catalogue.info()).generation == info.generation
    assert not [p for p in service.kind_folder("price").iterdir() if "PRICE_20261205" in p.name]
    feeds.faults.short_by = 0
    retry = await service.sync(["price"])
    assert _by_kind(retry)["price"].status == "imported"
    assert await _skus(service) == {
        p.sku for p in day_products(START.date() + timedelta(days=1), ROWS)
    }


@pytest.mark.parametrize("protocol", ["ftp", "sftp"])
async def test_a_wrong_password_is_reported_with_its_remedy(make_service, protocol):
    service = make_service(protocol, password="not-the-password")
    report = await service.sync()
    assert not report.ok
    for o in report.outcomes:
        assert o.status == "failed" and o.error_kind == "feed_login"
        assert "refused the login" in o.message
        assert "password Ingram sent you" in o.remedy
    assert (await service.catalogue.info()).row_count == 0
    assert service.status()[0].last_outcome == "failed"


async def test_wrong_login_switch_and_missing_file(make_service, feeds, clock):
    service = make_service("ftp")
    feeds.faults.wrong_login = True
    assert _by_kind(await service.sync())["price"].error_kind == "feed_login"
    feeds.faults.wrong_login = False
    assert (await service.sync()).ok
    clock.advance(24 * 3600)
    feeds.files.missing.add("price")
    report = await service.sync()
    price = _by_kind(report)["price"]
    assert price.status == "missing" and "before business hours" in price.remedy
    assert _by_kind(report)["stock"].ok, "the stock file still came"


async def test_a_file_refused_by_the_sanity_gate_keeps_the_catalogue(make_service, feeds, clock):
    service = make_service("ftp")
    assert (await service.sync()).ok
    before = await _skus(service)
    feeds.files.rows = 100  # tomorrow's file: a tenth of the rows
    clock.advance(24 * 3600)
    report = await service.sync(["price"])
    price = _by_kind(report)["price"]
    assert price.status == "refused" and price.error_kind == "feed_refused"
    assert "previous catalogue stays live" in price.remedy
    assert await _skus(service) == before


async def test_a_refused_file_offered_unchanged_is_not_fetched_again_till_asked(
    make_service, feeds, clock
):
    """At every start and retry the same refused file was fetched, imported and refused again
    (the demo's sandbox feed beside a bigger catalogue imported by hand: a banner at each
    start). The server offering it unchanged is now the refusal again, without a transfer;
    Fetch now (``retry_refused``) tries it again, and the next day's file is tried."""
    service = make_service("ftp")
    assert (await service.sync()).ok
    generation = (await service.catalogue.info()).generation
    feeds.files.rows = 100  # tomorrow's file: a tenth of the rows
    clock.advance(24 * 3600)
    first = _by_kind(await service.sync(["price"]))["price"]
    assert first.status == "refused" and not first.unchanged
    transfers = len(feeds.faults.transfers)
    clock.advance(3600)  # a retry later the same day, or the app started again
    again = _by_kind(await service.sync(["price"]))["price"]
    assert again.status == "refused" and again.unchanged and not again.ok
    assert again.message == first.message and "sanity check" in again.message
    assert len(feeds.faults.transfers) == transfers, "the refused file was not fetched again"
    assert service.status()[0].last_outcome == "refused"
    service.retry_refused()  # Fetch now
    asked = _by_kind(await service.sync(["price"]))["price"]
    assert asked.status == "refused" and not asked.unchanged
    assert len(feeds.faults.transfers) == transfers + 1
    feeds.files.rows = ROWS  # the day after: a whole file again
    clock.advance(24 * 3600)
    assert _by_kind(await service.sync(["price"]))["price"].status == "imported"
    assert (await service.catalogue.info()).generation > generation
    state = service._load_state()["price"]
    assert "refused_remote" not in state


async def test_keeps_the_last_n_downloads(make_service, clock):
    service = make_service("ftp", keep=2)
    assert (await service.sync()).ok
    for _ in range(3):
        clock.advance(3600)
        assert _by_kind(await service.sync(["stock"]))["stock"].status == "imported"
    kept = [p for p in service.kind_folder("stock").iterdir() if not p.name.startswith(".")]
    assert len(kept) == 2


async def test_feed_faults_over_the_sandbox_control_route(sandbox, tmp_path):
    import httpx

    from ingram_desk.services.catalogue_service import CatalogueService
    from ingram_desk.services.feed_service import FeedService
    from tests.feeds.conftest import config_for

    feeds = sandbox.start_feeds(rows=ROWS)
    catalogue = CatalogueService(tmp_path / "c.sqlite3", in_subprocess=False)

    async def secret() -> str:
        return feeds.password

    service = FeedService(tmp_path / "p", config_for(feeds, "sftp"), secret, catalogue,
                          now=sandbox.clock)  # fmt: skip
    try:
        async with httpx.AsyncClient(base_url=sandbox.url) as http:
            r = await http.post("/_sandbox/feeds", json={"missing": ["price"], "wrong_login": True})
            assert r.status_code == 200 and r.json()["missing"] == ["price"]
            assert not [n for n in r.json()["files"] if n.startswith("PRICE_")]
            assert {o.error_kind for o in (await service.sync()).outcomes} == {"feed_login"}
            assert (await http.delete("/_sandbox/feeds")).json()["wrong_login"] is False
            assert (await service.sync()).ok
            bad = await http.post("/_sandbox/feeds", json={"drop_everything": 1})
            assert bad.status_code == 400 and "unknown feed faults" in bad.json()["message"]
            transfers = (await http.get("/_sandbox/feeds")).json()["transfers"]
            assert {t["protocol"] for t in transfers} == {"sftp"} and len(transfers) == 3
    finally:
        catalogue.close()


async def test_a_server_that_cannot_resume_sends_the_file_again_whole(make_service, feeds):
    feeds.files.refresh()
    size = feeds.files.path_of("price").stat().st_size
    feeds.faults.drop_after, feeds.faults.refuse_rest = size // 2, True
    service = make_service("ftp")
    price = _by_kind(await service.sync(["price"]))["price"]
    assert price.status == "imported" and price.resumed_from is None
    tries = [t for t in feeds.faults.transfers if t["path"].endswith(".zip")]
    assert tries[0]["dropped"] and tries[1]["offset"] == 0 and tries[1]["sent"] == size


async def test_a_stalled_server_times_out_with_a_clear_message(make_service, feeds):
    feeds.faults.slow = 1.5  # per 64 KB: the client's 0.5 s timeout runs out first
    service = make_service("ftp", timeout=0.5)
    price = _by_kind(await service.sync(["price"]))["price"]
    assert price.status == "failed" and price.error_kind == "feed_transfer"
    assert "timed out" in price.message and "resumes" in price.remedy
    assert (await service.catalogue.info()).row_count == 0
