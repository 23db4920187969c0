"""The mapping step for a price file whose layout is not recognised: which column holds what."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.services.catalogue_service import (
    LIST_FIELDS,
    MAPPABLE_FIELDS,
    REQUIRED_FIELDS,
    UserMapping,
    guess_columns,
)

__all__ = ["FIELD_LABELS", "ColumnMappingDialog"]

#: worth pointing at where the file has them (the search and the order form show them), but
#: an import runs without: a supplier's list may have no vendor part number
RECOMMENDED_FIELDS = ("vpn", "description")
#: canonical field -> label, in the order the dialog offers them
FIELD_LABELS = {
    "sku": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Ingram SKU"),
    "vpn": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Vendor part number"),
    "description": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Description"),
    "customer_price": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Your price"),
    "ean": "EAN / UPC",
    "vendor": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Vendor"),
    "retail_price": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Retail price"),
    "stock": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Stock"),
    "eta": QT_TRANSLATE_NOOP("ColumnMappingDialog", "ETA"),
    "category_path": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Category"),
    "category_code": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Category code"),
    "currency": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Currency"),
    "vendor_code": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Vendor code"),
    "status": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Status"),
    "datasheet_url": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Datasheet link"),
    "image_url": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Image link"),
    "icecat_id": QT_TRANSLATE_NOOP("ColumnMappingDialog", "Icecat id"),
}
_NOT_IN_FILE = QT_TRANSLATE_NOOP("ColumnMappingDialog", "— not in this file —")
_DECIMALS = (
    (QT_TRANSLATE_NOOP("ColumnMappingDialog", "Detect from the values"), None),
    (QT_TRANSLATE_NOOP("ColumnMappingDialog", "Comma: 1.234,56"), True),
    (QT_TRANSLATE_NOOP("ColumnMappingDialog", "Point: 1,234.56"), False),
)
_DELIMITER_NAMES = {
    ";": QT_TRANSLATE_NOOP("ColumnMappingDialog", "semicolon-separated"),
    ",": QT_TRANSLATE_NOOP("ColumnMappingDialog", "comma-separated"),
    "\t": QT_TRANSLATE_NOOP("ColumnMappingDialog", "tab-separated"),
    "|": QT_TRANSLATE_NOOP("ColumnMappingDialog", "pipe-separated"),
}


class ColumnMappingDialog(QDialog):
    """Non-modal use: ``open()`` it and listen; ``mapping_chosen`` carries a ``UserMapping``
    (columns by header name, so it is remembered for this file shape); rejecting means no import."""

    mapping_chosen = Signal(object)

    def __init__(
        self,
        file_name: str,
        header: Sequence[str],
        samples: Sequence[Sequence[str]] = (),
        *,
        delimiter: str = "",
        encoding: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of {file_name}").format(file_name=file_name))
        self.header = [h.strip() for h in header]
        intro = QLabel(
            self.tr(
                "Ingram Desk does not recognise the columns of <b>{file_name}</b>. Choose which column holds what (<b>*</b> = needed). The choice is remembered: the next file with these columns imports without asking."
            ).format(file_name=file_name),
            self,
        )
        intro.setWordWrap(True)
        self.preview = self._preview_table(samples)
        self.combos: dict[str, QComboBox] = {}
        fields = QGroupBox(self.tr("Fields"), self)
        grid = QGridLayout(fields)
        guess = guess_columns(self.header)
        names = [f for f in FIELD_LABELS if f in MAPPABLE_FIELDS]
        per_column = (len(names) + 1) // 2
        for n, name in enumerate(names):
            required = name in REQUIRED_FIELDS
            text = self.tr(FIELD_LABELS[name])
            label = QLabel(f"<b>{text} *</b>" if required else text, fields)
            combo = QComboBox(fields)
            combo.setObjectName(f"map_{name}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(18)
            combo.addItem(self.tr(_NOT_IN_FILE), None)
            for i, h in enumerate(self.header):
                example = next((r[i].strip() for r in samples if len(r) > i and r[i].strip()), "")
                text = h or self.tr("column {n}").format(n=i + 1)
                if example:
                    text += self.tr("  (e.g. {example})").format(example=example[:28])
                combo.addItem(text, i)
            if name in guess:
                combo.setCurrentIndex(guess[name] + 1)
            combo.currentIndexChanged.connect(self._update_state)
            label.setBuddy(combo)
            row, col = n % per_column, 2 * (n // per_column)
            grid.addWidget(label, row, col)
            grid.addWidget(combo, row, col + 1)
            self.combos[name] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setHorizontalSpacing(12)
        detected = ", ".join(
            part
            for part in (
                delimiter
                and self.tr(_DELIMITER_NAMES.get(delimiter, "{delimiter}-separated")).format(
                    delimiter=repr(delimiter)
                ),
                encoding and self.tr("read as {encoding}").format(encoding=encoding),
            )
            if part
        )
        self.format_label = QLabel(
            self.tr("File: {detected}.").format(detected=detected) if detected else "", self
        )
        self.decimals = QComboBox(self)
        for text, value in _DECIMALS:
            self.decimals.addItem(self.tr(text), value)
        number_row = QHBoxLayout()
        number_row.addWidget(self.format_label, 1)
        number_row.addWidget(QLabel(self.tr("Prices:"), self))
        number_row.addWidget(self.decimals)
        self.missing_label = QLabel(self)
        self.missing_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("First rows of the file:"), self))
        layout.addWidget(self.preview)
        layout.addWidget(fields)
        layout.addLayout(number_row)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.buttons)
        self.resize(720, 540)
        self._update_state()

    def _preview_table(self, samples: Sequence[Sequence[str]]) -> QTableWidget:
        rows = list(samples)[:5]
        table = QTableWidget(len(rows), len(self.header), self)
        table.setHorizontalHeaderLabels(
            [h or self.tr("column {v0}").format(v0=i + 1) for i, h in enumerate(self.header)]
        )
        for r, row in enumerate(rows):
            for c in range(len(self.header)):
                table.setItem(r, c, QTableWidgetItem(row[c].strip() if c < len(row) else ""))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        wide = sum(table.columnWidth(c) for c in range(len(self.header))) > 660
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + sum(table.verticalHeader().sectionSizeHint(r) for r in range(len(rows)))
            + 2 * table.frameWidth()
            + 4
            + (table.horizontalScrollBar().sizeHint().height() if wide else 0)
        )
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        return table

    def chosen_columns(self) -> dict[str, int]:
        """Field -> column index for every field the user pointed at a column."""
        return {
            name: combo.currentData()
            for name, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def missing(self) -> list[str]:
        return self._left_out(REQUIRED_FIELDS)

    def unpointed(self) -> list[str]:
        """The recommended fields left out (the import runs without them)."""
        return self._left_out(RECOMMENDED_FIELDS)

    def _left_out(self, fields: Sequence[str]) -> list[str]:
        """The labels of ``fields`` no column is chosen for."""
        chosen = self.chosen_columns()
        return [self.tr(FIELD_LABELS[f]) for f in fields if f not in chosen]

    def mapping(self) -> UserMapping:
        columns: dict[str, object] = {}
        for name, i in self.chosen_columns().items():
            columns[name] = [self.header[i]] if name in LIST_FIELDS else self.header[i]
        return UserMapping.from_dict(
            {"columns": columns, "decimal_comma": self.decimals.currentData()}
        )

    def accept(self) -> None:
        if self.missing():
            return
        self.mapping_chosen.emit(self.mapping())
        super().accept()

    def _update_state(self, *_args: object) -> None:
        missing, unpointed = self.missing(), self.unpointed()
        self.ok_button.setEnabled(not missing)
        if missing:
            text = self.tr("<span style='color:#b3261e'>Still needed: {v0}</span>").format(
                v0=", ".join(missing)
            )
        elif unpointed:  # (the rows will have none: worth a second look, not a refusal)
            text = self.tr("Ready to import, without: {v0}.").format(v0=", ".join(unpointed))
        else:
            text = self.tr("Ready to import.")
        self.missing_label.setText(text)
