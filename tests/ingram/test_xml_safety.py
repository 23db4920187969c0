"""The one XML parser factory refuses hostile documents (reliability §3, scenarios C1–C3), and
nothing else in the package parses XML."""

from __future__ import annotations

import ast
import socket
import threading
from pathlib import Path

import pytest

from ingram_desk.domain.errors import (
    AuthError,
    BadRequestError,
    ResponseFormatError,
    ServerError,
)
from ingram_desk.ingram.xml import soap
from ingram_desk.ingram.xml.safe import MAX_XML_BYTES, XmlRefusedError, parse_xml

PACKAGE = Path(__file__).resolve().parents[2] / "ingram_desk"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<PNAResponse><Version>&lol9;</Version></PNAResponse>"""


def quadratic() -> bytes:
    blob = "x" * 50_000
    refs = "&a;" * 50_000
    return (
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "{blob}">]><PNAResponse>{refs}</PNAResponse>'
    ).encode()


def external_entity(secret: Path) -> bytes:
    return (
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<PNAResponse><Version>&x;</Version></PNAResponse>"
    ).encode()


class _Recorder:
    """A loopback TCP port that counts the connections made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()


def test_billion_laughs_is_refused():
    with pytest.raises(XmlRefusedError, match="DOCTYPE"):
        parse_xml(BILLION_LAUGHS)


def test_quadratic_blowup_is_refused():
    with pytest.raises(XmlRefusedError, match="DOCTYPE"):
        parse_xml(quadratic())


def test_external_entity_reads_no_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    with pytest.raises(XmlRefusedError) as info:
        parse_xml(external_entity(secret))
    assert "TOP-SECRET-VALUE" not in str(info.value)


def test_external_dtd_makes_no_connection():
    recorder = _Recorder()
    try:
        doc = (
            f'<?xml version="1.0"?><!DOCTYPE r SYSTEM "http://127.0.0.1:{recorder.port}/x.dtd">'
            "<PNAResponse/>"
        ).encode()
        with pytest.raises(XmlRefusedError):
            parse_xml(doc)
    finally:
        recorder.close()
    assert recorder.connections == 0


def test_doctype_hidden_behind_utf16_bom_is_refused():
    doc = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE r [<!ENTITY a "b">]><r>&a;</r>'
    with pytest.raises(XmlRefusedError, match="DOCTYPE"):
        parse_xml(doc.encode("utf-16"))


def test_a_100_mb_body_is_refused_before_parsing():
    body = b"<PNAResponse>" + b" " * (100 * 1024 * 1024) + b"</PNAResponse>"
    with pytest.raises(XmlRefusedError, match="too large"):
        parse_xml(body)
    assert len(body) > MAX_XML_BYTES


@pytest.mark.parametrize(
    "body",
    [b'{"products": []}', b"<html><body><h1>502 Proxy Error</h1>", b"", b"\x00\xff\xfe garbage"],
)
def test_non_xml_bodies_are_refused_as_unreadable(body):
    with pytest.raises(XmlRefusedError):
        parse_xml(body)


def test_text_is_refused_only_bytes_are_parsed():
    with pytest.raises(TypeError):
        parse_xml("<a/>")  # type: ignore[arg-type]


def test_deep_nesting_hits_libxml2_limits():
    depth = 100_000
    body = b"<a>" * depth + b"</a>" * depth
    with pytest.raises(XmlRefusedError):
        parse_xml(body)


def test_iso_8859_1_declaration_is_honoured():
    body = '<?xml version="1.0" encoding="ISO-8859-1"?><Description>Gerät</Description>'
    assert parse_xml(body.encode("latin-1")).text == "Gerät"


def test_processing_instructions_and_comments_are_dropped():
    root = parse_xml(b"<r><?pi x?><!-- c --><a>1</a></r>")
    assert [c.tag for c in root] == ["a"]


# ---- SOAP faults (C3) --------------------------------------------------------------------------
def fault(code: str, text: str, detail: str = "") -> bytes:
    return (
        f'<s:Envelope xmlns:s="{soap.SOAP11_NS}"><s:Body><s:Fault><faultcode>s:{code}</faultcode>'
        f"<faultstring>{text}</faultstring><detail>{detail}</detail></s:Fault></s:Body>"
        "</s:Envelope>"
    ).encode()


@pytest.mark.parametrize(
    ("code", "text", "detail", "kind"),
    [
        ("Client", "Quantity must be numeric", "", BadRequestError),
        ("Server", "Backend unavailable", "", ServerError),
        ("Client", "Login failed", "", AuthError),
        ("Client", "refused", "ErrorNumber 20007", AuthError),
    ],
)
def test_soap_faults_map_to_typed_errors(code, text, detail, kind):
    with pytest.raises(kind) as info:
        soap.unwrap(parse_xml(fault(code, text, detail)), "cid-1")
    assert info.value.correlation_id == "cid-1"
    assert info.value.remedial_action


def test_empty_soap_body_is_unreadable():
    body = f'<s:Envelope xmlns:s="{soap.SOAP11_NS}"><s:Body/></s:Envelope>'.encode()
    with pytest.raises(ResponseFormatError):
        soap.unwrap(parse_xml(body))


# ---- one parser --------------------------------------------------------------------------------
def test_nothing_else_in_the_app_parses_xml():
    """``etree.fromstring``/``etree.parse``/``iterparse``/``XML()`` only in the one factory (the
    sandbox, which may not import client code, has its own locked-down copy)."""
    allowed = {PACKAGE / "ingram" / "xml" / "safe.py", PACKAGE / "sandbox" / "imxml_routes.py"}
    bad = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in (
                "fromstring", "parse", "iterparse", "XML", "fromstringlist", "XMLParser",
            ):  # fmt: skip
                base = node.value
                named = isinstance(base, ast.Name) and base.id in ("etree", "ET", "ElementTree")
                if named and path not in allowed:
                    bad.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert bad == []


def test_a_doctype_after_a_long_prolog_is_still_refused_after_parsing():
    """Past the pre-parse look at the first 4 kB, the parser (entities off, no DTD loading)
    reads the document without expanding anything and the DOCTYPE is refused afterwards."""
    comment = b"<!--" + b"x" * 10_000 + b"-->"
    body = b'<?xml version="1.0"?>' + comment + BILLION_LAUGHS.split(b"?>", 1)[1]
    with pytest.raises(XmlRefusedError, match=r"DOCTYPE|entity"):
        parse_xml(body)
