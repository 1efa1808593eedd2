"""Passwords in the OS keyring only, with plain-language errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import keyring
import keyring.errors
import pytest

from helpers.keyrings import FailingKeyring, MemoryKeyring
from helpers.smtp_server import PASSWORD, CertificateAuthority, SmtpServer
from threadline.net import secrets
from threadline.net.secrets import CredentialsError


def test_set_get_delete_in_memory(memory_keyring: MemoryKeyring) -> None:
    secrets.set_password("acct1", "pw")
    assert secrets.get_password("acct1") == "pw"
    assert memory_keyring.secrets == {("Threadline", "acct1"): "pw"}
    secrets.delete_password("acct1")
    secrets.delete_password("acct1")  # deleting twice is fine
    assert secrets.get_password("acct1") is None


@pytest.mark.parametrize(
    ("error", "advice"),
    [
        (keyring.errors.NoKeyringError(), "No password store is available"),
        (keyring.errors.KeyringLocked(), "keyring is locked"),
        (keyring.errors.InitError(), "create a default keyring"),
    ],
)
def test_keyring_problems_are_explained_and_never_fall_back_to_a_file(
    error: Exception, advice: str, tmp_path: Path
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(FailingKeyring(error))
    try:
        with pytest.raises(CredentialsError, match=advice):
            secrets.set_password("acct", "pw")
        with pytest.raises(CredentialsError, match=advice):
            secrets.get_password("acct")
    finally:
        keyring.set_keyring(previous)


@pytest.mark.keyring
def test_the_real_secret_service_keyring_stores_the_password(
    secret_service_keyring: object,
) -> None:
    secrets.set_password("real-acct", "r3al-secret")
    try:
        assert keyring.get_keyring().__class__.__module__.endswith("SecretService")
        assert secrets.get_password("real-acct") == "r3al-secret"
        found = subprocess.run(
            ["secret-tool", "lookup", "service", "Threadline", "username", "real-acct"],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
        assert found.stdout == "r3al-secret"  # seen by another program: really in the keyring
    finally:
        secrets.delete_password("real-acct")
    assert secrets.get_password("real-acct") is None


@pytest.mark.keyring
def test_accounts_cli_keeps_the_password_in_the_keyring_only(
    secret_service_keyring: object, tmp_path: Path, test_ca: CertificateAuthority
) -> None:
    profile = tmp_path / "profile"
    with SmtpServer("starttls", test_ca) as server:
        ca_file = tmp_path / "ca.pem"
        test_ca.ca.cert_pem.write_to_path(str(ca_file))
        env = {**__import__("os").environ, "THREADLINE_CA_FILE": str(ca_file)}

        def threadline(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, "-m", "threadline", "--profile", str(profile), *args],
                input=stdin, capture_output=True, text=True, timeout=60, env=env,
            )  # fmt: skip

        added = threadline(
            "accounts", "add", "ann@example.org", "--name", "Ann", "--host", "127.0.0.1",
            "--port", str(server.port), "--user", "alice", "--password-stdin",
            stdin=PASSWORD + "\n",
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        account_id = added.stdout.split("(")[-1].rstrip(").\n")
        tested = threadline("accounts", "test")
        assert tested.returncode == 0, tested.stderr
        assert tested.stdout.startswith("OK: 127.0.0.1 answered '250 localhost'")
        listing = threadline("accounts", "list")
        assert "Ann <ann@example.org>  127.0.0.1:" in listing.stdout
        assert keyring.get_password("Threadline", account_id) == PASSWORD
        for path in profile.rglob("*"):
            if path.is_file():
                assert PASSWORD.encode() not in path.read_bytes()
        for output in (added, tested, listing):
            assert PASSWORD not in output.stdout + output.stderr
        removed = threadline("accounts", "remove", "ann@example.org")
        assert removed.returncode == 0
        assert keyring.get_password("Threadline", account_id) is None


def test_password_on_a_pipe_without_the_flag_is_refused(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "threadline", "--profile", str(tmp_path), "accounts", "add",
         "ann@example.org", "--host", "smtp.example.org"],
        input="pw\n", capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "--password-stdin" in done.stderr
    assert done.stderr.count("\n") == 1


def test_unencrypted_account_to_another_host_is_refused(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "threadline", "--profile", str(tmp_path), "accounts", "add",
         "ann@example.org", "--host", "smtp.example.org", "--security", "none", "--no-auth"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "only allowed to a server on this computer" in done.stderr
