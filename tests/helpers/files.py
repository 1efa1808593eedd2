"""File modes in tests: a file's permission bits (the ``umask_022`` fixture is in conftest)."""

from __future__ import annotations

import stat
from pathlib import Path


def mode(path: Path) -> int:
    """The permission bits of ``path``."""
    return stat.S_IMODE(path.stat().st_mode)
