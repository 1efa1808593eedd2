"""``threadline import``, ``threads`` and ``show`` as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers.mail import make_raw


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
    (mail / "junk.bin").write_bytes(b"\x00\x01")
    profile = tmp_path / "profile"
    done = threadline(profile, "import", str(mail))
    assert done.returncode == 1  # one file was not mail
    assert "Imported 2 messages, 1 file skipped." in done.stdout
    assert "junk.bin was not imported" in done.stderr
    again = threadline(profile, "import", str(mail / "1.eml"))
    assert again.returncode == 0 and "Imported 0 messages (1 already there)." in again.stdout
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
