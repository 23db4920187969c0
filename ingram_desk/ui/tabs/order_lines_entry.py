"""The Order tab's lines: added from the catalogue or P&A, typed or pasted ("1234567 3"), priced
from the latest live P&A when there is one, else from the price file (with its date), and the
order total under them."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtGui import QGuiApplication

from ingram_desk.services.order_journal import OrderState
from ingram_desk.ui import formats
from ingram_desk.ui.models.order_lines_model import FormLine
from ingram_desk.ui.order_lines_input import (
    LineInputError,
    live_price_source,
    parse_sku_quantities,
)
from ingram_desk.ui.tabs.tab_translation import Translated

__all__ = ["OrderLinesEntry"]


def _when(stamp: str) -> str:
    """A stored ISO time as the purchaser reads it ("15 Jan 2026 08:05"); text kept as is."""
    try:
        return formats.datetime_text(datetime.fromisoformat(stamp))
    except ValueError:
        return stamp


class OrderLinesEntry(Translated):
    """Mixin of ``OrderTab`` (which owns ``model``, ``entry``, ``catalogue``, ``runner``,
    ``_live``, ``_checked``, the add box and its message, ``lines_view``, ``total_label``,
    ``new_draft``, ``flush_draft`` and ``_lines_changed``)."""

    def remember_live(self, results: list[Any]) -> None:
        """Keep the P&A tab's latest answers: lines added later take the live price and its time."""
        now = datetime.now()
        for r in results:
            if r.ok and r.sku and r.customer_price is not None:
                self._live[r.sku.upper()] = (r, now)

    def add_lines(self, lines: list[tuple[str, int]]) -> None:
        """From the catalogue or P&A: (sku, quantity) pairs; starts a new draft after a submit.
        The price is the latest live P&A's when there is one, else the price file's."""
        if self.entry is not None and self.entry.state is not OrderState.DRAFT:
            self.new_draft()
        for sku, qty in lines:
            line = FormLine(sku.strip(), max(int(qty), 1))
            live = self._live.get(line.sku.upper())
            if live is not None:
                r, at = live
                line = replace(
                    line,
                    description=r.description,
                    unit_price=r.customer_price,
                    currency=r.currency or "",
                    price_source=live_price_source(formats.time_text(at)),
                )
            self.model.add(line)
        self._checked = False
        self._enrich([sku for sku, _ in lines])
        self.flush_draft()

    def add_typed(self) -> None:
        """Add what the box holds; a line with a bad quantity adds nothing and stays typed."""
        if self._parse_and_add(self.add_input.text()):
            self.add_input.clear()

    def paste_lines(self) -> None:
        self._parse_and_add(QGuiApplication.clipboard().text())

    def _parse_and_add(self, text: str) -> bool:
        try:
            pairs = parse_sku_quantities(text)
        except LineInputError as exc:
            self.add_message.setText(str(exc))
            self.add_message.show()
            return False
        self.add_message.hide()
        if pairs:
            self.add_lines(pairs)
        return bool(pairs)

    def remove_selected(self) -> None:
        rows = [i.row() for i in self.lines_view.selectionModel().selectedRows()]
        if rows:
            self.model.remove_rows(rows)
            self._lines_changed()

    def _enrich(self, skus: list[str]) -> None:
        if skus and self.catalogue is not None:
            self.runner.start(f"order-enrich-{id(self)}", self._enrich_from_file(), on_done=None)

    async def _enrich_from_file(self) -> None:
        """Fill description, price and currency from the price file for lines that have none.
        A code typed or pasted that is no SKU there but names one article (its vendor part
        number or EAN, or its SKU in lower case) becomes that article's SKU, as in P&A; one
        that names several stays as typed, and the box says to choose it in P&A. A draft saved
        before it was so is mended when opened."""
        missing = [ln.sku for ln in self.model.lines if ln.unit_price is None or not ln.description]
        if not missing:
            return
        products = await self.catalogue.products_by_sku(missing)
        several: list[str] = []
        # (an order sent is shown with the SKUs it was sent with)
        editable = self.entry is None or self.entry.state is OrderState.DRAFT
        for code in dict.fromkeys(c for c in missing if editable and c not in products):
            found = await self.catalogue.lookup(code)
            if len(found) == 1:
                products[code] = found[0]
            elif found:
                several.append(code)
        info = await self.catalogue.info()
        age = (
            OrderLinesEntry.tr("price file of {v0}").format(v0=_when(info.price_file_time))
            if info.price_file_time
            else OrderLinesEntry.tr("price file")
        )
        renamed = False
        for row, ln in enumerate(self.model.lines):
            p = products.get(ln.sku)
            if p is None or (ln.unit_price is not None and ln.description):
                continue
            renamed = renamed or p.sku != ln.sku
            self.model.replace_row(
                row,
                replace(
                    ln,
                    sku=p.sku,
                    description=ln.description or p.description,
                    unit_price=ln.unit_price if ln.unit_price is not None else p.customer_price,
                    currency=ln.currency or p.currency,
                    price_source=ln.price_source or age,
                ),
            )
        if renamed:
            self._lines_changed()  # (the draft keeps the SKU, not the code typed)
        if several:
            self.add_message.setText(
                OrderLinesEntry.tr(
                    "{codes}: the part number of several articles; choose one in P&A or the catalogue."
                ).format(codes=", ".join(f"“{c}”" for c in several))
            )
            self.add_message.show()

    def _update_total(self, *_: object) -> None:
        total = self.model.order_total()
        n = self.model.rowCount()
        cur = self.model.currency()
        text = OrderLinesEntry.tr("%n line(s)", "", n)
        if total is not None and n:
            text += OrderLinesEntry.tr(" — order total <b>{total}</b>").format(
                total=formats.money(total, cur)
            )
        elif n:
            text += OrderLinesEntry.tr(" — total unknown until every line has a price")
        self.total_label.setText(text)
