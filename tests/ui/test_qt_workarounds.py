"""The PySide6 6.12 signal refcount workaround: emit/disconnect no longer steal ``True``."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from ingram_desk.ui import qt_workarounds


class _Sender(QObject):
    changed = Signal(int)


def test_emit_and_disconnect_keep_the_reference_count_of_true() -> None:
    qt_workarounds.install()
    assert qt_workarounds.leaking_methods() == []
    sender = _Sender()
    seen: list[int] = []
    before = sys.getrefcount(True)
    for i in range(500):
        sender.changed.connect(seen.append)
        sender.changed.emit(i)
        sender.changed.disconnect(seen.append)
    assert sys.getrefcount(True) >= before
    assert seen == list(range(500))
