"""An optional SOAP 1.1 envelope around the IM-XML bodies.

No public source fixes the Benelux SOAP set-up (reference ingram-xml.md §0), so the body
namespace, the ``SOAPAction`` header and the endpoint path are profile settings; the envelope
namespace itself is SOAP 1.1's. A ``Fault`` becomes the typed error ``errors.error_from_fault``.
"""

from __future__ import annotations

from lxml import etree

from ingram_desk.domain.errors import IngramError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.ingram.xml.errors import error_from_fault
from ingram_desk.ingram.xml.safe import XmlRefusedError

__all__ = ["SOAP11_NS", "soap_action", "unwrap", "wrap"]

SOAP11_NS = "http://schemas.xmlsoap.org/soap/envelope/"
SOAP12_NS = "http://www.w3.org/2003/05/soap-envelope"


def soap_action(template: str, message: str) -> str:
    """The SOAPAction header value: the template with ``{message}`` filled (quoted per SOAP 1.1)."""
    return '"' + template.replace("{message}", message) + '"'


def wrap(body: etree._Element, body_namespace: str = "") -> bytes:
    """``Envelope/Body/<message>``; with ``body_namespace`` the message's elements get it."""
    env = etree.Element(f"{{{SOAP11_NS}}}Envelope", nsmap={"soap": SOAP11_NS})
    etree.SubElement(env, f"{{{SOAP11_NS}}}Header")
    soap_body = etree.SubElement(env, f"{{{SOAP11_NS}}}Body")
    if body_namespace:
        body = _with_namespace(body, body_namespace)
    soap_body.append(body)
    return etree.tostring(env, xml_declaration=True, encoding="UTF-8")


def _with_namespace(element: etree._Element, ns: str) -> etree._Element:
    out = etree.Element(
        f"{{{ns}}}{etree.QName(element).localname}", element.attrib, nsmap={None: ns}
    )
    out.text = element.text
    for child in element:
        if isinstance(child.tag, str):
            out.append(_with_namespace(child, ns))
    out.tail = element.tail
    return out


def unwrap(root: etree._Element, correlation_id: str | None = None) -> etree._Element:
    """The message inside a SOAP envelope (or ``root`` itself when it is not an envelope).

    Raises the mapped ``IngramError`` for a Fault, ``XmlRefusedError`` for an empty body.
    """
    qn = etree.QName(root)
    if qn.localname != "Envelope" or qn.namespace not in (SOAP11_NS, SOAP12_NS):
        return root
    body = next((c for c in root if isinstance(c.tag, str) and etree.QName(c).localname == "Body"), None)  # fmt: skip
    children = [c for c in body if isinstance(c.tag, str)] if body is not None else []
    if not children:
        raise XmlRefusedError(QT_TRANSLATE_NOOP("Errors", "Ingram's SOAP answer had an empty body"))
    first = children[0]
    if etree.QName(first).localname == "Fault":
        raise _fault(first, correlation_id)
    return first


def _fault(fault: etree._Element, correlation_id: str | None) -> IngramError:
    def text(*names: str) -> str:
        for el in fault.iter():
            if isinstance(el.tag, str) and etree.QName(el).localname in names:
                return " ".join("".join(el.itertext()).split())
        return ""

    code = text("faultcode", "Value")
    string = text("faultstring", "Text")
    detail = text("detail", "Detail")
    return error_from_fault(code, string, detail, correlation_id)
