"""The profile folder: created private, and an existing too-open one tightened at start."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers.files import mode
from threadline.cli import main
from threadline.paths import Profile

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

NOTICE = "Threadline files private to you (they were readable by other users)."


def open_profile(root: Path) -> Profile:
    """A profile as an older Threadline left it: everything readable by others."""
    profile = Profile.at(root)
    for folder in (profile.data_dir, profile.config_dir, profile.drafts_dir):
        folder.mkdir(parents=True)
        folder.chmod(0o755)
    for name in ("", "-wal", "-shm"):
        path = Path(f"{profile.store_path}{name}")
        path.write_bytes(b"")
        path.chmod(0o644)
    draft = profile.drafts_dir / f"{'a' * 32}.json"
    draft.write_text("{}")
    draft.chmod(0o644)
    return profile


def test_a_new_profile_is_private(tmp_path: Path, umask_022: None) -> None:
    profile = Profile.at(tmp_path / "p").ensure()
    assert mode(profile.data_dir) == mode(profile.config_dir) == 0o700
    assert profile.tightened == ()


def test_ensure_tightens_an_existing_open_profile_and_says_what(
    tmp_path: Path, umask_022: None
) -> None:
    profile = open_profile(tmp_path / "p")
    outsider = tmp_path / "elsewhere.txt"
    outsider.write_text("not ours")
    outsider.chmod(0o644)
    (profile.drafts_dir / f"{'b' * 32}.json").symlink_to(outsider)
    ensured = profile.ensure()
    expected = {
        profile.data_dir,
        profile.config_dir,
        profile.drafts_dir,
        profile.store_path,
        Path(f"{profile.store_path}-wal"),
        Path(f"{profile.store_path}-shm"),
        profile.drafts_dir / f"{'a' * 32}.json",
    }
    assert set(ensured.tightened) == expected
    for path in expected:
        assert mode(path) & 0o077 == 0, path
    assert mode(outsider) == 0o644  # a link in the drafts folder is not followed
    assert ensured == profile  # still the same profile
    assert profile.ensure().tightened == ()  # nothing left to do


def test_the_cli_says_in_one_line_that_it_made_files_private(
    tmp_path: Path, umask_022: None, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = open_profile(tmp_path / "p")
    assert main(["--profile", str(tmp_path / "p"), "threads"]) == 0
    err = capsys.readouterr().err
    assert f"threadline: Made 7 {NOTICE}" in err.splitlines()
    assert mode(profile.store_path) == 0o600
    assert main(["--profile", str(tmp_path / "p"), "threads"]) == 0
    assert NOTICE not in capsys.readouterr().err
