"""widgets of the desktop UI."""
