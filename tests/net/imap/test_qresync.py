"""QRESYNC on top of imapclient: sequence sets, and SELECT reporting VANISHED and changed
flags on a real Dovecot (and nothing of the kind without the capability)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.dovecot import PASSWORD, USER, Dovecot, append, dovecot
from helpers.mail import make_raw
from threadline.net.imap import qresync
from threadline.net.imap.auth import ImapPasswordLogin
from threadline.net.imap.qresync import chunks, parse_sequence_set, sequence_set
from threadline.net.imap.session import ImapSession
from threadline.net.imap.settings import ImapSettings

__all__ = ["dovecot"]


def test_sequence_sets() -> None:
    assert parse_sequence_set("41,43:45,50") == {41, 43, 44, 45, 50}
    assert parse_sequence_set("7:5") == {5, 6, 7}
    with pytest.raises(ValueError, match="not a sequence set"):
        parse_sequence_set("1:*")


@given(st.sets(st.integers(min_value=1, max_value=10_000), min_size=1, max_size=50))
def test_sequence_sets_round_trip(numbers: set[int]) -> None:
    ordered = sorted(numbers)
    ranges: list[str] = []
    start = previous = ordered[0]
    for number in [*ordered[1:], None]:  # type: ignore[list-item]
        if number is not None and number == previous + 1:
            previous = number
            continue
        ranges.append(str(start) if start == previous else f"{start}:{previous}")
        if number is not None:
            start = previous = number
    assert parse_sequence_set(",".join(ranges)) == numbers


def open_session(server: Dovecot) -> ImapSession:
    return ImapSession(
        ImapSettings("127.0.0.1", server.tls_port),
        authenticator=ImapPasswordLogin(USER, lambda: PASSWORD),
        ssl_context=server.ssl_context(),
    )


def test_select_with_qresync_reports_vanished_and_changed_flags(dovecot: Dovecot) -> None:
    for n in range(5):
        append(dovecot, "INBOX", make_raw(f"q{n}@example.org"))
    with open_session(dovecot) as first:
        known = first.select("INBOX")
    with dovecot.admin() as client:
        client.select_folder("INBOX")
        client.add_flags([2], [b"\\Seen"])
        client.delete_messages([3, 4])
        client.expunge()

    with open_session(dovecot) as second:
        selected = second.select("INBOX", known=(known.uidvalidity, known.highestmodseq))

    assert selected.resynced
    assert selected.vanished == {3, 4}
    assert selected.changed_flags == {2: ("\\Seen",)}
    assert selected.exists == 3 and selected.highestmodseq > known.highestmodseq


def test_without_the_capability_no_qresync_is_asked() -> None:
    with Dovecot(tls=True, qresync=False) as server:
        server.ready()
        append(server, "INBOX", make_raw("n@example.org"))
        with open_session(server) as opened:
            assert not opened.qresync and not opened.condstore
            selected = opened.select("INBOX", known=(1, 1))
        assert not selected.resynced and selected.highestmodseq == 0


def test_uid_lists_are_sent_as_short_sequence_sets() -> None:
    assert sequence_set([7, 1, 2, 3, 9, 10]) == "1:3,7,9:10"
    assert sequence_set(range(1, 100_001)) == "1:100000"
    assert [len(piece) for piece in chunks(list(range(4500)))] == [2000, 2000, 500]
    with pytest.raises(ValueError, match="empty"):
        sequence_set([])


def test_large_uid_lists_go_in_pieces(dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(7):
        append(dovecot, "INBOX", make_raw(f"p{n}@example.org"))
    pieces: list[list[int]] = []
    original = chunks

    def small(numbers: list[int], limit: int = 2000) -> object:
        for piece in original(numbers, 3):
            pieces.append(piece)
            yield piece

    monkeypatch.setattr(qresync, "chunks", small)
    with open_session(dovecot) as opened:
        opened.select("INBOX")
        fetched = opened.fetch_messages([1, 2, 3, 4, 5, 6, 7])
        sizes = opened.sizes([1, 2, 3, 4, 5, 6, 7])
        opened.add_seen([1, 2, 3, 4, 5, 6, 7])
        assert all("\\Seen" in flags for flags in opened.flags().values())
    assert [m.uid for m in fetched] == [1, 2, 3, 4, 5, 6, 7]
    assert set(sizes) == {1, 2, 3, 4, 5, 6, 7} and all(size > 100 for size in sizes.values())
    assert len(pieces) == 9
