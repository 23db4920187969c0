"""`python -m ingram_desk` runs the same entry point as the `ingram-desk` script."""

import sys

from ingram_desk.cli.main import main

sys.exit(main())
