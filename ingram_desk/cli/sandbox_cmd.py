"""``ingram-desk sandbox serve``: run the embedded Ingram sandbox as a stand-alone process."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from typing import Any

__all__ = ["register"]


def _rate(text: str) -> tuple[int, float]:
    try:
        count, _, period = text.partition("/")
        return int(count), float(period or 60)
    except ValueError as exc:
        raise argparse.ArgumentTypeError("expected N/SECONDS, e.g. 60/60") from exc


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    from ingram_desk.sandbox.demo import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

    sandbox = subparsers.add_parser(
        "sandbox", parents=[common], help="run a local stand-in for Ingram's API"
    )
    sub = sandbox.add_subparsers(dest="sandbox_command", metavar="ACTION", required=True)
    serve = sub.add_parser(
        "serve",
        parents=[common],
        help="serve the sandbox on loopback until SIGINT/SIGTERM",
        description="Prints 'listening on URL' first, then serves until interrupted. "
        "Control routes: POST /_sandbox/faults, GET /_sandbox/orders, GET /_sandbox/log.",
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=0, help="0 picks a free port")
    serve.add_argument("--client-id", default=DEMO_CLIENT_ID)
    serve.add_argument("--client-secret", default=DEMO_CLIENT_SECRET)
    serve.add_argument("--rate-limit", type=_rate, default=(60, 60.0), metavar="N/SECONDS")
    serve.add_argument("--token-lifetime", type=int, default=86399, metavar="SECONDS")
    serve.add_argument("--state-file", default=None, help="persist placed orders here (JSON)")
    serve.add_argument(
        "--no-feeds", action="store_true", help="serve no FTP/FTPS/SFTP price-file feeds"
    )
    serve.add_argument(
        "--feed-rows", type=int, default=None, metavar="N",
        help="products in the feeds' price file (default: the sample's 3000)",
    )  # fmt: skip
    serve.set_defaults(handler=_serve, process_kind="sandbox")


def _serve(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ingram_desk.sandbox.server import SandboxConfig, SandboxServer

    limit, period = args.rate_limit
    config = SandboxConfig(
        host=args.host,
        port=args.port,
        client_id=args.client_id,
        client_secret=args.client_secret,
        rate_limit=limit,
        rate_period=period,
        token_lifetime=args.token_lifetime,
        state_file=Path(args.state_file) if args.state_file else None,
    )
    stop = threading.Event()

    def _on_signal(signum: int, frame: object) -> None:
        stop.set()

    previous = {s: signal.signal(s, _on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        with SandboxServer(config) as server:
            print(f"listening on {server.url}", flush=True)
            if not args.no_feeds:
                for url in server.start_feeds(rows=args.feed_rows).urls().values():
                    print(f"feeds on {url}", flush=True)
            while not stop.wait(0.5):
                pass
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    print("sandbox stopped", file=sys.stderr, flush=True)
    return 0
