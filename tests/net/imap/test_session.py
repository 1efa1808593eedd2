"""One IMAP connection to a real Dovecot (``ssl = required``, trustme CA): the security
rules fail closed, and every failure is a sentence for people."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from helpers.dovecot import (
    PASSWORD,
    USER,
    Dovecot,
    append,
    capability_config,
    dovecot,
    flags_of,
)
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
from threadline.net.imap.session import ImapSession, _copyuid
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


def message_ids(server: Dovecot, folder: str) -> dict[int, str]:
    """``{uid: Message-ID}`` of a folder, as the server has it."""
    with server.admin() as client:
        client.select_folder(folder, readonly=True)
        uids = client.search("ALL")
        fetched = client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]) if uids else {}
    return {
        uid: data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().split("<")[1].split(">")[0]
        for uid, data in fetched.items()
    }


def record_commands(opened: ImapSession, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The commands the session sends from now on, as words (still to the real server)."""
    imap = opened.client._imap
    original = imap._command
    sent: list[str] = []

    def recording(name: str, *args: object) -> object:
        sent.append(" ".join(str(a) for a in (name, *args)).upper())
        return original(name, *args)

    monkeypatch.setattr(imap, "_command", recording)
    return sent


def test_move_uses_uid_move_and_reports_the_new_uids(
    dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(4):
        append(dovecot, "INBOX", make_raw(f"m{n}@example.org"))
    append(dovecot, "Trash", make_raw("old@example.org"))
    with session(dovecot) as opened:
        assert opened.has("MOVE")
        opened.select("INBOX")
        sent = record_commands(opened, monkeypatch)
        moved = opened.move([4, 1, 3], "Trash")
        assert [c.split()[:2] for c in sent] == [["UID", "MOVE"]]
        trash_validity = opened.select("Trash", readonly=True).uidvalidity
    assert message_ids(dovecot, "INBOX") == {2: "m1@example.org"}
    in_trash = message_ids(dovecot, "Trash")
    assert moved.uidvalidity == trash_validity
    # each old UID paired with the UID its message has now
    assert {old: in_trash[new] for old, new in moved.new_uids.items()} == {
        1: "m0@example.org", 3: "m2@example.org", 4: "m3@example.org",
    }  # fmt: skip


def test_without_move_a_copy_is_expunged_by_uid_and_nothing_else_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A server that does not offer MOVE: COPY, \\Deleted, then UID EXPUNGE of just those
    (another message already marked \\Deleted by someone else stays)."""
    with Dovecot(tls=True, extra_config=capability_config(without=("MOVE",))) as server:
        server.ready()
        for n in range(3):
            append(server, "INBOX", make_raw(f"c{n}@example.org"))
        with server.admin() as client:
            client.select_folder("INBOX")
            client.add_flags([3], [b"\\Deleted"])
        with session(server) as opened:
            assert not opened.has("MOVE") and opened.has("UIDPLUS")
            opened.select("INBOX")
            sent = record_commands(opened, monkeypatch)
            moved = opened.move([1], "Trash")
            assert [c.split()[:2] for c in sent] == [["UID", "COPY"], ["UID", "STORE"],
                                                     ["UID", "EXPUNGE"]]  # fmt: skip
        assert message_ids(server, "INBOX") == {2: "c1@example.org", 3: "c2@example.org"}
        assert flags_of(server, "INBOX")[3] == {"\\Deleted"}
        assert {old: message_ids(server, "Trash")[new] for old, new in moved.new_uids.items()} == {
            1: "c0@example.org"
        }


def test_without_uidplus_the_copied_messages_stay_marked_deleted() -> None:
    """No UIDPLUS: no UID EXPUNGE, and a plain EXPUNGE would take other programs' marked
    mail too; the originals keep \\Deleted for the server's or their own clean-up."""
    config = capability_config(without=("MOVE", "UIDPLUS"))
    with Dovecot(tls=True, extra_config=config) as server:
        server.ready()
        append(server, "INBOX", make_raw("u0@example.org"))
        with session(server) as opened:
            assert not opened.has("UIDPLUS")
            opened.select("INBOX")
            opened.copy_and_expunge([1], "Trash")
        assert flags_of(server, "INBOX") == {1: {"\\Deleted"}}
        assert list(message_ids(server, "Trash").values()) == ["u0@example.org"]


def test_copyuid_sets_pair_up_in_the_order_given() -> None:
    validity, pairs = _copyuid([b"7 4,1:2 10:12", b"not a copyuid", b"7 9 20:21"])
    assert validity == 7
    assert pairs == {4: 10, 1: 11, 2: 12}  # the last line's sets differ in size: ignored
    assert _copyuid([]) == (0, {})
