"""What the last import changed, article by article: new and removed articles, price rises and
cuts, stock gone or back (``ChangeDetails``), one kind or all, sortable by any column.
``show_in_catalogue`` carries the SKU of a row opened (double-click or the button) that the
catalogue still has."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ingram_desk.services import import_texts as said
from ingram_desk.ui import formats
from ingram_desk.ui.domain_texts import phrase_text
from ingram_desk.ui.models.changes_model import KIND_ROLE, SKU_ROLE, SORT_ROLE, ChangesModel
from ingram_desk.ui.models.sort_proxy import UnknownLastProxy
from ingram_desk.ui.widgets.header_fit import fit_column

if TYPE_CHECKING:
    from ingram_desk.services.catalogue_service import ChangeDetails

__all__ = ["ChangesDialog"]

_ALL = ""


class ChangesDialog(QDialog):
    show_in_catalogue = Signal(str)

    def __init__(
        self, details: ChangeDetails, kind: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What changed since the previous file"))
        self.model = ChangesModel(details, self)
        self.view_model = UnknownLastProxy(self)  # (a new article's old price: last)
        self.view_model.setSourceModel(self.model)
        self.view_model.setSortRole(SORT_ROLE)
        self.view_model.setFilterRole(KIND_ROLE)
        self.view_model.setFilterKeyColumn(0)
        self.table = QTableView(self)
        self.table.setModel(self.view_model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # (as listed: kind, then SKU)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate((110, 90, 130, 120, 300, 100, 100, 90)):
            fit_column(self.table, column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the description

        counts = details.summary.counts
        self.kinds = QComboBox(self)
        self.kinds.addItem(self.tr("All changes"), _ALL)
        for name, n in counts.items():
            if n:
                self.kinds.addItem(phrase_text(said.change_line(name, n)), name)
        listed = {name: len(items) for name, items in details.summary.items.items()}
        capped = [name for name, n in counts.items() if n > listed.get(name, 0)]
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        if capped:
            self.note.setText(
                self.tr(
                    "Each kind lists {n} articles at most (price changes the biggest first, the others by SKU); the counts above are complete."
                ).format(n=formats.quantity(max(listed.values(), default=0)))
            )
        elif not any(counts.values()):
            self.note.setText(
                self.tr("Nothing changed since the previous file, or there was none before it.")
            )
        self.note.setVisible(bool(self.note.text()))

        self.open_button = QPushButton(self.tr("&Show in catalogue"), self)
        self.open_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.kinds)
        top.addStretch(1)
        self.shown = QLabel(self)
        top.addWidget(self.shown)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

        self.kinds.currentIndexChanged.connect(self._filter)
        self.table.doubleClicked.connect(self._open)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.resize(1100, 560)
        self.show_kind(kind)

    def show_kind(self, kind: str | None) -> None:
        """List one kind of change (``query.CHANGE_KINDS``), or all of them (``None``)."""
        at = self.kinds.findData(kind or _ALL)
        self.kinds.setCurrentIndex(max(at, 0))
        self._filter()

    def _filter(self, *_args: object) -> None:
        kind = self.kinds.currentData() or _ALL
        self.view_model.setFilterRegularExpression(f"^{kind}$" if kind else "")
        self.shown.setText(self.tr("%n article(s) listed", "", self.view_model.rowCount()))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.open_button.setEnabled(self._sku(current) is not None)

    def _sku(self, index: QModelIndex) -> str | None:
        """The SKU of the row at ``index`` where the catalogue still has it."""
        if not index.isValid() or index.data(KIND_ROLE) == "removed":
            return None
        return index.data(SKU_ROLE)

    def _open(self, index: QModelIndex) -> None:
        sku = self._sku(index)
        if sku is not None:
            self.show_in_catalogue.emit(sku)
