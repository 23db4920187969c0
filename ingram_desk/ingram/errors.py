"""Turns an HTTP error answer into a typed domain error carrying seed 004's reason and remedy.

One tolerant decoder for every envelope Ingram uses (reference §1.4, gotcha 35): v6
``{errors:[{id,type,message|messaage,fields}]}``, v7 flat ``{traceid,message,fields}``,
token ``{message}`` and ``{fault:{faultstring}}``, and bodiless 401s.
"""

from __future__ import annotations

import json

from ingram_desk.domain.api_codes import http_code
from ingram_desk.domain.errors import (
    AuthError,
    BadRequestError,
    FieldError,
    ForbiddenError,
    IngramError,
    NotFoundError,
    RateLimitedError,
    ServerError,
)
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.ingram.lenient import as_list, as_str, get
from ingram_desk.logging_setup import redact

__all__ = ["decode_error_body", "error_from_response"]


def decode_error_body(body: bytes) -> tuple[str, tuple[FieldError, ...]]:
    """The server's message and field errors, or ("", ()) when the body says nothing readable."""
    if not body:
        return "", ()
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return "", ()
    if isinstance(data, dict) and "fault" in data:
        return as_str(get(data["fault"], "faultstring")), ()
    entries = as_list(get(data, "errors")) if isinstance(data, dict) else []
    if not entries and isinstance(data, dict):
        entries = [data]
    messages: list[str] = []
    fields: list[FieldError] = []
    for entry in entries:
        msg = as_str(get(entry, "message", "messaage", "Error", "error_description"))
        if msg:
            messages.append(msg)
        for f in as_list(get(entry, "fields")):
            fields.append(
                FieldError(
                    as_str(get(f, "field")), as_str(get(f, "message")), as_str(get(f, "value"))
                )
            )
    return redact("; ".join(messages)), tuple(fields)


def error_from_response(status: int, body: bytes, correlation_id: str | None) -> IngramError:
    code = http_code(status)
    message, fields = decode_error_body(body)
    if message:
        text = QT_TRANSLATE_NOOP("Errors", "Ingram answered {status} {description}: {message}")
    else:
        text = QT_TRANSLATE_NOOP("Errors", "Ingram answered {status} {description}")
    kw = {
        "values": {"status": status, "description": code.description, "message": message},
        "status": status,
        "reason": code.reason,
        "remedial_action": code.remedial_action,
        "correlation_id": correlation_id,
        "fields": fields,
    }
    if status == 401:
        return AuthError(text, **kw)  # type: ignore[arg-type]
    if status == 403:
        return ForbiddenError(text, **kw)  # type: ignore[arg-type]
    if status == 404:
        return NotFoundError(text, **kw)  # type: ignore[arg-type]
    if status == 429:
        return RateLimitedError(text, **kw)  # type: ignore[arg-type]
    if status >= 500:
        return ServerError(text, **kw)  # type: ignore[arg-type]
    return BadRequestError(text, **kw)  # type: ignore[arg-type]
