"""Threadline groups messages into conversations exactly as notmuch does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.corpora import require_corpora
from helpers.corpus import generate_corpus, notmuch_threads, write_maildir
from helpers.mail import make_raw
from threadline.store import db
from threadline.store.importer import import_paths
from threadline.store.messages import MessageStore

pytestmark = pytest.mark.oracle


def threadline_threads(maildir: Path, db_path: Path) -> set[frozenset[str]]:
    store = MessageStore(db.connect(db_path))
    report = import_paths(store, [maildir])
    assert not report.problems
    found: dict[int, set[str]] = {}
    for row in store.conn.execute("SELECT message_id, thread_id FROM messages"):
        found.setdefault(row[1], set()).add(row[0])
    return {frozenset(v) for v in found.values()}


HAND_MADE = [
    make_raw("root@h", subject="Root"),
    make_raw("late-reply@h", references=["late-parent@h"], subject="Re: late"),
    make_raw("late-parent@h", subject="late"),
    make_raw("left@h", subject="left"),
    make_raw("right@h", references=["middle@h"], subject="right"),
    make_raw("middle@h", references=["left@h"], subject="bridge"),
    make_raw("loop1@h", in_reply_to="loop2@h", references=["loop2@h"]),
    make_raw("loop2@h", in_reply_to="loop1@h", references=["loop1@h"]),
    make_raw("orphan@h", references=["never-seen@h", "also-missing@h"]),
    make_raw("orphan2@h", references=["never-seen@h"]),
    make_raw("irt-only@h", in_reply_to="root@h"),
    make_raw("deep@h", references=["root@h", "irt-only@h", "gone@h"]),
]


def test_hand_made_corpus_matches_notmuch(tmp_path: Path) -> None:
    maildir = write_maildir(tmp_path / "mail", HAND_MADE)
    ours = threadline_threads(maildir, tmp_path / "s.sqlite3")
    assert ours == notmuch_threads(maildir, tmp_path)
    assert len(ours) == 5


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_generated_corpus_of_2500_messages_matches_notmuch(tmp_path: Path, seed: int) -> None:
    corpus = generate_corpus(2500, seed)
    maildir = write_maildir(tmp_path / "mail", corpus.messages)
    ours = threadline_threads(maildir, tmp_path / "s.sqlite3")
    theirs = notmuch_threads(maildir, tmp_path)
    assert sum(len(t) for t in ours) == len(corpus.messages)
    assert ours == theirs
    assert 100 < len(ours) < len(corpus.messages)  # real threads, not all singletons


@pytest.mark.parametrize("unit", ["default", "threading", "broken", "duplicate"])
def test_real_corpora_match_notmuchs_recorded_threads(tmp_path: Path, unit: str) -> None:
    root = require_corpora() / "notmuch-test-corpora"
    ours = threadline_threads(root / unit, tmp_path / "s.sqlite3")
    recorded = json.loads((root / f"threads.{unit}.notmuch.json").read_text())
    assert ours == {frozenset(t) for t in recorded["threads"]}


def test_lkml_matches_dovecot_where_notmuch_follows_a_bogus_reference(tmp_path: Path) -> None:
    # notmuch links 48 messages through "References: <yes>" (a client bug); Threadline,
    # like Dovecot, ignores ids without "@", and agrees with Dovecot's threads here.
    root = require_corpora() / "notmuch-test-corpora"
    ours = threadline_threads(root / "lkml", tmp_path / "s.sqlite3")
    recorded = json.loads((root / "threads.lkml.dovecot-references.json").read_text())
    assert ours == {frozenset(t) for t in recorded["threads"]}
