"""TLS as the server offers: a PostgreSQL server started with ``ssl=on`` and a self-signed
certificate (made with openssl). A desk joined with the password from the keyring connects over
TLS with libpq's default ``sslmode=prefer``, and ``?sslmode=require`` works too; the password
is in no file of the desk's data folder."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest

from ingram_desk.cli.main import main
from ingram_desk.services.team import schema
from ingram_desk.settings.credentials import SERVICE
from ingram_desk.settings.profiles import Profile, ProfileKind, ProfileStore
from tests.fixtures.postgres import PASSWORD_ROLE, PgServer

PASSWORD = "pw-Tls-5521-secret"


def with_tls(server: PgServer) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    crt, key = server.data / "server.crt", server.data / "server.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(crt)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    key.chmod(0o600)
    if server.user:
        for f in (crt, key):
            shutil.chown(f, server.user)
    with (server.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
        conf.write("\nssl = on\n")
    server.restart()


def test_a_desk_connects_with_tls_and_the_password_from_the_keyring(
    pg_factory, sandbox, memory_keyring, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    for var in ("INGRAM_CLIENT_ID", "INGRAM_CLIENT_SECRET", "INGRAM_DESK_TEAM_PASSWORD"):
        monkeypatch.delenv(var, raising=False)
    server: PgServer = pg_factory()
    with_tls(server)
    with psycopg.connect(server.url(), autocommit=True) as conn:
        schema.migrate(conn, "tests")
        conn.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{PASSWORD}'")
        conn.execute(
            f"GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO {PASSWORD_ROLE}"
        )
        conn.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {PASSWORD_ROLE}")
    url = server.url(role=PASSWORD_ROLE)
    data = tmp_path / "desk"
    ProfileStore(data / "profiles").save(
        Profile("acme", ProfileKind.CUSTOM, customer_number="20-222222", country="NL",
                client_id=sandbox.config.client_id, api_url=sandbox.url)
    )  # fmt: skip
    memory_keyring.set_password(SERVICE, "acme", sandbox.config.client_secret)
    base = ["--data-dir", str(data), "--profile", "acme"]
    with_pw = url.replace(f"{PASSWORD_ROLE}@", f"{PASSWORD_ROLE}:{PASSWORD}@")
    assert main([*base, "team", "join", with_pw]) == 0
    capsys.readouterr()
    assert memory_keyring.store[(SERVICE, "acme:team")] == PASSWORD

    assert main([*base, "team", "status", "--json"]) == 0  # sslmode=prefer: TLS, as offered
    assert json.loads(capsys.readouterr().out)["tls"] is True
    # the password comes from the keyring, with a URL that insists on TLS too
    assert main([*base, "--team", url + "?sslmode=require", "team", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tls"] is True
    # the check is real: asked not to use TLS, the same status says so
    assert main([*base, "--team", url + "?sslmode=disable", "team", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tls"] is False
    written = [p for p in data.rglob("*") if p.is_file()]
    assert written and not [p for p in written if PASSWORD in p.read_text("latin-1")]
