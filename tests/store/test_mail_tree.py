"""The files an import walks: Maildir messages first, links and loops reported, any depth."""

from __future__ import annotations

import inspect
import os
import sys
from pathlib import Path

import pytest

from helpers.corpus import write_maildir
from helpers.mail import make_raw
from threadline.errors import NotFoundError
from threadline.store.mail_tree import Skipped, expand, is_maildir


def walk(*paths: Path) -> tuple[list[str], list[Skipped]]:
    skipped: list[Skipped] = []
    found = [str(p.relative_to(paths[0].parent)) for p in expand(paths, skipped)]
    return found, skipped


def test_a_maildirs_messages_come_first_then_the_folders_in_name_order(tmp_path: Path) -> None:
    root = write_maildir(tmp_path / "Mail", [make_raw("a@x"), make_raw("b@x")])
    (root / "tmp" / "half").write_bytes(b"From: x")
    (root / "dovecot.index").write_bytes(b"\x00")
    (root / ".Sent" / "cur").mkdir(parents=True)
    (root / ".Sent" / "new").mkdir()
    (root / ".Sent" / "cur" / "s1").write_bytes(make_raw("s@x"))
    (root / ".hidden").mkdir()
    (root / ".hidden" / "x.eml").write_bytes(make_raw("h@x"))
    (root / "z.mbox").write_bytes(b"")
    found, skipped = walk(root)
    assert is_maildir(root) and skipped == []
    cur = sorted(p.name for p in (root / "cur").iterdir())
    assert found == [f"Mail/cur/{n}" for n in cur] + ["Mail/.Sent/cur/s1", "Mail/z.mbox"]


def test_symbolic_links_and_loops_inside_are_reported_not_followed(tmp_path: Path) -> None:
    root = write_maildir(tmp_path / "Mail", [make_raw("a@x")])
    (root / "cur" / "loop").symlink_to("loop")
    (root / "up").symlink_to("..")
    found, skipped = walk(root)
    assert len(found) == 1
    assert [(Path(s.path).name, s.is_link) for s in skipped] == [("loop", True), ("up", True)]


def test_a_folder_that_cannot_be_read_is_reported_and_the_walk_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a" / "locked").mkdir(parents=True)
    (tmp_path / "a" / "locked" / "m.eml").write_bytes(make_raw("l@x"))
    (tmp_path / "a" / "z.eml").write_bytes(make_raw("z@x"))
    scandir = os.scandir

    def refusing(path: str | os.PathLike[str]) -> object:
        if Path(path).name == "locked":  # as for a user without the right to read it
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    found, skipped = walk(tmp_path / "a")
    assert found == ["a/z.eml"]
    assert [s.reason for s in skipped] == [
        f"the folder {tmp_path / 'a' / 'locked'} could not be read: Permission denied."
    ]


def test_the_walk_needs_no_python_stack_however_deep_the_folders(tmp_path: Path) -> None:
    folder = tmp_path / "top"
    folder.mkdir()
    for _ in range(300):
        folder = folder / "d"
        folder.mkdir()
    (folder / "m.eml").write_bytes(make_raw("bottom@x"))
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 100)  # a recursive walk fails at ~100 levels
    try:
        found, skipped = walk(tmp_path / "top")
    finally:
        sys.setrecursionlimit(limit)
    assert (len(found), skipped) == (1, [])
    assert found[0].endswith("/d/m.eml") and found[0].count("/") == 301


def test_named_paths_that_do_not_lead_anywhere_are_clear_errors(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "nothing")
    for path, words in ((loop, r"leads back to itself \(a loop\)"),
                        (dangling, "is a symbolic link to something that does not exist"),
                        (tmp_path / "nope", "does not exist")):  # fmt: skip
        with pytest.raises(NotFoundError, match=words):
            walk(path)
