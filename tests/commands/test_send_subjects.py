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
