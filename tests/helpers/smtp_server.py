"""A real SMTP server for tests: aiosmtpd on 127.0.0.1 with a trustme test CA.

Modes: ``starttls`` (STARTTLS required, AUTH over TLS), ``tls`` (implicit TLS + AUTH)
and ``plain`` (no TLS, no AUTH: loopback only). Faults are real behaviour of the
server: refusing a recipient, 4xx for the first N messages, 5xx, dropping the
connection in the middle of DATA, blocking until the test releases it.
"""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPProtocol
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

from threadline.store.accounts import Account

USER = "alice"
PASSWORD = "correct horse battery staple"


@dataclass
class Received:
    """One message as the server got it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes  # exactly what the client sent (dot-stuffing undone)


@dataclass
class Faults:
    """How the server misbehaves; change fields while it runs."""

    refuse_recipients: dict[str, str] = field(default_factory=dict)  # address -> reply
    temporary_failures: int = 0  # answer the next N DATA commands with 451
    data_reply: str | None = None  # e.g. "550 5.7.1 Rejected"
    drop_during_data: int = 0  # close the connection on the next N DATA commands
    hold: threading.Event | None = None  # block DATA until set
    hold_at: int | None = None  # ... only the N-th DATA command (1-based), else every one
    hold_after_accept: bool = False  # block after recording the message, before "250"
    forget_held: bool = False  # a message held before acceptance is then not accepted
    holding: threading.Event = field(default_factory=threading.Event)  # set while blocked


class RecordingHandler:
    """aiosmtpd handler that records messages and applies :class:`Faults`."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.faults = Faults()
        self.data_commands = 0
        self.lock = threading.Lock()
        self.on_data: threading.Event = threading.Event()
        self.greetings = 0  # EHLO commands: one per connection

    async def handle_EHLO(
        self, server: SMTPProtocol, session: Session, envelope: Envelope, hostname: str,
        responses: list[str],
    ) -> list[str]:  # fmt: skip
        """Count sessions: every client greets once per connection."""
        self.greetings += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(
        self, server: SMTPProtocol, session: Session, envelope: Envelope, address: str,
        rcpt_options: list[str],
    ) -> str:  # fmt: skip
        refusal = self.faults.refuse_recipients.get(address)
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTPProtocol, session: Session, envelope: Envelope) -> str:
        with self.lock:
            self.data_commands += 1
            number = self.data_commands
        faults = self.faults
        holds_here = faults.hold is not None and faults.hold_at in (None, number)
        if faults.drop_during_data:
            faults.drop_during_data -= 1
            assert server.transport is not None
            server.transport.close()
            return "421 closing"
        if holds_here and not faults.hold_after_accept:
            self._hold()
            if faults.forget_held:
                return "451 4.3.0 Not accepted"
        if faults.temporary_failures:
            faults.temporary_failures -= 1
            return "451 4.3.0 Temporary local problem, try again later"
        if faults.data_reply:
            return faults.data_reply
        content = envelope.original_content or b""
        self.received.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos), content))
        self.on_data.set()
        if holds_here and faults.hold_after_accept:
            self._hold()
        return "250 2.0.0 OK queued"

    def _hold(self) -> None:
        """Block this server's loop until the test sets ``faults.hold``."""
        assert self.faults.hold is not None
        self.faults.holding.set()
        self.faults.hold.wait(timeout=60)


def _authenticator_for(user: str, password: str) -> Any:
    """An aiosmtpd authenticator taking ``user`` / ``password`` as UTF-8 (RFC 4616)."""

    def authenticate(
        server: SMTPProtocol, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
            user.encode("utf-8"),
            password.encode("utf-8"),
        )
        return AuthResult(success=ok, handled=False)  # False: aiosmtpd answers 535 itself

    return authenticate


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class CertificateAuthority:
    """A trustme CA with a certificate for 127.0.0.1 / localhost."""

    def __init__(self) -> None:
        self.ca = trustme.CA()
        self.leaf = self.ca.issue_cert("127.0.0.1", "localhost")

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.leaf.configure_cert(context)
        return context

    def client_context(self) -> ssl.SSLContext:
        """A verifying client context that trusts this CA (verification stays on)."""
        context = ssl.create_default_context()
        self.ca.configure_trust(context)
        return context


class SmtpServer:
    """A running aiosmtpd server in one of the three modes."""

    def __init__(
        self, mode: str, ca: CertificateAuthority, *, offer_starttls: bool = True,
        user: str = USER, password: str = PASSWORD, mechanisms: tuple[str, ...] = (),
        smtputf8: bool = False, size_limit: int | None = None,
    ) -> None:  # fmt: skip
        """``user`` / ``password``: the one log-in AUTH takes; ``mechanisms``: offer only
        these of PLAIN and LOGIN (default both); ``smtputf8``: offer SMTPUTF8 (RFC 6531);
        ``size_limit``: the SIZE announced in EHLO and enforced (RFC 1870)."""
        self.mode = mode
        self.ca = ca
        self.handler = RecordingHandler()
        self.port = free_port()
        self.user = user
        authenticator = _authenticator_for(user, password)
        kwargs: dict[str, Any] = {
            "hostname": "127.0.0.1",
            "port": self.port,
            "server_hostname": "localhost",
            "ident": "Threadline test server",
            "enable_SMTPUTF8": smtputf8,
        }
        if size_limit is not None:
            kwargs["data_size_limit"] = size_limit
        if mechanisms:
            kwargs["auth_exclude_mechanism"] = [
                m for m in ("PLAIN", "LOGIN") if m not in mechanisms
            ]
        if mode == "starttls":
            if offer_starttls:
                kwargs.update(tls_context=ca.server_context(), require_starttls=True)
            kwargs.update(
                authenticator=authenticator, auth_required=True, auth_require_tls=offer_starttls
            )
        elif mode == "tls":
            kwargs.update(
                ssl_context=ca.server_context(),
                authenticator=authenticator,
                auth_required=True,
                auth_require_tls=False,  # aiosmtpd counts only STARTTLS as TLS
            )
        elif mode != "plain":
            raise ValueError(mode)
        self.controller = Controller(self.handler, **kwargs)

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.handler.faults.hold is not None:
            self.handler.faults.hold.set()
        self.controller.stop()

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    @property
    def faults(self) -> Faults:
        return self.handler.faults

    def account(self, address: str = "ann@example.org", **changes: Any) -> Account:
        """An account pointing at this server."""
        settings: dict[str, Any] = {
            "id": f"acct-{self.mode}",
            "address": address,
            "display_name": "Ann Example",
            "smtp_host": "127.0.0.1",
            "smtp_port": self.port,
            "security": {"plain": "none"}.get(self.mode, self.mode),
            "username": self.user if self.mode != "plain" else "",
            "auth_method": "password" if self.mode != "plain" else "none",
        }
        settings.update(changes)
        return Account(**settings)


class SilentServer:
    """Accepts connections and never says a word (for timeouts)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = int(self.sock.getsockname()[1])

    def __enter__(self) -> SilentServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.sock.close()


@pytest.fixture(scope="session")
def test_ca() -> CertificateAuthority:
    return CertificateAuthority()


@pytest.fixture
def smtp_server(
    request: pytest.FixtureRequest, test_ca: CertificateAuthority
) -> Iterator[SmtpServer]:
    """A server in ``request.param`` mode (default: starttls)."""
    mode = getattr(request, "param", "starttls")
    with SmtpServer(mode, test_ca) as server:
        yield server
