"""The sandbox's feed servers on loopback: FTP with optional explicit TLS (pyftpdlib, one port)
and SFTP (asyncssh), both serving ``FeedFiles``' folder, with fault switches.

The TLS certificate and the SSH host key are made at start (``cryptography``/asyncssh) into a
private temporary folder that ``stop()`` deletes; nothing secret is ever committed or reused.
Demo login (public, not a secret): ``DEMO_FEED_USER`` / ``DEMO_FEED_PASSWORD``.

Faults (``FeedSandbox.faults``), for both protocols:

* ``drop_after`` bytes into a transfer the connection is cut (``drop_times`` transfers, then
  it serves normally again), so a client can resume where it stopped;
* ``wrong_login``: every login is refused;
* ``missing``: feed kinds whose file is not there (``FeedFiles.missing``);
* ``short_by``: every transfer ends cleanly that many bytes early (the listing shows the full
  size: a file shorter than its listing);
* ``slow``: seconds of delay per 64 KB sent;
* ``refuse_rest``: the FTP server answers ``REST`` with 502 (it cannot resume).

``transfers`` records each transfer: protocol, file, the offset it resumed from, bytes sent.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from ingram_desk.sandbox.feed_files import FEED_FOLDER, FEED_KINDS, FeedFiles

__all__ = ["DEMO_FEED_PASSWORD", "DEMO_FEED_USER", "FeedFaults", "FeedSandbox"]

DEMO_FEED_USER = "ingram-desk-demo"
DEMO_FEED_PASSWORD = "demo-feeds-not-for-production"
_CHUNK = 65536

log = logging.getLogger(__name__)


@dataclass
class FeedFaults:
    drop_after: int | None = None
    drop_times: int = 1
    wrong_login: bool = False
    short_by: int = 0
    slow: float = 0.0
    refuse_rest: bool = False  #: FTP answers REST with 502 (a server that cannot resume)
    transfers: list[dict[str, Any]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def clear(self) -> None:
        self.drop_after, self.drop_times, self.wrong_login = None, 1, False
        self.short_by, self.slow, self.refuse_rest = 0, 0.0, False

    def start_transfer(self, protocol: str, path: str, size: int) -> dict[str, Any]:
        """A transfer record; it carries the limits that apply to this transfer."""
        with self._lock:
            drop = None
            if self.drop_after is not None and self.drop_times > 0:
                drop = self.drop_after
                self.drop_times -= 1
            entry = {
                "protocol": protocol, "path": path, "offset": 0, "sent": 0,
                "dropped": False, "drop_at": drop, "end_at": max(0, size - self.short_by),
            }  # fmt: skip
            self.transfers.append(entry)
            return entry


class _Dropped(OSError):
    def __init__(self) -> None:
        super().__init__(errno.ECONNRESET, "connection dropped by the sandbox")


class _FaultyReader:
    """The file object pyftpdlib sends from: applies the transfer's limits as it is read."""

    def __init__(self, fh: BinaryIO, faults: FeedFaults, entry: dict[str, Any]) -> None:
        self._fh, self._faults, self._entry = fh, faults, entry
        self.name = fh.name
        self.closed = False

    def seek(self, pos: int, whence: int = 0) -> int:
        self._entry["offset"] = pos
        return self._fh.seek(pos, whence)

    def read(self, size: int = -1) -> bytes:
        entry = self._entry
        pos = self._fh.tell()
        size = _CHUNK if size is None or size < 0 else size
        size = min(size, max(0, entry["end_at"] - pos))
        if entry["drop_at"] is not None and pos + size > entry["drop_at"]:
            if pos >= entry["drop_at"]:
                entry["dropped"] = True
                raise _Dropped()
            size = entry["drop_at"] - pos
        if self._faults.slow:
            time.sleep(self._faults.slow)
        data = self._fh.read(size)
        entry["sent"] += len(data)
        return data

    def close(self) -> None:
        self.closed = True
        self._fh.close()


def _make_cert(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (and its key, 0600) in ``folder``."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ingram Desk sandbox feeds")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_path, cert_path = folder / "feeds-tls.key", folder / "feeds-tls.pem"
    key_path.touch(mode=0o600)
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert_path, key_path


class _FtpServer:
    """pyftpdlib's threaded server (a thread per session, so ``slow`` delays only its client)."""

    def __init__(self, files: FeedFiles, faults: FeedFaults, host: str, cert: Path, key: Path,
                 user: str, password: str) -> None:  # fmt: skip
        from pyftpdlib.authorizers import AuthenticationFailed, DummyAuthorizer
        from pyftpdlib.filesystems import AbstractedFS
        from pyftpdlib.handlers import TLS_FTPHandler
        from pyftpdlib.servers import ThreadedFTPServer

        quiet = logging.getLogger(
            "pyftpdlib"
        )  # its own stderr set-up stays off; drops are intended
        if not quiet.handlers:
            quiet.addHandler(logging.NullHandler())
        quiet.setLevel(logging.CRITICAL)
        quiet.propagate = False

        class Authorizer(DummyAuthorizer):
            def validate_authentication(self, username: str, password: str, handler: Any) -> None:
                if faults.wrong_login:
                    raise AuthenticationFailed("Authentication failed.")
                super().validate_authentication(username, password, handler)

        class FeedFS(AbstractedFS):
            def listdir(self, path: str) -> list[str]:
                files.refresh()
                return [n for n in super().listdir(path) if not n.startswith(".")]

            def open(self, filename: str, mode: str) -> Any:
                files.refresh()
                fh = super().open(filename, mode)
                rel = os.path.relpath(filename, files.root).replace(os.sep, "/")
                entry = faults.start_transfer("ftp", rel, os.fstat(fh.fileno()).st_size)
                return _FaultyReader(fh, faults, entry)

        authorizer = Authorizer()
        authorizer.add_user(user, password, str(files.root), perm="elr")

        class Handler(TLS_FTPHandler):
            def ftp_REST(self, line: str) -> None:
                if faults.refuse_rest:
                    self.respond("502 REST not implemented.")
                    return
                super().ftp_REST(line)

        Handler.authorizer = authorizer
        Handler.abstracted_fs = FeedFS
        Handler.certfile = str(cert)
        Handler.keyfile = str(key)
        Handler.tls_control_required = False
        Handler.tls_data_required = False
        Handler.use_sendfile = False
        Handler.banner = "Ingram Desk sandbox feeds ready."
        self._server = ThreadedFTPServer((host, 0), Handler)
        self.port = self._server.address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"timeout": 0.2, "blocking": True, "handle_exit": False},
            name="sandbox-ftp",
            daemon=True,
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.close_all()
        self._thread.join(timeout=5)


class _SftpServer:
    """asyncssh's server on its own event loop in a thread."""

    def __init__(self, files: FeedFiles, faults: FeedFaults, host: str, user: str,
                 password: str) -> None:  # fmt: skip
        import asyncssh

        self._files, self._faults, self._host = files, faults, host
        self._user, self._password = user, password
        self.host_key = asyncssh.generate_private_key("ssh-ed25519")
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="sandbox-sftp", daemon=True
        )
        self._acceptor: Any = None

    def start(self) -> None:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(timeout=15)

    async def _listen(self) -> None:
        import asyncssh

        files, faults = self._files, self._faults
        user, password = self._user, self._password

        class Server(asyncssh.SSHServer):
            def begin_auth(self, username: str) -> bool:
                return True

            def password_auth_supported(self) -> bool:
                return True

            def validate_password(self, username: str, pw: str) -> bool:
                return not faults.wrong_login and username == user and pw == password

        class Sftp(asyncssh.SFTPServer):
            def __init__(self, chan: Any) -> None:
                super().__init__(chan, chroot=str(files.root).encode())
                self._entries: dict[int, dict[str, Any]] = {}

            def scandir(self, path: bytes) -> Any:
                files.refresh()
                return super().scandir(path)

            def open(self, path: bytes, pflags: int, attrs: Any) -> Any:
                files.refresh()
                fh = super().open(path, pflags, attrs)
                local = os.fsdecode(path)
                root = os.fspath(files.root)
                rel = os.path.relpath(local, root) if local.startswith(root) else local
                rel = rel.replace(os.sep, "/").lstrip("/")
                self._entries[id(fh)] = faults.start_transfer(
                    "sftp", rel, os.fstat(fh.fileno()).st_size
                )
                return fh

            def close(self, file_obj: Any) -> Any:
                self._entries.pop(id(file_obj), None)
                return super().close(file_obj)

            async def read(self, file_obj: Any, offset: int, size: int) -> bytes:
                entry = self._entries.get(id(file_obj))
                if entry is None:
                    return await _maybe(super().read(file_obj, offset, size))
                if entry["sent"] == 0 and offset:
                    entry["offset"] = offset
                size = min(size, max(0, entry["end_at"] - offset))
                drop_at = entry["drop_at"]
                if drop_at is not None and offset >= drop_at:
                    entry["dropped"] = True
                    self.connection.abort()
                    raise asyncssh.SFTPConnectionLost("connection dropped by the sandbox")
                if drop_at is not None:
                    size = min(size, drop_at - offset)  # a short read, then the cut
                if faults.slow:
                    await asyncio.sleep(faults.slow * size / _CHUNK)
                data = await _maybe(super().read(file_obj, offset, size)) if size else b""
                entry["sent"] += len(data)
                return data

        self._acceptor = await asyncssh.listen(
            self._host, 0, server_host_keys=[self.host_key], server_factory=Server,
            sftp_factory=Sftp, allow_scp=False,
        )  # fmt: skip
        self.port = self._acceptor.sockets[0].getsockname()[1]

    def stop(self) -> None:
        async def close() -> None:
            if self._acceptor is not None:
                self._acceptor.close()
                await self._acceptor.wait_closed()

        try:
            asyncio.run_coroutine_threadsafe(close(), self._loop).result(timeout=5)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)
            self._loop.close()


async def _maybe(value: Any) -> Any:
    return await value if asyncio.iscoroutine(value) or isinstance(value, asyncio.Future) else value


class FeedSandbox:
    """FTP/FTPS and SFTP feed servers over one ``FeedFiles`` folder."""

    def __init__(self, clock: Any, *, host: str = "127.0.0.1", user: str = DEMO_FEED_USER,
                 password: str = DEMO_FEED_PASSWORD, rows: int | None = None) -> None:  # fmt: skip
        self._tmp = Path(tempfile.mkdtemp(prefix="ingram-desk-feeds-"))
        os.chmod(self._tmp, 0o700)
        extra = {"rows": rows} if rows else {}
        self.files = FeedFiles(self._tmp / "root", clock, **extra)
        self.faults = FeedFaults()
        self.host, self.user, self.password = host, user, password
        self.folder = FEED_FOLDER
        self.cert_file, key_file = _make_cert(self._tmp)
        self._ftp = _FtpServer(
            self.files, self.faults, host, self.cert_file, key_file, user, password
        )
        self._sftp = _SftpServer(self.files, self.faults, host, user, password)

    def start(self) -> FeedSandbox:
        self.files.refresh()
        self._ftp.start()
        self._sftp.start()
        return self

    def stop(self) -> None:
        try:
            self._ftp.stop()
            self._sftp.stop()
        finally:
            shutil.rmtree(self._tmp, ignore_errors=True)

    def apply_faults(self, payload: dict[str, Any]) -> None:
        """``{"drop_after": N, "drop_times": 1, "wrong_login": true, "short_by": N, "slow": s,
        "missing": ["price"], "clear": true}`` (the ``/_sandbox/feeds`` control route)."""
        if not isinstance(payload, dict):
            raise ValueError("expected a JSON object of feed fault switches")
        unknown = set(payload) - {"drop_after", "drop_times", "wrong_login", "short_by", "slow",
                                  "missing", "refuse_rest", "clear"}  # fmt: skip
        if unknown:
            raise ValueError(f"unknown feed faults: {', '.join(sorted(unknown))}")
        f = self.faults
        if payload.get("clear"):
            f.clear()
            self.files.missing.clear()
        if "drop_after" in payload:
            f.drop_after = None if payload["drop_after"] is None else int(payload["drop_after"])
            f.drop_times = int(payload.get("drop_times", 1))
        if "wrong_login" in payload:
            f.wrong_login = bool(payload["wrong_login"])
        if "short_by" in payload:
            f.short_by = int(payload["short_by"])
        if "slow" in payload:
            f.slow = float(payload["slow"])
        if "refuse_rest" in payload:
            f.refuse_rest = bool(payload["refuse_rest"])
        if "missing" in payload:
            kinds = set(payload["missing"] or ())
            if kinds - set(FEED_KINDS):
                raise ValueError(f"missing takes {', '.join(FEED_KINDS)}")
            self.files.missing = kinds
        self.files.refresh()

    def fault_snapshot(self) -> dict[str, Any]:
        f = self.faults
        return {
            "drop_after": f.drop_after, "drop_times": f.drop_times, "wrong_login": f.wrong_login,
            "short_by": f.short_by, "slow": f.slow, "refuse_rest": f.refuse_rest,
            "missing": sorted(self.files.missing),
            "files": list(self.files.names()), "transfers": list(f.transfers),
        }  # fmt: skip

    @property
    def ftp_port(self) -> int:
        return self._ftp.port

    @property
    def sftp_port(self) -> int:
        return self._sftp.port

    @property
    def host_key(self) -> str:
        """The SFTP host's public key, ``ssh-ed25519 AAAA…`` (pin it in a client)."""
        return " ".join(self._sftp.host_key.export_public_key("openssh").decode().split()[:2])

    def urls(self) -> dict[str, str]:
        """One URL per service (FTPS is explicit TLS on the FTP port)."""
        return {
            "ftp": f"ftp://{self.host}:{self.ftp_port}",
            "ftps": f"ftps://{self.host}:{self.ftp_port}",
            "sftp": f"sftp://{self.host}:{self.sftp_port}",
        }
