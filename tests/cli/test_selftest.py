"""``ingram-desk selftest``: the whole check in a child process (as the frozen app runs it), and
its keyring and resource verdicts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ingram_desk.cli import selftest_cmd


@pytest.mark.slow
def test_selftest_passes_and_leaves_the_data_folder_alone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(data), "selftest"],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    lines = proc.stdout.splitlines()
    assert lines[-1] == "selftest passed"
    assert any(line.startswith("ok  window: opened on the demo profile") for line in lines)
    assert any(line.startswith("ok  P&A: ") for line in lines)
    imported = next(line for line in lines if line.startswith("ok  import: "))
    assert "60,000 rows through the import child process" in imported
    assert float(imported.split()[2]) >= 16 * 1.048576  # MB, at least 16 MiB
    # the conftest's null keyring: said plainly, and not a failure
    assert any("session only" in line for line in lines if line.startswith("note keyring"))
    assert "Traceback" not in proc.stderr
    assert not (data / "profiles").exists()  # the user's data folder is never used
    assert (data / "logs" / "cli.log").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("ingram-desk-selftest")] == []


def test_keyring_verdict_names_the_backend(memory_keyring, capsys) -> None:  # type: ignore[no-untyped-def]
    selftest_cmd._check_keyring(print)
    assert (
        capsys.readouterr().out.strip()
        == "ok  keyring: tests.fixtures.client.MemoryKeyring stores client secrets"
    )


def test_a_missing_resource_fails_with_one_line(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import argparse

    wanted = (*selftest_cmd.REQUIRED_RESOURCES, ("icons", "gone.png"))
    monkeypatch.setattr(selftest_cmd, "REQUIRED_RESOURCES", wanted)
    assert selftest_cmd.handle(argparse.Namespace(rows=10)) == 1
    assert capsys.readouterr().out == (
        "selftest FAILED: resources missing from this installation: icons/gone.png\n"
    )
