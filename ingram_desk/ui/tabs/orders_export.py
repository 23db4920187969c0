"""The Orders tab's export of the grid or the shown order's details to XLSX or CSV (the chosen
format decides; a non-modal dialog starting in the last export folder or Documents)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.services.table_export import (
    DETAIL_HEADERS,
    ORDER_HEADERS,
    detail_rows,
    export,
    order_rows,
)
from ingram_desk.ui import formats
from ingram_desk.ui.tabs.tab_translation import Translated

__all__ = ["OrdersExport"]

_EXPORT_FILTERS = [QT_TRANSLATE_NOOP("OrdersExport", "Excel workbook (*.xlsx)"), "CSV (*.csv)"]


class OrdersExport(Translated):
    """Mixin of ``OrdersTab`` (which owns ``model``, ``detail``, ``runner``, ``count_label``,
    ``export_button``, ``_criteria``, ``_fill_totals`` and the ``exported`` signal)."""

    def _choose_export(self, write: Any) -> QFileDialog:
        """A non-modal save dialog (``open()``) starting in Documents; the chosen format decides
        the file type (a name without a suffix gets the format's)."""
        dialog = QFileDialog(self, OrdersExport.tr("Export"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([OrdersExport.tr(f) for f in _EXPORT_FILTERS])
        dialog.setDefaultSuffix("xlsx")
        places = (
            self._export_dir,
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation),
        )
        folder = next((p for p in places if p and Path(p).is_dir()), "")
        if folder:
            dialog.setDirectory(folder)
        dialog.filterSelected.connect(
            lambda f: dialog.setDefaultSuffix("csv" if "csv" in f.lower() else "xlsx")
        )

        def chosen(path: str) -> None:
            fmt = "csv" if "csv" in dialog.selectedNameFilter().lower() else "xlsx"
            self._export_dir = str(Path(path).parent)
            write(Path(path), fmt)

        dialog.fileSelected.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_grid(self, path: Path, fmt: str | None = None) -> None:
        """Read any missing order values first, then write; ``exported`` confirms."""

        style = formats.csv_style()

        async def run() -> tuple[Path, int]:
            await self._fill_totals(self._criteria)
            rows = order_rows(self.model.orders)
            return export(path, ORDER_HEADERS, rows, fmt, style), len(rows)

        self.count_label.setText(OrdersExport.tr("Exporting…"))
        self.runner.start("orders-export", run(), busy=[self.export_button], on_done=self._exported)

    def export_details(self, path: Path, fmt: str | None = None) -> Path | None:
        details = self.detail.details
        if details is None:
            return None
        rows = detail_rows(details)
        written = export(path, DETAIL_HEADERS, rows, fmt, formats.csv_style())
        self._exported((written, len(rows)))
        return written

    def _exported(self, result: tuple[Path, int]) -> None:
        path, n = result
        self.count_label.setText(
            OrdersExport.tr("Exported %Ln row(s) to {path}", "", n).format(path=path)
        )
        self.exported.emit(path, n)
