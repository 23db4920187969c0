"""Help ▸ About: the version (from ``ingram_desk.__version__``, the one place it is set), the
licence notices the bundle must carry (Qt/PySide6 LGPL, Ingram's MIT-licensed OpenAPI spec) and
"Copy diagnostics" for a support ticket (versions, OS, profile kind; never a secret)."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ingram_desk import __version__
from ingram_desk.diagnostics import diagnostics_report
from ingram_desk.paths import resource_path
from ingram_desk.ui.icons import app_icon

__all__ = ["AboutDialog", "licence_text"]

#: notices shown in the dialog, in this order (``resources/licenses``)
LICENCE_FILES = ("THIRD-PARTY.txt", "ingram-openapi-MIT.txt")


def licence_text() -> str:
    parts = []
    for name in LICENCE_FILES:
        path = resource_path("licenses", name)
        try:
            parts.append(path.read_text(encoding="utf-8").strip())
        except OSError:
            parts.append(
                QCoreApplication.translate(
                    "AboutDialog", "({name} is missing from this installation)"
                ).format(name=name)
            )
    return "\n\n" + ("\n\n" + "─" * 40 + "\n\n").join(parts) + "\n"


class AboutDialog(QDialog):
    def __init__(
        self,
        *,
        profile_kind: str,
        data_dir: Path | None = None,
        logs_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Ingram Desk"))
        self._report_args = {
            "profile_kind": profile_kind,
            "data_dir": data_dir,
            "logs_dir": logs_dir,
        }

        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        self.title = QLabel(
            self.tr("<h2>Ingram Desk {__version__}</h2>").format(__version__=__version__), self
        )
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(
            self.tr(
                "Catalogue, live price &amp; availability and orders for Ingram Micro resellers.<br>Qt {v0} · PySide6 {__version__}"
            ).format(v0=qVersion(), __version__=PySide6.__version__),
            self,
        )
        blurb.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(blurb)
        head.addLayout(text, 1)

        self.licences = QPlainTextEdit(self)
        self.licences.setReadOnly(True)
        self.licences.setPlainText(self.tr("Licence notices") + licence_text())
        self.licences.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)  # the files are wrapped
        self.licences.setMinimumSize(720, 280)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy diagnostics"), self)
        self.copy_button.setToolTip(
            self.tr("Versions, OS and profile kind for a support ticket (no secrets)")
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_diagnostics)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)

    def diagnostics(self) -> str:
        platform_name = QGuiApplication.platformName()
        return diagnostics_report(
            **self._report_args,  # type: ignore[arg-type]
            extra={"Qt": f"{qVersion()} (platform plugin {platform_name})"},  # for support
        )

    def copy_diagnostics(self) -> str:
        text = self.diagnostics()
        QGuiApplication.clipboard().setText(text)
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(2000, self, lambda: self.copy_button.setText(self.tr("Copy diagnostics")))
        return text
