"""``python -m bot``: the same as the ``mml-tutor`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
