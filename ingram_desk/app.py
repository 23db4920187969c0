"""Composition root: builds paths, logging, the demo sandbox, services and the window, then runs
one qasync event loop on the main thread until the window closes, and tears down in order."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from ingram_desk.logging_setup import configure_logging
from ingram_desk.paths import AppPaths, default_data_dir

__all__ = ["run_gui"]

log = logging.getLogger(__name__)


def run_gui(args: argparse.Namespace) -> int:
    """Open the desktop app; returns the process exit code after an orderly shutdown."""
    import qasync
    from PySide6.QtWidgets import QApplication

    from ingram_desk.ui.main_window import MainWindow

    paths = AppPaths(args.data_dir or default_data_dir()).ensure()
    configure_logging(paths.logs_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Ingram Desk")
    app.setOrganizationName("Ingram Desk")

    async def main() -> int:
        window = MainWindow(profile_name=args.profile or "demo")
        window.show()
        closed = asyncio.get_running_loop().create_future()
        app.lastWindowClosed.connect(lambda: closed.done() or closed.set_result(None))
        await closed
        return 0

    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        return runner.run(main())
