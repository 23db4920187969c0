"""Ingram's price, stock and category files: streaming import, SQLite store, fast search (no Qt, no network)."""
