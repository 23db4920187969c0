"""How the app process opens a generation swapped in: queries open it (once, whichever threads
notice it), page reads never do — they read the generation the view's ids came from — and the
first one opened loads no module (a module loaded then held the GIL while the window waited)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from ingram_desk.catalogue import engine
from ingram_desk.catalogue.engine import Catalogue, catalogue_root, import_price_file
from ingram_desk.catalogue.generation import current_name
from ingram_desk.catalogue.query import CatalogueQuery

from .builders import dach_row, write_dach

ROOT = Path(__file__).resolve().parents[2]


def _file(tmp_path: Path, name: str, vendor: str, n: int = 30) -> Path:
    rows = [dach_row(f"{name}{i:03}", vendor=vendor, ek=f"{10 + i}.00") for i in range(n)]
    return write_dach(tmp_path / f"{name}.csv", rows)


def test_a_page_read_serves_the_generation_the_views_ids_came_from(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    import_price_file(db, _file(tmp_path, "A", "ACME"))
    cat = Catalogue.open(db)
    ids = cat.query_ids(CatalogueQuery())
    import_price_file(db, _file(tmp_path, "B", "BETA"), force=True)  # another process swaps
    assert {p.vendor for p in cat.read_rows(ids)} == {"ACME"}  # the view's rows, as queried
    assert cat.info().generation == 2  # a query, info or change summary opens the new one
    assert {p.vendor for p in cat.read_rows(cat.query_ids(CatalogueQuery()))} == {"BETA"}


def test_pages_of_a_generation_deleted_since_come_from_the_live_one(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    import_price_file(db, _file(tmp_path, "A", "ACME"))
    cat = Catalogue.open(db)
    ids = cat.query_ids(CatalogueQuery())[:5]
    first = current_name(catalogue_root(db))
    for name in ("B", "C"):  # two swaps: the first generation's folder is removed
        import_price_file(db, _file(tmp_path, name, f"VENDOR {name}"), force=True)
    assert not (catalogue_root(db) / str(first)).exists()
    assert {p.vendor for p in cat.read_rows(ids)} == {"VENDOR C"}  # no error: the live rows


def test_a_new_generation_is_opened_once_whichever_threads_notice_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "c.sqlite3"
    import_price_file(db, _file(tmp_path, "A", "ACME"))
    cat = Catalogue.open(db)
    cat.query_ids(CatalogueQuery())
    opened: list[str | None] = []
    real = engine.open_generation

    def counted(root: Path, name: str | None = None) -> object:
        opened.append(name)
        return real(root, name)

    monkeypatch.setattr(engine, "open_generation", counted)
    import_price_file(db, _file(tmp_path, "B", "BETA"), force=True)
    start = threading.Barrier(8)
    found: list[int] = []

    def query() -> None:
        start.wait()
        found.append(len(cat.query_ids(CatalogueQuery(text="beta"))))

    threads = [threading.Thread(target=query) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert found == [30] * 8
    assert opened == [current_name(catalogue_root(db))]


_FIRST_OPEN = """
import json, sys
from pathlib import Path
from ingram_desk.catalogue.engine import Catalogue
from ingram_desk.catalogue.query import CatalogueQuery
cat = Catalogue.open(Path(sys.argv[1]))
before = set(sys.modules)
cat.info(); cat.changes(); cat.vendors(); cat.category_tree()
ids = cat.query_ids(CatalogueQuery(text="acme", sort_key="customer_price"))
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_the_first_generation_the_app_opens_loads_no_module(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite3"
    import_price_file(db, _file(tmp_path, "A", "ACME"))
    import_price_file(db, _file(tmp_path, "B", "ACME", n=40), force=True)  # with changes
    out = subprocess.run(
        [sys.executable, "-c", _FIRST_OPEN, str(db)], cwd=ROOT, capture_output=True, text=True,
        timeout=120, check=True,
    )  # fmt: skip
    assert json.loads(out.stdout) == []
