"""Test set-up shared by every test: Qt offscreen, async tests on a qasync loop, fixture plugins."""

from __future__ import annotations

import asyncio
import inspect
import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test does may reach Ingram's real hosts or the user's real keyring / data folder.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

pytest_plugins = [
    "tests.fixtures.sandbox",
    "tests.fixtures.catalogue",
    "tests.fixtures.client",
    "tests.fixtures.ui",
    "tests.fixtures.xml",
    "tests.fixtures.postgres",
]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--onscreen", action="store_true", help="show Qt windows while testing")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--onscreen"):
        os.environ["QT_QPA_PLATFORM"] = os.environ.get("INGRAM_DESK_ONSCREEN_PLATFORM", "xcb")


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests to completion on a qasync loop (plain asyncio when no Qt app).

    Tests that use ``qtbot`` get a ``QEventLoop`` over the QApplication so widgets and httpx
    share one loop, as in the app; other async tests get a fresh asyncio loop.
    """
    func = pyfuncitem.obj
    if not inspect.iscoroutinefunction(func):
        return None
    kwargs = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    if "qtbot" in kwargs:
        import qasync
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        with asyncio.Runner(
            loop_factory=lambda: qasync.QEventLoop(app, already_running=False)
        ) as r:
            r.run(func(**kwargs))
    else:
        with asyncio.Runner() as r:
            r.run(func(**kwargs))
    return True


@pytest.fixture(autouse=True)
def _us_english_formats() -> Iterator[None]:
    """Numbers and dates as en_US writes them, whatever the machine's locale; a test that
    checks another locale sets it with ``formats.set_locale``."""
    from PySide6.QtCore import QLocale

    from ingram_desk.ui import formats

    formats.set_locale(QLocale("en_US"))
    yield
    formats.set_locale(None)


@pytest.fixture(autouse=True)
def _nothing_stays_frozen() -> Iterator[None]:
    """The app's start freezes its long-lived objects out of the garbage collector's walks
    (``collector.freeze_long_lived``); a test that ran it gives them back, so the garbage of
    one test never outlives it frozen."""
    yield
    import gc

    if gc.get_freeze_count():
        gc.unfreeze()
