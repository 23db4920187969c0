"""The embedded Ingram sandbox: real HTTP on loopback (ThreadingHTTPServer in a background thread).

Pipeline per call: route → fault rules (before) → bearer check → rate limit → API window →
IM-* header check → route handler → fault rules (after) → send. ``/_sandbox/*`` control routes
(faults, placed orders, receive log, clock) skip all of that.
"""

from __future__ import annotations

import contextlib
import email.utils
import re
import secrets
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from ingram_desk.domain.availability_windows import api_window_state
from ingram_desk.sandbox import (
    catalog_routes,
    detail_routes,
    modify_routes,
    order_routes,
    search_routes,
    v5_routes,
)
from ingram_desk.sandbox.catalog_routes import Context, country_of
from ingram_desk.sandbox.clock import ShiftableClock
from ingram_desk.sandbox.control_routes import control
from ingram_desk.sandbox.dataset import Catalogue, build_orders, load_catalogue
from ingram_desk.sandbox.demo import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_COUNTRY,
    DEMO_CUSTOMER_NUMBER,
)
from ingram_desk.sandbox.faults import AFTER, BEFORE, FaultRule, Faults
from ingram_desk.sandbox.imxml_routes import XmlAccount, message_name, serve_imxml
from ingram_desk.sandbox.orders import OrderBook
from ingram_desk.sandbox.products import DEFAULT_SEED, SAMPLE_ROWS
from ingram_desk.sandbox.wire import (
    ApiError,
    Request,
    Response,
    error_body,
    json_response,
    validation_error,
)

__all__ = ["DataSpec", "SandboxConfig", "SandboxServer"]


@dataclass(frozen=True)
class DataSpec:
    """Which seeded data the sandbox serves."""

    customer_number: str = DEMO_CUSTOMER_NUMBER
    country: str = DEMO_COUNTRY
    products: int = SAMPLE_ROWS
    seed: int = DEFAULT_SEED
    anchor: date | None = None  #: day the seeded order dates count back from (default: today)


@dataclass
class SandboxConfig:
    host: str = "127.0.0.1"
    port: int = 0
    client_id: str = DEMO_CLIENT_ID
    client_secret: str = DEMO_CLIENT_SECRET
    rate_limit: int = 60
    rate_period: float = 60.0
    token_lifetime: int = 86399
    data: DataSpec = field(default_factory=DataSpec)
    state_file: Path | None = None  #: placed/cancelled orders persist here as JSON


@dataclass
class _Token:
    client_id: str
    issued: datetime
    expires: datetime


@dataclass
class _Window:
    start: datetime
    used: int = 0


@dataclass
class _Route:
    method: str
    pattern: re.Pattern[str]
    handler: Callable[[Context, Request], Response] | None  #: None = token endpoint
    headers: bool = True  #: IM-* headers required (v6 family)
    app_id: bool = False  #: IM-ApplicationID required (invoices)


def _r(method: str, path: str, handler, headers: bool = True, app_id: bool = False) -> _Route:
    rx = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path.lower().replace(".", r"\."))
    return _Route(method, re.compile(f"^{rx}$"), handler, headers, app_id)


_ROUTES = (
    _r("POST", "/oauth/oauth30/token", None, headers=False),
    _r("POST", "/oauth/oauth20/token", None, headers=False),
    _r("GET", "/oauth/oauth20/token", None, headers=False),
    _r("GET", "/resellers/v6/catalog", catalog_routes.catalog_search),
    _r("POST", "/resellers/v6/catalog/priceandavailability", catalog_routes.price_and_availability),
    _r("GET", "/resellers/v6/catalog/details/{number}", catalog_routes.product_details),
    _r("POST", "/resellers/v6/orders", order_routes.create_order),
    _r("GET", "/resellers/v5/orders/search", search_routes.search_v5, headers=False),
    _r("GET", "/resellers/v6/orders/search", search_routes.search_v6),
    _r("GET", "/resellers/v5/orders/{number}", v5_routes.order_details_v5, headers=False),
    _r("GET", "/resellers/v6.1/orders/{number}", detail_routes.order_details),
    _r("GET", "/resellers/v6/orders/{number}", detail_routes.order_details),
    _r("GET", "/resellers/v6.1/invoices/{number}", detail_routes.invoice_details, app_id=True),
    _r("DELETE", "/resellers/v6/orders/{number}", order_routes.cancel_order),
    _r("PUT", "/resellers/v6/orders/{number}", modify_routes.modify_order),
)


#: IM-XML and SOAP endpoints (same port as REST)
_XML_PATHS = ("/imxml", "/soap")


def _normalise(path: str) -> str:
    path = unquote(path)
    if path.lower().startswith("/sandbox/"):
        path = path[len("/sandbox") :]
    return path.rstrip("/") or "/"


class SandboxServer:
    """A running (or startable) sandbox; use as a context manager or call start()/stop()."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.clock: Callable[[], datetime] = ShiftableClock()
        self.faults = Faults(clock=lambda: self.clock())
        spec = self.config.data
        self.anchor = spec.anchor or self.clock().date()
        self._dataset: tuple[Catalogue, OrderBook, Context] | None = None
        self._dataset_lock = threading.Lock()
        #: the IM-XML/SOAP login: the OAuth client id/secret, standing for the demo customer
        self.xml_account = XmlAccount(
            self.config.client_id, self.config.client_secret, spec.customer_number
        )
        self._tokens: dict[str, _Token] = {}
        self._windows: dict[str, _Window] = {}
        self._lock = threading.Lock()
        #: receive log: the last 10 000 API calls, in order (bounded: the demo sandbox runs all day)
        self.received: deque[dict[str, Any]] = deque(maxlen=10_000)
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        #: the FTP/FTPS/SFTP feed servers (``feed_servers.FeedSandbox``), once ``start_feeds()``
        self.feeds: Any = None

    def _data(self) -> tuple[Catalogue, OrderBook, Context]:
        """The products, the seeded orders and the routes' context, made on first use (~50 ms
        of CPU): the demo app's window starts the sandbox before it shows, and its first call
        to it comes after the catalogue answered."""
        if self._dataset is None:
            with self._dataset_lock:
                if self._dataset is None:
                    spec = self.config.data
                    catalogue = load_catalogue(spec.products, spec.seed)
                    seeded = build_orders(
                        spec.customer_number, spec.country, self.anchor, catalogue
                    )
                    orders = OrderBook(seeded, self.config.state_file)
                    context = Context(
                        catalogue, orders, lambda: self.clock(), lambda: self.faults.search_delay
                    )
                    self._dataset = (catalogue, orders, context)
        return self._dataset

    @property
    def catalogue(self) -> Catalogue:
        return self._data()[0]

    @property
    def orders(self) -> OrderBook:
        return self._data()[1]

    @property
    def context(self) -> Context:
        return self._data()[2]

    # -- lifecycle ---------------------------------------------------------------------------
    def start(self) -> SandboxServer:
        handler = type("BoundHandler", (_Handler,), {"sandbox": self})
        httpd = ThreadingHTTPServer((self.config.host, self.config.port), handler)
        httpd.daemon_threads = True
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True,
            name=f"ingram-sandbox-{httpd.server_address[1]}",
        )  # fmt: skip
        self._thread.start()
        return self

    def start_feeds(self, rows: int | None = None) -> Any:
        """Start the file-feed servers on the same host, on the sandbox clock (idempotent);
        ``rows``: products in the price file (default: the sample's 3000)."""
        if self.feeds is None:
            from ingram_desk.sandbox.feed_servers import FeedSandbox

            clock = lambda: self.clock()  # noqa: E731
            self.feeds = FeedSandbox(clock, host=self.config.host, rows=rows).start()
        return self.feeds

    def stop(self) -> None:
        if self.feeds is not None:
            self.feeds.stop()
            self.feeds = None
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> SandboxServer:
        return self.start() if self._httpd is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("sandbox is not running")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self.config.host}:{self.port}"

    # -- state helpers -----------------------------------------------------------------------
    def placed_orders(self) -> list[dict[str, Any]]:
        """Orders created through the API, as JSON-able dicts (the ledger)."""
        return [o.to_json() for o in self.orders.placed()]

    def write_documents(self, folder: Path, order_number: str | None = None) -> list[Path]:
        """Despatch advice and invoice XML for the API-placed orders (or one order, seeded or
        placed) into ``folder``, as Ingram would push them (the inbox imports them)."""
        from ingram_desk.sandbox.imxml_documents import write_documents

        if order_number:
            found = self.orders.get(order_number.upper())
            orders = [found] if found is not None else []
        else:
            orders = self.orders.placed()
        return write_documents(orders, folder, self.clock().date())

    def received_log(self) -> list[dict[str, Any]]:
        """Every API call received so far: time, method, path and the answer's status."""
        with self._lock:
            return [dict(e) for e in self.received]

    def advance(self, seconds: float) -> None:
        """Move the sandbox clock (only for the default ShiftableClock)."""
        if not isinstance(self.clock, ShiftableClock):
            raise TypeError("advance() needs the default ShiftableClock")
        self.clock.advance(seconds)

    def issue_token(self, client_id: str) -> tuple[str, int]:
        lifetime = self.faults.token_lifetime or self.config.token_lifetime
        token = secrets.token_urlsafe(21)
        now = self.clock()
        with self._lock:
            for key in [k for k, t in self._tokens.items() if t.expires <= now]:
                del self._tokens[key]
            self._tokens[token] = _Token(client_id, now, now + timedelta(seconds=lifetime))
        return token, lifetime

    def token_client(self, authorization: str | None) -> str | None:
        """The client id behind a valid bearer token, else None."""
        if not authorization or not authorization.lower().startswith("bearer "):
            return None
        with self._lock:
            tok = self._tokens.get(authorization[7:].strip())
        if tok is None:
            return None
        now = self.clock()
        revoked = self.faults.tokens_revoked_at
        if now >= tok.expires or (revoked is not None and tok.issued <= revoked):
            return None
        return tok.client_id

    def rate_headers(self, key: str, consume: bool) -> tuple[bool, dict[str, str]]:
        """(allowed, X-RateLimit-* headers) for one call by ``key``."""
        now = self.clock()
        period = timedelta(seconds=self.config.rate_period)
        with self._lock:
            win = self._windows.get(key)
            if win is None or now >= win.start + period:
                win = self._windows[key] = _Window(now)
            allowed = win.used < self.config.rate_limit
            if consume and allowed:
                win.used += 1
            remaining = max(self.config.rate_limit - win.used, 0)
            reset_ms = int((win.start + period).timestamp() * 1000)
        return (not consume or allowed), {
            "X-RateLimit-Limit": str(self.config.rate_limit),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": str(reset_ms),
        }


_HEADER_RULES = (("IM-CustomerNumber", 10), ("IM-CorrelationID", 32), ("IM-SenderID", 32))


def _check_headers(req: Request, route: _Route) -> None:
    fields = []
    for name, limit in _HEADER_RULES:
        value = req.header(name)
        if value is None or not value.strip():
            if name != "IM-SenderID":
                fields.append((name, value or "", f"{name} cannot be blank"))
        elif len(value) > limit:
            fields.append((name, value, f"{name} must be at most {limit} characters"))
    country = req.header("IM-CountryCode")
    if country is None or not country.strip():
        fields.append(("IM-CountryCode", country or "", "Required field is missing"))
    elif not re.fullmatch(r"[A-Za-z]{2}", country.strip()):
        fields.append(("IM-CountryCode", country, "IM-CountryCode is not valid"))
    if route.app_id:
        app = req.header("IM-ApplicationID")
        if app is None or not app.strip() or len(app) > 32:
            fields.append(("IM-ApplicationID", app or "", "IM-ApplicationID is required (max 32)"))
    if fields:
        raise ApiError(validation_error("Validation failed", fields))


class _Handler(BaseHTTPRequestHandler):
    sandbox: SandboxServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes
    server_version = "IngramSandbox/1.0"

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The Date header follows the sandbox clock, so a moved clock looks like clock skew."""
        when = self.sandbox.clock().timestamp() if timestamp is None else timestamp
        return email.utils.formatdate(when, usegmt=True)

    def setup(self) -> None:
        self.timeout = self.sandbox.faults.idle_timeout
        super().setup()

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        self._serve()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_GET

    # -- plumbing ----------------------------------------------------------------------------
    def _read(self) -> Request:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        query: dict[str, list[str]] = {}
        for key, values in parse_qs(parts.query, keep_blank_values=True).items():
            query.setdefault(key.lower(), []).extend(values)
        raw = _normalise(parts.path)
        return Request(self.command, raw.lower(), raw, query, self.headers, body)

    def _serve(self) -> None:
        sb = self.sandbox
        req = self._read()
        if req.path.startswith("/_sandbox"):
            self._send(control(sb, req))
            return
        entry = {"at": sb.clock().isoformat(), "method": req.method, "path": req.raw_path}
        if req.path in _XML_PATHS:
            entry["message"] = message_name(req.body)
        with sb._lock:
            sb.received.append(entry)
        before = sb.faults.take(req.method, req.path, BEFORE)
        for rule in before:
            if rule.kind == "delay":
                time.sleep(rule.seconds)
        for rule in before:
            if rule.kind == "drop":
                entry["status"] = "dropped"
                self._drop()
                return
            if rule.kind in ("status", "throttle"):
                resp = self._fault_response(rule, req)
                if rule.kind == "status":
                    self._stamp_rate(req, resp)
                entry["status"] = resp.status
                self._send(resp)
                return
        resp = self._process(req)
        self._stamp_rate(req, resp)
        entry["status"] = resp.status
        after = sb.faults.take(req.method, req.path, AFTER)
        for rule in after:
            if rule.kind == "delay":
                time.sleep(rule.seconds)
        for rule in after:
            if rule.kind == "drop":
                entry["status"] = "dropped"
                self._drop()
                return
            if rule.kind == "status":
                resp = self._fault_response(rule, req, resp.headers)
                entry["status"] = resp.status
            elif rule.kind == "malformed":
                self._malformed(rule, resp)
                return
            elif rule.kind == "drip":
                self._send(resp, drip=rule.seconds)
                return
        self._send(resp)

    def _stamp_rate(self, req: Request, resp: Response) -> None:
        """X-RateLimit-* on every answer (seed 004), without consuming a call."""
        if "X-RateLimit-Limit" in resp.headers:
            return
        sb = self.sandbox
        key = sb.token_client(req.header("Authorization")) or f"ip:{self.client_address[0]}"
        resp.headers.update(sb.rate_headers(key, consume=False)[1])

    def _process(self, req: Request) -> Response:
        sb = self.sandbox
        if req.path in _XML_PATHS:
            return self._imxml(req)
        route = None
        for candidate in _ROUTES:
            m = candidate.pattern.match(req.path)
            if m:
                if candidate.method != req.method:
                    route = route or False
                    continue
                route = candidate
                if "number" in m.groupdict():
                    req.params["number"] = req.raw_path[m.start("number") : m.end("number")]
                break
        if not route:
            status = 405 if route is False else 404
            return json_response(
                status, error_body("/errors/validation-error", "Resource not found")
            )
        try:
            if route.handler is None:
                return self._token(req)
            client = sb.token_client(req.header("Authorization"))
            if client is None:
                _, headers = sb.rate_headers(f"ip:{self.client_address[0]}", consume=False)
                return Response(401, b"", "application/json", headers)
            req.client_id = client
            allowed, headers = sb.rate_headers(client, consume=True)
            if not allowed:
                body = error_body("/errors/rate-limit", "Too Many Requests")
                return json_response(429, body, headers)
            resp = self._in_window(req) or self._handle(route, req)
            resp.headers.update(headers)
            return resp
        except ApiError as exc:
            return exc.response

    def _imxml(self, req: Request) -> Response:
        """IM-XML at /imxml, SOAP at /soap: the login is in the body, so no bearer token."""
        sb = self.sandbox
        if req.method != "POST":
            return Response(405, b"POST an IM-XML document", "text/plain")
        allowed, headers = sb.rate_headers(f"xml:{sb.xml_account.login}", consume=True)
        if not allowed:
            return Response(429, b"Too Many Requests", "text/plain", headers)
        resp = serve_imxml(sb.context, req, sb.xml_account, soap=req.path == "/soap")
        resp.headers.update(headers)
        return resp

    def _handle(self, route: _Route, req: Request) -> Response:
        try:
            if route.headers:
                _check_headers(req, route)
            assert route.handler is not None
            return route.handler(self.sandbox.context, req)
        except ApiError as exc:
            return exc.response

    def _in_window(self, req: Request) -> Response | None:
        faults = self.sandbox.faults
        if not faults.api_windows:
            return None
        state = api_window_state(country_of(req), self.sandbox.clock())
        if state is None or state.is_open:
            return None
        message = "ConnectivityIssue/ERP issue Contact Ingram Micro API Support. "
        return json_response(faults.api_window_status, error_body("/errors/server-error", message))

    def _token(self, req: Request) -> Response:
        sb = self.sandbox
        form: dict[str, list[str]] = dict(req.query)
        if req.method == "POST" and req.body:
            for key, values in parse_qs(req.body.decode("utf-8", "replace")).items():
                form.setdefault(key.lower(), []).extend(values)
        grant = (form.get("grant_type") or [""])[0]
        cid = (form.get("client_id") or [""])[0]
        secret = (form.get("client_secret") or [""])[0]
        _, headers = sb.rate_headers(cid or f"ip:{self.client_address[0]}", consume=False)
        if grant != "client_credentials":
            return json_response(400, {"message": "grant_type must be client_credentials"}, headers)
        ok = secrets.compare_digest(cid, sb.config.client_id) and secrets.compare_digest(
            secret, sb.config.client_secret
        )
        if not ok:
            body = {"ErrorCode": "invalid_client", "Error": "Client credentials are invalid"}
            return json_response(401, body, headers)
        token, lifetime = sb.issue_token(cid)
        body = {"access_token": token, "token_type": "Bearer", "expires_in": str(lifetime)}
        return json_response(200, body, headers)

    def _fault_response(
        self, rule: FaultRule, req: Request, headers: dict[str, str] | None = None
    ) -> Response:
        if rule.kind == "throttle":
            extra = {}
            if rule.reset_in is not None:
                reset = self.sandbox.clock() + timedelta(seconds=rule.reset_in)
                extra = {
                    "X-RateLimit-Limit": str(self.sandbox.config.rate_limit),
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": str(int(reset.timestamp() * 1000)),
                }
            return json_response(429, error_body("/errors/rate-limit", "Too Many Requests"), extra)
        message = {
            500: "ConnectivityIssue/ERP issue Contact Ingram Micro API Support   ",
            502: "Bad Gateway",
            503: "Service Unavailable",
            504: "Gateway Timeout",
        }.get(rule.status, "Injected failure")
        return json_response(rule.status, error_body("/errors/server-error", message), headers)

    # -- sending -----------------------------------------------------------------------------
    def _head(self, resp: Response, length: int) -> None:
        self.send_response(resp.status)
        self.send_header("Content-Type", resp.content_type)
        self.send_header("Content-Length", str(length))
        for name in ("IM-CorrelationID", "IM-SenderID"):
            value = self.headers.get(name)
            if value:
                self.send_header(name, value)
        for name, value in resp.headers.items():
            self.send_header(name, value)
        self.end_headers()

    def _send(self, resp: Response, drip: float = 0.0) -> None:
        try:
            self._head(resp, len(resp.body))
            if not drip:
                self.wfile.write(resp.body)
                return
            self.wfile.flush()
            for i in range(len(resp.body)):
                self.wfile.write(resp.body[i : i + 1])
                self.wfile.flush()
                time.sleep(drip)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            self.close_connection = True

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _malformed(self, rule: FaultRule, resp: Response) -> None:
        self.close_connection = True
        good = resp.body or b'{"ok":true}'
        if rule.body == "html":
            page = b"<html><body><h1>502 Proxy Error</h1></body></html>"
            self._send(Response(200, page, "text/html", dict(resp.headers)))
        elif rule.body == "empty":
            self._send(Response(200, b"", "application/json", dict(resp.headers)))
        elif rule.body == "truncated":
            with contextlib.suppress(OSError):
                self._head(
                    Response(200, b"", resp.content_type, dict(resp.headers)), len(good) + 3000
                )
                self.wfile.write(good[: max(1, len(good) // 2)])
                self.wfile.flush()
            self._drop()
        else:
            cut = good[: max(1, len(good) // 2)]
            self._send(Response(200, cut, resp.content_type, dict(resp.headers)))
