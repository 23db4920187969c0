"""A grid's sort on a role of numbers and texts where a value not known (None) is listed last
whichever the direction (an order's value not fetched yet, a new article's old price), and
values of different kinds in one column (a price change's percent, a stock change's units)
are kept apart: a ``(group, value)`` pair sorts by its group first, ascending in either
direction."""

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
        if isinstance(a, tuple) and isinstance(b, tuple) and a[0] != b[0]:
            # (reversed by Qt when descending: the first group stays first)
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return bool(a[0] > b[0]) if descending else bool(a[0] < b[0])
        return bool(a < b)
