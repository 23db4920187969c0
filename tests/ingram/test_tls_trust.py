"""The client trusts the operating system's certificate store (truststore), not certifi's bundle:
a CA that only the system store knows (as a company proxy's root would be) is accepted, and a
certificate nothing trusts fails once with an error that names the store actually consulted.

On Linux the system store is OpenSSL's default locations, which ``SSL_CERT_FILE`` and
``SSL_CERT_DIR`` point elsewhere; the tests use them to install a CA made here.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import socket
import ssl
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from ingram_desk.domain.errors import ConfigurationError

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="SSL_CERT_FILE is OpenSSL's")


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _make_ca(folder: Path, label: str) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(f"{label} Proxy Root CA"))
        .issuer_name(_name(f"{label} Proxy Root CA"))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    (folder / f"{label}-ca.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert, key


def _make_leaf(folder: Path, ca: x509.Certificate, ca_key: ec.EllipticCurvePrivateKey) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=7))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    path = folder / "leaf.pem"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        + cert.public_bytes(serialization.Encoding.PEM)
        + ca.public_bytes(serialization.Encoding.PEM)
    )
    return path


class TlsFront:
    """A TLS-terminating proxy on loopback in front of the (plain HTTP) sandbox, as a company's
    inspecting proxy would present it: the certificate is signed by a private root CA."""

    def __init__(self, chain: Path, backend_port: int) -> None:
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(chain)
        self.backend_port = backend_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.handshake_errors: list[str] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                raw, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(raw,), daemon=True).start()

    def _serve(self, raw: socket.socket) -> None:
        try:
            tls = self.context.wrap_socket(raw, server_side=True)
        except (ssl.SSLError, OSError) as exc:
            self.handshake_errors.append(str(exc))
            raw.close()
            return
        backend = socket.create_connection(("127.0.0.1", self.backend_port))

        def pump(src: socket.socket, dst: socket.socket) -> None:
            try:
                while data := src.recv(65536):
                    dst.sendall(data)
            except OSError:
                pass
            finally:
                for s in (src, dst):
                    try:
                        s.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass

        back = threading.Thread(target=pump, args=(backend, tls), daemon=True)
        back.start()
        pump(tls, backend)
        back.join(5)
        tls.close()
        backend.close()

    def close(self) -> None:
        self.listener.close()


def _certifi_bundle() -> str:
    import certifi

    return Path(certifi.where()).read_text(encoding="ascii")


@pytest.fixture
def tls_front(tmp_path: Path, sandbox) -> Iterator[TlsFront]:  # type: ignore[no-untyped-def]
    ca, ca_key = _make_ca(tmp_path, "corp")
    _make_ca(tmp_path, "other")
    front = TlsFront(_make_leaf(tmp_path, ca, ca_key), sandbox.port)
    yield front
    front.close()


@pytest.fixture
def system_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """``install(label)``: make ``<label>-ca.pem`` the whole system store for this test."""
    empty = tmp_path / "no-certs"
    empty.mkdir()

    def install(label: str) -> None:
        monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / f"{label}-ca.pem"))
        monkeypatch.setenv("SSL_CERT_DIR", str(empty))

    return install


async def test_a_root_ca_in_the_system_store_is_trusted(
    tls_front: TlsFront,
    sandbox,
    client_factory,
    system_store,  # type: ignore[no-untyped-def]
) -> None:
    assert "corp Proxy Root CA" not in _certifi_bundle()  # certifi alone could never verify it
    system_store("corp")
    client = client_factory(sandbox, base_url=f"https://127.0.0.1:{tls_front.port}")
    async with client:
        sku = next(p.sku for p in sandbox.catalogue.products if not p.discontinued)
        results = await client.price_and_availability([sku])
    assert [(r.sku, r.ok) for r in results] == [(sku, True)]
    assert tls_front.handshake_errors == []


async def test_an_untrusted_certificate_fails_once_naming_the_store_consulted(
    tls_front: TlsFront,
    sandbox,
    client_factory,
    system_store,  # type: ignore[no-untyped-def]
) -> None:
    system_store("other")
    url = f"https://127.0.0.1:{tls_front.port}"
    client = client_factory(sandbox, base_url=url)
    async with client:
        with pytest.raises(ConfigurationError) as caught:
            await client.price_and_availability(["ABC123"])
    error = caught.value
    assert error.message.startswith(f"The TLS certificate of {url}/")  # the token URL
    assert error.message.endswith(
        "could not be verified against the operating system's certificate store"
    )
    assert "company proxy" in error.remedial_action and "ask IT" in error.remedial_action
    # a configuration problem is never retried (before the fix: 4 token attempts, "unreachable")
    for _ in range(100):  # the server thread records the refused handshake a moment later
        if tls_front.handshake_errors:
            break
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.1)
    assert len(tls_front.handshake_errors) == 1
