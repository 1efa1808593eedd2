"""``threadline accounts add|edit|list``: both servers, presets by domain and OAuth provider.

Run in this process through ``threadline.cli.main`` (the subprocess tests in
test_commands_accounts show the real process); accounts are read back from the store.
"""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from helpers.keyrings import MemoryKeyring, memory_keyring
from threadline.cli import main
from threadline.commands import accounts as accounts_command
from threadline.net.oauth.providers import CONFIG_ENV
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import Account, AccountStore

__all__ = ["memory_keyring"]


@dataclass
class Done:
    code: int
    out: str
    err: str


Run = Callable[..., Done]


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def threadline(
    profile: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> Run:  # fmt: skip
    """``threadline --profile PROFILE ARGS...`` in this process."""
    logger = logging.getLogger("threadline")  # main() quiets it for commands: put it back
    monkeypatch.setattr(logger, "propagate", logger.propagate)
    monkeypatch.setattr(logger, "handlers", list(logger.handlers))
    monkeypatch.delenv(CONFIG_ENV, raising=False)

    def run(*args: str, stdin: str = "") -> Done:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--profile", str(profile), *args])
        out, err = capsys.readouterr()
        return Done(code, out, err)

    return run


def stored(profile: Path) -> list[Account]:
    conn = db.connect(Profile.at(profile).store_path)
    try:
        return AccountStore(conn).all()
    finally:
        conn.close()


def only(profile: Path) -> Account:
    [account] = stored(profile)
    return account


def servers(account: Account) -> tuple[object, ...]:
    return (account.smtp_host, account.smtp_port, account.security, account.imap_host,
            account.imap_port, account.imap_security, account.save_sent)  # fmt: skip


def add(threadline: Run, *args: str) -> Done:
    done = threadline("accounts", "add", *args, "--password-stdin", stdin="pw\n")
    assert done.code == 0, done.err
    return done


def test_a_known_domain_fills_both_sides_and_gmail_gets_no_sent_copy(
    threadline: Run, profile: Path
) -> None:
    done = add(threadline, "ann@gmail.com", "--name", "Ann")
    account = only(profile)
    assert servers(account) == ("smtp.gmail.com", 465, "tls", "imap.gmail.com", 993, "tls", False)
    assert (account.username, account.auth_method) == ("ann@gmail.com", "password")
    assert done.out.splitlines() == [
        "Sending through smtp.gmail.com:465 tls (Gmail preset), receiving from "
        "imap.gmail.com:993 tls (Gmail preset).",
        "smtp.gmail.com files sent mail in the Sent folder itself, so Threadline adds no copy "
        "there (--save-sent changes that).",
        f"Added Ann <ann@gmail.com> ({account.id}).",
    ]


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("bob@hotmail.com",
         ("smtp.office365.com", 587, "starttls", "outlook.office365.com", 993, "tls", False)),
        ("cat@icloud.com",
         ("smtp.mail.me.com", 587, "starttls", "imap.mail.me.com", 993, "tls", True)),
        ("dan@fastmail.com",
         ("smtp.fastmail.com", 465, "tls", "imap.fastmail.com", 993, "tls", True)),
        ("eve@yahoo.com",
         ("smtp.mail.yahoo.com", 465, "tls", "imap.mail.yahoo.com", 993, "tls", True)),
    ],
)  # fmt: skip
def test_every_known_provider_is_filled_in(
    threadline: Run, profile: Path, address: str, expected: tuple[object, ...]
) -> None:
    add(threadline, address)
    assert servers(only(profile)) == expected


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        # a given SMTP server: its security's standard port, the generic default security
        (["--host", "smtp.relay.example"],
         ("smtp.relay.example", 587, "starttls", "imap.gmail.com", 993, "tls", True)),
        # a given security changes the preset's port with it
        (["--security", "starttls"],
         ("smtp.gmail.com", 587, "starttls", "imap.gmail.com", 993, "tls", False)),
        (["--imap-security", "starttls"],
         ("smtp.gmail.com", 465, "tls", "imap.gmail.com", 143, "starttls", False)),
        (["--port", "2465", "--imap-port", "1993"],
         ("smtp.gmail.com", 2465, "tls", "imap.gmail.com", 1993, "tls", False)),
        (["--imap-host", "imap.other.example"],
         ("smtp.gmail.com", 465, "tls", "imap.other.example", 993, "tls", False)),
        (["--save-sent"], ("smtp.gmail.com", 465, "tls", "imap.gmail.com", 993, "tls", True)),
        (["--no-imap"], ("smtp.gmail.com", 465, "tls", "", 993, "tls", False)),
    ],
)  # fmt: skip
def test_given_options_always_win_over_the_preset(
    threadline: Run, profile: Path, options: list[str], expected: tuple[object, ...]
) -> None:
    add(threadline, "ann@gmail.com", *options)
    assert servers(only(profile)) == expected


def test_other_domains_give_their_servers_and_only_send_unless_told(
    threadline: Run, profile: Path
) -> None:
    refused = threadline("accounts", "add", "ops@example.org", "--no-auth")
    assert refused.code == 2
    assert refused.err == (
        "threadline: Give the SMTP server with --host (for example smtp.example.org), "
        "or use --oauth PROVIDER.\n"
    )
    done = add(threadline, "ops@example.org", "--host", "mail.example.org")
    assert done.out.startswith("Added ops@example.org (")  # no preset, nothing to say
    assert servers(only(profile)) == ("mail.example.org", 587, "starttls", "", 993, "tls", True)
    assert not only(profile).has_imap


@pytest.mark.parametrize(
    ("options", "imap"),
    [
        (["--imap-host", "imap.example.org"], ("imap.example.org", 993, "tls")),
        (["--imap-host", "imap.example.org", "--imap-security", "starttls"],
         ("imap.example.org", 143, "starttls")),
        (["--imap-host", "imap.example.org", "--imap-security", "starttls", "--imap-port", "993"],
         ("imap.example.org", 993, "starttls")),
        (["--imap-host", "127.0.0.1", "--imap-security", "none", "--imap-port", "10143"],
         ("127.0.0.1", 10143, "none")),
    ],
)  # fmt: skip
def test_the_incoming_server_of_another_domain(
    threadline: Run, profile: Path, options: list[str], imap: tuple[object, ...]
) -> None:
    add(threadline, "ops@example.org", "--host", "smtp.example.org", *options)
    account = only(profile)
    assert (account.imap_host, account.imap_port, account.imap_security) == imap
    assert account.save_sent


BAD = [
    (["--imap-host", "imap.example.org", "--imap-security", "none"],
     "Receiving without encryption is only allowed from a server on this computer"),
    (["--imap-host", "imap.example.org", "--imap-port", "0"], "0 is not a port number"),
    (["--imap-host", "imap.example.org", "--imap-port", "70000"], "70000 is not a port number"),
    (["--imap-host", "imap example.org"], "'imap example.org' is not a server name."),
    (["--imap-host", ""], "--imap-host is empty"),
    (["--host", " "], "--host is empty"),
    (["--port", "0"], "0 is not a port number"),
    (["--no-imap", "--imap-host", "imap.example.org"], "--no-imap cannot go with"),
    (["--no-imap", "--imap-port", "993"], "--no-imap cannot go with"),
    (["--imap-port", "993"], "--imap-port and --imap-security need --imap-host"),
    (["--imap-security", "tls"], "--imap-port and --imap-security need --imap-host"),
]  # fmt: skip


@pytest.mark.parametrize(("options", "message"), BAD)
def test_bad_input_is_one_line_exit_2_and_nothing_stored(
    threadline: Run, profile: Path, options: list[str], message: str
) -> None:
    done = threadline("accounts", "add", "ops@example.org", "--host", "smtp.example.org",
                      "--no-auth", *options)  # fmt: skip
    assert done.code == 2
    assert message in done.err
    assert done.err.count("\n") == 1 and "Traceback" not in done.err
    assert done.out == ""
    assert stored(profile) == []


def test_bad_input_from_a_real_process_is_one_line_too(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "threadline", "--profile", str(tmp_path), "accounts", "add",
         "ann@gmail.com", "--imap-security", "none", "--no-auth"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.startswith("threadline: Receiving without encryption")
    assert done.stderr.count("\n") == 1


def test_list_keeps_send_only_lines_as_they_were_and_appends_the_incoming_side(
    threadline: Run, profile: Path
) -> None:
    add(threadline, "ops@example.org", "--name", "Ops", "--host", "smtp.example.org",
        "--alias", "team@example.org")  # fmt: skip
    add(threadline, "ann@gmail.com")
    add(threadline, "cat@icloud.com", "--user", "cat")
    ops, ann, cat = stored(profile)
    assert threadline("accounts", "list").out.splitlines() == [
        f"{ops.id}  Ops <ops@example.org>  smtp.example.org:587 starttls  login: ops@example.org"
        "  also sends as: team@example.org",
        f"{ann.id}  ann@gmail.com  smtp.gmail.com:465 tls  login: ann@gmail.com"
        "  incoming: imap.gmail.com:993 tls  save sent: no",
        f"{cat.id}  cat@icloud.com  smtp.mail.me.com:587 starttls  login: cat"
        "  incoming: imap.mail.me.com:993 tls  save sent: yes",
    ]


# -- OAuth presets bring both servers ------------------------------------------------------


@pytest.fixture
def signed_in(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Account]:
    """OAuth client ids configured; the browser sign-in replaced by a note of who signed in."""
    config = tmp_path / "oauth.json"
    endpoints = {"authorize_url": "https://sso.corp.example/a",
                 "token_url": "https://sso.corp.example/t", "client_id": "tl"}  # fmt: skip
    config.write_text(json.dumps({
        "google": {"client_id": "g"}, "microsoft": {"client_id": "m"},
        "corp": {**endpoints, "smtp_host": "smtp.corp.example", "imap_host": "imap.corp.example",
                 "imap_security": "starttls"},
        "sendonly": {**endpoints, "smtp_host": "smtp.corp.example"},
    }))  # fmt: skip
    monkeypatch.setenv(CONFIG_ENV, str(config))
    signed: list[Account] = []
    monkeypatch.setattr(accounts_command, "_browser_sign_in", lambda _args, a: signed.append(a))
    return signed


@pytest.mark.parametrize(
    ("address", "oauth", "expected"),
    [
        # a Workspace mailbox on its own domain: Google's servers, and Gmail files sent mail
        ("ann@corp.example", "google",
         ("smtp.gmail.com", 465, "tls", "imap.gmail.com", 993, "tls", False)),
        ("ann@corp.example", "microsoft",
         ("smtp.office365.com", 587, "starttls", "outlook.office365.com", 993, "tls", False)),
        ("ann@corp.example", "corp",
         ("smtp.corp.example", 587, "starttls", "imap.corp.example", 143, "starttls", True)),
        # a provider without an IMAP server: send only, even at a known domain (its tokens
        # would not open Gmail's IMAP)
        ("ann@gmail.com", "sendonly", ("smtp.corp.example", 587, "starttls", "", 993, "tls", True)),
    ],
)  # fmt: skip
def test_an_oauth_provider_brings_both_servers(
    threadline: Run, profile: Path, signed_in: list[Account], address: str, oauth: str,
    expected: tuple[object, ...],
) -> None:  # fmt: skip
    done = threadline("accounts", "add", address, "--oauth", oauth)
    assert done.code == 0, done.err
    account = only(profile)
    assert servers(account) == expected
    assert (account.auth_method, account.oauth_provider) == ("oauth2", oauth)
    assert signed_in == [account]


# -- edit: only what is given changes -------------------------------------------------------


@pytest.fixture
def send_only(threadline: Run, profile: Path) -> Account:
    """A Workspace account that only sends, saved with 'save sent' on, as every account from
    before the incoming side (schema 0007) is."""
    add(threadline, "ann@corp.example", "--name", "Ann", "--host", "smtp.gmail.com",
        "--security", "tls", "--user", "ann.login", "--alias", "a@corp.example",
        "--save-sent")  # fmt: skip
    return only(profile)


def edit(threadline: Run, *args: str) -> Done:
    done = threadline("accounts", "edit", "ann@corp.example", *args)
    assert done.code == 0, done.err
    return done


def test_edit_adds_an_incoming_server_to_an_account_that_only_sent(
    threadline: Run, profile: Path, send_only: Account
) -> None:
    assert send_only.save_sent  # it did not matter: nothing to file it in
    done = edit(threadline, "--imap-host", "imap.gmail.com")
    after = only(profile)
    # smtp.gmail.com files sent mail itself: with the first incoming server, no copy
    assert after == replace(send_only, imap_host="imap.gmail.com", save_sent=False)
    assert done.out == (
        f"Changed: {after.id}  Ann <ann@corp.example>  smtp.gmail.com:465 tls  login: ann.login"
        "  also sends as: a@corp.example  incoming: imap.gmail.com:993 tls  save sent: no\n"
    )
    edit(threadline, "--save-sent")
    assert only(profile) == replace(after, save_sent=True)
    edit(threadline, "--host", "smtp.relay.example")  # a loaded choice stays
    assert only(profile) == replace(after, save_sent=True, smtp_host="smtp.relay.example")


def test_edit_given_save_sent_wins_when_the_first_incoming_server_comes(
    threadline: Run, profile: Path, send_only: Account
) -> None:
    edit(threadline, "--imap-host", "imap.gmail.com", "--save-sent")
    assert only(profile) == replace(send_only, imap_host="imap.gmail.com", save_sent=True)


def test_edit_port_follows_security_only_from_the_standard_port(
    threadline: Run, profile: Path, send_only: Account
) -> None:
    edit(threadline, "--imap-host", "imap.corp.example", "--imap-security", "starttls")
    assert (only(profile).imap_port, only(profile).imap_security) == (143, "starttls")
    edit(threadline, "--imap-port", "1143")
    edit(threadline, "--imap-security", "tls")
    assert (only(profile).imap_port, only(profile).imap_security) == (1143, "tls")
    edit(threadline, "--security", "starttls")  # 465 was tls's port: it follows
    assert (only(profile).smtp_port, only(profile).security) == (587, "starttls")
    edit(threadline, "--port", "2525")
    edit(threadline, "--security", "tls")
    assert (only(profile).smtp_port, only(profile).security) == (2525, "tls")


def test_edit_no_imap_makes_it_send_only_again_and_keeps_the_rest(
    threadline: Run, profile: Path, send_only: Account
) -> None:
    edit(threadline, "--imap-host", "imap.gmail.com", "--imap-port", "1993")
    receiving = only(profile)
    edit(threadline, "--no-imap")
    assert only(profile) == replace(receiving, imap_host="")
    assert not only(profile).has_imap
    again = edit(threadline, "--no-imap")
    assert again.out.startswith("Nothing changed: ")


def test_edit_changes_the_name_and_login_alone(
    threadline: Run, profile: Path, send_only: Account
) -> None:
    edit(threadline, "--name", "Ann Example", "--user", "ann2")
    assert only(profile) == replace(send_only, display_name="Ann Example", username="ann2")


@pytest.mark.parametrize(
    ("options", "message"),
    [([], "Nothing to change"),
     (["--imap-port", "993"], "ann@corp.example has no incoming server: give --imap-host too."),
     (["--imap-security", "starttls"], "has no incoming server"),
     (["--imap-host", "imap.corp.example", "--imap-security", "none"],
      "Receiving without encryption"),
     (["--imap-host", "imap corp"], "is not a server name"),
     (["--imap-host", ""], "--imap-host is empty"),
     (["--port", "0"], "0 is not a port number"),
     (["--user", ""], "Password authentication needs a user name."),
     (["--no-imap", "--imap-host", "x.example"], "--no-imap cannot go with")],
)  # fmt: skip
def test_edit_refuses_bad_input_and_changes_nothing(
    threadline: Run, profile: Path, send_only: Account, options: list[str], message: str
) -> None:
    done = threadline("accounts", "edit", "ann@corp.example", *options)
    assert done.code == 2
    assert message in done.err and done.err.count("\n") == 1
    assert only(profile) == send_only


def test_edit_an_unknown_account_names_the_known_ones(threadline: Run, send_only: Account) -> None:
    done = threadline("accounts", "edit", "bob@corp.example", "--name", "Bob")
    assert done.code == 2
    assert done.err == (
        "threadline: There is no account 'bob@corp.example'. Known accounts: ann@corp.example\n"
    )
