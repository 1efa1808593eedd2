"""``threadline send --at``: scheduled from a script, sent once when due."""

from __future__ import annotations

import email
import sqlite3
import time
from email import policy
from pathlib import Path

import pytest

from helpers.cli import profile, run, smtp_server
from helpers.smtp_server import SmtpServer

__all__ = ["profile", "smtp_server"]


def test_a_scheduled_message_waits_then_goes_once_with_its_date(
    profile: Path, smtp_server: SmtpServer
) -> None:
    at = time.strftime("%Y-%m-%d %H:%M", time.localtime(time.time() + 2 * 86400))
    queued = run(profile, "send", "--to", "bob@example.net", "--subject", "Later",
                 "--body", "tomorrow's news", "--at", at)  # fmt: skip
    assert queued.returncode == 0, queued.stderr
    assert queued.stdout.startswith("<") and f"scheduled for {at};" in queued.stderr
    listing = run(profile, "outbox")
    assert "scheduled" in listing.stdout and at in listing.stdout
    assert run(profile, "outbox", "flush").returncode == 0
    assert smtp_server.received == []  # not due yet
    # the computer was off at the time: the row's time has passed when flush runs
    store = profile / "data" / "threadline.sqlite3"
    with sqlite3.connect(store) as conn:
        conn.execute("UPDATE outbox SET due_at = due_at - 3 * 86400,"
                     " scheduled_for = scheduled_for - 3 * 86400")  # fmt: skip
    flushed = run(profile, "outbox", "flush")
    assert flushed.returncode == 0 and flushed.stdout.startswith("Sent 1;")
    assert run(profile, "outbox", "flush").stdout.startswith("Sent 0;")  # once
    [received] = smtp_server.received
    sent = email.message_from_bytes(received.data, policy=policy.default)
    assert abs(sent["Date"].datetime.timestamp() - time.time()) < 120  # dated when sent


@pytest.mark.parametrize("when", ["2020-01-01 08:00", "tomorrow", "25:99", ""])
def test_a_time_in_the_past_or_unreadable_is_bad_input(profile: Path, when: str) -> None:
    done = run(profile, "send", "--to", "bob@example.net", "--subject", "x", "--body", "y",
               "--at", when)  # fmt: skip
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert run(profile, "outbox").stdout.strip() == "The outbox is empty."
