"""The Orders tab's inbox: documents Ingram pushes (despatch advice, invoices) imported from
dropped or chosen files and from a watched folder (scanned now, every minute, and on change)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog

from ingram_desk.ui.tabs.tab_translation import Translated

__all__ = ["OrdersInbox"]


class OrdersInbox(Translated):
    """Mixin of ``OrdersTab`` (which owns ``inbox``, ``inbox_label``, ``folder_watcher``,
    ``inbox_timer``, ``runner``, ``detail`` and the ``inbox_changed`` signal)."""

    def start_inbox_watch(self) -> None:
        """Scan the watched folder now and every minute (and whenever it changes)."""
        if self.inbox is not None:
            self.inbox_timer.start()
            self.scan_inbox()

    def _update_inbox_label(self) -> None:
        records = self.inbox.records()
        unmatched = sum(1 for r in records if not r.matched)
        text = OrdersInbox.tr("Inbox: %n document(s)", "", len(records))
        if unmatched:
            text += OrdersInbox.tr(", <b style='color:#a33'>%n unmatched</b>", "", unmatched)
        self.inbox_label.setText(text)

    def _watch_folder_changed(self) -> None:
        for path in self.folder_watcher.directories():
            self.folder_watcher.removePath(path)
        folder = self.inbox.watch_folder
        if folder is not None and folder.is_dir():
            self.folder_watcher.addPath(str(folder))

    def _inbox_done(self, records: list[Any]) -> None:
        self._update_inbox_label()
        order = self.selected_order()
        if order is not None and records and self.detail.details is not None:
            self.load_details(order.ingram_order_number)
        self.inbox_changed.emit(records)

    def import_paths(self, paths: list[Path]) -> None:
        """Import dropped or chosen files/folders (one task; results reach ``inbox_changed``)."""
        if self.inbox is None or not paths:
            return

        async def run() -> list[Any]:
            out: list[Any] = []
            for path in paths:
                out += await self.inbox.import_path(path)
            return out

        self.runner.start("inbox-import", run(), on_done=self._inbox_done)

    def scan_inbox(self) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        if self.inbox is not None and not self.runner.is_running("inbox-scan"):
            self.runner.start("inbox-scan", self.inbox.scan(), on_done=self._inbox_done)

    def show_inbox(self) -> Any:
        from ingram_desk.ui.dialogs.inbox_dialog import InboxDialog

        if self.inbox_dialog is None:
            self.inbox_dialog = InboxDialog(self, self)
        self.inbox_dialog.refresh()
        self.inbox_dialog.show()
        return self.inbox_dialog

    def choose_watch_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, OrdersInbox.tr("Folder Ingram's documents arrive in")
        )
        if folder:
            self.set_watch_folder(Path(folder))

    def set_watch_folder(self, folder: Path | None) -> None:
        self.inbox.set_watch_folder(folder)
        self._watch_folder_changed()
        self.scan_inbox()
        self.inbox_changed.emit([])

    def choose_import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            OrdersInbox.tr("Import documents from Ingram"),
            "",
            OrdersInbox.tr("XML documents (*.xml);;All files (*)"),
        )
        self.import_paths([Path(f) for f in files])
