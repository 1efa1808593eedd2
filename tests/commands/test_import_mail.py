"""``threadline import``: a summary line, each skipped file named, exit 1 when one was."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from helpers.mail import make_raw
from threadline.commands.import_mail import ProgressBar
from threadline.paths import Profile
from threadline.store import db
from threadline.store.importer import ImportProgress
from threadline.store.messages import MessageStore


def threadline(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "threadline", "--profile", str(profile), *args],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_import_names_what_was_not_mail_and_a_second_import_adds_nothing(tmp_path: Path) -> None:
    mail = tmp_path / "mail"
    mail.mkdir()
    (mail / "1.eml").write_bytes(make_raw("a@x", subject="Launch plan"))
    (mail / "2.eml").write_bytes(make_raw("b@x", subject="Re: Launch plan", references=["a@x"]))
    (mail / "junk.bin").write_bytes(b"\x00\x01")
    profile = tmp_path / "profile"
    done = threadline(profile, "import", str(mail))
    assert done.returncode == 1  # one file was not mail
    assert done.stdout.strip() == "Imported 2 messages, 1 file skipped."
    [problem] = done.stderr.splitlines()
    assert problem.startswith("threadline: ") and "junk.bin was not imported" in problem
    again = threadline(profile, "import", "--unread", str(mail / "1.eml"), str(mail / "2.eml"))
    assert again.returncode == 0 and again.stderr == ""
    assert again.stdout.strip() == "Imported 0 messages (2 already there)."
    store = MessageStore(db.connect(Profile.at(profile).store_path))
    [conversation] = store.conversations()
    assert conversation.message_count == 2 and conversation.unread_count == 0


def test_unread_marks_the_imported_messages_unread(tmp_path: Path) -> None:
    (tmp_path / "new.eml").write_bytes(make_raw("n@x", subject="Fresh"))
    profile = tmp_path / "profile"
    done = threadline(profile, "import", "--unread", str(tmp_path / "new.eml"))
    assert done.returncode == 0 and done.stdout.strip() == "Imported 1 message."
    store = MessageStore(db.connect(Profile.at(profile).store_path))
    assert [c.unread_count for c in store.conversations()] == [1]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_draws_on_a_terminal_only() -> None:
    terminal = Terminal()
    bar = ProgressBar(terminal)
    bar(ImportProgress(bytes_done=50, bytes_total=200, messages=7, current="a.mbox"))
    bar(ImportProgress(bytes_done=200, bytes_total=200, messages=30, current="a.mbox"))
    bar.close()
    assert terminal.getvalue() == (
        "\r[#######.......................]  25%  7 messages"
        "\r[##############################] 100%  30 messages\n"
    )
    piped = io.StringIO()
    quiet = ProgressBar(piped)
    quiet(ImportProgress(bytes_done=1, bytes_total=0, messages=1, current="x"))
    quiet.close()
    assert piped.getvalue() == ""
