"""A team profile: ``team join`` keeps the URL in the profile and the password in the keyring;
``--profile TEAM`` then joins every command to the team database (TLS as the server offers)."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from ingram_desk.cli.main import main
from ingram_desk.settings.credentials import SERVICE
from ingram_desk.settings.profiles import Profile, ProfileKind, ProfileStore
from tests.fixtures.postgres import PASSWORD_ROLE, PgServer

PASSWORD = "pw-Team-8841-secret"


@pytest.fixture
def password_db(pg_server: PgServer, team_url: str) -> str:
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname=%s", (PASSWORD_ROLE,)).fetchone():
            conn.execute(f"ALTER ROLE {PASSWORD_ROLE} PASSWORD '{PASSWORD}'")
        else:
            conn.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{PASSWORD}'")
    with psycopg.connect(team_url, autocommit=True) as conn:
        conn.execute(
            f"GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO {PASSWORD_ROLE}"
        )
        conn.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {PASSWORD_ROLE}")
    return pg_server.url(team_url.rsplit("/", 1)[1], role=PASSWORD_ROLE)


def test_a_team_profile_joins_every_command_with_the_password_from_the_keyring(
    sandbox, memory_keyring, password_db: str, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    for var in ("INGRAM_CLIENT_ID", "INGRAM_CLIENT_SECRET", "INGRAM_DESK_TEAM_PASSWORD"):
        monkeypatch.delenv(var, raising=False)
    data = tmp_path / "desk"
    ProfileStore(data / "profiles").save(
        Profile("acme", ProfileKind.CUSTOM, customer_number="20-222222", country="NL",
                client_id=sandbox.config.client_id, api_url=sandbox.url)
    )  # fmt: skip
    memory_keyring.set_password(SERVICE, "acme", sandbox.config.client_secret)
    base = ["--data-dir", str(data), "--profile", "acme"]
    with_pw = password_db.replace(f"{PASSWORD_ROLE}@", f"{PASSWORD_ROLE}:{PASSWORD}@")
    assert main([*base, "team", "join", with_pw]) == 0
    assert "joined the team database 127.0.0.1:" in capsys.readouterr().out
    saved = json.loads((data / "profiles" / "acme" / "profile.json").read_text())
    assert saved["team_url"] == password_db  # no password in the file
    assert memory_keyring.store[(SERVICE, "acme:team")] == PASSWORD
    assert not [p for p in data.rglob("*") if p.is_file() and PASSWORD in p.read_text("latin-1")]

    assert main([*base, "team", "status", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["schema_version"] >= 1 and info["tls"] in (True, False)

    order = tmp_path / "o.json"
    sku = next(p.sku for p in sandbox.catalogue.products if p.stock > 10 and not p.discontinued)
    order.write_text(json.dumps({"customerOrderNumber": "PROF-1",
                                 "lines": [{"ingramPartNumber": sku, "quantity": 1}]}))  # fmt: skip
    assert main([*base, "orders", "create", str(order)]) == 0
    assert capsys.readouterr().out.startswith("placed: ")
    with psycopg.connect(with_pw, autocommit=True) as conn:
        row = conn.execute("SELECT state, account FROM orders WHERE customer_po='PROF-1'")
        assert row.fetchone() == ("placed", "NL:20-222222")
    assert main([*base, "orders", "journal", "--json"]) == 0
    assert [o["customer_po"] for o in json.loads(capsys.readouterr().out)["orders"]] == ["PROF-1"]

    # a wrong password: one line, no traceback, nothing sent
    monkeypatch.setenv("INGRAM_DESK_TEAM_PASSWORD", "wrong")
    memory_keyring.store.pop((SERVICE, "acme:team"))
    assert main([*base, "team", "status"]) == 1
    err = capsys.readouterr().err
    assert "password authentication failed" in err and "Traceback" not in err


def test_team_join_with_a_keyring_that_does_not_answer_says_so_and_never_hangs(
    locked_keyring, password_db: str, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Reliability E2 for the team password: the write gives up after the keyring's timeout
    and says how to go on; the profile still joins."""
    from ingram_desk.settings import credentials

    monkeypatch.setattr(credentials, "KEYRING_TIMEOUT_S", 0.5)
    monkeypatch.delenv("INGRAM_DESK_TEAM_PASSWORD", raising=False)
    data = tmp_path / "desk"
    ProfileStore(data / "profiles").save(Profile("acme", ProfileKind.CUSTOM, country="NL"))
    with_pw = password_db.replace(f"{PASSWORD_ROLE}@", f"{PASSWORD_ROLE}:{PASSWORD}@")
    assert main(["--data-dir", str(data), "--profile", "acme", "team", "join", with_pw]) == 0
    out, err = capsys.readouterr()
    assert "joined the team database" in out
    assert "The keyring is locked or not answering: the password is not kept" in err
    assert "INGRAM_DESK_TEAM_PASSWORD" in err and err.count("\n") == 1
    assert json.loads((data / "profiles" / "acme" / "profile.json").read_text())["team_url"]


async def test_a_team_password_in_a_keyring_that_does_not_answer_opens_the_desk_offline(
    locked_keyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reliability E2 for the team password at start: the read gives up after the keyring's
    timeout, once a run (journal, shared budget and listener each ask), and the desk opens
    with its offline journal, which keeps drafts and sends nothing; never a hang."""
    import argparse

    from ingram_desk.cli.context import open_context
    from ingram_desk.services.team.connection import TeamUnreachableError
    from ingram_desk.services.team.offline import OfflineJournal
    from ingram_desk.settings import credentials

    monkeypatch.setattr(credentials, "KEYRING_TIMEOUT_S", 0.5)
    monkeypatch.delenv("INGRAM_DESK_TEAM_PASSWORD", raising=False)
    data = tmp_path / "desk"
    ProfileStore(data / "profiles").save(
        Profile("acme", ProfileKind.CUSTOM, api_url="http://127.0.0.1:9", country="NL",
                customer_number="20-222222", client_id="client-id",
                team_url="postgresql://desk@127.0.0.1:9/team")
    )  # fmt: skip
    asked: list[str] = []
    real_get = locked_keyring.get_password

    def counting_get(service: str, username: str) -> str | None:
        asked.append(username)
        return real_get(service, username)

    monkeypatch.setattr(locked_keyring, "get_password", counting_get)
    args = argparse.Namespace(data_dir=data, profile="acme", api_url=None)
    env = {"INGRAM_CLIENT_SECRET": "s3cret"}
    async with open_context(args, env) as ctx:
        assert isinstance(ctx.journal, OfflineJournal)
        assert "keyring is locked or not answering" in ctx.journal.offline_reason.one_line()
        assert asked == ["acme:team"]  # asked once, not by each part of the team
        from ingram_desk.domain.order_draft import OrderDraft

        draft = OrderDraft.from_request(
            {"customerOrderNumber": "E2-TEAM", "lines": [{"ingramPartNumber": "X", "quantity": 1}]}
        )
        entry = ctx.journal.save_draft(draft)
        with pytest.raises(TeamUnreachableError, match="keyring"):
            ctx.journal.queue(entry.draft_id, draft)
