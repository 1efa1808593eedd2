"""Sending benchmark: the outbox against two bare smtplib baselines, same process.

The server is aiosmtpd in a child process (a real server never shares the client's
interpreter; in-process it would compete with the client for the GIL).

    .venv/bin/python bench/bench_send.py --messages 2000

Sends N queued messages to aiosmtpd on 127.0.0.1 (plain, loopback) through the
durable outbox (every attempt recorded, every sent message filed in its conversation),
then the same N messages with (a) a new smtplib connection per message and (b) a bare
smtplib loop over one connection. Prints messages/s and the ratios.
"""

from __future__ import annotations

import argparse
import contextlib
import smtplib
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "app"), str(ROOT / "tests")]

from helpers.smtp_server import free_port  # noqa: E402
from threadline.core.addresses import Address  # noqa: E402
from threadline.core.compose import Draft  # noqa: E402
from threadline.services.sending import flush, queue_draft  # noqa: E402
from threadline.store import db  # noqa: E402
from threadline.store.accounts import Account, AccountStore  # noqa: E402
from threadline.store.outbox import Outbox  # noqa: E402

BODY = "Ticket update.\n" + "The deployment finished; details follow in the log.\n" * 30


@contextlib.contextmanager
def sink_server() -> Iterator[int]:
    """aiosmtpd's Sink handler (accepts and discards) in a child process; yields its port."""
    port = free_port()
    child = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
         "-c", "aiosmtpd.handlers.Sink"],
    )  # fmt: skip
    try:
        for _ in range(200):  # wait until it listens (the first connection proves it)
            try:
                with smtplib.SMTP("127.0.0.1", port, local_hostname="[127.0.0.1]", timeout=1):
                    break
            except OSError:
                time.sleep(0.05)  # a benchmark, not a test: polling a child's start is fine
        yield port
    finally:
        child.terminate()
        child.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=2000)
    count = parser.parse_args().messages
    with (
        tempfile.TemporaryDirectory() as scratch,
        sink_server() as port,
    ):
        conn = db.connect(Path(scratch) / "store.sqlite3")
        account = AccountStore(conn).save(
            Account(
                id="bench", address="ann@example.org", smtp_host="127.0.0.1", smtp_port=port,
                security="none", auth_method="none",
            )
        )  # fmt: skip
        to = [Address("ops@example.net", "Ops")]
        start = time.perf_counter()
        for n in range(count):
            queue_draft(
                conn, account, Draft(sender=account.sender, to=to, subject=f"Ticket {n}", body=BODY)
            )
        queue_seconds = time.perf_counter() - start
        start = time.perf_counter()
        report = flush(conn, timeout=30)
        outbox_seconds = time.perf_counter() - start
        assert len(report.sent) == count
        raws = [Outbox(conn).raw(entry.id) for entry in Outbox(conn).entries(["sent"])]

        start = time.perf_counter()
        for raw in raws:
            with smtplib.SMTP("127.0.0.1", port, local_hostname="[127.0.0.1]") as smtp:
                smtp.sendmail(account.address, ["ops@example.net"], raw)
        per_message_seconds = time.perf_counter() - start

        start = time.perf_counter()
        with smtplib.SMTP("127.0.0.1", port, local_hostname="[127.0.0.1]") as smtp:
            for raw in raws:
                smtp.sendmail(account.address, ["ops@example.net"], raw)
                smtp.rset()
        one_connection_seconds = time.perf_counter() - start
    outbox_rate = count / outbox_seconds
    per_message_rate = count / per_message_seconds
    bare_rate = count / one_connection_seconds
    print(f"{count} messages of {len(raws[0])} bytes to aiosmtpd on 127.0.0.1")
    print(f"queueing (build + store):            {count / queue_seconds:8.0f} messages/s")
    print(f"outbox flush (durable, one conn):    {outbox_rate:8.0f} messages/s")
    print(
        f"baseline: new connection per message {per_message_rate:8.0f} messages/s"
        f"  -> outbox is {outbox_rate / per_message_rate:.2f}x"
    )
    print(
        f"baseline: bare loop, one connection  {bare_rate:8.0f} messages/s"
        f"  -> outbox is {outbox_rate / bare_rate:.0%} of it"
    )


if __name__ == "__main__":
    main()
