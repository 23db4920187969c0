"""Places orders once: drafts saved continuously in the journal, submit → queued → in flight →
placed / rejected / needs attention, and unknown outcomes resolved by searching Ingram by PO.

Guarantees (reliability §1.7):
* the in-flight state and attempt row are committed before the first byte is sent;
* an unknown outcome (timeout, dropped connection, 5xx, unreadable 2xx, cancellation, crash)
  goes to reconciling — never straight back to queued. Only when Ingram's order search has
  not shown the PO for ``quiet_window`` seconds is the order resent, with the same PO and the
  same bytes, at most ``max_resends`` times before it needs attention;
* outside the country's API window an order stays queued until the window opens;
* every change is emitted as ``ORDER_STATE_CHANGED`` with the ``JournalEntry``.
Call ``recover()`` once at start (it reconciles anything left in flight), then ``run_due()``
periodically or ``run_forever()``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from ingram_desk.crash_points import crash_point
from ingram_desk.domain.errors import (
    ApiClosedError,
    AuthError,
    ConfigurationError,
    ForbiddenError,
    IngramError,
    NotFoundError,
    OrderNotSentError,
    OrderOutcomeUnknownError,
)
from ingram_desk.domain.order_draft import OrderDraft, generate_po
from ingram_desk.domain.phrase import JournalTexts, Phrase
from ingram_desk.domain.placed_order import RejectedLine
from ingram_desk.ingram.api import IngramApi
from ingram_desk.ingram.client import SearchCriteria
from ingram_desk.ingram.http import new_correlation_id
from ingram_desk.ingram.rate_limit import Priority
from ingram_desk.services.events import ORDER_STATE_CHANGED, EventHub
from ingram_desk.services.journal_port import Journal
from ingram_desk.services.order_journal import JournalEntry, OrderState, StaleStateError

__all__ = ["OrderingService", "says_only_order_numbers"]

log = logging.getLogger(__name__)
S = OrderState


class OrderingService:
    def __init__(
        self,
        client: IngramApi,
        journal: Journal,
        events: EventHub | None = None,
        *,
        now: Callable[[], datetime] | None = None,
        quiet_window: float = 600.0,
        recheck_schedule: tuple[float, ...] = (30.0, 60.0, 120.0, 300.0),
        max_resends: int = 3,
        reconcile_deadline: float = 24 * 3600.0,
        po_prefix: str = "ID",
        carriers: tuple[str, ...] = (),
        default_carrier: str = "",
    ) -> None:
        self.client = client
        self.journal = journal
        self.events = events or EventHub()
        self._now = now or (lambda: datetime.now(UTC))
        self.quiet_window = quiet_window
        self.recheck_schedule = recheck_schedule
        self.max_resends = max_resends
        self.reconcile_deadline = reconcile_deadline
        self.po_prefix = po_prefix
        # carrier codes the profile lets the purchaser choose; empty: Ingram chooses
        self.carriers = carriers
        self.default_carrier = default_carrier if default_carrier in carriers else ""
        self._locks: dict[str, asyncio.Lock] = {}
        # only the holder of the journal's driver lock sends (window, CLI, any process)
        self._driver = journal.driver_lock()
        self._held = 0
        # True when the last attempt to drive found another process holding the lock
        self.driven_elsewhere = False

    # ---- drafts ---------------------------------------------------------------------------
    def new_po(self) -> str:
        return generate_po(self.po_prefix, self._now().date())

    def save_draft(self, draft: OrderDraft, draft_id: str | None = None) -> JournalEntry:
        """Autosave (call on every edit). A blank PO gets a generated one."""
        if not draft.customer_po.strip():
            draft = replace(draft, customer_po=self.new_po(), po_generated=True)
        entry = self.journal.save_draft(draft, draft_id)
        self._emit(entry)
        return entry

    def copy_as_new(self, draft_id: str) -> JournalEntry:
        """A new draft with the same lines and a fresh PO (the way to "resubmit" anything)."""
        source = self.journal.get(draft_id).draft
        return self.save_draft(replace(source, customer_po="", po_generated=True))

    async def submit(self, draft_id: str) -> JournalEntry:
        """Validate, freeze and queue the draft, then try to send it now."""
        entry = self.journal.get(draft_id)
        entry.draft.validate()
        entry = self.journal.queue(draft_id, entry.draft)
        self._emit(entry)
        return await self.process(draft_id)

    async def submit_draft(self, draft: OrderDraft) -> JournalEntry:
        """Save and submit in one go; invalid drafts are not kept."""
        if draft.customer_po.strip():
            draft.validate()
        else:
            replace(draft, customer_po="X").validate()
        return await self.submit(self.save_draft(draft).draft_id)

    async def place(self, draft: OrderDraft, *, wait: float = 120.0) -> JournalEntry:
        """The CLI's ``orders create``: queue the order, then send it once this process holds the
        journal's driver lock, or let the process holding it (the window) send it; either way
        return the order's true state, waiting up to ``wait`` seconds for a result."""
        if draft.customer_po.strip():
            draft.validate()
        else:
            replace(draft, customer_po="X").validate()
        entry = self.save_draft(draft)
        entry = self.journal.queue(entry.draft_id, entry.draft)
        self._emit(entry)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait
        while True:
            if self._take():
                try:
                    return await self.process(entry.draft_id)
                finally:
                    self._give_back()
            entry = self.journal.get(entry.draft_id)
            handled = entry.state not in (S.QUEUED, S.IN_FLIGHT) or entry.attempts > 0
            if (handled and entry.state is not S.IN_FLIGHT) or loop.time() >= deadline:
                return entry
            await asyncio.sleep(0.2)

    # ---- driving ----------------------------------------------------------------------------
    def _take(self) -> bool:
        """Hold the driver lock (re-entrant within this process). On first taking it, orders
        left in flight become reconciling: no other process can be sending them any more."""
        if self._held == 0:
            if not self._driver.try_acquire():
                self.driven_elsewhere = True
                return False
            self.driven_elsewhere = False
            for entry in self.journal.recover_in_flight():
                self._emit(entry)
        self._held += 1
        return True

    def _give_back(self) -> None:
        self._held -= 1
        if self._held == 0:
            self._driver.release()

    async def recover(self) -> list[JournalEntry]:
        """At start: in-flight orders become reconciling and are checked right away (nothing
        happens while another process drives the journal; ``driven_elsewhere`` says so)."""
        if not self._take():
            return []
        try:
            return await self.run_due()
        finally:
            self._give_back()

    async def run_due(self) -> list[JournalEntry]:
        """One pass over due orders; one order's failure never stops the others."""
        done = []
        for entry in self.journal.due(self._now()):
            try:
                done.append(await self.process(entry.draft_id))
            except IngramError as exc:
                log.warning("order %s: %s", entry.customer_po, exc.one_line())
        return done

    async def run_forever(self, interval: float = 5.0) -> None:
        """The outbox driver: waits for the journal's driver lock (another window or a command
        may hold it; orders queued here meanwhile are sent by that holder), keeps it, recovers,
        then processes due orders every ``interval`` seconds."""
        while not self._take():
            await asyncio.sleep(interval)
        try:
            while True:
                await self.run_due()
                await asyncio.sleep(interval)
        finally:
            self._give_back()

    async def process(self, draft_id: str) -> JournalEntry:
        """Take the next step for one queued or reconciling order (one at a time per order).

        Only while this process holds the driver lock; otherwise the order is left as it is for
        the process that holds it (it sends due orders)."""
        lock = self._locks.setdefault(draft_id, asyncio.Lock())
        async with lock:
            entry = self.journal.get(draft_id)
            if entry.state not in (S.QUEUED, S.RECONCILING):
                return entry
            if not self._take():
                self._emit(entry)  # listeners can now say who sends it
                return entry
            try:
                entry = self.journal.get(draft_id)
                if entry.state is S.QUEUED:
                    return await self._send(entry)
                if entry.state is S.RECONCILING:
                    return await self._reconcile(entry)
                return entry
            except StaleStateError:
                # another desk of the team took this step first (its compare-and-set won)
                return self.journal.get(draft_id)
            finally:
                self._give_back()

    # ---- steps ------------------------------------------------------------------------------
    async def _send(self, entry: JournalEntry) -> JournalEntry:
        try:
            self.client.http.check_window()
        except ApiClosedError as exc:
            return self._wait_for_window(entry, exc)
        if not entry.draft.po_generated and not entry.preflight_done:
            # A hand-typed PO: make sure Ingram has not seen it before the first send.
            try:
                found = await self._find_po(entry.customer_po)
            except IngramError as exc:
                return self._later(entry, exc, 60)
            if found:
                return self._set(
                    entry,
                    S.NEEDS_ATTENTION,
                    JournalTexts.tr(
                        "PO {po} already exists at Ingram ({orders}); not sent",
                        po=entry.customer_po,
                        orders=", ".join(found),
                    ),
                    ingram_order_numbers=found,
                )
            entry = self.journal.update(entry.draft_id, S.QUEUED, preflight_done=1)
        assert entry.frozen_body is not None
        correlation_id = new_correlation_id()
        attempt = self.journal.begin_attempt(entry.draft_id, correlation_id)
        crash_point("after_inflight_commit")
        self._emit(self.journal.get(entry.draft_id))
        try:
            result = await self.client.create_order(
                entry.frozen_body, entry.customer_po, correlation_id
            )
        except asyncio.CancelledError:
            self.journal.end_attempt(attempt, "unknown", None, "cancelled while sending")
            self._unknown(entry.draft_id, JournalTexts.tr("cancelled while sending"))
            raise
        except OrderNotSentError as exc:
            self.journal.end_attempt(attempt, "not_sent", exc.status, exc.one_line())
            wait = exc.retry_after if exc.retry_after is not None else 30.0
            return self._set_from(
                entry.draft_id,
                S.IN_FLIGHT,
                S.QUEUED,
                JournalTexts.tr("not sent: {error}", error=exc.phrase()),
                next_action_at=self._now() + timedelta(seconds=wait),
                last_error=exc.phrase(),
            )
        except ApiClosedError as exc:
            self.journal.end_attempt(attempt, "not_sent", None, exc.one_line())
            self._set_from(
                entry.draft_id, S.IN_FLIGHT, S.QUEUED, JournalTexts.tr("API window closed")
            )
            return self._wait_for_window(self.journal.get(entry.draft_id), exc)
        except OrderOutcomeUnknownError as exc:
            # A 400 here is Ingram's duplicate-PO refusal: an earlier attempt did land.
            outcome = "duplicate_po" if exc.status == 400 else "unknown"
            self.journal.end_attempt(attempt, outcome, exc.status, exc.one_line())
            self._unknown(entry.draft_id, exc.phrase())
            return await self._reconcile(self.journal.get(entry.draft_id))
        except (AuthError, ForbiddenError, NotFoundError, ConfigurationError) as exc:
            self.journal.end_attempt(attempt, "not_sent", exc.status, exc.one_line())
            return self._set_from(
                entry.draft_id,
                S.IN_FLIGHT,
                S.NEEDS_ATTENTION,
                JournalTexts.tr(
                    "refused before processing (not placed): {error}", error=exc.phrase()
                ),
                last_error=exc.phrase(),
            )
        except IngramError as exc:
            self.journal.end_attempt(attempt, "rejected", exc.status, exc.one_line())
            return self._set_from(
                entry.draft_id,
                S.IN_FLIGHT,
                S.REJECTED,
                JournalTexts.tr("rejected by Ingram: {error}", error=exc.phrase()),
                last_error=exc.phrase(),
            )
        crash_point("after_response_before_commit")
        outcome = "partial" if result.partial else "placed"
        self.journal.end_attempt(attempt, outcome, result.status)
        rejected = [r for o in result.orders for r in o.rejected_lines]
        orders = ", ".join(result.order_numbers)
        # kept so every view can say the order is only partly placed
        partly = _rejected_lines(rejected) if rejected else None
        return self._set_from(
            entry.draft_id,
            S.IN_FLIGHT,
            S.PLACED,
            JournalTexts.tr(
                "placed: Ingram order {orders}; {rejected}", orders=orders, rejected=partly
            )
            if partly
            else JournalTexts.tr("placed: Ingram order {orders}", orders=orders),
            ingram_order_numbers=result.order_numbers,
            last_error=partly,
            next_action_at=None,
        )

    async def _reconcile(self, entry: JournalEntry) -> JournalEntry:
        try:
            found = await self._find_po(entry.customer_po)
        except IngramError as exc:
            return self._recheck(
                entry, JournalTexts.tr("order search failed: {error}", error=exc.phrase())
            )
        if found:
            return self._set(
                entry,
                S.PLACED,
                JournalTexts.tr(
                    "found at Ingram by PO: {orders} (several orders carry this PO: split or"
                    " duplicate, please check)",
                    orders=", ".join(found),
                )
                if len(found) > 1
                else JournalTexts.tr("found at Ingram by PO: {orders}", orders=found[0]),
                ingram_order_numbers=found,
                next_action_at=None,
                last_error=None,
            )
        since = entry.unknown_since or entry.updated_at
        if (self._now() - since).total_seconds() < self.quiet_window:
            return self._recheck(entry, None)
        if any(a.outcome == "duplicate_po" for a in self.journal.attempts(entry.draft_id)):
            # Ingram already has this PO: keep searching until it shows, never send again.
            return self._recheck(
                entry, JournalTexts.tr("Ingram has this PO (duplicate refused); waiting for it")
            )
        if entry.resends >= self.max_resends:
            return self._set(
                entry,
                S.NEEDS_ATTENTION,
                JournalTexts.tr(
                    "not found at Ingram after %n resend(s); check with Ingram before doing"
                    " anything else",
                    "",
                    entry.resends,
                ),
            )
        self._set(
            entry,
            S.QUEUED,
            JournalTexts.tr(
                "not found at Ingram after {seconds} s; resending the same PO and bytes",
                seconds=round(self.quiet_window),
            ),
            resends=entry.resends + 1,
            next_action_at=None,
            preflight_done=1,
        )
        return await self._send(self.journal.get(entry.draft_id))

    async def _find_po(self, po: str) -> tuple[str, ...]:
        numbers: dict[str, None] = {}
        async for row, _ in self.client.iter_orders(
            SearchCriteria(customer_po=po), version=6, priority=Priority.ORDER
        ):
            if row.customer_order_number.strip().upper() == po.strip().upper():
                numbers.setdefault(row.ingram_order_number)
        return tuple(numbers)

    # ---- bookkeeping --------------------------------------------------------------------------
    def _unknown(self, draft_id: str, why: Phrase) -> None:
        now = self._now()
        self._set_from(
            draft_id,
            S.IN_FLIGHT,
            S.RECONCILING,
            JournalTexts.tr(
                "outcome unknown ({why}); checking Ingram by PO before any resend", why=why
            ),
            unknown_since=now,
            next_action_at=now,
            checks=0,
            last_error=why,
        )

    def _recheck(self, entry: JournalEntry, why: Phrase | None) -> JournalEntry:
        since = entry.unknown_since or entry.updated_at
        if (self._now() - since).total_seconds() > self.reconcile_deadline:
            return self._set(
                entry,
                S.NEEDS_ATTENTION,
                JournalTexts.tr(
                    "Ingram could not confirm this order in time; check Ingram's order search"
                    " for PO {po} before doing anything else ({why})",
                    po=entry.customer_po,
                    why=why,
                )
                if why
                else JournalTexts.tr(
                    "Ingram could not confirm this order in time; check Ingram's order search"
                    " for PO {po} before doing anything else",
                    po=entry.customer_po,
                ),
            )
        step = self.recheck_schedule[min(entry.checks, len(self.recheck_schedule) - 1)]
        left = self.quiet_window - (self._now() - since).total_seconds()
        delay = max(0.0, min(step, left)) if left > 0 else step
        fields: dict[str, object] = {
            "checks": entry.checks + 1,
            "next_action_at": self._now() + timedelta(seconds=delay),
        }
        if why:
            fields["last_error"] = why
        updated = self.journal.update(entry.draft_id, S.RECONCILING, **fields)
        self._emit(updated)
        return updated

    def _later(self, entry: JournalEntry, exc: IngramError, seconds: float) -> JournalEntry:
        updated = self.journal.update(
            entry.draft_id,
            S.QUEUED,
            next_action_at=self._now() + timedelta(seconds=seconds),
            last_error=exc.phrase(),
        )
        self._emit(updated)
        return updated

    def _wait_for_window(self, entry: JournalEntry, exc: ApiClosedError) -> JournalEntry:
        if entry.next_action_at == exc.opens_at and entry.last_error == exc.one_line():
            return entry
        updated = self._set(
            entry,
            S.QUEUED,
            JournalTexts.tr("waiting: {reason}", reason=exc.message_phrase()),
            next_action_at=exc.opens_at,
            last_error=exc.phrase(),
        )
        return updated

    def _set(self, entry: JournalEntry, new: OrderState, reason: str, **f: object) -> JournalEntry:
        return self._set_from(entry.draft_id, entry.state, new, reason, **f)

    def _set_from(
        self, draft_id: str, old: OrderState, new: OrderState, reason: str, **f: object
    ) -> JournalEntry:
        updated = self.journal.transition(draft_id, old, new, reason, **f)
        log.info("order %s: %s → %s (%s)", updated.customer_po, old, new, reason)
        self._emit(updated)
        return updated

    def _emit(self, entry: JournalEntry) -> None:
        self.events.emit(ORDER_STATE_CHANGED, entry)


def _rejected_lines(rejected: list[RejectedLine]) -> Phrase:
    """ "2 line(s) rejected by Ingram (line 1 SKU: Ingram's reason; …)": Ingram's reasons stay."""
    reasons = Phrase.join(
        (
            JournalTexts.tr(
                "line {line} {sku}: {reason}",
                line=r.customer_line_number,
                sku=r.sku,
                reason=r.reason or r.code,
            )
            for r in rejected
        ),
        "; ",
    )
    return JournalTexts.tr(
        "%n line(s) rejected by Ingram ({reasons})", "", len(rejected), reasons=reasons
    )


def says_only_order_numbers(reason: str) -> bool:
    """True for the reason a placed order gets when all went well ("placed: Ingram order N"):
    a view that shows the order numbers need not say it again."""
    return isinstance(reason, Phrase) and reason.template == "placed: Ingram order {orders}"
