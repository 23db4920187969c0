"""Small lxml helpers shared by the message builders and readers (local names, lenient text)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from lxml import etree

__all__ = ["add", "all_of", "attr", "first", "num", "text", "to_bytes", "when", "xml_int"]


def add(parent: etree._Element, tag: str, value: object = None, **attrs: str) -> etree._Element:
    """Append ``<tag attrs>value</tag>`` (lxml escapes everything; no string splicing)."""
    el = etree.SubElement(parent, tag, {k: str(v) for k, v in attrs.items()})
    if value is not None:
        el.text = str(value)
    return el


def first(el: etree._Element | None, *path: str) -> etree._Element | None:
    """The first descendant along ``path`` by local name (any namespace)."""
    for name in path:
        if el is None:
            return None
        el = el.find(f"{{*}}{name}")
    return el


def all_of(el: etree._Element | None, name: str) -> list[etree._Element]:
    return [] if el is None else list(el.iterfind(f"{{*}}{name}"))


def text(el: etree._Element | None, *path: str) -> str:
    node = first(el, *path) if path else el
    return "" if node is None else " ".join("".join(node.itertext()).split())


def attr(el: etree._Element | None, name: str) -> str:
    return "" if el is None else (el.get(name) or "").strip()


def num(value: str) -> Decimal | None:
    """A price: dot or comma decimal, blanks → None (reference §13)."""
    value = value.strip().replace(",", ".")
    if not value:
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def xml_int(value: str) -> int | None:
    try:
        return int(Decimal(value.strip()))
    except (InvalidOperation, ValueError):
        return None


def when(value: str) -> date | None:
    """``YYYY-MM-DD``, ``YYYYMMDD`` or a timestamp's date part; anything else → None."""
    value = value.strip()
    for fmt, size in (("%Y-%m-%d", 10), ("%Y%m%d", 8)):
        try:
            return datetime.strptime(value[:size], fmt).date()
        except ValueError:
            continue
    return None


def to_bytes(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
