"""The real-mail corpora in ../shared/corpora (present in CI; optional elsewhere)."""

from __future__ import annotations

import gzip
import mailbox
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

#: The shared folder sits beside the repository root.
CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"


def require_corpora() -> Path:
    """The corpora folder; skip the test when absent (a failure in CI, where it must be)."""
    if not CORPORA.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the shared mail corpora are missing in CI: {CORPORA}")
        pytest.skip(f"shared mail corpora not found at {CORPORA}")
    return CORPORA


def corpus_messages(root: Path) -> Iterator[tuple[str, bytes]]:
    """Every message file under ``root`` (notmuch corpora, CPython's test messages)."""
    for path in sorted(root.rglob("*")):
        if (
            path.is_file()
            and not path.name.endswith((".json", ".gz", ".html"))
            and path.name
            not in (
                "README",
                "README.txt",
                "SOURCES.txt",
            )
        ):
            yield str(path.relative_to(root)), path.read_bytes()


def fedora_mbox_messages(root: Path) -> Iterator[bytes]:
    """The Fedora devel list month, message by message, as raw bytes."""
    archive = root / "fedora-devel-list-2010-01" / "2010-January.txt.gz"
    with gzip.open(archive, "rb") as src:
        data = src.read()
    scratch = Path(os.environ.get("TMPDIR", "/tmp")) / f"threadline-fedora-{os.getpid()}.mbox"
    scratch.write_bytes(data)
    box = mailbox.mbox(scratch, create=False)
    try:
        for key in box.iterkeys():
            yield box.get_bytes(key)
    finally:
        box.close()
        scratch.unlink(missing_ok=True)
