"""mbox files read and written byte-exactly (mboxrd: one level of ``>From`` quoting)."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st

from helpers.mail import make_raw
from threadline.store.mbox import mbox_entry, read_mbox, write_mbox


def messages_of(data: bytes) -> list[bytes]:
    return [raw for _, raw in read_mbox(io.BytesIO(data))]


def test_mbox_round_trip_is_byte_exact_even_with_from_lines() -> None:
    tricky = b"Message-ID: <t@x>\nSubject: s\n\nFrom the start\n>From quoted\n\nFrom here\n"
    plain = make_raw("p@x")
    data = mbox_entry(tricky) + mbox_entry(plain)
    assert messages_of(data) == [tricky, plain]


def test_an_entry_has_a_from_line_quoted_body_and_a_separating_empty_line() -> None:
    raw = b"Subject: s\n\nFrom me\n>From you\nFromage\n"
    entry = mbox_entry(raw, sender="ann@example.org", when=0)
    assert entry == (
        b"From ann@example.org Thu Jan 01 00:00:00 1970\n"
        b"Subject: s\n\n>From me\n>>From you\nFromage\n\n"
    )


def test_offsets_point_after_each_message() -> None:
    first, second = mbox_entry(make_raw("a@x"), when=0), mbox_entry(make_raw("b@x"), when=0)
    offsets = [offset for offset, _ in read_mbox(io.BytesIO(first + second))]
    assert offsets == [len(first), len(first) + len(second)]


def test_a_from_line_separates_only_after_an_empty_line_or_at_the_start() -> None:
    data = (
        b"From a Thu Jan 01 00:00:00 1970\nSubject: 1\n\nbody\nFrom inside, unquoted\n\n"
        b"From b Thu Jan 01 00:00:00 1970\r\nSubject: 2\r\n\r\nbody\r\n\r\n"
    )
    expected = [b"Subject: 1\n\nbody\nFrom inside, unquoted\n", b"Subject: 2\r\n\r\nbody\r\n"]
    assert messages_of(data) == expected
    assert messages_of(b"a preamble\n\n" + data) == expected  # text before the first: ignored
    assert messages_of(b"") == []
    assert messages_of(b"no separator at all\nFrom x\n") == []


def test_a_message_without_a_final_line_end_gets_one() -> None:
    assert messages_of(mbox_entry(b"Subject: s\n\nno newline")) == [b"Subject: s\n\nno newline\n"]


def test_write_mbox_counts_what_it_wrote() -> None:
    stream = io.BytesIO()
    assert write_mbox(stream, (make_raw(f"{n}@x") for n in range(3))) == 3
    assert messages_of(stream.getvalue()) == [make_raw(f"{n}@x") for n in range(3)]


_LINES = st.sampled_from([
    b"From x\n", b"From \n", b">From y\n", b">>From z\n", b"From\n", b"Fromage\n", b"\n",
    b"\r\n", b"text\n", b"text\r\n", b"a\rFrom b\n", b"\r", b"From c\r\n", b" From d\n",
])  # fmt: skip
_MESSAGE = st.lists(_LINES, max_size=12).map(lambda lines: b"Subject: s\n\n" + b"".join(lines))


@given(st.lists(_MESSAGE.filter(lambda m: m.endswith(b"\n")), max_size=4))
def test_every_message_that_ends_a_line_comes_back_byte_for_byte(messages: list[bytes]) -> None:
    data = b"".join(mbox_entry(raw) for raw in messages)
    assert messages_of(data) == messages
