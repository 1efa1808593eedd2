"""``threadline send`` with hostile and unusual input (issue 12): one line, exit 2, or the
right message, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.cli import parsed, profile, run, smtp_server
from helpers.smtp_server import SmtpServer

__all__ = ["profile", "smtp_server"]


def assert_bad_input(done: object, words: str) -> None:
    """Exit 2, one line on stderr naming the problem, nothing on stdout, no traceback."""
    assert done.returncode == 2, done.stderr  # type: ignore[attr-defined]
    stderr: str = done.stderr  # type: ignore[attr-defined]
    assert words in stderr, stderr
    assert stderr.count("\n") == 1 and "Traceback" not in stderr
    assert done.stdout == ""  # type: ignore[attr-defined]


# -- point 1: --header never writes a second structural header -----------------------


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("Message-ID: <evil@x>", "Message-ID"),
        ("References: <evil@x>", "--thread-key"),
        ("Subject: other", "--subject"),
        ("Thread-Index: AQHb9piJ", "Thread-Index"),
        ("From: c@x.org", "--account"),
        ("Date: Mon, 1 Jan 2024 00:00:00 +0000", "Date"),
        ("Content-Type: text/html", "Content-Type"),
    ],
)
def test_structural_headers_are_refused(
    profile: Path, smtp_server: SmtpServer, header: str, words: str
) -> None:
    done = run(profile, "send", "--to", "a@example.com", "--subject", "s", "--body", "x",
               "--header", header, "--dry-run")  # fmt: skip
    assert_bad_input(done, words)


def test_recipient_headers_become_recipients(profile: Path, smtp_server: SmtpServer) -> None:
    done = run(profile, "send", "--to", "a@example.com", "--subject", "s", "--body", "x",
               "--header", "Bcc: s@z.org", "--header", "cc: c@z.org",
               "--header", "Reply-To: desk@example.org", "--header", "X-Ticket: 7")  # fmt: skip
    assert done.returncode == 0, done.stderr
    [received] = smtp_server.received
    assert sorted(received.rcpt_tos) == ["a@example.com", "c@z.org", "s@z.org"]
    message = parsed(received.data)
    assert message["Bcc"] is None and b"s@z.org" not in received.data
    assert message["Cc"] == "c@z.org" and message["Reply-To"] == "desk@example.org"
    assert message["X-Ticket"] == "7"
    assert len(message.get_all("Message-ID")) == 1


def test_a_header_given_twice_is_refused_not_dropped(
    profile: Path, smtp_server: SmtpServer
) -> None:
    done = run(profile, "send", "--to", "a@example.com", "--subject", "s", "--body", "x",
               "--header", "X-Tag: a", "--header", "x-tag: b", "--dry-run")  # fmt: skip
    assert_bad_input(done, "X-Tag")


# -- point 10: one line per problem -------------------------------------------------


def test_a_refusal_is_one_line(profile: Path, smtp_server: SmtpServer) -> None:
    smtp_server.faults.data_reply = "554 5.7.1 No thanks"
    done = run(profile, "send", "--to", "a@example.com", "--subject", "s", "--body", "x")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.count("No thanks") == 1
    queued = run(profile, "send", "--to", "a@example.com", "--subject", "t", "--body", "x",
                 "--queue-only")  # fmt: skip
    assert queued.returncode == 0
    flushed = run(profile, "outbox", "flush")
    assert flushed.returncode == 1 and flushed.stderr.count("No thanks") == 1
