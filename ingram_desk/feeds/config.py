"""Per-profile feed settings, saved as ``<profile>/feeds.json`` (the secret is in the keyring).

File-name patterns carry the date as ``{date}`` (``%Y%m%d``) or ``{date:FORMAT}`` (strftime),
and may use ``*`` and ``?``; when several remote files match, the newest is taken.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ingram_desk.domain.errors import ConfigurationError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "CONFIG_FILE",
    "FEED_KINDS",
    "PROTOCOLS",
    "FeedConfig",
    "FeedSettingsError",
    "expand_pattern",
    "load_feed_config",
    "matches",
    "save_feed_config",
    "with_source",
]

FEED_KINDS = ("price", "stock", "category")
CONFIG_FILE = "feeds.json"  #: in the profile's folder
PROTOCOLS = ("ftp", "ftps", "sftp")
DEFAULT_PORTS = {"ftp": 21, "ftps": 21, "sftp": 22}
_DATE = re.compile(r"\{date(?::([^{}]*))?\}")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class FeedSettingsError(ConfigurationError, ValueError):
    """Feed settings that cannot be used (a ``ValueError`` too, as bad input is)."""

    kind = "feed_settings"


@dataclass(frozen=True, slots=True)
class FeedConfig:
    enabled: bool = False
    protocol: str = "ftp"  #: ftp, ftps (explicit TLS) or sftp
    host: str = ""
    port: int = 0  #: 0: the protocol's default (21 / 22)
    user: str = ""
    folder: str = ""
    price_pattern: str = "PRICE_{date}.zip"
    stock_pattern: str = "STOCK_{date}.csv"
    category_pattern: str = ""  #: empty: no category file
    price_time: str = "06:30"  #: local time of the daily price fetch
    stock_every_minutes: int = 60
    keep: int = 5  #: downloaded files kept per feed
    tls_ca_file: str = ""  #: FTPS: a certificate to trust besides the system's
    host_key: str = ""  #: SFTP: the pinned host key; empty: trusted on first use
    timeout: float = 30.0

    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS.get(self.protocol, 21)

    def pattern(self, kind: str) -> str:
        return {"price": self.price_pattern, "stock": self.stock_pattern,
                "category": self.category_pattern}[kind]  # fmt: skip

    def kinds(self) -> tuple[str, ...]:
        """The feeds this profile fetches (a blank pattern switches one off)."""
        return tuple(k for k in FEED_KINDS if self.pattern(k).strip())

    def problems(self) -> list[str]:
        """What keeps these settings from working, one line each (empty: fine): marked English
        texts, which the UI shows translated."""
        out = []
        if self.protocol not in PROTOCOLS:
            out.append(QT_TRANSLATE_NOOP("Errors", "the protocol must be ftp, ftps or sftp"))
        if not self.host.strip():
            out.append(QT_TRANSLATE_NOOP("Errors", "the feed host is empty"))
        if not self.user.strip():
            out.append(QT_TRANSLATE_NOOP("Errors", "the feed user is empty"))
        if not _TIME.match(self.price_time):
            out.append(QT_TRANSLATE_NOOP("Errors", "the price time must be HH:MM"))
        if not 1 <= self.port + (self.port == 0) <= 65535:
            out.append(QT_TRANSLATE_NOOP("Errors", "the port must be 1-65535"))
        if self.stock_every_minutes < 5:
            out.append(
                QT_TRANSLATE_NOOP("Errors", "the stock file is fetched at most every 5 minutes")
            )
        return out

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FeedConfig:
        known = {f.name: f for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        return cls(**values)


def expand_pattern(pattern: str, day: date) -> str:
    return _DATE.sub(lambda m: day.strftime(m.group(1) or "%Y%m%d"), pattern)


def matches(pattern: str, day: date, name: str) -> bool:
    """Whether remote ``name`` is ``pattern`` on ``day`` (case-insensitive: Ingram's FTP is)."""
    return fnmatch.fnmatchcase(name.lower(), expand_pattern(pattern, day).lower())


def load_feed_config(path: Path) -> FeedConfig | None:
    try:
        return FeedConfig.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except (ValueError, TypeError) as exc:
        raise FeedSettingsError(
            QT_TRANSLATE_NOOP("Errors", "{path}: not valid feed settings ({problem})"),
            values={"path": str(path), "problem": str(exc)},
        ) from None


def save_feed_config(path: Path, config: FeedConfig) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(config.to_json(), indent=2), encoding="utf-8")
    try:
        os.chmod(tmp, 0o600)
    except OSError:
        pass  # Windows: the profile folder's ACL applies
    os.replace(tmp, path)


def with_source(config: FeedConfig, url: str) -> FeedConfig:
    """``config`` pointed at ``ftp|ftps|sftp://[user@]host[:port][/folder]``."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in PROTOCOLS or not parts.hostname:
        raise FeedSettingsError(
            QT_TRANSLATE_NOOP(
                "Errors", "not a feed URL: {url} (expected ftp://, ftps:// or sftp://host…)"
            ),
            values={"url": repr(url)},
        )
    if parts.password:
        raise FeedSettingsError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "put no password in the feed URL; it comes from the keyring or INGRAM_FEED_SECRET",
            )
        )
    return replace(
        config,
        enabled=True,
        protocol=scheme,
        host=parts.hostname,
        port=parts.port or 0,
        user=unquote(parts.username) if parts.username else config.user,
        folder=unquote(parts.path).strip("/") or config.folder,
        host_key=config.host_key if parts.hostname == config.host else "",
    )
