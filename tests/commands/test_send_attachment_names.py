"""``threadline send --attach`` with a file whose name could smuggle in a header."""

from __future__ import annotations

import email
import subprocess
import sys
from email import policy
from email.message import EmailMessage
from pathlib import Path

from helpers.smtp_server import CertificateAuthority, SmtpServer


def run(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "threadline", "--profile", str(profile), *args],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_dry_run_attaching_a_file_with_a_newline_in_its_name(
    tmp_path: Path, test_ca: CertificateAuthority
) -> None:
    hostile = tmp_path / "notes.txt\r\nBcc: evil@example.com"
    hostile.write_text("hello\n")
    profile = tmp_path / "profile"
    with SmtpServer("plain", test_ca) as server:
        added = run(
            profile, "accounts", "add", "ops@example.org", "--host", "127.0.0.1",
            "--port", str(server.port), "--security", "none", "--no-auth",
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        done = run(profile, "send", "--to", "a@example.com", "--subject", "Notes",
                   "--body", "See attached.", "--attach", str(hostile), "--dry-run")  # fmt: skip
        assert server.received == []
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    message = email.message_from_bytes(done.stdout.encode(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert message["Bcc"] is None
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "notes.txt__Bcc: evil@example.com"
    assert attachment.get_content() == b"hello\n"
