"""The inbox for documents Ingram pushes (despatch advice, invoice, async order confirmation).

A desktop cannot receive Ingram's pushes, so the user points the app at a folder (an e-mail
rule, a share, an EDI mailbox) or drops files on the Orders tab. Each file is copied into the
profile's private inbox, parsed with the one safe parser, and matched to its order by order
number, else by PO (the journal's, else Ingram's answer for that PO). A document that cannot be
matched or read is kept and listed, never dropped; a later scan tries to match it again.
Matched despatch advice and invoices feed the watch-list notifications.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ingram_desk.domain.errors import IngramError
from ingram_desk.domain.pushed_document import PushedDocument
from ingram_desk.ingram.api import IngramApi
from ingram_desk.ingram.client import SearchCriteria
from ingram_desk.ingram.rate_limit import Priority
from ingram_desk.ingram.xml.documents import read_document
from ingram_desk.ingram.xml.safe import MAX_XML_BYTES
from ingram_desk.services.events import INBOX_CHANGED, WATCH_CHANGED, EventHub
from ingram_desk.services.tracking_service import WatchChange

__all__ = ["InboxRecord", "InboxService"]

log = logging.getLogger(__name__)

KnownOrders = Callable[[], Iterable[tuple[str, tuple[str, ...]]]]
_SUFFIXES = (".xml",)


@dataclass(frozen=True, slots=True)
class InboxRecord:
    id: str  #: first 16 hex digits of the file's SHA-256 (duplicates import once)
    source: str  #: where the file came from
    kind: str  #: despatch_advice | invoice | order_confirmation | unreadable
    number: str
    customer_po: str
    order_numbers: tuple[str, ...]
    matched: bool
    error: str
    imported_at: str
    summary: str

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["order_numbers"] = list(self.order_numbers)
        return data


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in _SUFFIXES)
    return [path]


def _read(file: Path) -> tuple[bytes | None, str]:
    """The file's bytes (handle closed at once), or None and why; oversized files stay unread."""
    try:
        size = file.stat().st_size
        if size > MAX_XML_BYTES:
            return None, f"too large to read ({size} bytes, limit {MAX_XML_BYTES})"
        return file.read_bytes(), ""
    except OSError as exc:
        return None, f"could not read the file ({exc.strerror or exc})"


def _private(path: Path, directory: bool = False) -> None:
    with contextlib.suppress(OSError):  # POSIX modes; on Windows only the read-only bit exists
        os.chmod(path, 0o700 if directory else 0o600)


class InboxService:
    def __init__(
        self,
        folder: Path,
        *,
        known_orders: KnownOrders,
        client: IngramApi | None = None,
        events: EventHub | None = None,
    ) -> None:
        self.folder = folder
        self.docs = folder / "documents"
        self.index_file = folder / "inbox.json"
        self.known_orders = known_orders
        self.client = client
        self.events = events or EventHub()

    # ---- index ------------------------------------------------------------------------------
    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.index_file.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return {"watch_folder": None, "documents": []}
        return data if isinstance(data, dict) else {"watch_folder": None, "documents": []}

    def _save(self, data: dict[str, Any]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        _private(self.folder, directory=True)
        tmp = self.index_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        _private(tmp)
        os.replace(tmp, self.index_file)

    def records(self) -> list[InboxRecord]:
        out = []
        for raw in self._load().get("documents", []):
            raw = dict(raw)
            raw["order_numbers"] = tuple(raw.get("order_numbers") or ())
            out.append(InboxRecord(**raw))
        return out

    def unmatched(self) -> list[InboxRecord]:
        return [r for r in self.records() if not r.matched]

    @property
    def watch_folder(self) -> Path | None:
        folder = self._load().get("watch_folder")
        return Path(folder) if folder else None

    def set_watch_folder(self, folder: Path | None) -> None:
        data = self._load()
        data["watch_folder"] = str(folder) if folder else None
        self._save(data)

    # ---- reading ------------------------------------------------------------------------------
    def document(self, record_id: str) -> PushedDocument | None:
        path = self.docs / f"{record_id}.xml"
        try:
            return read_document(path.read_bytes())
        except (OSError, IngramError):
            return None

    def documents_for(self, order_number: str) -> list[PushedDocument]:
        """The matched documents of one order (or of its sub-orders), oldest first."""
        number = order_number.strip().upper()
        docs = []
        for record in self.records():
            names = {n.upper() for n in record.order_numbers}
            if record.matched and (number in names or number.rsplit("-", 1)[0] in names):
                doc = self.document(record.id)
                if doc is not None:
                    docs.append(doc)
        return docs

    # ---- importing ----------------------------------------------------------------------------
    async def import_path(self, path: Path) -> list[InboxRecord]:
        """Import one file, or every ``*.xml`` file of a folder; returns each file's record."""
        files = await asyncio.to_thread(_files, path)
        data = self._load()
        by_id = {d["id"]: d for d in data.get("documents", [])}
        out: list[InboxRecord] = []
        new: list[InboxRecord] = []
        for file in files:
            record = await self._import_file(file, by_id)
            out.append(record)
            if record.id not in by_id:
                by_id[record.id] = record.as_json()
                data.setdefault("documents", []).append(record.as_json())
                new.append(record)
        if new:
            self._save(data)
            self._announce(new)
        return out

    async def scan(self) -> list[InboxRecord]:
        """Import new files from the watched folder and try unmatched documents again."""
        imported: list[InboxRecord] = []
        folder = self.watch_folder
        if folder is not None and folder.is_dir():
            known = {r.id for r in self.records()}
            imported = [r for r in await self.import_path(folder) if r.id not in known]
        await self.rematch()
        return imported

    async def rematch(self) -> list[InboxRecord]:
        """Match documents that were unmatched (their order may be known by now)."""
        data = self._load()
        changed: list[InboxRecord] = []
        for raw in data.get("documents", []):
            if raw.get("matched") or raw.get("kind") == "unreadable":
                continue
            doc = self.document(raw["id"])
            if doc is None:
                continue
            numbers = await self._match(doc)
            if numbers:
                raw["order_numbers"], raw["matched"] = list(numbers), True
                record = InboxRecord(**{**raw, "order_numbers": tuple(numbers)})
                changed.append(record)
        if changed:
            self._save(data)
            self._announce(changed)
        return changed

    async def _import_file(self, file: Path, known: dict[str, Any]) -> InboxRecord:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        body, error = await asyncio.to_thread(_read, file)
        if body is None:
            digest = hashlib.sha256(f"{file}:{error}".encode()).hexdigest()[:16]
            return InboxRecord(digest, str(file), "unreadable", "", "", (), False, error, now, file.name)  # fmt: skip
        digest = hashlib.sha256(body).hexdigest()[:16]
        if digest in known:
            raw = dict(known[digest])
            raw["order_numbers"] = tuple(raw.get("order_numbers") or ())
            return InboxRecord(**raw)
        self.docs.mkdir(parents=True, exist_ok=True)
        _private(self.docs, directory=True)
        copy = self.docs / f"{digest}.xml"
        copy.write_bytes(body)
        _private(copy)
        try:
            doc = read_document(body)
        except IngramError as exc:
            return InboxRecord(digest, str(file), "unreadable", "", "", (), False,
                               exc.message, now, file.name)  # fmt: skip
        numbers = await self._match(doc)
        return InboxRecord(
            digest, str(file), doc.kind, doc.number, doc.customer_po, numbers,
            bool(numbers), "", now, doc.summary(),
        )  # fmt: skip

    async def _match(self, doc: PushedDocument) -> tuple[str, ...]:
        if doc.order_numbers:
            return doc.order_numbers
        po = doc.customer_po.strip().upper()
        if not po:
            return ()
        for known_po, numbers in self.known_orders():
            if known_po.strip().upper() == po and numbers:
                return tuple(numbers)
        if self.client is None:
            return ()
        found: dict[str, None] = {}
        try:
            async for row, _ in self.client.iter_orders(
                SearchCriteria(customer_po=po), version=6, priority=Priority.BACKGROUND
            ):
                if row.customer_order_number.strip().upper() == po:
                    found.setdefault(row.ingram_order_number)
        except IngramError as exc:
            log.info("inbox: could not look up PO %s yet: %s", po, exc.one_line())
            return ()
        return tuple(found)

    def _announce(self, records: list[InboxRecord]) -> None:
        self.events.emit(INBOX_CHANGED, records)
        for record in records:
            if not record.matched:
                continue
            for number in record.order_numbers:
                self.events.emit(WATCH_CHANGED, WatchChange(number, (record.summary,), None))
