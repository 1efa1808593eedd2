"""Outlook's Thread-Index and Thread-Topic."""

from __future__ import annotations

import base64
import uuid
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from threadline.core.outlook import (
    child_thread_index,
    new_thread_index,
    parse_thread_index,
    thread_topic,
)

T0 = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def test_new_conversation_has_a_22_byte_header_block() -> None:
    guid = uuid.UUID("12345678-1234-5678-1234-567812345678")
    raw = base64.b64decode(new_thread_index(T0, guid))
    assert len(raw) == 22
    assert raw[0] == 0x01
    assert raw[6:] == guid.bytes
    decoded = parse_thread_index(new_thread_index(T0, guid))
    assert decoded is not None
    assert decoded.guid == guid
    assert abs(decoded.started - T0) < timedelta(seconds=2)  # 24 low bits dropped: ~1.7 s
    assert decoded.depth == 0


def test_a_reply_appends_one_5_byte_child_block_to_the_parents_index() -> None:
    root = new_thread_index(T0)
    reply = child_thread_index(root, T0 + timedelta(hours=3))
    reply2 = child_thread_index(reply, T0 + timedelta(days=900))
    raw_root, raw_reply, raw_reply2 = (base64.b64decode(v) for v in (root, reply, reply2))
    assert raw_reply.startswith(raw_root) and len(raw_reply) == 27
    assert raw_reply2.startswith(raw_reply) and len(raw_reply2) == 32
    decoded = parse_thread_index(reply2)
    assert decoded is not None and decoded.depth == 2
    assert abs(decoded.reply_delays[0] - timedelta(hours=3)) < timedelta(seconds=3)
    # beyond ~1.7 years the coarser delta code is used
    assert raw_reply2[27] & 0x80
    assert abs(decoded.reply_delays[1] - timedelta(days=900)) < timedelta(seconds=3)


def test_garbage_parent_index_starts_a_new_one() -> None:
    assert len(base64.b64decode(child_thread_index("not base64!", T0))) == 22
    assert parse_thread_index("AAAA") is None
    assert parse_thread_index(None) is None


@given(st.text())
def test_parsing_never_raises(text: str) -> None:
    parse_thread_index(text)


def test_thread_topic_is_the_subject_without_leading_reply_prefixes() -> None:
    assert thread_topic("RE: AW: [list] Budget 2027") == "[list] Budget 2027"


def test_a_thousand_replies_keep_one_conversation_in_a_bounded_index() -> None:
    from threadline.core.outlook import HEADER_BLOCK_SIZE, MAX_CHILD_BLOCKS

    root = new_thread_index(T0)
    index = root
    for n in range(1000):
        parent = index
        index = child_thread_index(parent, T0 + timedelta(minutes=n))
        raw = base64.b64decode(index)
        assert len(raw) <= HEADER_BLOCK_SIZE + 5 * MAX_CHILD_BLOCKS
        assert raw[:HEADER_BLOCK_SIZE] == base64.b64decode(root)  # the same conversation
        # the newest child blocks of the parent stay, in order, and one is added
        raw_parent = base64.b64decode(parent)
        kept = raw_parent[HEADER_BLOCK_SIZE:][-5 * (MAX_CHILD_BLOCKS - 1) :]
        assert raw[HEADER_BLOCK_SIZE:-5] == kept
    decoded = parse_thread_index(index)
    assert decoded is not None and decoded.depth == MAX_CHILD_BLOCKS
    assert len("Thread-Index: " + index) < 998


FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


def filetime(moment: datetime) -> int:
    """100-nanosecond ticks since 1601 (Windows FILETIME)."""
    return (moment - FILETIME_EPOCH) // timedelta(microseconds=1) * 10


def test_a_thread_index_gives_back_its_times_to_the_microsecond() -> None:
    start = datetime(2026, 11, 24, 9, 0, 0, 123456, tzinfo=UTC)
    index = new_thread_index(start, uuid.UUID(int=7))
    parsed = parse_thread_index(index)
    assert parsed is not None and parsed.guid == uuid.UUID(int=7)
    kept = filetime(start) >> 24 << 24  # the header block keeps 40 bits of FILETIME
    assert parsed.started == FILETIME_EPOCH + timedelta(microseconds=kept // 10)
    later = start + timedelta(minutes=5, microseconds=7)
    child = parse_thread_index(child_thread_index(index, later))
    assert child is not None and child.started == parsed.started
    delta = filetime(later) - kept
    assert child.reply_delays == (timedelta(microseconds=(delta >> 18 << 18) // 10),)


def child_word(index: str) -> int:
    """The first four bytes of the last child block: delta code and units."""
    return int.from_bytes(base64.b64decode(index)[-5:-1], "big")


def test_child_blocks_exactly() -> None:
    start = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    root = new_thread_index(start, uuid.UUID(int=1))
    kept = filetime(start) >> 24 << 24
    short = start + timedelta(days=30)
    assert child_word(child_thread_index(root, short)) == (filetime(short) - kept) >> 18
    long_after = start + timedelta(days=2000)
    word = child_word(child_thread_index(root, long_after))
    assert word == (1 << 31) | ((filetime(long_after) - kept) >> 23)
    assert child_word(child_thread_index(root, start - timedelta(days=1))) == 0
    limit = FILETIME_EPOCH + timedelta(microseconds=-(-(kept + (1 << 49)) // 10))
    assert child_word(child_thread_index(root, limit)) == (1 << 31) | (1 << 26)
    just_under = limit - timedelta(microseconds=1)  # the last the finer code can say
    assert child_word(child_thread_index(root, just_under)) == 0x7FFF_FFFF
    spaced = " ".join([root[:10], root[10:20], root[20:]])  # folded: whitespace is ignored
    assert base64.b64decode(child_thread_index(spaced, short))[:22] == base64.b64decode(root)


def test_a_new_index_is_dated_now_by_default() -> None:
    before = datetime.now(UTC)
    parsed = parse_thread_index(new_thread_index())
    assert parsed is not None and parsed.guid.version == 4
    assert timedelta(seconds=-2) < parsed.started - before < timedelta(seconds=2)
    reply = parse_thread_index(child_thread_index(new_thread_index()))
    assert reply is not None and reply.depth == 1 and reply.reply_delays[0] < timedelta(seconds=2)


def test_an_index_of_the_wrong_length_is_not_one() -> None:
    raw = base64.b64decode(new_thread_index(T0))
    assert parse_thread_index(base64.b64encode(raw[:21]).decode()) is None
    assert parse_thread_index(base64.b64encode(raw + b"\x00" * 4).decode()) is None
    assert parse_thread_index(base64.b64encode(raw + b"\x00" * 5).decode()) is not None


def test_parsed_times_are_rounded_down_to_the_microsecond() -> None:
    # 3 << 24 ticks is 5,033,164.8 microseconds; child units of 2 (<< 18) 52,428.8,
    # of 1 with the coarse code (<< 23) 838,860.8
    header = b"\x01" + (3).to_bytes(5, "big") + uuid.UUID(int=9).bytes
    fine = (2).to_bytes(4, "big") + b"\x00"
    coarse = ((1 << 31) | 1).to_bytes(4, "big") + b"\x00"
    parsed = parse_thread_index(base64.b64encode(header + fine + coarse).decode())
    assert parsed is not None
    assert parsed.started == FILETIME_EPOCH + timedelta(microseconds=5_033_164)
    assert parsed.reply_delays == (timedelta(microseconds=52_428), timedelta(microseconds=838_860))


def test_the_coarse_code_starts_at_exactly_2_to_the_49_ticks() -> None:
    header = b"\x01" + (3).to_bytes(5, "big") + uuid.UUID(int=9).bytes  # 3 << 24 ticks
    root = base64.b64encode(header).decode()
    at_limit = FILETIME_EPOCH + timedelta(microseconds=((3 << 24) + (1 << 49)) // 10)
    assert child_word(child_thread_index(root, at_limit)) == (1 << 31) | (1 << 26)


def test_a_new_index_for_an_unreadable_parent_is_dated_when_asked() -> None:
    parsed = parse_thread_index(child_thread_index("garbage!", T0))
    assert parsed is not None and parsed.depth == 0
    assert timedelta(0) <= T0 - parsed.started < timedelta(seconds=2)


def test_an_index_with_a_character_outside_base64_is_not_one() -> None:
    root = new_thread_index(T0)
    assert parse_thread_index(root[:4] + "!" + root[4:]) is None
