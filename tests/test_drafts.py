"""Drafts on disk: private files, and ids that can never name a file elsewhere."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from threadline.core.addresses import Address
from threadline.core.compose import Attachment, Draft
from threadline.drafts import (
    DraftWriter,
    SavedDraft,
    delete_draft,
    load_draft,
    load_drafts,
    new_draft_id,
    parts_folder,
    remove_orphan_parts,
    save_draft,
    writer_for,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def a_draft(draft_id: str | None = None, subject: str = "Hello") -> SavedDraft:
    draft = Draft(sender=Address("ann@example.org"), to=[Address("bob@example.net")],
                  subject=subject, body="Hi.")  # fmt: skip
    return SavedDraft(new_draft_id() if draft_id is None else draft_id, draft)


def plant(folder: Path, name: str, draft_id: str) -> Path:
    """A draft file whose JSON claims ``draft_id``, as an attacker would write it."""
    folder.mkdir(parents=True, exist_ok=True)
    donor = folder.parent / "donor"
    donor.mkdir(exist_ok=True)
    written = save_draft(donor, a_draft(subject="Planted"))
    data = json.loads(written.read_text(encoding="utf-8"))
    written.unlink()
    data["id"] = draft_id
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_save_load_delete_round_trip(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    saved = a_draft()
    path = save_draft(folder, saved)
    assert path == folder / f"{saved.draft_id}.json"
    [loaded] = load_drafts(folder)
    assert loaded.draft_id == saved.draft_id and loaded.draft.subject == "Hello"
    delete_draft(folder, saved.draft_id)
    assert load_drafts(folder) == [] and list(folder.iterdir()) == []


@pytest.mark.parametrize("claimed", ["../../victim", "ABSOLUTE"])
def test_a_planted_id_never_reaches_a_file_outside_the_drafts_folder(
    tmp_path: Path, claimed: str
) -> None:
    victim = tmp_path / "victim.json"
    victim.write_text("precious")
    folder = tmp_path / "profile" / "drafts"
    if claimed == "ABSOLUTE":
        claimed = str(victim.with_suffix(""))
    name = f"{'c' * 32}.json"
    plant(folder, name, claimed)
    [loaded] = load_drafts(folder)
    assert loaded.draft_id == "c" * 32  # the id is the file's name, not what the file says
    loaded.draft.subject = "Edited"
    assert save_draft(folder, loaded) == folder / name
    delete_draft(folder, loaded.draft_id)
    assert victim.read_text() == "precious"
    assert sorted(p.name for p in folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profile", "victim.json"]


def test_files_not_named_like_a_draft_are_not_loaded(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    plant(folder, "evil.json", "evil")
    plant(folder, f"{'D' * 32}.json", "D" * 32)
    assert load_drafts(folder) == []


@pytest.mark.parametrize(
    "bad",
    ["../victim", "/tmp/victim", "", "a" * 31, "A" * 32, "g" * 32, "a" * 32 + "/", "a" * 33],
)
def test_save_and_delete_refuse_an_id_not_made_by_new_draft_id(tmp_path: Path, bad: str) -> None:
    folder = tmp_path / "p" / "drafts"
    folder.mkdir(parents=True)
    with pytest.raises(ValueError, match="draft id"):
        save_draft(folder, a_draft(bad))
    with pytest.raises(ValueError, match="draft id"):
        delete_draft(folder, bad)
    assert list(folder.iterdir()) == []


@posix_only
def test_a_link_in_the_drafts_folder_is_not_followed(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    outside = plant(tmp_path / "elsewhere", f"{'e' * 32}.json", "e" * 32)
    folder.mkdir()
    (folder / f"{'e' * 32}.json").symlink_to(outside)
    assert load_drafts(folder) == []
    save_draft(folder, a_draft("e" * 32, subject="Mine"))
    assert json.loads(outside.read_text(encoding="utf-8"))["subject"] == "Planted"
    assert not (folder / f"{'e' * 32}.json").is_symlink()


@posix_only
def test_drafts_are_private_files(tmp_path: Path, umask_022: None) -> None:
    folder = tmp_path / "drafts"
    saved = a_draft()
    leftover = folder / f"{saved.draft_id}.tmp"  # from a crash, written with the old umask
    folder.mkdir()
    leftover.write_text("half")
    leftover.chmod(0o644)
    path = save_draft(folder, saved)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    fresh = save_draft(tmp_path / "new" / "drafts", a_draft())
    assert stat.S_IMODE(fresh.parent.stat().st_mode) == 0o700


def test_a_file_attached_from_disk_is_saved_as_its_path(tmp_path: Path) -> None:
    """Issue 12, point 9: a large file is not copied into every autosave."""
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 100_000)
    attachment = Attachment.from_path(big)
    draft = Draft(sender=Address("a@x.org"), subject="s", attachments=[attachment])
    saved = save_draft(tmp_path / "drafts", SavedDraft(new_draft_id(), draft))
    assert saved.stat().st_size < 5_000
    [loaded] = load_drafts(tmp_path / "drafts")
    [back] = loaded.draft.attachments
    assert (back.path, back.size, back.content()) == (big, 100_000, b"x" * 100_000)


def big_draft(data: bytes, draft_id: str | None = None) -> SavedDraft:
    forwarded = Attachment("scan.pdf", data, "application/pdf")  # bytes held in memory
    draft = Draft(sender=Address("a@x.org"), subject="Fwd: scan", body="See below.",
                  attachments=[forwarded])  # fmt: skip
    return SavedDraft(draft_id or new_draft_id(), draft)


def test_attachment_bytes_are_written_once_and_each_save_writes_only_the_text(
    tmp_path: Path,
) -> None:
    """Issue 17, point 6: a forwarded 3 MB attachment was base64 in every autosave."""
    folder = tmp_path / "drafts"
    saved = big_draft(b"\x00pdf" * 750_000)
    digests: dict[int, tuple[bytes, str]] = {}
    path = save_draft(folder, saved, digests=digests)
    [part] = list(parts_folder(folder, saved.draft_id).iterdir())
    written = part.stat()
    assert path.stat().st_size < 2_000 and written.st_size == 3_000_000
    assert stat.S_IMODE(written.st_mode) == 0o600
    saved.draft.body = "See below. Edited."
    save_draft(folder, saved, digests=digests)
    again = part.stat()
    assert (again.st_ino, again.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
    [loaded] = load_drafts(folder)
    [back] = loaded.draft.attachments
    assert (back.filename, back.content_type, back.size) == ("scan.pdf", "application/pdf",
                                                            3_000_000)  # fmt: skip
    assert back.path == part and back.content() == b"\x00pdf" * 750_000


def test_a_draft_read_back_keeps_its_parts_when_saved_again(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    save_draft(folder, big_draft(b"abc", "b" * 32))
    [loaded] = load_drafts(folder)
    loaded.draft.subject = "Fwd: scan, edited"
    save_draft(folder, loaded)
    [again] = load_drafts(folder)
    assert again.draft.attachments[0].content() == b"abc"
    assert json.loads((folder / f"{'b' * 32}.json").read_text())["attachments"][0]["part"]


def test_parts_no_longer_used_are_removed_and_deleting_removes_them_all(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    saved = big_draft(b"first")
    save_draft(folder, saved)
    saved.draft.attachments = [Attachment("other.txt", b"second", "text/plain")]
    save_draft(folder, saved)
    place = parts_folder(folder, saved.draft_id)
    assert [p.read_bytes() for p in place.iterdir()] == [b"second"]
    delete_draft(folder, saved.draft_id, keep_parts=True)  # sent, Undo may bring it back
    assert load_drafts(folder) == [] and place.is_dir()
    assert remove_orphan_parts(folder, min_age=3600) == 0  # too young: an Undo may want it
    assert remove_orphan_parts(folder, min_age=0) == 1
    assert list(folder.iterdir()) == []
    save_draft(folder, saved)
    delete_draft(folder, saved.draft_id)
    assert list(folder.iterdir()) == []


def test_a_forwarded_message_is_kept_and_a_listing_does_not_read_it(tmp_path: Path) -> None:
    """Attached messages (a message taken back from the outbox) were dropped from drafts."""
    folder = tmp_path / "drafts"
    raw = b"Subject: Original\r\n\r\nText\r\n"
    draft = Draft(sender=Address("a@x.org"), subject="Fwd: Original", attached_messages=[raw])
    saved = save_draft(folder, SavedDraft("c" * 32, draft))
    assert raw not in saved.read_bytes()
    assert load_draft(folder, "c" * 32).draft.attached_messages == [raw]  # type: ignore[union-attr]
    [listed] = load_drafts(folder, messages=False)
    assert listed.draft.attached_messages == [] and listed.saved_at > 0


def test_a_part_name_that_is_a_path_is_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    save_draft(folder, big_draft(b"abc", "d" * 32))
    file = folder / f"{'d' * 32}.json"
    data = json.loads(file.read_text())
    data["attachments"][0]["part"] = "../../victim"
    file.write_text(json.dumps(data))
    assert load_drafts(folder) == [] and load_draft(folder, "d" * 32) is None


def test_drafts_written_with_their_bytes_inside_still_load(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    save_draft(folder, a_draft("e" * 32))
    file = folder / f"{'e' * 32}.json"
    data = json.loads(file.read_text())
    data["attachments"] = [{"filename": "a.txt", "type": "text/plain", "data": "aGk="}]
    del data["attached_messages"]
    file.write_text(json.dumps(data))
    [loaded] = load_drafts(folder)
    assert loaded.draft.attachments[0].content() == b"hi"


def test_the_writer_writes_in_order_and_a_newer_save_replaces_a_waiting_one(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "drafts"
    writer = DraftWriter(folder)
    told: list[tuple[str, Exception | None]] = []
    started, gate = threading.Event(), threading.Event()
    writer._submit("", lambda: started.set() or gate.wait(10), None)  # hold the thread
    try:
        assert started.wait(10)  # the saves below wait in line
        first, second = a_draft("f" * 32, subject="One"), a_draft("f" * 32, subject="Two")
        writer.save(first, lambda error: told.append(("one", error)))
        writer.save(second, lambda error: told.append(("two", error)))
        writer.save(a_draft("a" * 32), None)
        writer.delete("a" * 32)  # after a save that has not started: nothing is written
        assert [job.draft_id for job in writer._jobs] == ["f" * 32, "a" * 32]
    finally:
        gate.set()
    assert writer.wait(timeout=10)
    [loaded] = load_drafts(folder)
    assert loaded.draft.subject == "Two"
    assert told == [("one", None), ("two", None)]  # both callers hear the newer save


def test_the_writer_reports_a_failed_write_and_keeps_going(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the drafts folder should be")
    writer = DraftWriter(blocked)
    errors: list[Exception | None] = []
    writer.save(a_draft(), errors.append)
    assert writer.wait(timeout=10)
    assert len(errors) == 1 and isinstance(errors[0], OSError)
    fine = DraftWriter(tmp_path / "drafts")
    fine.save(a_draft(), errors.append)
    assert fine.wait(timeout=10) and errors[1] is None


def test_one_writer_per_folder(tmp_path: Path) -> None:
    assert writer_for(tmp_path / "d") is writer_for(tmp_path / "x" / ".." / "d")
    assert writer_for(tmp_path / "d") is not writer_for(tmp_path / "e")


def test_a_message_taken_back_from_the_outbox_keeps_its_id_in_its_draft(tmp_path: Path) -> None:
    saved = a_draft()
    saved.draft.resumed_id = "kept@example.org"
    saved.draft.resumed_recipients = ("bob@example.net",)
    save_draft(tmp_path, saved)
    [loaded] = load_drafts(tmp_path)
    assert loaded.draft.resumed_id == "kept@example.org"
    assert loaded.draft.kept_message_id() == "<kept@example.org>"
