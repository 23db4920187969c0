"""``team migrate`` and ``team status`` against a real PostgreSQL server: versioned migrations,
refusal of a newer schema, and a desk role that can work but cannot change the schema."""

from __future__ import annotations

import json

import psycopg
import pytest

from ingram_desk.cli.main import main
from ingram_desk.domain.errors import ConfigurationError
from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.services.team import schema
from ingram_desk.services.team.connection import TeamUnreachableError
from ingram_desk.services.team.pg_journal import PgJournal
from ingram_desk.services.team.watch_list import TeamWatchStore
from tests.fixtures.postgres import PgServer


def empty_db(server: PgServer) -> str:
    from tests.fixtures.postgres import new_database

    return new_database(server, template="template0")


def test_migrate_creates_then_reports_current_and_refuses_a_newer_schema(
    pg_server: PgServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = empty_db(pg_server)
    with pytest.raises(ConfigurationError, match="team migrate"):
        PgJournal(url, account="NL:1", desk_id="a")  # a desk never creates the schema
    assert main(["--team", url, "team", "migrate"]) == 0
    assert f"upgraded from nothing to version {schema.SCHEMA_VERSION}" in capsys.readouterr().out
    assert main(["--team", url, "team", "migrate"]) == 0
    assert "already at version" in capsys.readouterr().out
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_version(version, app_version) VALUES (99, 'future')")
    assert main(["--team", url, "team", "migrate"]) == 1
    err = capsys.readouterr().err
    assert "schema version 99, newer than this Ingram Desk knows" in err
    assert "Traceback" not in err
    with pytest.raises(ConfigurationError, match="newer"):
        PgJournal(url, account="NL:1", desk_id="a")


def test_the_desk_role_works_the_journal_but_has_no_ddl(pg_server: PgServer) -> None:
    url = empty_db(pg_server)
    db = url.rsplit("/", 1)[1]
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname=%s", (schema.DESK_ROLE,))
        if exists.fetchone() is None:
            conn.execute(f"CREATE ROLE {schema.DESK_ROLE} LOGIN")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        schema.migrate(conn, "tests")
    desk_url = pg_server.url(db, role=schema.DESK_ROLE)
    with PgJournal(desk_url, account="NL:1", desk_id="a") as j:
        e = j.save_draft(OrderDraft.from_request({
            "customerOrderNumber": "ROLE-1",
            "lines": [{"ingramPartNumber": "DF4128", "quantity": 1}],
        }))  # fmt: skip
        j.queue(e.draft_id, e.draft)
        j.begin_attempt(e.draft_id, "r" * 32)
        assert j.recover_in_flight() == []  # its own send, still going
    with psycopg.connect(desk_url, autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("CREATE TABLE evil (x int)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DROP TABLE orders")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM orders")


def test_migrate_as_the_desk_role_is_refused_in_one_line(
    pg_server: PgServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = empty_db(pg_server)
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        if (
            conn.execute("SELECT 1 FROM pg_roles WHERE rolname=%s", (schema.DESK_ROLE,)).fetchone()
            is None
        ):
            conn.execute(f"CREATE ROLE {schema.DESK_ROLE} LOGIN")
    desk_url = pg_server.url(url.rsplit("/", 1)[1], role=schema.DESK_ROLE)
    assert main(["--team", desk_url, "team", "migrate"]) == 1
    err = capsys.readouterr().err
    assert "may not change the schema" in err and "Traceback" not in err


def test_team_status_json(team_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with PgJournal(team_url, account="NL:20-222222", desk_id="d1", desk_name="ann@pc1") as j:
        e = j.save_draft(OrderDraft.from_request({
            "customerOrderNumber": "ST-1", "lines": [{"ingramPartNumber": "DF4128", "quantity": 1}],
        }))  # fmt: skip
        j.queue(e.draft_id, e.draft)
        assert main(["--team", team_url, "team", "status", "--json"]) == 0
        info = json.loads(capsys.readouterr().out)
    assert info["schema_version"] == schema.SCHEMA_VERSION
    assert info["server"].startswith("127.0.0.1:")
    assert info["queue_depth"] == 1
    assert [(d["name"], d["online"]) for d in info["desks"]] == [("ann@pc1", True)]
    assert main(["--team", team_url, "team", "status", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert [(d["name"], d["online"]) for d in info["desks"]] == [("ann@pc1", False)]


def test_an_unreachable_server_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql://nobody@127.0.0.1:{port}/team"
    with pytest.raises(TeamUnreachableError, match="unreachable"):
        PgJournal(url, account="NL:1", desk_id="a")
    assert main(["--team", url, "team", "status"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("ingram-desk: The team database 127.0.0.1:") and "Traceback" not in err


def test_a_version_1_database_is_upgraded_with_its_watch_list_kept(
    pg_server: PgServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = empty_db(pg_server)
    with psycopg.connect(url, autocommit=True) as conn:  # as the first release left it
        conn.execute(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY,"
            " applied_at TIMESTAMPTZ NOT NULL DEFAULT now(), app_version TEXT NOT NULL)"
        )
        conn.execute(schema.MIGRATIONS[1])
        conn.execute("INSERT INTO schema_version(version, app_version) VALUES (1, 'v1')")
        conn.execute(
            "INSERT INTO watch_list VALUES ('NL:1', '20-RD111', '{\"status\": \"R\"}', 'a', now())"
        )
    with pytest.raises(ConfigurationError, match="schema 1, needs"):
        PgJournal(url, account="NL:1", desk_id="a")  # the desk asks for the upgrade
    assert main(["--team", url, "team", "migrate"]) == 0
    assert f"upgraded from 1 to version {schema.SCHEMA_VERSION}" in capsys.readouterr().out
    with PgJournal(url, account="NL:1", desk_id="a") as j:
        store = TeamWatchStore(j)
        assert store.load() == {"20-RD111": {"status": "R"}} and store.unseen() == {}
