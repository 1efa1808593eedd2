"""A long conversation opens at once: older read messages are one line, most wait behind
"Show N more messages", the newest and the unread are open."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from helpers.mail import make_raw
from threadline.store import db
from threadline.store.importer import import_bytes
from threadline.store.messages import MessageStore
from threadline.ui.thread_view import GAP_PAGE, RECENT_SHOWN, ThreadView


def long_thread(path: Path, count: int, unread: set[int]) -> tuple[MessageStore, int]:
    store = MessageStore(db.connect(path))
    raws = []
    for n in range(count):
        refs = [f"m{j}@x.org" for j in range(max(0, n - 3), n)]
        raws.append(make_raw(
            f"m{n}@x.org", subject="Long" if n == 0 else "Re: Long",
            sender=f"P{n % 5} <p{n % 5}@x.org>", references=refs,
            in_reply_to=refs[-1] if refs else None, body=f"message number {n}",
            date=time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(1.7e9 + n * 60)),
        ))  # fmt: skip
    import_bytes(store, raws)
    thread = store.thread_of_message("m0@x.org")
    assert thread is not None
    store.mark_read(thread)
    for n in unread:
        store.conn.execute(
            "UPDATE messages SET is_unread = 1 WHERE message_id = ?", (f"m{n}@x.org",)
        )
    return store, thread


def test_only_the_ends_and_the_unread_get_cards(qtbot: QtBot, tmp_path: Path) -> None:
    store, thread = long_thread(tmp_path / "s.sqlite3", 300, unread={40})
    view = ThreadView()
    qtbot.addWidget(view)
    view.show_conversation(store, store.thread_messages(thread))
    bodies = [c.message.snippet for c in view.cards]
    assert len(view.cards) == 1 + 1 + RECENT_SHOWN  # the first, the unread one, the latest
    assert "message number 0" in bodies[0] and "message number 299" in bodies[-1]
    opened = [c.message.message_id for c in view.cards if c.expanded]
    assert opened == ["m40@x.org", "m299@x.org"]  # unread, and the newest
    assert all(c._body is None for c in view.cards if not c.expanded)  # nothing parsed
    gaps = list(view.gaps)
    assert [g.text() for g in gaps] == ["Show 39 more messages", "Show 249 more messages"]
    gaps[1].click()
    assert gaps[1].text() == f"Show {249 - GAP_PAGE} more messages"
    numbers = [int(c.message.message_id[1:].split("@")[0]) for c in view.cards]
    assert numbers == sorted(numbers)  # cards stay in thread order
    assert numbers[-RECENT_SHOWN - GAP_PAGE :][0] == 300 - RECENT_SHOWN - GAP_PAGE


def test_a_collapsed_card_opens_on_click_and_expand_all_opens_everything(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store, thread = long_thread(tmp_path / "s.sqlite3", 40, unread=set())
    view = ThreadView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.show_conversation(store, store.thread_messages(thread))
    first = view.cards[0]
    assert not first.expanded and not first.snippet_label.isHidden()
    qtbot.waitUntil(first.sender_label.isVisible)
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton, pos=first.sender_label.geometry().center())
    qtbot.waitUntil(lambda: first.expanded)
    assert "message number 0" in first.body.toPlainText() and first.body.isVisible()
    view.expand_all()
    assert view.gaps == {} and len(view.cards) == 40 and all(c.expanded for c in view.cards)
    assert not view.expand_all_button.isVisible()


def test_new_messages_join_in_place_behind_gaps_and_cards_keeping_the_scroll(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store, thread = long_thread(tmp_path / "s.sqlite3", 60, unread=set())
    view = ThreadView()
    qtbot.addWidget(view)
    view.resize(900, 200)
    view.show()
    view.show_conversation(store, store.thread_messages(thread))
    view.cards[-1].expand(False)
    view.cards[3].expand()  # the reader opened one of the older ones (m52)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100)
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    gap = next(iter(view.gaps))
    hidden_before = len(view.gaps[gap])
    store.add_message(make_raw("late@x.org", subject="Re: Long", references=["m1@x.org"],
                               in_reply_to="m1@x.org", body="a late reply to the second",
                               date="Tue, 14 Nov 2023 22:15:00 +0000"))  # fmt: skip
    store.add_message(make_raw("last@x.org", subject="Re: Long", references=["m59@x.org"],
                               in_reply_to="m59@x.org", body="the newest word",
                               date="Wed, 15 Nov 2023 10:00:00 +0000"))  # fmt: skip
    messages = store.thread_messages(thread)
    assert view.add_messages(messages) == 2
    assert view.add_messages(messages) == 0  # once
    ids = [c.message.message_id for c in view.cards]
    assert ids[-1] == "last@x.org" and view.cards[-1].expanded
    late = ids.index("late@x.org")
    assert view.cards[late].expanded and ids[late - 1] == "m0@x.org"  # after its parent's gap
    assert len(view.gaps[gap]) == hidden_before  # gaps and open cards are as they were
    assert view.cards[ids.index("m52@x.org")].expanded
    assert not view.cards[-2].expanded  # the one closed by hand stays closed
    assert bar.value() == kept
    assert view.shown_rowids() == {m.rowid for m in messages}


def test_a_conversation_opens_where_the_reading_goes_on(qtbot: QtBot, tmp_path: Path) -> None:
    store, thread = long_thread(tmp_path / "s.sqlite3", 30, unread={12})
    view = ThreadView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    view.show_conversation(store, store.thread_messages(thread))
    [target] = [c for c in view.cards if c.message.message_id == "m12@x.org"]
    assert view.reading_point is target  # the first unread one
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    top = target.mapTo(view.viewport(), target.rect().topLeft()).y()
    assert 0 <= top < 30 and bar.value() < bar.maximum()  # its header at the top of the view

    store.mark_read(thread)
    view.show_conversation(store, store.thread_messages(thread))
    assert view.reading_point is view.cards[-1]  # all read: the newest
    qtbot.waitUntil(lambda: bar.value() == bar.maximum() or view.cards[-1].y() - bar.value() < 30)


def test_cards_go_by_date_without_indentation_and_a_branch_says_what_it_answers(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The tree shows as "In reply to …" on a card that answers an older message, not
    as a staircase (a 300-message chain was one)."""
    store = MessageStore(db.connect(tmp_path / "s.sqlite3"))
    when = "%a, %d %b %Y %H:%M:%S +0000"
    import_bytes(store, [
        make_raw("a@x.org", subject="Plan", sender="Ann <ann@x.org>",
                 date=time.strftime(when, time.gmtime(1.7e9)), body="first"),
        make_raw("b@x.org", subject="Re: Plan", sender="Bob <bob@x.org>",
                 references=["a@x.org"], in_reply_to="a@x.org",
                 date=time.strftime(when, time.gmtime(1.7e9 + 60)), body="second"),
        make_raw("c@x.org", subject="Re: Plan", sender="Cy <cy@x.org>",
                 references=["a@x.org", "b@x.org"], in_reply_to="b@x.org",
                 date=time.strftime(when, time.gmtime(1.7e9 + 180)), body="fourth"),
        make_raw("d@x.org", subject="Re: Plan", sender="Di <di@x.org>",
                 references=["a@x.org"], in_reply_to="a@x.org",
                 date=time.strftime(when, time.gmtime(1.7e9 + 120)), body="third"),
    ])  # fmt: skip
    thread = store.thread_of_message("a@x.org")
    assert thread is not None
    view = ThreadView()
    qtbot.addWidget(view)
    view.resize(600, 800)
    view.show()
    view.show_conversation(store, store.thread_messages(thread))
    view.expand_all()
    assert [c.message.message_id for c in view.cards] == ["a@x.org", "b@x.org", "d@x.org",
                                                          "c@x.org"]  # fmt: skip
    answered = {
        c.message.message_id: c.answered_label.text()
        for c in view.cards if c.answered_label is not None
    }  # fmt: skip
    # Di answers Ann's first message, Cy answers Bob's (neither the one just before)
    assert set(answered) == {"d@x.org", "c@x.org"}
    assert answered["d@x.org"].startswith("In reply to Ann,")
    assert answered["c@x.org"].startswith("In reply to Bob,")
    qtbot.waitUntil(lambda: all(c.width() > 0 for c in view.cards))
    assert len({c.geometry().left() for c in view.cards}) == 1  # one column, no staircase
    closing = view.cards[2]
    closing.expand(False)  # a closed card is one line: no "In reply to" then
    assert closing.answered_label is not None and not closing.answered_label.isVisible()
