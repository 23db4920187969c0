"""Ingram's REST operations: request building and lenient JSON → domain mapping."""
