"""``threadline send`` as scripts run it: threading, replies, exit statuses, bad input."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers.cli import parsed, profile, run, smtp_server
from helpers.dovecot import Dovecot
from helpers.smtp_server import PASSWORD, CertificateAuthority, SmtpServer

__all__ = ["profile", "smtp_server"]


def test_three_sends_under_one_key_make_one_chain_everywhere(
    profile: Path, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    ids = []
    for n in range(3):
        done = run(
            profile, "send", "--to", "Customer <customer@example.com>",
            "--subject", "Ticket 4711: printer on fire", "--thread-key", "ticket-4711",
            stdin=f"Update {n + 1}\n",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        ids.append(done.stdout.strip())
    first, second, third = (parsed(r.data) for r in smtp_server.received)
    assert [m["Message-ID"] for m in (first, second, third)] == ids
    assert first["In-Reply-To"] is None and first["References"] is None
    assert first["Subject"] == "Ticket 4711: printer on fire"
    assert second["In-Reply-To"] == ids[0] and second["References"] == ids[0]
    assert third["In-Reply-To"] == ids[1]
    assert third["References"].split() == ids[:2]
    assert second["Subject"] == third["Subject"] == "Re: Ticket 4711: printer on fire"
    assert third.get_content().splitlines() == ["Update 3"]
    listing = run(profile, "threads")
    assert listing.returncode == 0
    [line] = listing.stdout.splitlines()
    assert "(  3)" in line and "Ticket 4711" in line
    # Dovecot threads what was delivered as one conversation too
    with Dovecot() as dovecot:
        for n, received in enumerate(smtp_server.received):
            dovecot.deliver(received.data, f"m{n}")
        assert dovecot.thread_references() == [{i.strip("<>") for i in ids}]


def test_reply_to_a_stored_conversation_and_to_any_message_id(
    profile: Path, smtp_server: SmtpServer
) -> None:
    started = run(profile, "send", "--to", "a@example.com", "--subject", "Plan", "--body", "v1")
    assert started.returncode == 0, started.stderr
    thread_id = run(profile, "threads").stdout.split()[0]
    replied = run(profile, "send", "--thread", thread_id, "--body", "v2")
    assert replied.returncode == 0, replied.stderr
    reply = parsed(smtp_server.received[1].data)
    assert reply["In-Reply-To"] == started.stdout.strip()
    assert reply["Subject"] == "Re: Plan"
    assert reply["To"] == "a@example.com"  # recipients taken from the conversation
    foreign = run(
        profile, "send", "--in-reply-to", "<abc@elsewhere.example>", "--to", "b@example.com",
        "--subject", "Re: Re: Their thread", "--body", "x",
    )  # fmt: skip
    assert foreign.returncode == 0, foreign.stderr
    other = parsed(smtp_server.received[2].data)
    assert other["In-Reply-To"] == other["References"] == "<abc@elsewhere.example>"
    assert other["Subject"] == "Re: Their thread"


def test_temporary_failure_exits_75_and_keeps_the_message(
    profile: Path, smtp_server: SmtpServer
) -> None:
    smtp_server.faults.temporary_failures = 1
    done = run(profile, "send", "--to", "a@example.com", "--subject", "Busy", "--body", "x")
    assert done.returncode == 75
    assert "asked to try again later (451" in done.stderr
    assert "failed-temporary" in run(profile, "outbox").stdout


def test_permanent_refusal_exits_1(profile: Path, smtp_server: SmtpServer) -> None:
    smtp_server.faults.data_reply = "554 5.7.1 No thanks"
    done = run(profile, "send", "--to", "a@example.com", "--subject", "Spam?", "--body", "x")
    assert done.returncode == 1
    assert "554 5.7.1 No thanks" in done.stderr


def test_dry_run_prints_the_message_and_stores_nothing(
    profile: Path, smtp_server: SmtpServer
) -> None:
    done = run(profile, "send", "--to", "a@example.com", "--subject", "Look", "--body", "Hi",
               "--thread-key", "k1", "--dry-run")  # fmt: skip
    assert done.returncode == 0
    message = parsed(done.stdout.encode())
    assert message["Subject"] == "Look" and message["Message-ID"]
    assert smtp_server.received == []
    assert run(profile, "outbox").stdout.strip() == "The outbox is empty."
    sent = run(profile, "send", "--to", "a@example.com", "--subject", "Look", "--body", "Hi",
                "--thread-key", "k1")  # fmt: skip
    assert sent.returncode == 0
    assert parsed(smtp_server.received[0].data)["In-Reply-To"] is None  # key was not used


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--account", "nobody@example.org", "--to", "a@example.com", "--subject", "s"],
         "There is no account 'nobody@example.org'"),
        (["--to", "not an address", "--subject", "s"], "is not an e-mail address"),
        (["--to", "a@example.com", "--subject", "s", "--attach", "/nonexistent/file.pdf"],
         "Cannot attach /nonexistent/file.pdf"),
        (["--to", "a@example.com", "--subject", "Hi\r\nBcc: evil@example.com"],
         "carriage return"),
        (["--to", "a@example.com", "--subject", "s", "--header", "X-Evil: a\nBcc: b@c.d"],
         "line feed"),
        (["--to", "a@example.com", "--thread", "999"], "There is no conversation 999"),
        (["--to", "a@example.com"], "A new conversation needs a subject"),
        (["--to", "a@example.com", "--in-reply-to", "garbage"], "is not a Message-ID"),
        (["--subject", "nobody to send to"], "no recipients"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_exit_2_and_nothing_stored_or_sent(
    profile: Path, smtp_server: SmtpServer, args: list[str], message: str
) -> None:
    done = run(profile, "send", "--body", "x", *args)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr
    assert done.stderr.count("\n") == 1 and done.stdout == ""
    assert smtp_server.received == []
    assert run(profile, "outbox").stdout.strip() == "The outbox is empty."


@pytest.mark.keyring
def test_send_over_starttls_with_auth_and_a_private_ca(
    tmp_path: Path, test_ca: CertificateAuthority, secret_service_keyring: object
) -> None:
    with SmtpServer("starttls", test_ca) as server:
        check_starttls_send(tmp_path, server, test_ca)


@pytest.mark.keyring
def test_a_password_with_non_ascii_characters_logs_in(
    tmp_path: Path, test_ca: CertificateAuthority, secret_service_keyring: object
) -> None:
    """Issue 12, point 12: 'straße' ended in 'failed unexpectedly (UnicodeEncodeError)'."""
    with SmtpServer("starttls", test_ca, user="jürgen", password="straße Жук") as server:
        check_starttls_send(tmp_path, server, test_ca, user="jürgen", password="straße Жук")


def check_starttls_send(tmp_path: Path, smtp_server: SmtpServer, test_ca: CertificateAuthority,
                        *, user: str = "alice", password: str = PASSWORD) -> None:  # fmt: skip
    ca_file = tmp_path / "ca.pem"
    test_ca.ca.cert_pem.write_to_path(str(ca_file))
    env = {**os.environ, "THREADLINE_CA_FILE": str(ca_file)}
    folder = tmp_path / "p"
    added = run(folder, "accounts", "add", "ann@example.org", "--host", "127.0.0.1", "--port",
                str(smtp_server.port), "--user", user, "--password-stdin",
                stdin=password + "\n", env=env)  # fmt: skip
    assert added.returncode == 0, added.stderr
    done = run(folder, "send", "--to", "b@example.com", "--subject", "Secure", "--body", "x",
               env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert parsed(smtp_server.received[0].data)["Message-ID"] == done.stdout.strip()
