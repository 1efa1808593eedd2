"""Where Threadline keeps its files: one profile folder per user (or per test)."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path

import platformdirs

from threadline import APP_NAME
from threadline.i18n import Context

paths = Context("paths")

#: Environment variable that points Threadline at another profile folder.
PROFILE_ENV = "THREADLINE_PROFILE"

#: Modes of everything Threadline creates: only the user can read it.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


@dataclass(frozen=True)
class Profile:
    """The folders of one Threadline profile.

    ``data_dir`` holds the SQLite store; ``config_dir`` holds settings (never secrets:
    passwords and tokens live in the OS keyring only).
    """

    data_dir: Path
    config_dir: Path
    #: What the last :meth:`ensure` made private (it was readable by other users).
    tightened: tuple[Path, ...] = field(default=(), compare=False, repr=False)

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
        """Create the folders (private to the user) and make private what is not.

        Folders are created 0700. An existing profile (from an older Threadline, or made
        under a loose umask) is tightened: the data, config and drafts folders to 0700,
        the store with its ``-wal`` / ``-shm`` files and the drafts to 0600. Returns the
        profile with :attr:`tightened` listing what was changed, for a one-line notice.
        """
        for folder in (self.data_dir, self.config_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
        if os.name != "posix":
            return replace(self, tightened=())
        tightened: list[Path] = []
        for folder in (self.data_dir, self.config_dir, self.drafts_dir):
            if _make_private(folder, PRIVATE_DIR_MODE, follow=True):
                tightened.append(folder)
        for suffix in ("", "-wal", "-shm", "-journal"):
            path = Path(f"{self.store_path}{suffix}")
            if _make_private(path, PRIVATE_FILE_MODE, follow=True):
                tightened.append(path)
        try:
            drafts = sorted(os.scandir(self.drafts_dir), key=lambda e: e.name)
        except OSError:
            drafts = []
        for entry in drafts:
            # never through a link: it could point at any file of the user's
            if entry.is_file(follow_symlinks=False):
                path = Path(entry.path)
                if _make_private(path, PRIVATE_FILE_MODE, follow=False):
                    tightened.append(path)
        return replace(self, tightened=tuple(tightened))


def private_notice(count: int) -> str:
    """The one line the entry points show after :meth:`Profile.ensure` tightened files."""
    return paths.tr(
        "Made %n Threadline file(s) private to you (they were readable by other users).",
        "",
        count,
    )


def _make_private(path: Path, mode: int, *, follow: bool) -> bool:
    """Remove group and other permissions from ``path``; whether anything changed.

    A missing file, or one we may not change (owned by someone else), is left alone.
    """
    try:
        info = path.stat() if follow else path.lstat()
        if stat.S_ISLNK(info.st_mode) or not info.st_mode & 0o077:
            return False
        os.chmod(path, stat.S_IMODE(info.st_mode) & mode)
    except OSError:
        return False
    return True
