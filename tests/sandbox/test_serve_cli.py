"""``ingram-desk sandbox serve`` as a real subprocess: first line, token request, exit 0 on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import httpx
import pytest

from ingram_desk.sandbox.demo import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET


def _serve(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ingram_desk", "sandbox", "serve", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_prints_url_first_answers_and_exits_cleanly(sig):
    proc = _serve("--rate-limit", "5/10")
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().strip()
        assert first.startswith("listening on http://127.0.0.1:")
        url = first.removeprefix("listening on ")
        r = httpx.post(
            f"{url}/oauth/oauth30/token",
            data={"grant_type": "client_credentials", "client_id": DEMO_CLIENT_ID,
                  "client_secret": DEMO_CLIENT_SECRET},
            timeout=10,
        )  # fmt: skip
        assert r.status_code == 200 and r.json()["expires_in"] == "86399"
        assert r.headers["X-RateLimit-Limit"] == "5"
        proc.send_signal(sig)
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_serve_takes_custom_credentials_and_token_lifetime():
    proc = _serve("--client-id", "acme", "--client-secret", "s3cret", "--token-lifetime", "120")
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip().removeprefix("listening on ")
        form = {"grant_type": "client_credentials", "client_id": "acme", "client_secret": "s3cret"}
        r = httpx.post(f"{url}/oauth/oauth30/token", data=form, timeout=10)
        assert r.json()["expires_in"] == "120"
        demo = {**form, "client_id": DEMO_CLIENT_ID, "client_secret": DEMO_CLIENT_SECRET}
        assert httpx.post(f"{url}/oauth/oauth30/token", data=demo, timeout=10).status_code == 401
        proc.terminate()
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_bad_rate_limit_option_is_a_usage_error():
    proc = _serve("--rate-limit", "lots")
    assert proc.wait(timeout=30) == 2
