"""Lets ``python -m centre_desk`` start the program like the ``centre-desk`` command."""

import sys

from centre_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
