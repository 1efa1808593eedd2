"""A sender killed at any moment loses nothing: restart resends exactly the unconfirmed."""

from __future__ import annotations

import email
import random
import signal
import subprocess
import sys
import threading
from email import policy
from pathlib import Path

import pytest

from helpers.smtp_server import CertificateAuthority, SmtpServer
from threadline.core.addresses import Address
from threadline.core.compose import Draft
from threadline.services.sending import flush, queue_draft
from threadline.store import db
from threadline.store.accounts import AccountStore
from threadline.store.messages import MessageStore
from threadline.store.outbox import Outbox

SENDER_SCRIPT = """
import sys
from threadline.services.sending import flush
from threadline.store import db
flush(db.connect(sys.argv[1]), timeout=30)
"""
BATCH = 6


def message_ids(server: SmtpServer) -> list[str]:
    return [
        str(email.message_from_bytes(r.data, policy=policy.default)["Message-ID"]).strip("<>")
        for r in server.received
    ]


@pytest.mark.slow
@pytest.mark.parametrize("after_accept", [False, True], ids=["before-250", "after-250"])
def test_killed_sender_resends_exactly_what_was_not_confirmed(
    tmp_path: Path, test_ca: CertificateAuthority, after_accept: bool
) -> None:
    rng = random.Random(20261124 + after_accept)
    for round_number in range(3):
        kill_at = rng.randint(1, BATCH)  # the DATA command during which the sender dies
        store_path = tmp_path / f"round{round_number}.sqlite3"
        conn = db.connect(store_path)
        with SmtpServer("plain", test_ca) as server:
            account = AccountStore(conn).save(server.account())
            queued = [
                queue_draft(
                    conn,
                    account,
                    Draft(sender=account.sender, to=[Address("bob@example.net")], subject=f"m{i}"),
                )
                for i in range(BATCH)
            ]
            server.faults.hold = threading.Event()
            server.faults.hold_at = kill_at
            server.faults.hold_after_accept = after_accept
            server.faults.forget_held = not after_accept
            child = subprocess.Popen([sys.executable, "-c", SENDER_SCRIPT, str(store_path)])
            try:
                assert server.faults.holding.wait(timeout=60), "the sender never got there"
                child.send_signal(signal.SIGKILL)
                assert child.wait(timeout=30) == -signal.SIGKILL
            finally:
                child.kill()
                server.faults.hold.set()
            server.faults.hold = None
            confirmed = {e.message_id for e in Outbox(conn).entries(["sent"])}
            assert len(confirmed) == kill_at - 1
            assert len(Outbox(conn).entries(["sending"])) == 1  # the one in flight
            # restart: the outbox sends the rest, with the same Message-IDs
            report = flush(conn, timeout=10)
            assert report.exit_code == 0
            expected = [q.message_id for q in queued]
            got = message_ids(server)
            in_flight = expected[kill_at - 1]
            if after_accept:
                # the server took it but the sender died before recording that: sent twice
                assert got == [*expected[:kill_at], *expected[kill_at - 1 :]]
            else:
                assert got == expected
            assert got.count(in_flight) == (2 if after_accept else 1)
            assert {e.message_id for e in Outbox(conn).entries(["sent"])} == set(expected)
            store = MessageStore(conn)
            filed = [
                m.message_id
                for c in store.conversations()
                for m in store.thread_messages(c.thread_id)
            ]
            assert set(filed) == set(expected)  # every sent message is in its conversation
        conn.close()
