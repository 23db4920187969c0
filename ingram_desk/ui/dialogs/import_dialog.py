"""Import progress (rows/s, ETA, Cancel) and then the report: skipped rows and what changed."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP
from ingram_desk.ui import formats
from ingram_desk.ui.domain_texts import phrase_text

__all__ = ["ImportDialog", "report_html"]

#: the import's progress phases (``ImportProgress.phase``) as the dialog names them
_PHASES = {
    "reading": QT_TRANSLATE_NOOP("ImportDialog", "reading"),
    "indexing": QT_TRANSLATE_NOOP("ImportDialog", "indexing"),
    "swapping": QT_TRANSLATE_NOOP("ImportDialog", "swapping in"),
    "done": QT_TRANSLATE_NOOP("ImportDialog", "done"),
}
#: the importer's layouts (``ImportReport.layout``) as the report names them
_LAYOUTS = {
    "dach_impulse": QT_TRANSLATE_NOOP("ImportDialog", "DACH Impulse price list"),
    "header_csv": QT_TRANSLATE_NOOP("ImportDialog", "CSV with a header row"),
    "na_price_txt": QT_TRANSLATE_NOOP("ImportDialog", "North American PRICE.TXT"),
    "mapped": QT_TRANSLATE_NOOP("ImportDialog", "your column mapping"),
    "stock": QT_TRANSLATE_NOOP("ImportDialog", "hourly stock file"),
}


def _change_text(kind: str, n: int) -> str:
    """``3 price rises``: one line of what changed since the previous file.

    Counted texts use ``ImportDialog.tr`` (not ``translate()``): lupdate reads plural forms only
    from a ``tr()``; the context is the same."""
    texts = {
        "new": ImportDialog.tr("%Ln new article(s)", "", n),
        "removed": ImportDialog.tr("%Ln removed article(s)", "", n),
        "price_up": ImportDialog.tr("%Ln price rise(s)", "", n),
        "price_down": ImportDialog.tr("%Ln price cut(s)", "", n),
        "back_in_stock": ImportDialog.tr("%Ln back in stock", "", n),
        "out_of_stock": ImportDialog.tr("%Ln out of stock", "", n),
    }
    return texts.get(kind) or f"{formats.quantity(n)} {kind}"


def report_html(outcome: Any) -> str:
    r = outcome.report
    parts = [
        ImportDialog.tr(
            "<h3>Imported %Ln product(s) from {source}</h3>", "", r.rows_imported
        ).format(source=r.source),
        QCoreApplication.translate(
            "ImportDialog", "<p>Layout {layout}, {encoding}; {seconds} s. {skipped}, {replaced}"
        ).format(
            layout=ImportDialog.tr(_LAYOUTS[r.layout]) if r.layout in _LAYOUTS else r.layout,
            encoding=r.encoding,
            seconds=formats.number(r.seconds, 1),
            skipped=ImportDialog.tr("%Ln row(s) skipped", "", r.rows_skipped),
            replaced=ImportDialog.tr("%Ln duplicate(s) replaced", "", r.duplicates_replaced),
        )
        + (
            QCoreApplication.translate(
                "ImportDialog", ", stock applied to {stock_rows_applied}"
            ).format(stock_rows_applied=formats.quantity(r.stock_rows_applied))
            if r.stock_rows_applied
            else ""
        )
        + (
            ImportDialog.tr(", %Ln categories", "", r.categories_loaded)
            if r.categories_loaded
            else ""
        )
        + ".</p>",
    ]
    for w in r.warnings:
        parts.append(f"<p style='color:#8a5a00'>⚠ {phrase_text(w)}</p>")
    counts = {k: v for k, v in outcome.changes.counts.items() if v}
    if counts:
        items = "".join(f"<li>{_change_text(k, v)}</li>" for k, v in counts.items())
        parts.append(
            QCoreApplication.translate(
                "ImportDialog", "<h4>What changed since the previous file</h4><ul>{items}</ul>"
            ).format(items=items)
        )
    elif r.previous_rows:
        parts.append(
            QCoreApplication.translate(
                "ImportDialog", "<p>Nothing changed since the previous file.</p>"
            )
        )
    if r.problems:
        skipped, kept = ImportDialog.tr("skipped"), ImportDialog.tr("kept")
        rows = "".join(
            f"<tr><td align=right>{p.line}</td><td>{skipped if p.skipped else kept}</td>"
            f"<td>{phrase_text(p.reason)}</td></tr>"
            for p in r.problems[:200]
        )
        more = (
            ImportDialog.tr(" (first {shown} of {total})").format(
                shown=formats.quantity(200), total=formats.quantity(r.problem_count)
            )
            if r.problem_count > 200
            else ""
        )
        parts.append(
            QCoreApplication.translate(
                "ImportDialog",
                "<h4>Rows with problems{more}</h4><table cellspacing=4><tr><th>line</th><th></th><th>reason</th></tr>{rows}</table>",
            ).format(more=more, rows=rows)
        )
    return "".join(parts)


class ImportDialog(QDialog):
    """Non-modal: shows progress while the import task runs, then its report. ``cancel_flag``
    is handed to the service; Cancel sets it and the previous catalogue stays live."""

    #: the user chose "Import anyway" after the sanity gate refused the file
    force_requested = Signal()

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing {file_name}").format(file_name=file_name))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.cancel_flag = threading.Event()
        #: the new catalogue already answers searches (stage 1); the store is still being built
        self.searchable = False
        self.phase = QLabel(self.tr("Starting…"), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.rate = QLabel("", self)
        #: said once the import is kept on disk: closing the app no longer loses it
        self.kept = QLabel(
            self.tr("Saved: if Ingram Desk closes now, this import finishes at its next start."),
            self,
        )
        self.kept.setWordWrap(True)
        self.kept.hide()
        self.report = QTextBrowser(self)
        self.report.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        self.force_button = self.buttons.addButton(
            self.tr("Import anyway"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.force_button.clicked.connect(self._force)
        self.force_button.hide()
        self.buttons.hide()
        layout = QVBoxLayout(self)
        widgets = (self.phase, self.bar, self.rate, self.kept, self.report, self.cancel_button)
        for w in (*widgets, self.buttons):
            layout.addWidget(w)
        self.resize(560, 180)

    def cancel(self) -> None:
        self.cancel_flag.set()
        self.cancel_button.setEnabled(False)
        if self.searchable:  # the snapshot serves now: cancelling takes it back
            self.phase.setText(self.tr("Cancelling — back to the previous catalogue, unchanged…"))
        else:
            self.phase.setText(self.tr("Cancelling — the current catalogue stays as it is…"))

    def _phase(self, phase: str) -> str:
        """A progress phase in the clerk's language (an unknown one as it came)."""
        return self.tr(_PHASES[phase]) if phase in _PHASES else phase

    def show_progress(self, p: Any) -> None:
        if p.phase == "kept":
            self.kept.show()
            return
        if p.phase == "searchable":
            self.searchable = True
            self.phase.setText(
                self.tr(
                    "{rows} products are searchable now. Building the full index (change history, import report); you can close this window and keep working."
                ).format(rows=formats.quantity(p.rows))
            )
            self.phase.setWordWrap(True)
            self.rate.setText("")
            # busy from here on: the full index has no count a clerk could follow, and the
            # read's bar stood still (empty when the read was quick) until it jumped to 100 %
            self.bar.setRange(0, 0)
            return
        if self.searchable:
            self.phase.setText(
                self.tr("Searchable now · building the full index — {phase}: {rows} rows").format(
                    phase=self._phase(p.phase), rows=formats.quantity(p.rows)
                )
            )
            return  # (a rate and time left are the read's: its rows were all counted by now)
        self.phase.setText(
            self.tr("{v0}: {rows} rows").format(
                v0=self._phase(p.phase).capitalize(), rows=formats.quantity(p.rows)
            )
        )
        if p.bytes_total:
            self.bar.setValue(int(1000 * p.bytes_read / p.bytes_total))
        eta = (
            self.tr(", about {seconds} s left").format(seconds=formats.number(p.eta_seconds, 0))
            if p.eta_seconds
            else ""
        )
        self.rate.setText(
            self.tr("{rows_per_second} rows/s{eta}").format(
                rows_per_second=formats.number(p.rows_per_second, 0), eta=eta
            )
        )

    def show_outcome(self, outcome: Any) -> None:
        self.bar.setRange(0, 1000)
        self.bar.setValue(1000)
        self.phase.setText(self.tr("Done."))
        self.rate.hide()
        self.kept.hide()
        self.cancel_button.hide()
        self.report.setHtml(report_html(outcome))
        self.report.show()
        self.buttons.show()
        detailed = outcome.report.problems or any(outcome.changes.counts.values())
        self.resize(640, 480 if detailed else 240)

    def show_failure(self, message: str, *, can_force: bool = False) -> None:
        """The import did not replace the catalogue; ``can_force`` offers "Import anyway"."""
        self.kept.hide()  # (nothing is kept of an import that ended without its catalogue)
        self.bar.setRange(0, 1000)  # (no longer busy: it stands where the import stopped)
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
        self.phase.setText(self.tr("Importing anyway…"))
        self.force_requested.emit()
