"""Subjects through ``threadline send``: kept byte for byte, one ``Re: `` on replies, and
the topic never changed without saying so (issue 12, points 3 and 4)."""

from __future__ import annotations

from pathlib import Path

from helpers.cli import parsed, profile, run, smtp_server
from helpers.smtp_server import SmtpServer

__all__ = ["profile", "smtp_server"]


def test_subjects_and_topics_are_kept_byte_for_byte(profile: Path, smtp_server: SmtpServer) -> None:
    first = run(profile, "send", "--to", "a@example.com", "--subject", "[RFC][PATCH]  x\t y",
                "--body", "v1")  # fmt: skip
    assert first.returncode == 0, first.stderr
    thread_id = run(profile, "threads").stdout.split()[0]
    reply = run(profile, "send", "--thread", thread_id, "--body", "v2")
    assert reply.returncode == 0, reply.stderr
    sent, replied = (parsed(r.data) for r in smtp_server.received)
    assert str(sent["Subject"]) == "[RFC][PATCH]  x\t y"
    assert str(sent["Thread-Topic"]) == "[RFC][PATCH]  x\t y"
    assert str(replied["Subject"]) == "Re: [RFC][PATCH]  x\t y"
    assert str(replied["Thread-Topic"]) == "[RFC][PATCH]  x\t y"
    assert b"\r\nSubject: Re: [RFC][PATCH]  x\t y\r\n" in smtp_server.received[1].data


def test_a_new_subject_on_a_reply_or_key_needs_new_topic(
    profile: Path, smtp_server: SmtpServer
) -> None:
    first = run(profile, "send", "--to", "a@example.com", "--subject", "Ticket 4711",
                "--thread-key", "t4711", "--body", "v1")  # fmt: skip
    assert first.returncode == 0, first.stderr
    same = run(profile, "send", "--to", "a@example.com", "--subject", "Re: ticket 4711",
               "--thread-key", "t4711", "--body", "v2")  # fmt: skip
    assert same.returncode == 0, same.stderr  # the same topic: fine, the key's subject kept
    assert str(parsed(smtp_server.received[1].data)["Subject"]) == "Re: Ticket 4711"
    changed = run(profile, "send", "--to", "a@example.com", "--subject", "Printer replaced",
                  "--thread-key", "t4711", "--body", "v3")  # fmt: skip
    assert changed.returncode == 2 and changed.stdout == ""
    assert "--new-topic" in changed.stderr and changed.stderr.count("\n") == 1
    assert len(smtp_server.received) == 2
    thread_id = run(profile, "threads").stdout.split()[0]
    refused = run(profile, "send", "--thread", thread_id, "--subject", "Other", "--body", "x")
    assert refused.returncode == 2 and "--new-topic" in refused.stderr
    moved = run(profile, "send", "--to", "a@example.com", "--subject", "Printer replaced",
                "--thread-key", "t4711", "--body", "v3", "--new-topic")  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    message = parsed(smtp_server.received[2].data)
    assert str(message["Subject"]) == "Re: Printer replaced"
    assert str(message["Thread-Topic"]) == "Printer replaced"
    assert message["In-Reply-To"] is not None  # still a reply in the conversation
    later = run(profile, "send", "--to", "a@example.com", "--thread-key", "t4711",
                "--body", "v4")  # fmt: skip
    assert later.returncode == 0, later.stderr  # the key follows the new topic
    assert str(parsed(smtp_server.received[3].data)["Subject"]) == "Re: Printer replaced"
