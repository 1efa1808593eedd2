"""``threadline accounts add --oauth`` with the browser step done by a fake browser."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from helpers.keyrings import secret_service_keyring
from helpers.oauth_server import CLIENT_ID, AuthServer, OAuthSmtpServer
from helpers.smtp_server import CertificateAuthority, test_ca

__all__ = ["secret_service_keyring", "test_ca"]

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
