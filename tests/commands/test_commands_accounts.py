"""``threadline accounts``: add (password to the keyring only, OAuth2 in the browser),
list, test and remove.

(``test_commands_accounts``, not ``test_accounts``: tests/store/test_store_accounts.py
tests the stored accounts, and test module names must be unique.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from helpers.oauth_server import CLIENT_ID, AuthServer, OAuthSmtpServer
from helpers.smtp_server import PASSWORD, CertificateAuthority, SmtpServer


@pytest.mark.keyring
def test_accounts_cli_keeps_the_password_in_the_keyring_only(
    secret_service_keyring: object, tmp_path: Path, test_ca: CertificateAuthority
) -> None:
    profile = tmp_path / "profile"
    with SmtpServer("starttls", test_ca) as server:
        ca_file = tmp_path / "ca.pem"
        test_ca.ca.cert_pem.write_to_path(str(ca_file))
        env = {**os.environ, "THREADLINE_CA_FILE": str(ca_file)}

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
        assert tested.stdout.startswith("OK: Sending (SMTP): 127.0.0.1 answered '250 localhost'")
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


FAKE_BROWSER = "import sys, requests; requests.get(sys.argv[1], timeout=30).raise_for_status()"


@pytest.fixture
def auth() -> Iterator[AuthServer]:
    server = AuthServer()
    yield server
    server.stop()


@pytest.mark.keyring
def test_add_an_oauth_account_sign_in_send_and_sign_out(
    tmp_path: Path, auth: AuthServer, test_ca: CertificateAuthority,
    secret_service_keyring: object,
) -> None:  # fmt: skip
    with OAuthSmtpServer(test_ca, auth.state) as smtp:
        config = tmp_path / "oauth.json"
        config.write_text(json.dumps({"corp": {
            "name": "Corp IdP", "authorize_url": f"{auth.base}/authorize",
            "token_url": f"{auth.base}/token", "smtp_host": "127.0.0.1",
            "smtp_port": smtp.port, "security": "starttls", "client_id": CLIENT_ID,
        }}))  # fmt: skip
        ca_file = tmp_path / "ca.pem"
        test_ca.ca.cert_pem.write_to_path(str(ca_file))
        browser = tmp_path / "browser.py"
        browser.write_text(FAKE_BROWSER)
        env = {**os.environ, "THREADLINE_OAUTH_CONFIG": str(config),
               "THREADLINE_CA_FILE": str(ca_file),
               "BROWSER": f"{sys.executable} {browser} %s"}  # fmt: skip

        def threadline(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, "-m", "threadline", "--profile", str(tmp_path / "p"), *args],
                capture_output=True, text=True, timeout=120, env=env,
            )  # fmt: skip

        added = threadline("accounts", "add", "ann@example.org", "--oauth", "corp")
        assert added.returncode == 0, added.stderr
        assert "Signed in as ann@example.org." in added.stdout
        account_id = added.stdout.strip().split("(")[-1].rstrip(").")
        refresh = keyring.get_password("Threadline", f"{account_id}:oauth2-refresh")
        assert refresh in auth.state.refresh
        sent = threadline(
            "send", "--to", "bob@example.net", "--subject", "Via OAuth", "--body", "x"
        )
        assert sent.returncode == 0, sent.stderr
        assert len(smtp.handler.received) == 1
        out = threadline("accounts", "signout")
        assert out.returncode == 0
        assert keyring.get_password("Threadline", f"{account_id}:oauth2-refresh") is None
        refused = threadline("send", "--to", "bob@example.net", "--subject", "Again", "--body", "x")
        assert refused.returncode == 1
        assert "is not signed in to Corp IdP" in refused.stderr


def test_a_failed_test_promises_no_retry(tmp_path: Path) -> None:
    from helpers.smtp_server import free_port

    def threadline(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "threadline", "--profile", str(tmp_path), *args],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip

    added = threadline("accounts", "add", "ann@example.org", "--host", "127.0.0.1",
                       "--port", str(free_port()), "--security", "none", "--no-auth")  # fmt: skip
    assert added.returncode == 0, added.stderr
    tested = threadline("accounts", "test")
    assert tested.returncode != 0
    assert tested.stderr.startswith("threadline: FAILED: Sending (SMTP): ")
    assert "try again" not in tested.stderr and "outbox" not in tested.stderr
