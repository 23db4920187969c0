"""Profiles, preferences and credentials (secrets only in the OS keyring)."""
