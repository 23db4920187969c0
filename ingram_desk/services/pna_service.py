"""Price & availability for up to 20 items per request (the seed's limit), in one HTTP call.

``check`` returns one ``PnaResult`` per requested item in the order given, with warehouse
names/locations resolved for the profile's country, local vs central marked and ETAs.
"""

from __future__ import annotations

from ingram_desk.domain.availability import PnaResult
from ingram_desk.domain.errors import BadRequestError, FieldError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.ingram.api import IngramApi
from ingram_desk.ingram.rate_limit import Priority
from ingram_desk.services.events import RATE_BUDGET_CHANGED, EventHub

__all__ = ["MAX_ITEMS", "PnaService"]

#: one purchaser request checks at most 20 items (seed / XML P&A limit)
MAX_ITEMS = 20


class PnaService:
    def __init__(self, client: IngramApi, events: EventHub | None = None) -> None:
        self.client = client
        self.events = events or EventHub()

    @staticmethod
    def clean(items: list[str]) -> list[str]:
        """Trim, drop blanks and repeats (first occurrence wins), keep order."""
        seen: dict[str, None] = {}
        for item in items:
            text = item.strip()
            if text and text.upper() not in (k.upper() for k in seen):
                seen.setdefault(text)
        return list(seen)

    async def check(
        self, items: list[str], *, priority: Priority = Priority.INTERACTIVE
    ) -> list[PnaResult]:
        queries = self.clean(items)
        if not queries:
            raise BadRequestError(
                QT_TRANSLATE_NOOP("Errors", "Enter at least one SKU, vendor part number or EAN"),
                fields=(FieldError("items", "empty"),),
            )
        if len(queries) > MAX_ITEMS:
            raise BadRequestError(
                QT_TRANSLATE_NOOP("Errors", "At most {most} items per check ({given} given)"),
                values={"most": MAX_ITEMS, "given": len(queries)},
                fields=(FieldError("items", f"at most {MAX_ITEMS}"),),
                remedial_action=QT_TRANSLATE_NOOP(
                    "Errors", "Split the list, or use the catalogue for bulk prices."
                ),
            )
        try:
            return await self.client.price_and_availability(queries, priority=priority)
        finally:
            self.events.emit(RATE_BUDGET_CHANGED, self.client.budget())
