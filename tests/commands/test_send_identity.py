"""``threadline send`` without --account: the From a reply's parent was sent to, aliases too."""

from __future__ import annotations

import email
import subprocess
import sys
from email import policy
from pathlib import Path

import pytest

from helpers.identities import TO_ALIAS


def run(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "threadline", "--profile", str(profile), *args],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def sender_of(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stderr
    return str(email.message_from_string(done.stdout, policy=policy.default)["From"])


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    """Accounts a@x.org and b@y.org (alias b2@y.org), and a message sent to b2@y.org."""
    folder = tmp_path / "profile"
    for address, *more in (["a@x.org"], ["b@y.org", "--alias", "b2@y.org"]):
        added = run(folder, "accounts", "add", address, "--host", "127.0.0.1", "--port", "2525",
                    "--security", "none", "--no-auth", *more)  # fmt: skip
        assert added.returncode == 0, added.stderr
    (tmp_path / "alias.eml").write_bytes(TO_ALIAS)
    assert run(folder, "import", str(tmp_path / "alias.eml")).returncode == 0
    return folder


def test_accounts_list_shows_the_aliases_and_a_bad_one_is_refused(
    profile: Path, tmp_path: Path
) -> None:
    listing = run(profile, "accounts", "list")
    lines = listing.stdout.splitlines()
    assert "also sends as" not in lines[0] and lines[1].endswith("also sends as: b2@y.org")
    bad = run(tmp_path / "other", "accounts", "add", "c@x.org", "--host", "127.0.0.1",
              "--security", "none", "--no-auth", "--alias", "not-an-address")  # fmt: skip
    assert bad.returncode == 2 and "not-an-address" in bad.stderr
    assert len(bad.stderr.splitlines()) == 1 and "Traceback" not in bad.stderr


def test_a_reply_goes_from_the_alias_its_parent_was_sent_to(profile: Path) -> None:
    [line] = run(profile, "threads").stdout.splitlines()
    thread = line.split()[0]
    reply = run(profile, "send", "--thread", thread, "--body", "x", "--dry-run")
    assert sender_of(reply) == "b2@y.org"
    assert "To: Zed <zed@z.example>" in reply.stdout and "Subject: Re: Invoice 7" in reply.stdout
    by_id = run(profile, "send", "--in-reply-to", "<alias1@z.example>", "--body", "x", "--dry-run")
    assert sender_of(by_id) == "b2@y.org"
    chosen = run(profile, "send", "--thread", thread, "--account", "a@x.org", "--body", "x",
                 "--dry-run")  # fmt: skip
    assert sender_of(chosen) == "a@x.org"


def test_a_new_message_goes_from_the_account_used_last_and_a_key_keeps_its_own(
    profile: Path,
) -> None:
    new = ("send", "--to", "zed@z.example", "--subject", "Hello", "--body", "x")
    ambiguous = run(profile, *new, "--dry-run")
    assert ambiguous.returncode == 2
    assert "several accounts; choose one with --account: a@x.org, b@y.org" in ambiguous.stderr
    keyed = run(profile, *new, "--thread-key", "k1", "--account", "b2@y.org", "--queue-only")
    assert keyed.returncode == 0, keyed.stderr
    assert sender_of(run(profile, *new, "--dry-run")) == "b@y.org"  # used last
    assert run(profile, *new, "--account", "a@x.org", "--queue-only").returncode == 0
    assert sender_of(run(profile, *new, "--dry-run")) == "a@x.org"
    # later sends under the key go from the key's account, not from the one used last
    again = run(profile, "send", "--to", "zed@z.example", "--thread-key", "k1", "--body", "y",
                "--dry-run")  # fmt: skip
    assert sender_of(again) == "b@y.org"
