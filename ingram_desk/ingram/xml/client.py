"""``XmlClient``: the ``IngramApi`` over IM-XML 2.0, plain or SOAP-wrapped.

Requests go through the same ``IngramHttp`` as REST (rate gate, API window, read retries, the
send-once order path); answers go through the one safe parser. IM-XML has no order list: a
search without a PO asks ``OrderStatusRequest`` for each PO this desk knows (the journal's and
the inbox's, given as ``known_orders``), and details need the PO, which the client remembers
from every answer that named it.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Callable, Iterable
from datetime import date, datetime
from pathlib import Path

import httpx
from lxml import etree

from ingram_desk.domain.availability import PnaResult
from ingram_desk.domain.errors import (
    ConfigurationError,
    IngramError,
    NotFoundError,
    OrderOutcomeUnknownError,
    ResponseFormatError,
    ServerError,
)
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.domain.placed_order import (
    CreatedOrder,
    CreateResult,
    InvoiceDetails,
    OrderDetails,
    OrderSummary,
)
from ingram_desk.ingram.client import SearchCriteria, pna_product
from ingram_desk.ingram.config import ClientConfig
from ingram_desk.ingram.errors import error_from_response
from ingram_desk.ingram.http import IngramHttp
from ingram_desk.ingram.rate_limit import Priority, RateBudget, RateGate
from ingram_desk.ingram.xml import messages as m
from ingram_desk.ingram.xml import soap
from ingram_desk.ingram.xml.config import PNA_XML_MAX, XmlConfig
from ingram_desk.ingram.xml.safe import XmlRefusedError, is_xml_content_type, parse_xml
from ingram_desk.ingram.xml.tree import to_bytes

__all__ = ["KnownOrders", "XmlClient"]

#: (customer PO, Ingram order numbers) pairs this desk knows of (journal, inbox)
KnownOrders = Callable[[], Iterable[tuple[str, tuple[str, ...]]]]
#: how many known POs a search without a PO asks about (newest first)
MAX_KNOWN_POS = 50


class XmlClient:
    def __init__(
        self,
        config: ClientConfig,
        xml: XmlConfig | None = None,
        *,
        known_orders: KnownOrders | None = None,
        po_index: Path | None = None,
        gate: RateGate | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.http = IngramHttp(config, gate=gate, transport=transport, now=now)
        self.config = config
        self.xml = xml or XmlConfig()
        self.country = config.country.upper()
        self.known_orders: KnownOrders = known_orders or (lambda: ())
        #: order number → customer PO, from every answer; kept in ``po_index`` (JSON) so the
        #: watch list can poll an order found by PO in an earlier session
        self.po_index = po_index
        self._po_of: dict[str, str] = self._load_index()
        self._serial = 0

    @property
    def creds(self) -> m.Credentials:
        """The login of every transaction; the password is the secret the HTTP layer holds
        (it may come after start: a keyring that did not answer at first, E2)."""
        config = self.http.config
        return m.Credentials(
            sender_id=config.sender_id,
            receiver_id=self.xml.receiver_id,
            country_code=(self.xml.country_code or config.country).upper(),
            login=config.client_id,
            password=config.client_secret,
        )

    async def aclose(self) -> None:
        await self.http.aclose()

    async def __aenter__(self) -> XmlClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def budget(self) -> RateBudget:
        return self.http.gate.budget()

    # ---- plumbing ----------------------------------------------------------------------------
    def _transaction_id(self, kind: str) -> str:
        self._serial += 1
        return f"{kind}-{datetime.now().strftime('%H%M%S')}-{self._serial}"[:18]

    def _payload(self, root: etree._Element) -> tuple[bytes, dict[str, str]]:
        name = etree.QName(root).localname
        headers = {"Content-Type": "text/xml; charset=utf-8", "Accept": "text/xml"}
        if self.xml.soap:
            headers["SOAPAction"] = soap.soap_action(self.xml.soap_action, name)
            return soap.wrap(root, self.xml.soap_namespace), headers
        return to_bytes(root), headers

    def _decode_error(self, status: int, body: bytes, correlation_id: str | None) -> IngramError:
        """A non-2xx answer: the SOAP fault or IM-XML ErrorStatus it carries, else REST's mapping.

        SOAP 1.1 sends every fault as HTTP 500; a Client fault stays a refusal (not retried).
        """
        try:
            root = parse_xml(body, what=QT_TRANSLATE_NOOP("Errors", "Ingram's error answer"))
            message = soap.unwrap(root, correlation_id)
            m.raise_for_status(message, correlation_id)
        except XmlRefusedError:
            return error_from_response(status, b"", correlation_id)
        except IngramError as exc:
            return exc
        return error_from_response(status, b"", correlation_id)

    def _read(
        self, data: bytes, headers: httpx.Headers | dict, correlation_id: str
    ) -> etree._Element:
        ctype = headers.get("content-type", "") if headers else ""
        if ctype and not is_xml_content_type(ctype):
            raise ResponseFormatError(
                QT_TRANSLATE_NOOP("Errors", "Ingram sent {content_type} where XML was expected"),
                reason="A proxy or gateway may have answered instead of Ingram.",
                remedial_action=QT_TRANSLATE_NOOP(
                    "Errors", "Retry later; if it persists, check the XML endpoint."
                ),
                correlation_id=correlation_id,
                values={"content_type": ctype.split(";")[0]},
            )
        root = parse_xml(data)
        message = soap.unwrap(root, correlation_id)
        return message

    async def _exchange(self, root: etree._Element, priority: Priority) -> etree._Element:
        body, headers = self._payload(root)
        resp = await self.http.request(
            "POST",
            self.xml.endpoint,
            content=body,
            headers=headers,
            authenticate=False,
            error_decoder=self._decode_error,
            priority=priority,
        )
        try:
            return self._read(resp.data, resp.headers, resp.correlation_id)
        except IngramError as exc:
            exc.correlation_id = exc.correlation_id or resp.correlation_id
            raise

    # ---- price & availability ------------------------------------------------------------------
    async def price_and_availability(
        self, queries: list[str], *, priority: Priority = Priority.INTERACTIVE
    ) -> list[PnaResult]:
        """PNARequest in chunks of ≤ 20 items (the seed's XML limit), results in the order asked."""
        results: list[PnaResult] = []
        for start in range(0, len(queries), PNA_XML_MAX):
            chunk = queries[start : start + PNA_XML_MAX]
            request = m.pna_request(
                self.creds, [pna_product(q) for q in chunk], self._transaction_id("PNA")
            )
            results += m.read_pna(await self._exchange(request, priority), chunk, self.country)
        return results

    async def search_products(self, *_a: object, **_k: object) -> tuple[list, int]:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("Errors", "Product search is not part of the IM-XML set"),
            remedial_action=QT_TRANSLATE_NOOP(
                "Errors", "Use the catalogue tab (price files) or a REST profile."
            ),
        )

    # ---- orders -----------------------------------------------------------------------------------
    async def create_order(
        self, body: bytes, customer_po: str, correlation_id: str
    ) -> CreateResult:
        """OrderRequest (2.0, or 2.5 with its acknowledgement), sent once (see ``send_order``)."""
        if b"allowduplicatecustomerordernumber" in body.lower():
            raise ValueError("an order body must never carry allowDuplicateCustomerOrderNumber")
        request = m.order_request(
            self.creds,
            body,
            transaction_id=customer_po,
            ship_from_branches=self.xml.ship_from_branches or m.local_branches(self.country),
            asynchronous=self.xml.async_orders,
        )
        payload, headers = self._payload(request)
        resp = await self.http.send_order(
            self.xml.endpoint,
            payload,
            correlation_id,
            headers=headers,
            authenticate=False,
            error_decoder=self._decode_error,
        )
        try:
            result = m.read_create(self._read(resp.data, resp.headers, correlation_id), customer_po)
        except (ResponseFormatError, ServerError) as exc:
            raise OrderOutcomeUnknownError(
                exc.template,
                values=exc.values,
                status=resp.status,
                reason="The order may have been placed but the answer was unreadable.",
                remedial_action=QT_TRANSLATE_NOOP(
                    "Errors", "Checking Ingram's order status for this PO."
                ),
                correlation_id=correlation_id,
            ) from None
        except IngramError as exc:
            if "duplicate" in exc.message.lower():
                raise OrderOutcomeUnknownError(
                    exc.template,
                    values=exc.values,
                    status=exc.status,
                    reason="Ingram may have placed the order before.",
                    remedial_action=QT_TRANSLATE_NOOP(
                        "Errors", "Checking Ingram's order status for this PO."
                    ),
                    correlation_id=correlation_id,
                ) from None
            exc.correlation_id = exc.correlation_id or correlation_id
            raise
        if result is None:  # 2.5: acknowledged; the confirmation is pushed later
            try:
                rows = await self._status_rows(customer_po, Priority.ORDER)
            except IngramError:  # taken but not yet confirmed: never "rejected" from here
                rows = []
            if not rows:
                raise OrderOutcomeUnknownError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Ingram acknowledged PO {po}; its confirmation is still pending"
                    ),
                    values={"po": customer_po},
                    status=resp.status,
                    reason="Asynchronous order: accepted, not yet numbered.",
                    remedial_action=QT_TRANSLATE_NOOP(
                        "Errors", "Checking Ingram's order status for this PO."
                    ),
                    correlation_id=correlation_id,
                )
            orders = tuple(
                CreatedOrder(r.ingram_order_number, None, "", r.total, None) for r in rows
            )
            result = CreateResult(customer_po, orders, False, resp.status)
        self._remember({n: customer_po for n in result.order_numbers})
        return result

    async def _status_rows(self, po: str, priority: Priority) -> list[OrderSummary]:
        request = m.order_status_request(self.creds, po, self._transaction_id("ST"))
        rows = m.read_status(await self._exchange(request, priority))
        self._remember({r.ingram_order_number: r.customer_order_number or po for r in rows})
        return rows

    def _load_index(self) -> dict[str, str]:
        if self.po_index is None:
            return {}
        try:
            data = json.loads(self.po_index.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _remember(self, numbers: dict[str, str]) -> None:
        if all(self._po_of.get(k) == v for k, v in numbers.items()):
            return
        self._po_of.update(numbers)
        if self.po_index is None:
            return
        try:  # a convenience: never fail a call over it
            self.po_index.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.po_index.with_suffix(".tmp")
            tmp.write_text(json.dumps(self._po_of, sort_keys=True), encoding="utf-8")
            os.chmod(tmp, 0o600)  # private like every data file (only read-only bit on Windows)
            os.replace(tmp, self.po_index)
        except OSError:
            pass

    def _known(self) -> list[tuple[str, tuple[str, ...]]]:
        seen: dict[str, tuple[str, ...]] = {}
        for po, numbers in self.known_orders():
            if po:
                seen[po.upper()] = tuple(numbers)
                for n in numbers:
                    self._po_of.setdefault(n, po)
        return list(seen.items())

    def _po_for(self, order_number: str) -> str:
        number = order_number.strip().upper()
        base = m.display_order_number(m.branch_order_number(number))
        for key in (number, base):
            if key in self._po_of:
                return self._po_of[key]
        self._known()
        for key in (number, base):
            if key in self._po_of:
                return self._po_of[key]
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "IM-XML needs the customer PO of order {order_number}"),
            values={"order_number": order_number},
            status=404,
            reason="IM-XML looks orders up by Ingram order number and PO together.",
            remedial_action=QT_TRANSLATE_NOOP("Errors", "Search for the order by its PO first."),
        )

    async def _search(self, criteria: SearchCriteria, priority: Priority) -> list[OrderSummary]:
        if criteria.customer_po:
            pos = [criteria.customer_po]
        elif criteria.order_number:
            pos = [self._po_for(criteria.order_number)]
        else:
            pos = [po for po, _ in reversed(self._known())][:MAX_KNOWN_POS]
        rows: list[OrderSummary] = []
        for po in pos:
            rows += await self._status_rows(po, priority)
        return [r for r in rows if _keep(r, criteria)]

    async def search_orders_v6(
        self,
        criteria: SearchCriteria,
        *,
        page: int = 1,
        page_size: int = 25,
        priority: Priority = Priority.INTERACTIVE,
    ) -> tuple[list[OrderSummary], int]:
        rows = await self._search(criteria, priority)
        return rows[(page - 1) * page_size : page * page_size], len(rows)

    search_orders_v5 = search_orders_v6

    async def iter_orders(
        self,
        criteria: SearchCriteria,
        *,
        version: int = 5,
        page_size: int = 100,
        priority: Priority = Priority.INTERACTIVE,
    ) -> AsyncIterator[tuple[OrderSummary, int]]:
        rows = await self._search(criteria, priority)
        for row in rows:
            yield row, len(rows)

    async def order_details(
        self, order_number: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> OrderDetails:
        """OrderDetailRequest (lines, serials) + OrderTrackingRequest (packages, carriers)."""
        po = self._po_for(order_number)
        detail_req = m.order_detail_request(
            self.creds, order_number, po, self._transaction_id("OD")
        )
        track_req = m.order_tracking_request(
            self.creds, order_number, po, self._transaction_id("TR")
        )
        detail = await self._exchange(detail_req, priority)
        tracking = m.read_tracking(await self._exchange(track_req, priority))
        return m.read_detail(detail, tracking, self.country)

    async def invoice_details(
        self, invoice_number: str, *, priority: Priority = Priority.INTERACTIVE
    ) -> InvoiceDetails:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "Invoice {invoice_number} is not available over IM-XML"),
            values={"invoice_number": invoice_number},
            status=404,
            reason="IM-XML invoices are pushed documents, not queried.",
            remedial_action=QT_TRANSLATE_NOOP(
                "Errors", "Import Ingram's Invoice XML into the inbox (Orders tab)."
            ),
        )

    async def cancel_order(self, order_number: str) -> None:
        raise ConfigurationError(
            QT_TRANSLATE_NOOP("Errors", "Cancelling is not part of the IM-XML set used here"),
            remedial_action=QT_TRANSLATE_NOOP(
                "Errors", "Cancel the order in Ingram's portal or with a REST profile."
            ),
        )


def _keep(row: OrderSummary, c: SearchCriteria) -> bool:
    if c.order_number and m.branch_order_number(c.order_number) != m.branch_order_number(
        row.ingram_order_number
    ):
        return False
    if c.status and c.status.lower() not in row.status.lower():
        return False
    day = row.order_date.date() if isinstance(row.order_date, datetime) else row.order_date
    if c.since and isinstance(day, date) and day < c.since:
        return False
    return not (c.until and isinstance(day, date) and day > c.until)
