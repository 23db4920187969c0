"""The inbox's documents as a table: unmatched ones first, so nothing waits unseen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP

__all__ = ["INBOX_COLUMNS", "InboxModel"]

INBOX_COLUMNS = (
    ("state", QT_TRANSLATE_NOOP("InboxModel", "Matched")),
    ("kind", QT_TRANSLATE_NOOP("InboxModel", "Document")),
    ("summary", QT_TRANSLATE_NOOP("InboxModel", "What it says")),
    ("po", "PO"),
    ("orders", QT_TRANSLATE_NOOP("InboxModel", "Order")),
    ("file", QT_TRANSLATE_NOOP("InboxModel", "File")),
    ("imported", QT_TRANSLATE_NOOP("InboxModel", "Imported")),
)
_KIND = {
    "despatch_advice": QT_TRANSLATE_NOOP("InboxModel", "Despatch advice"),
    "invoice": QT_TRANSLATE_NOOP("InboxModel", "Invoice"),
    "order_confirmation": QT_TRANSLATE_NOOP("InboxModel", "Order confirmation"),
    "unreadable": QT_TRANSLATE_NOOP("InboxModel", "Unreadable"),
}
_Index = QModelIndex | QPersistentModelIndex


class InboxModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.records: list[Any] = []  # services.inbox_service.InboxRecord

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self.records = sorted(records, key=lambda r: (r.matched, r.imported_at))
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(INBOX_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(INBOX_COLUMNS[section][1])
        return None

    def data(self, index: _Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        r = self.records[index.row()]
        key = INBOX_COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "state": self.tr("yes") if r.matched else self.tr("NO"),
                "kind": self.tr(_KIND[r.kind]) if r.kind in _KIND else r.kind,
                "summary": r.error or r.summary if not r.matched else r.summary,
                "po": r.customer_po,
                "orders": ", ".join(r.order_numbers),
                "file": Path(r.source).name,
                "imported": r.imported_at.replace("T", " ")[:16],
            }[key]
        if role == Qt.ItemDataRole.ToolTipRole and key in ("file", "summary"):
            return r.source if key == "file" else (r.error or r.summary)
        if role == Qt.ItemDataRole.BackgroundRole and not r.matched:
            return QColor("#fff1d6")
        return None
