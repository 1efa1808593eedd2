"""The conversation store: threading by references, tree order, summaries, search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from helpers.mail import make_raw
from threadline.store import db
from threadline.store.indexing import index_message
from threadline.store.messages import PHRASE_WORDS, MessageStore, fts_query_for


@pytest.fixture
def store(tmp_path: Path) -> MessageStore:
    return MessageStore(db.connect(tmp_path / "store.sqlite3"))


def groups(store: MessageStore) -> set[frozenset[str]]:
    found: dict[int, set[str]] = {}
    for row in store.conn.execute("SELECT message_id, thread_id FROM messages"):
        found.setdefault(row[1], set()).add(row[0])
    return {frozenset(v) for v in found.values()}


def test_a_reply_joins_its_parents_conversation(store: MessageStore) -> None:
    first = store.add_message(make_raw("a@x"))
    second = store.add_message(make_raw("b@x", in_reply_to="a@x", references=["a@x"]))
    assert second.thread_id == first.thread_id
    assert store.conversation_count() == 1


def test_a_late_parent_joins_the_thread_of_its_replies(store: MessageStore) -> None:
    reply = store.add_message(make_raw("b@x", in_reply_to="a@x", references=["a@x"]))
    parent = store.add_message(make_raw("a@x", date="Mon, 23 Nov 2026 10:00:00 +0000"))
    assert parent.thread_id == reply.thread_id
    summary = store.conversation(reply.thread_id)
    assert summary is not None and summary.message_count == 2
    assert [m.message_id for m in store.thread_messages(reply.thread_id)] == ["a@x", "b@x"]


def test_a_message_connecting_two_threads_merges_them(store: MessageStore) -> None:
    store.add_message(make_raw("a@x", subject="One"))
    store.add_message(make_raw("c@x", references=["b@x"], subject="Two"))
    assert store.conversation_count() == 2
    store.add_message(make_raw("b@x", references=["a@x"]))
    assert groups(store) == {frozenset({"a@x", "b@x", "c@x"})}
    [summary] = store.conversations()
    assert summary.message_count == 3
    assert store.thread_of_message("c@x") == summary.thread_id


def test_more_references_than_sqlite_takes_variables_still_thread_and_merge(
    store: MessageStore,
) -> None:
    # SQLite's default limit is 32766 variables a statement (Debian builds it higher); a
    # message naming more ids made the import raise "too many SQL variables" (fuzz test)
    store.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32766)
    first = store.add_message(make_raw("first@x", subject="One"))
    last = store.add_message(make_raw("last@x", subject="Two"))
    refs = ["first@x", *(f"r{n}@refs.example" for n in range(33_000)), "last@x"]
    added = store.add_message(make_raw("many@x", references=refs))
    assert groups(store) == {frozenset({"first@x", "last@x", "many@x"})}
    assert added.thread_id in (first.thread_id, last.thread_id)
    assert store.thread_of_message("r32999@refs.example") == added.thread_id
    assert store.conversation(added.thread_id).message_count == 3  # type: ignore[union-attr]


def test_missing_parents_are_placeholders_that_still_join(store: MessageStore) -> None:
    store.add_message(make_raw("b@x", references=["root@x", "gone@x"]))
    store.add_message(make_raw("c@x", references=["root@x", "other-gone@x"]))
    assert len(groups(store)) == 1
    assert store.thread_of_message("gone@x") is not None


def test_missing_parent_hangs_the_reply_under_its_nearest_stored_ancestor(
    store: MessageStore,
) -> None:
    store.add_message(make_raw("a@x", date="Mon, 23 Nov 2026 09:00:00 +0000"))
    added = store.add_message(make_raw("c@x", in_reply_to="b@x", references=["a@x", "b@x"]))
    tree = store.thread_messages(added.thread_id)
    assert [(m.message_id, m.depth) for m in tree] == [("a@x", 0), ("c@x", 1)]


def test_reference_loops_are_broken(store: MessageStore) -> None:
    store.add_message(make_raw("a@x", in_reply_to="b@x", references=["b@x"]))
    added = store.add_message(make_raw("b@x", in_reply_to="a@x", references=["a@x"]))
    tree = store.thread_messages(added.thread_id)
    assert sorted(m.message_id for m in tree) == ["a@x", "b@x"]
    assert [m.depth for m in tree] == [0, 1]


def test_a_message_referencing_itself_is_its_own_root(store: MessageStore) -> None:
    added = store.add_message(make_raw("a@x", in_reply_to="a@x", references=["a@x"]))
    assert [(m.message_id, m.depth) for m in store.thread_messages(added.thread_id)] == [("a@x", 0)]


def test_the_same_bytes_twice_are_stored_once(store: MessageStore) -> None:
    raw = make_raw("a@x")
    first = store.add_message(raw)
    again = store.add_message(raw)
    assert again.duplicate and again.rowid == first.rowid
    assert store.message_count() == 1


def test_different_messages_sharing_an_id_are_both_kept_in_one_thread(
    store: MessageStore,
) -> None:
    one = store.add_message(make_raw("dup@x", body="first copy"))
    two = store.add_message(make_raw("dup@x", body="a different message"))
    assert not two.duplicate and one.rowid != two.rowid
    assert one.thread_id == two.thread_id
    assert len(store.find_by_message_id("dup@x")) == 2


def test_messages_without_message_id_get_a_stable_key(store: MessageStore) -> None:
    raw = make_raw(None, subject="No id")
    first = store.add_message(raw)
    key = store.message(first.rowid).message_id
    assert key.endswith("@no-message-id.threadline.invalid")
    assert not store.message(first.rowid).has_message_id
    other = make_raw(None, subject="Other")
    assert store.add_message(other).thread_id != first.thread_id
    assert store.add_message(raw).duplicate


def test_bogus_reference_tokens_do_not_merge_unrelated_threads(store: MessageStore) -> None:
    # a known client bug writes "References: <yes>"; it must not glue conversations
    store.add_message(make_raw("a@x", extra="References: <yes>"))
    store.add_message(make_raw("b@x", extra="References: <yes>"))
    assert store.conversation_count() == 2


def test_raw_bytes_are_kept_exactly(store: MessageStore) -> None:
    raw = make_raw("a@x").replace(b"\r\n", b"\n") + b"\xff trailing junk \x00"
    added = store.add_message(raw)
    assert store.raw(added.rowid) == raw


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"not a header at all\n",
        b"Subject: =?x-unknown?q?abc?=\nFrom: =?utf-8?b?!!!?= <a@b>\nDate: 99 Foo 2026\n\nbody\n",
        b"Message-ID: <m@x>\nContent-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type:"
        b" text/plain; charset=no-such\n\n\xff\xfe\n",
        b"Message-ID: <h@x>\nX-Huge: " + b"y" * 200_000 + b"\n\nbody\n",
        b"Message-ID: <c@x>\nContent-Transfer-Encoding: base64\n\n!!!not base64",
        b"From: \xe9\xe8 <latin1@example.org>\nSubject: caf\xe9\n\n\xe9t\xe9\n",
    ],
)
def test_malformed_messages_are_stored_and_indexed_as_far_as_possible(
    store: MessageStore, raw: bytes
) -> None:
    added = store.add_message(raw)
    assert store.raw(added.rowid) == raw
    assert store.conversation(added.thread_id) is not None


def test_conversation_summary_tracks_counts_participants_and_latest(
    store: MessageStore,
) -> None:
    store.add_message(
        make_raw("a@x", subject="Plan", date="Mon, 23 Nov 2026 09:00:00 +0000"), is_unread=True
    )
    store.add_message(
        make_raw(
            "b@x",
            subject="Re: Plan",
            sender="Bob <bob@example.net>",
            references=["a@x"],
            body="Latest words",
        ),
        is_sent=True,
    )
    [summary] = store.conversations()
    assert summary.subject == "Plan"
    assert summary.participants == "Ann, Bob"
    assert summary.message_count == 2 and summary.unread_count == 1 and summary.has_sent
    assert summary.snippet == "Latest words"
    store.mark_read(summary.thread_id)
    assert store.conversations()[0].unread_count == 0


def test_conversations_are_ordered_by_latest_activity_and_paged(store: MessageStore) -> None:
    for day in range(1, 8):
        store.add_message(
            make_raw(f"m{day}@x", subject=f"Day {day}", date=f"{day:02d} Nov 2026 10:00:00 +0000")
        )
    store.add_message(make_raw("r@x", references=["m2@x"], date="20 Nov 2026 10:00:00 +0000"))
    subjects = [c.subject for c in store.conversations(limit=3)]
    assert subjects == ["Day 2", "Day 7", "Day 6"]
    assert [c.subject for c in store.conversations(limit=3, offset=6)] == ["Day 1"]
    first_page = store.conversations(limit=3)
    after = store.conversations(limit=3, after=first_page[-1])
    assert [c.subject for c in after] == ["Day 5", "Day 4", "Day 3"]  # keyset: same order


def test_full_text_search_finds_words_prefixes_and_addresses(store: MessageStore) -> None:
    store.add_message(make_raw("a@x", subject="Budget 2027", body="The numbers are final."))
    store.add_message(make_raw("b@x", subject="Lunch", sender="Zoë <zoe@cafe.example>"))
    assert [c.subject for c in store.search("numbers")] == ["Budget 2027"]
    assert [c.subject for c in store.search("budg")] == ["Budget 2027"]
    assert [c.subject for c in store.search("zoe")] == ["Lunch"]  # diacritics folded
    assert [c.subject for c in store.search("cafe.example")] == ["Lunch"]
    assert store.search('"unbalanced AND OR (') == []  # FTS syntax is never interpreted
    assert store.search("   ") == []


def test_known_addresses_complete_by_address_or_name(store: MessageStore) -> None:
    store.add_message(make_raw("a@x", sender="Ann Example <ann@example.org>"))
    store.add_message(make_raw("b@x", sender="Ann Example <ann@example.org>"))
    store.add_message(make_raw("c@x", sender="Anton <anton@example.com>"))
    found = store.known_addresses("an")
    assert [a.address for a in found] == ["ann@example.org", "anton@example.com"]
    assert found[0].formatted() == "Ann Example <ann@example.org>"
    assert [a.address for a in store.known_addresses("exam")] == ["ann@example.org"]
    assert store.known_addresses("%") == []


def test_the_tree_is_depth_first_with_siblings_by_date(store: MessageStore) -> None:
    def add(msgid: str, day: int, *refs: str) -> None:
        store.add_message(make_raw(msgid, references=list(refs) or None,
                                   in_reply_to=refs[-1] if refs else None,
                                   date=f"{day:02d} Nov 2026 10:00:00 +0000"))  # fmt: skip

    add("root@x", 1)
    add("b@x", 5, "root@x")
    add("a@x", 2, "root@x")
    add("a1@x", 6, "root@x", "a@x")
    add("b1@x", 3, "root@x", "b@x")
    add("a2@x", 4, "root@x", "a@x")
    thread = store.thread_of_message("root@x")
    assert thread is not None
    tree = [(m.message_id, m.depth) for m in store.thread_messages(thread)]
    assert tree == [("root@x", 0), ("a@x", 1), ("a2@x", 2), ("a1@x", 2), ("b@x", 1),
                    ("b1@x", 2)]  # fmt: skip
    newest = store.newest_message(thread)
    assert newest is not None and newest.message_id == "a1@x"


def test_mark_read_touches_only_its_own_conversation(store: MessageStore) -> None:
    one = store.add_message(make_raw("a@x", subject="One"), is_unread=True)
    store.add_message(make_raw("a2@x", references=["a@x"]), is_unread=True)
    two = store.add_message(make_raw("b@x", subject="Two"), is_unread=True)
    store.mark_read(one.thread_id)
    assert [m.is_unread for m in store.thread_messages(one.thread_id)] == [False, False]
    first, second = store.conversation(one.thread_id), store.conversation(two.thread_id)
    assert first is not None and first.unread_count == 0
    assert second is not None and second.unread_count == 1
    assert store.message(two.rowid).is_unread


def test_storing_a_sent_copy_of_a_known_message_marks_it_sent_once(store: MessageStore) -> None:
    raw = make_raw("a@x")
    first = store.add_message(raw)
    assert not store.message(first.rowid).is_sent
    for _ in range(2):
        assert store.add_message(raw, is_sent=True).duplicate
    summary = store.conversation(first.thread_id)
    assert store.message(first.rowid).is_sent and summary is not None and summary.has_sent
    count = store.conn.execute("SELECT sent_count FROM threads WHERE id = ?", (first.thread_id,))
    assert count.fetchone()[0] == 1


def test_a_merge_recounts_the_conversation(store: MessageStore) -> None:
    store.add_message(make_raw("a@x", subject="First", sender="Ann <a@example.org>",
                               date="01 Nov 2026 10:00:00 +0000"), is_unread=True)  # fmt: skip
    store.add_message(make_raw("c@x", references=["b@x"], sender="Cy <c@example.org>",
                               date="03 Nov 2026 10:00:00 +0000", body="the last word"),
                      is_sent=True)  # fmt: skip
    store.add_message(make_raw("b@x", references=["a@x"], sender="Bo <b@example.org>",
                               date="02 Nov 2026 10:00:00 +0000"))  # fmt: skip
    [summary] = store.conversations()
    assert (summary.subject, summary.message_count, summary.unread_count) == ("First", 3, 1)
    assert summary.has_sent and summary.snippet == "the last word"
    assert sorted(summary.participants.split(", ")) == ["Ann", "Bo", "Cy"]
    assert store.conversation_count() == 1


def test_a_conversation_names_at_most_four_participants(store: MessageStore) -> None:
    for n, name in enumerate(["Ann", "Bo", "Cy", "Di", "Ed", "Ann"]):
        store.add_message(make_raw(f"m{n}@x", references=["m0@x"] if n else None,
                                   sender=f"{name} <{name.lower()}@example.org>"))  # fmt: skip
    [summary] = store.conversations()
    assert summary.participants == "Ann, Bo, Cy, Di" and summary.message_count == 6


def test_unknown_rows_and_conversations(store: MessageStore) -> None:
    assert store.conversation(42) is None
    assert store.newest_message(42) is None
    assert store.thread_messages(42) == []
    assert store.find_by_message_id("nobody@x") == []
    assert store.thread_of_message("nobody@x") is None
    with pytest.raises(KeyError):
        store.raw(42)
    with pytest.raises(KeyError):
        store.message(42)


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("budget", '"budget"*'),
        ("budget ", '"budget"'),  # a space ends the word: no prefix
        ("Q3 budget", '"Q3" "budget"*'),
        ('"unbalanced AND OR (', '"unbalanced" "AND" "OR"*'),
        ("ann@example.org", '"ann@example.org"*'),
        ("o'brien", '"o\'brien"*'),
        ("zoë", '"zoë"*'),
        ("*", ""),
        ("   ", ""),
    ],
)
def test_what_people_type_becomes_a_quoted_fts_query(typed: str, query: str) -> None:
    assert fts_query_for(typed) == query


def test_search_rows_held_back_in_a_batch_are_written_when_it_ends(store: MessageStore) -> None:
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    with store.search_rows_deferred():
        store.insert(index_message(make_raw("a@x", subject="Quarterly numbers")), make_raw("a@x"))
        with store.search_rows_deferred():  # joins the outer block
            raw = make_raw("b@x", subject="More numbers")
            store.insert(index_message(raw), raw)
        assert store.search("numbers") == []  # not yet
    assert len(store.search("numbers")) == 2
    conn.execute("COMMIT")
    assert {s.subject for s in store.search("numbers")} == {"Quarterly numbers", "More numbers"}


def test_search_rows_held_back_are_dropped_when_the_batch_fails(store: MessageStore) -> None:
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    with pytest.raises(ZeroDivisionError), store.search_rows_deferred():
        raw = make_raw("a@x", subject="Lost")
        store.insert(index_message(raw), raw)
        raise ZeroDivisionError
    conn.execute("ROLLBACK")
    assert store.search("Lost") == [] and store.message_count() == 0
    store.add_message(make_raw("b@x", subject="Found"))  # not held back outside a block
    assert len(store.search("Found")) == 1


def test_a_message_given_in_pieces_is_stored_byte_for_byte(store: MessageStore) -> None:
    raw = make_raw("pieces@example.org", body="x" * 5000)
    record = index_message(raw)
    with db.transaction(store.conn):
        added = store.insert(record, iter([raw[:100], raw[100:4000], raw[4000:]]))
    assert store.raw(added.rowid) == raw


def test_pieces_that_do_not_add_up_to_the_indexed_size_are_refused(store: MessageStore) -> None:
    raw = make_raw("short@example.org")
    record = index_message(raw)
    with pytest.raises(ValueError, match="ended after"), db.transaction(store.conn):
        store.insert(record, iter([raw[:-1]]))
    with pytest.raises(ValueError, match="more than"), db.transaction(store.conn):
        store.insert(index_message(make_raw("long@example.org")), iter([raw, raw]))
    assert store.message_count() == 0  # the transaction took the half-written rows back


def test_bodies_contain_finds_a_quotes_words_in_the_given_messages_only(
    store: MessageStore,
) -> None:
    plan = store.add_message(make_raw("plan@x", body=(
        "Hello Bob,\r\nThe plan for Friday: we meet at ten,\r\nthen lunch. Ünïcode café.\r\n"
        "-- \r\nAnn")))  # fmt: skip
    other = store.add_message(make_raw("other@x", body="नमस्ते दुनिया, यह एक परीक्षण है"))
    # rewrapped, other case, accents and punctuation, quote marks: the same words in a row
    quoted = "> hello BOB the plan\n> for friday -- we meet at ten then lunch unicode cafe"
    assert store.bodies_contain([plan.rowid], quoted)
    assert not store.bodies_contain([other.rowid], quoted)  # only the messages named
    assert not store.bodies_contain([plan.rowid], "Hello Bob, the plan for Saturday")
    assert not store.bodies_contain([plan.rowid], "Bob Hello")  # in a row, in order
    assert store.bodies_contain([other.rowid, plan.rowid], "नमस्ते दुनिया यह एक")
    # FTS syntax in the text is only words, never an operator
    assert store.bodies_contain([plan.rowid], 'Hello "Bob" (the) plan* for:')
    assert not store.bodies_contain([plan.rowid], 'he said "x" OR NOT ( * ^ :')
    assert not store.bodies_contain([], "Hello") and not store.bodies_contain([plan.rowid], "> -")
    # only the first words count: a long quote whose end was cut or changed still matches
    long = " ".join(f"word{n}" for n in range(40))
    kept = store.add_message(make_raw("long@x", body=long)).rowid
    # found in a message between the ones named (by rowid) is not found in them
    assert plan.rowid < other.rowid < kept
    assert not store.bodies_contain([plan.rowid, kept], "नमस्ते दुनिया यह एक")
    first = long.split()[:PHRASE_WORDS]
    assert store.bodies_contain([kept], " ".join([*first, "CHANGED", *long.split()[30:]]))
    assert not store.bodies_contain([kept], " ".join([*first[:-1], "CHANGED"]))
