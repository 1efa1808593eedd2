"""One IMAP connection to a real Dovecot (``ssl = required``, trustme CA): the security
rules fail closed, and every failure is a sentence for people."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from helpers.dovecot import PASSWORD, USER, Dovecot, append, dovecot, flags_of
from helpers.mail import make_raw
from helpers.smtp_server import SilentServer, free_port
from threadline.net.imap.auth import ImapPasswordLogin
from threadline.net.imap.errors import (
    AuthenticationFailed,
    CannotConnect,
    InsecureAuthRefused,
    PasswordMissing,
    StartTlsUnavailable,
    TimedOut,
    TlsFailed,
)
from threadline.net.imap.session import ImapSession
from threadline.net.imap.settings import ImapSettings

__all__ = ["dovecot"]


class Password:
    """A password source that counts how often it was asked."""

    def __init__(self, value: str | None = PASSWORD) -> None:
        self.value = value
        self.asked = 0

    def __call__(self) -> str | None:
        self.asked += 1
        return self.value


def session(
    server: Dovecot, security: str = "tls", password: Callable[[], str | None] | None = None,
    **options: object,
) -> ImapSession:  # fmt: skip
    port = server.tls_port if security == "tls" else server.port
    return ImapSession(
        ImapSettings("127.0.0.1", port, security),
        authenticator=ImapPasswordLogin(USER, password or Password()),
        ssl_context=server.ssl_context(),
        **options,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_implicit_tls_and_starttls_log_in_and_enable_qresync(
    dovecot: Dovecot, security: str
) -> None:
    with session(dovecot, security) as opened:
        assert opened.qresync and opened.condstore and not opened.gmail
        assert "Dovecot" in opened.greeting
        selected = opened.select("INBOX")
        assert selected.uidvalidity > 0 and selected.highestmodseq > 0


def test_an_untrusted_certificate_is_refused_before_the_password_is_read(
    dovecot: Dovecot,
) -> None:
    password = Password()
    untrusted = ImapSession(
        ImapSettings("127.0.0.1", dovecot.tls_port, "tls"),
        authenticator=ImapPasswordLogin(USER, password),
    )
    with pytest.raises(TlsFailed, match=r"certificate of 127\.0\.0\.1 is not trusted") as caught:
        untrusted.open()
    assert "SHA-256 fingerprint is " in str(caught.value)
    assert password.asked == 0


def test_starttls_required_but_not_offered_sends_no_password() -> None:
    with Dovecot() as plain:  # ssl = no: no STARTTLS in its capabilities
        plain.ready()
        password = Password()
        refused = ImapSession(
            ImapSettings("127.0.0.1", plain.port, "starttls"),
            authenticator=ImapPasswordLogin(USER, password),
        )
        with pytest.raises(StartTlsUnavailable, match="does not offer STARTTLS"):
            refused.open()
        assert password.asked == 0


def test_no_encryption_is_refused_for_another_machine_without_connecting() -> None:
    far = ImapSession(
        ImapSettings("imap.example.org", 143, "none"),
        authenticator=ImapPasswordLogin(USER, Password()),
    )
    with pytest.raises(InsecureAuthRefused, match="without encryption"):
        far.open()


def test_wrong_and_missing_passwords_are_clear(dovecot: Dovecot) -> None:
    with pytest.raises(AuthenticationFailed) as wrong:
        session(dovecot, password=Password("nope")).open()
    assert str(wrong.value).startswith(
        "127.0.0.1 refused the user name or password ([AUTHENTICATIONFAILED]"
    )
    assert "b'" not in str(wrong.value) and "nope" not in str(wrong.value)
    with pytest.raises(PasswordMissing, match="No password is stored"):
        session(dovecot, password=Password(None)).open()


def test_a_closed_port_and_a_silent_server_are_temporary() -> None:
    closed = ImapSession(ImapSettings("127.0.0.1", free_port(), "tls"))
    with pytest.raises(CannotConnect) as refused:
        closed.open()
    assert refused.value.temporary and refused.value.exit_code == 75
    with SilentServer() as silent:
        quiet = ImapSession(ImapSettings("127.0.0.1", silent.port, "tls"), timeout=0.5)
        with pytest.raises(TimedOut, match="did not answer in time"):
            quiet.open()


def test_fetching_never_marks_mail_read_and_append_reports_the_uid(dovecot: Dovecot) -> None:
    raw = make_raw("peek@example.org")
    append(dovecot, "INBOX", raw)
    with session(dovecot) as opened:
        opened.select("INBOX")
        (fetched,) = opened.fetch_messages([1])
        uid = opened.append("Sent", make_raw("copy@example.org"), seen=True)
        opened.select("Sent")
        found = opened.search_message_id("copy@example.org")
    assert fetched.raw == raw and not fetched.seen
    assert flags_of(dovecot, "INBOX") == {1: set()}
    assert uid == 1 and found == [1]
    assert flags_of(dovecot, "Sent") == {1: {"\\Seen"}}


def test_flags_changed_since_a_modseq(dovecot: Dovecot) -> None:
    for n in range(3):
        append(dovecot, "INBOX", make_raw(f"f{n}@example.org"))
    with session(dovecot) as opened:
        before = opened.select("INBOX").highestmodseq
        opened.add_seen([2])
        changed = opened.flags(changed_since=before)
        assert list(changed) == [2] and "\\Seen" in changed[2]
        assert set(opened.flags()) == {1, 2, 3}
        assert opened.uids_from(3) == [3] and opened.uids_from(4) == []


@pytest.mark.parametrize("password", ["straße-café", "пароль-секрет"])
def test_a_password_beyond_ascii_logs_in(password: str) -> None:
    with Dovecot(tls=True, password=password) as server:
        server.ready()
        opened = ImapSession(
            ImapSettings("127.0.0.1", server.tls_port),
            authenticator=ImapPasswordLogin(USER, lambda: password),
            ssl_context=server.ssl_context(),
        )
        with opened:
            assert opened.select("INBOX").uidvalidity > 0
