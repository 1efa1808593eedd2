"""The files to import under the paths the user named: Maildir messages, files, folders.

Symbolic links found inside a folder are never followed (they could pull in any file,
or loop): each is reported. A link the user named is followed. A folder that cannot be
read, or that was seen already (a loop through a bind mount), is reported and the walk
goes on; the walk keeps its own stack, so however deep the folders go it never runs out
of Python's.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from threadline.errors import NotFoundError
from threadline.i18n import translate


@dataclass(frozen=True)
class Skipped:
    """Something under an imported folder that was not walked into, and why."""

    path: str
    reason: str
    is_link: bool = False


def is_maildir(folder: Path) -> bool:
    """Whether ``folder`` is a Maildir (it has ``cur`` and ``new``, real folders, not links)."""
    return _is_real_dir(folder / "cur") and _is_real_dir(folder / "new")


def _is_real_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(path.lstat().st_mode)
    except OSError:
        return False


def expand(paths: Iterable[Path], skipped: list[Skipped]) -> Iterator[Path]:
    """Every mail file under ``paths``: Maildir messages (cur, new), files, recursively.

    ``tmp`` of a Maildir holds deliveries still being written and is skipped, as are
    hidden files and notmuch's ``.notmuch`` folder. What is not walked into is added to
    ``skipped``. A named path that does not exist raises :class:`NotFoundError`.
    """
    for path in paths:
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from _walk(path, skipped)
        else:
            raise NotFoundError(_missing(path))


def _missing(path: Path) -> str:
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            said = translate(
                "mail_tree", "{path} is a symbolic link that leads back to itself (a loop)."
            )
        elif path.is_symlink():
            said = translate(
                "mail_tree", "{path} is a symbolic link to something that does not exist."
            )
        elif error.errno != errno.ENOENT:
            said = translate("mail_tree", "{path} cannot be opened: {reason}.")
        else:
            said = translate("mail_tree", "{path} does not exist.")
        return said.format(path=path, reason=error.strerror or error)
    return translate("mail_tree", "{path} is neither a file nor a folder.").format(path=path)


def _link_skipped(path: str) -> Skipped:
    said = translate(
        "mail_tree",
        "skipped a symbolic link: {path} (links inside an imported folder are not followed).",
    )
    return Skipped(path, said.format(path=path), is_link=True)


def _walk(root: Path, skipped: list[Skipped]) -> Iterator[Path]:
    """Files under ``root`` in name order, depth first, with a stack of our own."""
    seen: set[tuple[int, int]] = set()
    stack = [iter(_entries(root, skipped, seen))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif entry.is_dir:
            stack.append(iter(_entries(entry.path, skipped, seen)))
        else:
            yield entry.path


@dataclass(frozen=True)
class _Entry:
    path: Path
    is_dir: bool


def _entries(folder: Path, skipped: list[Skipped], seen: set[tuple[int, int]]) -> list[_Entry]:
    """The files and folders to walk in ``folder``; a Maildir's messages first."""
    try:
        info = folder.stat()
        if (info.st_dev, info.st_ino) in seen:
            reason = translate(
                "mail_tree",
                "skipped {folder}: it was walked already through another path (a loop).",
            )
            skipped.append(Skipped(str(folder), reason.format(folder=folder)))
            return []
        seen.add((info.st_dev, info.st_ino))
        found: list[_Entry] = []
        skip = set()
        if is_maildir(folder):
            for sub in ("cur", "new"):
                found.extend(_maildir_files(folder / sub, skipped))
            skip = {"cur", "new", "tmp"}
        for entry in _scan(folder):
            if entry.name in skip or entry.name == ".notmuch":
                continue
            if entry.is_symlink():
                if not _is_bookkeeping(entry.name):
                    skipped.append(_link_skipped(entry.path))
            elif entry.is_dir(follow_symlinks=False):
                if not entry.name.startswith(".") or is_maildir(Path(entry.path)):
                    found.append(_Entry(Path(entry.path), True))
            elif entry.is_file(follow_symlinks=False) and not _is_bookkeeping(entry.name):
                found.append(_Entry(Path(entry.path), False))
        return found
    except OSError as error:
        reason = error.strerror or str(error)
        said = translate("mail_tree", "the folder {folder} could not be read: {reason}.")
        skipped.append(Skipped(str(folder), said.format(folder=folder, reason=reason)))
        return []


def _maildir_files(folder: Path, skipped: list[Skipped]) -> Iterator[_Entry]:
    for entry in _scan(folder):
        if entry.name.startswith("."):
            continue
        if entry.is_symlink():
            skipped.append(_link_skipped(entry.path))
        elif entry.is_file(follow_symlinks=False):
            yield _Entry(Path(entry.path), False)


def _scan(folder: Path) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as entries:
        return sorted(entries, key=lambda e: e.name)


def _is_bookkeeping(name: str) -> bool:
    """Files mail programs keep beside messages (indexes, flags), not mail."""
    return name.startswith((".", "dovecot", "courierimap", "maildirfolder", "subscriptions"))
