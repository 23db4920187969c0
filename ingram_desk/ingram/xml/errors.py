"""IM-XML ``ErrorStatus`` numbers and SOAP faults → the same typed errors (and remedies) as REST.

Numbers confirmed by public sources (reference ingram-xml.md §2.1): 20007 bad login/password/
country, 20002 not allowed to run the transaction, 20086 order not found, 20195 ambiguous
manufacturer part number. Any other non-empty number is a refusal of the request (400-like).
"""

from __future__ import annotations

from ingram_desk.domain.api_codes import http_code
from ingram_desk.domain.errors import (
    AuthError,
    BadRequestError,
    ForbiddenError,
    IngramError,
    NotFoundError,
    ServerError,
)
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.logging_setup import redact

__all__ = [
    "BAD_LOGIN",
    "NOT_AUTHORISED",
    "ORDER_NOT_FOUND",
    "error_from_fault",
    "error_from_status",
]

BAD_LOGIN = "20007"
NOT_AUTHORISED = "20002"
ORDER_NOT_FOUND = "20086"
AMBIGUOUS_VPN = "20195"

_BY_NUMBER: dict[str, tuple[type[IngramError], int]] = {
    BAD_LOGIN: (AuthError, 401),
    NOT_AUTHORISED: (ForbiddenError, 403),
    ORDER_NOT_FOUND: (NotFoundError, 404),
}
_REMEDY = {
    BAD_LOGIN: QT_TRANSLATE_NOOP(
        "Errors", "Check the IM-XML login, password and country code in the profile."
    ),
}


def error_from_status(number: str, text: str, correlation_id: str | None = None) -> IngramError:
    """The typed error for a non-empty ``ErrorStatus`` (number as sent, text as sent)."""
    cls, status = _BY_NUMBER.get(number.strip(), (BadRequestError, 400))
    code = http_code(status)
    detail = redact(text.strip())
    message = (
        QT_TRANSLATE_NOOP("Errors", "Ingram refused the XML request (error {number}): {detail}")
        if detail
        else QT_TRANSLATE_NOOP("Errors", "Ingram refused the XML request (error {number})")
    )
    return cls(
        message,
        values={"number": number or "?", "detail": detail},
        status=status,
        reason=code.reason,
        remedial_action=_REMEDY.get(number.strip(), code.remedial_action),
        correlation_id=correlation_id,
    )


def error_from_fault(
    faultcode: str, faultstring: str, detail: str = "", correlation_id: str | None = None
) -> IngramError:
    """A SOAP 1.1 fault: ``Client``/``Sender`` faults are refusals, ``Server`` faults are 5xx.

    A fault whose detail carries an IM-XML error number maps exactly like ``ErrorStatus``.
    """
    for number in _BY_NUMBER:
        if number in detail or number in faultstring:
            return error_from_status(number, faultstring, correlation_id)
    local = faultcode.rsplit(":", 1)[-1].split(".")[0].lower()
    text = redact(faultstring.strip()) or "no fault text"
    if local in ("server", "receiver"):
        code = http_code(500)
        return ServerError(
            QT_TRANSLATE_NOOP("Errors", "Ingram's SOAP service failed: {text}"),
            values={"text": text},
            status=500,
            reason=code.reason,
            remedial_action=code.remedial_action,
            correlation_id=correlation_id,
        )
    if "auth" in faultcode.lower() or "login" in text.lower():
        code = http_code(401)
        return AuthError(
            QT_TRANSLATE_NOOP("Errors", "Ingram's SOAP service refused the login: {text}"),
            values={"text": text},
            status=401,
            reason=code.reason,
            remedial_action=_REMEDY[BAD_LOGIN],
            correlation_id=correlation_id,
        )
    code = http_code(400)
    return BadRequestError(
        QT_TRANSLATE_NOOP("Errors", "Ingram's SOAP service refused the request: {text}"),
        values={"text": text},
        status=400,
        reason=code.reason,
        remedial_action=code.remedial_action,
        correlation_id=correlation_id,
    )
