"""Fixtures of the catalogue engine's tests (the shared ones are in ``tests/fixtures``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import Catalogue


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """An empty settings database, as the app's service creates it before importing."""
    path = tmp_path / "c.sqlite3"
    Catalogue.open(path).close()
    return path
