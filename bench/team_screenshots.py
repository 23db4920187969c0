"""The README's screenshot pair of two desks of one team, showing the same orders, live.

    uv run python bench/team_screenshots.py [OUTDIR]     # default: resources/screenshots

Starts a PostgreSQL server in a temporary folder (Debian's postgresql package, as the tests do),
migrates a team database, and runs ``ingram-desk sandbox serve`` as a process. Then two desks,
each a separate process with its own data folder, join the team with ``--team``:
desk B opens its window on the Orders tab and waits; desk A opens its window and places an order
(through the same ordering service as the Order tab); desk B hears it through LISTEN/NOTIFY and
shows it at the top of its grid. Each desk saves its window (offscreen) once the order is there:
``team-desk-a.png`` and ``team-desk-b.png``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PO = "TEAM-4711"
SIZE = (1440, 860)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", nargs="?", type=Path, default=ROOT / "resources/screenshots")
    parser.add_argument("--desk", choices=["A", "B"], help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--team", help=argparse.SUPPRESS)
    parser.add_argument("--api-url", help=argparse.SUPPRESS)
    parser.add_argument("--sku", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.desk:
        return run_desk(args)
    return run_team(args.outdir.resolve())


# ---- the conductor: server, sandbox, two desk processes ----------------------------------------
def run_team(outdir: Path) -> int:
    import psycopg

    from ingram_desk.sandbox import demo
    from ingram_desk.sandbox.dataset import load_catalogue
    from ingram_desk.sandbox.server import SandboxConfig
    from ingram_desk.services.team import schema
    from tests.fixtures import postgres

    outdir.mkdir(parents=True, exist_ok=True)
    spec = SandboxConfig().data
    sku = next(p.sku for p in load_catalogue(spec.products, spec.seed).products
               if p.stock > 10 and not p.discontinued)  # fmt: skip
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               INGRAM_CLIENT_ID=demo.DEMO_CLIENT_ID, INGRAM_CLIENT_SECRET=demo.DEMO_CLIENT_SECRET,
               INGRAM_CUSTOMER_NUMBER=demo.DEMO_CUSTOMER_NUMBER, INGRAM_COUNTRY=demo.DEMO_COUNTRY)  # fmt: skip
    server = postgres._make_server()
    sandbox = None
    try:
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE ingram_team")
        team = server.url("ingram_team")
        with psycopg.connect(team, autocommit=True) as conn:
            schema.migrate(conn, "team_screenshots")
        sandbox = subprocess.Popen(
            [sys.executable, "-m", "ingram_desk", "sandbox", "serve", "--no-feeds"],
            env=env, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert sandbox.stdout is not None
        api_url = sandbox.stdout.readline().strip().removeprefix("listening on ")
        with TemporaryDirectory(prefix="team-shots-") as tmp:

            def desk(name: str) -> subprocess.Popen[str]:
                return subprocess.Popen(
                    [sys.executable, __file__, str(outdir), "--desk", name, "--team", team,
                     "--data-dir", str(Path(tmp) / f"desk-{name}"), "--api-url", api_url,
                     "--sku", sku],
                    env=env, stdout=subprocess.PIPE, text=True,
                )  # fmt: skip

            b = desk("B")
            assert b.stdout is not None
            if b.stdout.readline().strip() != "ready":  # B listens before A places anything
                raise SystemExit(f"desk B did not start: exit {b.wait()}")
            a = desk("A")
            for p in (a, b):
                out, _ = p.communicate(timeout=180)
                print(out, end="")
                if p.returncode:
                    raise SystemExit(f"a desk failed (exit {p.returncode})")
    finally:
        if sandbox is not None:
            sandbox.terminate()
            sandbox.wait(timeout=30)
        server.stop("immediate")
    return 0


# ---- one desk: the real app on its own data folder, joined to the team -------------------------
def run_desk(args: argparse.Namespace) -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    from ingram_desk.cli.main import build_parser

    app_args = build_parser().parse_args(
        ["--data-dir", str(args.data_dir), "--team", args.team, "--api-url", args.api_url,
         "screenshots", str(args.outdir)],
    )  # fmt: skip
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        path = runner.run(desk_window(app_args, args))
    print(path, flush=True)
    return 0


async def desk_window(app_args: argparse.Namespace, args: argparse.Namespace) -> Path:
    from ingram_desk.app import open_app
    from ingram_desk.cli.screenshots_cmd import _grab, _next
    from ingram_desk.domain.order_draft import OrderDraft

    async with open_app(app_args) as session:
        window = session.window
        window.setWindowTitle(f"{window.windowTitle()} — desk {args.desk}")
        window.resize(*SIZE)
        window.show()
        tab = window.orders_tab
        window.tabs.setCurrentWidget(tab)
        done = _next(tab.search_finished)
        tab.run_search()
        await asyncio.wait_for(done, 30)
        arrived = _next(tab.order_arrived)
        if args.desk == "B":
            await _listening(session)
            print("ready", flush=True)
        else:
            draft = OrderDraft.from_request(
                {
                    "customerOrderNumber": PO,
                    "lines": [{"ingramPartNumber": args.sku, "quantity": 2}],
                }
            )
            await session.context.ordering.place(draft)
        (summary,) = await asyncio.wait_for(arrived, 60)
        shown = _next(tab.details_shown)
        tab.table.selectRow(tab.model.rows_of(summary.ingram_order_number)[0])
        await asyncio.wait_for(shown, 30)
        return await _grab(window, args.outdir / f"team-desk-{args.desk.lower()}.png")


async def _listening(session: Any) -> None:
    """Until this desk's LISTEN connection is up (a NOTIFY sent before it would be missed)."""
    listener = getattr(session.context, "team_listener", None)
    if listener is not None:
        await asyncio.wait_for(listener.connected.wait(), 30)


if __name__ == "__main__":
    sys.exit(main())
