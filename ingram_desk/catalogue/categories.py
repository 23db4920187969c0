"""The category tree of one generation: paths from inline names or a code table, with counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ingram_desk.domain.product import CATEGORY_SEPARATOR

from .words import spelled_out, token_ways, tokens

if TYPE_CHECKING:  # side_files loads polars: the window imports this module for CategoryNode
    from .side_files import CategoryTable

__all__ = ["CategoryIndex", "CategoryNode", "named"]


class CategoryIndex:
    """Hands out one id per category path (every prefix gets a node) while rows stream in."""

    def __init__(self, table_: CategoryTable | None) -> None:
        self.table = table_
        self.ids: dict[tuple[str, ...], int] = {}
        self.nodes: list[tuple[int, int | None, str, str, str, int]] = []
        self._by_code: dict[str, int | None] = {}

    def id_for(self, names: Sequence[str], code: str) -> int | None:
        if not names:
            if not code:
                return None
            cached = self._by_code.get(code, -1)
            if cached != -1:
                return cached
            path = self.table.path(code) if self.table is not None else ()
            result = self._node(path or (code,), code)
            self._by_code[code] = result
            return result
        return self._node(tuple(names), code)

    def _node(self, path: tuple[str, ...], code: str) -> int:
        found = self.ids.get(path)
        if found is not None:
            return found
        parent = self._node(path[:-1], "") if len(path) > 1 else None
        node_id = len(self.nodes) + 1
        self.ids[path] = node_id
        self.nodes.append(
            (node_id, parent, code, path[-1], CATEGORY_SEPARATOR.join(path), len(path) - 1)
        )
        return node_id

    def subtree_totals(self, direct: dict[int, int]) -> dict[int, int]:
        """node id → articles in it and below, from the articles directly in each node."""
        parents = {n[0]: n[1] for n in self.nodes}
        totals: dict[int, int] = {}
        for node_id, count in direct.items():
            current: int | None = node_id
            while current is not None:
                totals[current] = totals.get(current, 0) + count
                current = parents.get(current)
        return totals


@dataclass(slots=True)
class CategoryNode:
    """A category with its full path, the number of articles below it, and its children."""

    id: int
    code: str
    name: str
    path: str
    count: int
    children: list[CategoryNode] = field(default_factory=list)


#: typed text shorter than this names no category ("dr" is in too many names to mean one)
_NAMED_MIN_LETTERS = 3


@lru_cache(maxsize=8192)
def _folded_name(name: str) -> str:
    """A category's name as searches fold it, its German letters spelled out too ("zubehoer"
    names "Zubehör", as a search finds a product's words); asked at every search: kept."""
    spelled = spelled_out(name)
    return " ".join(tokens(name) + (tokens(spelled) if spelled != name.lower() else []))


def named(tree: Sequence[CategoryNode], text: str, limit: int = 3) -> list[CategoryNode]:
    """The categories whose path holds every word of ``text`` and whose own name holds one
    (folded, anywhere in a name: "drucker" names "Laserdrucker", "zubehör kabel" names
    "Zubehör › Kabel & Adapter" but not "Zubehör" itself), most articles first, at most
    ``limit``: a search for a category's name finds the products whose words hold it, and
    the window offers the category beside them (``words`` as a search folds them)."""
    wanted = token_ways(text)
    if sum(len(ways[0]) for ways in wanted) < _NAMED_MIN_LETTERS:
        return []
    found: list[CategoryNode] = []
    stack = list(tree)
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        if not node.count:
            continue
        name, path = _folded_name(node.name), _folded_name(node.path)
        if all(any(way in path for way in ways) for ways in wanted) and any(
            way in name for ways in wanted for way in ways
        ):
            found.append(node)
    found.sort(key=lambda node: (-node.count, node.path))
    return found[:limit]
