"""The outbox table: held-back messages, undo, send now, retry waits, giving up, going late."""

from __future__ import annotations

import email
import tempfile
import time
from email import policy
from pathlib import Path

import pytest

from helpers.mail import make_raw
from threadline.core.compose import with_date
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.indexing import index_message
from threadline.store.outbox import (
    BACKOFF,
    GIVE_UP_AFTER,
    JITTER,
    Outbox,
    OutboxState,
    backoff_seconds,
)

NOW = 1_800_000_000.0


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    conn = db.connect(tmp_path / "store.sqlite3")
    AccountStore(conn).save(
        Account(id="a", address="ann@example.org", smtp_host="127.0.0.1", smtp_port=2525,
                security="none", auth_method="none")
    )  # fmt: skip
    return Outbox(conn)


def enqueue(outbox: Outbox, name: str = "m1", **options: object) -> int:
    raw = make_raw(f"{name}@example.org", subject=name, date="Mon, 23 Nov 2026 09:00:00 +0000")
    return outbox.enqueue("a", raw, "ann@example.org", ["bob@example.net"], **options).id  # type: ignore[arg-type]


def test_a_held_back_message_is_not_due_until_its_time(outbox: Outbox) -> None:
    held = enqueue(outbox, "held", due_at=NOW + 5)
    assert outbox.claim_due("me", now=NOW) == []
    assert outbox.next_wake(NOW) == 5
    assert outbox.get(held).waits_until(NOW) == NOW + 5
    assert [e.id for e in outbox.claim_due("me", now=NOW + 5)] == [held]


def test_undo_takes_back_a_message_only_before_it_starts_to_go(outbox: Outbox) -> None:
    first = enqueue(outbox, "first", due_at=NOW + 5)
    assert outbox.cancel(first) and outbox.entries() == []
    second = enqueue(outbox, "second")
    outbox.claim_due("runner", now=time.time())
    assert not outbox.cancel(second)  # the runner holds it: too late
    outbox.begin_attempt(second, "runner")
    assert not outbox.cancel(second)
    assert outbox.get(second).state is OutboxState.SENDING


def test_send_now_releases_a_scheduled_message(outbox: Outbox) -> None:
    later = enqueue(outbox, "later", due_at=NOW + 86400, scheduled_for=NOW + 86400)
    outbox.send_now(later)
    assert [e.id for e in outbox.claim_due("me", now=NOW)] == [later]


def test_a_held_back_message_gets_its_date_when_it_is_sent(outbox: Outbox) -> None:
    later = enqueue(outbox, "later", due_at=NOW + 60, scheduled_for=NOW + 60)
    immediate = enqueue(outbox, "now")
    before = outbox.raw(immediate)
    outbox.claim_due("me", now=NOW + 60)
    outbox.begin_attempt(later, "me", now=NOW + 60)
    outbox.begin_attempt(immediate, "me", now=NOW + 60)
    sent = email.message_from_bytes(outbox.raw(later), policy=policy.default)
    assert sent["Date"].datetime.timestamp() == NOW + 60
    assert outbox.raw(immediate) == before  # sent at once: the Date it was built with


def test_with_date_changes_only_the_date_line() -> None:
    raw = (
        b"From: a@x.org\r\nDate: Mon, 23 Nov 2026 09:00:00 +0000\r\nSubject: s\r\n"
        b"\r\nDate: body\r\n"
    )
    changed = with_date(raw, NOW)
    assert changed.replace(changed.split(b"\r\n")[1], b"") == raw.replace(
        raw.split(b"\r\n")[1], b""
    )
    assert changed.endswith(b"\r\n\r\nDate: body\r\n")
    assert with_date(b"Subject: s\n\nx", NOW).startswith(b"Date: ")


def test_a_scheduled_message_sent_late_says_so(outbox: Outbox) -> None:
    late = enqueue(outbox, "late", due_at=NOW, scheduled_for=NOW)
    outbox.claim_due("me", now=NOW + 3 * 3600)
    attempt = outbox.begin_attempt(late, "me", now=NOW + 3 * 3600)
    outbox.record_sent(late, attempt, "250 OK", now=NOW + 3 * 3600)
    due = time.strftime("%Y-%m-%d %H:%M", time.localtime(NOW))  # the same in every language
    assert outbox.get(late).last_error.startswith(f"Sent late: it was scheduled for {due}, ")


def test_retries_wait_longer_with_jitter_and_give_up_after_five_days(outbox: Outbox) -> None:
    for attempts, base in enumerate(BACKOFF, start=1):
        waits = {backoff_seconds(attempts, j) for j in (-1.0, 0.0, 1.0)}
        assert waits == {round(base * (1 - JITTER)), base, round(base * (1 + JITTER))}
    assert backoff_seconds(40) == 3600  # then hourly
    entry = enqueue(outbox)
    moment = NOW
    while True:
        outbox.claim_due("me", now=moment)
        attempt = outbox.begin_attempt(entry, "me", now=moment)
        outbox.conn.execute("UPDATE outbox_attempts SET started_at = ? WHERE id = ?",
                            (moment, attempt))  # fmt: skip
        state = outbox.record_failure(entry, attempt, "451 busy", temporary=True, now=moment)
        if state is OutboxState.FAILED_PERMANENT:
            break
        moment = outbox.get(entry).next_attempt_at
    assert moment - NOW >= GIVE_UP_AFTER
    assert moment - NOW < GIVE_UP_AFTER + 3600 * (1 + JITTER)
    assert "Gave up after" in outbox.get(entry).last_error


def test_a_large_message_goes_in_and_out_in_chunks_and_is_dated_when_sent(
    outbox: Outbox, tmp_path: Path
) -> None:
    """Issue 12, point 9: a message written from files is copied into the store in chunks,
    read back in chunks, and dated at its first attempt without being read whole."""
    import hashlib
    import io
    from dataclasses import replace

    from threadline.store.indexing import MessageRecord, index_message
    from threadline.store.outbox import CHUNK

    head = make_raw("big@example.org", subject="big", date="Mon, 23 Nov 2026 09:00:00 +0000")
    raw = head + b"x" * (3 * CHUNK + 5) + b"\r\n"
    record: MessageRecord = replace(index_message(head), sha256=hashlib.sha256(raw).digest(),
                                    size=len(raw))  # fmt: skip
    entry = outbox.enqueue("a", io.BytesIO(raw), "ann@example.org", ["bob@example.net"],
                           record=record, due_at=NOW + 60, scheduled_for=NOW + 60)  # fmt: skip
    assert outbox.raw_size(entry.id) == len(raw)
    assert b"".join(outbox.raw_chunks(entry.id)) == raw
    assert [len(c) for c in outbox.raw_chunks(entry.id)][:3] == [CHUNK] * 3
    [claimed] = outbox.claim_due("me", now=NOW + 61)
    outbox.begin_attempt(claimed.id, "me", NOW + 61)
    dated = outbox.raw(entry.id)
    assert dated == with_date(raw, NOW + 61) and dated != raw
    stored = outbox.conn.execute("SELECT index_record FROM outbox WHERE id = ?", (entry.id,))
    redated = MessageRecord.from_json(stored.fetchone()[0])
    assert redated.sha256 == hashlib.sha256(dated).digest() and redated.size == len(dated)
    assert redated.date_utc == int(NOW + 61)


def test_an_outbox_written_before_0009_keeps_its_bytes_in_their_own_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    every = db.migrations()
    monkeypatch.setattr(db, "migrations", lambda: every[:8])  # the schema before 0009
    old = db.connect(path)
    AccountStore(old).save(
        Account(id="a", address="ann@example.org", smtp_host="127.0.0.1", smtp_port=2525,
                security="none", auth_method="none")
    )  # fmt: skip
    raw = make_raw("old@example.org")
    old.execute(
        "INSERT INTO outbox (account_id, message_id, raw, index_record, envelope_from,"
        " recipients, state, created_at) VALUES ('a', 'old@example.org', ?, ?,"
        " 'ann@example.org', '[\"b@y.org\"]', 'queued', 1)",
        (raw, index_message(raw).to_json()),
    )
    old.close()
    monkeypatch.setattr(db, "migrations", lambda: every)
    conn = db.connect(path)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(outbox)")}
    assert "raw" not in columns  # state changes no longer rewrite the message
    [entry] = Outbox(conn).entries()
    assert Outbox(conn).raw(entry.id) == raw
    Outbox(conn).delete(entry.id)
    assert conn.execute("SELECT count(*) FROM outbox_bytes").fetchone()[0] == 0


def test_a_large_message_goes_into_the_outbox_and_out_again_in_pieces(outbox: Outbox) -> None:
    raw = make_raw("big@example.org", body="line of text\n" * 200_000)  # 2.6 MB: > 2 chunks
    record = index_message(raw)
    with tempfile.TemporaryFile() as source:
        source.write(raw)
        source.seek(0)
        entry = outbox.enqueue("a", source, "ann@example.org", ["b@y.org"], record=record)
    pieces = list(outbox.raw_chunks(entry.id))
    assert len(pieces) > 2 and b"".join(pieces) == raw
    assert outbox.raw_size(entry.id) == len(raw)


def fail_once(outbox: Outbox, entry_id: int, now: float) -> int:
    """One attempt that fails for now; returns the time of the next automatic try."""
    outbox.claim_due("me", now=now)
    attempt = outbox.begin_attempt(entry_id, "me", now=now)
    outbox.record_failure(entry_id, attempt, "Busy.", temporary=True, now=now)
    return outbox.get(entry_id).next_attempt_at


def test_retries_the_user_asks_for_do_not_push_the_next_try_further_out(
    outbox: Outbox,
) -> None:
    first_wait = (BACKOFF[0] * (1 - JITTER), BACKOFF[0] * (1 + JITTER))
    entry = enqueue(outbox)
    assert first_wait[0] <= fail_once(outbox, entry, NOW) - NOW <= first_wait[1]
    for press in range(1, 4):  # Retry pressed three times; the server still refuses
        outbox.retry_now(entry) if press % 2 else outbox.send_now(entry)
        assert (
            first_wait[0] <= fail_once(outbox, entry, NOW + press) - (NOW + press) <= first_wait[1]
        )
    assert outbox.get(entry).attempts == 4 and outbox.get(entry).retries_asked == 3
    outbox.retry_waiting_now()  # the network came back: that is Threadline's own retry
    assert fail_once(outbox, entry, NOW + 10) - (NOW + 10) >= BACKOFF[1] * (1 - JITTER)
