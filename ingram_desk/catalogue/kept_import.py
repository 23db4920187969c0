"""An import that passed its sanity gate, kept on disk until its generation is live.

Why: after a big file's snapshot serves, writing its generation (rows' store, word index, sort
ranks) takes several seconds more. The import is the purchaser's decision from the moment the
file passed the gate, so its files and options are copied beside the catalogue then (each file
and the folder synced to disk): an app killed or a machine off before the swap does not lose
it, and the next start finishes it through the same import path
(``CatalogueService.finish_kept_import``). Until then the previous catalogue serves, as it
does while any import runs.

A kept import is dropped once its generation is live, and when the import is cancelled or
fails while the app runs (the previous catalogue stays, as a failed import leaves it). One
that a later generation has overtaken (the app was killed between the swap and the drop) is
dropped when found. The folder sits beside the generations' folder, whose contents
``generation.remove_stale`` owns.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ingram_desk.paths import private_dir, private_file, write_private

from .generation import current_name, sync_dir
from .layouts import MappingError, UserMapping

__all__ = ["KeptImport", "drop", "find", "keep", "kept_folder"]

log = logging.getLogger(__name__)

_META = "import.json"
#: the kinds of file an import takes, each kept in a folder of that name under its own name
_KINDS = ("price", "stock", "category")


@dataclass(frozen=True)
class KeptImport:
    """What ``engine.import_files`` needs to run the import again, from the kept copies."""

    files: dict[str, Path]  # kind → the kept copy (the user's file name)
    mapping: UserMapping | None
    force: bool
    currency: str
    #: when the import was kept (UTC), for the purchaser's message
    kept_at: datetime
    #: the generation live when it was kept: another one live since means it was overtaken
    live_before: str | None

    @property
    def price_file(self) -> Path:
        return self.files["price"]


def kept_folder(catalogue_root: Path) -> Path:
    """Where an import is kept: beside the generations' folder ``catalogue_root``."""
    return catalogue_root.with_name(catalogue_root.name + ".kept")


def keep(
    catalogue_root: Path,
    files: dict[str, Path],
    *,
    mapping: UserMapping | None,
    force: bool,
    currency: str,
) -> KeptImport:
    """Copy ``files`` (kind → path) and the options beside the catalogue, synced, replacing
    any import kept before; an import run from its own kept copies is returned as it is."""
    folder = kept_folder(catalogue_root)
    if all(Path(p).parent.parent == folder for p in files.values()):
        found = find(catalogue_root)
        if found is not None:
            return found
    part = folder.with_name(folder.name + ".part")
    shutil.rmtree(part, ignore_errors=True)
    try:
        private_dir(part)
        for kind, path in files.items():
            target = private_dir(part / kind) / Path(path).name
            shutil.copy2(path, target)  # with its time: the file's date may come from it
            _sync_file(private_file(target))
        kept = KeptImport(
            {kind: folder / kind / Path(path).name for kind, path in files.items()},
            mapping, force, currency, datetime.now(UTC), current_name(catalogue_root),
        )  # fmt: skip
        write_private(part / _META, json.dumps(_as_dict(kept), indent=1))
        for kind in files:
            sync_dir(part / kind)
        sync_dir(part)
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(part, folder)
        sync_dir(folder.parent)
    except BaseException:
        shutil.rmtree(part, ignore_errors=True)
        raise
    return kept


def find(catalogue_root: Path) -> KeptImport | None:
    """The import kept beside ``catalogue_root`` that is still to be finished, or ``None``.
    A half-kept one (killed while copying: the import was not the user's yet), an unreadable
    one, or one a later generation overtook is dropped."""
    folder = kept_folder(catalogue_root)
    shutil.rmtree(folder.with_name(folder.name + ".part"), ignore_errors=True)
    if not folder.is_dir():
        return None
    try:
        kept = _from_dict(json.loads((folder / _META).read_text(encoding="utf-8")), folder)
    except (OSError, ValueError, KeyError, TypeError, MappingError) as exc:
        log.warning("a kept catalogue import is unreadable and was dropped: %s", exc)
        drop(catalogue_root)
        return None
    if current_name(catalogue_root) != kept.live_before:
        drop(catalogue_root)  # the swap happened; only the drop after it did not
        return None
    return kept


def drop(catalogue_root: Path) -> None:
    """Forget the kept import (its generation is live, or the import ended without one)."""
    shutil.rmtree(kept_folder(catalogue_root), ignore_errors=True)


def _as_dict(kept: KeptImport) -> dict:
    return {
        "files": {kind: path.name for kind, path in kept.files.items()},
        "mapping": json.loads(kept.mapping.to_json()) if kept.mapping is not None else None,
        "force": kept.force,
        "currency": kept.currency,
        "kept_at": kept.kept_at.isoformat(),
        "live_before": kept.live_before,
    }


def _from_dict(data: dict, folder: Path) -> KeptImport:
    files = {kind: folder / kind / str(name) for kind, name in data["files"].items()}
    if "price" not in files or set(files) - set(_KINDS):
        raise ValueError(f"unknown files {sorted(files)}")
    for path in files.values():
        if not path.is_file():
            raise OSError(f"{path.name} is missing")
    mapping = data["mapping"]
    return KeptImport(
        files,
        UserMapping.from_dict(mapping) if mapping is not None else None,
        bool(data["force"]),
        str(data["currency"]),
        datetime.fromisoformat(data["kept_at"]),
        data["live_before"],
    )


def _sync_file(path: Path) -> None:
    # opened for writing: Windows flushes a file's buffers only through a writable handle
    with open(path, "r+b") as f:
        os.fsync(f.fileno())
