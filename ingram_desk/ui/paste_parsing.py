"""Turns pasted text into item codes for P&A: one per line, a spreadsheet column, or e-mail prose."""

from __future__ import annotations

import re

__all__ = ["parse_items"]

_CELL_SPLIT = re.compile(r"[\t;|]")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9#/._+-]*[A-Za-z0-9#]|[A-Za-z0-9]")
_QUOTE_PREFIX = re.compile(r"^\s*(?:>\s*)+")
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
#: words that look like codes in mail text but never are
_NOISE = {"re", "fw", "fwd", "eur", "chf", "gbp", "usd", "pcs"}
_PHONE = {"tel", "fax", "mobile", "phone", "mob"}
#: a phone number written without a label: "+31 30 123 4567", "030/123-4567", "(030) 123 45 67"
_PHONE_RUN = re.compile(r"(?<![\w#])\+?\(?\d[\d()]*\)?(?:[ /-]\(?\d[\d()]*\)?){2,}(?![\w#])")
#: amounts with grouped thousands or two decimals: "1.250,00", "1,250.00", "1.250", "12,50"
_AMOUNT = re.compile(
    r"(?<![\w.,#])(?:\d{1,3}(?:[.,'’]\d{3})+(?:[.,]\d{1,2})?|\d+[.,]\d{1,2})(?![\w#]|[.,]\d)"
)


def _looks_like_code(token: str) -> bool:
    """An SKU, VPN or EAN has a digit and at least 4 characters; dates and prices are not codes."""
    if len(token) < 4 or len(token) > 40 or not any(ch.isdigit() for ch in token):
        return False
    if _DATE.match(token) or token.lower() in _NOISE:
        return False
    # "212.40", "1,200": prices and amounts
    return not re.fullmatch(r"\d{1,6}[.,]\d{1,2}", token)


def parse_items(text: str) -> list[str]:
    """Item codes in the order first seen, without duplicates.

    * a line holding one token is taken as is (``ABC-123``, ``4XJ09A#ABD``);
    * a spreadsheet row (cells split by tab, ``;`` or ``|``) gives its first cell that looks like
      a code, so a copied "SKU / qty / price" block yields the SKUs;
    * any other line is prose: every token that looks like a code is taken.
    """
    items: list[str] = []
    seen: set[str] = set()

    def add(code: str) -> None:
        code = code.strip().strip("\"'()[]<>,.:")
        if code and code.upper() not in seen:
            seen.add(code.upper())
            items.append(code)

    for raw in text.splitlines():
        line = _QUOTE_PREFIX.sub("", raw).strip()
        if not line:
            continue
        cells = [c.strip() for c in _CELL_SPLIT.split(line) if c.strip()]
        if len(cells) > 1:
            for cell in cells:
                if " " not in cell and _looks_like_code(cell):
                    add(cell)
                    break
            continue
        if " " not in line and "," not in line:
            add(line)
            continue
        prose = _AMOUNT.sub(" ", _PHONE_RUN.sub(" ", line))
        for token in _TOKEN.findall(prose.replace(",", " ")):
            if token.lower() in _PHONE:  # the rest of the line is a phone number
                break
            if _looks_like_code(token):
                add(token)
    return items
