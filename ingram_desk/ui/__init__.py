"""PySide6 widgets, models and the async bridge; the only layer that imports Qt."""
