"""`python -m ingram_desk` runs the same entry point as the `ingram-desk` script."""

import multiprocessing
import sys

from ingram_desk.cli.main import main

if __name__ == "__main__":
    # A frozen build must let the catalogue's spawned import worker start instead of the app.
    multiprocessing.freeze_support()
    sys.exit(main())
