"""``threadline outbox``: list what waits and why, flush, retry and delete.

(``test_commands_outbox``, not ``test_outbox``: tests/store/test_store_outbox.py tests
the store's outbox, and test module names must be unique.)
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

import pytest

from helpers.cli import parsed, profile, run, smtp_server
from helpers.smtp_server import SmtpServer
from threadline.commands.outbox import run_delete, run_list, run_retry
from threadline.core.addresses import Address
from threadline.core.compose import Draft
from threadline.errors import InvalidInputError, NotFoundError
from threadline.paths import Profile
from threadline.services.sending import queue_draft
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.outbox import Outbox, OutboxState

__all__ = ["profile", "smtp_server"]


def test_queue_only_then_outbox_list_and_flush(profile: Path, smtp_server: SmtpServer) -> None:
    queued = run(profile, "send", "--to", "a@example.com", "--subject", "Later", "--queue-only",
                 "--body", "x")  # fmt: skip
    assert queued.returncode == 0 and smtp_server.received == []
    listing = run(profile, "outbox")
    assert "queued" in listing.stdout and "Later" in listing.stdout
    flushed = run(profile, "outbox", "flush")
    assert flushed.returncode == 0
    assert flushed.stdout.strip() == "Sent 1; waiting for a retry 0; refused 0."
    assert parsed(smtp_server.received[0].data)["Message-ID"] == queued.stdout.strip()
    assert run(profile, "outbox").stdout.strip() == "The outbox is empty."


ACCOUNT = Account(id="ops", address="ops@example.org", smtp_host="127.0.0.1", smtp_port=2525,
                  security="none", auth_method="none")  # fmt: skip


@pytest.fixture
def waiting(tmp_path: Path) -> tuple[argparse.Namespace, dict[str, int]]:
    """A profile whose outbox holds a held-back, a refused and a retrying message."""
    folder = tmp_path / "profile"
    conn = db.connect(Profile.at(folder).ensure().store_path)
    AccountStore(conn).save(ACCOUNT)
    ids = {}
    for subject, due in (("Held", time.time() + 3600), ("Refused", 0), ("Retrying", 0)):
        draft = Draft(sender=ACCOUNT.sender, to=[Address("bob@example.net")], subject=subject)
        ids[subject] = queue_draft(conn, ACCOUNT, draft, due_at=due).outbox_id
    outbox = Outbox(conn)
    outbox.record_failure(ids["Refused"], None, "554 5.7.1 No thanks", temporary=False)
    outbox.record_failure(ids["Retrying"], None, "451 4.3.0 Busy", temporary=True)
    conn.close()
    return argparse.Namespace(profile=str(folder)), ids


def test_the_list_says_when_each_message_goes_and_what_the_server_said(
    waiting: tuple[argparse.Namespace, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    args, ids = waiting
    assert run_list(args) == 0
    lines = capsys.readouterr().out.splitlines()
    by_id = {int(line.split()[0]): n for n, line in enumerate(lines) if line[:5].strip()}
    held, refused, retrying = (lines[by_id[ids[s]]] for s in ("Held", "Refused", "Retrying"))
    assert re.search(r"held\s+attempts 0 at \d{4}-\d\d-\d\d \d\d:\d\d  Held  -> bob@", held)
    assert re.search(r"failed-permanent\s+attempts 0  Refused", refused)
    assert lines[by_id[ids["Refused"]] + 1] == "       554 5.7.1 No thanks"
    assert re.search(r"failed-temporary\s+attempts 0 next try \d{4}-", retrying)


def test_retry_queues_a_failed_message_again_and_delete_removes_one(
    waiting: tuple[argparse.Namespace, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    args, ids = waiting
    assert run_retry(argparse.Namespace(id=ids["Refused"], **vars(args))) == 0
    assert "is queued again" in capsys.readouterr().out
    with pytest.raises(InvalidInputError, match="is not a failed message"):
        run_retry(argparse.Namespace(id=ids["Held"], **vars(args)))
    assert run_delete(argparse.Namespace(id=ids["Held"], **vars(args))) == 0
    assert capsys.readouterr().out.strip() == f"Message {ids['Held']} was deleted from the outbox."
    with pytest.raises(NotFoundError):
        run_delete(argparse.Namespace(id=ids["Held"], **vars(args)))
    outbox = Outbox(db.connect(Profile.at(args.profile).store_path))
    states = {e.subject: e.state for e in outbox.entries()}
    assert states == {"Refused": OutboxState.QUEUED, "Retrying": OutboxState.FAILED_TEMPORARY}
