"""``tr`` for the Orders tab's behaviour mixins: lupdate files a ``Mixin.tr("…")`` call under the
mixin's name, and PySide6's ``self.tr`` would look it up under the widget's class name instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["Translated"]


class Translated:
    """Base of a mixin listed after ``QWidget``: ``Mixin.tr(text)`` translates in the mixin's
    own context (the ``.ts`` context lupdate gives it)."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
