"""Import from .eml, mbox (plain and compressed) and Maildir, nested folders, with progress
and cancel; bad input (a message too deep to parse, NUL bytes, files that are not mail, a
compressed file cut short, link loops) is skipped alone and named; undated messages are
dated by their separator or file."""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import subprocess
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


def test_one_large_mbox_moves_the_progress_while_it_is_read(
    store: MessageStore, tmp_path: Path
) -> None:
    mbox = write_mbox_file(tmp_path / "big.mbox", [make_raw(f"p{i}@x") for i in range(1600)])
    seen: list[ImportProgress] = []
    import_paths(store, [mbox], progress=seen.append, workers=0)
    size = mbox.stat().st_size
    during = [p.bytes_done for p in seen if p.messages < 1600]  # the batches before the end
    assert len(during) >= 3 and all(0 < done < size for done in during)  # it stayed at 0
    assert during == sorted(during)  # never backwards
    assert seen[-1].bytes_done == size


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


def deep_mime(levels: int, msgid: str = "deep@x") -> bytes:
    """A message whose multipart parts are nested ``levels`` deep."""
    head = f"From: a@x\r\nMessage-ID: <{msgid}>\r\nDate: Mon, 5 Jan 2026 10:00:00 +0000\r\n"
    opening = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(levels)
    )
    closing = "".join(f"--b{i}--\r\n" for i in reversed(range(levels)))
    return (head + opening + "Content-Type: text/plain\r\n\r\nhi\r\n" + closing).encode()


def test_a_message_nested_a_thousand_mime_levels_deep_is_skipped_and_the_rest_go_in(
    store: MessageStore, tmp_path: Path
) -> None:
    mail = tmp_path / "mail"
    mail.mkdir()
    (mail / "a.eml").write_bytes(make_raw("a@x"))
    (mail / "deep.eml").write_bytes(deep_mime(1000))
    write_mbox_file(mail / "b.mbox", [make_raw("b1@x"), deep_mime(1000, "d2@x"), make_raw("b3@x")])
    (mail / "z.eml").write_bytes(make_raw("z@x"))
    report = import_paths(store, [mail], workers=0)
    assert (report.imported, store.message_count()) == (4, 4)
    assert [p.reason for p in report.problems] == [
        f"message 2 of {mail / 'b.mbox'} was skipped: its MIME parts are nested too deeply "
        "to read; the rest of the import went on.",
        f"{mail / 'deep.eml'} was skipped: its MIME parts are nested too deeply to read; "
        "the rest of the import went on.",
    ]
    assert [p.message for p in report.problems] == [2, 1]
    assert report.summary() == "Imported 4 messages, 2 messages skipped."


def test_a_bad_message_in_a_large_import_parsed_by_worker_processes_is_skipped_alone(
    tmp_path: Path,
) -> None:
    raws = [make_raw(f"m{i}@x") for i in range(700)]
    raws[450] = deep_mime(1000)
    mbox = write_mbox_file(tmp_path / "big.mbox", raws)
    for workers in (0, 2):
        store = MessageStore(db.connect(tmp_path / f"store{workers}.sqlite3"))
        seen: list[ImportProgress] = []
        report = import_paths(store, [mbox], workers=workers, progress=seen.append)
        assert (report.imported, store.message_count()) == (699, 699)
        [problem] = report.problems
        assert problem.message == 451 and "nested too deeply" in problem.reason
        assert seen[-1].bytes_done == seen[-1].bytes_total


def test_nul_bytes_do_not_refuse_an_mbox_and_are_kept_exactly(
    store: MessageStore, tmp_path: Path
) -> None:
    raws = [
        make_raw("n1@x", body="a\x00b"),
        make_raw("n2@x", subject="x\x00y"),
        make_raw("n3@x", extra="X-Binary: \x00\x01\x02"),
        make_raw("plain@x"),
    ]
    report = import_paths(store, [write_mbox_file(tmp_path / "nul.mbox", raws)])
    assert (report.imported, report.problems) == (4, [])
    (tmp_path / "nul.eml").write_bytes(b"\x00" * 0 + make_raw("e@x", body="\x00" * 10))
    assert import_paths(store, [tmp_path / "nul.eml"]).imported == 1
    for raw in raws:
        [row] = store.conn.execute("SELECT id FROM messages WHERE sha256 = ?",
                                   (hashlib.sha256(raw).digest(),)).fetchall()  # fmt: skip
        assert store.raw(row[0]) == raw


def test_only_files_with_from_date_or_message_id_headers_are_taken_as_mail(
    store: MessageStore, tmp_path: Path
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "SOURCES.txt").write_text("README.md\npyproject.toml\napp/x/__init__.py\n")
    (project / "PKG-INFO").write_text("Metadata-Version: 2.1\nName: x\nAuthor-email: a@x\n\nx\n")
    (project / "notes.txt").write_text("From the authors: thanks.\n\nMore text.\n")
    (project / "config.ini").write_text("key: value\nother: 1\n")
    (project / "dated.eml").write_bytes(b"Date: Mon, 5 Jan 2026 10:00:00 +0000\r\n\r\nhi\r\n")
    (project / "from-only.eml").write_bytes(b"X-Spam: no\r\nfrom: a@x\r\n\r\nhi\r\n")
    received = "Received: from a by b; Mon, 5 Jan 2026 10:00:00 +0000\r\n" * 400  # 24 KB
    (project / "long-head.eml").write_bytes(received.encode() + make_raw("long@x"))
    report = import_paths(store, [project])
    assert report.imported == 3
    assert sorted(Path(p.path).name for p in report.problems) == [
        "PKG-INFO", "SOURCES.txt", "config.ini", "notes.txt",
    ]  # fmt: skip
    reasons = {Path(p.path).name: p.reason for p in report.problems}
    assert "no From, Date or Message-ID" in reasons["PKG-INFO"]
    assert "is not an mbox" in reasons["notes.txt"]
    assert report.summary() == "Imported 3 messages, 4 files skipped."


@pytest.mark.parametrize(
    ("suffix", "command"),
    [(".mbox.gz", ["gzip"]), (".mbox.xz", ["xz"]), (".mbox.zst", ["zstd", "-q"]),
     (".mbox.bz2", ["bzip2"])],
)  # fmt: skip
def test_compressed_mbox_files_are_read_by_streaming(
    store: MessageStore, tmp_path: Path, suffix: str, command: list[str]
) -> None:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed")
    raws = [make_raw(f"c{i}@x", body="From the start\r\n" * 50) for i in range(300)]
    plain = write_mbox_file(tmp_path / "list.mbox", raws)
    packed = tmp_path / f"list{suffix}"
    packed.write_bytes(subprocess.run([*command, "-c", str(plain)], check=True,
                                      capture_output=True).stdout)  # fmt: skip
    plain.unlink()
    report = import_paths(store, [packed])
    assert (report.imported, report.problems) == (300, [])
    assert {store.raw(r[0]) for r in store.conn.execute("SELECT id FROM messages")} == set(raws)


def test_a_compressed_file_cut_short_keeps_the_messages_before_the_damage(
    store: MessageStore, tmp_path: Path
) -> None:
    raws = [make_raw(f"t{i}@x", body=f"message {i} " * 200) for i in range(50)]
    data = gzip.compress(b"".join(mbox_entry(m) for m in raws))
    cut = tmp_path / "cut.mbox.gz"
    cut.write_bytes(data[: len(data) // 2])
    report = import_paths(store, [cut])
    assert 0 < report.imported < 50
    [problem] = report.problems
    assert problem.reason == (
        f"{cut} was read only in part: its gzip data is damaged or cut short (EOFError); "
        f"the {report.imported} messages before the damage went in."
    )
    ids = [m.message_id for m in store.find_by_message_id(f"t{report.imported - 1}@x")]
    assert ids == [f"t{report.imported - 1}@x"]


def test_a_google_takeout_mbox_is_imported(store: MessageStore) -> None:
    takeout = Path(__file__).resolve().parents[1] / "corpus" / "mbox" / "google-takeout.mbox"
    report = import_paths(store, [takeout])
    assert (report.imported, report.problems) == (2, [])
    [conversation] = store.conversations()
    assert conversation.message_count == 2


def test_a_message_without_a_date_is_dated_by_its_separator_then_its_file(
    store: MessageStore, tmp_path: Path
) -> None:
    undated = [b"Message-ID: <u%d@x>\r\nFrom: a@x\r\n\r\nx\r\n" % i for i in range(3)]
    mbox = tmp_path / "undated.mbox"
    mbox.write_bytes(b"".join(mbox_entry(raw, when=1_600_000_000 + i * 60)
                              for i, raw in enumerate(undated)))  # fmt: skip
    bare = tmp_path / "bare.mbox"  # Thunderbird's separators carry no time
    bare.write_bytes(b"From \r\nMessage-ID: <bare@x>\r\n\r\nx\r\n\r\n")
    os.utime(bare, (1_500_000_000, 1_500_000_000))
    maildir = write_maildir(tmp_path / "Maildir", [b"Message-ID: <md@x>\r\n\r\nx\r\n"])
    [delivered] = (maildir / "cur").iterdir()
    os.utime(delivered, (1_400_000_000, 1_400_000_000))
    report = import_paths(store, [mbox, bare, maildir])
    assert report.imported == 5
    dates = dict(store.conn.execute("SELECT message_id, date_utc FROM messages").fetchall())
    assert dates == {"u0@x": 1_600_000_000, "u1@x": 1_600_000_060, "u2@x": 1_600_000_120,
                     "bare@x": 1_500_000_000, "md@x": 1_400_000_000}  # fmt: skip


def test_a_symbolic_link_loop_named_by_the_user_is_a_clear_error(
    store: MessageStore, tmp_path: Path
) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    with pytest.raises(NotFoundError, match="is a symbolic link that leads back to itself"):
        import_paths(store, [loop])
