"""A long conversation under one thread key: does the time per send stay flat?

    .venv/bin/python bench/bench_thread_key.py --messages 1000

Sends N messages with ``Mailer.send(thread_key=...)`` (each one queued, sent at once to
aiosmtpd on 127.0.0.1 in a child process, and filed in its conversation), each replying
to the one before. Prints the time of the first and the last 100 sends, the longest
header line seen and the depth of the last Thread-Index. Before issue 12 the 145th send
failed for good ("500 Line too long": the Thread-Index passed 998 octets).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "app"), str(ROOT / "tests"), str(ROOT / "bench")]

from bench_send import sink_server  # noqa: E402
from threadline.core.outlook import parse_thread_index  # noqa: E402
from threadline.core.parse import header_text, parse_message  # noqa: E402
from threadline.mailer import Mailer  # noqa: E402
from threadline.paths import Profile  # noqa: E402
from threadline.store import db  # noqa: E402
from threadline.store.accounts import Account, AccountStore  # noqa: E402
from threadline.store.outbox import Outbox  # noqa: E402

BODY = "Ticket update.\n" + "The deployment finished; details follow in the log.\n" * 30
WINDOW = 100


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=1000)
    count = max(parser.parse_args().messages, WINDOW)
    with tempfile.TemporaryDirectory() as scratch, sink_server() as port:
        profile = Profile.at(Path(scratch) / "profile").ensure()
        conn = db.connect(profile.store_path)
        AccountStore(conn).save(
            Account(id="bench", address="ann@example.org", smtp_host="127.0.0.1",
                    smtp_port=port, security="none", auth_method="none")
        )  # fmt: skip
        conn.close()
        times: list[float] = []
        states: set[str] = set()
        with Mailer.open(profile) as mailer:
            for _ in range(count):
                start = time.perf_counter()
                result = mailer.send(to="customer@example.com", subject="Ticket 4711",
                                     body=BODY, thread_key="ticket-4711")  # fmt: skip
                times.append(time.perf_counter() - start)
                states.add(result.state)
            outbox = Outbox(mailer.conn)
            last = outbox.raw(result.outbox_id)
            longest = max(
                len(line)
                for entry in outbox.entries(["sent"])
                for line in outbox.raw(entry.id).split(b"\r\n\r\n", 1)[0].split(b"\r\n")
            )
    first, final = sum(times[:WINDOW]), sum(times[-WINDOW:])
    index = parse_thread_index(header_text(parse_message(last), "Thread-Index"))
    print(f"{count} sends under one thread key to aiosmtpd on 127.0.0.1; states: {states}")
    print(f"first {WINDOW} sends: {first:6.2f} s ({first / WINDOW * 1000:6.1f} ms each)")
    print(f"last  {WINDOW} sends: {final:6.2f} s ({final / WINDOW * 1000:6.1f} ms each)")
    print(f"longest header line: {longest} octets (limit 998)")
    print(f"last Thread-Index depth: {index.depth if index else 'unreadable'} child blocks")


if __name__ == "__main__":
    main()
