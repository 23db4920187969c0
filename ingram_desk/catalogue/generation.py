"""A settled catalogue kept on disk as one generation folder of memory-mapped columns.

Why: the settled snapshot (``snapshot.Snapshot.state``) is already every part a query needs —
word index, part-number buffer, sort ranks, filter columns, display rows — so writing those
parts as they are makes the catalogue durable in about a second, and reopening maps them
instead of reading them (a first page in ~0.1 s at a million rows, the page cache shared with
the import that wrote them). Each part is one file: numpy arrays as ``.npy`` (``np.load`` maps
them; a polars number column wraps the mapped array without a copy), text, category and
mask columns as zstd-compressed Arrow IPC (read, a few MB), the SKU/price/stock table the next
import joins with likewise (9 MB at a million rows; 52 MB uncompressed), the few small
values (plan, vendors, category tree) in ``meta.pickle``, written by this module only. The
display rows are the file's records compressed (``row_blocks``, about a third of the file),
so the user's file is never held open and may be deleted.

The swap is atomic: a generation is written into ``<name>.part``, every file fsynced, the
folder renamed to ``<name>``, and then the small pointer file ``CURRENT`` replaced (written
beside it and renamed over it). Until that rename the previous generation is the catalogue;
a killed or failed writer leaves only a ``.part`` folder, which ``remove_stale`` deletes.
The writer keeps the previous generation (another process may still read it: the app, while
its import's child swaps); the app deletes it once it reads the new one (``Catalogue.
let_older_go``), so the catalogue takes one generation's disk between imports. A folder
that cannot be deleted yet (Windows refuses while a file in it is mapped) is tried again at
the next clear-up.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import time
from collections.abc import Collection, Iterable, Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

# polars imports numpy.ma on the first numpy array it wraps (``_read_part``): loaded here, with
# the engine, not as the app opens its first new generation (~40 ms of module code holding the
# GIL while the window waits; bench/feeds_bench.py)
import numpy.ma
import polars as pl

from ingram_desk import crash_points
from ingram_desk.domain.product import Product
from ingram_desk.paths import PRIVATE_FILE_MODE, private_dir

from .row_blocks import Blocks
from .snapshot import Snapshot

__all__ = [
    "FORMAT",
    "POINTER",
    "GenerationDamagedError",
    "check_generation",
    "current_name",
    "open_generation",
    "products_by_sku",
    "read_info",
    "read_table",
    "remove_stale",
    "set_aside_damaged",
    "sync_dir",
    "write_generation",
]

#: the pointer file naming the live generation folder
POINTER = "CURRENT"
#: the folder layout this version writes (``meta["format"]``); another one is not read (3: the
#: rows' blocks are Zstandard frames; 2 had them in zlib; 1 kept a copy of the price file)
FORMAT = 3
#: what a damaged generation folder (or a pointer to a missing one) is renamed with
DAMAGED = ".damaged-"
_META = "meta.pickle"
_INFO = "info.json"
#: arrays smaller than this are read, not mapped (numpy cannot map an empty file)
_MAP_FROM = 1 << 16


#: Set to a crash point's name (``before_generation_rename``…) to die there (tests).
CRASH_ENV = crash_points.CATALOGUE_CRASH_ENV


def crash_point(name: str) -> None:
    """Exit at once with status 70 when ``CRASH_ENV`` names this point (kill tests)."""
    crash_points.crash_point(name, CRASH_ENV)


class GenerationDamagedError(ValueError):
    """The live generation cannot be read: a file of it is missing, cut short or garbled,
    ``CURRENT`` names a folder that is not there, or a newer version wrote it. Re-importable:
    ``set_aside_damaged`` renames it and the next import writes a new one."""

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(
            f"The catalogue (generation {name}) cannot be read: {detail}; import the price file"
            " again to rebuild it (`ingram-desk catalogue import PRICEFILE`)"
        )
        self.name, self.detail = name, detail

    def __reduce__(self) -> tuple:  # crosses from the import child process intact
        return (type(self), (self.name, self.detail))


def current_name(root: Path) -> str | None:
    """The live generation's folder name under ``root`` (as ``CURRENT`` names it: the folder
    may be missing, which ``check_generation`` says), or ``None`` (no catalogue yet)."""
    try:
        name = (Path(root) / POINTER).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError, UnicodeDecodeError):
        return None
    return name or None


def check_generation(root: Path, name: str) -> dict[str, Any]:
    """The generation ``name``'s meta after checking that every file of it is there, whole
    and of a format this version reads (a few stats and headers, no data read); raises
    ``GenerationDamagedError`` saying which file and what is wrong."""
    folder = Path(root) / name
    if not folder.is_dir():
        raise GenerationDamagedError(name, f"{POINTER} names the folder {name}, which is missing")
    try:
        with open(folder / _META, "rb") as f:
            meta = pickle.load(f)  # written by ``write_generation`` in the app's private folder
    except FileNotFoundError:
        raise GenerationDamagedError(name, f"{_META} is missing") from None
    except Exception as exc:  # any garbage: pickle raises many kinds
        raise GenerationDamagedError(name, f"{_META} is garbled ({type(exc).__name__})") from None
    try:
        version = meta.get("format", 1)
        files = {str(file): str(kind) for kind, file in meta["files"].values()}
        sizes = {str(file): int(size) for file, size in meta.get("sizes", {}).items()}
        meta["state"]
    except (AttributeError, TypeError, ValueError, KeyError):
        raise GenerationDamagedError(name, f"{_META} is garbled (not a generation's)") from None
    if not isinstance(version, int) or version > FORMAT:
        raise GenerationDamagedError(
            name, f"a newer Ingram Desk wrote it (format {version}; this version reads {FORMAT})"
        )
    if version < FORMAT:
        raise GenerationDamagedError(
            name, f"an older Ingram Desk wrote it (format {version}; this version reads {FORMAT})"
        )
    for file in [*sizes, _INFO]:  # the tables and info too
        files.setdefault(file, "file")
    for file, kind in files.items():
        path = folder / file
        try:
            size = path.stat().st_size
        except OSError:
            raise GenerationDamagedError(name, f"its file {file} is missing") from None
        mapped = kind in ("array", "column", "blocks")
        if size < sizes.get(file, 0) or (mapped and not _npy_whole(path, size)):
            raise GenerationDamagedError(name, f"its file {file} is cut short ({size:,} bytes)")
    try:
        info = json.loads((folder / _INFO).read_bytes())
    except (OSError, ValueError):
        info = None
    if not isinstance(info, dict):
        raise GenerationDamagedError(name, f"its file {_INFO} is garbled")
    return meta


def _npy_whole(path: Path, size: int) -> bool:
    """Whether the ``.npy`` file holds as many bytes as its header says (no data read)."""
    try:
        with open(path, "rb") as f:
            fmt = np.lib.format
            version = fmt.read_magic(f)
            read = fmt.read_array_header_1_0 if version == (1, 0) else fmt.read_array_header_2_0
            shape, _fortran, dtype = read(f)
            offset = f.tell()
    except (OSError, ValueError, SyntaxError, TypeError):
        return False
    return size >= offset + int(np.prod(shape, dtype=np.int64)) * dtype.itemsize


def set_aside_damaged(root: Path) -> str | None:
    """When the live generation under ``root`` is damaged (``check_generation``), rename its
    folder and ``CURRENT`` to ``….damaged-<time>`` (kept to look at, never deleted) so the
    next import starts afresh; returns what was wrong and where it went, else ``None``."""
    root = Path(root)
    name = current_name(root)
    if name is None:
        return None
    try:
        check_generation(root, name)
        return None
    except GenerationDamagedError as exc:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = f"{POINTER}{DAMAGED}{stamp}"
        if (root / name).is_dir():
            try:
                os.replace(root / name, root / f"{name}{DAMAGED}{stamp}")
                aside = f"{name}{DAMAGED}{stamp}"
            except OSError:  # in use (Windows: mapped by another window): left where it is
                aside = f"{POINTER}{DAMAGED}{stamp} (its folder {name} is in use)"
        os.replace(root / POINTER, root / f"{POINTER}{DAMAGED}{stamp}")
        sync_dir(root)
        return f"The catalogue could not be read: {exc.detail}; it was set aside as {aside}"


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
        meta["format"] = FORMAT  # and every file's size: a file cut short later is found
        meta["sizes"] = {p.name: p.stat().st_size for p in part.iterdir()}
        _write_file(part / _META, pickle.dumps(meta, protocol=pickle.HIGHEST_PROTOCOL))
        sync_dir(part)
        crash_point("before_generation_rename")
        os.replace(part, root / name)
        sync_dir(root)
        crash_point("before_generation_pointer")
        _write_file(root / f"{POINTER}.tmp", name.encode("utf-8"))
        os.replace(root / f"{POINTER}.tmp", root / POINTER)
        sync_dir(root)
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)
        raise
    return root / name


def open_generation(root: Path, name: str | None = None) -> Snapshot | None:
    """The generation ``name`` (default: the live one) under ``root`` as a settled
    ``Snapshot`` (its parts mapped, not read), or ``None`` when there is none. Raises
    ``GenerationDamagedError`` (checked first, ``check_generation``) for a damaged one."""
    name = name or current_name(root)
    if name is None:
        return None
    folder = Path(root) / name
    meta = check_generation(root, name)
    state: dict[str, Any] = {"meta": meta["state"]}
    for key, (kind, file) in meta["files"].items():
        state[key] = _read_part(folder / file, kind)
    return Snapshot.restored(state)


def read_info(root: Path, name: str) -> dict[str, Any]:
    """The ``info`` the generation ``name`` was written with (``GenerationDamagedError``
    when it cannot be read)."""
    try:
        info = json.loads((Path(root) / name / _INFO).read_bytes())
    except FileNotFoundError:
        check_generation(root, name)  # says what is wrong: the folder or the file is missing
        raise
    except (OSError, ValueError):
        info = None
    if not isinstance(info, dict):
        raise GenerationDamagedError(name, f"its file {_INFO} is garbled")
    return info


def read_table(
    root: Path, name: str, key: str, columns: list[str] | None = None
) -> pl.DataFrame | None:
    """One of the ``tables`` the generation ``name`` was written with, or those ``columns``
    of it (``None``: not there)."""
    path = Path(root) / name / f"table.{key}.arrow"
    return pl.read_ipc(path, columns=columns) if path.is_file() else None


def products_by_sku(
    root: Path,
    name: str,
    skus: Iterable[str],
    snap: Snapshot | None = None,
    keys: pl.DataFrame | None = None,
) -> dict[str, Product]:
    """The products of exactly these SKUs in the generation ``name`` (``snap``: it, opened;
    ``keys``: its kept keys, read): one join of its kept keys for thousands, as a change list
    asks (``Snapshot.lookup`` searches the part numbers, ~10 ms a code at a million rows)."""
    keys = read_table(root, name, "keys", ["sku"]) if keys is None else keys
    if keys is None:
        return {}
    snap = snap or open_generation(root, name)
    at = keys.get_column("sku").is_in(pl.Series(list(skus), dtype=pl.String).implode()).arg_true()
    ids = snap.frame.get_column("_id").gather(at).to_list()
    return {p.sku: p for p in snap.read_rows(ids)}


def remove_stale(root: Path, *, keep_previous: bool = True) -> list[str]:
    """Delete the generation folders under ``root`` other than the live one and (with
    ``keep_previous``) the one before it, and any ``.part`` left by a killed writer; returns
    the names deleted. A folder that cannot be deleted now (mapped by a reader on Windows) is
    left for the next call."""
    root = Path(root)
    live = current_name(root)
    if not root.is_dir():
        return []
    keep = {live}
    if live is not None and keep_previous:
        earlier = sorted(
            p.name for p in root.iterdir()
            if p.is_dir() and p.name < live and not p.name.endswith(".part")
            and DAMAGED not in p.name
        )  # fmt: skip
        keep.update(earlier[-1:])
    removed = []
    for folder in root.iterdir():  # a damaged one set aside is kept for the user to see
        if folder.is_dir() and folder.name not in keep and DAMAGED not in folder.name:
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
    if isinstance(value, Blocks):  # the rows' compressed blocks: a byte array, read per page
        file = f"{key}.npy"
        with _create(folder / file) as f:
            header = {"descr": "|u1", "fortran_order": False, "shape": (value.nbytes,)}
            np.lib.format.write_array_header_1_0(f, header)
            value.copy_to(f)
            _flush(f)
        return "blocks", file
    raise TypeError(f"cannot keep {key!r} of type {type(value).__name__} in a generation")


def _read_part(path: Path, kind: str) -> Any:
    if kind == "series":
        return pl.read_ipc(path).get_column("v")
    if kind == "column":  # polars keeps numpy's (mapped) buffer: no copy
        return pl.Series(_read_part(path, "array"))
    if kind == "blocks":  # the file and where its bytes start: read per page, never mapped
        with open(path, "rb") as f:
            np.lib.format.read_magic(f)
            np.lib.format.read_array_header_1_0(f)
            return path, f.tell()
    if kind == "array":
        mapped = path.stat().st_size >= _MAP_FROM
        return np.load(path, mmap_mode="r" if mapped else None, allow_pickle=False)
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


def sync_dir(folder: Path) -> None:
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
