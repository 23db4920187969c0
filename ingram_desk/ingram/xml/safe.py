"""The one XML parser factory: every byte of XML from outside the app is parsed here.

Reliability §3.2: entity resolution, DTD loading and network access are off, libxml2's limits
stay on (``huge_tree=False``), the size is capped *before* parsing, and any DOCTYPE is refused
(IM-XML and SOAP have no use for one). ``etree.fromstring``/``etree.parse`` are called nowhere
else (a test enforces it).
"""

from __future__ import annotations

import codecs

from lxml import etree

from ingram_desk.domain.errors import ResponseFormatError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP

__all__ = ["MAX_XML_BYTES", "XmlRefusedError", "is_xml_content_type", "parse_xml", "safe_parser"]

_ANSWER = QT_TRANSLATE_NOOP("Errors", "Ingram's answer")
_DOCTYPE = QT_TRANSLATE_NOOP("Errors", "{what} declared a DOCTYPE, which is refused")
#: largest XML document accepted (an IM-XML answer for 20 items is a few kB)
MAX_XML_BYTES = 10_000_000
_HEAD = 4096
_XML_TYPES = ("text/xml", "application/xml", "application/soap+xml")


class XmlRefusedError(ResponseFormatError):
    """An XML document was refused unread (too large, DOCTYPE, entities) or could not be parsed."""

    kind = "bad_xml"


def safe_parser() -> etree.XMLParser:
    """A fresh parser with every dangerous feature off (parsers are not thread-safe: one per call)."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        attribute_defaults=False,
        huge_tree=False,
        remove_pis=True,
        remove_comments=True,
        collect_ids=False,
        recover=False,
    )


def is_xml_content_type(content_type: str) -> bool:
    """True for ``text/xml``, ``application/xml``, ``application/soap+xml`` and ``*+xml``."""
    media = content_type.split(";")[0].strip().lower()
    return media in _XML_TYPES or media.endswith("+xml")


def _head_text(data: bytes) -> str:
    """The document's first bytes as text, whatever its BOM (to spot a DOCTYPE before parsing)."""
    head = data[:_HEAD]
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            return head[len(bom) :].decode(enc, "ignore")
    if len(head) > 1 and head[0] == 0 and head[1] != 0:
        return head.decode("utf-16-be", "ignore")
    if len(head) > 1 and head[1] == 0 and head[0] != 0:
        return head.decode("utf-16-le", "ignore")
    return head.decode("latin-1")


def parse_xml(data: bytes, *, what: str = _ANSWER, limit: int = MAX_XML_BYTES):
    """Parse untrusted bytes into an element; ``XmlRefusedError`` for anything unsafe or broken.

    ``what`` names the document in the messages; it is a text marked under "Errors".

    Never takes ``str`` (lxml must read the encoding declaration itself).
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError("parse_xml takes bytes")
    data = bytes(data)
    if len(data) > limit:
        raise XmlRefusedError(
            QT_TRANSLATE_NOOP(
                "Errors", "{what} was too large to read ({size:,} bytes, limit {limit:,})"
            ),
            values={"what": what, "size": len(data), "limit": limit},
            reason="Oversized XML is refused before parsing.",
        )
    if not data.strip():
        raise XmlRefusedError(
            QT_TRANSLATE_NOOP("Errors", "{what} was empty"),
            reason="No XML document was received.",
            values={"what": what},
        )
    if "<!DOCTYPE" in _head_text(data).upper():
        raise XmlRefusedError(
            _DOCTYPE,
            reason="DTDs and entity declarations are never read (XML safety).",
            values={"what": what},
        )
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise XmlRefusedError(
            QT_TRANSLATE_NOOP("Errors", "{what} could not be read as XML ({problem})"),
            values={"what": what, "problem": str(exc)[:120]},
            reason="The XML was malformed, cut short, or not XML at all.",
            remedial_action=QT_TRANSLATE_NOOP(
                "Errors", "Retry; if it persists, check the XML endpoint in the profile."
            ),
        ) from None
    tree = root.getroottree()
    info = tree.docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise XmlRefusedError(_DOCTYPE, values={"what": what})
    if any(isinstance(node, etree._Entity) for node in root.iter()):
        raise XmlRefusedError(
            QT_TRANSLATE_NOOP("Errors", "{what} contained entity references, which are refused"),
            values={"what": what},
        )
    return root
