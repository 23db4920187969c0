"""delegates of the desktop UI."""
