"""Feeds use case: when to fetch Ingram's price, stock and category files, fetching them (in a
worker thread), and importing them through ``CatalogueService``'s normal path.

Schedule (local time of ``now``): the price file (and the category file with it) once a day at
``price_time``, and at start when the local copy is over a day old; the stock file every
``stock_every_minutes`` on the clock (hourly: at :00). A failed run is retried after
``RETRY_MINUTES``. A remote file whose name, size and time are unchanged since the last fetch is
skipped. Overdue (shown red): price older than 26 h, stock older than twice its interval.

State lives in ``<profile>/feeds/state.json``; downloads in ``<profile>/feeds/<kind>/`` (the
newest ``keep`` per feed), partial downloads next to them as ``.NAME.part``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
import time
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.phrase import Phrase
from ingram_desk.feeds.config import (
    CONFIG_FILE,
    FEED_KINDS,
    PROTOCOLS,
    FeedConfig,
    matches,
    save_feed_config,
)
from ingram_desk.feeds.errors import (
    FeedError,
    FeedFileMissingError,
    FeedRefusedError,
)
from ingram_desk.feeds.remote import FeedClient, RemoteEntry, open_client
from ingram_desk.feeds.transfer import Connection, fetch_entry, private_dir, prune
from ingram_desk.logging_setup import register_secret
from ingram_desk.services.catalogue_service import (
    CatalogueImportError,
    CatalogueService,
    MappingError,
    MappingRequired,
    SanityGateError,
)
from ingram_desk.services.events import EventHub
from ingram_desk.services.feed_report import (
    OK_STATUSES,
    FeedOutcome,
    FeedStatus,
    SyncReport,
    iso_time,
    phrased_values,
)

__all__ = [
    "FEEDS_CHANGED",
    "PROTOCOLS",
    "RETRY_MINUTES",
    "FeedConfig",
    "FeedError",
    "FeedOutcome",
    "FeedService",
    "FeedStatus",
    "SyncReport",
]

log = logging.getLogger(__name__)
_UNCHANGED = QT_TRANSLATE_NOOP("Errors", "unchanged since the last fetch")

#: payload: ``SyncReport`` after every run (the status bar and the banner listen)
FEEDS_CHANGED = "feeds_changed"
RETRY_MINUTES = 15
PRICE_OVERDUE = timedelta(hours=26)
STATE_VERSION = 1


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _refused_again(kind: str, entry: RemoteEntry, st: dict[str, Any]) -> FeedOutcome:
    """The outcome of a run that found the refused file still there: the refusal as the
    state keeps it (its reason in the clerk's language), marked ``unchanged``."""
    return FeedOutcome(
        kind, "refused", entry.name, entry.size, message=st.get("message", ""),
        remedy=st.get("remedy", ""), error_kind=FeedRefusedError.kind,
        file=st.get("refused_file"), template=st.get("template", ""),
        remedy_template=st.get("remedy_template", ""), values=st.get("values") or {},
        unchanged=True,
    )  # fmt: skip


def _said(exc: BaseException) -> str:
    """What an import refusal says: its phrase (translatable) where it has one."""
    return exc.args[0] if exc.args and isinstance(exc.args[0], Phrase) else str(exc)


SecretSource = Callable[[], Awaitable[str | None]]


class FeedService:
    """One profile's feeds. ``sync`` runs one fetch-and-import; ``run_due`` only what is due."""

    def __init__(
        self,
        profile_dir: Path,
        config: FeedConfig,
        secret: SecretSource,
        catalogue: CatalogueService,
        events: EventHub | None = None,
        *,
        now: Callable[[], datetime] = _utc_now,
        connect: Callable[[FeedConfig, str, Path], FeedClient] = open_client,
    ) -> None:
        self.folder = private_dir(Path(profile_dir) / "feeds")
        self.config = config
        self._secret = secret
        self.catalogue = catalogue
        self.events = events or EventHub()
        self.now = now
        self._connect = connect
        self._lock = asyncio.Lock()
        self._cancel = threading.Event()
        self.known_hosts = self.folder / "known_hosts"

    # -- state -------------------------------------------------------------------------------
    @property
    def state_file(self) -> Path:
        return self.folder / "state.json"

    def _load_state(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {k: v for k, v in data.get("feeds", {}).items() if isinstance(v, dict)}

    def _save_state(self, state: dict[str, dict[str, Any]]) -> None:
        tmp = self.state_file.with_suffix(".tmp")
        tmp.write_text(json.dumps({"version": STATE_VERSION, "feeds": state}, indent=2),
                       encoding="utf-8")  # fmt: skip
        try:
            os.chmod(tmp, 0o600)
        except OSError:
            pass
        os.replace(tmp, self.state_file)

    def kind_folder(self, kind: str) -> Path:
        return self.folder / kind

    def save_config(self, config: FeedConfig) -> None:
        """Use ``config`` from now on and keep it in the profile's ``feeds.json``."""
        save_feed_config(self.folder.parent / CONFIG_FILE, config)
        self.config = config

    # -- schedule ----------------------------------------------------------------------------
    def _last_slot(self, kind: str, now: datetime) -> datetime:
        local = now.astimezone()
        if kind == "stock":
            step = max(5, self.config.stock_every_minutes)
            minutes = (local.hour * 60 + local.minute) // step * step
            return local.replace(hour=minutes // 60, minute=minutes % 60, second=0, microsecond=0)
        hh, mm = (int(x) for x in self.config.price_time.split(":"))
        slot = local.replace(hour=hh, minute=mm, second=0, microsecond=0)
        return slot if slot <= local else slot - timedelta(days=1)

    def _next_slot(self, kind: str, now: datetime) -> datetime:
        last = self._last_slot(kind, now)
        if kind == "stock":
            return last + timedelta(minutes=max(5, self.config.stock_every_minutes))
        return last + timedelta(days=1)

    def _due(self, kind: str, st: dict[str, Any], now: datetime, at_start: bool) -> bool:
        last = _parse(st.get("last_attempt"))
        if last is None:
            return True
        if st.get("outcome") not in OK_STATUSES and now - last >= timedelta(minutes=RETRY_MINUTES):
            return True
        if at_start and kind != "stock":
            data = _parse(st.get("data_time"))
            if data is None or now - data > timedelta(days=1):
                return True
        return last < self._last_slot(kind, now)

    def due(self, *, at_start: bool = False) -> list[str]:
        """The feeds a run should fetch now (the category file rides with the price file)."""
        if not self.config.enabled:
            return []
        now, state = self.now(), self._load_state()
        kinds = [k for k in self.config.kinds() if k != "category"]
        due = [k for k in kinds if self._due(k, state.get(k, {}), now, at_start)]
        if "price" in due and "category" in self.config.kinds():
            due.append("category")
        return due

    def status(self) -> list[FeedStatus]:
        now, state = self.now(), self._load_state()
        out = []
        for kind in self.config.kinds():
            st = state.get(kind, {})
            data = _parse(st.get("data_time"))
            age = (now - data).total_seconds() if data else None
            if kind == "stock":
                limit = timedelta(minutes=2 * max(5, self.config.stock_every_minutes))
            else:
                limit = PRICE_OVERDUE
            pending = self._due(kind if kind != "category" else "price", st, now, False)
            next_run = (
                now if pending else self._next_slot(kind if kind != "category" else "price", now)
            )
            if st.get("outcome") not in (None, *OK_STATUSES):
                retry = (_parse(st.get("last_attempt")) or now) + timedelta(minutes=RETRY_MINUTES)
                next_run = min(next_run, max(now, retry))
            out.append(
                FeedStatus(
                    kind=kind,
                    enabled=self.config.enabled,
                    data_time=data,
                    age_seconds=age,
                    last_attempt=_parse(st.get("last_attempt")),
                    last_outcome=st.get("outcome"),
                    last_message=st.get("message", ""),
                    last_template=st.get("template", ""),
                    last_values=phrased_values(st.get("values") or {}),
                    next_run=next_run if self.config.enabled else None,
                    overdue=self.config.enabled and (age is None or timedelta(seconds=age) > limit),
                    due_now=self.config.enabled and next_run is not None and next_run <= now,
                )
            )
        return out

    # -- running -----------------------------------------------------------------------------
    async def run_due(self, *, at_start: bool = False) -> SyncReport | None:
        kinds = self.due(at_start=at_start)
        if not kinds or self._lock.locked():
            return None
        return await self.sync(kinds)

    def retry_refused(self) -> None:
        """Let the next run fetch and import a file the sanity check refused, though the
        server offers it unchanged (Fetch now: the catalogue it was checked against may have
        changed since)."""
        state = self._load_state()
        if any(st.pop("refused_remote", None) for st in state.values()):
            self._save_state(state)

    def cancel(self) -> None:
        self._cancel.set()

    async def _get_secret(self) -> str:
        secret = await self._secret()
        register_secret(secret)  # redacted from every log line from now on
        if not secret:
            raise FeedError(
                QT_TRANSLATE_NOOP("Errors", "No password or key for the feed server"),
                remedial_action=QT_TRANSLATE_NOOP(
                    "Errors",
                    "Enter it under Tools › Profiles & credentials › Feeds, or set "
                    "INGRAM_FEED_SECRET.",
                ),
            )
        return secret

    async def test_connection(
        self, config: FeedConfig | None = None, secret: str | None = None
    ) -> list[tuple[RemoteEntry, str | None]]:
        """What the server lists in the folder, each with the feed it matches today (or None)."""
        config = config or self.config
        secret = secret or await self._get_secret()
        day = self.now().astimezone().date()

        def run() -> list[RemoteEntry]:
            client = self._connect(config, secret, self.known_hosts)
            try:
                return client.list()
            finally:
                client.close()

        entries = await asyncio.to_thread(run)
        out = []
        for e in sorted(entries, key=lambda e: e.name):
            kind = next(
                (k for k in config.kinds() if matches(config.pattern(k), day, e.name)), None
            )
            out.append((e, kind))
        return out

    async def sync(self, kinds: Iterable[str] | None = None, *, force: bool = False) -> SyncReport:
        """Fetch ``kinds`` (default: every feed of the profile) and import what changed."""
        async with self._lock:
            self._cancel.clear()
            started = self.now()
            wanted = [k for k in (kinds or self.config.kinds()) if k in self.config.kinds()]
            if "price" in wanted and "category" in self.config.kinds() and "category" not in wanted:
                wanted.append("category")
            wanted.sort(key=FEED_KINDS.index)
            state = self._load_state()
            report = SyncReport(started, started)
            try:
                secret = await self._get_secret()
                fetched = await asyncio.to_thread(
                    self._fetch, wanted, state, secret, force, started
                )
            except FeedError as exc:
                fetched = {k: (FeedOutcome.failed(k, exc), None, None) for k in wanted}
            placed = [k for k, (_o, _e, path) in fetched.items() if path is not None]
            await self._import(fetched, state, report)
            for kind in placed:  # the newest ``keep`` downloads, imported or not; deleting
                # a big file can take a while on a busy disk: not on the GUI thread
                await asyncio.to_thread(prune, self.kind_folder(kind), self.config.keep)
            finished = self.now()
            for kind, (outcome, entry, _path) in fetched.items():
                st = state.setdefault(kind, {})
                st["last_attempt"] = started.isoformat()
                st["outcome"] = outcome.status
                st["message"] = outcome.message
                st["remedy"] = outcome.remedy
                st["template"] = outcome.template
                st["values"] = outcome.values
                st["remedy_template"] = outcome.remedy_template
                if outcome.status == "refused" and entry is not None:
                    st["refused_remote"], st["refused_file"] = entry.as_dict(), outcome.file
                if outcome.ok and entry is not None:
                    st.pop("refused_remote", None)
                    st["remote"] = entry.as_dict()
                    st["checked_at"] = started.isoformat()
                    # the category file is static: its age is that of the last good check
                    when = started if kind == "category" else (entry.mtime or started)
                    st["data_time"] = iso_time(min(when, started))
                    if outcome.file:
                        st["local"] = outcome.file
                report.outcomes.append(outcome)
            report.finished = finished
            self._save_state(state)
            self.events.emit(FEEDS_CHANGED, report)
            return report

    def _fetch(
        self,
        kinds: list[str],
        state: dict[str, dict[str, Any]],
        secret: str,
        force: bool,
        now: datetime,
    ) -> dict[str, tuple[FeedOutcome, RemoteEntry | None, Path | None]]:
        """Worker thread: list once, download what changed (blocking network I/O)."""
        config = self.config
        conn = Connection(lambda: self._connect(config, secret, self.known_hosts))
        day = now.astimezone().date()
        out: dict[str, tuple[FeedOutcome, RemoteEntry | None, Path | None]] = {}
        try:
            entries = conn.client.list()
            for kind in kinds:
                pattern = config.pattern(kind)
                # today's file, else the day before's (Ingram's of today is not out yet)
                found = [e for e in entries if matches(pattern, day, e.name)] or [
                    e for e in entries if matches(pattern, day - timedelta(days=1), e.name)
                ]
                if not found:
                    exc = FeedFileMissingError(kind, pattern, config.folder)
                    out[kind] = (FeedOutcome.failed(kind, exc, "missing"), None, None)
                    continue
                entry = max(
                    found, key=lambda e: (e.mtime or datetime.min.replace(tzinfo=UTC), e.name)
                )
                st = state.get(kind, {})
                local = Path(st["local"]) if st.get("local") else None
                if not force and st.get("refused_remote") == entry.as_dict():
                    # the file the sanity check refused, still: refused again as it was, not
                    # fetched and imported again at every start and retry (Fetch now does)
                    out[kind] = (_refused_again(kind, entry, st), None, None)
                    continue
                if (
                    not force
                    and st.get("remote") == entry.as_dict()
                    and local is not None
                    and local.exists()
                ):
                    out[kind] = (FeedOutcome(kind, "skipped", entry.name, entry.size,
                                             message=_UNCHANGED, template=_UNCHANGED,
                                             file=str(local)), entry, None)  # fmt: skip
                    continue
                outcome = FeedOutcome(kind, "downloaded", entry.name, entry.size)

                def resumed(offset: int, outcome: FeedOutcome = outcome) -> None:
                    outcome.resumed_from = offset

                try:
                    path = fetch_entry(conn, entry, self.kind_folder(kind), cancel=self._cancel,
                                       on_resume=resumed)  # fmt: skip
                except FeedError as exc:
                    failed = FeedOutcome.failed(kind, exc)
                    failed.remote_name, failed.size = entry.name, entry.size
                    out[kind] = (failed, None, None)
                    continue
                outcome.file = str(path)
                out[kind] = (outcome, entry, path)
        except FeedError as exc:
            for kind in kinds:
                out.setdefault(kind, (FeedOutcome.failed(kind, exc), None, None))
        finally:
            conn.reset()
        return out

    def _last_local(self, kind: str, state: dict[str, dict[str, Any]]) -> Path | None:
        local = state.get(kind, {}).get("local")
        return Path(local) if local and Path(local).exists() else None

    def _stock_over(
        self,
        price: tuple[FeedOutcome, RemoteEntry | None, Path | None] | None,
        stock: tuple[FeedOutcome, RemoteEntry | None, Path | None] | None,
        state: dict[str, dict[str, Any]],
    ) -> Path | None:
        """The stock file to apply over a price file being imported: the newest one, and only
        when it is newer than the price file (an older one would undo the price file's stock)."""
        price_time = (
            price[1].mtime
            if price and price[1]
            else _parse(state.get("price", {}).get("data_time"))
        )
        if stock and stock[2] is not None and stock[1] is not None:
            path, when = stock[2], stock[1].mtime
        else:
            path = self._last_local("stock", state)
            when = _parse(state.get("stock", {}).get("data_time"))
        if path is None or (price_time and when and when < price_time):
            return None
        return path

    async def _import(
        self,
        fetched: dict[str, tuple[FeedOutcome, RemoteEntry | None, Path | None]],
        state: dict[str, dict[str, Any]],
        report: SyncReport,
    ) -> None:
        """Import through the catalogue service: a new price (or category) file re-imports the
        catalogue with the newest category and stock files; a new stock file alone is applied."""
        price = fetched.get("price")
        cat = fetched.get("category")
        stock = fetched.get("stock")
        new_price = price[2] if price else None
        new_cat = cat[2] if cat else None
        new_stock = stock[2] if stock else None
        price_file = new_price or (self._last_local("price", state) if new_cat else None)
        if price_file is not None:
            category_file = new_cat or self._last_local("category", state)
            stock_file = self._stock_over(price, stock, state)
            try:
                outcome = await self.catalogue.import_files(
                    price_file, category_file=category_file, stock_file=stock_file
                )
            except SanityGateError as exc:
                refused = FeedRefusedError(price_file.name, _said(exc), str(price_file.parent))
                target = price or cat
                assert target is not None
                failed = FeedOutcome.failed(target[0].kind, refused, "refused")
                failed.remote_name, failed.size, failed.file = (
                    target[0].remote_name,
                    target[0].size,
                    str(price_file),
                )
                fetched[target[0].kind] = (failed, target[1], None)  # (the file refused)
                return
            except (CatalogueImportError, MappingRequired, MappingError, OSError) as exc:
                err = FeedError(
                    QT_TRANSLATE_NOOP("Errors", "{name} could not be imported: {error}"),
                    values={"name": price_file.name, "error": _said(exc)},
                    remedial_action=QT_TRANSLATE_NOOP(
                        "Errors", "Import it by hand (Ctrl+I) to see why."
                    ),
                )
                target = price or cat
                assert target is not None
                fetched[target[0].kind] = (FeedOutcome.failed(target[0].kind, err), None, None)
                return
            for item in (price, cat, stock if new_stock else None):
                if item is not None and item[2] is not None:
                    item[0].status = "imported"
            if price is not None and new_price is not None:
                price[0].rows = outcome.report.rows_imported
            report.changes = dict(outcome.changes.counts)
        elif new_stock is not None:
            started = time.perf_counter()
            try:
                outcome = await self.catalogue.apply_stock(new_stock)
            except (CatalogueImportError, OSError, ValueError) as exc:
                err = FeedError(
                    QT_TRANSLATE_NOOP("Errors", "{name} could not be applied: {error}"),
                    values={"name": new_stock.name, "error": _said(exc)},
                    remedial_action=QT_TRANSLATE_NOOP("Errors", "Apply it by hand to see why."),
                )
                assert stock is not None
                fetched["stock"] = (FeedOutcome.failed("stock", err), None, None)
                return
            assert stock is not None
            stock[0].status = "imported"
            stock[0].rows = outcome.report.stock_rows_applied
            report.changes = dict(outcome.changes.counts)  # (stock back or gone)
            log.info("stock file applied in %.2f s", time.perf_counter() - started)
