"""The main window: four tabs, menus and a status bar; tabs live in their own modules."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

__all__ = ["MainWindow"]

TAB_TITLES = ("Catalogue", "P&A", "Order", "Orders")


class MainWindow(QMainWindow):
    def __init__(self, profile_name: str = "demo") -> None:
        super().__init__()
        self.setWindowTitle(f"Ingram Desk — {profile_name}")
        self.resize(1280, 800)
        self.tabs = QTabWidget(self)
        for title in TAB_TITLES:
            self.tabs.addTab(QLabel(f"{title}: coming soon"), title)
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage(f"Profile: {profile_name}")
