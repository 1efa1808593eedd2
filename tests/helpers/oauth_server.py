"""A real OAuth2 authorization server on 127.0.0.1 for tests, and an SMTP server that
accepts XOAUTH2 / OAUTHBEARER only with an access token that server issued and that is
still valid. Its introspection endpoint (RFC 7662) lets Dovecot's oauth2 passdb check
tokens the same way for IMAP.

The authorization endpoint approves at once and redirects with a code; the token
endpoint checks PKCE (S256), issues opaque random tokens with a chosen lifetime, and
refreshes them until the refresh token is revoked.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from helpers.smtp_server import CertificateAuthority, RecordingHandler, free_port

CLIENT_ID = "threadline-test-client"


@dataclass
class AuthState:
    """Everything the authorization server knows."""

    access_lifetime: float = 3600.0
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    access: dict[str, float] = field(default_factory=dict)  # token -> expiry
    refresh: set[str] = field(default_factory=set)
    refreshes: int = 0
    token_requests: list[dict[str, str]] = field(default_factory=list)
    #: Who an access token belongs to, for introspection (RFC 7662): Dovecot asks.
    subject: str = "tester"
    introspections: int = 0

    def valid(self, token: str) -> bool:
        return self.access.get(token, 0) > time.time()

    def expire_all_access_tokens(self) -> None:
        for token in self.access:
            self.access[token] = 0

    def revoke_all(self) -> None:
        self.refresh.clear()
        self.expire_all_access_tokens()


class _Handler(http.server.BaseHTTPRequestHandler):
    server: AuthServer  # type: ignore[assignment]

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _json(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path != "/authorize" or query.get("client_id") != CLIENT_ID:
            self.send_response(400)
            self.end_headers()
            return
        assert query.get("code_challenge_method") == "S256"
        code = secrets.token_urlsafe(16)
        self.server.state.codes[code] = {
            "challenge": query["code_challenge"],
            "redirect_uri": query["redirect_uri"],
        }
        self.send_response(302)
        self.send_header(
            "Location",
            f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query['state']})}",
        )
        self.end_headers()

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        state = self.server.state
        state.token_requests.append(form)
        if self.path == "/revoke":
            state.refresh.discard(form.get("token", ""))
            self._json(200, {})
            return
        if self.path == "/introspect":  # RFC 7662, as Dovecot's oauth2 passdb asks
            state.introspections += 1
            active = state.valid(form.get("token", ""))
            self._json(200, {"active": True, "username": state.subject} if active
                       else {"active": False})  # fmt: skip
            return
        grant = form.get("grant_type")
        if grant == "authorization_code":
            issued = state.codes.pop(form.get("code", ""), None)
            if issued is None:
                self._json(400, {"error": "invalid_grant", "error_description": "unknown code"})
                return
            digest = hashlib.sha256(form.get("code_verifier", "").encode()).digest()
            challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
            if challenge != issued["challenge"]:
                self._json(400, {"error": "invalid_grant", "error_description": "PKCE mismatch"})
                return
            refresh = secrets.token_urlsafe(24)
            state.refresh.add(refresh)
        elif grant == "refresh_token":
            refresh = form.get("refresh_token", "")
            if refresh not in state.refresh:
                self._json(400, {"error": "invalid_grant", "error_description": "revoked"})
                return
            state.refreshes += 1
        else:
            self._json(400, {"error": "unsupported_grant_type"})
            return
        access = secrets.token_urlsafe(24)
        state.access[access] = time.time() + state.access_lifetime
        lifetime = int(state.access_lifetime)
        self._json(200, {"access_token": access, "token_type": "Bearer",
                         "expires_in": lifetime, "refresh_token": refresh})  # fmt: skip


class AuthServer(http.server.ThreadingHTTPServer):
    """The authorization server, in a thread, until :meth:`stop`."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.state = AuthState()
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class OAuthSmtpHandler(RecordingHandler):
    """Accepts AUTH XOAUTH2 / OAUTHBEARER with a valid access token only."""

    def __init__(self, auth: AuthState) -> None:
        super().__init__()
        self.auth = auth
        self.attempts: list[bool] = []
        self.error_answers: list[object] = []  # what the client said after the 334 error
        self.error_answers: list[object] = []  # what the client said after the 334 error

    async def _check(self, server: Any, args: list[str], marker: str) -> AuthResult:
        try:
            decoded = base64.b64decode(args[1]).decode()
            token = decoded.split("auth=Bearer ", 1)[1].split("\x01", 1)[0]
        except (IndexError, ValueError):
            return AuthResult(success=False, handled=False)
        ok = self.auth.valid(token) and marker in decoded
        self.attempts.append(ok)
        if not ok:  # like Gmail: 334 with a JSON error; 535 after the client's empty line
            error = json.dumps({"status": "401", "schemes": "Bearer", "scope": "mail"})
            self.error_answers.append(await server.challenge_auth(error.encode()))
        return AuthResult(success=ok, handled=False)

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        return await self._check(server, args, "user=")

    async def auth_OAUTHBEARER(self, server: Any, args: list[str]) -> AuthResult:
        return await self._check(server, args, "n,a=")


class OAuthSmtpServer:
    """STARTTLS SMTP on 127.0.0.1 that knows only the OAuth2 mechanisms."""

    def __init__(self, ca: CertificateAuthority, auth: AuthState) -> None:
        self.handler = OAuthSmtpHandler(auth)
        self.port = free_port()
        self.controller = Controller(
            self.handler, hostname="127.0.0.1", port=self.port, server_hostname="localhost",
            tls_context=ca.server_context(), require_starttls=True, auth_required=True,
            auth_require_tls=True, auth_exclude_mechanism=["PLAIN", "LOGIN"],
        )  # fmt: skip

    def __enter__(self) -> OAuthSmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()
