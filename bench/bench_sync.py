"""IMAP sync benchmark: Threadline against mbsync (isync) on the same Dovecot folder.

    .venv/bin/python bench/bench_sync.py                 # 20,000 messages
    .venv/bin/python bench/bench_sync.py --messages 100000

Starts a private Dovecot (TLS with a test CA, QRESYNC) holding N realistic messages
(random thread shapes, 1-4 KB bodies), and measures in the same run:

- a bare FETCH loop over the folder (what the network and the server cost),
- Threadline's initial sync of INBOX into a fresh store (with threading, search index
  and locations) in a child process, and that process's peak RSS,
- ``mbsync`` pulling the same folder into a Maildir (it only writes files),
- a sync when nothing changed, for both.

Figures only; not a test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "app"), str(ROOT / "tests")]

from helpers.corpus import generate_corpus  # noqa: E402
from helpers.dovecot import MAIL_GID, MAIL_UID, Dovecot  # noqa: E402

#: The child that syncs: prints seconds of the sync call, new messages, peak RSS (kB).
_CHILD = """
import ssl, sys, time
from threadline.net.imap.auth import ImapPasswordLogin
from threadline.net.imap.session import ImapSession
from threadline.net.imap.settings import ImapSettings
from threadline.services.syncing import AccountSync
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
store, port, ca, user, password = sys.argv[1:6]
conn = db.connect(store)
account = AccountStore(conn).save(Account(
    id="bench", address="bench@example.test", smtp_host="127.0.0.1", smtp_port=25,
    security="none", username=user, imap_host="127.0.0.1", imap_port=int(port)))
started = time.perf_counter()
security = "tls" if ca else "none"
session = ImapSession(ImapSettings("127.0.0.1", int(port), security),
    ssl_context=ssl.create_default_context(cafile=ca) if ca else None,
    authenticator=ImapPasswordLogin(user, lambda: password))
with session:
    report = AccountSync(conn, account, session).run("INBOX")
elapsed = time.perf_counter() - started
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
print(elapsed, report.new, hwm)
"""


def fill(server: Dovecot, count: int) -> tuple[int, float]:
    """Deliver ``count`` generated messages into the INBOX Maildir; (messages, MB)."""
    corpus = generate_corpus(count, seed=11, body_size=2500)
    cur = server.maildir / "cur"
    size = 0
    for n, raw in enumerate(corpus.messages):
        target = cur / f"{n:07d}.bench:2,"
        target.write_bytes(raw)
        os.chown(target, MAIL_UID, MAIL_GID)
        size += len(raw)
    return len(corpus.messages), size / 1e6


def bare_fetch(server: Dovecot) -> float:
    """Seconds to FETCH every message's bytes once (and Dovecot's index is built)."""
    with server.admin() as client:
        started = time.perf_counter()
        client.select_folder("INBOX", readonly=True)
        uids = client.search("ALL")
        for start in range(0, len(uids), 1000):
            client.fetch(uids[start : start + 1000], ["BODY.PEEK[]"])
        return time.perf_counter() - started


def threadline_sync(server: Dovecot, store: Path, tls: bool) -> tuple[float, float, int, int]:
    """(seconds of the sync, seconds of the whole process, new messages, peak RSS MB)."""
    started = time.perf_counter()
    port, ca = (server.tls_port, str(server.ca_file)) if tls else (server.port, "")
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(store), str(port), ca, server.user, server.password],
        check=True, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "app")},
    )  # fmt: skip
    whole = time.perf_counter() - started
    elapsed, new, hwm = done.stdout.split()
    return float(elapsed), whole, int(new), int(hwm) // 1024


def mbsync(server: Dovecot, scratch: Path) -> float | None:
    """Seconds of one ``mbsync`` pull of INBOX into a Maildir (None without isync).

    Without TLS: isync 1.4 insists on a certificate common name, which test certificates
    (names in subjectAltName only, as browsers want) lack; Threadline is measured both ways.
    """
    binary = shutil.which("mbsync")
    if binary is None:
        return None
    local = scratch / "mbsync"
    local.mkdir(exist_ok=True)
    config = scratch / "mbsyncrc"
    config.write_text(
        f"IMAPAccount t\nHost 127.0.0.1\nPort {server.port}\nUser {server.user}\n"
        f"Pass {server.password}\nSSLType None\n"
        "AuthMechs LOGIN\n\nIMAPStore remote\nAccount t\n\nMaildirStore local\n"
        f"Path {local}/\nInbox {local}/INBOX\n\nChannel c\nFar :remote:\nNear :local:\n"
        "Patterns INBOX\nCreate Near\nSync Pull\nSyncState *\n"
    )
    started = time.perf_counter()
    subprocess.run([binary, "-q", "-c", str(config), "c"], check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=20_000)
    options = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="threadline-bench-sync-"))
    try:
        with Dovecot(tls=True) as server:
            print(f"generating and delivering {options.messages} messages ...", flush=True)
            count, megabytes = fill(server, options.messages)
            server.ready()
            print(
                f"folder: {count} messages, {megabytes:.0f} MB"
                " (Dovecot, QRESYNC; no TLS unless said)"
            )
            print(f"bare FETCH loop (imapclient, 1,000 per FETCH): {bare_fetch(server):.2f} s")

            tls_s, _whole, tls_new, tls_rss = threadline_sync(server, scratch / "tls.sqlite3", True)
            print(
                f"threadline initial sync over TLS: {tls_s:.1f} s, {tls_new / tls_s:,.0f} "
                f"messages/s, peak RSS {tls_rss} MB"
            )
            store = scratch / "store.sqlite3"
            sync_s, whole_s, new, rss = threadline_sync(server, store, False)
            print(
                f"threadline initial sync:  {sync_s:.1f} s, {new / sync_s:,.0f} messages/s "
                f"(process {whole_s:.1f} s), {new} stored, peak RSS {rss} MB"
            )
            theirs = mbsync(server, scratch)
            if theirs is None:
                print("mbsync: not installed (apt-get install isync)")
            else:
                print(
                    f"mbsync initial pull:     {theirs:.1f} s, {count / theirs:,.0f} messages/s"
                    f"  -> threadline is {(new / sync_s) / (count / theirs):.2f}x mbsync"
                )
            again_s, again_whole, again_new, again_rss = threadline_sync(server, store, False)
            print(
                f"threadline no-change sync: {again_s * 1000:.0f} ms (process "
                f"{again_whole:.2f} s, {again_new} new, peak RSS {again_rss} MB)"
            )
            if theirs is not None:
                unchanged = mbsync(server, scratch)
                assert unchanged is not None
                print(f"mbsync no-change sync:     {unchanged * 1000:.0f} ms")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
