"""What ``team status`` reports: the server, the schema version, desks seen, queue depth and the
shared rate budget of each account (read-only; any desk's rights suffice)."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.rows import dict_row

from ingram_desk.services.journal_records import OrderState
from ingram_desk.services.team import schema
from ingram_desk.services.team.connection import connect_kwargs, server_label, unreachable

__all__ = ["team_status"]


def team_status(url: str, password: str | None = None, connect_timeout: int = 5) -> dict[str, Any]:
    try:
        conn = psycopg.connect(
            url,
            **connect_kwargs(password),
            autocommit=True,
            row_factory=dict_row,
            connect_timeout=connect_timeout,
        )
    except psycopg.Error as exc:
        raise unreachable(server_label(url), exc) from None
    with conn:
        found = schema.version(conn)
        info: dict[str, Any] = {
            "server": server_label(url),
            "server_version": conn.info.server_version,
            "tls": conn.pgconn.ssl_in_use,
            "schema_version": found,
            "schema_expected": schema.SCHEMA_VERSION,
        }
        if found is None:
            return info | {"desks": [], "queue_depth": 0, "budget": []}
        desks = conn.execute(
            "SELECT desk_id, name, first_seen, last_seen, run_key FROM desks ORDER BY last_seen DESC"
        ).fetchall()
        for d in desks:
            held = conn.execute(
                "SELECT count(*) > 0 AS online FROM pg_locks WHERE locktype='advisory'"
                " AND granted AND ((classid::bigint << 32) | objid::bigint) = %s",
                (d.pop("run_key"),),
            ).fetchone()
            d["online"] = bool(held["online"])
        queue = conn.execute(
            "SELECT state, count(*) AS n FROM orders WHERE state = ANY(%s) GROUP BY state",
            ([OrderState.QUEUED.value, OrderState.IN_FLIGHT.value, OrderState.RECONCILING.value],),
        ).fetchall()
        budget = conn.execute(
            "SELECT account, window_start, used, window_limit, paused_until FROM rate_budget"
            " ORDER BY account"
        ).fetchall()
        return info | {
            "desks": desks,
            "queue_depth": sum(r["n"] for r in queue),
            "queue": {r["state"]: r["n"] for r in queue},
            "budget": budget,
        }
