"""The hostile corpus (tests/corpus/hostile) through the command line, as real processes.

import, threads, show and a reply to every message (send --dry-run --in-reply-to) each
finish in time, print no control sequences, open nothing outside the profile and reach no
server; replies keep threading headers on one line each.
"""

from __future__ import annotations

import email
import re
import subprocess
import sys
from collections.abc import Iterator
from email import policy
from pathlib import Path

import pytest

from helpers.hostile import Traps, traps

CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def trap(tmp_path: Path) -> Iterator[Traps]:
    with traps(tmp_path) as made:
        yield made


def run(profile: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "threadline", "--profile", str(profile), *args],
        cwd=cwd, capture_output=True, text=True, timeout=60, encoding="utf-8",
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    assert not CONTROLS.findall(done.stdout), done.stdout
    return done


def test_the_cli_handles_every_hostile_message(tmp_path: Path, trap: Traps) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    for number, raw in enumerate(trap.messages()):
        (folder / f"{number}.eml").write_bytes(raw)
    profile = tmp_path / "profile"
    assert run(profile, trap.folder, "import", str(folder)).returncode == 0
    assert run(profile, trap.folder, "accounts", "add", "ann@example.org", "--host",
               "127.0.0.1", "--port", "2525", "--security", "none",
               "--no-auth").returncode == 0  # fmt: skip
    listing = run(profile, trap.folder, "threads")
    assert listing.returncode == 0
    numbers = re.findall(r"^\s*(\d+)\s", listing.stdout, re.MULTILINE)
    assert len(numbers) == 3  # the statement thread holds 3 of the 5 messages
    for number in numbers:
        shown = run(profile, trap.folder, "show", number)
        assert shown.returncode == 0 and shown.stdout.strip()
        reply = run(profile, trap.folder, "send", "--dry-run", "--thread", number,
                    "--body", "Noted.")  # fmt: skip
        assert reply.returncode == 0, reply.stderr
        built = email.message_from_string(reply.stdout, policy=policy.default)
        assert built["In-Reply-To"] and built["References"]
        for name in ("Subject", "In-Reply-To", "References", "Thread-Topic"):
            assert "\r" not in str(built[name]) and "\n" not in str(built[name])
    assert trap.touched() == []
