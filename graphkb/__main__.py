"""``python -m graphkb``: the same as the ``graphkb`` command."""

from graphkb.cli import main

main()
