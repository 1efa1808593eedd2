"""Text from mail or a server never reaches the terminal as control sequences."""

from __future__ import annotations

import base64
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.mail import make_raw
from helpers.smtp_server import CertificateAuthority, SmtpServer

#: What a terminal obeys or uses to reorder text; only LF may appear in the output.
CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def run(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "threadline", "--profile", str(profile), *args],
        capture_output=True, text=True, timeout=120, encoding="utf-8", errors="strict",
    )  # fmt: skip


def encoded(text: str) -> str:
    """An RFC 2047 encoded word, the way C1 controls and bidi overrides arrive in headers."""
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


def assert_clean(done: subprocess.CompletedProcess[str]) -> None:
    """Nothing the command prints, on stdout or stderr, holds a control character."""
    for text in (done.stdout, done.stderr):
        assert not CONTROLS.findall(text), text
    assert "Traceback" not in done.stderr


def test_an_error_naming_a_hostile_file_is_printed_harmlessly(tmp_path: Path) -> None:
    missing = tmp_path / "mail \x1b]0;pwned\x07\x1b[2J.eml"
    done = run(tmp_path / "profile", "import", str(missing))
    assert done.returncode == 2
    assert "\\x1b]0;pwned\\x07" in done.stderr
    assert_clean(done)
    assert len(done.stderr.strip().splitlines()) == 1


HOSTILE = make_raw(
    "evil\x1b[2J@example.org",
    subject="Launch \x1b]0;pwned\x07\x1b[2J\x1b[31m "
    + encoded("plan \x9b2J \u202etxt.exe \u2066x"),
    sender=encoded("Mal\x1b[31mlory\x9bq\u202e") + " <mal@example.org>",
    body="Hello \x1b[2J\x07 there \x9b31m \u202eabc\x7f\tend",
    extra="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit",
)


def test_threads_and_show_print_hostile_mail_harmlessly(tmp_path: Path) -> None:
    (tmp_path / "hostile.eml").write_bytes(HOSTILE)
    profile = tmp_path / "profile"
    assert run(profile, "import", str(tmp_path / "hostile.eml")).returncode == 0
    listing = run(profile, "threads")
    assert listing.returncode == 0
    assert_clean(listing)
    [line] = listing.stdout.splitlines()
    assert "Launch \\x1b]0;pwned\\x07\\x1b[2J\\x1b[31m plan \\x9b2J \\u202e" in line
    shown = run(profile, "show", line.split()[0])
    assert shown.returncode == 0
    assert_clean(shown)
    assert "\\x9bq\\u202e" in shown.stdout  # the sender's name, escaped
    assert "Hello \\x1b[2J\\x07 there \\x9b31m \\u202eabc\\x7f end" in shown.stdout
    for search in ("Launch", "pwned"):
        found = run(profile, "threads", "--search", search)
        assert found.returncode == 0 and found.stdout.count("\n") == 1
        assert_clean(found)


def test_import_names_hostile_file_names_harmlessly(tmp_path: Path) -> None:
    mail = tmp_path / "archive"
    mail.mkdir()
    (mail / "not mail \x1b]0;pwned\x07\x1b[2J.bin").write_bytes(b"\x00\x01")
    done = run(tmp_path / "profile", "import", str(mail))
    assert done.returncode == 1
    assert "not mail \\x1b]0;pwned\\x07\\x1b[2J.bin was not imported" in done.stderr
    assert_clean(done)


@pytest.fixture
def smtp_server(test_ca: CertificateAuthority) -> Iterator[SmtpServer]:
    with SmtpServer("plain", test_ca) as server:
        yield server


def test_server_replies_and_subjects_in_send_and_outbox_are_harmless(
    tmp_path: Path, smtp_server: SmtpServer
) -> None:
    profile = tmp_path / "profile"
    added = run(
        profile, "accounts", "add", "ops@example.org", "--name", "Ops", "--host", "127.0.0.1",
        "--port", str(smtp_server.port), "--security", "none", "--no-auth",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    smtp_server.faults.data_reply = "554 5.7.1 \x1b]0;pwned\x07\x1b[2J go away"
    refused = run(profile, "send", "--to", "a@example.com", "--subject", "Hi \x1b[2J",
                  "--body", "x")  # fmt: skip
    assert refused.returncode == 2 and "control character (U+001B)" in refused.stderr
    sent = run(profile, "send", "--to", "a@example.com", "--subject", "Hi \u202ethere",
               "--body", "x")  # fmt: skip
    assert sent.returncode == 1
    assert "554 5.7.1 \\x1b]0;pwned\\x07\\x1b[2J go away" in sent.stderr
    assert_clean(sent)
    listing = run(profile, "outbox")
    assert "Hi \\u202ethere" in listing.stdout and "go away" in listing.stdout
    assert_clean(listing)
    flushed = run(profile, "outbox", "retry", listing.stdout.split()[0])
    assert flushed.returncode == 0
    flushed = run(profile, "outbox", "flush")
    assert flushed.returncode == 1 and "go away" in flushed.stderr
    assert_clean(flushed)
    accounts = run(profile, "accounts", "list")
    assert accounts.returncode == 0 and "ops@example.org" in accounts.stdout
    assert_clean(accounts)
