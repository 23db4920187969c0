"""What one client needs to talk to one Ingram endpoint (built by services from a profile).

The secret is held here only for the token call: ``repr`` hides it, and it is registered with
the logging redactor when the client starts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["ClientConfig", "RetryPolicy", "Timeouts"]


@dataclass(frozen=True, slots=True)
class Timeouts:
    """httpx per-phase timeouts plus an overall deadline (httpx's read timeout is per chunk)."""

    connect: float = 10.0
    read: float = 30.0
    overall: float = 45.0
    order_read: float = 120.0
    order_overall: float = 150.0


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Full-jitter backoff for reads: sleep = uniform(0, min(cap, base * 2**n))."""

    attempts: int = 4
    base: float = 0.5
    cap: float = 8.0
    #: longest wait for a rate-limit reset we accept (a sane clamp, reliability §1.4)
    max_reset_wait: float = 65.0
    #: retries the whole client may spend before failing fast ("Ingram unreachable")
    budget: int = 20


@dataclass(frozen=True, slots=True)
class ClientConfig:
    base_url: str  #: e.g. "https://api.ingrammicro.com:443/sandbox" or the embedded sandbox URL
    customer_number: str
    country: str
    client_id: str
    client_secret: str = field(repr=False)
    sender_id: str = "IngramDesk"
    #: token endpoint; defaults to ``{scheme+host}/oauth/oauth30/token`` (never under /sandbox)
    token_url: str | None = None
    timeouts: Timeouts = field(default_factory=Timeouts)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    #: enforce seed 004's API window for the country before each call
    enforce_window: bool = True

    def resolved_token_url(self) -> str:
        if self.token_url:
            return self.token_url
        base = self.base_url.rstrip("/")
        if base.endswith("/sandbox"):
            base = base[: -len("/sandbox")]
        return f"{base}/oauth/oauth30/token"

    def __repr__(self) -> str:
        return (
            f"ClientConfig(base_url={self.base_url!r}, customer_number={self.customer_number!r},"
            f" country={self.country!r}, client_id=...{self.client_id[-4:]!r})"
        )
