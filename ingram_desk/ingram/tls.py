"""TLS trust for the API: the operating system's certificate store, not certifi's bundle.

Behind a TLS-inspecting company proxy every certificate is re-signed by the company's own root,
which IT installs in the operating system's store (Windows certificate store, macOS keychain,
the distribution's CA bundle on Linux, where ``SSL_CERT_FILE``/``SSL_CERT_DIR`` also apply).
``truststore`` verifies against exactly that store, so the proxy works and the error text can
say truthfully what was consulted.
"""

from __future__ import annotations

import ssl

import httpx
import truststore

from ingram_desk.domain.errors import ConfigurationError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP

__all__ = ["TRUST_REMEDY", "TRUST_SOURCE", "refuse_tls_failure", "ssl_context"]

TRUST_REMEDY = QT_TRANSLATE_NOOP(
    "Errors",
    "Check the API URL. If a company proxy inspects TLS, its root certificate must be installed "
    "in the operating system's certificate store (Windows: Certificates, macOS: Keychain Access, "
    "Linux: the CA bundle, e.g. update-ca-certificates); ask IT.",
)
#: what the error text names as the source of trust (it must stay true to ``ssl_context``)
TRUST_SOURCE = "the operating system's certificate store"


def ssl_context() -> ssl.SSLContext:
    """A client context that verifies hosts against the operating system's trust store."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def refuse_tls_failure(exc: BaseException, url: str) -> None:
    """A certificate that does not verify is a configuration problem: raise it, never retry."""
    if isinstance(exc, httpx.ConnectError) and "CERTIFICATE" in str(exc).upper():
        raise ConfigurationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The TLS certificate of {url} could not be verified against the operating system's"
                " certificate store",
            ),
            values={"url": url},
            reason="TLS certificate verification failed.",
            remedial_action=TRUST_REMEDY,
        ) from None
