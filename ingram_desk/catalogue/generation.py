"""A settled catalogue kept on disk as one generation folder of memory-mapped columns.

Why: the settled snapshot (``snapshot.Snapshot.state``) is already every part a query needs —
word index, part-number buffer, sort ranks, filter columns, display rows — so writing those
parts as they are makes the catalogue durable in about a second, and reopening maps them
instead of reading them (a first page in ~0.1 s at a million rows, the page cache shared with
the import that wrote them). Each part is one file: numpy arrays as ``.npy`` (``np.load`` maps
them; a polars number column wraps the mapped array without a copy), text, category and
mask columns as zstd-compressed Arrow IPC (read, a few MB), the SKU/price/stock table the next
import joins with likewise (9 MB at a million rows; 52 MB uncompressed), the few small
values (plan, vendors, category tree) in ``meta.pickle``, written by this module only. Display
rows read back from the price file by offset come from a copy of that file in the folder, so
the user's file is never held open and may be deleted.

The swap is atomic: a generation is written into ``<name>.part``, every file fsynced, the
folder renamed to ``<name>``, and then the small pointer file ``CURRENT`` replaced (written
beside it and renamed over it). Until that rename the previous generation is the catalogue;
a killed or failed writer leaves only a ``.part`` folder, which ``remove_stale`` deletes.
The previous generation is kept (another process may still read it, and the change summary
joins against it); older ones are removed lazily: a folder that cannot be deleted yet
(Windows refuses while a file in it is mapped) is tried again next time.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import time
from collections.abc import Collection, Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import polars as pl

from ingram_desk import crash_points
from ingram_desk.paths import PRIVATE_FILE_MODE, private_dir

from .snapshot import Snapshot

__all__ = [
    "POINTER",
    "current_name",
    "open_generation",
    "read_info",
    "read_table",
    "remove_stale",
    "write_generation",
]

#: the pointer file naming the live generation folder
POINTER = "CURRENT"
_META = "meta.pickle"
_INFO = "info.json"
_ROWS_FILE = "rows.src"
#: arrays smaller than this are read, not mapped (numpy cannot map an empty file)
_MAP_FROM = 1 << 16


#: Set to a crash point's name (``before_generation_rename``…) to die there (tests).
CRASH_ENV = "INGRAM_DESK_CATALOGUE_CRASH_AT"


def crash_point(name: str) -> None:
    """Exit at once with status 70 when ``CRASH_ENV`` names this point (kill tests)."""
    crash_points.crash_point(name, CRASH_ENV)


def current_name(root: Path) -> str | None:
    """The live generation's folder name under ``root``, or ``None`` (no catalogue yet)."""
    try:
        name = (Path(root) / POINTER).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return name if name and (Path(root) / name / _META).is_file() else None


def write_generation(
    snapshot: Snapshot,
    root: Path,
    *,
    info: Mapping[str, Any] | None = None,
    tables: Mapping[str, pl.DataFrame] | None = None,
    reuse: tuple[str, Collection[str]] | None = None,
) -> Path:
    """Write ``snapshot`` (settled here if it is not yet) as a new generation under ``root``
    and make it the live one; returns its folder. ``info`` (JSON values: what the catalogue
    tells about itself) and ``tables`` (frames read only when asked for, ``read_table``) go
    with it. ``reuse`` = (a generation's name, the parts that changed): every other part is
    that generation's file, linked (a stock file's generation writes a few MB, not the
    catalogue). Blocking: about a second at a million rows. Raises ``OSError`` (disk full…)
    with the previous generation still live."""
    root = private_dir(Path(root))
    state = snapshot.state()
    name = f"g{time.time_ns():x}"
    part = private_dir(root / f"{name}.part")
    try:
        meta: dict[str, Any] = {"files": {}}
        shared: dict[str, tuple[str, str]] = {}
        if reuse is not None:
            with open(root / reuse[0] / _META, "rb") as f:
                shared = pickle.load(f)["files"]
        for key, value in state.items():
            if key == "meta":
                continue
            if key in shared and key not in reuse[1]:  # type: ignore[index]
                kind, file = shared[key]
                _link(root / reuse[0] / file, part / file)  # type: ignore[index]
                meta["files"][key] = (kind, file)
            else:
                meta["files"][key] = _write_part(part, key, value)
        meta["state"] = state["meta"]
        for key, frame in (tables or {}).items():  # read at the next import only: zstd
            with _create(part / f"table.{key}.arrow") as f:
                frame.write_ipc(f, compression="zstd")
                _flush(f)
        _write_file(part / _INFO, json.dumps(dict(info or {}), ensure_ascii=False).encode())
        _write_file(part / _META, pickle.dumps(meta, protocol=pickle.HIGHEST_PROTOCOL))
        _sync_dir(part)
        crash_point("before_generation_rename")
        os.replace(part, root / name)
        _sync_dir(root)
        crash_point("before_generation_pointer")
        _write_file(root / f"{POINTER}.tmp", name.encode("utf-8"))
        os.replace(root / f"{POINTER}.tmp", root / POINTER)
        _sync_dir(root)
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)
        raise
    return root / name


def open_generation(root: Path, name: str | None = None) -> Snapshot | None:
    """The generation ``name`` (default: the live one) under ``root`` as a settled
    ``Snapshot`` (its parts mapped, not read), or ``None`` when there is none. Raises
    ``OSError``/``ValueError`` for a damaged one."""
    name = name or current_name(root)
    if name is None:
        return None
    folder = Path(root) / name
    with open(folder / _META, "rb") as f:
        meta = pickle.load(f)  # written by ``write_generation`` in the app's private folder
    state: dict[str, Any] = {"meta": meta["state"]}
    for key, (kind, file) in meta["files"].items():
        state[key] = _read_part(folder / file, kind)
    return Snapshot.restored(state)


def read_info(root: Path, name: str) -> dict[str, Any]:
    """The ``info`` the generation ``name`` was written with."""
    return json.loads((Path(root) / name / _INFO).read_text(encoding="utf-8"))


def read_table(root: Path, name: str, key: str) -> pl.DataFrame | None:
    """One of the ``tables`` the generation ``name`` was written with (``None``: not there)."""
    path = Path(root) / name / f"table.{key}.arrow"
    return pl.read_ipc(path) if path.is_file() else None


def remove_stale(root: Path) -> list[str]:
    """Delete the generation folders under ``root`` other than the live one and the one
    before it, and any ``.part`` left by a killed writer; returns the names deleted. A folder
    that cannot be deleted now (mapped by a reader on Windows) is left for the next call."""
    root = Path(root)
    live = current_name(root)
    if not root.is_dir():
        return []
    done = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.endswith(".part"))
    keep = {live}
    if live is not None:
        earlier = [p.name for p in done if p.name < live]
        keep.update(earlier[-1:])
    removed = []
    for folder in root.iterdir():
        if folder.is_dir() and folder.name not in keep:
            try:
                shutil.rmtree(folder)
            except OSError:
                continue
            removed.append(folder.name)
    return removed


def _write_part(folder: Path, key: str, value: Any) -> tuple[str, str]:
    """One part as a file in ``folder``: (kind, file name)."""
    if isinstance(value, pl.Series) and value.dtype.is_numeric() and not value.null_count():
        return "column", _write_part(folder, key, value.to_numpy())[1]  # mapped as it is
    if isinstance(value, pl.Series):  # text, categories, masks: read into memory (small)
        file = f"{key}.arrow"
        with _create(folder / file) as f:
            pl.DataFrame([value.alias("v")]).write_ipc(f, compression="zstd")
            _flush(f)
        return "series", file
    if isinstance(value, np.ndarray):
        file = f"{key}.npy"
        with _create(folder / file) as f:
            np.save(f, np.ascontiguousarray(value), allow_pickle=False)
            _flush(f)
        return "array", file
    if isinstance(value, Path):  # the file rows are read back from: copied beside the parts
        with open(value, "rb") as src, _create(folder / _ROWS_FILE) as f:
            shutil.copyfileobj(src, f, 1 << 20)
            _flush(f)
        return "path", _ROWS_FILE
    raise TypeError(f"cannot keep {key!r} of type {type(value).__name__} in a generation")


def _read_part(path: Path, kind: str) -> Any:
    if kind == "series":
        return pl.read_ipc(path).get_column("v")
    if kind == "column":  # polars keeps numpy's (mapped) buffer: no copy
        return pl.Series(_read_part(path, "array"))
    if kind == "array":
        mapped = path.stat().st_size >= _MAP_FROM
        return np.load(path, mmap_mode="r" if mapped else None, allow_pickle=False)
    if kind == "path":
        return path
    raise ValueError(f"unknown part kind {kind!r} in {path.parent.name}")


def _link(source: Path, target: Path) -> None:
    """``target`` as a second name of ``source`` (NTFS, APFS and ext4 all allow it), or a
    copy where links are refused (FAT, some network shares)."""
    try:
        os.link(source, target)
    except OSError:
        with open(source, "rb") as src, _create(target) as f:
            shutil.copyfileobj(src, f, 1 << 20)
            _flush(f)


def _create(path: Path) -> BinaryIO:
    """A new file open for writing, readable by this user only (0600: data files are private)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, PRIVATE_FILE_MODE), "wb")


def _write_file(path: Path, data: bytes) -> None:
    with _create(path) as f:
        f.write(data)
        _flush(f)


def _flush(f: Any) -> None:
    f.flush()
    os.fsync(f.fileno())


def _sync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable where the OS allows it (POSIX opens a directory
    to fsync it; Windows cannot open one and commits a rename with the metadata itself)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
