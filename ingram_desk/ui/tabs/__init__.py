"""tabs of the desktop UI."""
