"""Store benchmark: import speed vs notmuch, first page, full-text search, size, RSS.

    .venv/bin/python bench/bench_store.py --messages 100000

Generates a realistic mbox (random thread shapes, 1-4 KB bodies, out-of-order arrival,
missing parents), imports it with ``threadline import`` in a child process, indexes the
same messages as a Maildir with ``notmuch new``, and prints the figures.
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

from helpers.corpus import generate_corpus, write_maildir  # noqa: E402
from threadline.store import db  # noqa: E402
from threadline.store.mbox import mbox_entry  # noqa: E402
from threadline.store.messages import MessageStore  # noqa: E402

#: Runs the threadline CLI, then prints its own peak RSS (VmHWM, kB) on stderr. getrusage
#: would not do: Linux carries the parent's high-water mark across fork and exec.
_MEASURED_CLI = (
    "import sys; from threadline.cli import main; code = main(sys.argv[1:]); "
    "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]; "
    "print(hwm, file=sys.stderr); sys.exit(code)"
)


def timed_child(args: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    """Run a child; return (seconds, what it printed on stderr)."""
    start = time.perf_counter()
    done = subprocess.run(
        args, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    return time.perf_counter() - start, done.stderr


def best_of(runs: int, action: object) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    options = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="threadline-bench-"))
    try:
        print(f"generating {options.messages} messages ...", flush=True)
        corpus = generate_corpus(options.messages, seed=7, body_size=2500)
        count = len(corpus.messages)
        mbox = scratch / "corpus.mbox"
        with mbox.open("wb") as out:
            for raw in corpus.messages:
                out.write(mbox_entry(raw))
        maildir = write_maildir(scratch / "Maildir", corpus.messages)
        mbox_mb = mbox.stat().st_size / 1e6
        print(f"corpus: {count} messages, mbox {mbox_mb:.0f} MB")

        profile = scratch / "profile"
        seconds, stderr = timed_child(
            [sys.executable, "-c", _MEASURED_CLI, "--profile", str(profile), "import", str(mbox)],
            env={**os.environ, "PYTHONPATH": str(ROOT / "app")},
        )
        peak = int(stderr.split()[-1]) // 1024
        ours = count / seconds
        print(f"threadline import: {seconds:.1f} s, {ours:,.0f} messages/s, peak RSS {peak} MB")

        notmuch = shutil.which("notmuch")
        if notmuch:
            config = scratch / "notmuch-config"
            config.write_text(
                f"[database]\npath={maildir}\n[user]\nname=B\nprimary_email=b@example.test\n"
                "[new]\ntags=new;\n[maildir]\nsynchronize_flags=false\n"
            )
            env = {**os.environ, "NOTMUCH_CONFIG": str(config)}
            nm_seconds, _ = timed_child([notmuch, "new", "--quiet"], env)
            theirs = count / nm_seconds
            print(
                f"notmuch new:       {nm_seconds:.1f} s, {theirs:,.0f} messages/s"
                f"  -> threadline is {ours / theirs:.2f}x notmuch"
            )
        else:
            print("notmuch new:       (notmuch not installed)")

        store_path = profile / "data" / "threadline.sqlite3"
        store = MessageStore(db.connect(store_path))
        conversations = store.conversation_count()
        store.conn.close()
        store = MessageStore(db.connect(store_path, readonly=True))  # a cold connection
        first_page = best_of(1, lambda: store.conversations(limit=200))
        warm_page = best_of(5, lambda: store.conversations(limit=200))
        last_page = best_of(5, lambda: store.conversations(limit=200, offset=conversations - 200))
        deep = store.conversations(limit=1, offset=conversations - 201)[0]
        keyset_page = best_of(5, lambda: store.conversations(limit=200, after=deep))
        search = best_of(5, lambda: store.search("kalomi budget"))
        prefix = best_of(5, lambda: store.search("sched"))
        hits = len(store.search("kalomi budget", limit=100_000))
        db_mb = sum(p.stat().st_size for p in store_path.parent.glob("threadline.sqlite3*")) / 1e6
        print(f"conversations: {conversations}")
        print(f"first page (200 rows, new connection): {first_page * 1000:.1f} ms")
        print(
            f"first page (warm): {warm_page * 1000:.1f} ms; last page by OFFSET: "
            f"{last_page * 1000:.1f} ms, by keyset (what the app does): {keyset_page * 1000:.1f} ms"
        )
        print(f"full-text search 'kalomi budget': {search * 1000:.1f} ms ({hits} conversations)")
        print(f"prefix search 'sched': {prefix * 1000:.1f} ms")
        print(f"database size: {db_mb:.0f} MB (mbox {mbox_mb:.0f} MB; raw bytes are kept)")
    finally:
        if not options.keep:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
