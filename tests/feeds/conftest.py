"""Real loopback feed servers (FTP/FTPS and SFTP) on a pinned sandbox clock, and a feed service
over a real SQLite catalogue in ``tmp_path``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from ingram_desk.feeds.config import FeedConfig
from ingram_desk.sandbox.clock import ShiftableClock
from ingram_desk.sandbox.feed_servers import DEMO_FEED_PASSWORD, FeedSandbox
from ingram_desk.services.catalogue_service import CatalogueService
from ingram_desk.services.feed_service import FeedService

#: the sandbox's day starts 10:15 local time (its price file of the day is out since 05:00)
START = datetime(2026, 12, 4, 10, 15).astimezone()
ROWS = 1000


@pytest.fixture
def clock() -> ShiftableClock:
    c = ShiftableClock()
    c.set(START)
    return c


@pytest.fixture
def feeds(clock: ShiftableClock) -> Iterator[FeedSandbox]:
    sandbox = FeedSandbox(clock, rows=ROWS).start()
    try:
        yield sandbox
    finally:
        sandbox.stop()


def config_for(feeds: FeedSandbox, protocol: str) -> FeedConfig:
    return FeedConfig(
        enabled=True,
        protocol=protocol,
        host=feeds.host,
        port=feeds.sftp_port if protocol == "sftp" else feeds.ftp_port,
        user=feeds.user,
        folder=feeds.folder,
        price_pattern="PRICE_{date}.zip",
        stock_pattern="STOCK_{date:%Y%m%d}.csv",
        category_pattern="CATEGORY.csv",
        tls_ca_file=str(feeds.cert_file),
        host_key=feeds.host_key,
        timeout=10,
    )


@pytest.fixture
def make_service(
    tmp_path: Path, feeds: FeedSandbox, clock: ShiftableClock
) -> Iterator[Callable[..., FeedService]]:
    made: list[CatalogueService] = []

    def make(protocol: str = "ftp", password: str = DEMO_FEED_PASSWORD, **changes) -> FeedService:
        catalogue = CatalogueService(tmp_path / "catalogue.sqlite3", in_subprocess=False)
        made.append(catalogue)

        async def secret() -> str:
            return password

        config = replace(config_for(feeds, protocol), **changes)
        return FeedService(tmp_path / "profile", config, secret, catalogue, now=clock)

    yield make
    for c in made:
        c.close()
