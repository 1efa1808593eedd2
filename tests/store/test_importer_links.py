"""Import never follows a symbolic link found inside a folder (only one the user named)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.corpus import write_maildir
from helpers.mail import make_raw
from threadline.store import db
from threadline.store.importer import import_paths
from threadline.store.messages import MessageStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links need POSIX here")


@pytest.fixture
def store(tmp_path: Path) -> MessageStore:
    return MessageStore(db.connect(tmp_path / "store.sqlite3"))


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file elsewhere whose first line looks like a header (like ~/.git-credentials)."""
    path = tmp_path / "home" / "git-credentials"
    path.parent.mkdir()
    path.write_text("https: //ann:s3cret@example.org\n")
    return path


def test_links_inside_a_folder_are_skipped_and_reported(
    store: MessageStore, tmp_path: Path, secret: Path
) -> None:
    mail = tmp_path / "mail"
    mail.mkdir()
    (mail / "a.eml").write_bytes(make_raw("a@x"))
    (mail / "creds.eml").symlink_to(secret)
    (mail / "home").symlink_to(secret.parent, target_is_directory=True)
    report = import_paths(store, [mail])
    assert report.imported == 1 and store.message_count() == 1
    linked = sorted(Path(p.path).name for p in report.problems)
    assert linked == ["creds.eml", "home"]
    assert all("skipped a symbolic link" in p.reason for p in report.problems)
    assert "2 symbolic links skipped" in report.summary()


def test_a_link_loop_inside_a_folder_does_not_stop_the_import(
    store: MessageStore, tmp_path: Path
) -> None:
    mail = tmp_path / "mail"
    (mail / "sub").mkdir(parents=True)
    (mail / "sub" / "b.eml").write_bytes(make_raw("b@x"))
    (mail / "sub" / "up").symlink_to(mail, target_is_directory=True)
    (mail / "loop1").symlink_to(mail / "loop2")
    (mail / "loop2").symlink_to(mail / "loop1")
    report = import_paths(store, [mail])
    assert report.imported == 1
    assert sorted(Path(p.path).name for p in report.problems) == ["loop1", "loop2", "up"]


def test_a_maildir_whose_cur_is_a_link_is_not_read_through_it(
    store: MessageStore, tmp_path: Path, secret: Path
) -> None:
    maildir = tmp_path / "Maildir"
    write_maildir(maildir, [make_raw("md@x")])
    (maildir / "new" / "1.threadline").write_bytes(make_raw("new@x"))
    (maildir / "cur").rename(tmp_path / "old-cur")
    (maildir / "cur").symlink_to(secret.parent, target_is_directory=True)
    report = import_paths(store, [maildir])
    assert report.imported == store.message_count() == 1
    assert store.find_by_message_id("new@x")
    assert [Path(p.path).name for p in report.problems] == ["cur"]


def test_a_link_the_user_named_is_followed_once(
    store: MessageStore, tmp_path: Path, secret: Path
) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.eml").write_bytes(make_raw("a@x"))
    (real / "creds").symlink_to(secret)
    (tmp_path / "named").symlink_to(real, target_is_directory=True)
    (tmp_path / "one.eml").symlink_to(real / "a.eml")
    report = import_paths(store, [tmp_path / "named", tmp_path / "one.eml"])
    assert (report.imported, report.duplicates) == (1, 1)
    assert [Path(p.path).name for p in report.problems] == ["creds"]


def test_threadline_import_names_the_skipped_links(tmp_path: Path, secret: Path) -> None:
    mail = tmp_path / "mail"
    mail.mkdir()
    (mail / "a.eml").write_bytes(make_raw("a@x"))
    (mail / "creds.eml").symlink_to(secret)
    done = subprocess.run(
        [sys.executable, "-m", "threadline", "--profile", str(tmp_path / "p"), "import", str(mail)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "Imported 1 message, 1 symbolic link skipped." in done.stdout
    assert f"skipped a symbolic link: {mail / 'creds.eml'}" in done.stderr
    assert done.returncode == 1
