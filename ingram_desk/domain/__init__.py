"""Qt-free, I/O-free domain types and Ingram's code tables (stdlib only)."""
