"""Fixtures shared by every test: isolated folders, Qt offscreen, no real keyring writes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must not look for a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests expect English words and formats (the source text) whatever the developer's
# desktop speaks; a test of another language asks for it (THREADLINE_LANG, LANG, --lang).
for _name in ("THREADLINE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

from threadline.paths import PROFILE_ENV, Profile  # noqa: E402 (after the environment)


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
