"""Hostile mail through real processes, each under a time limit, with the traps watched.

A regression here shows as a hang (the FIFO), a crash (``/dev/zero``), an open of the
canary seen by inotify, or a request at the counting HTTP server.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.hostile import Traps, traps
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.importer import import_bytes
from threadline.store.messages import MessageStore

ROOT = Path(__file__).resolve().parents[2]

#: Opens every conversation, paints it, and replies to and forwards its newest message.
RENDER_EVERYTHING = """
import sys
from threadline.core.reply import ReplyMode
from threadline.paths import Profile
from threadline.ui.app import create_application
from threadline.ui.main_window import MainWindow

app = create_application()
window = MainWindow(Profile.at(sys.argv[1]))
window.show()
shown = 0
for row in range(window.model.rowCount()):
    window.list.setCurrentIndex(window.model.index(row, 0))
    app.processEvents()
    window.reader.expand_all()
    for card in window.reader.cards:
        card.body.document().size()
        card.grab()
        shown += 1
    window.grab()
    for composer in (window.reply(ReplyMode.ALL), window.forward()):
        assert composer is not None
        composer.grab()
        composer.close()
window.close()  # stops the app's outbox thread
print("rendered", shown)
"""


@pytest.fixture
def trap(tmp_path: Path) -> Iterator[Traps]:
    with traps(tmp_path) as made:
        yield made


@pytest.fixture
def hostile_profile(tmp_path: Path, trap: Traps) -> Profile:
    profile = Profile.at(tmp_path / "profile").ensure()
    conn = db.connect(profile.store_path)
    assert import_bytes(MessageStore(conn), trap.messages()).imported == 5
    AccountStore(conn).save(
        Account(id="", address="ann@example.org", display_name="Ann",
                smtp_host="127.0.0.1", smtp_port=2525, security="none", auth_method="none")
    )  # fmt: skip
    conn.close()
    return profile


def run(args: list[str], cwd: Path, limit: float) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "app")}
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=limit, check=False
    )


def test_rendering_replying_and_forwarding_hostile_mail_opens_nothing_outside_the_profile(
    hostile_profile: Profile, trap: Traps
) -> None:
    # run from the trap folder, so relative image names point at the canary too
    done = run([sys.executable, "-c", RENDER_EVERYTHING, str(hostile_profile.data_dir.parent)],
               cwd=trap.folder, limit=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["rendered", "5"]  # every message of the corpus, once
    assert trap.touched() == []


def test_threadline_starts_with_hostile_mail_in_the_store(
    hostile_profile: Profile, trap: Traps
) -> None:
    started = time.monotonic()
    done = run(
        [sys.executable, "-m", "threadline", "--profile", str(hostile_profile.data_dir.parent),
         "--smoke-test"],
        cwd=trap.folder, limit=30,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started < 30
    assert trap.touched() == []


def test_the_demo_leaves_nothing_behind(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "app"),
           "TMPDIR": str(scratch)}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "threadline", "--demo", "--smoke-test"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert not list(scratch.glob("threadline-demo-*"))  # its throw-away profile is gone
