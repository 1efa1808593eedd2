"""Drafts on disk: private files, and ids that can never name a file elsewhere."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from threadline.core.addresses import Address
from threadline.core.compose import Attachment, Draft
from threadline.drafts import SavedDraft, delete_draft, load_drafts, new_draft_id, save_draft

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
