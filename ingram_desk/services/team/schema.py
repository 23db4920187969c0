"""The team database's schema as numbered migrations, with a version table.

``migrate`` applies the missing steps, each in its own transaction, under an advisory lock so two
``team migrate`` runs cannot interleave; it refuses a database whose schema is newer than this
program knows. Desks only check the version (``require_current``): they need no DDL rights.
Grants go to the role ``ingram_desk_desk`` when it exists (README: least-privilege roles).
"""

from __future__ import annotations

from typing import Any

from psycopg.rows import tuple_row

from ingram_desk.domain.errors import ConfigurationError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP

__all__ = ["DESK_ROLE", "MIGRATIONS", "SCHEMA_VERSION", "migrate", "require_current", "version"]

DESK_ROLE = "ingram_desk_desk"
_MIGRATE_LOCK = 0x1D35_0001  # advisory lock key for migrations

_V1 = """
CREATE TABLE desks (
    desk_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    first_seen TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen TIMESTAMPTZ NOT NULL DEFAULT now(),
    run_key BIGINT
);
CREATE TABLE orders (
    draft_id TEXT PRIMARY KEY,
    account TEXT NOT NULL,
    customer_po TEXT NOT NULL CHECK (length(customer_po) BETWEEN 1 AND 35),
    state TEXT NOT NULL,
    draft_json TEXT NOT NULL,
    frozen_body BYTEA,
    frozen_sha256 TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    resends INTEGER NOT NULL DEFAULT 0,
    checks INTEGER NOT NULL DEFAULT 0,
    preflight_done INTEGER NOT NULL DEFAULT 0,
    next_action_at TIMESTAMPTZ,
    unknown_since TIMESTAMPTZ,
    ingram_order_numbers TEXT NOT NULL DEFAULT '[]',
    last_error TEXT,
    author TEXT NOT NULL DEFAULT '',
    shared BOOLEAN NOT NULL DEFAULT true,
    in_flight_run BIGINT,
    in_flight_desk TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    seq BIGSERIAL
);
CREATE INDEX orders_account_state ON orders(account, state);
-- The PO registry: one row per account and customer PO (case-insensitive), claimed by the
-- draft that holds it before anything is sent; a second desk's claim fails on the primary key.
CREATE TABLE po_registry (
    account TEXT NOT NULL,
    po_key TEXT NOT NULL,
    customer_po TEXT NOT NULL,
    draft_id TEXT NOT NULL REFERENCES orders(draft_id),
    desk_id TEXT NOT NULL,
    claimed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account, po_key)
);
CREATE TABLE attempts (
    id BIGSERIAL PRIMARY KEY,
    draft_id TEXT NOT NULL REFERENCES orders(draft_id),
    correlation_id TEXT NOT NULL UNIQUE,
    desk_id TEXT NOT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    ended_at TIMESTAMPTZ,
    outcome TEXT,
    http_status INTEGER,
    error TEXT
);
CREATE TABLE events (
    id BIGSERIAL PRIMARY KEY,
    draft_id TEXT NOT NULL REFERENCES orders(draft_id),
    from_state TEXT,
    to_state TEXT NOT NULL,
    reason TEXT NOT NULL,
    desk_id TEXT NOT NULL,
    op_id TEXT UNIQUE,
    at TIMESTAMPTZ NOT NULL
);
CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION events_append_only();
CREATE TABLE address_book (
    account TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    payload JSONB NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account, entry_id)
);
CREATE TABLE watch_list (
    account TEXT NOT NULL,
    item_key TEXT NOT NULL,
    payload JSONB NOT NULL,
    added_by TEXT NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account, item_key)
);
-- who has seen which change of a watched item
CREATE TABLE watch_seen (
    account TEXT NOT NULL,
    item_key TEXT NOT NULL,
    seen_by TEXT NOT NULL,
    seen_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account, item_key, seen_by),
    FOREIGN KEY (account, item_key) REFERENCES watch_list(account, item_key) ON DELETE CASCADE
);
-- one rate budget per Ingram account, spent in turns by every desk
CREATE TABLE rate_budget (
    account TEXT PRIMARY KEY,
    window_start TIMESTAMPTZ NOT NULL,
    used INTEGER NOT NULL DEFAULT 0,
    window_limit INTEGER NOT NULL,
    paused_until TIMESTAMPTZ
);
"""

# who has seen what, per change: each recorded change of a watched order counts up
# ``change_no`` and keeps its description; a desk has seen the order's changes up to ``seen_no``
_V2 = """
ALTER TABLE watch_list ADD COLUMN change_no INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN changes JSONB NOT NULL DEFAULT '[]';
ALTER TABLE watch_seen ADD COLUMN seen_no INTEGER NOT NULL DEFAULT 0;
-- fair turns on the shared budget: what each desk took in this window and the one before, and
-- whether it is waiting (with its priority's reserve); the least served waiting desk goes first
ALTER TABLE rate_budget ADD COLUMN prev_window_start TIMESTAMPTZ;
CREATE TABLE rate_desks (
    account TEXT NOT NULL,
    desk_key TEXT NOT NULL,
    win TIMESTAMPTZ,
    taken INTEGER NOT NULL DEFAULT 0,
    prev_taken INTEGER NOT NULL DEFAULT 0,
    waiting_keep INTEGER,
    seen_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account, desk_key)
);
-- one fair turn on the shared budget, in one round trip (rate_take): rotate an expired
-- window, then take a unit unless paused, out of room for this priority, or another waiting
-- desk of the same or a more urgent priority has been served less (this window and the one
-- before); a desk that cannot take is marked waiting
CREATE FUNCTION rate_take(p_account TEXT, p_desk TEXT, p_limit INTEGER, p_period INTERVAL,
                          p_keep INTEGER, p_alive INTERVAL,
                          OUT o_took BOOLEAN, OUT o_room BOOLEAN, OUT o_used INTEGER,
                          OUT o_resets_at TIMESTAMPTZ, OUT o_paused_until TIMESTAMPTZ,
                          OUT o_now TIMESTAMPTZ)
LANGUAGE plpgsql AS $$
DECLARE
    b rate_budget%ROWTYPE;
    mine INTEGER;
    ahead BOOLEAN;
BEGIN
    UPDATE rate_budget r SET prev_window_start = r.window_start, window_start = now(), used = 0
        WHERE r.account = p_account AND r.window_start + p_period <= now();
    SELECT * INTO b FROM rate_budget r WHERE r.account = p_account FOR UPDATE;
    o_now := now();
    o_resets_at := b.window_start + p_period;
    o_paused_until := b.paused_until;
    o_used := b.used;
    o_room := b.used < p_limit - p_keep AND (b.paused_until IS NULL OR b.paused_until <= now());
    SELECT coalesce(max(CASE WHEN d.win = b.window_start THEN d.taken + d.prev_taken
                             WHEN d.win = b.prev_window_start THEN d.taken ELSE 0 END), 0)
        INTO mine FROM rate_desks d WHERE d.account = p_account AND d.desk_key = p_desk;
    SELECT EXISTS (
        SELECT 1 FROM rate_desks d WHERE d.account = p_account AND d.desk_key <> p_desk
          AND d.waiting_keep IS NOT NULL AND d.seen_at > now() - p_alive
          AND (d.waiting_keep < p_keep OR (d.waiting_keep = p_keep AND
               CASE WHEN d.win = b.window_start THEN d.taken + d.prev_taken
                    WHEN d.win = b.prev_window_start THEN d.taken ELSE 0 END < mine))
    ) INTO ahead;
    o_took := o_room AND NOT ahead;
    IF o_took THEN
        UPDATE rate_budget r SET used = r.used + 1, window_limit = p_limit
            WHERE r.account = p_account RETURNING r.used INTO o_used;
        INSERT INTO rate_desks AS d (account, desk_key, win, taken, prev_taken, seen_at)
            VALUES (p_account, p_desk, b.window_start, 1, 0, now())
            ON CONFLICT (account, desk_key) DO UPDATE SET
                prev_taken = CASE WHEN d.win = b.window_start THEN d.prev_taken
                    WHEN d.win = b.prev_window_start THEN d.taken ELSE 0 END,
                taken = CASE WHEN d.win = b.window_start THEN d.taken + 1 ELSE 1 END,
                win = b.window_start, waiting_keep = NULL, seen_at = now();
    ELSE
        INSERT INTO rate_desks AS d (account, desk_key, waiting_keep, seen_at)
            VALUES (p_account, p_desk, p_keep, now())
            ON CONFLICT (account, desk_key) DO UPDATE SET waiting_keep = p_keep, seen_at = now();
    END IF;
END $$;
"""

_GRANTS = """
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN
    GRANT SELECT, INSERT, UPDATE ON desks, orders, po_registry, attempts, address_book,
        watch_list, rate_budget, rate_desks TO {role};
    GRANT DELETE ON address_book, watch_list, watch_seen TO {role};
    GRANT SELECT, INSERT, UPDATE ON watch_seen TO {role};
    GRANT SELECT, INSERT ON events TO {role};
    GRANT SELECT ON schema_version TO {role};
    GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role};
  END IF;
END $$;
"""

#: version -> SQL; append only (a released step is never edited)
MIGRATIONS: dict[int, str] = {1: _V1, 2: _V2}
SCHEMA_VERSION = max(MIGRATIONS)


def version(conn: Any) -> int | None:
    """The schema version in the database (None: never migrated)."""
    cur = conn.cursor(row_factory=tuple_row)
    if not cur.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()[0]:
        return None
    row = cur.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else None


def _refuse_newer(found: int | None) -> None:
    if found is not None and found > SCHEMA_VERSION:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The team database has schema version {found}, newer than this Ingram Desk knows"
                " ({known}); nothing was changed.",
            ),
            remedial_action=QT_TRANSLATE_NOOP(
                "Errors", "Install the newer Ingram Desk the team uses."
            ),
            values={"found": found, "known": SCHEMA_VERSION},
        )


def migrate(conn: Any, app_version: str = "") -> tuple[int | None, int]:
    """Create or upgrade the schema; returns (version before, version after)."""
    conn.execute("SELECT pg_advisory_lock(%s)", (_MIGRATE_LOCK,))
    try:
        with conn.transaction():
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                " applied_at TIMESTAMPTZ NOT NULL DEFAULT now(), app_version TEXT NOT NULL)"
            )
        before = version(conn)
        _refuse_newer(before)
        for step in sorted(MIGRATIONS):
            if before is not None and step <= before:
                continue
            with conn.transaction():
                conn.execute(MIGRATIONS[step])
                conn.execute(
                    "INSERT INTO schema_version(version, app_version) VALUES (%s, %s)",
                    (step, app_version),
                )
        with conn.transaction():
            conn.execute(_GRANTS.format(role=DESK_ROLE))
        return before, SCHEMA_VERSION
    finally:
        conn.execute("SELECT pg_advisory_unlock(%s)", (_MIGRATE_LOCK,))


def require_current(conn: Any) -> int:
    """A desk joins only a database at exactly this program's schema version."""
    found = version(conn)
    _refuse_newer(found)
    if found != SCHEMA_VERSION:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The team database is not set up for this Ingram Desk (schema {found}, needs {known})",
            ),
            remedial_action=QT_TRANSLATE_NOOP(
                "Errors", "Run: ingram-desk team migrate (as the database owner)."
            ),
            values={"found": found or "none", "known": SCHEMA_VERSION},
        )
    return found
