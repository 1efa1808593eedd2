"""``threadline threads`` and ``threadline show`` as a user runs them."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.mail import make_raw
from threadline.commands.threads import run_show, run_threads
from threadline.errors import NotFoundError
from threadline.paths import Profile
from threadline.store import db
from threadline.store.importer import import_bytes
from threadline.store.messages import MessageStore


def threadline(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "threadline", "--profile", str(profile), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_import_then_list_and_show_a_conversation(tmp_path: Path) -> None:
    mail = tmp_path / "mail"
    mail.mkdir()
    (mail / "1.eml").write_bytes(make_raw("a@x", subject="Launch plan"))
    (mail / "2.eml").write_bytes(
        make_raw("b@x", subject="Re: Launch plan", sender="Bob <bob@x.org>", references=["a@x"])
    )
    profile = tmp_path / "profile"
    assert threadline(profile, "import", str(mail)).returncode == 0
    listing = threadline(profile, "threads")
    assert listing.returncode == 0
    [line] = listing.stdout.splitlines()
    assert "Launch plan" in line and "Ann, Bob" in line and "(  2)" in line
    thread_id = line.split()[0]
    shown = threadline(profile, "show", thread_id)
    lines = shown.stdout.splitlines()
    assert lines[0] == "Launch plan  (2 messages)"
    assert "Ann  <a@x>" in lines[1] and lines[3].startswith("  ") and "Bob  <b@x>" in lines[3]


def test_show_of_an_unknown_conversation_is_one_clear_line(tmp_path: Path) -> None:
    done = threadline(tmp_path / "p", "show", "42")
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "threadline: There is no conversation 42. 'threadline threads' lists them."
    )


@pytest.fixture
def store_profile(tmp_path: Path) -> Path:
    """A profile with three conversations: one unread, one long-subjected, one plain."""
    folder = tmp_path / "profile"
    conn = db.connect(Profile.at(folder).ensure().store_path)
    store = MessageStore(conn)
    store.add_message(
        make_raw("budget@x", subject="Budget 2027", date="Mon, 02 Nov 2026 09:00:00 +0000",
                 body="The numbers are final."),
        is_unread=True,
    )  # fmt: skip
    import_bytes(store, [
        make_raw("long@x", subject="A subject " + "that goes on " * 10,
                 date="Tue, 03 Nov 2026 09:00:00 +0000"),
        make_raw("lunch@x", subject="Lunch", date="Wed, 04 Nov 2026 09:00:00 +0000"),
    ])  # fmt: skip
    conn.close()
    return folder


def listing(profile: Path, capsys: pytest.CaptureFixture[str], **options: object) -> list[str]:
    args = argparse.Namespace(profile=str(profile), limit=50, search=None)
    vars(args).update(options)
    assert run_threads(args) == 0
    return capsys.readouterr().out.splitlines()


def test_threads_lists_the_newest_first_marks_unread_and_clips_long_subjects(
    store_profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lunch, long, budget = listing(store_profile, capsys)
    assert "Lunch" in lunch and "Budget 2027" in budget
    assert budget.split()[1] == "*" and lunch.split()[1] != "*"  # unread mark
    subject = long.split("(  1)  ", 1)[1].split("  — ")[0]
    assert len(subject) == 60 and subject.endswith("…")


def test_threads_searches_and_limits(
    store_profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [found] = listing(store_profile, capsys, search="numbers")
    assert "Budget 2027" in found
    assert listing(store_profile, capsys, search="nothing-like-this") == []
    [newest] = listing(store_profile, capsys, limit=1)
    assert "Lunch" in newest


def test_show_prints_the_snippet_under_each_message(
    store_profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [*_, budget] = listing(store_profile, capsys)
    thread = int(budget.split()[0])
    assert run_show(argparse.Namespace(profile=str(store_profile), thread=thread)) == 0
    title, sender, snippet = capsys.readouterr().out.splitlines()
    assert title == "Budget 2027  (1 message)"
    assert sender.endswith("Ann  <budget@x>")
    assert snippet == "  The numbers are final."
    with pytest.raises(NotFoundError, match="There is no conversation 999"):
        run_show(argparse.Namespace(profile=str(store_profile), thread=999))
