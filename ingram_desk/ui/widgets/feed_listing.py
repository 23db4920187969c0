"""What a feed server lists: the one view behind both "Test connection" buttons for the feeds
(Tools › Feeds… and the profiles dialog), so both run the same ``FeedService.test_connection``
and show its answer the same way: each remote file, its size and time, and the feed it is today."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ingram_desk.services.feed_service import FeedConfig, FeedService
from ingram_desk.ui import formats
from ingram_desk.ui.widgets.error_banner import describe_error

__all__ = ["FeedListing"]


class FeedListing(QWidget):
    """A one-line outcome (``result``) over the remote listing (``listing``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = QLabel("", self)
        self.result.setWordWrap(True)
        self.listing = QTreeWidget(self)
        self.listing.setHeaderLabels(
            [self.tr("Remote file"), self.tr("Size"), self.tr("Time"), self.tr("Feed today")]
        )
        self.listing.setRootIsDecorated(False)
        self.listing.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result)
        layout.addWidget(self.listing, 1)

    def rows(self) -> dict[str, str]:
        """Remote file name → the feed it matches today ("" for none)."""
        items = (self.listing.topLevelItem(i) for i in range(self.listing.topLevelItemCount()))
        return {item.text(0): item.text(3) for item in items}

    def check(self, config: FeedConfig) -> bool:
        """Say what the settings lack; ``True`` when they can be tried."""
        problems = config.problems()
        if problems:
            self.result.setText(
                "; ".join(QCoreApplication.translate("Errors", p) for p in problems)
            )
            return False
        self.result.setText(self.tr("connecting…"))
        self.listing.clear()
        return True

    async def test(self, service: FeedService, config: FeedConfig, secret: str | None) -> None:
        """Connect with ``config`` (on the service's worker thread) and show what is there."""
        try:
            entries = await service.test_connection(config, secret)
        except Exception as exc:  # shown here, next to the settings being tried
            message, remedy, _correlation = describe_error(exc)
            text = self.tr("Failed: {exc}").format(exc=message)
            self.result.setText(f"{text} {remedy}" if remedy else text)
            return
        for entry, kind in entries:
            when = formats.datetime_text(entry.mtime.astimezone()) if entry.mtime else ""
            size = formats.quantity(entry.size) if entry.size is not None else ""
            QTreeWidgetItem(self.listing, [entry.name, size, when, kind or ""])
        for column in range(self.listing.columnCount()):
            self.listing.resizeColumnToContents(column)
        found = sorted({k for _e, k in entries if k})
        missing = [k for k in config.kinds() if k not in found]
        text = self.tr("Connected: %n file(s).", "", len(entries))
        if missing:
            text += self.tr(" No file for today's {v0} pattern.").format(v0=", ".join(missing))
        self.result.setText(text)
