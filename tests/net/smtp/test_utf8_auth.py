"""Passwords with non-ASCII characters log in (RFC 4616: SASL PLAIN is UTF-8), against
aiosmtpd and Dovecot's submission service; an error of ours is never a server refusal
(issue 12, point 12)."""

from __future__ import annotations

import pytest

from helpers.smtp_server import CertificateAuthority, SmtpServer
from helpers.submission import dovecot_submission
from threadline.net.errors import SendError
from threadline.net.smtp.errors import SmtpUtf8Unavailable, from_smtp_exception
from threadline.net.smtp.settings import SmtpSettings
from threadline.net.smtp.transport import PasswordAuthenticator, SmtpSession

PASSWORDS = ["straße", "café crème", "пароль", "密码 🔑", "plain-ascii"]
MESSAGE = b"From: a@x.org\r\nTo: b@y.org\r\nSubject: s\r\nMessage-ID: <u@x.org>\r\n\r\nhi\r\n"


def session(port: int, user: str, password: str, security: str = "none") -> SmtpSession:
    settings = SmtpSettings(host="127.0.0.1", port=port, security=security,
                            auth_method="password")  # fmt: skip
    authenticator = PasswordAuthenticator(user, lambda: password)
    return SmtpSession(settings, authenticator=authenticator, timeout=10)


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
@pytest.mark.parametrize("password", PASSWORDS)
def test_utf8_passwords_log_in_to_aiosmtpd(
    test_ca: CertificateAuthority, mechanism: str, password: str
) -> None:
    with SmtpServer("starttls", test_ca, user="jürgen", password=password,
                    mechanisms=(mechanism,)) as server:  # fmt: skip
        opened = session(server.port, "jürgen", password, "starttls")
        opened.ssl_context = test_ca.client_context()
        with opened:
            opened.send("a@x.org", ["b@y.org"], MESSAGE)
        assert [r.rcpt_tos for r in server.received] == [["b@y.org"]]


def test_a_wrong_utf8_password_is_refused_by_the_server(test_ca: CertificateAuthority) -> None:
    with SmtpServer("starttls", test_ca, user="ann", password="straße") as server:
        wrong = session(server.port, "ann", "strasse", "starttls")
        wrong.ssl_context = test_ca.client_context()
        with pytest.raises(SendError, match="refused the user name or password"):
            wrong.open()


@pytest.mark.oracle
@pytest.mark.parametrize("password", ["pässwörd ß", "Жук密码"])
def test_utf8_passwords_log_in_to_dovecot_submission(
    test_ca: CertificateAuthority, password: str
) -> None:
    with SmtpServer("plain", test_ca) as relay, \
            dovecot_submission(relay.port, "ann", password) as port:  # fmt: skip
        with session(port, "ann", password) as smtp:
            smtp.send("ann@example.org", ["bob@example.net"], MESSAGE)
        [received] = relay.received
        assert (
            received.rcpt_tos == ["bob@example.net"] and b"Message-ID: <u@x.org>" in received.data
        )
        with pytest.raises(SendError, match="refused the user name or password"):
            session(port, "ann", password + "x").open()


def test_an_unexpected_error_is_ours_not_a_refusal_and_shows_no_secret() -> None:
    secret = "straße"
    try:
        secret.encode("ascii")
    except UnicodeEncodeError as error:
        found = from_smtp_exception(error, "smtp.example.org")
    message = str(found)
    assert "refused" not in message.lower()
    assert "Threadline" in message and "UnicodeEncodeError" in message
    assert "ß" not in message and secret not in message
    assert not found.temporary


def test_a_non_ascii_address_needs_smtputf8_at_the_server(test_ca: CertificateAuthority) -> None:
    """Queued while the server could not be asked, then sent: a clear refusal of ours."""
    with SmtpServer("plain", test_ca) as server:
        plain = SmtpSession(SmtpSettings(host="127.0.0.1", port=server.port, security="none",
                                         auth_method="none"), timeout=10)  # fmt: skip
        with plain, pytest.raises(SmtpUtf8Unavailable, match="SMTPUTF8") as raised:
            plain.send("a@x.org", ["josé@example.org"], MESSAGE)
        assert not raised.value.temporary and server.received == []
    with SmtpServer("plain", test_ca, smtputf8=True) as server:
        wide = SmtpSession(SmtpSettings(host="127.0.0.1", port=server.port, security="none",
                                        auth_method="none"), timeout=10)  # fmt: skip
        with wide:
            wide.send("jürgen@x.org", ["josé@example.org"], MESSAGE)
            wide.reset()
            wide.send("a@x.org", ["b@example.org"], MESSAGE)  # plain ASCII after it
        assert [(r.mail_from, r.rcpt_tos) for r in server.received] == [
            ("jürgen@x.org", ["josé@example.org"]),
            ("a@x.org", ["b@example.org"]),
        ]
