"""The inbox of pushed documents: every imported file (unmatched first), the watched folder, and
buttons to choose the folder or import files by hand."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ingram_desk.ui.models.inbox_model import InboxModel
from ingram_desk.ui.widgets.header_fit import fit_column

__all__ = ["InboxDialog"]


class InboxDialog(QDialog):
    def __init__(self, tab: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab  # the Orders tab: it owns the inbox service and the import tasks
        self.setWindowTitle(self.tr("Inbox — documents from Ingram"))
        self.model = InboxModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((64, 120, 380, 110, 90, 230)):
            fit_column(self.table, col, width)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Watch &folder…"), self)
        self.import_button = QPushButton(self.tr("&Import files…"), self)
        row = QHBoxLayout()
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.folder_button)
        row.addWidget(self.import_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.folder_button.clicked.connect(tab.choose_watch_folder)
        self.import_button.clicked.connect(tab.choose_import_files)
        tab.inbox_changed.connect(self.refresh)
        self.resize(1180, 420)
        self.refresh()

    def refresh(self) -> None:
        inbox = self.tab.inbox
        folder = inbox.watch_folder
        self.folder_label.setText(
            self.tr("Watching {folder} (new files are imported every minute)").format(folder=folder)
            if folder
            else self.tr(
                "No folder watched: choose the folder your e-mail rule or EDI mailbox fills."
            )
        )
        self.model.set_records(inbox.records())
