"""Asks which article an ambiguous code meant (a VPN or EAN that several SKUs share).

Opened with ``open()`` and awaited through its ``finished`` signal, never ``exec()`` — a nested
event loop inside a coroutine breaks qasync (architecture §1d.6).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ingram_desk.domain.product import Product
from ingram_desk.ui.models.columns import format_value

__all__ = ["ChooseProductDialog", "choose_product"]


class ChooseProductDialog(QDialog):
    def __init__(self, code: str, products: Sequence[Product], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which article?"))
        self.products = list(products)
        self.list = QListWidget(self)
        for p in self.products:
            price = format_value("money", p.customer_price, p.currency)
            QListWidgetItem(f"{p.sku}  {p.vendor} {p.vpn} — {p.description}  {price}", self.list)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("“{code}” matches {v1} articles. Pick one:").format(
                    code=code, v1=len(self.products)
                ),
                self,
            )
        )
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 300)

    def chosen(self) -> Product | None:
        row = self.list.currentRow()
        return self.products[row] if 0 <= row < len(self.products) else None


async def choose_product(
    code: str, products: Sequence[Product], parent: QWidget | None = None
) -> Product | None:
    """Show the dialog window-modally and wait for the answer without a nested event loop."""
    dialog = ChooseProductDialog(code, products, parent)
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    dialog.finished.connect(lambda r: done.done() or done.set_result(r))
    dialog.open()
    try:
        result = await done
        return dialog.chosen() if result == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
