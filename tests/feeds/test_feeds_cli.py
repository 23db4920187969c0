"""``feeds sync|status`` on the demo profile (the embedded sandbox's feeds), and ``--source``
against a separate ``sandbox serve`` process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime

from ingram_desk.cli.main import main


def _run(capsys, *argv: str) -> tuple[int, dict]:
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_demo_profile_syncs_out_of_the_box_and_reports_status(tmp_path, capsys):
    data = str(tmp_path / "data")
    code, report = _run(capsys, "--data-dir", data, "feeds", "sync", "--json")
    assert code == 0, report
    assert report["ok"] is True
    assert [(f["feed"], f["status"]) for f in report["feeds"]] == [
        ("price", "imported"), ("stock", "imported"), ("category", "imported"),
    ]  # fmt: skip
    price = report["feeds"][0]
    assert price["remote_name"].startswith("PRICE_") and price["rows"] > 2900
    assert set(report) == {"ok", "started", "finished", "feeds", "changes"}

    code, again = _run(capsys, "--data-dir", data, "feeds", "sync", "--json")
    assert code == 0 and {f["status"] for f in again["feeds"]} == {"skipped"}

    code, due = _run(capsys, "--data-dir", data, "feeds", "sync", "--due", "--json")
    assert code == 0 and due["ok"] is True
    now = datetime.now().astimezone()
    if now.minute not in (0, 30):  # no hour (stock) or 06:30 (price) passed since the sync
        assert due == {"ok": True, "feeds": [], "changes": {}}, "nothing is due yet"

    code, status = _run(capsys, "--data-dir", data, "feeds", "status", "--json")
    assert code == 0 and status["profile"] == "demo" and status["enabled"] is True
    feeds = {f["feed"]: f for f in status["feeds"]}
    assert feeds["stock"]["last_outcome"] == "skipped" and not feeds["stock"]["overdue"]
    assert feeds["stock"]["age"].endswith("min old")
    assert set(feeds["price"]) == {
        "feed", "enabled", "data_time", "age_seconds", "age", "last_attempt", "last_outcome",
        "last_message", "next_run", "overdue", "due_now",
    }  # fmt: skip

    code, failed = _run(capsys, "--data-dir", data, "feeds", "sync", "--json",
                        "--source", "ftp://nobody@127.0.0.1:9/NL")  # fmt: skip
    assert code == 1 and failed["ok"] is False
    assert {f["error"] for f in failed["feeds"]} == {"feed_unreachable"}
    assert "firewall" in failed["feeds"][0]["remedy"]


def test_serve_prints_feed_services_and_sync_source_reaches_them(tmp_path, capsys):
    proc = subprocess.Popen(
        [sys.executable, "-m", "ingram_desk", "sandbox", "serve", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline().strip() for _ in range(4)]
        assert lines[0].startswith("listening on http://127.0.0.1:")
        assert [line.split("://")[0] for line in lines[1:]] == [
            "feeds on ftp", "feeds on ftps", "feeds on sftp",
        ]  # fmt: skip
        sftp = lines[3].removeprefix("feeds on ")
        host_port = sftp.removeprefix("sftp://")
        code, report = _run(capsys, "--data-dir", str(tmp_path / "d"), "feeds", "sync", "--json",
                            "--source", f"sftp://ingram-desk-demo@{host_port}/NL")  # fmt: skip
        assert code == 0, report
        assert {f["status"] for f in report["feeds"]} == {"imported"}
        known = (tmp_path / "d" / "profiles" / "demo" / "feeds" / "known_hosts").read_text()
        assert known.startswith(f"[127.0.0.1]:{host_port.split(':')[1]} ssh-ed25519 ")
        proc.terminate()
        assert proc.wait(timeout=15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
