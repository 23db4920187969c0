"""A catalogue of 30 old rows served by a ``CatalogueService`` that imports even tiny files in
two stages, and the file that replaces it (one row new, one gone): the two-stage and kept
import tests start from it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ingram_desk.services.catalogue_service import CatalogueQuery, CatalogueService
from tests.catalogue.builders import dach_row, write_dach

OLD = [dach_row(f"A{i:03d}", text1=f"OLD ARTICLE {i}") for i in range(30)]
NEW = [*OLD[:29], dach_row("NEW001", "NW-77-X", text1="BRAND NEW DOCK")]


def skus(reader: Any, text: str) -> list[str]:
    return [p.sku for p in reader.read_rows(reader.query_ids(CatalogueQuery(text=text)))]


@pytest.fixture
def service(tmp_path: Path) -> Iterator[CatalogueService]:
    svc = CatalogueService(tmp_path / "c.sqlite3", two_stage_min_bytes=0)  # even tiny files
    asyncio.run(svc.import_files(write_dach(tmp_path / "old.csv", OLD)))
    yield svc
    svc.close()
