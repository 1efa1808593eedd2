"""Fixtures shared by every test: isolated folders, Qt offscreen, no real keyring writes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must not look for a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from threadline.paths import PROFILE_ENV, Profile


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Profile]:
    """A fresh Threadline profile under tmp_path, also set as the default profile."""
    monkeypatch.setenv(PROFILE_ENV, str(tmp_path / "profile"))
    yield Profile.at(tmp_path / "profile").ensure()


@pytest.fixture
def umask_022() -> Iterator[None]:
    """A loose umask, as on most desktops: files 0644 and folders 0755 unless asked."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)
