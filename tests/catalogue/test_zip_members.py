"""A price file chosen as a ZIP: its member is unpacked to a private temporary file for the read
(not held whole in memory beside the columns read from it) and that file goes afterwards,
whatever happens; a damaged member is refused in one line and the catalogue stays as it was."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import Catalogue, import_files
from ingram_desk.catalogue.query import CatalogueQuery
from ingram_desk.catalogue.report import CatalogueImportError
from ingram_desk.catalogue.sniff import open_source

from .builders import na_row, na_text, write_damaged_zip, write_zip


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, here one of the test's own, so what is left is seen."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def na_bytes(n: int, vendor: str = "ACME NETWORKS", encoding: str = "ascii") -> bytes:
    rows = [na_row(f"S{i:06d}", f"VPN-{i}") for i in range(n)]
    return na_text(rows).replace(b"ACME NETWORKS", vendor.encode(encoding))


def live_skus(db: Path) -> list[str]:
    store = Catalogue.open(db)
    try:
        ids = store.query_ids(CatalogueQuery())
        return sorted(p.sku for p in store.read_rows(ids))
    finally:
        store.close()


def test_a_member_is_read_from_a_private_file_that_is_gone_afterwards(
    tmp_path: Path, temp_dir: Path
) -> None:
    data = na_bytes(300)
    source = open_source(write_zip(tmp_path / "PRICE.ZIP", "PRICE.TXT", data))
    with source.on_disk() as path:
        assert path.parent == temp_dir and path.read_bytes() == data
        if sys.platform != "win32":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list(temp_dir.iterdir()) == []
    (tmp_path / "PRICE.TXT").write_bytes(data)
    plain = open_source(tmp_path / "PRICE.TXT")
    with plain.on_disk() as path:  # a file on disk is read where it is
        assert path == tmp_path / "PRICE.TXT"
    assert path.exists() and list(temp_dir.iterdir()) == []


def test_a_zip_import_keeps_every_row_and_leaves_nothing_in_the_temporary_folder(
    tmp_path: Path, temp_dir: Path
) -> None:
    src = write_zip(tmp_path / "PRICE.ZIP", "PRICE.TXT", na_bytes(300))
    report = import_files(tmp_path / "c.sqlite3", src)
    assert report.source == "PRICE.ZIP:PRICE.TXT" and report.rows_imported == 300
    assert live_skus(tmp_path / "c.sqlite3")[:2] == ["S000000", "S000001"]
    assert list(temp_dir.iterdir()) == []


@pytest.mark.parametrize(
    ("where", "encoding"), [("end", "ascii"), ("start", "ascii"), ("end", "cp1252")]
)
def test_a_damaged_member_is_refused_in_one_line_and_the_catalogue_stays(
    tmp_path: Path, temp_dir: Path, where: str, encoding: str
) -> None:
    """Before, an import of such a ZIP ended in "unexpected error: BadZipFile" (or zlib's)."""
    db = tmp_path / "c.sqlite3"
    assert import_files(db, write_zip(tmp_path / "OK.ZIP", "PRICE.TXT", na_bytes(20))).rows_imported
    before = live_skus(db)
    vendor = "MÜLLER GMBH" if encoding == "cp1252" else "ACME NETWORKS"
    bad = write_damaged_zip(tmp_path / "PRICE.ZIP", na_bytes(3000, vendor, encoding), where)
    with pytest.raises(CatalogueImportError) as exc:
        import_files(db, bad)
    message = str(exc.value)
    assert "PRICE.ZIP:PRICE.TXT" in message and "the ZIP archive is damaged" in message
    assert "\n" not in message
    assert live_skus(db) == before
    assert list(temp_dir.iterdir()) == []
    assert not [f for f in os.listdir(tmp_path) if f.endswith(".unpacked")]


def test_a_member_protected_by_a_password_is_refused_in_one_line(tmp_path: Path) -> None:
    """A price list mailed as a ZIP with a password ended in "unexpected error: RuntimeError:
    File 'PRICE.TXT' is encrypted, password required for extraction"."""
    src = write_zip(tmp_path / "PRICE.ZIP", "PRICE.TXT", na_bytes(20))
    raw = bytearray(src.read_bytes())
    for signature, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # local and central flags
        raw[raw.index(signature) + at] |= 0x1  # (bit 0: the member is encrypted)
    src.write_bytes(bytes(raw))
    with pytest.raises(CatalogueImportError) as exc:
        import_files(tmp_path / "c.sqlite3", src)
    assert "PRICE.TXT is protected by a password" in str(exc.value)
    assert "\n" not in str(exc.value)
