"""Replies through ``threadline send``: recipients added to the reply's, never replacing
them by accident (issue 12, point 6), and parents without a Message-ID (point 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.cli import parsed, profile, run, smtp_server
from helpers.mail import make_raw
from helpers.smtp_server import SmtpServer

__all__ = ["profile", "smtp_server"]

PARENT = make_raw("parent@z.example", subject="Budget", sender="Zed <zed@z.example>",
                  to="ops@example.org", extra="Cc: carol@z.example")  # fmt: skip


@pytest.fixture
def stored(profile: Path, tmp_path: Path) -> Path:
    """The profile with PARENT imported (from Zed, to us, Cc Carol)."""
    eml = tmp_path / "parent.eml"
    eml.write_bytes(PARENT)
    done = run(profile, "import", str(eml))
    assert done.returncode == 0, done.stderr
    return profile


def preview(profile: Path, *args: str) -> object:
    done = run(profile, "send", "--in-reply-to", "<parent@z.example>", "--body", "x",
               "--dry-run", *args)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return parsed(done.stdout.encode())


def test_cc_and_bcc_on_a_reply_keep_the_parents_sender(
    stored: Path, smtp_server: SmtpServer
) -> None:
    message = preview(stored, "--cc", "c@z.org")
    assert str(message["To"]) == "Zed <zed@z.example>"  # type: ignore[index]
    assert str(message["Cc"]) == "c@z.org"  # type: ignore[index]
    done = run(stored, "send", "--in-reply-to", "<parent@z.example>", "--body", "x",
               "--bcc", "hidden@z.org")  # fmt: skip
    assert done.returncode == 0, done.stderr
    [received] = smtp_server.received
    assert sorted(received.rcpt_tos) == ["hidden@z.org", "zed@z.example"]
    assert str(parsed(received.data)["To"]) == "Zed <zed@z.example>"


def test_to_replaces_only_to(stored: Path, smtp_server: SmtpServer) -> None:
    message = preview(stored, "--to", "other@z.org", "--cc", "c@z.org")
    assert str(message["To"]) == "other@z.org"  # type: ignore[index]
    assert str(message["Cc"]) == "c@z.org"  # type: ignore[index]


def test_an_address_given_twice_is_written_once(stored: Path, smtp_server: SmtpServer) -> None:
    message = preview(stored, "--cc", "zed@z.example, c@z.org")
    assert str(message["To"]) == "Zed <zed@z.example>"  # type: ignore[index]
    assert str(message["Cc"]) == "c@z.org"  # type: ignore[index]


def test_a_reply_to_a_message_without_message_id_needs_force(
    profile: Path, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    eml = tmp_path / "no-id.eml"
    eml.write_bytes(make_raw(None, subject="No id", sender="zed@z.example", to="ops@example.org"))
    assert run(profile, "import", str(eml)).returncode == 0
    thread_id = run(profile, "threads").stdout.split()[0]
    refused = run(profile, "send", "--thread", thread_id, "--body", "x")
    assert refused.returncode == 2 and refused.stdout == ""
    assert "no Message-ID" in refused.stderr and "--force" in refused.stderr
    assert refused.stderr.count("\n") == 1 and smtp_server.received == []
    forced = run(profile, "send", "--thread", thread_id, "--body", "x", "--force")
    assert forced.returncode == 0, forced.stderr
    assert "warning: " in forced.stderr and "no Message-ID" in forced.stderr
    [received] = smtp_server.received
    assert str(parsed(received.data)["Subject"]) == "Re: No id"
