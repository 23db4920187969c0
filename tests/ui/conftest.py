"""The ui tests read English, as the app speaks it: source texts plus the plural forms of
``ingram_desk_en.ts`` ("1 task running", "12 products")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(autouse=True, scope="session")
def _english(qapp: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    from ingram_desk.ui.i18n import install_language

    install_language(qapp, "en", tmp_path_factory.mktemp("i18n"))
    yield
