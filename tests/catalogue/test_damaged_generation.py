"""Issue 19 defect 6 on the one engine: a damaged generation folder (CURRENT naming a missing
folder, an array file cut short or emptied, a file missing, garbage in the meta or info file,
a folder from a newer format) is one line on ``catalogue info`` / ``search`` and in the
window, never a traceback; importing again sets the damaged folder aside (kept, not deleted)
and rebuilds the catalogue."""

from __future__ import annotations

import os
import pickle
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from ingram_desk.catalogue.engine import Catalogue, catalogue_root, import_price_file
from ingram_desk.catalogue.generation import (
    FORMAT,
    POINTER,
    GenerationDamagedError,
    check_generation,
    current_name,
)
from ingram_desk.cli.main import main

SAMPLE = Path(__file__).parents[2] / "resources" / "sample" / "price_file.csv"


def _cut(path: Path, keep: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


def _garble(path: Path) -> None:
    path.write_bytes(b"\xff{" * path.stat().st_size)  # as long as it was, not JSON


def _biggest(folder: Path, suffix: str) -> Path:
    return max(folder.glob(f"*{suffix}"), key=lambda p: p.stat().st_size)


def _newer_format(folder: Path) -> None:
    meta = pickle.loads((folder / "meta.pickle").read_bytes())
    meta["format"] = FORMAT + 1
    (folder / "meta.pickle").write_bytes(pickle.dumps(meta))


def _older_format(folder: Path) -> None:
    """As the version before wrote it (format 2: the rows' blocks in zlib)."""
    meta = pickle.loads((folder / "meta.pickle").read_bytes())
    meta["format"] = FORMAT - 1
    (folder / "meta.pickle").write_bytes(pickle.dumps(meta))


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "current names a missing folder": (lambda g: shutil.rmtree(g), "which is missing"),
    "array cut short": (lambda g: _cut(_biggest(g, ".npy"), 0.5), ".npy is cut short"),
    "array emptied": (lambda g: _cut(_biggest(g, ".npy"), 0), "(0 bytes)"),
    "rows file cut short": (
        lambda g: _cut(g / "rows.blocks.npy", 0.3),
        "rows.blocks.npy is cut short",
    ),
    "written by an older version": (_older_format, "an older Ingram Desk wrote it"),
    "file missing": (lambda g: _biggest(g, ".arrow").unlink(), "is missing"),
    "garbage meta": (lambda g: (g / "meta.pickle").write_bytes(b"\x80\x05garbage"), "garbled"),
    "meta of another shape": (
        lambda g: (g / "meta.pickle").write_bytes(pickle.dumps({"files": 5})),
        "garbled",
    ),
    "garbage info": (lambda g: _garble(g / "info.json"), "info.json is garbled"),
    "newer format": (_newer_format, "newer Ingram Desk"),
}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    assert main(["--data-dir", str(d), "catalogue", "import", str(SAMPLE)]) == 0
    return d


def _live(data_dir: Path) -> tuple[Path, str]:
    root = catalogue_root(data_dir / "profiles" / "demo" / "catalogue.sqlite3")
    name = current_name(root)
    assert name is not None
    return root, name


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_a_damaged_generation_is_one_line_and_import_recovers(
    kind: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, name = _live(data_dir)
    damage, words = DAMAGE[kind]
    damage(root / name)
    with pytest.raises(GenerationDamagedError, match="import the price file again"):
        check_generation(root, name)
    capsys.readouterr()
    for argv in (("catalogue", "info"), ("catalogue", "search", "cable")):
        assert main(["--data-dir", str(data_dir), *argv]) == 1, kind
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err, err
        assert words in err and "import the price file again" in err, err

    assert main(["--data-dir", str(data_dir), "catalogue", "import", str(SAMPLE)]) == 0
    err = capsys.readouterr().err
    assert "set aside as" in err and words in err  # said what it did
    aside = [p.name for p in root.iterdir() if ".damaged-" in p.name]
    assert aside and all(n.startswith((name, POINTER)) for n in aside)  # kept, not deleted
    fresh = current_name(root)
    assert fresh not in (None, name)
    check_generation(root, fresh)
    assert main(["--data-dir", str(data_dir), "catalogue", "search", "cable"]) == 0
    assert "found" in capsys.readouterr().out
    import_price_file(root.with_name("catalogue.sqlite3"), SAMPLE)  # again: the aside stays
    assert [p.name for p in root.iterdir() if ".damaged-" in p.name] == aside


async def test_the_window_says_so_in_one_line_and_starts_empty(
    qtbot, data_dir: Path, make_main_window
) -> None:
    """The window's catalogue service sets the damaged generation aside at its first read and
    the banner says so in one line; the window opens with an empty catalogue."""
    from ingram_desk.services.catalogue_service import CatalogueService

    root, name = _live(data_dir)
    _cut(_biggest(root / name, ".npy"), 0.5)
    service = CatalogueService(root.with_name("catalogue.sqlite3"), in_subprocess=False)
    try:
        window = make_main_window(service)
        assert not window.banner.isVisible()  # the engine is opened at the first read, not before
        await window.refresh_catalogue_state()  # the first read, as after the window shows
        text = window.banner.text()
        assert window.banner.isVisible() and "cut short" in text and "set aside as" in text
        assert "import the price file again" in text and "Traceback" not in text
        assert Catalogue(root).info().row_count == 0
        if os.environ.get("INGRAM_DESK_SHOTS"):
            window.grab().save(os.path.join(os.environ["INGRAM_DESK_SHOTS"], "damaged-gen.png"))
    finally:
        service.close()


def test_a_generation_written_now_records_its_format_and_sizes(data_dir: Path) -> None:
    root, name = _live(data_dir)
    meta = check_generation(root, name)
    assert meta["format"] == FORMAT
    assert meta["sizes"]["rows.blocks.npy"] == (root / name / "rows.blocks.npy").stat().st_size
