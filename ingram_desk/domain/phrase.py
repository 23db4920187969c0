"""English text that the window can say again in the user's language: a marked template + values.

The layers without Qt (domain, services, catalogue) build the texts they store or hand up (the
order journal's reasons and last errors, a price file's import problems) as a ``Phrase``: a
``str`` that *is* the English text, so the log, the command line and JSON read it as before, and
that also keeps its lupdate context, template, named values and count (``%n``). The window
shows it through ``ingram_desk.ui.domain_texts.phrase_text``.

Marking: ``JournalTexts.tr("placed: Ingram order {orders}", orders=…)`` (a ``Texts`` subclass per
context) is read by ``pyside6-lupdate`` like a class's ``tr()`` (plural forms too:
``JournalTexts.tr("%n line(s) …", "", n, …)``) and returns the Phrase; it translates nothing.

Storing: ``stored()`` keeps the English text first, then a unit separator and the JSON of the
rest, in the same text column as before; ``from_stored()`` reads it back. A text written before
phrases existed (no separator) reads back as the plain text it is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["CatalogueTexts", "JournalTexts", "Phrase", "Texts", "from_stored", "stored"]

#: between the English text and the JSON of its template in a stored text
SEPARATOR = "\x1f"
#: a counted noun's ending for one and for more, where English adds more than an "s"
_ENDINGS = re.compile(r"\((\w*)\|(\w*)\)")


def _english(template: str, values: Mapping[str, object], count: int | None) -> str:
    """The English text: a count written in, its noun's ``(s)`` as English counts it ("1 line",
    "2 lines"), or its ``(one|more)`` ending ("%Ln categor(y|ies)": "1 category"); the
    window's English plurals come from its translation file."""
    text = template
    if count is not None:
        text = text.replace("%Ln", f"{count:,}").replace("%n", str(count))
        text = text.replace("(s)", "" if count == 1 else "s")
        text = _ENDINGS.sub(lambda ending: ending[1 if count == 1 else 2], text)
    return text.format(**values) if values else text


class Phrase(str):
    """The English text (``str(self)``) plus how to say it again: context, template, values."""

    context: str
    template: str
    values: dict[str, object]
    count: int | None

    def __new__(
        cls,
        context: str,
        template: str,
        values: Mapping[str, object] | None = None,
        count: int | None = None,
        english: str | None = None,
    ) -> Phrase:
        values = dict(values or {})
        self = super().__new__(
            cls, _english(template, values, count) if english is None else english
        )
        self.context = context
        self.template = template
        self.values = values
        self.count = count
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Phrase, (self.context, self.template, self.values, self.count, str(self)))

    @classmethod
    def join(cls, parts: Iterable[str], sep: str = " ", english: str | None = None) -> Phrase:
        """Texts (phrases or not) side by side; the joint itself is not translated."""
        kept = [p for p in parts if p]
        template = sep.join(f"{{p{i}}}" for i in range(len(kept)))
        return cls("", template, {f"p{i}": p for i, p in enumerate(kept)}, None, english)

    def _fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {"c": self.context, "t": self.template}
        if self.count is not None:
            fields["n"] = self.count
        if self.values:
            fields["v"] = {k: _dump(v) for k, v in self.values.items()}
        return fields

    def stored(self) -> str:
        """The English text, the separator and the JSON of the rest (one text column)."""
        data = json.dumps(self._fields(), ensure_ascii=False, separators=(",", ":"))
        return str.__str__(self).replace(SEPARATOR, " ") + SEPARATOR + data


def _dump(value: object) -> object:
    if isinstance(value, Phrase):
        return {"s": str(value), **value._fields()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _load(data: Mapping[str, Any], english: str) -> Phrase:
    values = {
        k: _load(v, v.get("s", "")) if isinstance(v, dict) else v
        for k, v in data.get("v", {}).items()
    }
    count = data.get("n")
    return Phrase(str(data["c"]), str(data["t"]), values, count, english)


def stored(text: str | None) -> str | None:
    """What a text column keeps of ``text``: a Phrase with its template, any other as it is."""
    if isinstance(text, Phrase):
        return text.stored()
    return text


def from_stored(text: str | None) -> str | None:
    """A stored text as the Phrase it was (or as it is: a row written before phrases)."""
    if not text or SEPARATOR not in text:
        return text
    english, _, data = text.partition(SEPARATOR)
    try:
        return _load(json.loads(data), english)
    except (ValueError, KeyError, TypeError, AttributeError):
        return english


class Texts:
    """A context's marker: ``Subclass.tr(template, "", n, **values)`` is the Phrase (no Qt here).

    ``pyside6-lupdate`` reads the call as a class's ``tr()``: the class name is the context."""

    @classmethod
    def tr(
        cls, template: str, disambiguation: str = "", n: int | None = None, /, **values: object
    ) -> Phrase:
        del disambiguation
        return Phrase(cls.__name__, template, values, n)


class JournalTexts(Texts):
    """What the order journal says about an order: its events' reasons and its last error."""


class CatalogueTexts(Texts):
    """What a price-file import says: refusals and the problems of single rows."""
