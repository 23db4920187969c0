"""Async clients for Ingram Micro's REST (and XML) APIs: OAuth, rate gate, retries, typed errors (no Qt)."""
