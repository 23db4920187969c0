"""HTTP and response-preamble status codes with Ingram's reasons and remedial actions (seed 004)."""

from __future__ import annotations

from dataclasses import dataclass

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP

__all__ = ["HTTP_CODES", "PREAMBLE_CODES", "HttpCode", "PreambleCode", "http_code", "preamble_code"]

_RETRY = QT_TRANSLATE_NOOP(
    "ApiCodes",
    "Retry the transaction. If the error persists, contact your local ecommerce representative.",
)


@dataclass(frozen=True, slots=True)
class HttpCode:
    status: int
    description: str
    reason: str
    remedial_action: str

    @property
    def retryable(self) -> bool:
        return self.status in (500, 502, 503, 504)


#: Seed 004 "API HTTP Response Codes".
HTTP_CODES: dict[int, HttpCode] = {
    c.status: c
    for c in (
        HttpCode(
            200,
            QT_TRANSLATE_NOOP("ApiCodes", "OK"),
            QT_TRANSLATE_NOOP("ApiCodes", "Successful transaction."),
            QT_TRANSLATE_NOOP("ApiCodes", "None required."),
        ),
        HttpCode(
            400,
            QT_TRANSLATE_NOOP("ApiCodes", "Bad Request"),
            QT_TRANSLATE_NOOP(
                "ApiCodes", "The server could not understand the request due to invalid syntax."
            ),
            QT_TRANSLATE_NOOP("ApiCodes", "Check that your request is correctly formed."),
        ),
        HttpCode(
            401,
            QT_TRANSLATE_NOOP("ApiCodes", "Unauthorized"),
            QT_TRANSLATE_NOOP("ApiCodes", "The request was unauthenticated."),
            QT_TRANSLATE_NOOP(
                "ApiCodes",
                "Check App ID and Client Secret values are valid and request a new token.",
            ),
        ),
        HttpCode(
            403,
            QT_TRANSLATE_NOOP("ApiCodes", "Forbidden"),
            QT_TRANSLATE_NOOP("ApiCodes", "The client does not have access rights to the content."),
            QT_TRANSLATE_NOOP(
                "ApiCodes",
                "Check you are using the correct endpoint and that you have been granted access "
                "to the requested API.",
            ),
        ),
        HttpCode(
            404,
            QT_TRANSLATE_NOOP("ApiCodes", "Not Found"),
            QT_TRANSLATE_NOOP("ApiCodes", "The server cannot find the requested resource."),
            QT_TRANSLATE_NOOP("ApiCodes", "Check you are using the correct endpoint."),
        ),
        HttpCode(
            429,
            QT_TRANSLATE_NOOP("ApiCodes", "Too Many Requests"),
            QT_TRANSLATE_NOOP(
                "ApiCodes",
                'The user has sent too many requests within a given amount of time ("rate limiting").',
            ),
            QT_TRANSLATE_NOOP(
                "ApiCodes",
                "None required but no more requests will be allowed within the allotted period.",
            ),
        ),
        HttpCode(
            500,
            QT_TRANSLATE_NOOP("ApiCodes", "Internal Server Error"),
            QT_TRANSLATE_NOOP(
                "ApiCodes", "The server has encountered a situation it doesn't know how to handle."
            ),
            _RETRY,
        ),
        HttpCode(
            502,
            QT_TRANSLATE_NOOP("ApiCodes", "Bad Gateway"),
            QT_TRANSLATE_NOOP(
                "ApiCodes",
                "This error response means that the server, while working as a gateway to get a "
                "response needed to handle the request, got an invalid response.",
            ),
            _RETRY,
        ),
        HttpCode(
            503,
            QT_TRANSLATE_NOOP("ApiCodes", "Service Unavailable"),
            QT_TRANSLATE_NOOP("ApiCodes", "The server is not ready to handle the request."),
            _RETRY,
        ),
        HttpCode(
            504,
            QT_TRANSLATE_NOOP("ApiCodes", "Gateway Timeout"),
            QT_TRANSLATE_NOOP(
                "ApiCodes",
                "This error response is given when the server is acting as a gateway and cannot get "
                "a response in time.",
            ),
            _RETRY,
        ),
    )
}


def http_code(status: int) -> HttpCode:
    """The seed's entry for ``status``; codes it does not list get a generic entry by class."""
    if status in HTTP_CODES:
        return HTTP_CODES[status]
    if status >= 500:
        return HttpCode(
            status,
            QT_TRANSLATE_NOOP("ApiCodes", "Server Error"),
            QT_TRANSLATE_NOOP("ApiCodes", "The server reported an error."),
            _RETRY,
        )
    return HttpCode(
        status,
        QT_TRANSLATE_NOOP("ApiCodes", "Unexpected status"),
        QT_TRANSLATE_NOOP(
            "ApiCodes", "The server answered with a status the API does not document."
        ),
        QT_TRANSLATE_NOOP("ApiCodes", "Check that your request is correctly formed."),
    )


@dataclass(frozen=True, slots=True)
class PreambleCode:
    request_status: str  #: "SUCCESS" or "FAILED"
    return_message: str
    reason: str
    remedial_action: str
    has_results: bool


#: Seed 004 "Response Preamble Status Codes" (v5 order search envelope).
PREAMBLE_CODES: tuple[PreambleCode, ...] = (
    PreambleCode(
        "SUCCESS",
        "Data found",
        QT_TRANSLATE_NOOP("ApiCodes", "1 or more results were found"),
        QT_TRANSLATE_NOOP("ApiCodes", "None required."),
        True,
    ),
    PreambleCode(
        "SUCCESS",
        "x Records Found.",
        QT_TRANSLATE_NOOP("ApiCodes", "1 or more results were found"),
        QT_TRANSLATE_NOOP("ApiCodes", "None required."),
        True,
    ),
    PreambleCode(
        "SUCCESS",
        "No Data Found for given Search Criteria.",
        QT_TRANSLATE_NOOP("ApiCodes", "No results matched your search criteria"),
        QT_TRANSLATE_NOOP("ApiCodes", "Check your search criteria and resubmit your request"),
        False,
    ),
    PreambleCode(
        "FAILED",
        "No data found",
        QT_TRANSLATE_NOOP("ApiCodes", "No results matched your search criteria"),
        QT_TRANSLATE_NOOP("ApiCodes", "Check your search criteria and resubmit your request"),
        False,
    ),
)


def preamble_code(request_status: str, return_message: str) -> PreambleCode:
    """Match a preamble leniently (case, "3 Records Found." for "x Records Found.")."""
    status = request_status.strip().upper()
    msg = return_message.strip().lower()
    for code in PREAMBLE_CODES:
        if code.request_status != status:
            continue
        pattern = code.return_message.lower()
        if msg == pattern or (
            pattern.startswith("x ") and msg.endswith(pattern[2:]) and msg.split(" ")[0].isdigit()
        ):
            return code
    if status == "SUCCESS":
        return PreambleCode(
            status,
            return_message,
            QT_TRANSLATE_NOOP("ApiCodes", "Request succeeded"),
            QT_TRANSLATE_NOOP("ApiCodes", "None required."),
            True,
        )
    return PreambleCode(
        status,
        return_message,
        QT_TRANSLATE_NOOP("ApiCodes", "The request failed"),
        QT_TRANSLATE_NOOP("ApiCodes", "Check your search criteria and resubmit your request"),
        False,
    )
