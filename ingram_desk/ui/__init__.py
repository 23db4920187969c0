"""PySide6 widgets, models and the async bridge; the only layer that imports Qt.

Importing it applies ``qt_workarounds`` first (PySide6 6.12.0 loses a reference on every emit).
"""

from ingram_desk.ui import qt_workarounds

qt_workarounds.install()
