"""Dovecot's submission service (RFC 6409) on 127.0.0.1, relaying to a test SMTP server:
a second real server for SMTP log-ins (its SASL takes UTF-8 passwords, RFC 4616)."""

from __future__ import annotations

import contextlib
import shutil
import smtplib
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.dovecot import Dovecot
from helpers.smtp_server import free_port


def require_submission() -> None:
    """Skip without dovecot-submissiond (``.ci/system-deps`` installs it)."""
    if not Path("/usr/lib/dovecot/submission").exists() and not shutil.which("submission"):
        pytest.skip("Dovecot's submission service (dovecot-submissiond) is not installed")


@contextlib.contextmanager
def dovecot_submission(relay_port: int, user: str, password: str) -> Iterator[int]:
    """A Dovecot accepting ``user`` / ``password`` on its submission port (yielded), no
    TLS (the client is on 127.0.0.1), relaying what it takes to ``relay_port``."""
    require_submission()
    port = free_port()
    extra = f"""protocols = imap submission
hostname = localhost
submission_relay_host = 127.0.0.1
submission_relay_port = {relay_port}
submission_relay_ssl = no
service submission-login {{
  inet_listener submission {{
    address = 127.0.0.1
    port = {port}
  }}
}}
"""
    with Dovecot(extra_config=extra, user=user, password=password) as server:
        for _ in range(300):  # until it listens: each try is a real connection attempt
            try:
                with smtplib.SMTP("127.0.0.1", port, local_hostname="[127.0.0.1]", timeout=5):
                    break
            except OSError:
                assert server.process is not None and server.process.poll() is None
                server.process_wait_briefly()
        yield port
