"""``ingram-desk selftest``: proves an installation works, headless, in a throw-away data folder.

What a frozen build can get wrong and a unit test cannot see: missing resources, a Qt plugin left
out, the import's spawned child starting the app instead of the worker, no keyring backend. So:
the bundled resources are there; the window opens (offscreen unless a display is asked for) on
the demo profile; one P&A goes to the embedded sandbox; a price file of at least 16 MiB goes
through the real import path, child process included; the keyring is usable or it says plainly
that secrets will be kept for the session only. Exit 0 when all passed, 1 with a one-line reason.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["MIN_PRICE_FILE_BYTES", "register", "run_selftest"]

#: the import check's price file is at least this big (the issue's 16 MB, as MiB)
MIN_PRICE_FILE_BYTES = 16 * 1024 * 1024
#: rows that make a price file of about 18 MB (≈ 302 bytes a row)
PRICE_ROWS = 60_000
#: resources every installation must carry (relative to resources/)
REQUIRED_RESOURCES = (
    ("icons", "ingram-desk-256.png"),
    ("icons", "ingram-desk.svg"),
    ("sample", "price_file.csv"),
    ("sample", "stock_file.csv"),
    ("sample", "category_file.csv"),
    ("licenses", "THIRD-PARTY.txt"),
    ("licenses", "ingram-openapi-MIT.txt"),
)


#: the keyring backend module (and what it needs) for each platform: a build must carry them
PLATFORM_KEYRING = {
    "linux": ("keyring.backends.SecretService", "secretstorage", "jeepney"),
    "win32": ("keyring.backends.Windows", "win32ctypes.core"),
    "darwin": ("keyring.backends.macOS",),
}


class SelftestFailed(Exception):
    pass


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "selftest",
        parents=[common],
        help="check this installation headless (window, P&A, a 16 MB import, keyring)",
        description="Runs in a temporary data folder (yours is never touched) and removes it "
        "afterwards. Exit status 0 when every check passed.",
    )
    p.add_argument("--rows", type=int, default=PRICE_ROWS, help="rows in the generated price file")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    def say(text: str) -> None:
        print(text, flush=True)

    with tempfile.TemporaryDirectory(
        prefix="ingram-desk-selftest-", ignore_cleanup_errors=True
    ) as tmp:
        try:
            run_selftest(Path(tmp), say, rows=args.rows)
        except SelftestFailed as exc:
            say(f"selftest FAILED: {exc}")
            return 1
    say("selftest passed")
    return 0


def run_selftest(folder: Path, say: Callable[[str], None], *, rows: int = PRICE_ROWS) -> None:
    """All checks in ``folder``; raises ``SelftestFailed`` at the first that fails."""
    import qasync
    from PySide6.QtWidgets import QApplication

    _check_resources(say)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    args = argparse.Namespace(data_dir=folder / "data", profile="demo", api_url=None)
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        runner.run(_app_checks(args, folder, say, rows))
    _check_keyring(say)


def _check_resources(say: Callable[[str], None]) -> None:
    from ingram_desk.paths import resource_path

    missing = ["/".join(p) for p in REQUIRED_RESOURCES if not resource_path(*p).is_file()]
    if missing:
        raise SelftestFailed("resources missing from this installation: " + ", ".join(missing))
    say(f"ok  resources: {len(REQUIRED_RESOURCES)} files under {resource_path()}")


async def _app_checks(
    args: argparse.Namespace, folder: Path, say: Callable[[str], None], rows: int
) -> None:
    from PySide6.QtGui import QGuiApplication

    from ingram_desk.app import open_app

    started = time.perf_counter()
    async with open_app(args) as session:
        window = session.window
        window.show()
        for _ in range(5):
            await asyncio.sleep(0.02)
        if not window.isVisible() or window.grab().isNull():
            raise SelftestFailed("the main window did not open")
        say(
            f"ok  window: opened on the {session.context.profile.name} profile "
            f"(platform {QGuiApplication.platformName()}, {time.perf_counter() - started:.1f} s)"
        )
        sku = await _check_pna(session, say)
        await _check_import(session, folder, say, rows, sku)


async def _check_pna(session: Any, say: Callable[[str], None]) -> str:
    sandbox = session.context.sandbox
    sku = next(p.sku for p in sandbox.catalogue.products if not p.discontinued and p.stock > 0)
    started = time.perf_counter()
    results = await session.context.pna.check([sku])
    if len(results) != 1 or results[0].sku != sku or not results[0].ok:
        raise SelftestFailed(f"P&A for {sku} came back wrong: {results!r}")
    say(
        f"ok  P&A: {sku} from the embedded sandbox at {sandbox.url} "
        f"({time.perf_counter() - started:.2f} s)"
    )
    return sku


async def _check_import(
    session: Any, folder: Path, say: Callable[[str], None], rows: int, sku: str
) -> None:
    from ingram_desk.sandbox.price_files import write_catalogue_files

    price = folder / "selftest-price-file.csv"
    await asyncio.to_thread(write_catalogue_files, price, rows)
    size = price.stat().st_size
    if size < MIN_PRICE_FILE_BYTES:
        raise SelftestFailed(f"the generated price file is only {size:,} bytes; use more --rows")
    catalogue = session.catalogue
    if not catalogue.in_subprocess:
        raise SelftestFailed("imports are not configured to run in a child process")
    started = time.perf_counter()
    outcome = await catalogue.import_files(price)
    report = outcome.report
    if report.rows_imported != rows or outcome.info.row_count != rows:
        raise SelftestFailed(
            f"the import kept {report.rows_imported:,} of {rows:,} rows "
            f"({report.problem_count} problems)"
        )
    if sku not in {p.sku for p in await catalogue.lookup(sku)}:
        raise SelftestFailed(f"{sku} cannot be found in the imported catalogue")
    say(
        f"ok  import: {size / 1e6:.1f} MB, {rows:,} rows through the import child process "
        f"({time.perf_counter() - started:.1f} s)"
    )


def _check_keyring(say: Callable[[str], None]) -> None:
    import importlib

    import keyring

    wanted = next((m for p, m in PLATFORM_KEYRING.items() if sys.platform.startswith(p)), ())
    for module in wanted:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise SelftestFailed(f"the platform's keyring support is missing: {exc}") from None

    from ingram_desk.settings.credentials import CredentialStore

    store = CredentialStore()
    backend = type(keyring.get_keyring())
    name = f"{backend.__module__}.{backend.__name__}"
    if store.session_only:
        say(f"note keyring: no usable backend ({name}). {store.notice}")
    else:
        say(f"ok  keyring: {name} stores client secrets")
