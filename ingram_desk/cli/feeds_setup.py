"""Composition of the feeds for the CLI and the window (one path for both).

The demo profile fetches from the embedded sandbox's feed servers (started here, on the sandbox
clock), over FTPS by default; its ``feeds.json`` may choose the protocol and the schedule. Any
other profile reads ``<profile>/feeds.json`` and its secret from the keyring entry
``<profile>/feeds`` (``INGRAM_FEED_SECRET`` overrides both).
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from ingram_desk.feeds.config import CONFIG_FILE, FeedConfig, load_feed_config, with_source
from ingram_desk.services.catalogue_service import CatalogueService
from ingram_desk.services.feed_service import FeedService
from ingram_desk.settings.credentials import CredentialStore
from ingram_desk.settings.profiles import ProfileKind

__all__ = ["FEEDS_FILE", "build_feed_service", "demo_feed_config", "feed_secret_key"]

FEEDS_FILE = CONFIG_FILE


def feed_secret_key(profile: str) -> str:
    """The keyring entry of a profile's feed password or key (apart from its API secret)."""
    return f"{profile}/feeds"


def demo_feed_config(feeds: Any, saved: FeedConfig | None = None) -> FeedConfig:
    """Settings that reach the sandbox's feed servers (``feed_servers.FeedSandbox``)."""
    base = saved or FeedConfig(enabled=True, protocol="ftps")
    protocol = base.protocol if base.protocol in ("ftp", "ftps", "sftp") else "ftps"
    return replace(
        base,
        protocol=protocol,
        host=feeds.host,
        port=feeds.sftp_port if protocol == "sftp" else feeds.ftp_port,
        user=feeds.user,
        folder=feeds.folder,
        price_pattern="PRICE_{date}.zip",
        stock_pattern="STOCK_{date}.csv",
        category_pattern="CATEGORY.csv",
        tls_ca_file=str(feeds.cert_file),
        host_key=feeds.host_key,
    )


def build_feed_service(
    ctx: Any,
    catalogue: CatalogueService,
    *,
    source: str | None = None,
    ca_file: str | None = None,
    start_servers: bool = True,
    env: dict[str, str] | None = None,
) -> FeedService:
    """The profile's ``FeedService`` (``ctx`` is the CLI context: paths, profile, sandbox)."""
    env = dict(os.environ) if env is None else env
    profile = ctx.profile
    folder: Path = ctx.paths.profile_dir(profile.name)
    saved = load_feed_config(folder / FEEDS_FILE)
    demo = profile.kind is ProfileKind.DEMO and ctx.sandbox is not None
    now = None
    if demo:
        now = ctx.sandbox.clock
        if start_servers:
            feeds = ctx.sandbox.start_feeds()
            config = demo_feed_config(feeds, saved)
        else:
            config = saved or FeedConfig(
                enabled=True, protocol="ftps", category_pattern="CATEGORY.csv"
            )
    else:
        config = saved or FeedConfig()
    if source:
        config = with_source(config, source)
        if demo and start_servers:
            same_sftp = config.protocol == "sftp" and config.port == ctx.sandbox.feeds.sftp_port
            config = replace(config, host_key=ctx.sandbox.feeds.host_key if same_sftp else "")
    if ca_file:
        config = replace(config, tls_ca_file=ca_file)

    async def secret() -> str | None:
        if env.get("INGRAM_FEED_SECRET"):
            return env["INGRAM_FEED_SECRET"]
        if demo:
            from ingram_desk.sandbox.feed_servers import DEMO_FEED_PASSWORD

            return DEMO_FEED_PASSWORD
        return await CredentialStore().get_secret_async(feed_secret_key(profile.name))

    extra = {"now": now} if now is not None else {}
    return FeedService(folder, config, secret, catalogue, ctx.events, **extra)
