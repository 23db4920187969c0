"""models of the desktop UI."""
