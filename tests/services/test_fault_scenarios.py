"""Reliability §7 scenarios that were only partly covered (issue 19), in full, against the
sandbox over loopback: A2, A6, A10, A15, A16, B4, B8 and E2. The sandbox's ledger and receive
log say what Ingram "really" did; the journal says what we believe."""

from __future__ import annotations

import asyncio
import socket
import sys
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from keyring.backend import KeyringBackend

from ingram_desk.domain.errors import ConfigurationError, UnreachableError
from ingram_desk.ingram.rate_limit import Priority, RateGate
from ingram_desk.services.order_journal import OrderState, StaleStateError
from tests.services.test_ordering_sandbox import creates, draft, ledger, service, stocked

S = OrderState


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def received(server: Any, part: str) -> list[dict[str, Any]]:
    return [r for r in server.received_log() if part in r["path"]]


async def test_a2_connection_refused_twice_then_placed_on_the_third_attempt(
    sandbox_factory, client_factory, tmp_path
):
    sb = sandbox_factory(port=free_port())
    async with client_factory(sb) as c:
        await c.price_and_availability([stocked(sb)])  # a token in hand, as after start
        svc = service(c, tmp_path)
        sb.stop()  # the port is closed: connection refused
        entry = await svc.submit_draft(draft(sb))
        assert entry.state is S.QUEUED and entry.state.label == "Waiting to send"
        assert entry.next_action_at is not None  # backoff, not a hot loop
        svc.journal.update(entry.draft_id, S.QUEUED, next_action_at=None)
        assert (await svc.process(entry.draft_id)).state is S.QUEUED
        sb.start()
        svc.journal.update(entry.draft_id, S.QUEUED, next_action_at=None)
        placed = await svc.process(entry.draft_id)
    assert placed.state is S.PLACED
    assert [a.outcome for a in svc.journal.attempts(entry.draft_id)] == [
        "not_sent", "not_sent", "placed",
    ]  # fmt: skip
    assert S.RECONCILING not in [e.to_state for e in svc.journal.events(entry.draft_id)]
    assert len(ledger(sb, entry.customer_po)) == 1


async def test_a6_resend_refused_as_duplicate_is_searched_until_visible_never_sent_thrice(
    sandbox, client_factory, tmp_path
):
    sandbox.faults.hide_new_orders(1800)  # invisible in search far beyond W (120 s)
    sandbox.faults.fail_next(
        1, status=500, path="/resellers/v6/orders", method="POST", after_processing=True
    )
    async with client_factory(sandbox, now=sandbox.clock) as c:
        svc = service(c, tmp_path, now=sandbox.clock, quiet_window=120)
        entry = await svc.submit_draft(draft(sandbox))
        assert entry.state is S.RECONCILING and len(ledger(sandbox, entry.customer_po)) == 1
        sandbox.advance(121)
        await svc.run_due()  # not found within W: one resend, refused as a duplicate PO
        assert len(creates(sandbox)) == 2
        assert svc.journal.get(entry.draft_id).state is S.RECONCILING
        for _ in range(5):  # W passes again and again: searching only, never a third send
            sandbox.advance(600)
            await svc.run_due()
        done = svc.journal.get(entry.draft_id)
    assert done.state is S.PLACED
    assert len(creates(sandbox)) == 2 and len(ledger(sandbox, entry.customer_po)) == 1
    outcomes = [a.outcome for a in svc.journal.attempts(entry.draft_id)]
    assert outcomes == ["unknown", "duplicate_po"]
    assert done.frozen_body is not None and b"allowDuplicate" not in done.frozen_body


async def test_a10_double_submit_and_a_second_instance_send_exactly_once(
    sandbox, client_factory, tmp_path
):
    journal_path = tmp_path / "orders-journal.sqlite3"
    holder = await asyncio.create_subprocess_exec(
        sys.executable, "-c",
        "import sys; from pathlib import Path\n"
        "from ingram_desk.services.driver_lock import DriverLock\n"
        "lock = DriverLock(Path(sys.argv[1])); lock.acquire(); print('held', flush=True)\n"
        "sys.stdin.read()", str(journal_path),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert (await holder.stdout.readline()).strip() == b"held"
        async with client_factory(sandbox) as c:
            svc = service(c, tmp_path)  # this process is the second instance
            entry = svc.save_draft(draft(sandbox))
            # the Place button clicked twice and the shortcut fired as well
            results = await asyncio.gather(
                *(svc.submit(entry.draft_id) for _ in range(3)), return_exceptions=True
            )
            assert sum(isinstance(r, StaleStateError) for r in results) == 2
            assert svc.journal.get(entry.draft_id).state is S.QUEUED
            assert svc.driven_elsewhere and creates(sandbox) == []  # never sends
            holder.stdin.close()  # the first instance quits: its lock is released
            await asyncio.wait_for(holder.wait(), 30)
            (placed,) = await svc.run_due()
    finally:
        if holder.returncode is None:
            holder.kill()
            await holder.wait()
    assert placed.state is S.PLACED
    assert len(creates(sandbox)) == 1 and len(ledger(sandbox, entry.customer_po)) == 1


async def test_a15_expired_token_mid_flow_one_refresh_one_resend_no_storm(
    sandbox, client_factory, tmp_path
):
    sku = stocked(sandbox)
    async with client_factory(sandbox) as c:
        await c.price_and_availability([sku])
        sandbox.faults.expire_tokens()  # every token issued so far is now refused with 401
        svc = service(c, tmp_path)
        background = [
            c.price_and_availability([sku], priority=Priority.BACKGROUND) for _ in range(4)
        ]
        entry, *reads = await asyncio.gather(svc.submit_draft(draft(sandbox)), *background)
    assert entry.state is S.PLACED and all(r[0].ok for r in reads)
    assert len(received(sandbox, "/oauth")) == 2  # the first token and one refresh, no storm
    statuses = [r["status"] for r in creates(sandbox)]
    assert statuses == [401, 201]  # one resend after the refresh
    assert len(ledger(sandbox, entry.customer_po)) == 1


class RecordingGate(RateGate):
    """The real gate, noting the order in which it lets calls go."""

    def __init__(self) -> None:
        super().__init__(max_reset_wait=60.0)
        self.granted: list[Priority] = []

    async def acquire(self, priority: Priority = Priority.INTERACTIVE) -> None:
        await super().acquire(priority)
        self.granted.append(priority)


async def test_a16_order_during_a_429_storm_waits_for_the_reset_then_goes_first(
    sandbox, client_factory, tmp_path
):
    sku = stocked(sandbox)
    gate = RecordingGate()
    async with client_factory(sandbox, gate=gate) as c:
        await c.price_and_availability([sku])
        sandbox.faults.throttle(n=1, reset_in=2.0, path="priceandavailability")
        first = asyncio.create_task(c.price_and_availability([sku], priority=Priority.BACKGROUND))
        while not gate.throttled:  # the client has read the 429 (not only the server sent it)
            await asyncio.sleep(0.01)
        granted_before = len(gate.granted)
        polls = [
            asyncio.create_task(c.price_and_availability([sku], priority=Priority.BACKGROUND))
            for _ in range(3)
        ]
        svc = service(c, tmp_path)
        entry = await svc.submit_draft(draft(sandbox))
        await asyncio.gather(first, *polls)
    assert entry.state is S.PLACED and len(ledger(sandbox, entry.customer_po)) == 1
    log = sandbox.received_log()
    i429 = next(i for i, r in enumerate(log) if r["status"] == 429)
    held_at = datetime.fromisoformat(log[i429]["at"])
    gaps = [(datetime.fromisoformat(r["at"]) - held_at).total_seconds() for r in log[i429 + 1 :]]
    assert min(gaps) >= 1.9  # no request between the 429 and the reset
    # after the reset the gate lets the order go first (its own fresh connection may still
    # reach the server a few ms after a pooled background read)
    assert gate.granted[granted_before] is Priority.ORDER
    assert gate.granted[granted_before + 1 :] == [Priority.BACKGROUND] * 4


async def test_b4_token_endpoint_down_orders_wait_and_go_when_it_is_back(
    sandbox, client_factory, tmp_path
):
    from ingram_desk.ingram.config import RetryPolicy

    rule = sandbox.faults.fail_next(None, status=503, path="/oauth")
    async with client_factory(sandbox, retry=RetryPolicy(base=0.01, cap=0.02, attempts=3)) as c:
        with pytest.raises(Exception) as exc:  # a read: one line, no crash
            await c.price_and_availability([stocked(sandbox)])
        assert "token service" in str(exc.value) and "refused" not in str(exc.value)
        svc = service(c, tmp_path)
        entry = await svc.submit_draft(draft(sandbox))
        assert entry.state is S.QUEUED  # waits; never "needs attention"
        assert ledger(sandbox, entry.customer_po) == []
        assert rule.remaining is None
        sandbox.faults.clear()
        svc.journal.update(entry.draft_id, S.QUEUED, next_action_at=None)
        (placed,) = await svc.run_due()
    assert placed.state is S.PLACED and len(ledger(sandbox, entry.customer_po)) == 1


async def test_b4_token_endpoint_refusing_connections_is_unreachable_not_a_crash(
    client_factory, tmp_path, sandbox_factory
):
    from ingram_desk.ingram.config import RetryPolicy

    sb = sandbox_factory(port=free_port())
    order = draft(sb)
    client = client_factory(sb, retry=RetryPolicy(base=0.01, cap=0.02, attempts=2))
    sb.stop()  # nothing listens: the token service refuses connections
    async with client as c:
        with pytest.raises(UnreachableError) as exc:
            await c.price_and_availability(["X"])
        assert "token service" in exc.value.one_line()
        entry = await service(c, tmp_path).submit_draft(order)
    assert entry.state is S.QUEUED


async def test_b8_5xx_storm_on_reads_is_retried_within_budget_and_the_rate_limit(
    sandbox, client_factory
):
    sku = stocked(sandbox)
    for status in (500, 502, 503, 504):
        sandbox.faults.fail_next(None, status=status, path="priceandavailability", every=2)
    async with client_factory(sandbox) as c:
        for _ in range(12):
            (r,) = await c.price_and_availability([sku])
            assert r.ok
    calls = received(sandbox, "priceandavailability")
    failed = [r for r in calls if r["status"] in (500, 502, 503, 504)]
    assert failed and len(calls) == 12 + len(failed)  # every failure was retried, once each
    assert not any(r["status"] == 429 for r in calls)  # never above 60 per 60 s
    times = [datetime.fromisoformat(r["at"]) for r in sandbox.received_log()]
    for i, t in enumerate(times):
        assert sum(1 for u in times[i:] if (u - t).total_seconds() < 60) <= 60


class HangingKeyring(KeyringBackend):
    """A keyring whose reads block (a locked collection nobody unlocks)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(30)

    def delete_password(self, service: str, username: str) -> None:
        pass


async def test_e2_a_hanging_keyring_times_out_in_words_and_the_loop_keeps_running(
    tmp_path: Path,
) -> None:
    from ingram_desk.settings.credentials import CredentialStore

    backend = HangingKeyring()
    store = CredentialStore(backend, timeout=0.5)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    task = asyncio.create_task(ticker())
    started = time.monotonic()
    try:
        with pytest.raises(ConfigurationError) as exc:
            await store.get_secret_async("acme")
    finally:
        task.cancel()
        backend.release.set()  # let the stuck thread end before the loop closes
    assert "keyring is locked or not answering" in exc.value.one_line()
    assert 0.4 < time.monotonic() - started < 5
    assert ticks >= 20  # the event loop (the UI's) ran on while the keyring hung
