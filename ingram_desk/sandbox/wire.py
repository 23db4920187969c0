"""Request/response values and Ingram's error envelopes, shared by the sandbox's route modules."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from typing import Any

__all__ = [
    "ApiError",
    "Request",
    "Response",
    "error_body",
    "json_response",
    "parse_bool",
    "parse_int",
    "validation_error",
]


@dataclass
class Request:
    method: str
    path: str  #: normalised: lower case, no /sandbox prefix, no trailing slash
    raw_path: str  #: same, original casing (path parameters)
    query: dict[str, list[str]]  #: keys lower-cased
    headers: Message
    body: bytes
    client_id: str = ""
    params: dict[str, str] = field(default_factory=dict)  #: path parameters

    def q(self, name: str) -> str | None:
        values = self.query.get(name.lower())
        return values[0] if values else None

    def qs(self, name: str) -> list[str]:
        return self.query.get(name.lower(), [])

    def header(self, name: str) -> str | None:
        return self.headers.get(name)

    def json(self) -> Any:
        if not self.body:
            raise ApiError(validation_error("Request body is required", [("body", "", "Required")]))
        try:
            return json.loads(self.body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ApiError(
                validation_error("Malformed JSON body", [("body", "", str(exc)[:120])])
            ) from exc


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


class ApiError(Exception):
    """Raised inside a route to answer with a ready response."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


def json_response(status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    return Response(status, body, "application/json", dict(headers or {}))


def _error_id() -> str:
    return f"{uuid.uuid4()}-{datetime.now(UTC).isoformat(timespec='milliseconds')}"


def error_body(
    error_type: str, message: str, fields: list[tuple[str, str, str]] | None = None
) -> dict[str, Any]:
    """Ingram's v6 ``ErrorResponse``: ``{"errors": [{id, type, message, fields[]}]}``."""
    entry: dict[str, Any] = {"id": _error_id(), "type": error_type, "message": message}
    if fields:
        entry["fields"] = [{"field": f, "value": v, "message": m} for f, v, m in fields]
    return {"errors": [entry]}


def validation_error(
    message: str, fields: list[tuple[str, str, str]] | None = None, status: int = 400
) -> Response:
    return json_response(status, error_body("/errors/validation-failed", message, fields))


_TRUE = {"true", "1", "yes", "y"}
_FALSE = {"false", "0", "no", "n"}


def parse_bool(value: Any) -> bool | None:
    """JSON booleans and the strings Ingram uses for them; None when neither."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    return True if text in _TRUE else False if text in _FALSE else None


_INT = re.compile(r"^\s*-?\d+\s*$")


def parse_int(value: str | None) -> int | None:
    return int(value) if value is not None and _INT.match(value) else None
