"""The P&A tab: enter, paste or drop up to 20 items, one live call, results with warehouses."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ingram_desk.domain.availability import PnaResult
from ingram_desk.services.table_export import csv_rows
from ingram_desk.ui import formats
from ingram_desk.ui.async_tasks import TaskRunner
from ingram_desk.ui.dialogs.choose_product_dialog import choose_product
from ingram_desk.ui.models.columns import format_value
from ingram_desk.ui.models.pna_model import PnaModel
from ingram_desk.ui.paste_parsing import parse_items
from ingram_desk.ui.widgets.header_fit import fit_column

__all__ = ["MAX_ITEMS", "PNA_TASK", "ItemsEdit", "PnaTab"]

MAX_ITEMS = 20
PNA_TASK = "pna-check"


class ItemsEdit(QPlainTextEdit):
    """Plain-text item list; a paste or drop of any text is normalised to one code per line."""

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text() if source.hasText() else ""
        if source.hasUrls():  # a dropped list (.txt/.csv): read small local files only
            text = "\n".join(_read_small(u.toLocalFile()) for u in source.urls() if u.isLocalFile())
        if text:
            items = parse_items(text)
            if items:
                prefix = "" if self.textCursor().atBlockStart() else "\n"
                self.insertPlainText(prefix + "\n".join(items) + "\n")
                return
        super().insertFromMimeData(source)

    def items(self) -> list[str]:
        return parse_items(self.toPlainText())


class PnaTab(QWidget):
    """Emits ``add_to_order_requested`` ((sku, qty) pairs) and ``check_finished`` (result count)."""

    add_to_order_requested = Signal(list)
    check_finished = Signal(int)

    def __init__(
        self, pna: Any, catalogue: Any, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pna = pna
        self.catalogue = catalogue
        self.runner = runner
        self.last_items: list[str] = []

        self.items = ItemsEdit(self)
        self.items.setPlaceholderText(
            self.tr(
                "Enter, paste or drop up to 20 items — Ingram SKUs, vendor part numbers or EANs.\n"
                "One per line, a column copied from a spreadsheet, or a whole e-mail."
            )
        )
        self.count_label = QLabel("0 / 20", self)
        self.check_button = QPushButton(self.tr("Check live P&&A"), self)
        self.check_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.check_button.setToolTip(self.tr("One live call for the batch (Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setObjectName("pnaMessage")

        input_buttons = QHBoxLayout()
        input_buttons.addWidget(self.count_label)
        input_buttons.addStretch(1)
        input_buttons.addWidget(self.cancel_button)
        input_buttons.addWidget(self.check_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Items</b>"), self))
        left_layout.addWidget(self.items, 1)
        left_layout.addLayout(input_buttons)
        left_layout.addWidget(self.message)

        self.model = PnaModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setUniformRowHeights(True)
        for i, col in enumerate(self.model.columns):
            fit_column(self.view, i, col.width)
        # the Status column sizes to its text after each check (see _fit_status)
        self.view.header().setStretchLastSection(False)
        self.view.viewport().installEventFilter(self)  # the Description follows the width

        self.quantity = QSpinBox(self)
        self.quantity.setRange(1, 9999)
        self.quantity.setPrefix(self.tr("Qty "))
        self.add_button = QPushButton(self.tr("Add to order"), self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setShortcut(QKeySequence("F5"))
        self.copy_text_button = QPushButton(self.tr("Copy as text"), self)
        self.copy_csv_button = QPushButton(self.tr("Copy as CSV"), self)
        actions = QHBoxLayout()
        for w in (self.quantity, self.add_button, self.refresh_button):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.copy_text_button)
        actions.addWidget(self.copy_csv_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(
            QLabel(
                self.tr("<b>Live price &amp; availability</b> — expand a row for each warehouse"),
                self,
            )
        )
        right_layout.addWidget(self.view, 1)
        right_layout.addLayout(actions)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

        copy_action = QAction(self.tr("Copy"), self)
        copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_action.triggered.connect(self.copy_text)
        self.view.addAction(copy_action)

        self.items.textChanged.connect(self._update_count)
        self.check_button.clicked.connect(self.check_entered)
        self.cancel_button.clicked.connect(lambda: self.runner.cancel(PNA_TASK))
        self.refresh_button.clicked.connect(self.refresh)
        self.add_button.clicked.connect(self.add_selected_to_order)
        self.copy_text_button.clicked.connect(self.copy_text)
        self.copy_csv_button.clicked.connect(self.copy_csv)

    # starting checks ----------------------------------------------------------------------

    def set_items(self, items: list[str]) -> None:
        self.items.setPlainText("\n".join(items))

    def check_items(self, items: list[str]) -> None:
        """Fill the list and run the check (from the catalogue's "Check live P&A")."""
        self.set_items(items)
        self.check_entered()

    def check_entered(self) -> None:
        items = self.items.items()
        if not items:
            self.message.setText(self.tr("Enter at least one SKU, vendor part number or EAN."))
            return
        if len(items) > MAX_ITEMS:
            self.message.setText(
                self.tr(
                    "<b>{v0} items — a live check takes at most {MAX_ITEMS}.</b> Nothing was sent; remove some lines or split the list."
                ).format(v0=len(items), MAX_ITEMS=MAX_ITEMS)
            )
            return
        self.last_items = items
        self.message.setText(self.tr("Checking…"))
        self.cancel_button.setEnabled(True)
        task = self.runner.start(
            PNA_TASK, self._check(items), busy=[self.check_button, self.refresh_button]
        )
        if task is not None:
            task.add_done_callback(self._check_done)

    def refresh(self) -> None:
        if self.last_items:
            self.set_items(self.last_items)
            self.check_entered()

    async def _check(self, items: list[str]) -> None:
        try:
            asked: dict[str, list[str]] = {}  # the SKU checked → the codes typed for it
            for item in items:
                sku = await self._resolve(item)
                if sku is not None:
                    asked.setdefault(sku, []).append(item)
            if not asked:
                self.message.setText(self.tr("Nothing to check."))
                return
            # each result says what was typed for it (a VPN, an EAN), not the SKU it became
            results = [
                replace(r, query=", ".join(asked.get(r.query, [r.query])))
                for r in await self.pna.check(list(asked))
            ]
            file_products = await self.catalogue.products_by_sku([r.sku for r in results if r.sku])
            self.model.set_results(results, file_products)
            self._expand_first()
            self._fit_status()
            self.message.setText(_summary(results))
            self.check_finished.emit(len(results))
        except Exception:
            self.message.setText(self.tr("The check did not complete (see the message above)."))
            raise

    def _fit_status(self) -> None:
        """Widen the Status column to its longest text, never below its default width."""
        keys = [c.key for c in self.model.columns]
        # the ETA column as wide as its dates (and title), not its 150 px default: at 1280 px
        # in German the Status column ran off the right edge
        self.view.resizeColumnToContents(keys.index("eta"))
        col = keys.index("status")
        self.view.resizeColumnToContents(col)
        contents = self.view.columnWidth(col)
        width = max(fit_column(self.view, col, self.model.columns[col].width), contents)
        self.view.setColumnWidth(col, width)
        self._fit_description()

    def _fit_description(self) -> None:
        """The Description takes the room the other columns leave, up to its longest text: it
        gives way (elided, full text in its tooltip) so Status stays in view, and widens when
        the window does; the view scrolls only when even 150 px do not fit."""
        desc = [c.key for c in self.model.columns].index("description")
        header = self.view.header()
        room = self.view.viewport().width() - (header.length() - header.sectionSize(desc))
        wanted = max(self.view.sizeHintForColumn(desc), self.model.columns[desc].width)
        self.view.setColumnWidth(desc, max(150, min(wanted, room)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_description()
        return super().eventFilter(watched, event)

    def _check_done(self, task: Any) -> None:
        """Runs however the task ended, even when it was cancelled before it started."""
        try:
            if task.cancelled():
                self.message.setText(self.tr("Check cancelled; the results shown are from before."))
            self.cancel_button.setEnabled(False)
        except RuntimeError:  # the tab was deleted meanwhile
            pass

    async def _resolve(self, item: str) -> str | None:
        """SKU for a typed code through the catalogue; ask when several articles match."""
        matches = await self.catalogue.lookup(item)
        if not matches:
            return item  # unknown here: Ingram resolves SKUs it knows
        if len(matches) == 1:
            return matches[0].sku
        chosen = await choose_product(item, matches, self)
        return chosen.sku if chosen is not None else None

    def _expand_first(self) -> None:
        for row in range(self.model.rowCount()):
            if self.model.rowCount(self.model.index(row, 0)):
                self.view.expand(self.model.index(row, 0))
                return

    # results actions ------------------------------------------------------------------------

    def selected_results(self) -> list[PnaResult]:
        seen: list[PnaResult] = []
        for index in self.view.selectionModel().selectedRows():
            r = self.model.result(index)
            if r is not None and r not in seen:
                seen.append(r)
        return seen or self.model.results

    def add_selected_to_order(self) -> None:
        qty = self.quantity.value()
        lines = [(r.sku, qty) for r in self.selected_results() if r.sku and r.ok]
        if lines:
            self.add_to_order_requested.emit(lines)

    def as_rows(self, plain_numbers: bool = False) -> list[list[Any]]:
        """Header and one row per item; ``plain_numbers`` (CSV) keeps prices and quantities as
        numbers (Decimal, int) for the CSV writer, else every cell is the text on screen."""
        header = [c.title for c in self.model.columns] + [self.tr("Warehouses")]
        rows: list[list[Any]] = [header]
        central, local = self.tr("central"), self.tr("local")
        for r in self.model.results:
            cells = [
                c.value(r)
                if plain_numbers and c.kind in ("money", "stock")
                else format_value(c.kind, c.value(r))
                for c in self.model.columns
            ]
            wh = "; ".join(
                f"{w.id} {w.name} ({central if w.central else local}) {w.available}"
                for w in r.warehouses
            )
            rows.append([*cells, wh])
        return rows

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText("\n".join("\t".join(r) for r in self.as_rows()))

    def copy_csv(self) -> None:
        """CSV for the clerk's Excel: the locale's list separator and decimal mark (``;`` and
        ``1948,19`` in nl/de/fr), text cells quoted and guarded against formulas."""
        header, *rows = self.as_rows(plain_numbers=True)
        buf = io.StringIO(newline="")
        csv_rows(buf, header, rows, formats.csv_style(), lineterminator="\n")
        QGuiApplication.clipboard().setText(buf.getvalue())

    def _update_count(self) -> None:
        n = len(self.items.items())
        self.count_label.setText(f"{n} / {MAX_ITEMS}")
        self.count_label.setStyleSheet("color: #b3261e; font-weight: bold" if n > MAX_ITEMS else "")


def _read_small(path: str, limit: int = 256_000) -> str:
    """Text of a dropped file, or "" when it is large (a price file belongs in File › Import)."""
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError:
        return ""
    return "" if len(data) > limit else data.decode("utf-8-sig", errors="replace")


def _summary(results: list[PnaResult]) -> str:
    rejected = sum(1 for r in results if not r.ok)
    # lupdate reads no plural from translate(); a count after a colon needs none
    text = QCoreApplication.translate("PnaTab", "Items checked: {n}").format(n=len(results))
    return text + (
        QCoreApplication.translate(
            "PnaTab", ", {rejected} rejected by Ingram (see Status)."
        ).format(rejected=rejected)
        if rejected
        else "."
    )
