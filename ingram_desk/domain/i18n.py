"""Marks the domain's user-facing English texts for translation without importing Qt.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged; ``pyside6-lupdate`` recognises the
name and puts the text in the ``.ts`` files under ``context``. The UI translates it where it shows
it (``ingram_desk.ui.domain_texts``) with ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations

__all__ = ["QT_TRANSLATE_NOOP"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` as it is; the call only marks it for lupdate under ``context``."""
    del context
    return text
