"""A grid's sort on a role of numbers and texts where a value not known (None) is listed last
whichever the direction (an order's value not fetched yet, a new article's old price)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

__all__ = ["UnknownLastProxy"]


class UnknownLastProxy(QSortFilterProxyModel):
    """Sorts on ``sortRole()`` with None last in either direction."""

    def lessThan(self, left: Any, right: Any) -> bool:
        role = self.sortRole()
        a, b = left.data(role), right.data(role)
        if a is None or b is None:
            # Qt reverses lessThan for a descending sort: an unknown is "greater" ascending,
            # "smaller" descending, so it ends up last either way
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return a is not b and (a is None) == descending
        return bool(a < b)
