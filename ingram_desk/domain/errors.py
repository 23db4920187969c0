"""Typed errors every layer raises and the UI shows: Ingram's reason, remedial action, correlation id.

A message built here or below is an English template
marked ``QT_TRANSLATE_NOOP("Errors", "…{name}…")`` plus its named ``values``: ``message`` and
``remedial_action`` are the English texts (logs, CLI, journal), and the UI shows the template in the
user's language (``ingram_desk.ui.domain_texts.error_text``). A value named ``description`` is an
Ingram code description, itself marked under "ApiCodes"; one named ``what`` is marked under
"Errors"; an int shown as ``{n:,}`` is grouped as the user's locale groups; a value that is an
``IngramError`` is shown as its own message.

Each error carries plain-text fields only. They never hold request headers, bodies of token
calls, secrets or tokens, so ``str(error)`` is always safe to log and display.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.phrase import Phrase

__all__ = [
    "ApiClosedError",
    "AuthError",
    "BadRequestError",
    "ConfigurationError",
    "DraftValidationError",
    "ErrorInfo",
    "FieldError",
    "ForbiddenError",
    "IngramError",
    "NotFoundError",
    "OrderNotSentError",
    "OrderOutcomeUnknownError",
    "RateLimitedError",
    "ResponseFormatError",
    "ServerError",
    "UnreachableError",
]


_CORRELATION = QT_TRANSLATE_NOOP("Errors", "(correlation id {correlation_id})")


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    message: str
    value: str = ""


class IngramError(Exception):
    """Base of everything that went wrong talking to Ingram (or deciding not to)."""

    #: short machine-readable kind for JSON output and tests
    kind = "error"

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        reason: str = "",
        remedial_action: str = "",
        correlation_id: str | None = None,
        fields: tuple[FieldError, ...] = (),
        values: Mapping[str, object] | None = None,
    ) -> None:
        self.template = message
        self.remedy_template = remedial_action
        self.values: dict[str, object] = dict(values or {})
        if self.values:
            message = message.format(**self.values)
            remedial_action = remedial_action.format(**self.values)
        super().__init__(message)
        self.message = message
        self.status = status
        self.reason = reason
        self.remedial_action = remedial_action
        self.correlation_id = correlation_id
        self.fields = fields

    def one_line(self) -> str:
        """The message, the remedy and the correlation id on one line (CLI, status bar)."""
        return str(self.phrase())

    def phrase(self) -> Phrase:
        """``one_line()`` that the window can say in the user's language (the journal keeps it)."""
        parts: list[str] = [self.message_phrase()]
        if self.fields:
            parts.append("; ".join(f"{f.field}: {f.message}" for f in self.fields))
        if self.remedial_action and self.remedial_action != "None required.":
            parts.append(self._said(self.remedial_action, self.remedy_template))
        if self.correlation_id:
            parts.append(Phrase("Errors", _CORRELATION, {"correlation_id": self.correlation_id}))
        english = " ".join(p.rstrip() for p in parts if p)
        return Phrase.join(parts, english=english)

    def message_phrase(self) -> Phrase:
        """The message alone as a ``Phrase`` (its "Errors" template and values)."""
        return self._said(self.message, self.template)

    def _said(self, english: str, template: str) -> Phrase:
        values = {
            k: v._said(format(v, ""), v.template) if isinstance(v, IngramError) else v
            for k, v in self.values.items()
        }
        return Phrase("Errors", template, values, None, english)

    def __str__(self) -> str:
        return self.one_line()

    def __format__(self, spec: str) -> str:
        """An error named inside another error's message reads as its own message."""
        return format(self.message.rstrip("."), spec)


class AuthError(IngramError):
    """401: bad App ID / secret, or a token refresh was refused. Never retried in a loop."""

    kind = "auth"


class ForbiddenError(IngramError):
    """403: wrong endpoint or no access to this API."""

    kind = "forbidden"


class NotFoundError(IngramError):
    kind = "not_found"


class BadRequestError(IngramError):
    """400 (and other 4xx): the request was refused as malformed; ``fields`` says which part."""

    kind = "bad_request"


class RateLimitedError(IngramError):
    """429 that outlasted the caller's deadline."""

    kind = "rate_limited"


class ServerError(IngramError):
    """5xx after the read retries were spent."""

    kind = "server"


class UnreachableError(IngramError):
    """No answer at all (connection refused, timeouts) after the retries were spent."""

    kind = "unreachable"


class ResponseFormatError(IngramError):
    """A response arrived but could not be read (bad JSON, HTML proxy page, wrong shape)."""

    kind = "bad_response"


class ConfigurationError(IngramError):
    """Missing credentials, customer number or country; TLS failures."""

    kind = "configuration"


class ApiClosedError(IngramError):
    """The account country's API window is closed; nothing was sent."""

    kind = "api_closed"

    def __init__(
        self,
        message: str,
        *,
        opens_at: datetime | None = None,
        values: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(
            message, reason="Outside Ingram's published availability hours.", values=values
        )
        self.opens_at = opens_at


class DraftValidationError(IngramError):
    """An order draft failed local checks before anything was sent."""

    kind = "invalid_draft"


class OrderNotSentError(IngramError):
    """Order create provably never reached Ingram (connect error, 429, 401 at the gateway)."""

    kind = "order_not_sent"

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: object) -> None:
        super().__init__(message, **kw)  # type: ignore[arg-type]
        self.retry_after = retry_after


class OrderOutcomeUnknownError(IngramError):
    """Order create may have reached Ingram (timeout, dropped connection, 5xx, unreadable 2xx)."""

    kind = "order_outcome_unknown"


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    """A serialisable snapshot of an error (journal rows, CLI JSON)."""

    kind: str
    message: str
    status: int | None = None
    correlation_id: str | None = None
    fields: tuple[FieldError, ...] = field(default=())

    @classmethod
    def of(cls, error: IngramError) -> ErrorInfo:
        return cls(error.kind, error.one_line(), error.status, error.correlation_id, error.fields)
