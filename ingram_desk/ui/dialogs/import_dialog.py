"""Import progress (rows/s, ETA, Cancel) and then the report: skipped rows and what changed."""

from __future__ import annotations

import html
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ingram_desk.services import import_texts as said
from ingram_desk.ui import formats
from ingram_desk.ui.domain_texts import phrase_text

__all__ = ["ImportDialog", "import_summary", "report_html"]


#: the report's links to a kind of change: this, then the kind (``query.CHANGE_KINDS``)
_CHANGES = "changes:"


def _html(text: str | None) -> str:
    """A text of the report in the clerk's language, as HTML (a file named "<a&b>.csv" is
    shown as named)."""
    return html.escape(phrase_text(text), quote=False)


def report_html(outcome: Any) -> str:
    """The import's report (``services.import_texts``, as ``catalogue import`` prints it) in
    the clerk's language, with the rows it had problems with as a table."""
    r = outcome.report
    parts = [
        f"<h3>{_html(said.headline(r))}</h3>",
        f"<p>{_html(said.details(r))}</p>",
    ]
    for w in r.warnings:
        parts.append(f"<p style='color:#8a5a00'>⚠ {_html(w)}</p>")
    heading = said.changes_heading(r, outcome.changes)
    if heading is not None:
        parts.append(f"<h4>{_html(heading)}</h4>")
    # each kind a link to its articles (``ImportDialog.changes_requested``)
    items = "".join(
        f"<li><a href='{_CHANGES}{kind}'>{_html(said.change_line(kind, n))}</a></li>"
        for kind, n in outcome.changes.counts.items()
        if n
    )
    if items:
        parts.append(f"<ul>{items}</ul>")
    if r.problems:
        skipped, kept = ImportDialog.tr("skipped"), ImportDialog.tr("kept")
        rows = "".join(
            f"<tr><td align=right>{p.line}</td><td>{skipped if p.skipped else kept}</td>"
            f"<td>{_html(p.reason)}</td></tr>"
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


def changes_text(changes: Any) -> str:
    """What changed in one line ("12 back in stock, 40 out of stock"; "" for nothing)."""
    return ", ".join(phrase_text(line) for line in said.change_lines(changes))


def import_summary(outcome: Any) -> str:
    """The report in one line for the status bar: what was imported and what changed."""
    changes = changes_text(outcome.changes)
    if not changes:  # nothing changed since the previous file (or there was none: "")
        changes = phrase_text(said.changes_heading(outcome.report, outcome.changes))
    return " · ".join(t for t in (phrase_text(said.headline(outcome.report)), changes) if t)


class ImportDialog(QDialog):
    """Non-modal: shows progress while the import task runs, then its report. ``cancel_flag``
    is handed to the service; Cancel sets it and the previous catalogue stays live."""

    #: the user chose "Import anyway" after the sanity gate refused the file
    force_requested = Signal()
    #: a kind of change in the report was clicked: its articles are asked for
    changes_requested = Signal(str)

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing {file_name}").format(file_name=file_name))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.cancel_flag = threading.Event()
        # the new catalogue already answers searches (stage 1); the store is still being built
        self.searchable = False
        #: the import dialog's first line, while the file is read (before it is searchable)
        self.phase = QLabel(self.tr("Reading the price file…"), self)
        self.bar = QProgressBar(self)
        # busy until a tick counts the bytes read (a big file's read sends none: it moved
        # from "Starting…" and an empty bar straight to "searchable now", 1-2 s at 1M rows)
        self.bar.setRange(0, 0)
        self.rate = QLabel("", self)
        #: said once the import is kept on disk: closing the app no longer loses it
        self.kept = QLabel(
            self.tr("Saved: if Ingram Desk closes now, this import finishes at its next start."),
            self,
        )
        self.kept.setWordWrap(True)
        self.kept.hide()
        #: once the new catalogue answers: the import goes on without the window
        self.hint = QLabel(self.tr("You can close this window and keep working."), self)
        self.hint.hide()
        self.report = QTextBrowser(self)
        self.report.setOpenLinks(False)
        self.report.anchorClicked.connect(self._link)
        self.report.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        # (shown once closing the window no longer stands in the clerk's way: searchable, or ended)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel the import"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.force_button = self.buttons.addButton(
            self.tr("Import anyway"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.force_button.clicked.connect(self._force)
        self.force_button.hide()
        layout = QVBoxLayout(self)
        for w in (self.phase, self.bar, self.rate, self.kept, self.hint, self.report, self.buttons):
            layout.addWidget(w)
        self.resize(560, 180)

    def _link(self, url: QUrl) -> None:
        link = url.toString()
        if link.startswith(_CHANGES):
            self.changes_requested.emit(link.removeprefix(_CHANGES))

    def cancel(self) -> None:
        self.cancel_flag.set()
        self.cancel_button.setEnabled(False)
        if self.searchable:  # the snapshot serves now: cancelling takes it back
            self.phase.setText(self.tr("Cancelling — back to the previous catalogue, unchanged…"))
        else:
            self.phase.setText(self.tr("Cancelling — the current catalogue stays as it is…"))

    def show_progress(self, p: Any) -> None:
        if p.phase == "kept":
            self.kept.show()
            return
        if p.phase == "searchable":
            self.searchable = True
            self.phase.setText(phrase_text(said.searchable_line(p.rows)))
            self.phase.setWordWrap(True)
            # (its own line: the commit's ticks say the phase from here on)
            self.hint.show()
            self.close_button.show()
            self.rate.setText("")
            # busy from here on: the full index has no count a clerk could follow, and the
            # read's bar stood still (empty when the read was quick) until it jumped to 100 %
            self.bar.setRange(0, 0)
            return
        self.phase.setText(said.sentence(phrase_text(said.progress_line(p, self.searchable))))
        if self.searchable:
            return  # (a rate and time left are the read's: its rows were all counted by now)
        if p.bytes_total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * p.bytes_read / p.bytes_total))
        self.rate.setText(phrase_text(said.rate_line(p)))

    def show_outcome(self, outcome: Any) -> None:
        self.bar.setRange(0, 1000)
        self.bar.setValue(1000)
        self.phase.setText(self.tr("Done."))
        self.rate.hide()
        self.kept.hide()
        self.hint.hide()
        self.cancel_button.hide()
        self.report.setHtml(report_html(outcome))
        self.report.show()
        self.close_button.show()
        detailed = outcome.report.problems or any(outcome.changes.counts.values())
        self.resize(640, 480 if detailed else 240)

    def show_failure(self, message: str, *, can_force: bool = False) -> None:
        """The import did not replace the catalogue; ``can_force`` offers "Import anyway"."""
        self.kept.hide()  # (nothing is kept of an import that ended without its catalogue)
        self.hint.hide()
        self.rate.hide()  # (a read's rate: "0 rows/s" under a file refused at once)
        self.bar.setRange(0, 1000)  # (no longer busy: it stands where the import stopped)
        self.phase.setText(message)
        self.phase.setWordWrap(True)
        self.cancel_button.hide()
        self.force_button.setVisible(can_force)
        self.close_button.show()

    def _force(self) -> None:
        self.force_button.hide()
        self.close_button.hide()
        self.cancel_flag.clear()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.rate.setText("")
        self.rate.show()
        self.phase.setText(self.tr("Importing anyway…"))
        self.force_requested.emit()
