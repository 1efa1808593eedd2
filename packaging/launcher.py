"""Entry point of the frozen bundle: the same ``threadline.cli:main`` as the wheel's."""

import sys

from threadline.cli import main

sys.exit(main())
