"""``threadline`` as scripts run it: a real process, and a profile with one account.

The fixtures (a plain SMTP server on loopback and a profile sending through it) are
imported by the test modules of ``tests/commands`` that need them.
"""

from __future__ import annotations

import email
import subprocess
import sys
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from helpers.smtp_server import CertificateAuthority, SmtpServer


def run(profile: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """``python -m threadline --profile PROFILE ARGS...``, its output as text."""
    return subprocess.run(
        [sys.executable, "-m", "threadline", "--profile", str(profile), *args],
        input=stdin, capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip


def parsed(data: bytes) -> EmailMessage:
    """A message as the receiving end reads it."""
    msg = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


@pytest.fixture
def smtp_server(test_ca: CertificateAuthority) -> Iterator[SmtpServer]:
    """Scripts send to a plain server on loopback (TLS has its own tests)."""
    with SmtpServer("plain", test_ca) as server:
        yield server


@pytest.fixture
def profile(tmp_path: Path, smtp_server: SmtpServer) -> Path:
    """A profile with one account on the (plain, loopback) test server."""
    folder = tmp_path / "profile"
    added = run(
        folder, "accounts", "add", "ops@example.org", "--name", "Ops Desk", "--host",
        "127.0.0.1", "--port", str(smtp_server.port), "--security", "none", "--no-auth",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return folder
