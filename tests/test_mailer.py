"""The Python API: Mailer.send with thread keys, and two senders racing on one key."""

from __future__ import annotations

import threading
from pathlib import Path

from helpers.smtp_server import CertificateAuthority, SmtpServer
from threadline.mailer import Mailer
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import AccountStore
from threadline.store.thread_keys import ThreadKeys


def test_mailer_sends_a_keyed_chain_and_two_racing_senders_share_one_conversation(
    tmp_path: Path,
) -> None:
    profile = Profile.at(tmp_path / "p").ensure()
    with SmtpServer("plain", CertificateAuthority()) as server:
        conn = db.connect(profile.store_path)
        AccountStore(conn).save(server.account())
        conn.close()
        with Mailer.open(profile) as mailer:
            first = mailer.send(to="a@example.com", subject="Nightly report", body="ok",
                                thread_key="nightly")  # fmt: skip
            second = mailer.send(to="a@example.com", body="ok again", thread_key="nightly")
        assert first.state == second.state == "sent"
        assert len(server.received) == 2
        barrier = threading.Barrier(2)
        results = []

        def racer() -> None:
            with Mailer.open(profile) as racing:
                barrier.wait(timeout=30)
                results.append(racing.send(to="a@example.com", subject="Race", body="x",
                                           thread_key="race", queue_only=True))  # fmt: skip

        threads = [threading.Thread(target=racer) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert len(results) == 2
        conn = db.connect(profile.store_path)
        key = ThreadKeys(conn).get("race")
        assert key is not None and key.messages == 2
        # exactly one of them started the conversation; the other replied to it
        assert key.last_references == (min(results, key=lambda r: r.outbox_id).message_id,)
    with Mailer.open(profile) as mailer:  # keys survive a restart
        assert (
            mailer.preview(to="a@example.com", body="x", thread_key="nightly").count(
                second.message_id.encode()
            )
            == 2
        )  # In-Reply-To and References


def test_a_refusal_is_reported_once_the_library_prints_nothing(tmp_path: Path) -> None:
    """A script gets the refusal in its result; the library's log records are not printed
    as well (issue 12, point 10: the 'refused' line came twice)."""
    import subprocess
    import sys

    profile = Profile.at(tmp_path / "p").ensure()
    with SmtpServer("plain", CertificateAuthority()) as server:
        conn = db.connect(profile.store_path)
        AccountStore(conn).save(server.account())
        conn.close()
        server.faults.data_reply = "554 5.7.1 No thanks"
        script = (
            "import sys\nfrom threadline.mailer import Mailer\n"
            f"with Mailer.open({str(tmp_path / 'p')!r}) as m:\n"
            "    r = m.send(to='a@example.com', subject='s', body='x')\n"
            "print(r.state, r.error)\n"
        )
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("failed-permanent ") and "No thanks" in done.stdout
    assert done.stderr == ""
