"""One log file per process kind, rolled over only at start (never renamed while another process
may hold it open, which broke the shared rotating file on Windows), private on POSIX."""

from __future__ import annotations

import logging
import os
import stat
import sys
import threading
from pathlib import Path

import pytest

from ingram_desk.cli.main import main
from ingram_desk.diagnostics import add_crash_listener, start_diagnostics
from ingram_desk.logging_setup import LOG_BACKUPS, log_file, roll_over

pytestmark = pytest.mark.usefixtures("restore_hooks")


def test_each_process_kind_writes_its_own_file(tmp_path: Path) -> None:
    for kind in ("gui", "cli", "sandbox"):
        start_diagnostics(kind, tmp_path)
        logging.getLogger("ingram_desk.test").info("hello from %s", kind)
    for kind in ("gui", "cli", "sandbox"):
        text = log_file(tmp_path, kind).read_text(encoding="utf-8")
        assert f"hello from {kind}" in text
        assert "starting: pid" in text
        others = {"gui", "cli", "sandbox"} - {kind}
        assert not any(f"hello from {o}" in text for o in others)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_log_folder_and_files_are_private(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    start_diagnostics("gui", logs)
    assert stat.S_IMODE(logs.stat().st_mode) == 0o700
    assert stat.S_IMODE(log_file(logs, "gui").stat().st_mode) == 0o600


def test_rollover_happens_at_start_and_keeps_the_backups(tmp_path: Path) -> None:
    path = log_file(tmp_path, "gui")
    for generation in range(LOG_BACKUPS + 2):
        path.write_text(f"generation {generation}\n" + "x" * 100)
        assert roll_over(path, max_bytes=50)
    assert not path.exists()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == [f"gui.log.{i}" for i in range(1, LOG_BACKUPS + 1)]
    assert path.with_name("gui.log.1").read_text().startswith(f"generation {LOG_BACKUPS + 1}")
    small = log_file(tmp_path, "cli")
    small.write_text("short")
    assert not roll_over(small, max_bytes=50)
    assert small.read_text() == "short"


@pytest.mark.skipif(os.name != "nt", reason="Windows file sharing")
def test_rollover_of_a_file_held_open_elsewhere_appends_instead(tmp_path: Path) -> None:
    path = log_file(tmp_path, "gui")
    path.write_text("x" * 100)
    with open(path, "a"):  # another window of the same kind
        assert not roll_over(path, max_bytes=50)
    assert path.exists()


def test_a_cli_command_logs_to_cli_log(tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path), "catalogue", "info"]) in (0, 1, 3)
    assert "starting: pid" in (tmp_path / "logs" / "cli.log").read_text(encoding="utf-8")
    assert not (tmp_path / "logs" / "gui.log").exists()


@pytest.mark.skipif(os.name == "nt", reason="SIGINT to a child process")
def test_sandbox_serve_logs_to_sandbox_log(tmp_path: Path) -> None:
    import signal
    import subprocess

    proc = subprocess.Popen(
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(tmp_path), "sandbox", "serve"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("listening on http://127.0.0.1:")
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    logs = tmp_path / "logs"
    assert "starting: pid" in (logs / "sandbox.log").read_text(encoding="utf-8")
    assert sorted(p.name for p in logs.iterdir()) == ["sandbox.log"]


def test_uncaught_exception_in_a_thread_is_logged_with_its_traceback(tmp_path: Path) -> None:
    start_diagnostics("cli", tmp_path)
    seen: list[BaseException] = []
    add_crash_listener(seen.append)

    def boom() -> None:
        raise LookupError("worker failed at step 7")

    # pytest's own thread hook (chained after ours) would turn this into a warning: silence it
    from ingram_desk import diagnostics

    diagnostics._previous_thread_hook = None
    thread = threading.Thread(target=boom, name="worker-1")
    thread.start()
    thread.join()
    text = log_file(tmp_path, "cli").read_text(encoding="utf-8")
    assert "Uncaught exception in thread worker-1" in text
    assert "LookupError: worker failed at step 7" in text and "Traceback" in text
    assert [type(e) for e in seen] == [LookupError]


def test_uncaught_exception_prints_one_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ingram_desk import diagnostics

    start_diagnostics("cli", tmp_path)
    diagnostics._previous_hook = sys.__excepthook__  # as in a real process
    try:
        raise KeyError("no such column")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    err = capsys.readouterr().err
    assert (
        err.strip()
        == "ingram-desk: unexpected error: KeyError: 'no such column' (details in the log)"
    )
    assert "Traceback" in log_file(tmp_path, "cli").read_text(encoding="utf-8")
