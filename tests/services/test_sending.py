"""The outbox runner: leases keep two processes from sending one message twice.

Real processes (``threadline outbox flush``) race an in-process runner over one store,
against a real aiosmtpd server that records every message it accepts.
"""

from __future__ import annotations

import email
import os
import subprocess
import sys
import threading
from collections import Counter
from email import policy
from pathlib import Path

import pytest

from helpers.smtp_server import CertificateAuthority, SmtpServer, test_ca
from threadline.core.addresses import Address
from threadline.core.compose import Draft
from threadline.paths import Profile
from threadline.services.sending import OutboxRunner, owner_alive, queue_draft
from threadline.store import db
from threadline.store.accounts import AccountStore
from threadline.store.outbox import Outbox, OutboxState

ROOT = Path(__file__).resolve().parents[2]
__all__ = ["test_ca"]  # the fixture, for this module


def received_ids(server: SmtpServer) -> list[str]:
    return [
        str(email.message_from_bytes(r.data, policy=policy.default)["Message-ID"]).strip("<>")
        for r in server.received
    ]


def flush_process(profile: Profile) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "app")}
    return subprocess.Popen(
        [sys.executable, "-m", "threadline", "--profile", str(profile.data_dir.parent),
         "outbox", "flush"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


@pytest.fixture
def server(test_ca: CertificateAuthority) -> SmtpServer:
    with SmtpServer("plain", test_ca) as running:
        yield running  # type: ignore[misc]


def queue(profile: Profile, server: SmtpServer, count: int) -> list[str]:
    conn = db.connect(profile.store_path)
    account = AccountStore(conn).save(server.account())
    ids = [
        queue_draft(conn, account, Draft(sender=account.sender, to=[Address("bob@example.net")],
                                         subject=f"race {n}")).message_id
        for n in range(count)
    ]  # fmt: skip
    conn.close()
    return ids


@pytest.mark.slow
def test_two_processes_and_a_runner_deliver_each_message_exactly_once(
    profile: Profile, server: SmtpServer
) -> None:
    queued = queue(profile, server, 50)
    children = [flush_process(profile), flush_process(profile)]
    conn = db.connect(profile.store_path)
    report = OutboxRunner(conn).run()
    outputs = [child.communicate(timeout=120) for child in children]
    for child, (_out, err) in zip(children, outputs, strict=True):
        assert child.returncode in (0, 75), err
        assert "Traceback" not in err
    counts = Counter(received_ids(server))
    assert sorted(counts) == sorted(queued)
    assert set(counts.values()) == {1}, [k for k, v in counts.items() if v > 1]
    sent = Outbox(conn).entries([OutboxState.SENT])
    assert len(sent) == 50 and Outbox(conn).entries() == []
    assert report.failed_temporary == {} and report.failed_permanent == {}


def test_a_message_another_process_is_sending_is_reported_busy_not_sent_again(
    profile: Profile, server: SmtpServer
) -> None:
    [message_id] = queue(profile, server, 1)
    server.faults.hold = threading.Event()
    child = flush_process(profile)
    try:
        assert server.faults.holding.wait(timeout=60), "the first sender never got to DATA"
        conn = db.connect(profile.store_path)
        report = OutboxRunner(conn).run()  # "Send now" while the first one sends
        assert report.sent == [] and report.busy == [1] and report.exit_code == 75
        again = subprocess.run(
            [sys.executable, "-m", "threadline", "--profile", str(profile.data_dir.parent),
             "outbox", "flush"],
            env={**os.environ, "PYTHONPATH": str(ROOT / "app")},
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert again.returncode == 75
        assert "being sent by another Threadline" in again.stderr
    finally:
        server.faults.hold.set()
    _out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert received_ids(server) == [message_id]


def test_recovery_requeues_only_rows_whose_owner_is_gone(
    profile: Profile, server: SmtpServer
) -> None:
    queue(profile, server, 3)
    conn = db.connect(profile.store_path)
    outbox = Outbox(conn)
    live, dead = "live-owner", "dead-owner"
    [first] = outbox.claim_due(live, entry_ids=[1])
    [second] = outbox.claim_due(dead, entry_ids=[2])
    outbox.begin_attempt(first.id, live)
    outbox.begin_attempt(second.id, dead)
    assert outbox.claim_due("third", entry_ids=[1, 2]) == []  # both are held
    runner = OutboxRunner(conn, alive=lambda owner: owner != dead)
    assert runner.recover() == 1
    assert outbox.get(1).state is OutboxState.SENDING  # a live owner keeps its message
    assert outbox.get(2).state is OutboxState.QUEUED
    assert outbox.attempts(2)[-1].outcome == "interrupted"
    assert runner.recover() == 1  # once per runner: the answer is remembered
    report = runner.run()
    assert sorted(report.sent) == [2, 3] and report.busy == [1]
    assert len(server.received) == 2


def test_an_expired_lease_is_taken_over(profile: Profile, server: SmtpServer) -> None:
    queue(profile, server, 1)
    conn = db.connect(profile.store_path)
    outbox = Outbox(conn)
    assert outbox.claim_due("gone", lease_seconds=-1)  # claimed, then expired at once
    runner = OutboxRunner(conn)
    report = runner.run()
    assert report.sent == [1] and report.busy == []


def test_a_message_held_by_another_process_cannot_be_deleted(
    profile: Profile, server: SmtpServer
) -> None:
    queue(profile, server, 1)
    conn = db.connect(profile.store_path)
    outbox = Outbox(conn)
    outbox.claim_due("other")
    with pytest.raises(Exception, match="being sent right now"):
        outbox.delete(1)
    outbox.release("other")
    outbox.delete(1)
    assert outbox.entries() == []


def test_owner_alive_knows_a_dead_process() -> None:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    assert owner_alive(f"{os.getpid()}:abc")
    assert not owner_alive(f"{child.stdout.strip()}:abc")
    assert owner_alive("written-by-another-version")
