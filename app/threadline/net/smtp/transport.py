"""One SMTP connection: connect, secure, authenticate, send messages, close.

Security rules: certificates are verified against the OS trust store; STARTTLS, when
configured, is required (a server that does not offer it is an error, never a silent
plain-text send); credentials go only over TLS, or to a server on this machine; the
EHLO name is the address literal ``[127.0.0.1]``, so the local host name never leaks
(and no DNS look-up happens, as it would for ``socket.getfqdn()``).
"""

from __future__ import annotations

import base64
import re
import smtplib
import ssl
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Protocol

from threadline.core.hosts import is_loopback
from threadline.i18n import translate
from threadline.net.errors import SendError
from threadline.net.smtp.errors import (
    InsecureAuthRefused,
    PasswordMissing,
    SmtpUtf8Unavailable,
    StartTlsUnavailable,
    TlsFailed,
    from_smtp_exception,
)
from threadline.net.smtp.settings import SmtpSettings
from threadline.net.tls import client_context, peer_fingerprint

#: What the client calls itself in EHLO: an RFC 5321 address literal that reveals nothing.
EHLO_NAME = "[127.0.0.1]"

#: Seconds to wait for the connection and for each reply.
DEFAULT_TIMEOUT = 30.0


class Authenticator(Protocol):
    """Logs in on an open, secured connection (password, XOAUTH2, ...)."""

    def authenticate(self, smtp: smtplib.SMTP) -> None:
        """Authenticate or raise an ``smtplib`` error / :class:`SendError`."""


@dataclass
class PasswordAuthenticator:
    """``AUTH PLAIN`` / ``LOGIN`` with a password fetched when needed (from the keyring)."""

    username: str
    password: Callable[[], str | None]
    account_label: str = "this account"

    def authenticate(self, smtp: smtplib.SMTP) -> None:
        """Log in; a missing password is a :class:`PasswordMissing` error."""
        secret = self.password()
        if not secret:
            raise PasswordMissing(
                translate(
                    "smtp",
                    "No password is stored for {account}. Enter it in the account settings (it "
                    "is kept in the system keyring).",
                ).format(account=self.account_label)
            )
        login_utf8(smtp, self.username, secret)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def login_utf8(smtp: smtplib.SMTP, username: str, password: str) -> None:
    """Log in with ``AUTH PLAIN`` (RFC 4616) or ``LOGIN``, user name and password in UTF-8.

    ``smtplib.SMTP.login`` encodes both as ASCII, so a password with ``ß``, ``é`` or
    Cyrillic letters never reached the server. PLAIN is UTF-8 by definition (Dovecot,
    Postfix/Cyrus and Thunderbird agree); LOGIN carries the same bytes. Only when the
    server offers neither does this fall back to smtplib (CRAM-MD5), for ASCII secrets.
    Raises ``smtplib`` errors, as ``login`` does.
    """
    smtp.ehlo_or_helo_if_needed()
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    offered = smtp.esmtp_features["auth"].upper().split()
    if "PLAIN" in offered:
        token = base64.b64encode(
            b"\0" + username.encode("utf-8") + b"\0" + password.encode("utf-8")
        ).decode("ascii")
        code, reply = smtp.docmd("AUTH", f"PLAIN {token}")
        if code == 334:  # a server that wants the response on its own line
            code, reply = smtp.docmd(token)
    elif "LOGIN" in offered:
        code, reply = smtp.docmd("AUTH", f"LOGIN {_b64(username)}")
        if code == 334:
            code, reply = smtp.docmd(_b64(password))
    elif (username + password).isascii():
        smtp.login(username, password)
        return
    else:
        raise smtplib.SMTPAuthenticationError(
            504,
            b"The server offers neither AUTH PLAIN nor LOGIN, the only ways to send a "
            b"password with non-ASCII characters.",
        )
    if code not in (235, 503):  # 503: already authenticated
        raise smtplib.SMTPAuthenticationError(code, reply)


#: A message for :meth:`SmtpSession.send`: its bytes, or its bytes in chunks.
Payload = bytes | Iterable[bytes]

_LINE_START_DOT = re.compile(rb"(?m)^\.")


def _data_streamed(smtp: smtplib.SMTP, chunks: Iterable[bytes]) -> tuple[int, bytes]:
    """``DATA`` with the message sent chunk by chunk (RFC 5321 §4.5.2: a line starting
    with a dot gets another one, also across chunk boundaries; CRLF ``.`` CRLF ends it).
    The chunks are the stored wire form, CRLF line ends already."""
    code, reply = smtp.docmd("data")
    if code != 354:
        raise smtplib.SMTPDataError(code, reply)
    last = b"\n"
    for chunk in chunks:
        if not chunk:
            continue
        stuffed = _LINE_START_DOT.sub(b"..", chunk)
        if not last.endswith(b"\n") and chunk.startswith(b"."):
            stuffed = stuffed[1:]  # not the start of a line: the chunk split a line
        smtp.send(stuffed)
        last = (last + chunk)[-2:]
    smtp.send(b".\r\n" if last.endswith(b"\r\n") else b"\r\n.\r\n")
    return smtp.getreply()


@dataclass
class Delivery:
    """What the server did with one message."""

    refused: dict[str, str] = field(default_factory=dict)  # recipient -> server reply
    reply: str = ""


class SmtpSession:
    """An open connection to one SMTP server; use as a context manager."""

    def __init__(
        self,
        settings: SmtpSettings,
        *,
        authenticator: Authenticator | None = None,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.settings = settings
        self.authenticator = authenticator
        self.ssl_context = ssl_context or client_context()
        self.timeout = timeout
        self.smtp: smtplib.SMTP | None = None
        self.greeting = ""

    def __enter__(self) -> SmtpSession:
        self.open()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def host(self) -> str:
        """The server's name as configured."""
        return self.settings.host

    def open(self) -> None:
        """Connect, secure the connection and authenticate, or raise :class:`SendError`."""
        settings = self.settings
        encrypted = settings.security in ("tls", "starttls")
        if settings.security == "none" and not is_loopback(settings.host):
            raise InsecureAuthRefused(
                translate(
                    "smtp",
                    "Refusing to send to {host} without encryption. Choose TLS or STARTTLS in "
                    "the account settings.",
                ).format(host=settings.host)
            )
        try:
            if settings.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    settings.host,
                    settings.port,
                    local_hostname=EHLO_NAME,
                    timeout=self.timeout,
                    context=self.ssl_context,
                )
            else:
                smtp = smtplib.SMTP(
                    settings.host,
                    settings.port,
                    local_hostname=EHLO_NAME,
                    timeout=self.timeout,
                )
            self.smtp = smtp
            code, message = smtp.ehlo()
            self.greeting = f"{code} {message.decode('utf-8', 'replace').splitlines()[0]}"
            if settings.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise StartTlsUnavailable(
                        translate(
                            "smtp",
                            "{host} does not offer STARTTLS, so the connection cannot be "
                            "encrypted. Nothing was sent. Check the port (587 for STARTTLS, 465 "
                            "for TLS) or ask your provider.",
                        ).format(host=settings.host)
                    )
                smtp.starttls(context=self.ssl_context)
                smtp.ehlo()
            if settings.auth_method != "none" and self.authenticator is not None:
                if not encrypted and not is_loopback(settings.host):
                    raise InsecureAuthRefused(
                        translate(
                            "smtp", "Refusing to send the password over an unencrypted connection."
                        )
                    )
                self.authenticator.authenticate(smtp)
        except ssl.SSLCertVerificationError as error:
            self.close()
            raise self._certificate_error(error) from None
        except Exception as error:
            self.close()
            raise from_smtp_exception(error, settings.host) from None

    def _certificate_error(self, error: ssl.SSLCertVerificationError) -> TlsFailed:
        settings = self.settings
        fingerprint = peer_fingerprint(
            settings.host,
            settings.port,
            starttls=settings.security == "starttls",
            ehlo_name=EHLO_NAME,
            timeout=min(self.timeout, 10.0),
        )
        if fingerprint:
            text = translate(
                "smtp",
                "The certificate of {host} is not trusted ({reason}). Its SHA-256 fingerprint "
                "is {fingerprint}. Someone may be intercepting the connection, or the server "
                "uses a certificate your system does not know. Nothing was sent.",
            )
        else:
            text = translate(
                "smtp",
                "The certificate of {host} is not trusted ({reason}). Someone may be "
                "intercepting the connection, or the server uses a certificate your system does "
                "not know. Nothing was sent.",
            )
        return TlsFailed(
            text.format(host=settings.host, reason=error.verify_message, fingerprint=fingerprint)
        )

    def send(
        self, envelope_from: str, recipients: list[str], payload: Payload | Callable[[], Payload]
    ) -> Delivery:
        """Send one message. Raises :class:`SendError` unless at least one recipient took it.

        ``payload`` is the message's bytes, or its bytes in chunks (a large message is
        streamed, never joined); it may be a callable, called after the recipients are
        accepted and just before ``DATA``, so the caller can finish bookkeeping while the
        server works.
        """
        smtp = self.smtp
        if smtp is None:
            raise SendError(translate("smtp", "The connection is not open."))
        options: list[str] = []
        wide = [a for a in [envelope_from, *recipients] if not a.isascii()]
        if wide:  # an address with a non-ASCII local part (RFC 6531)
            if not smtp.has_extn("smtputf8"):
                raise SmtpUtf8Unavailable(
                    translate(
                        "smtp",
                        "{host} does not take addresses with non-ASCII characters before the @ "
                        "(it does not offer SMTPUTF8, RFC 6531), so {addresses} cannot be "
                        "reached through it. Nothing was sent; change the address or the "
                        "account.",
                    ).format(host=self.host, addresses=", ".join(wide))
                )
            options.append("SMTPUTF8")
        refused: dict[str, tuple[int, bytes]] = {}
        try:
            code, reply = smtp.mail(envelope_from, options)
            if code != 250:
                raise smtplib.SMTPSenderRefused(code, reply, envelope_from)
            for recipient in recipients:
                code, reply = smtp.rcpt(recipient)
                if code not in (250, 251):
                    refused[recipient] = (code, reply)
            if len(refused) == len(recipients):
                raise smtplib.SMTPRecipientsRefused(refused)
        except Exception as error:
            self._reset_quietly()
            raise from_smtp_exception(error, self.host) from None
        raw = payload() if callable(payload) else payload
        try:
            code, reply = smtp.data(raw) if isinstance(raw, bytes) else _data_streamed(smtp, raw)
            if code != 250:
                raise smtplib.SMTPDataError(code, reply)
        except Exception as error:
            self._reset_quietly()
            raise from_smtp_exception(error, self.host) from None
        return Delivery(
            refused={
                rcpt: f"{code} {msg.decode('utf-8', 'replace')}".strip()
                for rcpt, (code, msg) in refused.items()
            },
            reply=f"{code} {reply.decode('utf-8', 'replace')}".strip(),
        )

    def offers(self, extension: str) -> bool:
        """Whether the open connection's EHLO offered ``extension`` (e.g. ``smtputf8``)."""
        return self.smtp is not None and bool(self.smtp.has_extn(extension))

    def size_limit(self) -> int | None:
        """The largest message the server takes, from its EHLO ``SIZE`` (RFC 1870);
        ``None`` when it names none (``SIZE 0`` or no SIZE at all)."""
        if self.smtp is None or not self.smtp.has_extn("size"):
            return None
        value = self.smtp.esmtp_features.get("size", "").strip()
        return int(value) if value.isdigit() and int(value) > 0 else None

    def _reset_quietly(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.rset()
            except (smtplib.SMTPException, OSError):
                self.close()

    def reset(self) -> None:
        """``RSET`` between messages of a batch."""
        if self.smtp is not None:
            try:
                self.smtp.rset()
            except Exception as error:
                raise from_smtp_exception(error, self.host) from None

    def close(self) -> None:
        """Say QUIT if possible and close the socket."""
        smtp, self.smtp = self.smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()
