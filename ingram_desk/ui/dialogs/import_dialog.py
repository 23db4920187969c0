"""Import progress (rows/s, ETA, Cancel) and then the report: skipped rows and what changed."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ingram_desk.ui import formats

__all__ = ["ImportDialog", "report_html"]

_CHANGE_LABELS = {
    "new": "new articles",
    "removed": "removed articles",
    "price_up": "price rises",
    "price_down": "price cuts",
    "back_in_stock": "back in stock",
    "out_of_stock": "out of stock",
}


def report_html(outcome: Any) -> str:
    r = outcome.report
    parts = [
        f"<h3>Imported {formats.quantity(r.rows_imported)} products from {r.source}</h3>",
        f"<p>Layout {r.layout}, {r.encoding}; {formats.number(r.seconds, 1)} s. "
        f"{formats.quantity(r.rows_skipped)} rows skipped, {formats.quantity(r.duplicates_replaced)} duplicates replaced"
        + (
            f", stock applied to {formats.quantity(r.stock_rows_applied)}"
            if r.stock_rows_applied
            else ""
        )
        + (f", {formats.quantity(r.categories_loaded)} categories" if r.categories_loaded else "")
        + ".</p>",
    ]
    for w in r.warnings:
        parts.append(f"<p style='color:#8a5a00'>⚠ {w}</p>")
    counts = {k: v for k, v in outcome.changes.counts.items() if v}
    if counts:
        items = "".join(
            f"<li>{formats.quantity(v)} {_CHANGE_LABELS.get(k, k)}</li>" for k, v in counts.items()
        )
        parts.append(f"<h4>What changed since the previous file</h4><ul>{items}</ul>")
    elif r.previous_rows:
        parts.append("<p>Nothing changed since the previous file.</p>")
    if r.problems:
        rows = "".join(
            f"<tr><td align=right>{p.line}</td><td>{'skipped' if p.skipped else 'kept'}</td>"
            f"<td>{p.reason}</td></tr>"
            for p in r.problems[:200]
        )
        more = (
            f" (first 200 of {formats.quantity(r.problem_count)})" if r.problem_count > 200 else ""
        )
        parts.append(
            f"<h4>Rows with problems{more}</h4><table cellspacing=4>"
            f"<tr><th>line</th><th></th><th>reason</th></tr>{rows}</table>"
        )
    return "".join(parts)


class ImportDialog(QDialog):
    """Non-modal: shows progress while the import task runs, then its report. ``cancel_flag``
    is handed to the service; Cancel sets it and the previous catalogue stays live."""

    #: the user chose "Import anyway" after the sanity gate refused the file
    force_requested = Signal()

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Importing {file_name}")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.cancel_flag = threading.Event()
        #: the new catalogue already answers searches (stage 1); the store is still being built
        self.searchable = False
        self.phase = QLabel("Starting…", self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.rate = QLabel("", self)
        self.report = QTextBrowser(self)
        self.report.hide()
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        self.force_button = self.buttons.addButton(
            "Import anyway", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.force_button.clicked.connect(self._force)
        self.force_button.hide()
        self.buttons.hide()
        layout = QVBoxLayout(self)
        for w in (self.phase, self.bar, self.rate, self.report, self.cancel_button, self.buttons):
            layout.addWidget(w)
        self.resize(560, 180)

    def cancel(self) -> None:
        self.cancel_flag.set()
        self.cancel_button.setEnabled(False)
        if self.searchable:  # the snapshot serves now: cancelling takes it back
            self.phase.setText("Cancelling — back to the previous catalogue, unchanged…")
        else:
            self.phase.setText("Cancelling — the current catalogue stays as it is…")

    def show_progress(self, p: Any) -> None:
        if p.phase == "searchable":
            self.searchable = True
            self.phase.setText(
                f"{formats.quantity(p.rows)} products are searchable now. Building the full index (change "
                "history, import report); you can close this window and keep working."
            )
            self.phase.setWordWrap(True)
            self.rate.setText("")
            return
        if self.searchable:
            self.phase.setText(
                f"Searchable now · building the full index — {p.phase}: {formats.quantity(p.rows)} rows"
            )
        else:
            self.phase.setText(f"{p.phase.capitalize()}: {formats.quantity(p.rows)} rows")
        if p.bytes_total:
            self.bar.setValue(int(1000 * p.bytes_read / p.bytes_total))
        eta = f", about {p.eta_seconds:.0f} s left" if p.eta_seconds else ""
        self.rate.setText(f"{formats.number(p.rows_per_second, 0)} rows/s{eta}")

    def show_outcome(self, outcome: Any) -> None:
        self.bar.setValue(1000)
        self.phase.setText("Done.")
        self.rate.hide()
        self.cancel_button.hide()
        self.report.setHtml(report_html(outcome))
        self.report.show()
        self.buttons.show()
        detailed = outcome.report.problems or any(outcome.changes.counts.values())
        self.resize(640, 480 if detailed else 240)

    def show_failure(self, message: str, *, can_force: bool = False) -> None:
        """The import did not replace the catalogue; ``can_force`` offers "Import anyway"."""
        self.phase.setText(message)
        self.phase.setWordWrap(True)
        self.cancel_button.hide()
        self.force_button.setVisible(can_force)
        self.buttons.show()

    def _force(self) -> None:
        self.force_button.hide()
        self.buttons.hide()
        self.cancel_flag.clear()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.phase.setText("Importing anyway…")
        self.force_requested.emit()
