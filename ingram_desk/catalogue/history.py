"""What changed between two imports (new/removed SKUs, price up/down, back in stock), in SQL."""

from __future__ import annotations

import sqlite3

from .query import CHANGE_KINDS, Change, ChangeSummary
from .schema import table
from .values import price_from_stored

__all__ = ["CHANGE_KINDS", "ChangeSummary", "read_changes", "record_changes"]


def record_changes(conn: sqlite3.Connection, old: int, new: int) -> dict[str, int]:
    """Fill ``changes`` for generation ``new`` against ``old`` (caller holds the transaction)."""
    o, n = table("items", old), table("items", new)
    conn.execute("DELETE FROM changes WHERE generation = ?", (new,))
    statements = {
        "new": f"""SELECT n.sku, NULL, n.customer_price FROM {n} n
                   WHERE NOT EXISTS (SELECT 1 FROM {o} o WHERE o.sku = n.sku)""",
        "removed": f"""SELECT o.sku, o.customer_price, NULL FROM {o} o
                       WHERE NOT EXISTS (SELECT 1 FROM {n} n WHERE n.sku = o.sku)""",
        "price_up": f"""SELECT n.sku, o.customer_price, n.customer_price FROM {n} n
                        JOIN {o} o ON o.sku = n.sku WHERE n.customer_price > o.customer_price""",
        "price_down": f"""SELECT n.sku, o.customer_price, n.customer_price FROM {n} n
                          JOIN {o} o ON o.sku = n.sku WHERE n.customer_price < o.customer_price""",
        "back_in_stock": f"""SELECT n.sku, o.stock, n.stock FROM {n} n
                             JOIN {o} o ON o.sku = n.sku WHERE n.in_stock AND NOT o.in_stock""",
        "out_of_stock": f"""SELECT n.sku, o.stock, n.stock FROM {n} n
                            JOIN {o} o ON o.sku = n.sku WHERE o.in_stock AND NOT n.in_stock""",
    }
    counts = {}
    for kind, select in statements.items():
        before = conn.total_changes
        conn.execute(
            "INSERT INTO changes (generation, kind, sku, old_value, new_value) "
            f"SELECT ?, ?, * FROM ({select})",
            (new, kind),
        )
        counts[kind] = conn.total_changes - before
    return counts


def _show(kind: str, value: object) -> str | None:
    if value is None:
        return None
    if kind in ("back_in_stock", "out_of_stock"):
        return str(value)
    return str(price_from_stored(int(value)))  # type: ignore[call-overload]


def read_changes(conn: sqlite3.Connection, generation: int, limit: int = 1000) -> ChangeSummary:
    summary = ChangeSummary(generation=generation)
    for kind in CHANGE_KINDS:
        summary.counts[kind] = conn.execute(
            "SELECT count(*) FROM changes WHERE generation = ? AND kind = ?", (generation, kind)
        ).fetchone()[0]
        rows = conn.execute(
            "SELECT sku, old_value, new_value FROM changes WHERE generation = ? AND kind = ? "
            "ORDER BY sku LIMIT ?",
            (generation, kind, limit),
        ).fetchall()
        summary.items[kind] = [Change(s, _show(kind, o), _show(kind, n)) for s, o, n in rows]
    return summary
