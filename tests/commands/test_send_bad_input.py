"""``threadline send`` with hostile and unusual input (issue 12): one line, exit 2, or the
right message, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.cli import parsed, profile, run, smtp_server
from helpers.smtp_server import CertificateAuthority, SmtpServer, test_ca

__all__ = ["profile", "smtp_server", "test_ca"]


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


# -- point 8: text that is not UTF-8 ---------------------------------------------------


def run_bytes(
    profile: Path, *args: bytes | str, stdin: bytes = b""
) -> subprocess.CompletedProcess[str]:
    """``threadline`` with raw bytes on stdin and in argv (as a terminal in another
    encoding, or a file piped in, gives them)."""
    argv = [os.fsencode(a) if isinstance(a, str) else a for a in args]
    done = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"threadline", b"--profile", os.fsencode(profile),
         *argv], input=stdin, capture_output=True, timeout=120,
    )  # fmt: skip
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode(errors="replace"),
        done.stderr.decode(errors="replace"),
    )  # fmt: skip


def test_a_body_that_is_not_utf8_is_refused_or_decoded_with_charset(
    profile: Path, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    send = ("send", "--to", "a@example.com", "--subject", "s")
    refused = run_bytes(profile, *send, stdin=b"caf\xe9 cr\xe8me\n")
    assert_bad_input(refused, "--charset")
    assert "UTF-8" in refused.stderr
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"na\xefve\n")
    assert_bad_input(run_bytes(profile, *send, "--body-file", str(latin)), "--charset")
    assert_bad_input(run_bytes(profile, *send, "--charset", "klingon", stdin=b"x"), "klingon")
    assert smtp_server.received == []
    sent = run_bytes(profile, *send, "--charset", "latin-1", stdin=b"caf\xe9 cr\xe8me\n")
    assert sent.returncode == 0, sent.stderr
    assert parsed(smtp_server.received[0].data).get_content().splitlines() == ["café crème"]
    filed = run_bytes(profile, *send, "--charset", "latin-1", "--body-file", str(latin))
    assert filed.returncode == 0, filed.stderr
    assert parsed(smtp_server.received[1].data).get_content().splitlines() == ["naïve"]


def test_options_that_are_not_utf8_are_refused_or_decoded_with_charset(
    profile: Path, smtp_server: SmtpServer
) -> None:
    refused = run_bytes(profile, "send", "--to", "a@example.com", "--subject", b"caf\xe9",
                        "--body", "x")  # fmt: skip
    assert_bad_input(refused, "--subject")
    sent = run_bytes(profile, "send", "--to", "a@example.com", "--subject", b"caf\xe9",
                     "--body", b"cr\xe8me", "--charset", "cp1252")  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    message = parsed(smtp_server.received[0].data)
    assert (str(message["Subject"]), message.get_content().strip()) == ("café", "crème")
    named = run_bytes(profile, "accounts", "add", "b@example.org", "--name", b"Caf\xe9",
                      "--host", "127.0.0.1", "--no-auth")  # fmt: skip
    assert_bad_input(named, "--name")


def test_a_password_that_is_not_utf8_is_refused(profile: Path, smtp_server: SmtpServer) -> None:
    done = run_bytes(profile, "accounts", "add", "b@example.org", "--host", "127.0.0.1",
                     "--password-stdin", stdin=b"p\xe9ss\n")  # fmt: skip
    assert_bad_input(done, "UTF-8")


# -- point 7: addresses with non-ASCII local parts -------------------------------------


def test_a_non_ascii_local_part_is_refused_before_queueing_without_smtputf8(
    profile: Path, smtp_server: SmtpServer
) -> None:
    for mode in ([], ["--queue-only"]):
        done = run(profile, "send", "--to", "José <josé@example.org>", "--subject", "s",
                   "--body", "x", *mode)  # fmt: skip
        assert_bad_input(done, "SMTPUTF8")
        assert "josé@example.org" in done.stderr
    assert run(profile, "outbox").stdout.strip() == "The outbox is empty."
    assert smtp_server.received == []


def test_a_non_ascii_local_part_goes_with_smtputf8(
    tmp_path: Path, test_ca: CertificateAuthority
) -> None:
    with SmtpServer("plain", test_ca, smtputf8=True) as server:
        folder = tmp_path / "p"
        added = run(folder, "accounts", "add", "ops@example.org", "--host", "127.0.0.1",
                    "--port", str(server.port), "--security", "none", "--no-auth")  # fmt: skip
        assert added.returncode == 0, added.stderr
        done = run(folder, "send", "--to", "José <josé@example.org>", "--cc", "b@example.org",
                   "--subject", "Grüße", "--body", "x")  # fmt: skip
        assert done.returncode == 0, done.stderr
        [received] = server.received
    assert received.rcpt_tos == ["josé@example.org", "b@example.org"]
    assert "To: José <josé@example.org>\r\n".encode() in received.data  # RFC 6532
    assert str(parsed(received.data)["Subject"]) == "Grüße"


def test_a_quoted_message_id_is_replied_to_as_received(
    profile: Path, smtp_server: SmtpServer
) -> None:
    done = run(profile, "send", "--in-reply-to", '<"a b"@x.example>', "--to", "a@example.com",
               "--subject", "Their thread", "--body", "x", "--dry-run")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert 'In-Reply-To: <"a b"@x.example>' in done.stdout
    message = parsed(done.stdout.encode())
    assert str(message["In-Reply-To"]) == str(message["References"]) == '<"a b"@x.example>'


# -- point 9: attachments --------------------------------------------------------------


@pytest.mark.parametrize("kind", ["device", "fifo", "folder"])
def test_only_regular_files_are_attached(
    profile: Path, smtp_server: SmtpServer, tmp_path: Path, kind: str
) -> None:
    path = {"device": Path("/dev/zero"), "fifo": tmp_path / "fifo", "folder": tmp_path}[kind]
    if kind == "fifo":
        os.mkfifo(path)  # a writer never comes: this used to hang
    done = run(profile, "send", "--to", "a@example.com", "--subject", "s", "--body", "x",
               "--attach", str(path))  # fmt: skip
    assert_bad_input(done, "not a regular file")
    assert run(profile, "outbox").stdout.strip() == "The outbox is empty."


def sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that takes no room on disk."""
    with path.open("wb") as out:
        out.truncate(size)
    return path


def test_a_message_over_the_limit_is_refused_before_queueing(
    profile: Path, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    big = sparse(tmp_path / "big.iso", 30 * 1024 * 1024)  # 41 MB as base64
    done = run(profile, "send", "--to", "a@example.com", "--subject", "s", "--body", "x",
               "--attach", str(big))  # fmt: skip
    assert_bad_input(done, "more than 127.0.0.1 takes (it announces a limit of 32 MB)")
    preview = run(profile, "send", "--to", "a@example.com", "--subject", "s", "--body", "x",
                  "--attach", str(big), "--dry-run")  # fmt: skip
    assert_bad_input(preview, "more than the 25 MB most mail servers take")  # not asked
    small = sparse(tmp_path / "small.bin", 2 * 1024 * 1024)
    limited = run(profile, "send", "--to", "a@example.com", "--subject", "s", "--body", "x",
                  "--attach", str(small), "--max-size", "1M")  # fmt: skip
    assert_bad_input(limited, "more than the limit of 1 MB given")
    assert_bad_input(run(profile, "send", "--to", "a@example.com", "--subject", "s",
                         "--max-size", "lots"), "'lots' is not a size")  # fmt: skip
    assert run(profile, "outbox").stdout.strip() == "The outbox is empty."
    assert smtp_server.received == []


def test_the_servers_size_is_the_default_limit_and_large_files_go_whole(
    tmp_path: Path, test_ca: CertificateAuthority
) -> None:
    with SmtpServer("plain", test_ca, size_limit=3 * 1024 * 1024) as server:
        folder = tmp_path / "p"
        added = run(folder, "accounts", "add", "ops@example.org", "--host", "127.0.0.1",
                    "--port", str(server.port), "--security", "none", "--no-auth")  # fmt: skip
        assert added.returncode == 0, added.stderr
        data = os.urandom(2 * 1024 * 1024 + 7)  # 2.7 MB as base64: fits in 3 MB
        fits = tmp_path / "fits.bin"
        fits.write_bytes(data)
        done = run(folder, "send", "--to", "b@example.net", "--subject", "s", "--body", "x",
                   "--attach", str(fits))  # fmt: skip
        assert done.returncode == 0, done.stderr
        [received] = server.received
        too_big = sparse(tmp_path / "too-big.bin", 2_500_000)
        refused = run(folder, "send", "--to", "b@example.net", "--subject", "s", "--body", "x",
                      "--attach", str(too_big))  # fmt: skip
        assert_bad_input(refused, "it announces a limit of 3 MB")
    [part] = list(parsed(received.data).iter_attachments())
    assert part.get_content() == data
    assert max(len(line) for line in received.data.split(b"\r\n")) <= 998
