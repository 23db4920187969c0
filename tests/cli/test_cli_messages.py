"""Defect 17: documented exit codes and clear one-line messages, through ``main()`` and a real
process (``--help``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ingram_desk.cli.main import main


def test_pna_of_an_unknown_item_exits_3(tmp_path: Path, capsys) -> None:
    code = main(["--data-dir", str(tmp_path), "pna", "BOGUS"])
    out, _err = capsys.readouterr()
    assert code == 3 and "BOGUS" in out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["orders", "search", "--status", "X"], "unknown order status 'X'; one of:"),
        (
            ["orders", "search", "--since", "31.12.2026"],
            "'31.12.2026' is not a date: use YYYY-MM-DD",
        ),
    ],
)
def test_a_bad_status_or_date_is_a_usage_error_in_plain_words(
    tmp_path: Path, capsys, argv: list[str], words: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path), *argv])
    _out, err = capsys.readouterr()
    assert exited.value.code == 2 and words in err
    assert "fromisoformat" not in err and "Traceback" not in err


def test_catalogue_info_on_an_empty_store_says_so(tmp_path: Path, capsys) -> None:
    code = main(["--data-dir", str(tmp_path), "catalogue", "info"])
    out, _err = capsys.readouterr()
    assert code == 3
    assert "no catalogue imported yet" in out and "price file  of" not in out


def test_help_names_the_data_folder_the_environment_and_the_exit_codes(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ingram_desk.cli.main", "--help"],
        capture_output=True, text=True, timeout=60, check=True,
        env={"INGRAM_DESK_DATA_DIR": str(tmp_path / "dd"), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    out = proc.stdout
    assert f"default {tmp_path / 'dd'}" in out
    for name in ("INGRAM_DESK_DATA_DIR", "INGRAM_CLIENT_SECRET", "INGRAM_DESK_LOG_LEVEL"):
        assert name in out
    assert "exit codes:" in out and "3    nothing found" in out


def test_version_loads_no_keyring_client_engine_gui_or_data_folder_lookup() -> None:
    """Defect 18: ``--version`` (and every parse) imports only argparse and the command tables."""
    probe = (
        "import sys\n"
        "from ingram_desk.cli.main import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "heavy = ('keyring', 'httpx', 'numpy', 'polars', 'PySide6', 'platformdirs', 'lxml')\n"
        "print('loaded:', *(m for m in heavy if m in sys.modules))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert proc.stdout.splitlines()[-1] == "loaded:", proc.stdout
