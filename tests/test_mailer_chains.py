"""Long conversations through the Python API: a 1,000-message chain under one thread key
is accepted by a real server and stays one conversation (issue 12, point 2)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from helpers.cli import parsed
from helpers.corpus import require_notmuch, write_maildir
from helpers.smtp_server import CertificateAuthority, SmtpServer
from threadline.core.outlook import MAX_CHILD_BLOCKS, parse_thread_index
from threadline.mailer import Mailer
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import AccountStore

CHAIN = 1000


def notmuch_counts(maildir: Path, scratch: Path) -> tuple[int, int]:
    """``(threads, messages)`` as notmuch counts them (its JSON tree of a 1,000-deep
    chain is too deep for Python's json module)."""
    binary = require_notmuch()
    config = scratch / "notmuch-config"
    config.write_text(f"[database]\npath={maildir}\n[new]\ntags=new;\n", encoding="utf-8")
    env = {**os.environ, "NOTMUCH_CONFIG": str(config)}
    subprocess.run([binary, "new", "--quiet"], check=True, env=env, capture_output=True)

    def count(output: str) -> int:
        done = subprocess.run([binary, "count", f"--output={output}", "*"], check=True,
                              env=env, capture_output=True, text=True)  # fmt: skip
        return int(done.stdout)

    return count("threads"), count("messages")


@pytest.mark.slow
@pytest.mark.oracle
def test_a_thousand_sends_under_one_key_are_accepted_and_stay_one_conversation(
    tmp_path: Path,
) -> None:
    profile = Profile.at(tmp_path / "p").ensure()
    with SmtpServer("plain", CertificateAuthority()) as server:  # 500 for a line > 998
        conn = db.connect(profile.store_path)
        AccountStore(conn).save(server.account())
        conn.close()
        with Mailer.open(profile) as mailer:
            for n in range(CHAIN):
                mailer.send(to="customer@example.com", subject="Ticket 4711", body=f"{n}",
                            thread_key="ticket-4711", queue_only=True)  # fmt: skip
            report = mailer.flush()
        assert report.failed_permanent == {} and report.failed_temporary == {}
        received = [r.data for r in server.received]
    assert len(received) == CHAIN
    for raw in received:
        head = raw.split(b"\r\n\r\n", 1)[0]
        assert max(len(line) for line in head.split(b"\r\n")) <= 998
    messages = [parsed(raw) for raw in received]
    # Outlook's rule: one conversation GUID, one topic, a valid index of bounded depth
    indexes = [parse_thread_index(str(m["Thread-Index"])) for m in messages]
    assert all(index is not None for index in indexes)
    assert len({index.guid for index in indexes if index}) == 1
    assert max(index.depth for index in indexes if index) == MAX_CHILD_BLOCKS
    assert {str(m["Thread-Topic"]) for m in messages} == {"Ticket 4711"}
    # every reply names its parent, and notmuch sees one thread
    ids = [str(m["Message-ID"]) for m in messages]
    assert all(str(m["In-Reply-To"]) == ids[n] for n, m in enumerate(messages[1:]))
    maildir = write_maildir(tmp_path / "mail", received)
    assert notmuch_counts(maildir, tmp_path) == (1, CHAIN)
