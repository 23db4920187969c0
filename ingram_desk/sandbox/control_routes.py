"""The sandbox's own control routes: fault switches, placed orders, receive log and clock.

``POST /_sandbox/faults`` takes ``{"action": {kwargs}, ...}`` (see faults.ACTIONS);
``GET``/``DELETE`` show/clear; ``GET /_sandbox/orders[?all=1]``; ``GET /_sandbox/log``;
``POST /_sandbox/clock`` with ``{"advance": seconds}`` or ``{"set": iso}``;
``POST /_sandbox/documents`` with ``{"folder": path, "order": number?}`` writes despatch advice
and invoice XML for the placed orders (or one order).
``GET``/``POST``/``DELETE /_sandbox/feeds``: the feed servers' fault switches and transfers.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ingram_desk.sandbox.clock import ShiftableClock
from ingram_desk.sandbox.wire import Request, Response, json_response

if TYPE_CHECKING:
    from ingram_desk.sandbox.server import SandboxServer

__all__ = ["control"]


def control(sb: SandboxServer, req: Request) -> Response:
    """Answer a ``/_sandbox/*`` control route (no auth, no rate limit, no faults)."""
    try:
        if req.path == "/_sandbox/faults":
            if req.method == "POST":
                payload = json.loads(req.body or b"{}")
                if not isinstance(payload, dict):
                    raise ValueError("expected a JSON object of {action: kwargs}")
                sb.faults.apply(payload)
            elif req.method == "DELETE":
                sb.faults.clear()
            return json_response(200, sb.faults.snapshot())
        if req.path == "/_sandbox/orders":
            every = (req.q("all") or "").lower() in ("1", "true")
            orders = sb.orders.all() if every else sb.orders.placed()
            return json_response(200, {"orders": [o.to_json() for o in orders]})
        if req.path == "/_sandbox/log":
            return json_response(200, {"received": sb.received_log()})
        if req.path == "/_sandbox/documents" and req.method == "POST":
            payload = json.loads(req.body or b"{}")
            written = sb.write_documents(Path(payload["folder"]), payload.get("order"))
            return json_response(200, {"written": [str(p) for p in written]})
        if req.path == "/_sandbox/clock":
            if req.method == "POST":
                payload = json.loads(req.body or b"{}")
                if "advance" in payload:
                    sb.advance(float(payload["advance"]))
                if "set" in payload and isinstance(sb.clock, ShiftableClock):
                    sb.clock.set(datetime.fromisoformat(payload["set"]))
            return json_response(200, {"now": sb.clock().isoformat()})
        if req.path == "/_sandbox/feeds":
            if sb.feeds is None:
                return json_response(404, {"message": "the feed servers are not running"})
            if req.method == "POST":
                sb.feeds.apply_faults(json.loads(req.body or b"{}"))
            elif req.method == "DELETE":
                sb.feeds.apply_faults({"clear": True})
            return json_response(200, sb.feeds.fault_snapshot())
    except (ValueError, TypeError, KeyError, OSError) as exc:
        return json_response(400, {"message": str(exc)})
    return json_response(404, {"message": "unknown control route"})
