"""Runs a catalogue import for the window (File menu or a dropped file) with its progress dialog."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from ingram_desk.ui import formats
from ingram_desk.ui.async_tasks import TaskRunner
from ingram_desk.ui.dialogs.changes_dialog import ChangesDialog
from ingram_desk.ui.dialogs.column_mapping_dialog import ColumnMappingDialog
from ingram_desk.ui.dialogs.import_dialog import ImportDialog, changes_text, import_summary
from ingram_desk.ui.domain_texts import phrase_text

__all__ = ["IMPORT_TASK", "CatalogueImporter", "classify_files"]

IMPORT_TASK = "catalogue-import"
CHANGES_TASK = "catalogue-changes"
log = logging.getLogger(__name__)


def classify_files(paths: list[Path]) -> dict[str, Path]:
    """Which dropped file is the price, stock or category file (by Ingram's usual names)."""
    found: dict[str, Path] = {}
    for p in paths:
        name = p.name.lower()
        if "stock" in name or "bestand" in name:
            found.setdefault("stock", p)
        elif "categ" in name or "kategor" in name:
            found.setdefault("category", p)
        else:
            found.setdefault("price", p)
    return found


def said(exc: BaseException) -> str:
    """A refused import's message in the user's language (the catalogue words it as a Phrase)."""
    first = exc.args[0] if exc.args else None
    return phrase_text(first) if isinstance(first, str) else str(exc)


class CatalogueImporter(QObject):
    """``imported`` carries the service's ``ImportOutcome`` once the new catalogue is live."""

    imported = Signal(object)
    #: a changed article was opened in the list of changes: its SKU, to show in the catalogue
    show_in_catalogue = Signal(str)
    #: the import ended without a new catalogue (cancelled or refused); message for tests/UI
    import_failed = Signal(str)

    def __init__(self, catalogue: Any, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.runner = runner
        self.window = parent
        self.dialog: ImportDialog | None = None
        #: open while the user maps the columns of an unrecognised file
        self.mapping_dialog: ColumnMappingDialog | None = None
        #: the column mapping of the import in progress (kept for "Import anyway")
        self.mapping: Any = None
        #: the dialog of the last import that replaced the catalogue, its report shown
        self.last_report: ImportDialog | None = None
        #: the articles the last import changed (File › What changed), while open
        self.changes_dialog: ChangesDialog | None = None

    def start(self, path: Path) -> None:
        self.start_many([path])

    def start_many(self, paths: list[Path]) -> None:
        files = classify_files(paths)
        mapping_open = self.mapping_dialog is not None and self.mapping_dialog.isVisible()
        if self.runner.is_running(IMPORT_TASK) or mapping_open:
            self.window.status.flash(self.tr("An import is already running"))
            return
        if "price" not in files and "stock" in files:
            self.runner.start(IMPORT_TASK, self._apply_stock(files["stock"]))
            return
        if "price" not in files:
            return
        banner = getattr(self.window, "banner", None)
        if banner is not None:  # an old error does not belong to this import
            banner.hide()
        dialog = ImportDialog(files["price"].name, self.window)
        dialog.changes_requested.connect(self.show_changes)
        self.dialog = dialog
        self.mapping = None
        dialog.force_requested.connect(
            lambda: self.runner.start(
                IMPORT_TASK, self._import(files, dialog, force=True, mapping=self.mapping)
            )
        )
        dialog.show()
        self.runner.start(IMPORT_TASK, self._import(files, dialog))

    def finish_kept(self, kept: Any) -> None:
        """Finish an import the app was stopped in after it was kept (``kept_import``), in the
        dialog any import shows, saying what it finishes."""
        if self.runner.is_running(IMPORT_TASK):
            return
        name = kept.price_file.name
        dialog = ImportDialog(name, self.window)
        dialog.changes_requested.connect(self.show_changes)
        dialog.phase.setText(
            self.tr("Finishing the import of {name}, interrupted when Ingram Desk closed…").format(
                name=name
            )
        )
        self.dialog = dialog
        dialog.show()
        self.runner.start(IMPORT_TASK, self._import(dict(kept.files), dialog, kept=kept))

    async def _import(
        self,
        files: dict[str, Path],
        dialog: ImportDialog,
        *,
        force: bool = False,
        mapping: Any = None,
        kept: Any = None,
    ) -> None:
        from ingram_desk.services.catalogue_service import (
            CatalogueImportError,
            MappingError,
            MappingRequired,
            SanityGateError,
        )

        try:
            if kept is not None:
                outcome = await self.catalogue.finish_kept_import(
                    kept, progress=dialog.show_progress, cancel=dialog.cancel_flag
                )
            else:
                outcome = await self.catalogue.import_files(
                    files["price"],
                    stock_file=files.get("stock"),
                    category_file=files.get("category"),
                    mapping=mapping,
                    force=force,
                    progress=dialog.show_progress,
                    cancel=dialog.cancel_flag,
                )
        except MappingRequired as exc:
            self._ask_for_mapping(files, dialog, exc)
            return
        except SanityGateError as exc:
            # A decision for the user, not a failure: say why and offer "Import anyway" — once,
            # and never for a file without a usable row (insisting cannot import it).
            kept = await self._kept()
            note = "" if not force else self.tr(" (even when insisting)")
            dialog.show_failure(
                self.tr("Not imported{note}: {exc}. {kept}").format(
                    note=note, exc=said(exc), kept=kept
                ),
                can_force=not force and exc.report.rows_imported > 0,
            )
            self.import_failed.emit(str(exc))
            return
        except (CatalogueImportError, MappingError) as exc:
            if dialog.cancel_flag.is_set():  # the user asked for it: not an error
                dialog.show_failure(said(exc))
                self.import_failed.emit(str(exc))
                return
            # a bad file is the user's to fix, not a crash: one line in the log, no traceback
            log.warning("catalogue import of %s refused: %s", files["price"].name, exc)
            dialog.show_failure(
                self.tr("Not imported: {exc}. {v1}").format(exc=said(exc), v1=await self._kept())
            )
            self.window.status.flash(
                self.tr("Not imported: {name}").format(name=files["price"].name)
            )
            self.import_failed.emit(str(exc))
            return
        dialog.show_outcome(outcome)
        self.last_report = dialog
        if not dialog.isVisible():  # closed while the full index was built: say it here
            self.window.status.flash(import_summary(outcome), 15_000)
        self.imported.emit(outcome)

    def show_changes(self, kind: str | None = None) -> None:
        """The articles the last import changed (of one kind, or all), in their own window."""
        self.runner.start(CHANGES_TASK, self._show_changes(kind))

    async def _show_changes(self, kind: str | None) -> None:
        details = await self.catalogue.change_details()
        if self.changes_dialog is not None:
            self.changes_dialog.close()
        dialog = self.changes_dialog = ChangesDialog(details, kind, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "changes_dialog", None))
        dialog.show_in_catalogue.connect(self.show_in_catalogue)
        dialog.show()

    def show_last_report(self) -> None:
        """The last import's report again (File › Last import report), its dialog closed."""
        if self.last_report is not None:
            self.last_report.show()
            self.last_report.raise_()
            self.last_report.activateWindow()

    async def _kept(self) -> str:
        """What the purchaser still has after a refused import."""
        try:
            rows = (await self.catalogue.info()).row_count
        except Exception:  # the message must not fail for want of a count
            return self.tr("The previous catalogue is unchanged.")
        if not rows:
            return self.tr("No catalogue has been imported yet.")
        return self.tr("Your catalogue of {rows} products is unchanged and still in use.").format(
            rows=formats.quantity(rows)
        )

    def _ask_for_mapping(self, files: dict[str, Path], dialog: ImportDialog, exc: Any) -> None:
        """Unknown layout: the column-mapping step (non-blocking); OK retries the import with the
        mapping, Cancel leaves the catalogue as it is."""
        dialog.hide()
        mapper = ColumnMappingDialog(
            files["price"].name, exc.header, exc.samples, delimiter=exc.delimiter,
            encoding=exc.encoding, parent=self.window,
        )  # fmt: skip
        self.mapping_dialog = mapper

        def chosen(mapping: Any) -> None:
            self.mapping = mapping
            dialog.phase.setText(self.tr("Importing with your column mapping…"))
            dialog.show()
            self.runner.start(IMPORT_TASK, self._import(files, dialog, mapping=mapping))

        def rejected() -> None:
            dialog.close()
            message = self.tr(
                "Import cancelled: no column mapping chosen; the catalogue is unchanged"
            )
            self.window.status.flash(message)
            self.import_failed.emit(message)

        mapper.mapping_chosen.connect(chosen)
        mapper.rejected.connect(rejected)
        mapper.finished.connect(lambda _result: self._mapping_closed(mapper))
        mapper.open()

    def _mapping_closed(self, mapper: ColumnMappingDialog) -> None:
        if self.mapping_dialog is mapper:
            self.mapping_dialog = None
        mapper.deleteLater()

    async def _apply_stock(self, path: Path) -> None:
        outcome = await self.catalogue.apply_stock(path)
        applied = self.tr("Stock file applied to {stock_rows_applied} products").format(
            stock_rows_applied=formats.quantity(outcome.report.stock_rows_applied)
        )
        # what it changed (back in stock, out of stock), as after a price file
        changed = changes_text(outcome.changes)
        self.window.status.flash(" · ".join(t for t in (applied, changed) if t), 15_000)
        self.imported.emit(outcome)
