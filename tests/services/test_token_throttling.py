"""Issue 19 defect 4: a 429 or 5xx from the token service is throttling, not a refusal.

An order with an app-generated PO must wait for the reset and be placed, never land in
needs_attention with "Ingram refused the client id / secret (429)".
"""

from __future__ import annotations

from datetime import datetime

from ingram_desk.services.order_journal import OrderState
from tests.services.test_ordering_sandbox import draft, ledger, service


def token_calls(server) -> list[dict]:
    return [r for r in server.received_log() if "/oauth" in r["path"]]


async def test_one_429_from_the_token_service_waits_for_the_reset_and_places(
    sandbox, client_factory, tmp_path
):
    sandbox.faults.throttle(n=1, reset_in=1.0, path="/oauth")
    async with client_factory(sandbox) as c:
        entry = await service(c, tmp_path).submit_draft(draft(sandbox))
    assert entry.state is OrderState.PLACED, entry.last_error
    assert len(ledger(sandbox, entry.customer_po)) == 1
    first, second = token_calls(sandbox)[:2]
    assert first["status"] == 429 and second["status"] == 200
    waited = datetime.fromisoformat(second["at"]) - datetime.fromisoformat(first["at"])
    assert waited.total_seconds() >= 0.9  # the reset was honoured, not a zero-sleep retry


async def test_503s_from_the_token_service_are_retried(sandbox, client_factory, tmp_path):
    sandbox.faults.fail_next(2, status=503, path="/oauth")
    async with client_factory(sandbox) as c:
        entry = await service(c, tmp_path).submit_draft(draft(sandbox))
    assert entry.state is OrderState.PLACED, entry.last_error
    assert [r["status"] for r in token_calls(sandbox)] == [503, 503, 200]


async def test_a_token_429_storm_leaves_the_order_queued_and_it_is_sent_later(
    sandbox, client_factory, tmp_path
):
    sandbox.faults.throttle(n=None, reset_in=0.05, path="/oauth")
    async with client_factory(sandbox) as c:
        svc = service(c, tmp_path)
        entry = await svc.submit_draft(draft(sandbox))
        assert entry.state is OrderState.QUEUED
        assert "refused the client id" not in (entry.last_error or "")
        assert "busy" in (entry.last_error or "")
        assert ledger(sandbox, entry.customer_po) == []
        sandbox.faults.clear()
        svc.journal.update(entry.draft_id, OrderState.QUEUED, next_action_at=None)
        (done,) = await svc.run_due()
    assert done.state is OrderState.PLACED
    assert len(ledger(sandbox, entry.customer_po)) == 1
