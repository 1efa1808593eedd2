"""``threadline threads`` and ``show`` print encoded subjects and names decoded
(issue 12, point 20)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from helpers.mail import make_raw
from threadline.commands.threads import run_show, run_threads
from threadline.paths import Profile
from threadline.store import db
from threadline.store.messages import MessageStore


def test_threads_and_show_print_them_decoded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "profile"
    conn = db.connect(Profile.at(folder).ensure().store_path)
    MessageStore(conn).add_message(make_raw(
        "cafe@x",
        subject="=?iso-8859-1?q?caf=C3=A9?= =?utf-8?q?_pl?=\r\n =?utf-8?q?ans?=",
        sender="=?x-unknown?q?Zo=C3=AB?= <zoe@example.org>",
        body="See you there.",
    ))  # fmt: skip
    conn.close()
    assert run_threads(argparse.Namespace(profile=str(folder), limit=50, search=None)) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert "  café plans  — Zoë" in line
    thread = int(line.split()[0])
    assert run_show(argparse.Namespace(profile=str(folder), thread=thread)) == 0
    title, sender, snippet = capsys.readouterr().out.splitlines()
    assert title == "café plans  (1 message)"
    assert sender.endswith("  Zoë  <cafe@x>")  # the sender, then the Message-ID
    assert snippet == "  See you there."
