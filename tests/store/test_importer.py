"""Import from .eml, mbox and Maildir, nested folders, with progress and cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.corpus import write_maildir
from helpers.mail import make_raw
from threadline.errors import NotFoundError
from threadline.store import db
from threadline.store.importer import ImportProgress, import_paths
from threadline.store.mbox import mbox_entry
from threadline.store.messages import MessageStore


@pytest.fixture
def store(tmp_path: Path) -> MessageStore:
    return MessageStore(db.connect(tmp_path / "store.sqlite3"))


def write_mbox_file(path: Path, messages: list[bytes]) -> Path:
    path.write_bytes(b"".join(mbox_entry(m) for m in messages))
    return path


def test_import_of_eml_mbox_and_maildir_in_nested_folders(
    store: MessageStore, tmp_path: Path
) -> None:
    tree = tmp_path / "mail"
    (tree / "deep" / "er").mkdir(parents=True)
    (tree / "one.eml").write_bytes(make_raw("eml@x"))
    write_mbox_file(tree / "deep" / "list.mbox", [make_raw("m1@x"), make_raw("m2@x")])
    write_maildir(tree / "deep" / "er" / "Maildir", [make_raw("md1@x"), make_raw("md2@x")])
    (tree / "deep" / "er" / "Maildir" / "tmp" / "half-delivered").write_bytes(b"From: x")
    report = import_paths(store, [tree])
    assert (report.imported, report.duplicates, report.problems) == (5, 0, [])
    again = import_paths(store, [tree])
    assert (again.imported, again.duplicates) == (0, 5)
    assert store.message_count() == 5


def test_a_file_that_is_not_mail_is_named_and_the_rest_continues(
    store: MessageStore, tmp_path: Path
) -> None:
    mail = tmp_path / "mail"
    mail.mkdir()
    (mail / "a.eml").write_bytes(make_raw("a@x"))
    (mail / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    (mail / "notes.txt").write_text("shopping list\nmilk\n")
    (mail / "z.eml").write_bytes(make_raw("z@x"))
    report = import_paths(store, [mail])
    assert report.imported == 2
    assert sorted(Path(p.path).name for p in report.problems) == ["notes.txt", "photo.jpg"]
    assert all("was not imported" in p.reason for p in report.problems)
    assert "2 files skipped" in report.summary()


def test_missing_path_is_a_clear_error(store: MessageStore, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="does not exist"):
        import_paths(store, [tmp_path / "nope"])


def test_progress_is_reported_and_import_can_be_cancelled(
    store: MessageStore, tmp_path: Path
) -> None:
    mbox = write_mbox_file(tmp_path / "big.mbox", [make_raw(f"n{i}@x") for i in range(1200)])
    seen: list[ImportProgress] = []
    report = import_paths(store, [mbox], progress=seen.append, cancelled=lambda: len(seen) >= 1)
    assert report.cancelled
    assert 0 < report.imported < 1200
    assert store.message_count() == report.imported  # what was imported is kept
    finished = import_paths(store, [mbox], progress=seen.append)
    assert finished.imported + finished.duplicates == 1200
    assert seen[-1].bytes_done == seen[-1].bytes_total == mbox.stat().st_size


def test_a_large_import_stores_and_reports_the_same_with_or_without_worker_processes(
    tmp_path: Path,
) -> None:
    mail = tmp_path / "mail"
    mail.mkdir()
    threads = [make_raw(f"a{i}@x", references=[f"a{i // 3}@x"]) for i in range(700)]
    write_mbox_file(mail / "a.mbox", threads)
    (mail / "b.txt").write_text("not mail")
    write_mbox_file(mail / "c.mbox", [make_raw(f"c{i}@x") for i in range(400)])
    results = []
    for workers in (0, 2):
        store = MessageStore(db.connect(tmp_path / f"store{workers}.sqlite3"))
        seen: list[ImportProgress] = []
        report = import_paths(store, [mail], progress=seen.append, workers=workers)
        rows = store.conn.execute("SELECT id, thread_id, message_id FROM messages").fetchall()
        results.append((report, seen, [tuple(r) for r in rows]))
    assert results[0] == results[1]
    report, seen, rows = results[0]
    assert (report.imported, len(report.problems), len(rows)) == (1100, 1, 1100)
    assert [(p.messages, Path(p.current).name) for p in seen] == [
        (500, "a.mbox"), (700, "a.mbox"), (700, "b.txt"), (1000, "c.mbox"), (1100, "c.mbox"),
        (1100, "c.mbox"),
    ]  # fmt: skip


def test_a_cancel_between_files_keeps_the_files_before(store: MessageStore, tmp_path: Path) -> None:
    first = write_mbox_file(tmp_path / "1.mbox", [make_raw(f"a{i}@x") for i in range(3)])
    second = write_mbox_file(tmp_path / "2.mbox", [make_raw(f"b{i}@x") for i in range(3)])
    seen: list[ImportProgress] = []
    report = import_paths(
        store, [first, second], progress=seen.append, cancelled=lambda: bool(seen)
    )
    assert report.cancelled and report.imported == 3
    assert [m.message_id for m in store.find_by_message_id("b0@x")] == []
    nothing = import_paths(store, [second], cancelled=lambda: True)
    assert nothing.cancelled and nothing.imported == 0
