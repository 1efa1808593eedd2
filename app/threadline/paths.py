"""Where Threadline keeps its files: one profile folder per user (or per test)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from threadline import APP_NAME

#: Environment variable that points Threadline at another profile folder.
PROFILE_ENV = "THREADLINE_PROFILE"


@dataclass(frozen=True)
class Profile:
    """The folders of one Threadline profile.

    ``data_dir`` holds the SQLite store; ``config_dir`` holds settings (never secrets:
    passwords and tokens live in the OS keyring only).
    """

    data_dir: Path
    config_dir: Path

    @classmethod
    def default(cls) -> Profile:
        """The profile named by ``$THREADLINE_PROFILE``, else the platform's user folders."""
        override = os.environ.get(PROFILE_ENV)
        if override:
            return cls.at(Path(override))
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def at(cls, root: Path) -> Profile:
        """A self-contained profile under one folder (tests, ``--demo``, portable use)."""
        root = Path(root)
        return cls(data_dir=root / "data", config_dir=root / "config")

    @property
    def store_path(self) -> Path:
        """The SQLite file with messages, threads, accounts and the outbox."""
        return self.data_dir / "threadline.sqlite3"

    @property
    def drafts_dir(self) -> Path:
        """Drafts being written, saved as the user types (see threadline.drafts)."""
        return self.data_dir / "drafts"

    def ensure(self) -> Profile:
        """Create the folders (private to the user) and return ``self``."""
        for folder in (self.data_dir, self.config_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self
